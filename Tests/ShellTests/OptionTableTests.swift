import ArgumentParser
import Foundation
import Shell
import Testing

@testable import DSQLCLI

/// `OptionTable` is the one definition of `dsql`'s options: swift-argument-parser's
/// declarations (and so `--help`, the completions and the man page) and the quick
/// parser must say what it says, option by option.
@Suite struct OptionTableTests {
    /// swift-argument-parser's description of `dsql`'s options, in declaration order,
    /// without the positional endpoint and its own help flag.
    private func dumpedOptions() throws -> [[String: Any]] {
        let data = Data(DSQLCommand._dumpHelp().utf8)
        let tree = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let command = try #require(tree["command"] as? [String: Any])
        let definitions = try #require(command["arguments"] as? [[String: Any]])
        return definitions.filter { definition in
            definition["kind"] as? String != "positional" && spellings(of: definition) != ["-?", "--help"]
        }
    }

    /// The spellings of a dumped option, as typed (`-h`, `--host`).
    private func spellings(of definition: [String: Any]) -> [String] {
        (definition["names"] as? [[String: Any]] ?? []).compactMap { name in
            guard let kind = name["kind"] as? String, let text = name["name"] as? String else { return nil }
            return kind == "short" ? "-\(text)" : "--\(text)"
        }
    }

    /// The completion as the dump encodes it, nil for the shell's default.
    private func dumpedCompletion(_ completion: CommandLineOption.Completion) -> NSDictionary? {
        switch completion {
        case .none: nil
        case .file: ["file": ["extensions": [String]()]]
        case .choices(let words): ["list": ["values": words]]
        case .awsProfiles: ["custom": [String: String]()]
        }
    }

    @Test("swift-argument-parser declares every option of the table in its order, names, arity, help and completion")
    func declarationsFollowTheTable() throws {
        let dumped = try dumpedOptions()
        try #require(
            dumped.count == OptionTable.all.count,
            "declared \(dumped.map(spellings)), table \(OptionTable.all.map(\.names))")
        for (option, definition) in zip(OptionTable.all, dumped) {
            let names = spellings(of: definition)
            #expect(names == option.names)
            #expect(definition["kind"] as? String == (option.takesValue ? "option" : "flag"), "\(names)")
            #expect(definition["isRepeating"] as? Bool == option.isRepeatable, "\(names)")
            #expect(definition["abstract"] as? String == option.help, "\(names)")
            if option.takesValue {
                #expect(definition["valueName"] as? String == option.valueName, "\(names)")
            }
            #expect(definition["completionKind"] as? NSDictionary == dumpedCompletion(option.completion), "\(names)")
        }
    }

    @Test("each group of the table is one --help heading, and the version flag has none")
    func groupsAreHeadings() throws {
        let dumped = try dumpedOptions()
        var titles: [String] = []
        var position = 0
        for group in [OptionTable.connection, OptionTable.tls, OptionTable.iam, OptionTable.input, OptionTable.output] {
            let groupTitles = Set(dumped[position..<position + group.count].map { $0["sectionTitle"] as? String })
            #expect(groupTitles.count == 1 && groupTitles.first != nil, "\(group.map(\.names)): \(groupTitles)")
            titles += groupTitles.compactMap { $0 }
            position += group.count
        }
        #expect(Set(titles).count == titles.count, "two groups share a heading: \(titles)")
        #expect(dumped[position...].allSatisfy { $0["sectionTitle"] == nil })
        #expect(position + 1 == OptionTable.all.count)
    }

    /// A command line that gives `option` by `name`, with values where it takes them.
    private func commandLine(_ option: CommandLineOption, spelled name: String) -> [String] {
        switch option.target {
        case .flag: [name]
        case .text: [name, "x"]
        case .integer(_, let valid): [name, String(valid.upperBound)]
        case .list: [name, "a", name, "b"]
        }
    }

    @Test("every spelling of every option takes the quick path and reads as swift-argument-parser reads it")
    func quickParserReadsEveryOption() throws {
        for option in OptionTable.all {
            for name in option.names {
                let arguments = commandLine(option, spelled: name)
                let quick = QuickArguments.parse(arguments)
                let parsed = try? DSQLCommand.parseAsRoot(arguments) as? DSQLCommand
                let reference = parsed?.invocation(arguments: arguments)
                #expect(quick != nil, "\(arguments)")
                #expect(quick == reference, "\(arguments)")
                #expect(quick != Invocation(), "\(arguments) changed nothing")
            }
        }
    }

    @Test("no two options of the table set the same thing")
    func targetsAreDistinct() {
        let readings = OptionTable.all.map { QuickArguments.parse(commandLine($0, spelled: $0.names[0])) }
        for (first, firstReading) in readings.enumerated() {
            for second in readings.indices where second > first {
                let names = (OptionTable.all[first].names, OptionTable.all[second].names)
                #expect(firstReading != readings[second], "\(names.0) and \(names.1)")
            }
        }
    }

    @Test(
        "swift-argument-parser's reading keeps -c and -f in command-line order, as the quick parser does",
        arguments: [
            (
                ["-c", "a", "-f", "b", "--command", "c", "--file=d", "-c", "e"],
                [RunStep.command("a"), .file("b"), .command("c"), .file("d"), .command("e")]
            ),
            (["-f", "-", "-c", "x", "--file=y", "-c", "z"], [.file("-"), .command("x"), .file("y"), .command("z")]),
            (["-f", "a", "-v", "x=y", "-c", "b", "--", "endpoint"], [.file("a"), .command("b")]),
        ])
    func stepOrder(_ arguments: [String], steps: [RunStep]) throws {
        let parsed = try #require(try DSQLCommand.parseAsRoot(arguments) as? DSQLCommand)
        #expect(parsed.invocation(arguments: arguments).steps == steps)
        if let quick = QuickArguments.parse(arguments) { #expect(quick.steps == steps) }
    }
}
