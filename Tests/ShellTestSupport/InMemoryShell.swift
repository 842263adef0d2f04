import Glibc
import PostgresClient
import Shell

/// A dsql session connected to a ``ScriptedServer``, with its stdout and stderr captured:
/// runs scripts through the real main loop, meta-commands and connection lifecycle,
/// without a server.
public final class InMemoryShell {
    public let server: ScriptedServer
    public let session: Session
    private let outputFile: CapturedFile
    private let errorFile: CapturedFile

    /// Connects a session to `server` as `dsql -h host` would, with `variables` set as `-v`
    /// sets them (`NAME=VALUE`).
    public init(server: ScriptedServer = ScriptedServer(), host: String = "localhost", variables: [String] = []) throws
    {
        self.server = server
        outputFile = try CapturedFile()
        errorFile = try CapturedFile()
        let rootCertificate = try CapturedFile()
        let settings = try Settings.resolve(
            flags: ConnectionFlags(host: host, sslMode: "verify-full", sslRootCert: rootCertificate.path),
            environment: [:])
        var connector = try Connector(settings: settings, environment: [:], passwordSource: LibpqPasswordSource())
        connector.opener = server.opener
        let connection = try connector.connect()
        session = Session(connector: connector, connection: connection, output: outputFile.sink, errors: errorFile.sink)
        var configuration = RunConfiguration()
        configuration.variableAssignments = variables
        if let failure = Runner(session: session, configuration: configuration).prepare() {
            throw InMemoryShellError.settingsRefused(failure)
        }
    }

    /// Runs `script` as `dsql -f script.sql` runs a file (messages say `script.sql`), and
    /// returns the exit status dsql would end with.
    @discardableResult
    public func run(_ script: String, name: String = "script.sql") -> ExitStatus {
        let loop = MainLoop(
            session: session, source: TextLineSource(script), location: .file(name: name), directory: ".")
        return Runner.status(of: loop.run(), failedIs: .success)
    }

    /// Runs `lines` as a person typing them at the prompt would (lost connections are reset).
    @discardableResult
    public func runInteractive(_ lines: String) -> ExitStatus {
        let runner = Runner(session: session, configuration: RunConfiguration())
        return runner.runInteractive(TypedLines(lines))
    }

    /// Everything written to stdout so far.
    public var output: String {
        session.standardOutput.flush()
        return outputFile.contents
    }

    /// Everything written to stderr so far.
    public var errors: String {
        session.errorSink.flush()
        return errorFile.contents
    }
}

/// Why an ``InMemoryShell`` could not start.
public enum InMemoryShellError: Error {
    case settingsRefused(ExitStatus)
    case temporaryFile(Int32)
}

/// A temporary file a ``FileSink`` writes to and a test reads back; removed with the value.
final class CapturedFile {
    let path: String
    let sink: FileSink

    init() throws(InMemoryShellError) {
        var template = Array("/tmp/dsql-in-memory-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw .temporaryFile(errno) }
        path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        sink = FileSink(descriptor: descriptor, name: path, closer: { close(descriptor) })
    }

    deinit {
        sink.close()
        unlink(path)
    }

    /// The file's bytes as text.
    var contents: String {
        guard let file = fopen(path, "r") else { return "" }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count == 0 { break }
            bytes += buffer[0..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Lines a person types: an interactive source without line editing or history.
final class TypedLines: LineSource {
    private var lines: [[UInt8]]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }.reversed()
    }

    func nextLine(prompt: String) -> LineInput { lines.popLast().map(LineInput.line) ?? .endOfInput }
    var isInteractive: Bool { true }
    func addToHistory(_ entry: String) {}
}
