import Foundation

/// bench/latency-proxy.py in front of the test cluster: every byte delayed by `oneWayMilliseconds`
/// each way, and the client's round trips counted (turns: client bytes after the server spoke).
final class LatencyProxy {
    let port: Int
    private let process: Process
    private let statsPath: String

    init(targetPort: String, oneWayMilliseconds: Int) throws {
        statsPath =
            FileManager.default.temporaryDirectory.appendingPathComponent("dsql-proxy-\(UUID().uuidString).stats").path
        port = Int.random(in: 40_000...59_000)
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [
            TestCluster.packageRoot.appendingPathComponent("bench/latency-proxy.py").path,
            String(port), targetPort, String(oneWayMilliseconds), statsPath,
        ]
        try process.run()
        let deadline = Date().addingTimeInterval(20)
        while stats().connections < 0 {
            guard Date() < deadline else { throw ProxyFailed() }
            usleep(20_000)
        }
    }

    deinit {
        // SIGKILL: a child spawned from a test thread can inherit a mask that blocks SIGTERM.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try? FileManager.default.removeItem(atPath: statsPath)
    }

    /// Connections closed so far and the round trips they took.
    func stats() -> (connections: Int, turns: Int) {
        guard let text = try? String(contentsOfFile: statsPath, encoding: .utf8) else { return (-1, 0) }
        let words = text.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard words.count >= 4, let connections = Int(words[1]), let turns = Int(words[3]) else { return (-1, 0) }
        return (connections, turns)
    }

    /// The round trips of the next connection to close, waited for (the proxy writes them after the close).
    func turns(ofConnectionAfter before: (connections: Int, turns: Int)) -> Int {
        let deadline = Date().addingTimeInterval(30)
        while stats().connections <= before.connections && Date() < deadline { usleep(20_000) }
        return stats().turns - before.turns
    }

    struct ProxyFailed: Error {}
}
