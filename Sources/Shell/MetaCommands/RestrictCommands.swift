/// `\restrict KEY` and `\unrestrict KEY`: psql's restricted mode, in which no backslash
/// command but `\unrestrict` with the same key runs.
///
/// pg_dump (since PostgreSQL 17.6, 16.10, 15.14 …) writes `\restrict` with a random key
/// at the top of a plain-text dump and `\unrestrict` at the end, so that data in the dump
/// cannot run meta-commands (`\!`, `\o |cmd` …) when the dump is restored through a shell.
enum RestrictCommands {
    static let all = [
        MetaCommand(
            names: ["restrict"], usage: "\\restrict RESTRICT_KEY", summary: "enter restricted mode with provided key"
        ) { invocation in
            guard let key = invocation.argument(stripSemicolons: true), !key.isEmpty else {
                return invocation.fail("\\restrict: missing required argument")
            }
            invocation.session.restrictKey = key
            return .done
        },
        MetaCommand(
            names: ["unrestrict"], usage: "\\unrestrict RESTRICT_KEY", summary: "exit restricted mode if key matches"
        ) { invocation in
            // The key is the whole rest of the line, as psql reads it (no quotes, no variables).
            guard let key = invocation.argument(.wholeLine, stripSemicolons: true), !key.isEmpty else {
                return invocation.fail("\\unrestrict: missing required argument")
            }
            guard let current = invocation.session.restrictKey else {
                return invocation.fail("\\unrestrict: not currently in restricted mode")
            }
            guard key == current else { return invocation.fail("\\unrestrict: wrong key") }
            invocation.session.restrictKey = nil
            return .done
        },
    ]

    /// Whether `name` may run now: in restricted mode only `\unrestrict` may.
    static func allows(_ name: String, restrictKey: String?) -> Bool {
        restrictKey == nil || name == "unrestrict"
    }

    /// psql's error for any other backslash command in restricted mode.
    static let refusal = "backslash commands are restricted; only \\unrestrict is allowed"
}
