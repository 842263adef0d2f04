import CLibPQ

extension Connection {
    /// Imports a client file as a new large object; its OID, or nil (see ``errorMessage``).
    /// The corresponding libpq function is `lo_import`.
    public func importLargeObject(from path: String) -> UInt32? {
        let oid = path.withCString { lo_import(handle, $0) }
        return oid == 0 ? nil : UInt32(oid)
    }

    /// Writes a large object to a client file; false on failure (see ``errorMessage``).
    /// The corresponding libpq function is `lo_export`.
    public func exportLargeObject(_ oid: UInt32, to path: String) -> Bool {
        path.withCString { lo_export(handle, Oid(oid), $0) } == 1
    }

    /// Deletes a large object; false on failure (see ``errorMessage``).
    /// The corresponding libpq function is `lo_unlink`.
    public func unlinkLargeObject(_ oid: UInt32) -> Bool {
        lo_unlink(handle, Oid(oid)) != -1
    }
}
