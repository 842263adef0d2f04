/// A `\pset` that psql would refuse; `message` is psql 15's text for it.
public struct PsetError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
