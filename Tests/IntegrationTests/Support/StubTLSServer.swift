import Foundation

/// scripts/tls-stub-server running on a free loopback port for one test.
final class StubTLSServer {
    let port: Int
    private let process: Process

    /// Starts the stub; `arguments` are `--cert C --key K` or `--silent`.
    init(_ arguments: [String]) throws {
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments =
            [
                "python3", TestCluster.packageRoot.appendingPathComponent("scripts/tls-stub-server").path,
                "--lifetime", "60",
            ] + arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) {
            line.append(byte)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self)) else {
            process.terminate()
            throw StubFailed()
        }
        self.port = port
    }

    deinit { process.terminate() }

    struct StubFailed: Error {}
}
