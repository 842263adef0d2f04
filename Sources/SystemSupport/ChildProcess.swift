import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a child process with captured output and an optional deadline (posix_spawn, poll, kill).
///
/// The child gets its own process group (so a timeout kills everything it started)
/// and exactly the environment passed in. By default its stdin is `/dev/null` and
/// its stdout and stderr are captured; a caller can let it inherit any of the three.
public enum ChildProcess {
    /// What a finished child left behind.
    public struct Outcome: Sendable {
        /// The exit status, or 128 + signal number if it was killed by a signal.
        public let status: Int32
        /// What it wrote to stdout (empty unless captured).
        public let stdout: [UInt8]
        /// What it wrote to stderr (empty unless captured).
        public let stderr: [UInt8]
    }

    /// Why a child could not be run to completion.
    public enum Failure: Error, Equatable {
        case notFound(String)
        case launch(String)
        case timedOut
    }

    /// Which of the parent's standard streams the child shares instead of the default
    /// (`/dev/null` for stdin, a captured pipe for stdout and stderr).
    public struct Inherited: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let stdin = Inherited(rawValue: 1)
        public static let stdout = Inherited(rawValue: 2)
        public static let stderr = Inherited(rawValue: 4)
        public static let all: Inherited = [.stdin, .stdout, .stderr]
    }

    /// The parent's environment, for a child that should see what dsql sees.
    public static var currentEnvironment: [String: String] {
        var result: [String: String] = [:]
        var entry = environ
        while let pointer = entry.pointee {
            let pair = String(cString: pointer)
            if let equals = pair.firstIndex(of: "=") {
                result[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
            }
            entry += 1
        }
        return result
    }

    /// Runs `argv` (argv[0] is looked up on the environment's PATH unless it has a `/`);
    /// with no `timeout` it waits as long as the child runs.
    public static func run(
        _ argv: [String], environment: [String: String], timeout: Double?,
        inheriting inherited: Inherited = []
    ) throws(Failure) -> Outcome {
        guard let program = argv.first, !program.isEmpty else { throw .launch("empty command") }
        guard let path = ExecutableLookup.find(program, environment: environment) else { throw .notFound(program) }

        var outPipe: [Int32] = [-1, -1]
        var errPipe: [Int32] = [-1, -1]
        guard inherited.contains(.stdout) || makePipe(&outPipe) else { throw .launch(String(cString: strerror(errno))) }
        guard inherited.contains(.stderr) || makePipe(&errPipe) else {
            closeAll(outPipe)
            throw .launch(String(cString: strerror(errno)))
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if !inherited.contains(.stdin) { posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0) }
        if outPipe[1] >= 0 { posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1) }
        if errPipe[1] >= 0 { posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)

        let cArgs = argv.map { strdup($0) } + [nil]
        let cEnv = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            cArgs.forEach { free($0) }
            cEnv.forEach { free($0) }
        }
        var pid: pid_t = 0
        var spawned = posix_spawn(&pid, path, &actions, &attributes, cArgs, cEnv)
        // ETXTBSY: another thread's child briefly holds a write descriptor to the program
        // (a script just written); retry for up to a second, as Go's os/exec does.
        var attempts = 0
        while spawned == ETXTBSY, attempts < 100 {
            usleep(10_000)
            attempts += 1
            spawned = posix_spawn(&pid, path, &actions, &attributes, cArgs, cEnv)
        }
        closeAll([outPipe[1], errPipe[1]])
        guard spawned == 0 else {
            closeAll([outPipe[0], errPipe[0]])
            throw .launch(String(cString: strerror(spawned)))
        }
        defer { closeAll([outPipe[0], errPipe[0]]) }
        let deadline = timeout.map { Date().addingTimeInterval($0) } ?? .distantFuture
        return try collect(pid: pid, out: outPipe[0], err: errPipe[0], deadline: deadline)
    }

    /// Closes the descriptors that are open (not -1).
    private static func closeAll(_ fds: [Int32]) {
        for fd in fds where fd >= 0 { close(fd) }
    }

    /// Reads both pipes until the child exits and they drain, or kills it at `deadline`.
    private static func collect(pid: pid_t, out: Int32, err: Int32, deadline: Date) throws(Failure) -> Outcome {
        var stdout: [UInt8] = []
        var stderr: [UInt8] = []
        var open: [Int32: Bool] = [:]
        for fd in [out, err] where fd >= 0 { open[fd] = true }
        var exitStatus: Int32?
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            if exitStatus == nil {
                var status: Int32 = 0
                if waitpid(pid, &status, WNOHANG) == pid { exitStatus = decode(status) }
            }
            let openFDs = open.filter { $0.value }.map(\.key)
            if openFDs.isEmpty, let exitStatus { return Outcome(status: exitStatus, stdout: stdout, stderr: stderr) }
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 {
                kill(-pid, SIGKILL)
                kill(pid, SIGKILL)
                var status: Int32 = 0
                if exitStatus == nil { _ = waitpid(pid, &status, 0) }
                throw .timedOut
            }
            // After the child exits, only drain what its descendants already wrote.
            let slice = exitStatus == nil ? min(remaining, 0.05) : 0
            var fds = openFDs.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&fds, nfds_t(fds.count), Int32(slice * 1000))
            if ready <= 0 {
                if exitStatus != nil, ready == 0 { open = [:] }
                continue
            }
            for fd in fds where fd.revents != 0 {
                let count = buffer.withUnsafeMutableBytes { read(fd.fd, $0.baseAddress, $0.count) }
                if count > 0 {
                    if fd.fd == out { stdout += buffer[0..<count] } else { stderr += buffer[0..<count] }
                } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                    open[fd.fd] = false
                }
            }
        }
    }

    /// A pipe whose ends are close-on-exec (the child gets only the dup2'd copies).
    private static func makePipe(_ fds: inout [Int32]) -> Bool {
        guard pipe(&fds) == 0 else { return false }
        _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
        return true
    }

    /// The exit code of a `waitpid` status, or 128 + signal.
    private static func decode(_ status: Int32) -> Int32 {
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }
}
