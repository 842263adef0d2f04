import Foundation
import Testing

/// A query whose results cover psql's tricky cases: every common type, NULLs,
/// empty strings, quotes, commas, newlines, tabs and wide characters.
enum FormatFixture {
    static let mixedTypes = """
        select 1::int2 as i2, 2::int4 as i4, 3::int8 as i8, 1.50::numeric as num, 2.5::float4 as f4, 1e-3::float8 as f8,
               'plain' as txt, 'a "quoted", comma' as q, E'two\\nlines' as nl, E'tab\\there' as tb, '漢字 wide' as wide,
               true as b, date '2024-02-29' as d, time '12:34:56' as t, timestamp '2024-01-02 03:04:05' as ts,
               timestamptz '2024-01-02 03:04:05+00' as tstz, interval '1 day 2 hours' as iv,
               'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid as id, '\\xdeadbeef'::bytea as bin,
               '{"k": [1, 2]}'::json as js, '{"k": 1}'::jsonb as jsb, array[1, 2, 3] as arr,
               null::text as nothing, '' as empty
        union all
        select -1, -2, -3, -0.5, 'NaN', 'Infinity', '', ',', E'\\r', ' ', 'ü', false, null, null, null, null, null,
               null, null, null, null, null, 'x', null
        """

    static let cases: [[String]] = [
        ["-A"], ["-A", "-t"], ["-A", "-F", ";", "-R", "#"], ["-A", "-z", "-0"], ["--csv"], ["--csv", "-t"],
        ["-P", "csv_fieldsep=;", "--csv"], ["-x"], ["-x", "-A"], ["--csv", "-x"], ["-t"],
        ["-P", "border=0"], ["-P", "border=2"], ["-P", "linestyle=unicode"],
        ["-P", "linestyle=unicode", "-P", "border=2"],
        ["-P", "null=(null)"], ["-P", "footer=off"], ["-P", "title=Report"], ["-P", "linestyle=old-ascii"],
        // Separators that the texts of numbers, bools and dates can hold, and NULL strings that need quoting.
        ["--csv", "-P", "csv_fieldsep=-"], ["--csv", "-P", "csv_fieldsep=:"], ["--csv", "-P", "csv_fieldsep=t"],
        ["--csv", "-P", "csv_fieldsep= "], ["--csv", "-P", "csv_fieldsep=|"], ["--csv", "-P", "null=a,b"],
        ["--csv", "-P", "null=NULL", "-t"], ["-A", "-P", "null=NULL"],
    ]

    /// DateStyles and time zones (whose abbreviations vary) for the date and time differential.
    static let dateStyleCases: [(datestyle: String, timezone: String, separator: String)] = [
        ("ISO, MDY", "UTC", ","), ("SQL, DMY", "Asia/Kolkata", ","), ("Postgres, MDY", "America/New_York", ";"),
        ("German", "Europe/Berlin", "|"), ("Postgres, DMY", "Australia/Lord_Howe", "\t"),
        ("SQL, MDY", "America/Sao_Paulo", ","),
    ]
}

@Suite("Every output format is byte-identical to psql 15")
struct DifferentialFormatTests {
    @Test(arguments: FormatFixture.cases)
    func sameBytesAsPsql(_ flags: [String]) throws {
        let cluster = try TestCluster.current()
        let arguments = flags + ["-c", FormatFixture.mixedTypes, "-c", "select 1 as only where false"]
        let expected = normalisingProgramName(try runPSQL(cluster, arguments))
        let actual = try runDSQL(cluster, arguments)
        #expect(actual.stdout == expected.stdout, "stdout differs for \(flags)")
        #expect(actual.stderr == expected.stderr)
        #expect(actual.status == expected.status)
    }

    @Test(arguments: FormatFixture.dateStyleCases.indices)
    func datesAndTimesInEveryStyleMatchPsqlInCSV(_ index: Int) throws {
        let cluster = try TestCluster.current()
        let style = FormatFixture.dateStyleCases[index]
        let query = """
            select timestamptz '2024-01-02 03:04:05.678+00' as tz, timestamp '2024-07-01 12:00:00' as ts,
                   date '0044-03-15 BC' as bc, time '23:59:59.999' as t, timetz '12:00:00+05:30' as ttz,
                   'infinity'::timestamptz as inf, '-infinity'::date as ninf, 1.5::numeric as n, true as b,
                   'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid as id
            """
        let arguments = [
            "--csv", "-P", "csv_fieldsep=\(style.separator)",
            "-c", "set datestyle = '\(style.datestyle)'", "-c", "set timezone = '\(style.timezone)'",
            "-c", query,
        ]
        let expected = normalisingProgramName(try runPSQL(cluster, arguments))
        let actual = try runDSQL(cluster, arguments)
        #expect(actual.stdout == expected.stdout, "\(style)")
        #expect(actual.stderr == expected.stderr)
    }

