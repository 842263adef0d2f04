/// A parsed `\copy` command: what to copy, which way, where, and the options for the server.
///
/// psql's `parse_slash_copy`: the table (with an optional column list) or `(query)` and the
/// options are passed to the server as written; only the file part is the shell's.
struct CopyCommand: Equatable {
    /// Which way the data goes.
    enum Direction: Equatable { case from, to }

    /// Where the data comes from or goes to.
    enum Endpoint: Equatable {
        case file(String)
        case program(String)
        /// The shell's current input (a script's following lines) or query output.
        case stdin, stdout
        /// The process's own standard input or output.
        case pstdin, pstdout
    }

    /// The table, e.g. ` public.t ( a, b )`, or a parenthesised query, spaced as psql
    /// rebuilds it from tokens (with a leading space).
    var target: String
    var direction: Direction
    var endpoint: Endpoint
    /// Everything after the file, verbatim, e.g. `with (format csv, header)`.
    var options: String

    /// The statement sent to the server, byte for byte as psql builds it:
    /// `COPY ` + target + ` FROM STDIN ` (or ` TO STDOUT `) + options.
    var statement: String {
        "COPY " + target + (direction == .from ? " FROM STDIN " : " TO STDOUT ") + options
    }

    /// The data format the options choose.
    var format: CopyFormat { CopyFormat(options: options) }
}
