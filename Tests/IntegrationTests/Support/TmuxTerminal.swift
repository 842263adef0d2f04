import Foundation
import Testing

/// A real terminal for end-to-end tests: the dsql binary runs in a private tmux
/// server (its own socket, no config file), keys are typed with `send-keys` and
/// the screen is read with `capture-pane`.
///
/// Every wait is bounded. A failed wait records an issue holding what was
/// expected, what the screen showed, and the whole transcript (all scrollback).
final class TmuxTerminal {
    /// The tmux program.
    static let tmux = "/usr/bin/tmux"

    private let socket: String
    private var closed = false

    /// Starts `command` (argv, run with exactly `environment`) in a `columns`×`rows`
    /// terminal (200×50 unless told). When it exits, the pane shows `[exited N]` and
    /// stays open for inspection.
    init(
        command: [String], environment: [String: String], columns: Int = 200, rows: Int = 50,
        workingDirectory: String? = nil
    ) throws {
        socket =
            FileManager.default.temporaryDirectory.appendingPathComponent(
                "dsql-pty-\(UUID().uuidString.prefix(8)).sock"
            ).path
        let assignments = environment.sorted { $0.key < $1.key }.map { Self.quote("\($0.key)=\($0.value)") }
        let line = (["/usr/bin/env", "-i"] + assignments + command.map(Self.quote)).joined(separator: " ")
        let script = "\(line); echo \"[exited $?]\"; sleep 600"
        try run(
            ["-f", "/dev/null", "new-session", "-d", "-x", String(columns), "-y", String(rows)]
                + (workingDirectory.map { ["-c", $0] } ?? []) + [script])
        try run(["set-option", "-g", "history-limit", "20000"])
    }

    deinit { close() }

    /// Ends the tmux server of this terminal (only this one: it has its own socket).
    func close() {
        guard !closed else { return }
        closed = true
        _ = try? run(["kill-server"])
        try? FileManager.default.removeItem(atPath: socket)
    }

    /// Resizes the terminal, as a user dragging the window would (the program gets SIGWINCH).
    func resize(columns: Int, rows: Int) throws {
        try run(["resize-window", "-x", String(columns), "-y", String(rows)])
    }

    /// Closes the terminal as a user closing the window would: the pseudo-terminal
    /// goes away and its programs get SIGHUP.
    func hangUp() {
        close()
    }

    /// Types `text` literally (as hex bytes, so tmux parses nothing in it).
    func type(_ text: String) throws {
        let bytes = text.utf8.map { String(format: "%02x", $0) }
        try run(["send-keys", "-H"] + bytes)
    }

    /// Pastes `text` as a terminal does: wrapped in bracketed-paste markers when the
    /// program asked for them (line ends sent as CR, as terminals send them).
    /// The text goes through a file: tmux would read a trailing `;` in an argument as
    /// a command separator.
    func paste(_ text: String) throws {
        let path = socket + ".paste"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        try run(["load-buffer", "-b", "dsql-test", path])
        try run(["paste-buffer", "-p", "-d", "-b", "dsql-test"])
    }

    /// Types `text` and then Enter.
    func typeLine(_ text: String) throws {
        try type(text + "\r")
    }

    /// Presses a key by tmux name: `Tab`, `C-c`, `C-d`, `Up`, `Enter`.
    func press(_ key: String) throws {
        try run(["send-keys", key])
    }

    /// The whole transcript: every line of scrollback and screen, wrapped lines joined.
    func transcript() -> String {
        (try? run(["capture-pane", "-p", "-J", "-S", "-", "-E", "-"])) ?? "<no transcript>"
    }

