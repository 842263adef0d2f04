import ResultFormatting

extension Session {
    /// Writes `text` to standard output, through the pager when it does not fit the
    /// terminal (as psql pages its help).
    func showPaged(_ text: String) {
        refreshTerminalSize()
        let bytes = Array(text.utf8)
        if let pager, printOptions.pager != .off,
            PagerPolicy.shouldPage(
                bytes, use: printOptions.pager, minimumLines: printOptions.pagerMinLines,
                outputIsTerminal: true, width: pager.width, height: pager.height)
        {
            standardOutput.flush()
            if PagerProcess.show(bytes, command: pager.command) { return }
        }
        standardOutput.write(text)
        standardOutput.flush()
    }

    /// Takes the terminal's current size (after a resize) for `\x auto` and the pager.
    func refreshTerminalSize() {
        guard let size = terminalSize?() else { return }
        terminalColumns = size.width
        if var current = pager {
            current.width = size.width
            current.height = size.height
            pager = current
        }
    }
}
