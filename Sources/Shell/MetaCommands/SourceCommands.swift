import PostgresClient

/// `\sf[+]`, `\sv[+]`, `\ef`, `\ev`: a function's or view's definition, shown or edited,
/// fetched with the catalog queries psql uses (pg_get_functiondef, pg_get_viewdef).
enum SourceCommands {
    static let all = [
        MetaCommand(
            names: ["sf", "sf+"], usage: "\\sf[+] FUNCNAME", summary: "show a function's definition",
            inactiveArguments: .wholeLine
        ) { invocation in
            show(&invocation, kind: .function)
        },
        MetaCommand(
            names: ["sv", "sv+"], usage: "\\sv[+] VIEWNAME", summary: "show a view's definition",
            inactiveArguments: .wholeLine
        ) { invocation in
            show(&invocation, kind: .view)
        },
        MetaCommand(
            names: ["ef"], usage: "\\ef [FUNCNAME [LINE]]", summary: "edit function definition",
            inactiveArguments: .wholeLine
        ) { invocation in
            edit(&invocation, kind: .function)
        },
        MetaCommand(
            names: ["ev"], usage: "\\ev [VIEWNAME [LINE]]", summary: "edit view definition",
            inactiveArguments: .wholeLine
        ) { invocation in
            edit(&invocation, kind: .view)
        },
    ]

    enum Kind {
        case function
        case view
    }

    /// `\sf` and `\sv`: prints the definition, numbering the body's lines with `+`.
    private static func show(_ invocation: inout MetaInvocation, kind: Kind) -> MetaOutcome {
        let description = invocation.argument(.wholeLine)?.trimmingTrailingSpace
        guard let description else {
            return invocation.fail(kind == .function ? "function name is required" : "view name is required")
        }
        guard let definition = definition(of: description, kind: kind, session: invocation.session) else {
            return .failed
        }
        let text = invocation.name.hasSuffix("+") ? numbered(definition, isFunction: kind == .function) : definition
        invocation.session.showPagedQueryOutput(text)
        return .done
    }

    /// `\ef` and `\ev`: the definition (or psql's template) into the editor, then the buffer.
    private static func edit(_ invocation: inout MetaInvocation, kind: Kind) -> MetaOutcome {
        var description = invocation.argument(.wholeLine)?.trimmingTrailingSpace
        var line: Int?
        if let text = description, let (name, number) = splitLineNumber(text) {
            guard let value = Int(number), value >= 1 else { return invocation.fail("invalid line number: \(number)") }
            description = name
            line = value
        }
        let text: String
        if let description {
            guard let definition = definition(of: description, kind: kind, session: invocation.session) else {
                return .failed
            }
            text = definition
            if kind == .function, let body = line {
                line = body + headerLineCount(definition)
            }
        } else {
            text =
                kind == .function
                ? "CREATE FUNCTION ( )\n RETURNS \n LANGUAGE \n -- common options:  IMMUTABLE  STABLE  STRICT  SECURITY DEFINER\nAS $function$\n\n$function$\n"
                : "CREATE VIEW  AS\n SELECT \n  -- something...\n"
        }
        return EditCommand.edit(&invocation, text: text, line: line)
    }

    /// psql's strip_lineno_from_objdesc: a trailing number after a space or `)`.
    static func splitLineNumber(_ text: String) -> (String, String)? {
        var trimmed = Substring(text)
        while let last = trimmed.last, last == " " || last == "\t" || last == "\n" { trimmed.removeLast() }
        let digits = trimmed.reversed().prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count < trimmed.count else { return nil }
        let before = trimmed.dropLast(digits.count)
        guard let last = before.last, last == " " || last == "\t" || last == ")" else { return nil }
        return (String(before), String(digits.reversed()))
    }

