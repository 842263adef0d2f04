/// A parsed `http://host[:port]/path` URL (plain http only).
struct HTTPURL: Sendable, Equatable, CustomStringConvertible {
    let host: String
    let port: UInt16
    let path: String

    /// Parses `text`; nil unless it is an http URL with a host.
    init?(_ text: String) {
        guard text.lowercased().hasPrefix("http://") else { return nil }
        let rest = text.dropFirst("http://".count)
        let authority = rest.prefix { $0 != "/" && $0 != "?" }
        var path = String(rest.dropFirst(authority.count))
        if path.isEmpty { path = "/" }
        if path.hasPrefix("?") { path = "/" + path }
        var host: Substring
        var portText: Substring?
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return nil }
            host = authority[authority.index(after: authority.startIndex)..<close]
            let after = authority[authority.index(after: close)...]
            if after.hasPrefix(":") { portText = after.dropFirst() } else if !after.isEmpty { return nil }
        } else if let colon = authority.lastIndex(of: ":") {
            host = authority[..<colon]
            portText = authority[authority.index(after: colon)...]
        } else {
            host = authority
        }
        if host.contains("@") { return nil }
        guard !host.isEmpty else { return nil }
        var port: UInt16 = 80
        if let portText {
            guard let value = UInt16(portText) else { return nil }
            port = value
        }
        self.host = String(host)
        self.port = port
        self.path = path
    }

    /// The URL with `path` replaced.
    func with(path: String) -> HTTPURL {
        HTTPURL(host: host, port: port, path: path)
    }

    private init(host: String, port: UInt16, path: String) {
        self.host = host
        self.port = port
        self.path = path
    }

    var description: String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "http://\(shownHost)\(port == 80 ? "" : ":\(port)")\(path)"
    }
}
