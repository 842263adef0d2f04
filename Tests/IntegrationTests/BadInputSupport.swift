import Foundation

/// Runs dsql with raw bytes on stdin (binary data, NUL bytes, invalid UTF-8).
///
/// Like `runProcess`, but the input is bytes, not text, and SIGPIPE is ignored
/// so that a child that exits before reading everything cannot kill the tests.
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

/// What a crash looks like in a child's stderr (Swift runtime traps, sanitizers, libc aborts).
let crashMarkers = ["Fatal error", "Illegal instruction", "Segmentation fault", "AddressSanitizer",
                    "Stack dump", "Aborted", "core dumped", "Trace/breakpoint trap"]

/// Whether a finished run shows no sign of a crash: no signal death, no crash text.
func endedCleanly(_ result: ProcessOutput) -> Bool {
    result.status < 128 && !crashMarkers.contains { result.stderr.contains($0) }
}

/// A fresh temporary folder for one test, removed by the caller.
func makeScratchFolder(_ label: String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("dsql-\(label)-\(UUID().uuidString.prefix(8))", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

/// Runs a command line under `script(1)`, which gives it a pseudo-terminal for stdin and
/// stdout, feeding `input` after `delay` seconds; returns what the terminal showed.
func runInTerminal(
    _ arguments: [String], environment: [String: String], input: String, timeout: TimeInterval = 30
) throws -> ProcessOutput {
    let command = arguments.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
    // script reads its stdin and types it into the terminal; sleep first so the prompt is up.
    return try runProcess("/bin/sh", ["-c", "(sleep 2; printf '%s' \"$DSQL_TERMINAL_INPUT\"; sleep 2) | script -qec \"$DSQL_TERMINAL_COMMAND\" /dev/null"],
                          environment: environment.merging(["DSQL_TERMINAL_INPUT": input, "DSQL_TERMINAL_COMMAND": command, "TERM": "xterm"]) { $1 },
                          timeout: timeout)
}
