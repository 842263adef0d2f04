import Foundation
import Testing

@Suite("The man page")
struct DistributionManualTests {
    static let page = Distribution.path("man/dsql.1")

    @Test func rendersWithoutWarnings() throws {
        let environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "MANWIDTH": "80"]
        let groff = try runProcess("/usr/bin/groff", ["-man", "-ww", "-z", Self.page], environment: environment)
        #expect(groff.status == 0 && groff.stderr.isEmpty, "\(groff.stderr)")
        let man = try runProcess("/usr/bin/man", ["--warnings=all", "-l", Self.page], environment: environment)
        #expect(man.status == 0 && man.stderr.isEmpty, "\(man.stderr)")
        #expect(man.stdout.contains("dsql — A terminal SQL shell for Amazon Aurora DSQL"))
    }

    @Test func describesEveryOptionOfEveryCommand() throws {
        let text = try Self.source()
        var commands = [try DumpedCommand.load()]
        while let command = commands.popLast() {
            commands += command.subcommands ?? []
            for argument in command.arguments ?? [] where argument.shouldDisplay {
                for name in argument.names ?? [] {
                    let spelled = name.kind == "short" ? "Fl \(name.name)" : "-\(name.name)"
                    #expect(
                        text.contains(spelled),
                        "\(command.commandName): \(spelled) is missing: run scripts/generate-manual")
                }
                // scripts/generate-manual transliterates non-ASCII characters (`…` as `...`).
                let help = (argument.abstract ?? "").unicodeScalars.split { !$0.isASCII }.map {
                    String(String.UnicodeScalarView($0))
                }
                for part in help where !text.contains(part) {
                    Issue.record("\(command.commandName): help \"\(part)\" is missing: run scripts/generate-manual")
                }
            }
        }
    }

    @Test(arguments: ["TLS TRUST", "IAM CREDENTIALS", "ENVIRONMENT", "FILES", "EXIT STATUS", "EXAMPLES", "SEE ALSO"])
    func hasTheHandWrittenSection(title: String) throws {
        #expect(try Self.source().contains("\n.Sh \(title)\n"))
    }

    @Test func isDatedWithTheNewestReleaseWhoseVersionDsqlPrints() throws {
        let changelog = try Distribution.read(Distribution.path("CHANGELOG.md"))
        let release = try #require(
            changelog.split(separator: "\n").first { $0.hasPrefix("## [") && $0.contains("] - ") })
        let version = String(release.dropFirst(4).prefix { $0 != "]" })
        let date = String(release.split(separator: " ").last ?? "")
        let printed = try runProcess(Binaries.dsql, ["--version"], environment: [:])
        #expect(printed.stdout.hasPrefix("dsql \(version) (libpq "), "\(printed.stdout)")
        let parts = date.split(separator: "-").compactMap { Int($0) }
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December",
        ]
        try #require(parts.count == 3 && (1...12).contains(parts[1]))
        #expect(try Self.source().contains("\n.Dd \(months[parts[1] - 1]) \(parts[2]), \(parts[0])\n"))
    }

    /// The page's source with the generator's escapes undone, for searching.
    static func source() throws -> String {
        try Distribution.read(page).replacingOccurrences(of: "\\&", with: "").replacingOccurrences(
            of: "\\e", with: "\\")
    }
}
