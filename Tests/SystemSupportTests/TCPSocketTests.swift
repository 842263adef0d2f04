import FoundationEssentials
import Glibc
import Testing

@testable import SystemSupport

/// A listening socket on a free loopback port, closed in `deinit`.
private final class Listener {
    let descriptor: Int32
    let port: Int

    init() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.descriptor = descriptor
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { general in
                bind(descriptor, general, length) == 0 && listen(descriptor, 1) == 0
                    && getsockname(descriptor, general, &length) == 0
            }
        }
        try #require(bound, "cannot listen on 127.0.0.1")
        port = Int(UInt16(bigEndian: address.sin_port))
    }

    deinit { close(descriptor) }
}

@Suite("The one TCP socket connects within a deadline and moves bytes both ways")
struct TCPSocketTests {
    @Test func bytesGoBothWaysAndAnEmptyReadMeansClosed() throws {
        let listener = try Listener()
        let socket = try TCPSocket.connect(host: "127.0.0.1", port: listener.port, numericHost: true, timeout: 5)
        let peer = accept(listener.descriptor, nil, nil)
        try #require(peer >= 0)
        let deadline = Date().addingTimeInterval(5)
        try socket.write(Array("ping".utf8), until: deadline)
        var buffer = [UInt8](repeating: 0, count: 4)
        #expect(recv(peer, &buffer, 4, Int32(MSG_WAITALL)) == 4)
        #expect(buffer == Array("ping".utf8))
        #expect(send(peer, "pong", 4, 0) == 4)
        close(peer)
        var received: [UInt8] = []
        while true {
            let chunk = try socket.read(until: deadline)
            if chunk.isEmpty { break }
            received += chunk
        }
        #expect(received == Array("pong".utf8))
    }

    @Test func blockingIOSendsAndReceivesSingleBytes() throws {
        let listener = try Listener()
        let socket = try TCPSocket.connect(host: "127.0.0.1", port: listener.port, numericHost: true, timeout: 5)
        socket.useBlockingIO(timeLimit: 5)
        let peer = accept(listener.descriptor, nil, nil)
        try #require(peer >= 0)
        defer { close(peer) }
        #expect(socket.send([1, 2]))
        var buffer = [UInt8](repeating: 0, count: 2)
        #expect(recv(peer, &buffer, 2, Int32(MSG_WAITALL)) == 2)
        #expect(buffer == [1, 2])
        #expect(send(peer, "S", 1, 0) == 1)
        #expect(socket.receiveByte() == UInt8(ascii: "S"))
    }

    @Test func aClosedPortIsRefused() throws {
        let port = try Listener().port
        #expect(throws: TCPSocket.Failure.self) {
            try TCPSocket.connect(host: "127.0.0.1", port: port, numericHost: true, timeout: 5)
        }
        do {
            _ = try TCPSocket.connect(host: "127.0.0.1", port: port, numericHost: true, timeout: 5)
        } catch {
            guard case .connect(let reason, _) = error else {
                Issue.record("expected a connect failure, got \(error)")
                return
            }
            #expect(reason == String(cString: strerror(ECONNREFUSED)))
        }
    }

    @Test func aNumericHostIsNeverLookedUp() {
        #expect {
            try TCPSocket.connect(host: "localhost", port: 5432, numericHost: true, timeout: 5)
        } throws: { error in
            guard case .resolve = error as? TCPSocket.Failure else { return false }
            return true
        }
    }
}
