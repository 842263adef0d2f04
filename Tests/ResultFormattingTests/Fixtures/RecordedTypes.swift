import Testing

@testable import ResultFormatting

/// A column as the server described it when the fixture was recorded.
struct RecordedColumn: Sendable {
    let name: String
    let typeOID: UInt32
}

/// A query, and the result the server returned for it (via libpq, byte for byte).
struct RecordedQuery: Sendable {
    let name: String
    let sql: String
    let columns: [RecordedColumn]
    let rows: [[String?]]

    /// The result as the formatters see it.
    var table: MemoryTable {
        MemoryTable(columns: columns.map { Column(name: $0.name, typeOID: $0.typeOID) }, rows: rows)
    }
}

/// One `\pset name value` the recorder ran before the query.
struct RecordedPset: Sendable {
    let name: String
    let value: String?
}

/// A named list of `\pset` commands.
struct RecordedOptionSet: Sendable {
    let name: String
    let psets: [RecordedPset]

    /// The options that the same `\pset` commands produce in dsql.
    func options() throws -> PrintOptions {
        var options = PrintOptions()
        for pset in psets {
            options = try options.applyingPset(pset.name, pset.value).options
        }
        return options
    }
}

/// One recorded psql run: which query, which options, and what psql printed.
struct RecordedCase: Sendable, CustomTestStringConvertible {
    let query: RecordedQuery
    let optionSet: RecordedOptionSet
    let expected: String

    var testDescription: String { "\(query.name)/\(optionSet.name)" }

    /// Every recorded output, paired with its query and options.
    static var all: [RecordedCase] {
        RecordedFixtures.queries.flatMap { query in
            RecordedFixtures.optionSets.compactMap { optionSet in
                RecordedFixtures.outputs["\(query.name)/\(optionSet.name)"].map {
                    RecordedCase(query: query, optionSet: optionSet, expected: $0)
                }
            }
        }
    }
}

/// Test access to fixtures by name.
extension RecordedFixtures {
    static func query(_ name: String) -> RecordedQuery? {
        queries.first { $0.name == name }
    }
}

/// `\pset` commands run in one psql from its defaults, and everything psql printed.
struct RecordedPsetProbe: Sendable, CustomTestStringConvertible {
    let psets: [RecordedPset]
    let output: String

    var testDescription: String {
        psets.map { "\\pset \($0.name)" + ($0.value.map { " '\($0)'" } ?? "") }.joined(separator: "; ")
    }
}
