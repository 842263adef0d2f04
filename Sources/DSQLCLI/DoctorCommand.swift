import ArgumentParser
import FoundationEssentials
import Shell

/// `dsql doctor`: check each step of a connection and say how to fix the failing one.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check TLS trust, the network path and authentication, step by step.",
        usage: "dsql doctor [<options>] [<endpoint>]",
        discussion: "Exits 0 only when every step passes.",
        helpNames: [.customShort("?"), .long])

    @Argument(help: ArgumentHelp("Cluster endpoint or cluster id.", valueName: "endpoint"))
    var endpoint: String?

    @OptionGroup(title: "Connection")
    var connection: ConnectionOptions

    @OptionGroup(title: "TLS")
    var tls: TLSOptions

    @OptionGroup(title: "IAM authentication")
    var iam: IAMOptions

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let stdout = FileSink(descriptor: 1)
        defer { stdout.flush() }
        let connector: Connector
        do {
            connector = try ConnectionSetup(endpoint: endpoint, connection: connection, tls: tls, iam: iam)
                .makeConnector(environment: environment)
        } catch {
            stdout.write(DoctorStep(.fail, "settings", error.message).rendered)
            stdout.write("some checks failed\n")
            throw ExitCode(error.status.rawValue)
        }
        let steps = Doctor(connector: connector, environment: environment).run()
        for step in steps { stdout.write(step.rendered) }
        let passed = Doctor.allPassed(steps)
        stdout.write(passed ? "all checks passed\n" : "some checks failed\n")
        if !passed { throw ExitCode(ExitStatus.connectionFailure.rawValue) }
    }
}
