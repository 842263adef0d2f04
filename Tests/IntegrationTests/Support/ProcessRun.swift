import Foundation

/// What a finished child process left behind.
struct ProcessOutput: Equatable {
    var stdout: String
    var stderr: String
    var status: Int32
}

/// Runs a program to completion with the given stdin, failing after `timeout` seconds.
func runProcess(
    _ executable: String, _ arguments: [String], environment: [String: String],
    stdin: String = "", timeout: TimeInterval = 60
) throws -> ProcessOutput {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.environment = environment
    let input = Pipe(), output = Pipe(), errors = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    // Read both pipes concurrently so a full pipe never blocks the child.
    let group = DispatchGroup()
    nonisolated(unsafe) var outData = Data(), errData = Data()
    group.enter()
    DispatchQueue.global().async { outData = output.fileHandleForReading.readDataToEndOfFile(); group.leave() }
    group.enter()
    DispatchQueue.global().async { errData = errors.fileHandleForReading.readDataToEndOfFile(); group.leave() }
    try? input.fileHandleForWriting.write(contentsOf: Data(stdin.utf8))
    try? input.fileHandleForWriting.close()
    if group.wait(timeout: .now() + timeout) == .timedOut {
        kill(process.processIdentifier, SIGKILL)
        throw ProcessTimeout(command: ([executable] + arguments).joined(separator: " "), seconds: timeout)
    }
    process.waitUntilExit()
    return ProcessOutput(
        stdout: String(decoding: outData, as: UTF8.self),
        stderr: String(decoding: errData, as: UTF8.self),
        status: process.terminationStatus)
}

/// A child process ran past its time limit and was killed.
struct ProcessTimeout: Error, CustomStringConvertible {
    var command: String
    var seconds: TimeInterval
    var description: String { "timed out after \(seconds) s: \(command)" }
}
