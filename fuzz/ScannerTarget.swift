/// libFuzzer target for the statement scanner: input lines, meta-commands and
/// their arguments in every lexing mode.
///
/// Built by `scripts/fuzz` together with `Sources/SQLScanner/*.swift` (module
/// `SQLScanner`), so internal API is reachable. The input is split into lines at
/// `\n`; each line is fed and scanned as `MainLoop` does, and every backslash
/// command's arguments are read in a mode picked from the command name's length.
/// Invariants checked: scanning terminates, a statement result is never empty,
/// and the scanner never reads past the line it was given.

private let modes: [MetaArgumentMode] = [
    .normal, .sqlIdentifier, .sqlIdentifierKeepingCase, .filePipe, .wholeLine, .noEvaluation,
]

private let fixedVariables: [String: String] = [
    "a": "1", "b": "select 1;", "q": "it's", "semi": ";", "self": ":self", "empty": "",
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let standard = bytes.first.map { $0 & 1 == 0 } ?? true
    var scanner = StatementScanner(standardConformingStrings: standard)
    let lookup: (String) -> String? = { fixedVariables[$0] }
    for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
        scanner.feed(line: Array(line))
        var steps = 0
        scanLine: while true {
            steps += 1
            precondition(steps <= 4 * line.count + 64, "scanner does not make progress")
            switch scanner.next(variables: lookup) {
            case .semicolon(let sql):
                precondition(!sql.isEmpty, "empty statement reported")
            case .backslash:
                let name = scanner.readMetaCommandName()
                let mode = modes[name.utf8.count % modes.count]
                var arguments = 0
                while let argument = try? scanner.readMetaArgument(
                    mode, stripSemicolons: name.utf8.count & 1 == 1, variables: lookup)
                {
                    _ = argument.text
                    _ = argument.resolved { "<" + $0 + ">" }
                    arguments += 1
                    precondition(arguments <= line.count + 1, "meta-command arguments do not end")
                    if mode == .wholeLine { break }
                }
                scanner.endMetaCommand()
            case .incomplete, .endOfLine:
                break scanLine
            }
        }
        precondition(scanner.lineOffset <= line.count + 3, "scanner ran past its line")
        _ = scanner.takeWarnings()
        _ = scanner.prompt
    }
    _ = scanner.finish()
    return 0
}
