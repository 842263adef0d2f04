import SQLScanner

/// Checks a whole script: splits it as script mode does (SQLScanner), skips
/// meta-command lines, and checks every statement in order.
public struct ScriptChecker: Sendable {
    /// The findings and how many statements were checked.
    public struct Report: Sendable, Equatable {
        public var findings: [Finding] = []
        public var statements = 0
    }

    public init() {}

    /// Checks `text`, naming it `file` in findings.
    public func check(_ text: String, file: String) -> Report {
        var report = Report()
        var checker = StatementChecker()
        var scanner = StatementScanner()
        var startLine: Int?
        var lineNumber = 0
        func checkStatement(_ sql: String) {
            let line = startLine ?? lineNumber
            startLine = nil
            guard !sql.allSatisfy(\.isWhitespace) else { return }
            report.statements += 1
            let excerpt = Self.excerpt(sql)
            switch checker.check(sql) {
            case .rules(let ids):
                for id in ids {
                    guard let rule = CheckRules.rule(id) else { continue }
                    report.findings.append(Finding(file: file, line: line, rule: rule, excerpt: excerpt))
                }
            case .syntaxError(let failure):
                report.findings.append(Finding(file: file, line: line, syntaxError: failure, excerpt: excerpt))
            }
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            scanner.feed(line: String(line))
            scanning: while true {
                switch scanner.next() {
                case .semicolon(let sql):
                    checkStatement(sql)
                case .backslash:
                    // A meta-command: skipped, its arguments unread; `\g` and friends send the buffer.
                    let name = scanner.readMetaCommandName()
                    while (try? scanner.readMetaArgument(.noEvaluation)) != nil {}
                    scanner.endMetaCommand()
                    if Self.sendsBuffer(name), scanner.queryBufferLength > 0 {
                        let sql = scanner.queryBuffer
                        scanner.resetQueryBuffer()
                        checkStatement(sql)
                    }
                case .incomplete, .endOfLine:
                    break scanning
                }
            }
            if startLine == nil && scanner.queryBufferLength > 0 { startLine = lineNumber }
        }
        if let rest = scanner.finish() { checkStatement(rest) }
        return report
    }

    /// Whether meta-command `name` sends the query buffer (`\g`, `\gx`, `\gset`, …).
    static func sendsBuffer(_ name: String) -> Bool {
        ["g", "gx", "gset", "gexec", "gdesc", "crosstabview", "watch"].contains(name)
    }

    /// The statement's first non-blank line, shortened to 60 characters.
    static func excerpt(_ sql: String) -> String {
        let first = sql.split(separator: "\n").first { !$0.allSatisfy(\.isWhitespace) } ?? ""
        let trimmed = first.trimmingPrefix { $0 == " " || $0 == "\t" }
        return trimmed.count > 60 ? String(trimmed.prefix(59)) + "…" : String(trimmed)
    }
}
