import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#endif

/// A TCP socket: owns one file descriptor and closes it in `deinit`.
///
/// It connects without blocking past a deadline, then stays non-blocking, every wait
/// going through `poll` with a deadline (``write(_:until:)``, ``read(until:)``), unless
/// ``useBlockingIO(timeLimit:)`` hands the descriptor to a library that reads and writes
/// it itself, as OpenSSL's handshake does. Failures carry the system's reason; each
/// caller phrases them in its own words.
public final class TCPSocket {
    /// Why a socket operation failed.
    public enum Failure: Error, Equatable {
        /// The name did not resolve: `getaddrinfo`'s reason.
        case resolve(String)
        /// The name resolved to no address.
        case noAddress
        /// The last address tried failed: the system's reason, and whether it came after
        /// waiting for the connection (`SO_ERROR`) rather than from `socket` or `connect` at once.
        case connect(String, afterWaiting: Bool)
        /// The deadline passed.
        case timedOut
        /// Waiting, sending or receiving failed: the system's reason.
        case io(String)
    }

    /// The file descriptor, for a library that does its own I/O on it.
    public let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// Connects to `host:port` within `timeout` seconds, trying each address the name
    /// resolves to; `numericHost` when `host` is an IP address that must not be looked up.
    public static func connect(host: String, port: Int, numericHost: Bool = false, timeout: Double) throws(Failure)
        -> TCPSocket
    {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_family = AF_UNSPEC
        hints.ai_flags = numericHost ? AI_NUMERICHOST : 0
        var result: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &result)
        guard status == 0, let first = result else { throw .resolve(String(cString: gai_strerror(status))) }
        defer { freeaddrinfo(result) }
        let deadline = Date().addingTimeInterval(timeout)
        var lastError = Failure.noAddress
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let info = entry {
            entry = info.pointee.ai_next
            let descriptor = socket(
                info.pointee.ai_family, info.pointee.ai_socktype | Int32(SOCK_CLOEXEC.rawValue),
                info.pointee.ai_protocol)
            guard descriptor >= 0 else {
                lastError = .connect(Self.errorText(), afterWaiting: false)
                continue
            }
            let socket = TCPSocket(descriptor: descriptor)
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
            if Glibc.connect(descriptor, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0 { return socket }
            guard errno == EINPROGRESS else {
                lastError = .connect(Self.errorText(), afterWaiting: false)
                continue
            }
            do {
                try socket.wait(for: Int16(POLLOUT), until: deadline)
            } catch {
                lastError = error
                continue
            }
            var soError: Int32 = 0
            var length = socklen_t(MemoryLayout<Int32>.size)
            getsockopt(descriptor, SOL_SOCKET, SO_ERROR, &soError, &length)
            if soError == 0 { return socket }
            lastError = .connect(String(cString: strerror(soError)), afterWaiting: true)
        }
        throw lastError
    }

    /// Writes all of `bytes` before `deadline`.
    public func write(_ bytes: [UInt8], until deadline: Date) throws(Failure) {
        var offset = 0
        while offset < bytes.count {
            try wait(for: Int16(POLLOUT), until: deadline)
            let sent = bytes[offset...].withUnsafeBytes {
                Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            if sent < 0 {
                if errno == EAGAIN || errno == EINTR { continue }
                throw .io(Self.errorText())
            }
            offset += sent
        }
    }

    /// Reads some bytes before `deadline`; an empty result means the peer closed the connection.
    public func read(until deadline: Date) throws(Failure) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: 16384)
        while true {
            try wait(for: Int16(POLLIN), until: deadline)
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count >= 0 { return Array(buffer[0..<count]) }
            if errno == EAGAIN || errno == EINTR { continue }
            throw .io(Self.errorText())
        }
    }

    /// Makes the descriptor blocking, each send and receive limited to `timeLimit` seconds.
    public func useBlockingIO(timeLimit: Double) {
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        var limit = timeval(tv_sec: Int(timeLimit), tv_usec: Int((timeLimit - Double(Int(timeLimit))) * 1_000_000))
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Sends all of `bytes` in one call (after ``useBlockingIO(timeLimit:)``); false on failure.
    public func send(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return true }
            return Glibc.send(descriptor, base, buffer.count, Int32(MSG_NOSIGNAL)) == buffer.count
        }
    }

    /// Receives one byte (after ``useBlockingIO(timeLimit:)``), or nil on timeout, close or error.
    public func receiveByte() -> UInt8? {
        var byte: UInt8 = 0
        return recv(descriptor, &byte, 1, 0) == 1 ? byte : nil
    }

    /// Polls for `events` until ready or `deadline`.
    private func wait(for events: Int16, until deadline: Date) throws(Failure) {
        while true {
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else { throw .timedOut }
            var entry = pollfd(fd: descriptor, events: events, revents: 0)
            let ready = poll(&entry, 1, Int32(max(1, (remaining * 1000).rounded(.up))))
            if ready > 0 { return }
            if ready < 0, errno != EINTR { throw .io(Self.errorText()) }
        }
    }

    private static func errorText() -> String {
        String(cString: strerror(errno))
    }
}
