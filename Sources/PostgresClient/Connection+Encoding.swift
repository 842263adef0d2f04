import CLibPQ

extension Connection {
    /// The client encoding's name, e.g. `UTF8`.
    /// The corresponding libpq functions are `PQclientEncoding` and `pg_encoding_to_char`.
    public var clientEncoding: String {
        String(cString: pg_encoding_to_char(PQclientEncoding(handle)))
    }

    /// Sets the client encoding; false when the server knows no such encoding or conversion.
    /// The corresponding libpq function is `PQsetClientEncoding`.
    public func setClientEncoding(_ name: String) -> Bool {
        name.withCString { PQsetClientEncoding(handle, $0) } == 0
    }
}
