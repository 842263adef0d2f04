import Foundation
import Testing

@Suite("Shell completion scripts")
struct DistributionCompletionTests {
    static let shells = ["bash", "zsh", "fish"]

    @Test(arguments: shells)
    func committedScriptIsWhatTheCommandDefinitionGenerates(shell: String) throws {
        let file = Distribution.path("completions/" + (Distribution.completionFiles[shell] ?? ""))
        let generated = try runProcess(Binaries.dsql, ["--generate-completion-script", shell], environment: [:])
        #expect(generated.status == 0, "\(generated.stderr)")
        let committed = try Distribution.read(file)
        #expect(
            committed == generated.stdout,
            "\(file) is out of date: run scripts/generate-completions and commit the result")
    }

    @Test(arguments: shells)
    func committedScriptPassesItsShellsSyntaxCheck(shell: String) throws {
        let file = Distribution.path("completions/" + (Distribution.completionFiles[shell] ?? ""))
        let check: [String] =
            switch shell {
            case "bash": ["/bin/bash", "-n", file]
            case "zsh": ["/usr/bin/zsh", "-n", file]
            default: ["/usr/bin/fish", "--no-execute", file]
            }
        let result = try runProcess(check[0], Array(check.dropFirst()), environment: ["PATH": "/usr/bin:/bin"])
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
    }

    @Test func bashCompletesTheSslmodeOptionFromItsPrefix() throws {
        try Distribution.withTemporaryDirectory { home in
            let offered = try Distribution.bashCompletions(
                ["dsql", "--sslm"], environment: Distribution.cleanEnvironment(home: home))
            #expect(offered == ["--sslmode"])
        }
    }

    @Test func bashCompletesTheThreeSslmodes() throws {
        try Distribution.withTemporaryDirectory { home in
            let environment = Distribution.cleanEnvironment(home: home)
            let all = try Distribution.bashCompletions(["dsql", "--sslmode", ""], environment: environment)
            let verifying = try Distribution.bashCompletions(
                ["dsql", "--sslmode", "verify-"], environment: environment)
            let doctor = try Distribution.bashCompletions(
                ["dsql", "doctor", "--sslmode", "r"], environment: environment)
            #expect(all == ["verify-full", "verify-ca", "require"])
            #expect(verifying == ["verify-full", "verify-ca"])
            #expect(doctor == ["require"])
        }
    }

    @Test(arguments: [["dsql"], ["dsql", "check"], ["dsql", "doctor"], ["dsql", "token"]])
    func bashOffersEveryOptionOfTheCommand(path: [String]) throws {
        var command = try DumpedCommand.load()
        for name in path.dropFirst() {
            command = try #require(command.subcommands?.first { $0.commandName == name })
        }
        try Distribution.withTemporaryDirectory { home in
            let offered = try Distribution.bashCompletions(
                path + ["-"], environment: Distribution.cleanEnvironment(home: home))
            #expect(Set(offered) == Set(command.optionSpellings), "\(offered)")
        }
    }

    @Test func bashOffersTheSubcommands() throws {
        try Distribution.withTemporaryDirectory { home in
            let offered = try Distribution.bashCompletions(
                ["dsql", ""], environment: Distribution.cleanEnvironment(home: home))
            #expect(offered == ["check", "doctor", "token", "help"])
        }
    }

    @Test(arguments: [["dsql", "--profile"], ["dsql", "doctor", "--profile"], ["dsql", "token", "--profile"]])
    func bashCompletesProfileNamesFromTheAWSFiles(words: [String]) throws {
        try Distribution.withTemporaryDirectory { home in
            let config = home + "/elsewhere-config"
            let credentials = home + "/elsewhere-credentials"
            try
                "[default]\nregion = us-east-1\n[profile dev]\nregion = us-west-2\n[sso-session corp]\nsso_region = us-east-1\n"
                .write(toFile: config, atomically: true, encoding: .utf8)
            try "[prod]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = secret\n[dev]\n"
                .write(toFile: credentials, atomically: true, encoding: .utf8)
            let environment = Distribution.cleanEnvironment(
                home: home,
                [
                    "AWS_CONFIG_FILE": config, "AWS_SHARED_CREDENTIALS_FILE": credentials,
                ])
            // The script runs the command as typed, here the binary under test.
            let typed = [Binaries.dsql] + words.dropFirst()
            let all = try Distribution.bashCompletions(typed + [""], environment: environment)
            let prefixed = try Distribution.bashCompletions(typed + ["d"], environment: environment)
            #expect(all == ["default", "dev", "prod"])
            #expect(prefixed == ["default", "dev"])
        }
    }

    @Test func bashCompletesProfilesFromTheDefaultFilesUnderHome() throws {
        try Distribution.withTemporaryDirectory { home in
            try FileManager.default.createDirectory(atPath: home + "/.aws", withIntermediateDirectories: true)
            try "[profile analytics]\n".write(toFile: home + "/.aws/config", atomically: true, encoding: .utf8)
            try "[ci]\n".write(toFile: home + "/.aws/credentials", atomically: true, encoding: .utf8)
            let offered = try Distribution.bashCompletions(
                [Binaries.dsql, "--profile", ""],
                environment: Distribution.cleanEnvironment(home: home))
            #expect(offered == ["analytics", "ci"])
        }
    }

    @Test func bashOffersNoProfilesFromAMalformedConfigFileAndSaysNothing() throws {
        try Distribution.withTemporaryDirectory { home in
            try "not an ini line\n[dev]\n".write(toFile: home + "/config", atomically: true, encoding: .utf8)
            let environment = Distribution.cleanEnvironment(home: home, ["AWS_CONFIG_FILE": home + "/config"])
            let offered = try Distribution.bashCompletions([Binaries.dsql, "--profile", ""], environment: environment)
            #expect(offered.isEmpty)
        }
    }

    @Test(arguments: [
        (["help"], "USAGE: dsql [<options>] [<endpoint>]"),
        (["help", "token"], "OVERVIEW: Print an IAM auth token"),
        (["help", "doctor"], "OVERVIEW: Check TLS trust"),
        (["help", "check"], "OVERVIEW: Check SQL scripts for statements Aurora DSQL refuses"),
    ])
    func helpSubcommandThatTheScriptsOfferPrintsHelp(arguments: [String], usage: String) throws {
        let result = try runProcess(Binaries.dsql, arguments, environment: [:])
        #expect(result.status == 0)
        #expect(result.stdout.contains(usage), "\(result.stdout)")
    }

    @Test(arguments: ["-f", "--file", "-o", "--output", "--sslrootcert"])
    func bashCompletesFileNamesForFileOptions(option: String) throws {
        try Distribution.withTemporaryDirectory { directory in
            for name in ["schema.sql", "seed.sql", "notes.txt"] {
                FileManager.default.createFile(atPath: directory + "/" + name, contents: Data())
            }
            let offered = try Distribution.bashCompletions(
                ["dsql", option, "s"], directory: directory,
                environment: Distribution.cleanEnvironment(home: directory))
            #expect(offered.sorted() == ["schema.sql", "seed.sql"])
        }
    }

    @Test func fileNamesThatLookLikeTheHelpFlagDoNotLeakIntoCompletions() throws {
        // `-?` is a file-name pattern to the shells: a file named `-j` (no option) must not replace it.
        try Distribution.withTemporaryDirectory { directory in
            FileManager.default.createFile(atPath: directory + "/-j", contents: Data())
            let offered = try Distribution.bashCompletions(
                ["dsql", "-"], directory: directory,
                environment: Distribution.cleanEnvironment(home: directory))
            #expect(offered.contains("-?"))
            #expect(!offered.contains("-j"))
        }
    }
}

