import Foundation
import Testing

/// `\copy` against the local server, whose DSQL-shaped host name turns batching on.
@Suite("\\copy round trips and batched loads", .serialized)
struct CopyCommandTests {
    static let rows = 200_000

    static func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("desc-copy-\(UUID().uuidString)-\(name)").path
    }

    static func scalar(_ cluster: TestCluster, _ sql: String) throws -> String {
        try runPSQL(cluster, ["-At", "-c", sql]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test(arguments: ["with (format csv, header)", "", "csv header quote as '|'"])
    func twoHundredThousandRowsRoundTripIdentically(_ options: String) throws {
        let cluster = try TestCluster.current()
        let setUp = """
            drop table if exists desc_copy_src, desc_copy_dst;
            create table desc_copy_src (id int primary key, t text, u text, n numeric);
            create table desc_copy_dst (like desc_copy_src including all);
            insert into desc_copy_src select g,
                case when g % 7 = 0 then null when g % 13 = 0 then '' else 'say "hi", ' || g end,
                case when g % 11 = 0 then E'two\\nlines\\\\ and\\ttab' when g % 17 = 0 then E'\\\\.' else 'x|y' end,
                case when g % 5 = 0 then null else g / 3.0 end
            from generate_series(1, \(Self.rows)) g;
            """
        _ = try runPSQL(cluster, ["-q", "-c", setUp])
        defer { _ = try? runPSQL(cluster, ["-q", "-c", "drop table if exists desc_copy_src, desc_copy_dst"]) }
        let ours = Self.temporaryPath("ours")
        let theirs = Self.temporaryPath("theirs")
        defer {
            try? FileManager.default.removeItem(atPath: ours)
            try? FileManager.default.removeItem(atPath: theirs)
        }
        let source = "(select * from desc_copy_src order by id)"
        let out = try runDSQL(cluster, ["-c", "\\copy \(source) to '\(ours)' \(options)"])
        #expect(out.stdout == "COPY \(Self.rows)\n")
        _ = try runPSQL(cluster, ["-c", "\\copy \(source) to '\(theirs)' \(options)"])
        #expect(
            FileManager.default.contents(atPath: ours) == FileManager.default.contents(atPath: theirs),
            "file differs from psql's")
        let load = try runDSQL(cluster, ["-c", "\\copy desc_copy_dst from '\(ours)' \(options)"])
        #expect(load.stderr == "")
        #expect(load.stdout == "COPY \(Self.rows)\n")
        #expect(try Self.scalar(cluster, "select count(*) from desc_copy_dst") == "\(Self.rows)")
        #expect(
            try Self.scalar(
                cluster,
                "select count(*) from ((table desc_copy_src except all table desc_copy_dst) union all (table desc_copy_dst except all table desc_copy_src)) d"
            ) == "0")
        #expect(try Self.scalar(cluster, "select count(*) from desc_copy_dst where t is null") == "\(Self.rows / 7)")
    }

    @Test func interruptedBatchedLoadResumesToExactlyTheInput() throws {
        let cluster = try TestCluster.current()
        _ = try runPSQL(
            cluster,
            [
                "-q", "-c",
                "drop table if exists desc_copy_resume; create table desc_copy_resume (id int primary key, note text)",
            ])
        defer { _ = try? runPSQL(cluster, ["-q", "-c", "drop table if exists desc_copy_resume"]) }
        // 10,000 rows; every third row's note spans two lines; row 5,555 is bad.
        var lines = ["id,note"]
        for id in 1...10_000 {
            let note = id % 3 == 0 ? "\"first \(id)\nsecond\"" : "\"plain, \(id)\""
            let row = "\(id),\(note)"
            lines += row.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        let badLineIndex = try #require(lines.firstIndex(of: "5555,\"plain, 5555\""))
        var broken = lines
        broken[badLineIndex] = "oops,\"plain, 5555\""
        let input = Self.temporaryPath("broken.csv")
        let resume = Self.temporaryPath("resume.csv")
        defer {
            try? FileManager.default.removeItem(atPath: input)
            try? FileManager.default.removeItem(atPath: resume)
        }
        try (broken.joined(separator: "\n") + "\n").write(toFile: input, atomically: true, encoding: .utf8)

        let failed = try runDSQL(
            cluster,
            ["-v", "COPY_BATCH_ROWS=1000", "-c", "\\copy desc_copy_resume from '\(input)' with (format csv, header)"])
        #expect(failed.status == 1)
        // Rows 1…5,000 hold 5,000 + 1,666 lines after the header, so row 5,001 starts on line 6,668.
        let resumeLine = 1 + 5_000 + 5_000 / 3 + 1
        #expect(
            failed.stderr.contains(
                "\\copy: 5000 rows committed in 5 batches before the failure (the rejected row is at input line \(badLineIndex + 1)); resume from input line \(resumeLine), keeping the header line\n"
            ))
        #expect(try Self.scalar(cluster, "select count(*) from desc_copy_resume") == "5000")

        // Fix the row, then load the header and everything from the resume line on.
        try (([lines[0]] + lines[(resumeLine - 1)...]).joined(separator: "\n") + "\n").write(
            toFile: resume, atomically: true, encoding: .utf8)
        let resumed = try runDSQL(
            cluster,
            ["-v", "COPY_BATCH_ROWS=1000", "-c", "\\copy desc_copy_resume from '\(resume)' with (format csv, header)"])
        #expect(resumed.stderr == "")
        #expect(resumed.stdout == "COPY 5000\n")
        #expect(
            try Self.scalar(cluster, "select count(*), count(distinct id), min(id), max(id) from desc_copy_resume")
                == "10000|10000|1|10000")
        #expect(
            try Self.scalar(
                cluster,
                "select count(*) from desc_copy_resume where note <> case when id % 3 = 0 then 'first ' || id || E'\\nsecond' else 'plain, ' || id end"
            ) == "0")
    }

    @Test func copyFromStdinInAScriptReadsTheFollowingLines() throws {
        let cluster = try TestCluster.current()
        _ = try runPSQL(
            cluster, ["-q", "-c", "drop table if exists desc_copy_stdin; create table desc_copy_stdin (a int, b text)"])
        defer { _ = try? runPSQL(cluster, ["-q", "-c", "drop table if exists desc_copy_stdin"]) }
        let script =
            "\\copy desc_copy_stdin from stdin\n1\tone\n2\t\\N\n\\.\nselect count(*) as n, count(b) as b from desc_copy_stdin;\n"
        let output = try runDSQL(cluster, ["-f", "-"], stdin: script)
        #expect(output.stdout == "COPY 2\n n | b \n---+---\n 2 | 1\n(1 row)\n\n")
        _ = try runPSQL(cluster, ["-q", "-c", "truncate desc_copy_stdin"])
        let piped = try runDSQL(cluster, [], stdin: script)
        #expect(piped.stdout == output.stdout, "piped stdin is the script too")
    }

    @Test func messagesAndOutputMatchPsql() throws {
        let cluster = try TestCluster.current()
        let commands = [
            "create table desc_copy_diff (a int, b text)", "\\copy desc_copy_diff from stdin",
            "\\copy desc_copy_diff to stdout",
            "\\copy (select * from desc_copy_diff order by a) to stdout with csv header",
            "\\copy desc_copy_diff to pstdout",
            "\\copy desc_copy_diff from desc_no_such_file", "\\copy desc_no_such_table from stdin",
            "\\copy desc_copy_diff to stdout with (format bogus)", "\\copy (select bogus, 1) to stdout",
            "\\copy public.desc_copy_diff (a, bogus) to stdout", "drop table desc_copy_diff",
        ]
        let arguments = commands.flatMap { ["-c", $0] }
        let stdin = "1\tone\n2\t\\N\n3\t\"q\", x\n"
        let expected = normalisingProgramName(try runPSQL(cluster, arguments, stdin: stdin))
        let actual = try runDSQL(cluster, arguments, stdin: stdin)
        #expect(actual.stdout == expected.stdout)
        #expect(actual.stderr == expected.stderr)
        #expect(actual.status == expected.status)
    }

    @Test func aTerminalShowsRowsCommittedSoFar() throws {
        let cluster = try TestCluster.current()
        _ = try runPSQL(
            cluster, ["-q", "-c", "drop table if exists desc_copy_tty; create table desc_copy_tty (a int)"])
        defer { _ = try? runPSQL(cluster, ["-q", "-c", "drop table if exists desc_copy_tty"]) }
        let input = Self.temporaryPath("tty.txt")
        defer { try? FileManager.default.removeItem(atPath: input) }
        try ((1...1_000).map(String.init).joined(separator: "\n") + "\n").write(
            toFile: input, atomically: true, encoding: .utf8)
        let shell = try TerminalProcess(
            cluster.dsqlArguments + ["-X", "-n", "-v", "COPY_BATCH_ROWS=100"],
            environment: cluster.environment.merging(["TERM": "dumb"]) { $1 })
        #expect(shell.waitFor("]=", seconds: 10))
        shell.type("\\copy desc_copy_tty from '\(input)'\n")
        #expect(shell.waitFor("COPY 1000", seconds: 20), "\(shell.transcript)")
        #expect(shell.transcript.contains("\r\\copy: 100 rows committed"))
        #expect(shell.transcript.contains("\r\\copy: 1000 rows committed\r\u{1B}[K"))
        shell.type("\\q\n")
    }

    @Test func badArgumentsAreReportedAsPsqlWordsThem() throws {
        let cluster = try TestCluster.current()
        let output = try runDSQL(cluster, ["-c", "\\copy desc_nothing into x"])
        #expect(output.stderr.hasSuffix("\\copy: parse error at \"into\"\n"))
        #expect(output.status == 1)
    }
}
