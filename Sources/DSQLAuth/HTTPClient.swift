import FoundationEssentials
import SystemSupport

/// A tiny HTTP/1.1 client over POSIX sockets for the credential endpoints (plain http only).
struct HTTPClient: Sendable {
    /// A response: status, lowercase header names, body.
    struct Response: Sendable {
        let status: Int
        let headers: [String: String]
        let body: [UInt8]
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// Seconds allowed to connect, and then to receive the whole response.
    let connectTimeout: Double
    let readTimeout: Double

    /// Sends `method` to `url` with `headers` and returns the response.
    func send(_ method: String, _ url: HTTPURL, headers: [(String, String)] = []) throws(HTTPFailure) -> Response {
        let socket: TCPSocket
        do {
            socket = try TCPSocket.connect(host: url.host, port: Int(url.port), timeout: connectTimeout)
        } catch {
            throw HTTPFailure(connecting: error, host: url.host, port: Int(url.port))
        }
        let hostHeader = url.host.contains(":") ? "[\(url.host)]:\(url.port)" : "\(url.host):\(url.port)"
        var request =
            "\(method) \(url.path) HTTP/1.1\r\nHost: \(hostHeader)\r\nUser-Agent: dsql\r\n"
            + "Accept: */*\r\nConnection: close\r\n"
        if method == "PUT" || method == "POST" { request += "Content-Length: 0\r\n" }
        for (name, value) in headers { request += "\(name): \(value)\r\n" }
        request += "\r\n"
        let deadline = Date().addingTimeInterval(readTimeout)
        do {
            try socket.write(Array(request.utf8), until: deadline)
        } catch {
            throw HTTPFailure(error, doing: "sending the request")
        }
        var received: [UInt8] = []
        while true {
            if let response = try Self.parse(received, complete: false) { return response }
            let chunk: [UInt8]
            do {
                chunk = try socket.read(until: deadline)
            } catch {
                throw HTTPFailure(error, doing: "waiting for the response")
            }
            if chunk.isEmpty { break }
            received += chunk
            guard received.count < 1 << 20 else { throw .io("response larger than 1 MiB") }
        }
        guard let response = try Self.parse(received, complete: true) else {
            throw .io("connection closed before a complete response")
        }
        return response
    }

    /// A response from `bytes`, or nil if more bytes are needed (`complete`: the peer closed).
    static func parse(_ bytes: [UInt8], complete: Bool) throws(HTTPFailure) -> Response? {
        let separator: [UInt8] = [13, 10, 13, 10]
        guard let headerEnd = bytes.firstRange(of: separator) else {
            if complete { throw .io("malformed HTTP response") }
            return nil
        }
        let head = String(decoding: bytes[..<headerEnd.lowerBound], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst().split(separator: " ")
        guard statusLine.count >= 2, statusLine[0].hasPrefix("HTTP/1."), let status = Int(statusLine[1]) else {
            throw .io("malformed HTTP status line")
        }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = String(line[line.index(after: colon)...]).trimmingWhitespace
        }
        let body = Array(bytes[headerEnd.upperBound...])
        if headers["transfer-encoding"]?.lowercased().contains("chunked") == true {
            guard let decoded = dechunk(body) else {
                if complete { throw .io("truncated chunked body") }
                return nil
            }
            return Response(status: status, headers: headers, body: decoded)
        }
        if let lengthText = headers["content-length"], let length = Int(lengthText) {
            if body.count >= length {
                return Response(status: status, headers: headers, body: Array(body.prefix(length)))
            }
            if complete { throw .io("truncated body") }
            return nil
        }
        return complete ? Response(status: status, headers: headers, body: body) : nil
    }

    /// The decoded body of a complete chunked encoding, or nil if incomplete.
    private static func dechunk(_ body: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        var index = 0
        while true {
            guard let lineEnd = body[index...].firstRange(of: [13, 10]) else { return nil }
            let sizeText =
                String(decoding: body[index..<lineEnd.lowerBound], as: UTF8.self)
                .split(separator: ";").first.map(String.init) ?? ""
            guard let size = Int(sizeText.trimmingWhitespace, radix: 16) else { return nil }
            index = lineEnd.upperBound
            if size == 0 { return out }
            guard index + size + 2 <= body.count else { return nil }
            out += body[index..<(index + size)]
            index += size + 2
        }
    }
}