@Suite("Shell completion scripts: subcommands and endpoints")
struct DistributionSubcommandCompletionTests {
    @Test func bashCompletesTokenOptionsAfterTheSubcommand() throws {
        try Distribution.withTemporaryDirectory { home in
            let offered = try Distribution.bashCompletions(
                ["dsql", "token", "--exp"], environment: Distribution.cleanEnvironment(home: home))
            #expect(offered == ["--expires-in"])
        }
    }

    @Test func bashCompletesOptionsAfterAnEndpoint() throws {
        try Distribution.withTemporaryDirectory { home in
            let environment = Distribution.cleanEnvironment(home: home)
            let options = try Distribution.bashCompletions(
                ["dsql", "abcdefghijklmnopqrstuvwxyz", "--sslm"], environment: environment)
            let modes = try Distribution.bashCompletions(
                ["dsql", "abcdefghijklmnopqrstuvwxyz", "--sslmode", "verify-f"],
                environment: environment)
            #expect(options == ["--sslmode"])
            #expect(modes == ["verify-full"])
        }
    }
}

/// zsh completes through its line editor, driven here in a zsh/zpty pseudo-terminal:
/// the test types the line and a TAB, then waits for what zsh inserts or lists.
@Suite("Shell completion scripts in zsh")
struct DistributionZshCompletionTests {
    @Test(arguments: [
        ("dsql --sslm", "*--sslmode *"),
        ("dsql token --exp", "*--expires-in *"),
        ("dsql --sslmode verify-c", "*verify-ca *"),
        ("dsql abcdefghijklmnopqrstuvwxyz --no-ia", "*--no-iam *"),
    ])
    func zshCompletes(line: String, expected: String) throws {
        try Distribution.withTemporaryDirectory { home in
            let functions = Distribution.path("completions")
            let driver = """
                zmodload zsh/zpty
                zpty z zsh -f -i
                zpty -w z "PS1='READY> '; fpath=(\(functions) \\$fpath); autoload -Uz compinit; compinit -u -d \(home)/zcompdump; setopt nobeep; print INIT-DONE"
                zpty -r z out '*INIT-DONE*'
                zpty -r z out '*READY> '
                zpty -w -n z \(Distribution.shellQuoted(line))$'\\t'
                zpty -r z out \(Distribution.shellQuoted(expected))
                print -r -- COMPLETED
                zpty -d z
                """
            let result = try runProcess(
                "/usr/bin/zsh", ["-f", "-c", driver],
                environment: Distribution.cleanEnvironment(home: home), timeout: 30)
            #expect(result.stdout.hasSuffix("COMPLETED\n"), "\(result.stdout)\(result.stderr)")
        }
    }
}
