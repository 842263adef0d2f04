import Foundation

/// What a crash looks like in a child's stderr (Swift runtime traps, sanitizers, libc aborts).
let crashMarkers = [
    "Fatal error", "Illegal instruction", "Segmentation fault", "AddressSanitizer",
    "Stack dump", "Aborted", "core dumped", "Trace/breakpoint trap",
]

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
    return try runProcess(
        "/bin/sh",
        [
            "-c",
            "(sleep 2; printf '%s' \"$DSQL_TERMINAL_INPUT\"; sleep 2) | script -qec \"$DSQL_TERMINAL_COMMAND\" /dev/null",
        ],
        environment: environment.merging([
            "DSQL_TERMINAL_INPUT": input, "DSQL_TERMINAL_COMMAND": command, "TERM": "xterm",
        ]) { $1 },
        timeout: timeout)
}
