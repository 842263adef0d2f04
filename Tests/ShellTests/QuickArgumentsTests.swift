import ArgumentParser
import TestSupport
import Testing

@testable import DSQLCLI

/// `QuickArguments` must agree with swift-argument-parser on every command line it accepts.
@Suite struct QuickArgumentsTests {
    /// swift-argument-parser's reading of `arguments`, or nil for an error or an exit request.
    private func reference(_ arguments: [String]) -> Invocation? {
        ((try? DSQLCommand.parseAsRoot(arguments)) as? DSQLCommand)?.invocation(arguments: arguments)
    }

    /// Checks the quick result matches the reference whenever there is one; returns whether the quick parser took it.
    @discardableResult
    private func checkAgreement(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        guard let quick = QuickArguments.parse(arguments) else { return false }
        guard let reference = reference(arguments) else {
            Issue.record(
                "quick parser accepted \(arguments), swift-argument-parser refused", sourceLocation: sourceLocation)
            return true
        }
        #expect(quick == reference, "\(arguments)", sourceLocation: sourceLocation)
        return true
    }

    @Test(
        "the usual command lines take the quick path and read as swift-argument-parser reads them",
        arguments: [
            [],
            [
                "-X", "-h", "abc.dsql.us-east-1.on.aws", "--hostaddr", "127.0.0.1", "-p", "54329", "--sslrootcert",
                "/tmp/ca.crt",
                "--no-iam", "-U", "admin", "-d", "postgres", "-c", "select 1",
            ],
            ["cluster.dsql.us-east-1.on.aws", "--csv", "-c", "select * from t"],
            ["--json", "-c", "select 1", "-f", "a.sql", "-c", "select 2", "-v", "ON_ERROR_STOP=1", "-v", "X=y"],
            ["-qAt", "-F", ",", "-R", ";", "-o", "out.txt", "--pset=border=2", "-P", "null=(null)"],
            [
                "--host=h", "--port=5432", "--username=u", "--dbname=d", "--sslmode=require", "--region=eu-west-1",
                "--profile=p", "--token-expires-in=60", "--connection-max-age=off", "-1", "-n", "-z", "-0", "-x", "-e",
                "-a", "-b", "-E",
            ],
            [
                "--user", "v", "--set", "A=1", "--variable", "B=2", "--command", "select 3", "--file", "f.sql",
                "--no-rc", "--no-readline",
            ],
            ["-V"],
            [
                "--single-transaction", "--quiet", "--echo-all", "--echo-queries", "--echo-errors", "--echo-hidden",
                "--no-align",
                "--tuples-only", "--expanded", "--field-separator-zero", "--record-separator-zero", "--no-psqlrc",
            ],
        ])
    func usualLines(_ arguments: [String]) {
        #expect(checkAgreement(arguments), "the quick parser refused \(arguments)")
    }

    @Test(
        "unusual command lines are left to swift-argument-parser",
        arguments: [
            ["-?"], ["--help"], ["--"], ["-c"], ["-c", "-1"], ["-f", "-"], ["-h", ""], ["a", "b"], [""], ["-"],
            ["-cselect 1"], ["-Ac", "x"], ["--quiet=yes"], ["-q", "-q"], ["-h", "a", "-h", "b"], ["--nonsense"],
            ["--token-expires-in", "0"], ["--token-expires-in", "604801"], ["--token-expires-in", "ten"], ["-qq"],
            ["doctor"], ["--version", "--version"],
        ])
    func unusualLines(_ arguments: [String]) {
        // "doctor" is dispatched before parsing; here it is just a one-word endpoint.
        if arguments == ["doctor"] {
            #expect(checkAgreement(arguments))
            return
        }
        #expect(QuickArguments.parse(arguments) == nil, "\(arguments)")
    }

    @Test("random command lines: whatever the quick parser accepts, swift-argument-parser reads the same")
    func randomLines() {
        var random = SplitMix(seed: 0x5EED_D5C1)
        let names = QuickOption.byName.keys.sorted()
        let extras = [
            "-?", "--help", "--", "-qAt", "-Ac", "-cx", "--host=", "--quiet=1", "--token-expires-in=0",
            "--token-expires-in=77", "--host=-x", "--pset=a=b", "endpoint", "other", "-zz", "--nonsense", "-", "",
        ]
        let values = [
            "x", "select 1", "a=b", "", "-", "-1", "--json", "é", "5", "0", "900", "604801", "two words", "=", "off",
        ]
        var accepted = 0
        for _ in 0..<1000 {
            var arguments: [String] = []
            for _ in 0..<Int(random.next() % 7) {
                let roll = random.next() % 10
                if roll < 6 {
                    arguments.append(names[Int(random.next() % UInt64(names.count))])
                } else if roll < 8 {
                    arguments.append(values[Int(random.next() % UInt64(values.count))])
                } else {
                    arguments.append(extras[Int(random.next() % UInt64(extras.count))])
                }
            }
            if checkAgreement(arguments) { accepted += 1 }
        }
        // The generator must exercise the quick path, not only the fallback.
        #expect(accepted > 100, "only \(accepted) of 1000 random lines took the quick path")
    }
}
