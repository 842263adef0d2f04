/// Which optimistic-concurrency conflict Aurora DSQL reported with SQLSTATE 40001.
///
/// DSQL puts the code in the message: `OC000` "mutation conflicts with another
/// transaction, retry as needed", `OC001` "schema has been updated by another
/// transaction, please retry".
public enum ConflictCode: Equatable, Sendable {
    /// `OC000`: a row this transaction changed was changed by another one.
    case mutation
    /// `OC001`: the schema changed under the transaction.
    case schema
    /// Another `OCnnn` code.
    case other(String)
    /// No code in the message (plain PostgreSQL serialization failure).
    case unspecified

    /// Reads the code from a 40001 error's message.
    public init(message: String) {
        if let code = Self.firstCode(in: message) {
            switch code {
            case "OC000": self = .mutation
            case "OC001": self = .schema
            default: self = .other(code)
            }
        } else if message.contains("mutation conflicts with another transaction") {
            self = .mutation
        } else if message.contains("schema has been updated by another transaction") {
            self = .schema
        } else {
            self = .unspecified
        }
    }

    /// How the code is shown to the user: `OC000`, `OC001`, or `40001` when there is none.
    public var label: String {
        switch self {
        case .mutation: "OC000"
        case .schema: "OC001"
        case .other(let code): code
        case .unspecified: "40001"
        }
    }

    /// The first `OC` followed by three digits in the text.
    private static func firstCode(in text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 5 else { return nil }
        for start in 0...(scalars.count - 5)
        where scalars[start] == "O" && scalars[start + 1] == "C"
            && scalars[(start + 2)..<(start + 5)].allSatisfy({ ("0"..."9").contains($0) })
        {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<(start + 5)])
            return String(view)
        }
        return nil
    }
}
