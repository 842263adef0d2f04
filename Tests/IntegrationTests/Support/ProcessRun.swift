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
/// kill the tests; a child killed by a signal reports 128 + the signal.
func runProcess(
    _ executable: String, _ arguments: [String], environment: [String: String],
    input: Data, timeout: TimeInterval = 60
) throws -> ProcessOutput {
    signal(SIGPIPE, SIG_IGN)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.environment = environment
    let stdin = Pipe(), output = Pipe(), errors = Pipe()
    process.standardInput = stdin
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let group = DispatchGroup()
    nonisolated(unsafe) var outData = Data(), errData = Data()
    group.enter()
    DispatchQueue.global().async { outData = output.fileHandleForReading.readDataToEndOfFile(); group.leave() }
    group.enter()
    DispatchQueue.global().async { errData = errors.fileHandleForReading.readDataToEndOfFile(); group.leave() }
    group.enter()
    DispatchQueue.global().async {
        try? stdin.fileHandleForWriting.write(contentsOf: input)
        try? stdin.fileHandleForWriting.close()
        group.leave()
    }
    if group.wait(timeout: .now() + timeout) == .timedOut {
        kill(process.processIdentifier, SIGKILL)
        throw ProcessTimeout(command: ([executable] + arguments).joined(separator: " "), seconds: timeout)
    }
    process.waitUntilExit()
    return ProcessOutput(
        stdout: String(decoding: outData, as: UTF8.self),
        stderr: String(decoding: errData, as: UTF8.self),
        status: process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus)
}

/// A child process ran past its time limit and was killed.
struct ProcessTimeout: Error, CustomStringConvertible {
    var command: String
    var seconds: TimeInterval
    var description: String { "timed out after \(seconds) s: \(command)" }
}
