import DSQLAuth
import PostgresClient
import SQLScanner

/// What a prompt can show; gathered from the session before each prompt.
public struct PromptContext: Sendable {
    public var user: String
    public var database: String
    public var host: String
    /// Whether ``host`` is an Aurora DSQL endpoint (``Connector/isDSQLEndpoint``): `%c` then
    /// abbreviates its cluster id.
    public var isDSQLEndpoint = false
    public var port: String
    public var sslMode: SSLMode
    public var trust: TrustSource
    /// How the connection really reaches the server; a socket shows `[socket·no TLS]`.
    public var transport: Transport = .tls
    public var transaction: Connection.TransactionStatus?
    /// The explicit pipeline's state for `%P` (psql 18).
    public var pipeline: Connection.PipelineStatus = .off
    public var status: PromptStatus
    public var lineNumber: Int
    public var isSuperuser: Bool
    /// Whether colour escapes may be used (a colour terminal, NO_COLOR unset).
    public var colour: Bool
    public var variable: @Sendable (String) -> String?
}

/// Renders psql's prompt escapes, plus dsql's for TLS trust (pure).
///
/// psql's: `%n %/ %~ %m %M %> %# %R %x %P %l %:name: %[ %] %%`.
/// dsql's: `%s` sslmode, `%T` trust source, `%S` the security marker
/// (`[verify-full·system]`, or `[REQUIRE·UNVERIFIED]` in bold red), `%c` the
/// cluster id abbreviated (`abcdef…`), `%D` `/database` unless it is `postgres`
/// (DSQL's only database).
public enum PromptRenderer {
    /// The default PROMPT1/PROMPT2: user, abbreviated cluster id, database unless it is
    /// `postgres`, trust, state — within 40 columns for a usual role and endpoint.
    public static let defaultPrompt = "%n@%c%D %S%R%x%# "
    /// How many characters of a DSQL cluster id `%c` shows before the ellipsis.
    static let clusterIdPrefix = 6
    /// Marks text the terminal does not display (libedit's RL_PROMPT_START_IGNORE).
    static let invisibleStart = "\u{01}", invisibleEnd = "\u{02}"

    /// psql 18's `%P`: `on`, `off` or `abort`.
    static func pipelineMarker(_ status: Connection.PipelineStatus) -> String {
        switch status {
        case .on: "on"
        case .off: "off"
        case .aborted: "abort"
        }
    }

    /// The prompt for `template` in `context`.
    public static func render(_ template: String, _ context: PromptContext) -> String {
        var output = ""
        var characters = template[...]
        while let character = characters.popFirst() {
            guard character == "%", let code = characters.popFirst() else {
                output.append(character)
                continue
            }
            switch code {
            case "n": output += context.user
            case "/": output += context.database
            case "~": output += context.database == context.user ? "~" : context.database
            case "m": output += shortHost(context.host)
            case "c": output += abbreviatedHost(context.host, isDSQLEndpoint: context.isDSQLEndpoint)
            case "D": output += context.database == "postgres" ? "" : "/" + context.database
            case "M": output += context.host
            case ">": output += context.port
            case "#": output += context.isSuperuser ? "#" : ">"
            case "R": output.append(context.status.symbol)
            case "x": output += transactionMarker(context.transaction)
            case "P": output += pipelineMarker(context.pipeline)
            case "l": output += String(context.lineNumber)
            case "s": output += context.transport.isTLS ? context.sslMode.rawValue : "none"
            case "T": output += context.transport.isTLS ? context.trust.shortName : "none"
            case "S": output += securityMarker(context)
            case "[": output += invisibleStart
            case "]": output += invisibleEnd
            case ":":
                guard let end = characters.firstIndex(of: ":") else {
                    output += "%:"
                    continue
                }
                output += context.variable(String(characters[..<end])) ?? ""
                characters = characters[characters.index(after: end)...]
            default: output.append(code)
            }
        }
        return output
    }

    /// The host up to its first dot: the cluster id for a DSQL endpoint.
    static func shortHost(_ host: String) -> String {
        if host.first?.isNumber == true, host.contains(".") { return host }
        return String(host.prefix { $0 != "." })
    }

    /// A DSQL endpoint's cluster id cut to its first characters and `…`; any other host as `%m`.
    static func abbreviatedHost(_ host: String, isDSQLEndpoint: Bool) -> String {
        let short = shortHost(host)
        guard isDSQLEndpoint, ClusterEndpoint.isClusterId(short) else { return short }
        return String(short.prefix(clusterIdPrefix)) + "…"
    }

    static func transactionMarker(_ status: Connection.TransactionStatus?) -> String {
        switch status {
        case .inTransaction: "*"
        case .failedTransaction: "!"
        case .unknown, .active, nil: "?"
        case .idle: ""
        }
    }

    /// `[verify-full·system]`, or the unmistakable `[REQUIRE·UNVERIFIED]` or `[socket·no TLS]`.
    static func securityMarker(_ context: PromptContext) -> String {
        let marker: String
        if let plaintext = context.transport.marker {
            marker = plaintext
        } else if context.sslMode == .require {
            marker = "[REQUIRE·UNVERIFIED]"
        } else {
            return "[\(context.sslMode.rawValue)·\(context.trust.shortName)]"
        }
        guard context.colour else { return marker }
        return invisibleStart + "\u{1B}[1;31m" + invisibleEnd + marker + invisibleStart + "\u{1B}[0m" + invisibleEnd
    }
}
