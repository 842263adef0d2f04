/// libFuzzer target for psql variables and their interpolation.
///
/// Built by `scripts/fuzz` with `Sources/SQLScanner/*.swift`. The input is
/// `ASSIGNMENTS \0 TEXT`: each line of ASSIGNMENTS is applied as a `-v
/// NAME=VALUE` option (exercising the special variables' validation), each
/// value is quoted every way psql quotes it, then TEXT is scanned with the
/// resulting variables (`:name`, `:'name'`, `:"name"`, `:{?name}`, recursion).

private let quotings: [VariableQuoting] = [.plain, .literal, .identifier, .shellArgument]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let split = bytes.firstIndex(of: 0) ?? bytes.count
    let assignments = String(decoding: bytes[..<split], as: UTF8.self)
    let text = split < bytes.count ? Array(bytes[(split + 1)...]) : []

    var variables = Variables()
    for line in assignments.split(separator: "\n") {
        try? variables.apply(commandLineAssignment: String(line))
        if let equals = line.firstIndex(of: "=") {
            let value = String(line[line.index(after: equals)...])
            for quoting in quotings {
                if let quoted = quoting.quote(value) {
                    precondition(quoting == .plain || quoted.utf8.count >= value.utf8.count + 2, "quote lost bytes")
                }
            }
            _ = try? VariableValueParser.parseBoolean(value, name: "X")
            _ = try? VariableValueParser.parseInteger(value, name: "X")
        }
    }
    _ = variables.settings
    _ = variables.all

    var scanner = StatementScanner()
    let lookup = variables.lookup
    for line in text.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
        scanner.feed(line: Array(line))
        scanLine: while true {
            switch scanner.next(variables: lookup) {
            case .semicolon:
                continue
            case .backslash:
                _ = scanner.readMetaCommandName()
                _ = try? scanner.readMetaArguments(.normal, variables: lookup)
                scanner.endMetaCommand()
            case .incomplete, .endOfLine:
                break scanLine
            }
        }
        _ = scanner.takeWarnings()
    }
    _ = scanner.finish()
    return 0
}