    /// The lines before the body (`AS `, `BEGIN `, `RETURN `) of pg_get_functiondef's text.
    static func headerLineCount(_ definition: String) -> Int {
        var count = 0
        for line in definition.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("AS ") || line.hasPrefix("BEGIN ") || line.hasPrefix("RETURN ") { break }
            count += 1
        }
        return count
    }

    /// psql's print_with_linenumbers: the function header unnumbered, then `%-7d `.
    static func numbered(_ definition: String, isFunction: Bool) -> String {
        var inHeader = isFunction
        var number = 0
        var out = ""
        var lines = definition.split(separator: "\n", omittingEmptySubsequences: false)
        if definition.hasSuffix("\n") { lines.removeLast() }
        for line in lines {
            if inHeader && (line.hasPrefix("AS ") || line.hasPrefix("BEGIN ") || line.hasPrefix("RETURN ")) {
                inHeader = false
            }
            if inHeader {
                out += "        " + line + "\n"
            } else {
                number += 1
                let label = String(number)
                out += label + String(repeating: " ", count: max(0, 7 - label.count)) + " " + line + "\n"
            }
        }
        return out
    }

    /// The CREATE command for the object, ending in a newline; nil after reporting an error.
    static func definition(of description: String, kind: Kind, session: Session) -> String? {
        let literal = SQLLiteral.quote(description, standardStrings: session.standardConformingStrings)
        let lookup =
            switch kind {
            case .function:
                "SELECT \(literal)::pg_catalog.\(description.contains("(") ? "regprocedure" : "regproc")::pg_catalog.oid"
            case .view: "SELECT \(literal)::pg_catalog.regclass::pg_catalog.oid"
            }
        guard let oid = session.hiddenQueryValues(lookup)?.first?.first ?? nil else { return nil }
        switch kind {
        case .function:
            guard let row = session.hiddenQueryValues("SELECT pg_catalog.pg_get_functiondef(\(oid))")?.first,
                var text = row.first ?? nil
            else { return nil }
            if !text.hasSuffix("\n") { text += "\n" }
            return text
        case .view:
            // A line ending in `\` continues on the next one.
            let query = """
                SELECT nspname, relname, relkind, \
                pg_catalog.pg_get_viewdef(c.oid, true), \
                pg_catalog.array_remove(pg_catalog.array_remove(c.reloptions,'check_option=local'),\
                'check_option=cascaded') AS reloptions, \
                CASE WHEN 'check_option=local' = ANY (c.reloptions) THEN 'LOCAL'::text \
                WHEN 'check_option=cascaded' = ANY (c.reloptions) THEN 'CASCADED'::text ELSE NULL END AS checkoption \
                FROM pg_catalog.pg_class c \
                LEFT JOIN pg_catalog.pg_namespace n ON c.relnamespace = n.oid \
                WHERE c.oid = \(oid)
                """
            guard let row = session.hiddenQueryValues(query)?.first, row.count == 6 else { return nil }
            let namespace = row[0] ?? ""
            let name = row[1] ?? ""
            guard row[2] == "v" else {
                session.reportOwnError("\"\(namespace).\(name)\" is not a view")
                return nil
            }
            var text =
                "CREATE OR REPLACE VIEW " + ViewOptions.identifier(namespace) + "." + ViewOptions.identifier(name)
            if let options = row[4], options.count > 2 {
                text += "\n WITH (" + ViewOptions.render(options) + ")"
            }
            text += " AS\n" + (row[3] ?? "")
            if text.hasSuffix(";") { text.removeLast() }
            if let check = row[5], !check.isEmpty { text += "\n WITH \(check) CHECK OPTION" }
            if !text.hasSuffix("\n") { text += "\n" }
            return text
        }
    }
}

/// psql's fmtId and appendReloptionsArray, for `\sv`'s `WITH (…)`.
enum ViewOptions {
    /// A name as psql's fmtId writes it: bare when it is a plain lowercase identifier.
    static func identifier(_ name: String) -> String {
        isPlain(name) ? name : "\"" + name.replacing("\"", with: "\"\"") + "\""
    }

    /// `{a=1,"b=x y"}` as `a='1', b='x y'`.
    static func render(_ array: String) -> String {
        elements(of: array).map { option in
            let parts = option.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0])
            let value = parts.count > 1 ? String(parts[1]) : ""
            return identifier(name) + "=" + (isPlain(value) ? value : "'" + value.replacing("'", with: "''") + "'")
        }.joined(separator: ", ")
    }

    private static func isPlain(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first == "_" || ("a"..."z").contains(first) else { return false }
        let reserved: Set<String> = [
            "true", "false", "on", "all", "and", "as", "check", "default", "for", "from", "null", "select", "table",
            "to", "user", "with",
        ]
        return !reserved.contains(text)
            && text.unicodeScalars.allSatisfy { $0 == "_" || ("a"..."z").contains($0) || ("0"..."9").contains($0) }
    }

    /// The elements of a one-dimensional text array literal.
    private static func elements(of array: String) -> [String] {
        var body = Substring(array)
        if body.hasPrefix("{") { body = body.dropFirst() }
        if body.hasSuffix("}") { body = body.dropLast() }
        var result: [String] = []
        var current = ""
        var quoted = false
        var escaped = false
        for character in body {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                quoted.toggle()
            } else if character == ",", !quoted {
                result.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty || !result.isEmpty { result.append(current) }
        return result
    }
}

extension Session {
    /// Runs a query of psql's own (framed under ECHO_HIDDEN); its one row's cells, or nil
    /// after reporting psql's minimal error message when it failed or did not return one row.
    func hiddenQueryValues(_ sql: String) -> [[String?]]? {
        if variables.settings.echoHidden != .off {
            standardOutput.write("********* QUERY **********\n\(sql)\n**************************\n\n")
            standardOutput.flush()
            if variables.settings.echoHidden == .noexec { return nil }
        }
        let results: [QueryResult]
        do {
            results = try connection.execute(sql)
        } catch {
            reportOwnError("\(error)")
            return nil
        }
        guard let result = results.last else { return nil }
        if case .error(let error) = result.status {
            lastError = error
            reportOwnError("\(error.severity):  \(error.message)")
            return nil
        }
        guard result.status == .tuples, result.rowCount == 1 else {
            reportOwnError("ERROR:  (not available)")
            return nil
        }
        return [(0..<result.fieldCount).map { result.string(row: 0, column: $0) }]
    }

    /// Writes `text` where query results go, through the pager on standard output.
    func showPagedQueryOutput(_ text: String) {
        guard queryOutput === standardOutput else {
            queryOutput.write(text)
            queryOutput.flush()
            return
        }
        showPaged(text)
    }
}

extension String {
    /// The text without trailing spaces, tabs and newlines (psql's whole-line arguments
    /// keep a trailing `;`).
    var trimmingTrailingSpace: String {
        var text = Substring(self)
        while let last = text.last, last == " " || last == "\t" || last == "\n" || last == "\r" { text.removeLast() }
        return String(text)
    }
}
