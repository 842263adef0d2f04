import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// A non-blocking TCP socket: owns one file descriptor and closes it in `deinit`.
///
/// Every wait goes through `poll` with a deadline, so no call can hang.
final class Socket {
    /// Why a socket operation failed.
    enum Failure: Error, Equatable {
        case resolve(String)
        case connect(String)
        case timedOut(String)
        case io(String)
    }

    private let fd: Int32

    private init(fd: Int32) {
        self.fd = fd
    }

    deinit {
        close(fd)
    }

    /// Connects to `host:port` (numeric IPv4/IPv6 or a name) within `timeout` seconds.
    static func connect(host: String, port: UInt16, timeout: Double) throws(Failure) -> Socket {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_family = AF_UNSPEC
        var result: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &result)
        guard status == 0, let first = result else {
            throw .resolve("cannot resolve \(host): \(String(cString: gai_strerror(status)))")
        }
        defer { freeaddrinfo(result) }
        let deadline = Date().addingTimeInterval(timeout)
        var lastError = Failure.connect("no address for \(host)")
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let info = entry {
            entry = info.pointee.ai_next
            let fd = socket(info.pointee.ai_family, info.pointee.ai_socktype | Int32(SOCK_CLOEXEC.rawValue), 0)
            guard fd >= 0 else { lastError = .connect(Self.errorText()); continue }
            let socket = Socket(fd: fd)
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            if Glibc.connect(fd, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0 { return socket }
            guard errno == EINPROGRESS else { lastError = .connect(Self.errorText()); continue }
            do {
                try socket.wait(for: Int16(POLLOUT), until: deadline, what: "connecting to \(host):\(port)")
            } catch {
                lastError = error
                continue
            }
            var soError: Int32 = 0
            var length = socklen_t(MemoryLayout<Int32>.size)
            getsockopt(fd, SOL_SOCKET, SO_ERROR, &soError, &length)
            if soError == 0 { return socket }
            lastError = .connect("connecting to \(host):\(port): \(String(cString: strerror(soError)))")
        }
        throw lastError
    }

    /// Writes all of `bytes` before `deadline`.
    func write(_ bytes: [UInt8], until deadline: Date) throws(Failure) {
        var offset = 0
        while offset < bytes.count {
            try wait(for: Int16(POLLOUT), until: deadline, what: "sending the request")
            let sent = bytes[offset...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if sent < 0 {
                if errno == EAGAIN || errno == EINTR { continue }
                throw .io(Self.errorText())
            }
            offset += sent
        }
    }

    /// Reads some bytes before `deadline`; an empty result means the peer closed the connection.
    func read(until deadline: Date) throws(Failure) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: 16384)
        while true {
            try wait(for: Int16(POLLIN), until: deadline, what: "waiting for the response")
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count >= 0 { return Array(buffer[0..<count]) }
            if errno == EAGAIN || errno == EINTR { continue }
            throw .io(Self.errorText())
        }
    }

    /// Polls for `events` until ready or `deadline`.
    private func wait(for events: Int16, until deadline: Date, what: String) throws(Failure) {
        while true {
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else { throw .timedOut("timed out \(what)") }
            var entry = pollfd(fd: fd, events: events, revents: 0)
            let ready = poll(&entry, 1, Int32(max(1, (remaining * 1000).rounded(.up))))
            if ready > 0 { return }
            if ready < 0, errno != EINTR { throw .io(Self.errorText()) }
        }
    }

    private static func errorText() -> String {
        String(cString: strerror(errno))
    }
}
