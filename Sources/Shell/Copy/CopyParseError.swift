/// A `\copy` line that cannot be parsed.
struct CopyParseError: Error, Equatable {
    /// psql's wording, e.g. `\copy: parse error at "x"`.
    var message: String
}
