import PostgresClient
import Testing

@testable import Shell

/// Connection strings, URIs and service files can say anything libpq understands; dsql
/// takes only what keeps its trust policy and IAM rules in force.
@Suite("Connection strings, URIs and service files: same policy as the flags")
struct ConnectionStringPolicyTests {
    static let endpoint = "abcdefghijklmnopqrstuvwxyz.dsql.us-east-1.on.aws"

    /// Resolves `text` given as the endpoint argument, with a fixed service file.
    static func resolve(
        _ text: String, flags: ConnectionFlags = ConnectionFlags(), environment: [String: String] = [:],
        serviceFile: String = ""
    ) throws(SettingsError) -> Settings {
        var flags = flags
        flags.host = text
        return try Settings.resolve(
            flags: flags, environment: environment.merging(["PGSERVICEFILE": "/svc"]) { $1 },
            readFile: { $0 == "/svc" ? serviceFile : nil })
    }

    @Test func recognisesWhatPsqlTakesAsAConnectionString() {
        #expect(ConnectionString.isConnectionString("postgresql://h/db"))
        #expect(ConnectionString.isConnectionString("postgres://h"))
        #expect(ConnectionString.isConnectionString("host=h"))
        #expect(!ConnectionString.isConnectionString(Self.endpoint))
        #expect(!ConnectionString.isConnectionString("abcdefghijklmnopqrstuvwxyz"))
    }

    @Test func aPositionalConnectionStringIsPsqlsDbnameSoItBeatsHostFlags() throws {
        let flags = ConnectionFlags(host: "flag-host").withPositional("host=conn-host port=6543")
        #expect(flags.host == "flag-host")
        #expect(flags.database == "host=conn-host port=6543")
        let settings = try Settings.resolve(flags: flags, environment: [:])
        #expect(settings.host == "conn-host")
        #expect(settings.port == 6543)
        #expect(ConnectionFlags().withPositional(Self.endpoint).host == Self.endpoint)
        #expect(ConnectionFlags(host: "h").withPositional(Self.endpoint).host == "h")
    }

    @Test func aURIGivesEveryPart() throws {
        let settings = try Self.resolve(
            "postgresql://reader@\(Self.endpoint):6543/app?sslmode=verify-full&sslrootcert=/ca.pem&application_name=x")
        #expect(settings.host == Self.endpoint)
        #expect(settings.port == 6543)
        #expect(settings.user == "reader")
        #expect(settings.database == "app")
        #expect(settings.trustPolicy == TrustPolicy(mode: .verifyFull, rootCertificate: .file("/ca.pem")))
        #expect(settings.applicationName == "x")
    }

    @Test func aConnectionStringInDbnameBeatsTheOtherFlagsWhichBeatTheEnvironment() throws {
        let flags = ConnectionFlags(
            host: "flag-host", port: "1", user: "flag-user", database: "host=conn-host user=conn-user")
        let settings = try Settings.resolve(flags: flags, environment: ["PGPORT": "2", "PGDATABASE": "envdb"])
        #expect(settings.host == "conn-host")
        #expect(settings.user == "conn-user")
        #expect(settings.port == 1)
        #expect(settings.database == "envdb")
    }

