import ArgumentParser
import Foundation
import Shell

/// The process entry point: parse arguments, run, exit with psql's codes.
public enum DSQLMain {
    /// Parses `CommandLine.arguments`, runs the command and exits.
    public static func main() -> Never {
        exit(run(arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment).rawValue)
    }

    /// Parses and runs; returns the exit status instead of exiting.
    static func run(arguments: [String], environment: [String: String]) -> ExitStatus {
        do {
            let command = try DSQLCommand.parseAsRoot(arguments)
            guard let dsql = command as? DSQLCommand else {
                var other = command
                try other.run()
                return .success
            }
            return dsql.execute(environment: environment)
        } catch {
            let code = DSQLCommand.exitCode(for: error)
            if code == .success {
                print(DSQLCommand.fullMessage(for: error))
                return .success
            }
            FileHandle.standardError.write(Data("""
                dsql: error: \(DSQLCommand.message(for: error))
                dsql: hint: Try "dsql --help" for more information.

                """.utf8))
            return .failure
        }
    }
}
