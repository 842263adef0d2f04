import ArgumentParser
import Foundation
import Shell

/// `dsql doctor`: check each step of a connection and say how to fix the failing one.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check TLS trust, the network path and authentication, step by step.",
        discussion: "Exits 0 only when every step passes.",
        helpNames: [.customShort("?"), .long])

    @Argument(help: ArgumentHelp("Cluster endpoint or cluster id.", valueName: "endpoint"))
    var endpoint: String?

    @OptionGroup(title: "Connection")
    var connection: ConnectionOptions

    @OptionGroup(title: "TLS")
    var tls: TLSOptions

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let stdout = FileSink(descriptor: 1)
        defer { stdout.flush() }
        let connector: Connector
        do {
            let settings = try Settings.resolve(flags: connection.flags(endpoint: endpoint, tls: tls), environment: environment)
            connector = try Connector(settings: settings, environment: environment, passwordSource: LibpqPasswordSource())
        } catch {
            stdout.write(DoctorStep(.fail, "settings", "\(error)").rendered)
            throw ExitCode(ExitStatus.failure.rawValue)
        }
        let steps = Doctor(connector: connector).run()
        for step in steps { stdout.write(step.rendered) }
        let passed = Doctor.allPassed(steps)
        stdout.write(passed ? "all checks passed\n" : "some checks failed\n")
        if !passed { throw ExitCode(ExitStatus.connectionFailure.rawValue) }
    }
}