    /// Waits until the visible screen (not the scrollback: cheap to read while output
    /// floods) shows `text`; records an issue and returns false after `seconds`.
    @discardableResult
    func waitForScreen(_ text: String, seconds: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) -> Bool
    {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if ((try? run(["capture-pane", "-p"])) ?? "").contains(text) { return true }
            usleep(20_000)
        }
        fail(
            "timed out after \(seconds) s waiting for the screen", expected: text,
            actual: (try? run(["capture-pane", "-p"])) ?? "", sourceLocation: sourceLocation)
        return false
    }

    /// How many times `text` occurs in the transcript.
    func count(_ text: String) -> Int {
        transcript().components(separatedBy: text).count - 1
    }

    /// Waits until `text` occurs at least `occurrences` times; records an issue and
    /// returns false after `seconds`.
    @discardableResult
    func waitFor(
        _ text: String, occurrences: Int = 1, seconds: Double = 30,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> Bool {
        if waitQuietly(for: text, occurrences: occurrences, seconds: seconds) { return true }
        let screen = transcript()
        let lastLines = screen.split(separator: "\n", omittingEmptySubsequences: false).suffix(8).joined(
            separator: "\n")
        Issue.record(
            """
            timed out after \(seconds) s
            expected: \(occurrences) × \(text.debugDescription)
            actual (end of screen):
            \(lastLines)
            ---- whole transcript ----
            \(screen)
            ---- end of transcript ----
            """, sourceLocation: sourceLocation)
        return false
    }

    /// Waits as `waitFor` does, but without recording a failure.
    func waitQuietly(for text: String, occurrences: Int = 1, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if count(text) >= occurrences { return true }
            usleep(50_000)
        }
        return count(text) >= occurrences
    }

    /// Records a failure showing `expected`, `actual` and the transcript.
    func fail(_ message: String, expected: String, actual: String, sourceLocation: SourceLocation = #_sourceLocation) {
        Issue.record(
            """
            \(message)
            expected: \(expected)
            actual: \(actual)
            ---- whole transcript ----
            \(transcript())
            ---- end of transcript ----
            """, sourceLocation: sourceLocation)
    }

    /// Runs one tmux command on this terminal's server; its stdout.
    ///
    /// Output goes through a file, not a pipe: the server that `new-session` starts
    /// inherits the descriptors and would hold a pipe open for its whole life.
    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        let outputPath = socket + ".out-\(UUID().uuidString.prefix(8))"
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        let status = try Self.spawnAndWait([Self.tmux, "-S", socket] + arguments, outputPath: outputPath)
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        guard status == 0 else {
            throw TmuxFailure(arguments: arguments, status: status, stderr: text)
        }
        return text
    }

    /// Runs `argv` with stdin from /dev/null and stdout and stderr into `outputPath`,
    /// waiting at most 10 s; its exit status. (posix_spawn and waitpid directly:
    /// the daemon tmux forks must not keep the test waiting.)
    private static func spawnAndWait(_ argv: [String], outputPath: String) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let environment = ["PATH=/usr/bin:/bin", "TERM=xterm-256color"]
        var cArguments = argv.map { strdup($0) } + [nil]
        var cEnvironment = environment.map { strdup($0) } + [nil]
        defer {
            cArguments.forEach { free($0) }
            cEnvironment.forEach { free($0) }
        }
        // The test runner may block or ignore signals; the terminal's programs must get
        // Ctrl-C as a user's would, so the child starts with none blocked and defaults,
        // in its own process group so nothing it signals reaches the test runner.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        var defaults = sigset_t()
        sigemptyset(&noSignals)
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGPIPE, SIGCHLD, SIGTSTP, SIGTTIN, SIGTTOU] {
            sigaddset(&defaults, signal)
        }
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(
            &attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, &attributes, &cArguments, &cEnvironment)
        guard spawned == 0 else {
            throw TmuxFailure(arguments: argv, status: -1, stderr: "posix_spawn failed: \(spawned)")
        }
        let deadline = Date().addingTimeInterval(10)
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { break }
            if result < 0 && errno != EINTR {
                throw TmuxFailure(arguments: argv, status: -1, stderr: "waitpid failed: \(errno)")
            }
            if Date() > deadline {
                kill(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                throw TmuxFailure(arguments: argv, status: -1, stderr: "timed out after 10 s")
            }
            usleep(5_000)
        }
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    /// `text` in single quotes for /bin/sh.
    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// A tmux command failed.
struct TmuxFailure: Error, CustomStringConvertible {
    var arguments: [String]
    var status: Int32
    var stderr: String
    var description: String { "tmux \(arguments.joined(separator: " ")) exited \(status): \(stderr)" }
}
