/// Renders findings for people and, as JSON, for tools.
public enum CheckReport {
    /// One finding per block: `file:line: reason`, DSQL's answer, the way instead.
    public static func text(_ findings: [Finding]) -> String {
        var out = ""
        for finding in findings {
            out += "\(finding.file):\(finding.line): \(finding.reason) [\(finding.rule)]\n"
            out += "    \(finding.excerpt)\n"
            if let answer = serverAnswer(finding) { out += "    DSQL answers: \(answer)\n" }
            if let instead = finding.instead { out += "    instead: \(instead)\n" }
        }
        return out
    }

    /// The closing line: how many statements and findings.
    public static func summary(statements: Int, findings: Int, files: Int) -> String {
        let checked = "\(statements) statement\(statements == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s")"
        return findings == 0
            ? "\(checked): no problems for DSQL\n"
            : "\(checked): \(findings) problem\(findings == 1 ? "" : "s") for DSQL\n"
    }

    /// What DSQL was recorded answering, e.g. `0A000 unsupported statement: Truncate`.
    public static func serverAnswer(_ finding: Finding) -> String? {
        switch (finding.sqlState, finding.message) {
        case (let state?, let message?): return "\(state) \(message)"
        case (let state?, nil): return state
        case (nil, let message?): return message
        case (nil, nil): return nil
        }
    }

    /// A JSON array, one object per finding.
    public static func json(_ findings: [Finding]) -> String {
        let objects = findings.map { finding in
            var fields = [
                ("file", quoted(finding.file)), ("line", String(finding.line)), ("rule", quoted(finding.rule)),
                ("reason", quoted(finding.reason)),
            ]
            fields.append(("instead", finding.instead.map(quoted) ?? "null"))
            fields.append(("sqlstate", finding.sqlState.map(quoted) ?? "null"))
            fields.append(("message", finding.message.map(quoted) ?? "null"))
            fields.append(("statement", quoted(finding.excerpt)))
            return "  {" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
        }
        return objects.isEmpty ? "[]\n" : "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    /// `text` as a JSON string literal.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
