import CLibPQ
import Glibc

/// Results built in memory with libpq's own result-building functions, which need no
/// connection: what an in-memory server answers with, read exactly as a server's result is.
extension QueryResult {
    /// A column of a result built in memory.
    public struct ColumnDescription: Sendable, Equatable {
        public var name: String
        /// The type's OID (25 is `text`, 23 `int4`).
        public var typeOID: UInt32
        /// The type modifier, -1 when there is none.
        public var typeModifier: Int

        public init(name: String, typeOID: UInt32 = 25, typeModifier: Int = -1) {
            self.name = name
            self.typeOID = typeOID
            self.typeModifier = typeModifier
        }
    }

    /// A result with rows (`columns` and `rows`, nil for NULL) and the command tag
    /// `commandTag`, e.g. `SELECT 2`; with no columns, a command result such as `INSERT 0 1`.
    /// The corresponding libpq functions are `PQmakeEmptyPGresult`, `PQsetResultAttrs` and `PQsetvalue`.
    public convenience init(columns: [ColumnDescription], rows: [[String?]], commandTag: String) {
        let status = columns.isEmpty ? PGRES_COMMAND_OK : PGRES_TUPLES_OK
        guard let handle = PQmakeEmptyPGresult(nil, status) else { fatalError("out of memory building a result") }
        if !columns.isEmpty {
            let names = columns.map { strdup($0.name) }
            defer { names.forEach { free($0) } }
            var descriptions = zip(columns, names).map { column, name in
                PGresAttDesc(
                    name: name, tableid: 0, columnid: 0, format: 0, typid: Oid(column.typeOID), typlen: -1,
                    atttypmod: Int32(column.typeModifier))
            }
            guard PQsetResultAttrs(handle, Int32(columns.count), &descriptions) == 1 else {
                fatalError("libpq refused a result's columns")
            }
        }
        for (rowNumber, row) in rows.enumerated() {
            precondition(
                row.count == columns.count, "row \(rowNumber) has \(row.count) cells for \(columns.count) columns")
            for (column, cell) in row.enumerated() {
                // PQsetvalue copies the bytes; a nil value makes the cell NULL.
                let stored: Int32
                if let cell {
                    stored = cell.withCString {
                        PQsetvalue(
                            handle, Int32(rowNumber), Int32(column), UnsafeMutablePointer(mutating: $0),
                            Int32(strlen($0)))
                    }
                } else {
                    stored = PQsetvalue(handle, Int32(rowNumber), Int32(column), nil, -1)
                }
                guard stored == 1 else { fatalError("libpq refused a result's cell") }
            }
        }
        self.init(handle: handle, status: columns.isEmpty ? .command : .tuples, builtTag: commandTag)
    }

    /// A failed statement's result carrying `error`, as the server reports one.
    public convenience init(error: ServerError) {
        guard let handle = PQmakeEmptyPGresult(nil, PGRES_FATAL_ERROR) else {
            fatalError("out of memory building a result")
        }
        self.init(handle: handle, status: .error(error), builtTag: "")
    }

    /// The result of a COPY the server starts: `copyIn` for FROM STDIN, else TO STDOUT.
    public convenience init(copyIn: Bool) {
        guard let handle = PQmakeEmptyPGresult(nil, copyIn ? PGRES_COPY_IN : PGRES_COPY_OUT) else {
            fatalError("out of memory building a result")
        }
        self.init(handle: handle, status: copyIn ? .copyIn : .copyOut, builtTag: "")
    }

    /// The row count in a command tag as libpq's `PQcmdTuples` reads it: the last field of
    /// an INSERT, UPDATE, DELETE, MERGE, SELECT, MOVE, FETCH or COPY tag.
    static func affectedRows(inTag tag: String) -> Int? {
        let fields = tag.split(separator: " ")
        guard let command = fields.first, fields.count >= 2,
            ["INSERT", "UPDATE", "DELETE", "MERGE", "SELECT", "MOVE", "FETCH", "COPY"].contains(command),
            let last = fields.last, last.allSatisfy(\.isASCII), let count = Int(last), count >= 0
        else { return nil }
        return count
    }
}
