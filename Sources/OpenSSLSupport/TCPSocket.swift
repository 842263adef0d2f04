import Glibc

/// A connected TCP socket with send/receive time limits, owning its descriptor.
final class TCPSocket {
    let descriptor: Int32

    private init(descriptor: Int32) { self.descriptor = descriptor }

    deinit { close(descriptor) }

    /// Connects to `address` (numeric) or, without it, to `host` resolved by getaddrinfo.
    static func connect(host: String, address: String?, port: Int, timeout: Double) throws(TLSProbeError) -> TCPSocket {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = address == nil ? 0 : AI_NUMERICHOST
        var list: UnsafeMutablePointer<addrinfo>?
        let target = address ?? host
        let status = getaddrinfo(target, String(port), &hints, &list)
        guard status == 0, let first = list else {
            throw .resolve("could not resolve \"\(target)\": \(String(cString: gai_strerror(status)))")
        }
        defer { freeaddrinfo(first) }
        var lastError = "no addresses"
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let current = entry {
            entry = current.pointee.ai_next
            let descriptor = socket(current.pointee.ai_family, current.pointee.ai_socktype, current.pointee.ai_protocol)
            guard descriptor >= 0 else { lastError = errorText(); continue }
            let socket = TCPSocket(descriptor: descriptor)
            if let failure = socket.connect(to: current.pointee.ai_addr, length: current.pointee.ai_addrlen, timeout: timeout) {
                lastError = failure
                continue
            }
            socket.setTimeouts(timeout)
            return socket
        }
        throw .tcp("could not connect to \(target) port \(port): \(lastError)")
    }

    /// Connects without blocking longer than `timeout`; returns an error text or nil.
    private func connect(to address: UnsafeMutablePointer<sockaddr>?, length: socklen_t, timeout: Double) -> String? {
        let flags = fcntl(descriptor, F_GETFL, 0)
        _ = fcntl(descriptor, F_SETFL, flags | O_NONBLOCK)
        defer { _ = fcntl(descriptor, F_SETFL, flags) }
        if Glibc.connect(descriptor, address, length) == 0 { return nil }
        guard errno == EINPROGRESS else { return errorText() }
        var poller = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
        let ready = poll(&poller, 1, Int32(timeout * 1000))
        if ready == 0 { return "timed out after \(timeout) s" }
        var code: Int32 = 0
        var size = socklen_t(MemoryLayout<Int32>.size)
        getsockopt(descriptor, SOL_SOCKET, SO_ERROR, &code, &size)
        return code == 0 ? nil : String(cString: strerror(code))
    }

    private func setTimeouts(_ seconds: Double) {
        var limit = timeval(tv_sec: Int(seconds), tv_usec: Int((seconds - Double(Int(seconds))) * 1_000_000))
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Sends all of `bytes`; false on failure.
    func send(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return true }
            return Glibc.send(descriptor, base, buffer.count, Int32(MSG_NOSIGNAL)) == buffer.count
        }
    }

    /// Receives one byte, or nil on timeout, close or error.
    func receiveByte() -> UInt8? {
        var byte: UInt8 = 0
        return recv(descriptor, &byte, 1, 0) == 1 ? byte : nil
    }
}

private func errorText() -> String { String(cString: strerror(errno)) }
