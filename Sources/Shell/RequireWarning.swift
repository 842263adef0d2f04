/// The loud warning printed at every connect made with `sslmode=require`.
public enum RequireWarning {
    /// The warning's lines, without the box; `iam` names what is exposed: the IAM
    /// token, or (under `--no-iam`) the password.
    static func lines(iam: Bool) -> [String] {
        [
            "WARNING: sslmode=require — the connection is encrypted but the server's",
            "identity is NOT verified. Anyone who can intercept the connection can",
            "impersonate the cluster and read everything, including your \(iam ? "token" : "password").",
            "Verify it instead: drop --sslmode require (verify-full is the default),",
            "or pass --sslmode verify-full --sslrootcert PATH with the CA bundle.",
        ]
    }

    /// The boxed warning, red when `colour` is true, ending in a newline.
    public static func render(colour: Bool, iam: Bool = true) -> String {
        BoxedWarning.render(lines(iam: iam), colour: colour)
    }

    /// Whether stderr should get colour: a terminal, NO_COLOR unset or empty, TERM not `dumb`.
    public static func wantsColour(isTerminal: Bool, environment: [String: String]) -> Bool {
        guard isTerminal else { return false }
        if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }
}

/// A warning in a box of `=` and `|`, bold red on a colour terminal.
enum BoxedWarning {
    /// The lines boxed, red when `colour` is true, ending in a newline.
    static func render(_ lines: [String], colour: Bool) -> String {
        let width = lines.map(\.count).max() ?? 0
        let horizontal = String(repeating: "=", count: width + 4)
        var text = horizontal + "\n"
        for line in lines {
            text += "| " + line + String(repeating: " ", count: width - line.count) + " |\n"
        }
        text += horizontal + "\n"
        return colour ? "\u{1B}[1;31m" + text + "\u{1B}[0m" : text
    }
}
