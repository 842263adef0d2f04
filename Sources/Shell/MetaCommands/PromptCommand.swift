import Glibc
import SQLScanner

/// `\prompt [TEXT] NAME`: asks the user for a variable's value, as psql does — on the
/// terminal (stdin and stderr without one) for an interactive or piped session, on
/// stdout and stdin while running a script file.
enum PromptCommand {
    static let all = [
        MetaCommand(names: ["prompt"], usage: "\\prompt [TEXT] NAME", summary: "prompt user to set internal variable") {
            invocation in
            guard let first = invocation.argument() else {
                return invocation.fail("\\\(invocation.name): missing required argument")
            }
            let second = invocation.argument()
            let name = second ?? first
            let text = second == nil ? nil : first
            let session = invocation.session
            let value: String?
            if case .file = session.location.kind {
                if let text {
                    session.standardOutput.write(text)
                    session.standardOutput.flush()
                }
                value = LineReader(descriptor: STDIN_FILENO).readLine().map { String(decoding: $0, as: UTF8.self) }
                guard value != nil else {
                    return invocation.fail("\\\(invocation.name): could not read value for variable")
                }
            } else {
                value = readFromTerminal(text ?? "", loop: invocation.loop)
            }
            guard let value else { return .done }
            do throws(VariableError) {
                try session.variables.set(name, to: value)
            } catch {
                return invocation.fail(error.message)
            }
            return .done
        }
    ]

    /// psql's simple_prompt with echo: /dev/tty when there is one, else stderr for the
    /// text and the session's own input for the answer.
    private static func readFromTerminal(_ text: String, loop: MainLoop) -> String? {
        let terminal = open("/dev/tty", O_RDWR | O_CLOEXEC)
        if terminal >= 0 {
            defer { close(terminal) }
            _ = text.withCString { write(terminal, $0, strlen($0)) }
            return LineReader(descriptor: terminal).readLine().map { String(decoding: $0, as: UTF8.self) } ?? ""
        }
        loop.session.standardOutput.flush()
        loop.session.errors.write(text)
        loop.session.errors.flush()
        guard case .line(let line) = loop.source.nextDataLine(prompt: "") else { return "" }
        loop.session.location.line += 1
        return String(decoding: line, as: UTF8.self)
    }
}
