import Glibc
import Testing

@testable import LineEditing

@Suite("TerminalInfo: tty detection and size")
struct TerminalInfoTests {
    @Test func pipeIsNotATerminalAndFallsBackToEnvironment() {
        var descriptors: [Int32] = [-1, -1]
        #expect(pipe(&descriptors) == 0)
        defer { descriptors.forEach { _ = close($0) } }
        #expect(!TerminalInfo.isTerminal(descriptors[0]))
        #expect(TerminalInfo.windowSize(of: descriptors[0]) == nil)
        let size = TerminalInfo.size(of: descriptors[0], environment: ["COLUMNS": "132", "LINES": "50"])
        #expect(size == TerminalSize(width: 132, height: 50))
    }

    @Test(
        arguments: [
            ([:], TerminalSize(width: 80, height: 24)),
            (["COLUMNS": "100"], TerminalSize(width: 100, height: 24)),
            (["COLUMNS": "zero", "LINES": "0"], TerminalSize(width: 80, height: 24)),
        ] as [([String: String], TerminalSize)])
    func fallbackUsesEachVariableOnItsOwn(_ environment: [String: String], _ expected: TerminalSize) {
        #expect(TerminalInfo.fallbackSize(environment: environment) == expected)
    }

    @Test func pseudoTerminalReportsItsWindowSize() throws {
        let terminal = try PseudoTerminal(width: 97, height: 31)
        #expect(TerminalInfo.isTerminal(terminal.slave))
        #expect(
            TerminalInfo.size(of: terminal.slave, environment: ["COLUMNS": "10"]) == TerminalSize(width: 97, height: 31)
        )
    }
}
