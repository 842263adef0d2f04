import FoundationEssentials
import Glibc

/// `\e [FILE] [LINE]` / `\edit`: edits the query buffer (or a file) in an external editor.
///
/// As psql 15: without FILE the query buffer (or, when it is empty, the previous
/// query) is written to a temporary file (mode 0600, removed afterwards); the editor
/// is `$PSQL_EDITOR`, `$EDITOR`, `$VISUAL`, else `vi`, run through `/bin/sh` with
/// `$PSQL_EDITOR_LINENUMBER_ARG` (default `+`) before LINE. The result replaces the
/// query buffer and is scanned again as input, so text ending in `;` is sent; text
/// without `;` goes back to the line editor to finish (kept in the buffer without one);
/// an unchanged file clears the buffer. Secrets are removed from the editor's environment.
enum EditCommand {
    static let all = [
        MetaCommand(
            names: ["e", "edit"], usage: "\\e [FILE] [LINE]",
            summary: "edit the query buffer (or file) with external editor"
        ) { invocation in
            edit(&invocation)
        }
    ]

    /// Variables never passed to the editor (DESIGN.md: no secrets in child environments).
    static let secretVariables = [
        "PGPASSWORD", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN",
        "AWS_CONTAINER_AUTHORIZATION_TOKEN",
    ]

    private static func edit(_ invocation: inout MetaInvocation) -> MetaOutcome {
        var file = invocation.argument(stripSemicolons: true)
        var lineText = invocation.argument(stripSemicolons: true)
        if lineText == nil, let only = file, !only.isEmpty, only.allSatisfy(\.isNumber) {
            lineText = only
            file = nil
        }
        var line: Int?
        if let lineText {
            guard let number = Int(lineText), number > 0 else {
                return invocation.fail("invalid line number: \(lineText)")
            }
            line = number
        }
        return editFile(&invocation, file: file, text: nil, line: line)
    }

    /// `\ef` and `\ev`: edits `text` (a definition or a template) in a temporary file;
    /// "No changes" when the editor left it as it was, as psql says.
    static func edit(_ invocation: inout MetaInvocation, text: String, line: Int?) -> MetaOutcome {
        editFile(&invocation, file: nil, text: text, line: line)
    }

    /// Runs the editor on `file`, or on a temporary file holding `text` (the query buffer
    /// when nil), and takes the result back as input.
    private static func editFile(_ invocation: inout MetaInvocation, file: String?, text initial: String?, line: Int?)
        -> MetaOutcome
    {
        let loop = invocation.loop
        let session = invocation.session
        let path: String
        let temporary = file == nil
        if let file {
            path = file
        } else {
            var buffer = initial ?? loop.scanner.queryBuffer
            if buffer.isEmpty && initial == nil { buffer = session.previousQuery ?? "" }
            do {
                path = try writeTemporaryFile(buffer)
            } catch {
                return invocation.fail("could not open temporary file: \(error)")
            }
        }
        defer { if temporary { unlink(path) } }
        let before = snapshot(path)
        session.standardOutput.flush()
        if let failure = runEditor(on: path, line: line, environment: ProcessInfo.processInfo.environment) {
            return invocation.fail(failure)
        }
        let after = snapshot(path)
        loop.scanner.resetQueryBuffer()
        if initial != nil, after == before {
            session.standardOutput.write("No changes\n")
            session.standardOutput.flush()
            return .done
        }
        guard let after, after != before || !temporary else { return .done }
        var text = after.text
        while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
        guard !text.isEmpty else { return .done }
        // A statement left without `;` goes back to the line being edited, to finish there.
        if !text.trimmingBlanks().hasSuffix(";"), loop.source.prefill(text) { return .done }
        loop.source.addToHistory(text)
        // psql rescans the edited text as new input: complete statements are sent, the rest stays.
        invocation.discardExtraArguments(active: true)
        invocation.replacedInput = true
        loop.scanner.feed(text: text)
        if !text.trimmingBlanks().hasSuffix(";") {
            session.standardOutput.write(text + "\n")
            session.standardOutput.flush()
        }
        return .done
    }

    /// A file's text and modification time, nil when it cannot be read.
    private struct Snapshot: Equatable {
        var text: String
        var modified: Date?
    }

    private static func snapshot(_ path: String) -> Snapshot? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
        return Snapshot(text: String(decoding: data, as: UTF8.self), modified: modified)
    }

    /// Creates `$TMPDIR/dsql.edit.XXXXXX.sql` (mode 0600) holding `text`.
    private static func writeTemporaryFile(_ text: String) throws -> String {
        let directory = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((directory + "/dsql.edit.XXXXXX.sql").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkstemps($0, 4) } ?? -1
        }
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { close(descriptor) }
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            bytes = bytes.dropFirst(written)
        }
        return path
    }

    /// The editor command psql would run.
    static func editorCommand(environment: [String: String]) -> String {
        for name in ["PSQL_EDITOR", "EDITOR", "VISUAL"] {
            if let value = environment[name], !value.isEmpty { return value }
        }
        return "vi"
    }

    /// The shell command line: secrets unset, then `exec EDITOR [+LINE] 'FILE'`.
    static func shellCommand(editor: String, path: String, line: Int?, lineArgument: String) -> String {
        let quoted = "'" + path.replacing("'", with: "'\\''") + "'"
        let lineText = line.map { " \(lineArgument)\($0)" } ?? ""
        return "unset \(secretVariables.joined(separator: " ")); exec \(editor)\(lineText) \(quoted)"
    }

    /// Runs the editor on the terminal (psql uses system(3) too); an error message on failure.
    private static func runEditor(on path: String, line: Int?, environment: [String: String]) -> String? {
        let editor = editorCommand(environment: environment)
        let command = shellCommand(
            editor: editor, path: path, line: line,
            lineArgument: environment["PSQL_EDITOR_LINENUMBER_ARG"] ?? "+")
        let status = system(command)
        if status == -1 { return "could not start editor \"\(editor)\"" }
        let exitCode = (status >> 8) & 0xff
        // /bin/sh ran; 127 and 126 are its words for a command it could not find or run.
        if exitCode == 127 {
            return "could not start editor \"\(editor)\": command not found (set EDITOR or PSQL_EDITOR)"
        }
        if exitCode == 126 { return "could not start editor \"\(editor)\": not executable" }
        if exitCode != 0 { return "editor \"\(editor)\" exited with status \(exitCode)" }
        return nil
    }
}
