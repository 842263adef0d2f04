/// An internal error carrying a human-readable reason that contains no secret.
struct ReasonError: Error, Equatable {
    let reason: String
    init(_ reason: String) { self.reason = reason }
}
