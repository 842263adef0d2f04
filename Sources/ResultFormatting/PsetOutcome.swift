/// What a `\pset` did: the new options and psql's confirmation, if psql prints one.
public struct PsetOutcome: Equatable, Sendable {
    public var options: PrintOptions
    /// psql's message, e.g. `Border style is 2.`; nil where psql 15 prints nothing
    /// (a boolean option given an explicit value). The shell hides it under `-q`.
    public var message: String?
}
