import ResultFormatting

extension Session {
    /// Writes `text` to standard output, through the pager when it does not fit the
    /// terminal (as psql pages its help).
    func showPaged(_ text: String) {
        let bytes = Array(text.utf8)
        if let pager, printOptions.pager != .off,
           PagerPolicy.shouldPage(bytes, use: printOptions.pager, minimumLines: printOptions.pagerMinLines,
                                  outputIsTerminal: true, width: pager.width, height: pager.height) {
            standardOutput.flush()
            if PagerProcess.show(bytes, command: pager.command) { return }
        }
        standardOutput.write(text)
        standardOutput.flush()
    }
}
