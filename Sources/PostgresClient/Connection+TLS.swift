import CLibPQ
import Glibc
import OpenSSLSupport

extension Connection {
    /// The certificate the server presented on this connection, nil without TLS.
    /// The corresponding functions are `PQsslStruct` and `SSL_get1_peer_certificate`.
    public func peerCertificate() -> Certificate? {
        guard let ssl = PQsslStruct(handle, "OpenSSL") else { return nil }
        return Certificate.peerCertificate(ofSSL: ssl)
    }

    /// The server's host as libpq reports it. The corresponding libpq function is `PQhost`.
    public var host: String { PQhost(handle).map { String(cString: $0) } ?? "" }

    /// The address libpq connected to, when a numeric one was given. The corresponding libpq function is `PQhostaddr`.
    public var hostAddress: String? {
        PQhostaddr(handle).map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The port libpq connected to. The corresponding libpq function is `PQport`.
    public var port: String { PQport(handle).map { String(cString: $0) } ?? "" }

    /// The role this connection authenticated as. The corresponding libpq function is `PQuser`.
    public var user: String { PQuser(handle).map { String(cString: $0) } ?? "" }

    /// The database this connection uses. The corresponding libpq function is `PQdb`.
    public var database: String { PQdb(handle).map { String(cString: $0) } ?? "" }
}

extension Connection {
    /// Whether the server has closed this idle connection (e.g. DSQL's 60-minute cut or
    /// `pg_terminate_backend`): reads whatever is pending without blocking.
    /// The corresponding libpq functions are `PQsocket`, `PQconsumeInput` and `PQstatus`.
    public func serverHasHungUp() -> Bool {
        // A terminated backend sends an error and then closes; over TLS the two can
        // arrive in separate reads, so read while anything is pending.
        for _ in 0..<8 {
            guard PQstatus(handle) == CONNECTION_OK else { return true }
            var poller = pollfd(fd: PQsocket(handle), events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 0) > 0 else { return false }
            if PQconsumeInput(handle) == 0 { return true }
        }
        return PQstatus(handle) != CONNECTION_OK
    }
}

extension Connection {
    /// The client encoding's name, e.g. `UTF8`, as psql's ENCODING shows it.
    /// The corresponding libpq functions are `PQclientEncoding` and `pg_encoding_to_char`.
    public var clientEncodingName: String {
        let encoding = PQclientEncoding(handle)
        guard encoding >= 0 else { return "" }
        return String(cString: pg_encoding_to_char(encoding))
    }

    /// libpq's number for the client encoding, cheap to compare after every query.
    /// The corresponding libpq function is `PQclientEncoding`.
    public var clientEncodingID: Int { Int(PQclientEncoding(handle)) }
}