    @Test(arguments: ["disable", "allow", "prefer"])
    func plaintextModesAreRefusedInEveryForm(_ mode: String) {
        #expect(throws: SettingsError.plaintextRefused(mode)) {
            try Self.resolve("host=\(Self.endpoint) sslmode=\(mode)")
        }
        #expect(throws: SettingsError.plaintextRefused(mode)) {
            try Self.resolve("postgresql://\(Self.endpoint)/postgres?sslmode=\(mode)")
        }
        #expect(throws: SettingsError.plaintextRefused(mode)) {
            try Self.resolve("service=s", serviceFile: "[s]\nhost=\(Self.endpoint)\nsslmode=\(mode)\n")
        }
        #expect(throws: SettingsError.plaintextRefused(mode)) {
            try Self.resolve(Self.endpoint, environment: ["PGSERVICE": "s"], serviceFile: "[s]\nsslmode=\(mode)\n")
        }
    }

    @Test func requiresslZeroIsPlaintextToo() {
        // libpq reads requiressl=0 as sslmode=prefer.
        #expect(throws: SettingsError.plaintextRefused("prefer")) {
            try Self.resolve("host=\(Self.endpoint) requiressl=0")
        }
    }

    @Test(arguments: ["require", "prefer", "allow"])
    func gssEncryptionCannotStandInForTLS(_ mode: String) {
        #expect(throws: SettingsError.gssEncryptionRefused(mode)) {
            try Self.resolve("host=\(Self.endpoint) gssencmode=\(mode)")
        }
    }

    @Test(arguments: [
        "ssl_min_protocol_version=TLSv1", "sslsni=0", "sslcert=/c", "sslkey=/k", "sslcrl=/crl",
        "target_session_attrs=any", "options=-csearch_path=x", "passfile=/p", "requirepeer=postgres",
    ])
    func keywordsDsqlCannotHonourAreRefusedNotDropped(_ pair: String) {
        let keyword = String(pair.prefix { $0 != "=" })
        #expect(throws: SettingsError.unsupportedConnectionOption(keyword)) {
            try Self.resolve("host=\(Self.endpoint) \(pair)")
        }
    }

    @Test func serviceFileKeywordsAreCheckedToo() {
        #expect(throws: SettingsError.unsupportedConnectionOption("sslsni")) {
            try Self.resolve("service=s", serviceFile: "[s]\nhost=h\nsslsni=0\n")
        }
    }

    @Test func sslrootcertIsHonouredAsTheFlag() throws {
        let settings = try Self.resolve("host=\(Self.endpoint) sslmode=verify-ca sslrootcert=/own-ca.pem")
        #expect(settings.trustPolicy == TrustPolicy(mode: .verifyCA, rootCertificate: .file("/own-ca.pem")))
    }

    @Test func verifyCAWithSystemTrustIsStillRefused() throws {
        let settings = try Self.resolve("host=\(Self.endpoint) sslmode=verify-ca")
        #expect(throws: TrustPolicyError.verifyCAWithSystemTrust) {
            try settings.trustPolicy.resolve(
                libpqVersion: 150000, environment: [:], openSSLDefaultCertFile: "/b", isReadable: { _ in true })
        }
    }

    @Test func socketsAndHostListsMeetTheSameHostRules() throws {
        let socket = try Self.resolve("postgresql://%2Fvar%2Frun%2Fpostgresql/postgres")
        #expect(socket.host == "/var/run/postgresql")
        #expect(throws: SettingsError.socketWithIAM("/var/run/postgresql")) {
            try HostKind.check(socket.host, usesIAM: true)
        }
        let list = try Self.resolve("host=\(Self.endpoint),/tmp")
        #expect(throws: SettingsError.hostListWithIAM("\(Self.endpoint),/tmp")) {
            try HostKind.check(list.host, usesIAM: false)
        }
    }

    @Test func aPasswordIsKeptForPasswordAuthentication() throws {
        let settings = try Self.resolve("postgresql://u:secret@localhost/postgres")
        #expect(settings.password == "secret")
    }

    @Test func libpqsParseErrorsAreReported() {
        #expect(throws: SettingsError.invalidConnectionString("missing \"=\" after \"oops\" in connection info string"))
        {
            try Self.resolve("host=h oops")
        }
    }

    @Test func aMissingServiceIsLibpqsError() {
        #expect(throws: SettingsError.service(.notFound("nope"))) {
            try Self.resolve("service=nope", serviceFile: "[other]\nhost=h\n")
        }
    }

    @Test func flagsBeatTheServiceWhichBeatsTheEnvironment() throws {
        let service = "# comment\n[s]\n  host=svc-host  \nport=7000\nuser=svc-user\n[t]\nhost=not-this\n"
        let settings = try Self.resolve(
            "service=s", flags: ConnectionFlags(user: "flag-user"),
            environment: ["PGPORT": "1", "PGDATABASE": "envdb"], serviceFile: service)
        #expect(settings.host == "svc-host")
        #expect(settings.port == 7000)
        #expect(settings.user == "flag-user")
        #expect(settings.database == "envdb")
    }

    @Test func serviceFileSyntaxIsLibpqs() {
        #expect(throws: ServiceFile.Problem.syntax(file: "/svc", line: 2)) {
            _ = try ServiceFile.lookup("s", files: ["/svc"], readFile: { _ in "[s]\nno equals sign\n" })
        }
        #expect(throws: ServiceFile.Problem.nested(file: "/svc", line: 2)) {
            _ = try ServiceFile.lookup("s", files: ["/svc"], readFile: { _ in "[s]\nservice=t\n" })
        }
    }

    @Test func serviceFilesAreSearchedInLibpqsOrder() {
        #expect(
            ServiceFile.searchPath(environment: [:], home: "/home/u")
                == ["/home/u/.pg_service.conf", "/etc/postgresql-common/pg_service.conf"])
        #expect(
            ServiceFile.searchPath(environment: ["PGSERVICEFILE": "/f", "PGSYSCONFDIR": "/etc/pg"], home: "/home/u")
                == ["/f", "/etc/pg/pg_service.conf"])
    }

    @Test func connectWithAConnectionStringKeepsWhatItDoesNotName() throws {
        let current = Settings(
            host: Self.endpoint, hostAddress: "127.0.0.1", port: 5432, user: "admin", database: "postgres",
            trustPolicy: TrustPolicy(mode: .verifyFull, rootCertificate: .file("/ca.pem")))
        let settings = try ConnectTarget.resolve(["dbname=app user=reader"], current: current)
        #expect(settings.database == "app")
        #expect(settings.user == "reader")
        #expect(settings.host == Self.endpoint)
        #expect(settings.hostAddress == "127.0.0.1")
        #expect(settings.trustPolicy == current.trustPolicy)
        #expect(throws: ConnectTarget.Problem(message: "\\connect: \(SettingsError.plaintextRefused("disable"))")) {
            try ConnectTarget.resolve(["postgresql:///postgres?sslmode=disable"], current: current)
        }
        #expect(throws: ConnectTarget.Problem(message: "\\connect: \(SettingsError.gssEncryptionRefused("require"))")) {
            try ConnectTarget.resolve(["gssencmode=require"], current: current)
        }
        let weaker = try ConnectTarget.resolve(["sslmode=require"], current: current)
        #expect(weaker.trustPolicy == TrustPolicy(mode: .require, rootCertificate: .file("/ca.pem")))
    }
}
