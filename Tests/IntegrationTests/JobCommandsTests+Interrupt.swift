import Foundation
import Glibc
import Testing

/// Part of the serialized job suite, which owns the stand-in `sys` schema.
extension JobCommandsTests {
    /// Ctrl-C while `\wait-job` blocks: the interactive shell's SIGINT handler cancels the
    /// wait and the shell stays usable. dsql runs on a pseudo-terminal, so it is interactive.
    @Test func interruptStopsWaitingAndKeepsTheSession() throws {
        let cluster = try TestCluster.current()
        _ = try runPSQL(cluster, ["-q", "-c", JobCommandsTests.standIn])
        defer { _ = try? runPSQL(cluster, ["-q", "-c", "drop schema if exists sys cascade"]) }

        var master: Int32 = -1, slave: Int32 = -1
        var size = winsize(ws_row: 24, ws_col: 100, ws_xpixel: 0, ws_ypixel: 0)
        try #require(openpty(&master, &slave, nil, nil, &size) == 0)
        defer { _ = close(master) }
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
        // posix_spawn with an empty signal mask: the test runner's threads block SIGINT,
        // and a child would inherit that (Foundation's Process keeps the mask).
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for target in [Int32(0), 1, 2] { posix_spawn_file_actions_adddup2(&actions, slave, target) }
        posix_spawn_file_actions_addclose(&actions, master)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        let arguments = [Binaries.dsql] + cluster.dsqlArguments + ["-X", "-n"]
        let environment = cluster.environment.merging(["TERM": "dumb"]) { $1 }.map { "\($0.key)=\($0.value)" }
        var pid: pid_t = 0
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        try #require(posix_spawn(&pid, Binaries.dsql, &actions, &attributes, argv, envp) == 0)
        _ = close(slave)
        defer { kill(pid, SIGKILL); var status: Int32 = 0; waitpid(pid, &status, 0) }

        var transcript = ""
        func waitFor(_ text: String, seconds: Double) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if transcript.contains(text) { return true }
                var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
                if poll(&descriptor, 1, 100) > 0 {
                    var buffer = [UInt8](repeating: 0, count: 4096)
                    let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
                    if count > 0 { transcript += String(decoding: buffer[0..<count], as: UTF8.self) }
                }
            }
            return transcript.contains(text)
        }
        func type(_ text: String) { _ = text.withCString { write(master, $0, strlen($0)) } }

        #expect(waitFor("]=", seconds: 10), "no prompt: \(transcript)")
        let started = Date()
        type("\\wait-job desc_job_slow\n")
        Thread.sleep(forTimeInterval: 1.5)
        kill(pid, SIGINT)
        #expect(waitFor("stopped waiting; job desc_job_slow goes on running on the server", seconds: 10), "\(transcript)")
        #expect(Date().timeIntervalSince(started) < 15)
        type("select 41 + 1 as answer;\n")
        #expect(waitFor("42", seconds: 10), "the session still works: \(transcript)")
        type("\\q\n")
        #expect(waitFor("\\q", seconds: 5))
    }
}
