import FoundationEssentials
import SystemSupport

/// Credentials from a profile's `credential_process`, run as a child with a timeout.
public struct ProcessCredentialProvider: CredentialProvider {
    /// The profile whose `credential_process` this is.
    public let profile: String
    /// The command line, split like the AWS CLI splits it.
    public let command: String
    /// The environment (its PATH is searched for the program); the child gets it without secrets.
    public let environment: [String: String]
    /// Seconds before the child is killed.
    public let timeout: Double
    /// The time against which `Expiration` is checked.
    public let clock: WallClock
    public var name: String { "credential_process (profile \(profile))" }

    /// A provider running `command` for `profile`.
    public init(
        profile: String, command: String, environment: [String: String],
        timeout: Double = 60, clock: WallClock
    ) {
        self.profile = profile
        self.command = command
        self.environment = environment
        self.timeout = timeout
        self.clock = clock
    }

    public func resolve() throws(CredentialError) -> AWSCredentials? {
        let argv: [String]
        do {
            argv = try CommandLineSplitter.split(command)
        } catch .unterminatedQuote(let quote) {
            throw .invalidProcessCommand(profile: profile, reason: "unterminated \(quote) quote")
        } catch {
            throw .invalidProcessCommand(profile: profile, reason: "trailing backslash")
        }
        guard let program = argv.first else {
            throw .invalidProcessCommand(profile: profile, reason: "the command is empty")
        }
        let outcome: ChildProcess.Outcome
        do {
            outcome = try ChildProcess.run(argv, environment: ChildEnvironment.scrub(environment), timeout: timeout)
        } catch {
            switch error {
            case .timedOut:
                throw .processTimedOut(profile: profile, seconds: timeout)
            case .notFound:
                throw .processLaunchFailed(profile: profile, program: program, reason: "not found or not executable")
            case .launch(let reason):
                throw .processLaunchFailed(profile: profile, program: program, reason: reason)
            }
        }
        guard outcome.status == 0 else {
            throw .processFailed(profile: profile, status: outcome.status, stderr: Self.excerpt(outcome.stderr))
        }
        do {
            return try ProcessOutputParser.parse(outcome.stdout, source: .process(profile: profile), now: clock.now())
        } catch {
            throw .processOutputInvalid(profile: profile, reason: error.reason)
        }
    }

    /// The first 300 characters of a child's stderr, trimmed, on one line.
    static func excerpt(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes, as: UTF8.self).trimmingWhitespace
        let oneLine = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return oneLine.count > 300 ? String(oneLine.prefix(300)) + "…" : oneLine
    }
}
