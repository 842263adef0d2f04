extension Duration {
    /// The duration in seconds, as a `Double`.
    var seconds: Double {
        let (whole, attoseconds) = components
        return Double(whole) + Double(attoseconds) * 1e-18
    }

    /// The duration in seconds with two decimals, rounded half up, as the retry notice shows it (`0.12`).
    var secondsWithTwoDecimals: String {
        let (whole, attoseconds) = components
        let milliseconds = whole * 1000 + attoseconds / 1_000_000_000_000_000
        let hundredths = Int((milliseconds + 5) / 10)
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
