import Foundation

/// What a finished child process left behind.
struct ProcessOutput: Equatable {
    var stdout: String
    var stderr: String
    var status: Int32
}

/// Runs a program to completion with the given stdin text, failing after `timeout` seconds.
func runProcess(
    _ executable: String, _ arguments: [String], environment: [String: String],
    stdin: String = "", timeout: TimeInterval = 60
) throws -> ProcessOutput {
    try runProcess(executable, arguments, environment: environment, input: Data(stdin.utf8), timeout: timeout)
}

/// Runs a program with raw bytes on stdin (binary data, NUL bytes, invalid UTF-8).
///
/// stdin is written while stdout and stderr are read, so neither side can block the
/// other; SIGPIPE is ignored so a child that exits before reading everything cannot
/// kill the tests; a child killed by a signal reports 128 + the signal. The run ends
/// when the child exits, not when its pipes close: a long-lived process another test
/// starts at the same moment (a postmaster, a tmux server) can inherit a pipe's write
/// end and would otherwise keep it open for good.
func runProcess(
    _ executable: String, _ arguments: [String], environment: [String: String],
    input: Data, timeout: TimeInterval = 60
) throws -> ProcessOutput {
    signal(SIGPIPE, SIG_IGN)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.environment = environment
    let stdin = Pipe()
    let output = Pipe()
    let errors = Pipe()
    process.standardInput = stdin
    process.standardOutput = output
    process.standardError = errors
    let exited = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in exited.signal() }
    try process.run()
    let outCollector = PipeCollector(output.fileHandleForReading)
    let errCollector = PipeCollector(errors.fileHandleForReading)
    DispatchQueue.global().async {
        try? stdin.fileHandleForWriting.write(contentsOf: input)
        try? stdin.fileHandleForWriting.close()
    }
    if exited.wait(timeout: .now() + timeout) == .timedOut {
        kill(process.processIdentifier, SIGKILL)
        throw ProcessTimeout(command: ([executable] + arguments).joined(separator: " "), seconds: timeout)
    }
    process.waitUntilExit()
    return ProcessOutput(
        stdout: String(decoding: outCollector.collected(waitingUpTo: 5), as: UTF8.self),
        stderr: String(decoding: errCollector.collected(waitingUpTo: 5), as: UTF8.self),
        status: process.terminationReason == .uncaughtSignal
            ? 128 + process.terminationStatus : process.terminationStatus)
}

/// Reads a pipe on its own thread until end of file, keeping what has arrived.
final class PipeCollector: @unchecked Sendable {
    private var data = Data()
    private let lock = NSLock()
    private let finished = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread { [self] in
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                lock.lock()
                data.append(chunk)
                lock.unlock()
            }
            finished.signal()
        }.start()
    }

    /// What has been read, after waiting up to `seconds` for end of file.
    func collected(waitingUpTo seconds: TimeInterval) -> Data {
        _ = finished.wait(timeout: .now() + seconds)
        lock.lock()
        defer { lock.unlock() }
        return data
    }
}

/// A child process ran past its time limit and was killed.
struct ProcessTimeout: Error, CustomStringConvertible {
    var command: String
    var seconds: TimeInterval
    var description: String { "timed out after \(seconds) s: \(command)" }
}
