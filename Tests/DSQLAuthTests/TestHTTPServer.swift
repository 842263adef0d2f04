import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A one-thread HTTP server on 127.0.0.1 and an ephemeral port, for provider tests.
///
/// Each request is answered by `handler`; a nil answer means "accept, read, never reply".
final class TestHTTPServer: @unchecked Sendable {
    /// What the server saw.
    struct Request: Sendable {
        let method: String
        let path: String
        let headers: [String: String]
    }

    typealias Handler = @Sendable (Request) -> (status: Int, body: String)?

    let port: UInt16
    private let listener: Int32
    private let handler: Handler
    private let lock = NSLock()
    private var seen: [Request] = []
    private var held: [Int32] = []
    private var stopped = false

    var requests: [Request] { lock.withLock { seen } }
    var baseURL: String { "http://127.0.0.1:\(port)" }

    init(handler: @escaping Handler) throws {
        self.handler = handler
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        self.listener = listener
        var yes: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(listener, 16) == 0 else { throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        self.port = UInt16(bigEndian: address.sin_port)
        let thread = Thread { [self] in self.serve() }
        thread.start()
    }

    deinit {
        stop()
    }

    /// Stops accepting and drops held connections.
    ///
    /// The listener is shut down under the lock that publishes `stopped`, and the serving
    /// thread closes it under the same lock only once it sees `stopped`: so the shutdown
    /// always reaches this server's socket, never a descriptor number another test has
    /// just been given after an early close.
    func stop() {
        let fds: [Int32] = lock.withLock {
            if stopped { return [] }
            stopped = true
            shutdown(listener, Int32(SHUT_RDWR))
            let fds = held
            held = []
            return fds
        }
        for fd in fds {
            shutdown(fd, Int32(SHUT_RDWR))
            close(fd)
        }
    }

    private func serve() {
        while true {
            let client = accept(listener, nil, nil)
            if client >= 0 { _ = fcntl(client, F_SETFD, FD_CLOEXEC) }
            let finished = lock.withLock {
                guard stopped else { return false }
                if client >= 0 { close(client) }
                close(listener)
                return true
            }
            if finished { return }
            // A transient failure (EINTR, ECONNABORTED, EMFILE while the whole suite runs
            // in one process) must not close the listener: that refused every later request.
            if client < 0 {
                usleep(1_000)
                continue
            }
            var data = [UInt8]()
            var buffer = [UInt8](repeating: 0, count: 4096)
            while !data.contains(subsequence: [13, 10, 13, 10]) {
                let count = recv(client, &buffer, buffer.count, 0)
                if count <= 0 { break }
                data += buffer[0..<count]
            }
            let head = String(decoding: data, as: UTF8.self).components(separatedBy: "\r\n\r\n")[0]
            var lines = head.components(separatedBy: "\r\n")
            let start = lines.removeFirst().split(separator: " ")
            var headers: [String: String] = [:]
            for line in lines {
                if let colon = line.firstIndex(of: ":") {
                    headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                        in: .whitespaces)
                }
            }
            let request = Request(
                method: start.count > 0 ? String(start[0]) : "",
                path: start.count > 1 ? String(start[1]) : "", headers: headers)
            lock.withLock { seen.append(request) }
            guard let (status, body) = handler(request) else {
                lock.withLock { held.append(client) } // never answer; closed by stop()
                continue
            }
            let response =
                "HTTP/1.1 \(status) X\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n\(body)"
            _ = Array(response.utf8).withUnsafeBytes { send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            close(client)
        }
    }
}

extension Array where Element == UInt8 {
    func contains(subsequence: [UInt8]) -> Bool {
        firstRange(of: subsequence) != nil
    }
}
