/// How a meta-command argument is lexed: psql's `slash_option_type`.
public enum MetaArgumentMode: Sendable {
    /// Whitespace-separated, with `'…'` (and `\n`-style escapes), `"…"`,
    /// backquotes and variable interpolation (`OT_NORMAL`).
    case normal
    /// As ``normal``, then as a SQL identifier: double quotes removed and
    /// unquoted letters lowercased (`OT_SQLID`).
    case sqlIdentifier
    /// As ``sqlIdentifier`` but keeping case (`OT_SQLIDHACK`).
    case sqlIdentifierKeepingCase
    /// As ``normal``, except an argument starting with `|` takes the rest of
    /// the line (`OT_FILEPIPE`).
    case filePipe
    /// The rest of the line, verbatim, leading whitespace dropped
    /// (`OT_WHOLE_LINE`, as `\!` and `\help` use).
    case wholeLine
    /// As ``normal`` but backquoted commands are not reported for running
    /// (`OT_NO_EVAL`, for skipped commands in inactive branches).
    case noEvaluation
}
