import SQLScanner
import Testing

@testable import Shell

@Suite("help, exit and quit typed alone, as in psql 15")
struct AssistanceWordTests {
    @Test(arguments: ["help", "HELP", "help;", "help ; ", "help\t"])
    func helpIsRecognised(line: String) {
        #expect(AssistanceWord(line: line) == .help)
    }

    @Test(arguments: ["exit", "quit", "Quit;", "exit  "])
    func exitAndQuitAreRecognised(line: String) {
        #expect(AssistanceWord(line: line) == .exitOrQuit)
    }

    @Test(arguments: [" help", "help me", "quitting", "exit;;", "select 1", "helpful"])
    func otherLinesAreOrdinaryInput(line: String) {
        #expect(AssistanceWord(line: line) == nil)
    }

    @Test func helpAtAnEmptyBufferAnswers() {
        guard case .answer(let text) = AssistanceWord.help.response(bufferEmpty: true, status: .ready) else {
            Issue.record("expected an answer")
            return
        }
        #expect(text.contains("\\q to quit"))
    }

    @Test func wordsInsideAStatementOnlyHint() {
        #expect(
            AssistanceWord.help.response(bufferEmpty: false, status: .continue)
                == .hint("Use \\? for help or press control-C to clear the input buffer."))
        #expect(AssistanceWord.exitOrQuit.response(bufferEmpty: false, status: .continue) == .hint("Use \\q to quit."))
        #expect(
            AssistanceWord.exitOrQuit.response(bufferEmpty: false, status: .singleQuote)
                == .hint("Use control-D to quit."))
        #expect(
            AssistanceWord.backslashQ.response(bufferEmpty: false, status: .singleQuote)
                == .hint("Use control-D to quit."))
        #expect(AssistanceWord.backslashQ.response(bufferEmpty: true, status: .ready) == .none)
    }

    @Test func exitAtAnEmptyBufferQuits() {
        #expect(AssistanceWord.exitOrQuit.response(bufferEmpty: true, status: .ready) == .quit)
    }

    @Test func helpTopicsFollowPsqlsWords() {
        #expect(HelpTopics.Topic(argument: nil) == .commands)
        #expect(HelpTopics.Topic(argument: "variables") == .variables)
        #expect(HelpTopics.Topic(argument: "Options") == .options)
        #expect(HelpTopics.Topic(argument: "commands") == .commands)
    }
}