    @Test func jsonParsesAndRoundTripsValues() throws {
        let cluster = try TestCluster.current()
        let result = try runDSQL(cluster, ["--json", "-c", FormatFixture.mixedTypes])
        #expect(result.status == 0, "\(result.stderr)")
        let parsed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8), options: [.fragmentsAllowed])
        let rows = try #require(parsed as? [[String: Any]])
        #expect(rows.count == 2)
        #expect(rows[0]["i8"] as? Int == 3)
        #expect(rows[0]["num"] as? Double == 1.5)
        #expect(rows[0]["b"] as? Bool == true)
        #expect(rows[0]["nl"] as? String == "two\nlines")
        #expect(rows[0]["wide"] as? String == "漢字 wide")
        #expect((rows[0]["js"] as? [String: Any])?["k"] as? [Int] == [1, 2])
        #expect(rows[0]["nothing"] is NSNull)
        #expect(rows[1]["f4"] as? String == "NaN")
        #expect(rows[1]["f8"] as? String == "Infinity")
    }
}

@Suite("A million rows stream in bounded memory")
struct StreamingMemoryTests {
    static let millionRows = """
        select g, g::int8 * 7 as b, (g / 3.0)::numeric(12,4) as n, 'text value ' || g as t,
               timestamptz '2024-01-01' + g * interval '1 second' as ts, g % 2 = 0 as flag
        from generate_series(1, 1000000) g
        """

    @Test(arguments: ["--csv", "--json"])
    func peakMemoryStaysUnder64MiB(format: String) throws {
        let cluster = try TestCluster.current()
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("dsql-stream-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let arguments =
            ["-f", "%M", "-o", output.path + ".rss", Binaries.dsql] + cluster.dsqlArguments
            + [format, "-o", output.path, "-c", Self.millionRows]
        let result = try runProcess("/usr/bin/time", arguments, environment: cluster.environment, timeout: 300)
        #expect(result.status == 0, "\(result.stderr)")
        let peakKiB =
            Int(
                try String(contentsOfFile: output.path + ".rss", encoding: .utf8)
                    .split(separator: "\n").last.map(String.init) ?? "") ?? Int.max
        try? FileManager.default.removeItem(atPath: output.path + ".rss")
        #expect(peakKiB < 64 * 1024, "peak RSS \(peakKiB) KiB")
        let size = (try FileManager.default.attributesOfItem(atPath: output.path)[.size] as? Int) ?? 0
        #expect(size > 50_000_000, "all rows were written (\(size) bytes)")
    }

    @Test func hundredThousandStatementsOnStdinRunInBoundedMemory() throws {
        let cluster = try TestCluster.current()
        let script = (1...100_000).map { "select \($0) as n;\n" }.joined()
        let rss = FileManager.default.temporaryDirectory.appendingPathComponent("dsql-rss-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: rss) }
        let result = try runProcess(
            "/usr/bin/time", ["-f", "%M", "-o", rss, Binaries.dsql] + cluster.dsqlArguments + ["-At"],
            environment: cluster.environment, stdin: script, timeout: 600)
        #expect(result.status == 0, "\(result.stderr.prefix(500))")
        #expect(result.stdout.hasSuffix("99999\n100000\n"))
        let peakKiB =
            Int(try String(contentsOfFile: rss, encoding: .utf8).split(separator: "\n").last.map(String.init) ?? "")
            ?? Int.max
        #expect(peakKiB < 64 * 1024, "peak RSS \(peakKiB) KiB for 100,000 statements")
    }

    @Test func closedPipeEndsTheRunQuietly() throws {
        let cluster = try TestCluster.current()
        let quoted =
            (cluster.dsqlArguments.map { "'\($0)'" } + [
                "--csv", "-c", "'select g from generate_series(1, 50000000) g'",
            ])
            .joined(separator: " ")
        // 50 million rows would take minutes to stream whole; the process timeout proves it stops early.
        let result = try runProcess(
            "/bin/sh", ["-c", "'\(Binaries.dsql)' \(quoted) | head -1"],
            environment: cluster.environment, timeout: 30)
        #expect(result.stdout == "g\n")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
    }
}
