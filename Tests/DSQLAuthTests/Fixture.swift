import Foundation

/// Paths of test fixtures, found next to this file (Package.swift declares no resources).
enum Fixture {
    /// The directory holding this test target's sources.
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    /// The contents of `Fixtures/<name>`.
    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: testsDirectory.appendingPathComponent("Fixtures").appendingPathComponent(name))
    }
}
