import Shell

/// What one `dsql` command line asks for, as plain values.
///
/// Both parsers produce it through the targets of `OptionTable`: `QuickArguments` for
/// plain command lines and swift-argument-parser (through `DSQLCommand.invocation`) for
/// the rest, so running a session never touches the parser's property wrappers.
/// Defaults are the options'.
struct Invocation: Equatable {
    /// The positional cluster endpoint or cluster id.
    var endpoint: String?
    /// `-h`, `--hostaddr`, `-p`, `-U`, `-d`, `--sslmode`, `--sslrootcert` as given.
    var connection = ConnectionFlags()
    var iam = IAMSettings()

    /// Every `-c` and `-f`, in command-line order.
    var steps: [RunStep] = []
    var variables: [String] = []
    var singleTransaction = false
    var noStartupFile = false
    var noLineEditing = false
    /// `-l`: list the databases and exit.
    var list = false
    /// `-s`: SINGLESTEP=on.
    var singleStep = false
    /// `-S`: SINGLELINE=on.
    var singleLine = false
    /// `-L FILE`: the session log.
    var logFile: String?
    /// `-w`: never prompt for a password.
    var noPassword = false
    /// `-W`: prompt for a password before connecting.
    var password = false
    var connectionMaxAge: String?
    /// `--pipeline`: PIPELINE=on.
    var pipeline = false

    var quiet = false
    var echoAll = false
    var echoQueries = false
    var echoErrors = false
    var echoHidden = false
    var output: String?
    var unaligned = false
    var csv = false
    var json = false
    var html = false
    var tableAttributes: String?
    var tuplesOnly = false
    var expanded = false
    var fieldSeparator: String?
    var recordSeparator: String?
    var fieldSeparatorZero = false
    var recordSeparatorZero = false
    var psets: [String] = []

    var showVersion = false

    /// The connection flags with the endpoint standing in for a missing `-h` (or a connection string for a missing `-d`).
    var connectionFlags: ConnectionFlags {
        connection.withPositional(endpoint)
    }

    /// How `-w` / `-W` ask for a password.
    var passwordPrompt: ConnectionSetup.PasswordPromptMode {
        password ? .beforeConnecting : noPassword ? .never : .whenAsked
    }

    /// `-v` assignments, with `--connection-max-age`, `--pipeline`, `-s` and `-S` first so a later `-v` can override them.
    var variableAssignments: [String] {
        (connectionMaxAge.map { ["CONNECTION_MAX_AGE=\($0)"] } ?? []) + (pipeline ? ["PIPELINE=on"] : [])
            + (singleStep ? ["SINGLESTEP=on"] : []) + (singleLine ? ["SINGLELINE=on"] : []) + variables
    }

    /// The `\pset` assignments the output flags stand for, in psql's order.
    var psetAssignments: [(String, String?)] {
        var list: [(String, String?)] = []
        if unaligned { list.append(("format", "unaligned")) }
        if csv { list.append(("format", "csv")) }
        if json { list.append(("format", "json")) }
        if html { list.append(("format", "html")) }
        if let tableAttributes { list.append(("tableattr", tableAttributes)) }
        if let fieldSeparator { list.append(("fieldsep", fieldSeparator)) }
        if let recordSeparator { list.append(("recordsep", recordSeparator)) }
        if fieldSeparatorZero { list.append(("fieldsep_zero", "on")) }
        if recordSeparatorZero { list.append(("recordsep_zero", "on")) }
        if tuplesOnly { list.append(("tuples_only", "on")) }
        if expanded { list.append(("expanded", "on")) }
        for pset in psets {
            if let equals = pset.firstIndex(of: "=") {
                list.append((String(pset[..<equals]), String(pset[pset.index(after: equals)...])))
            } else {
                list.append((pset, nil))
            }
        }
        return list
    }
}
