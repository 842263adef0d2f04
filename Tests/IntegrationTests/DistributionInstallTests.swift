import Foundation
import Testing

/// scripts/install and scripts/uninstall into temporary prefixes. They install the
/// binary under test (DSQL_BINARY) rather than building a release, to stay fast.
@Suite("Install and uninstall")
struct DistributionInstallTests {
    /// What an install puts under the prefix.
    static let installed = [
        "bin/dsql",
        "share/man/man1/dsql.1",
        "share/bash-completion/completions/dsql",
        "share/zsh/site-functions/_dsql",
        "share/fish/vendor_completions.d/dsql.fish",
    ]

    @Test func installPutsEveryFileWhereTheShellsAndManLookForIt() throws {
        try Distribution.withTemporaryDirectory { home in
            let prefix = home + "/prefix"
            try Self.install(prefix: prefix, home: home)
            #expect(try Self.files(under: prefix) == Self.installed.sorted())
            // The shells find the command on PATH and its files through the prefix.
            let environment = Distribution.cleanEnvironment(
                home: home,
                [
                    "PATH": "\(prefix)/bin:/usr/bin:/bin", "XDG_DATA_DIRS": "\(prefix)/share",
                ])

            let version = try runProcess("/bin/sh", ["-c", "dsql --version"], environment: environment)
            #expect(version.stdout.hasPrefix("dsql "), "\(version.stderr)")

            let manual = try runProcess(
                "/usr/bin/man", ["-w", "dsql"],
                environment: environment.merging([
                    "MANPATH": "\(prefix)/share/man"
                ]) { $1 })
            #expect(manual.stdout == "\(prefix)/share/man/man1/dsql.1\n", "\(manual.stderr)")

            // bash-completion loads completions/dsql on first use of dsql.
            let bash = try Distribution.bashCompletions(
                ["dsql", "--sslmode", ""], script: "/usr/share/bash-completion/bash_completion",
                setup: "__load_completion dsql || exit 7", directory: home, environment: environment)
            #expect(bash == ["verify-full", "verify-ca", "require"])

            // zsh: the prefix's site-functions, which zsh's own fpath holds for /usr/local.
            let zshDefault = try runProcess("/usr/bin/zsh", ["-f", "-c", "print -l $fpath"], environment: environment)
            #expect(zshDefault.stdout.split(separator: "\n").contains("/usr/local/share/zsh/site-functions"))
            let zsh = try runProcess(
                "/usr/bin/zsh",
                [
                    "-f", "-c",
                    """
                    fpath=(\(prefix)/share/zsh/site-functions $fpath)
                    autoload -Uz compinit && compinit -u -d \(home)/zcompdump && print -r -- $_comps[dsql]
                    """,
                ], environment: environment)
            #expect(zsh.stdout == "_dsql\n", "\(zsh.stderr)")

            // fish: vendor completions from XDG_DATA_DIRS.
            let fish = try runProcess(
                "/usr/bin/fish",
                [
                    "-c",
                    """
                    complete -C 'dsql --sslmode '; complete -C 'dsql token --exp'
                    """,
                ], environment: environment)
            let offered = fish.stdout.split(separator: "\n").map { String($0.prefix { $0 != "\t" }) }
            #expect(offered == ["verify-full", "verify-ca", "require", "--expires-in"], "\(fish.stdout)\(fish.stderr)")
        }
    }

    @Test func destdirStagesTheSameFilesUnderThePrefix() throws {
        try Distribution.withTemporaryDirectory { home in
            try Self.install(prefix: "/usr/local", home: home, extra: ["DESTDIR": home + "/stage"])
            #expect(try Self.files(under: home + "/stage/usr/local") == Self.installed.sorted())
        }
    }

    @Test func uninstallRemovesExactlyWhatInstallPutInPlace() throws {
        try Distribution.withTemporaryDirectory { home in
            let prefix = home + "/prefix"
            try Self.install(prefix: prefix, home: home)
            FileManager.default.createFile(atPath: prefix + "/share/man/man1/psql.1", contents: Data())
            FileManager.default.createFile(atPath: prefix + "/bin/psql", contents: Data())
            let result = try runProcess(
                Distribution.path("scripts/uninstall"), [],
                environment: Distribution.cleanEnvironment(home: home, ["PREFIX": prefix]))
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try Self.files(under: prefix) == ["bin/psql", "share/man/man1/psql.1"])
        }
    }

    /// Runs scripts/install with PREFIX and the binary under test.
    static func install(prefix: String, home: String, extra: [String: String] = [:]) throws {
        let result = try runProcess(
            Distribution.path("scripts/install"), [],
            environment: Distribution.cleanEnvironment(
                home: home, ["PREFIX": prefix, "DSQL_BINARY": Binaries.dsql].merging(extra) { $1 }))
        guard result.status == 0 else { throw Distribution.ShellFailed(command: "scripts/install", output: result) }
    }

    /// The regular files under `root`, relative and sorted.
    static func files(under root: String) throws -> [String] {
        let enumerator = try #require(FileManager.default.enumerator(atPath: root))
        var files: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                files.append(path)
            }
        }
        return files.sorted()
    }
}
