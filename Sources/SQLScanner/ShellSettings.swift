/// The typed values of psql's special variables, kept in step with
/// ``Variables`` by its hooks.
public struct ShellSettings: Equatable, Sendable {
    /// `ECHO`: which input is echoed.
    public enum Echo: String, Sendable { case none, errors, queries, all }
    /// `ECHO_HIDDEN`: whether queries behind meta-commands are shown.
    public enum EchoHidden: String, Sendable { case off, on, noexec }
    /// `ON_ERROR_ROLLBACK`: whether failed statements roll back to a savepoint.
    public enum OnErrorRollback: String, Sendable { case off, on, interactive }
    /// `VERBOSITY`: how much of an error is shown.
    public enum Verbosity: String, Sendable { case `default`, verbose, terse, sqlstate }
    /// `SHOW_CONTEXT`: when an error's CONTEXT is shown.
    public enum ShowContext: String, Sendable { case never, errors, always }
    /// `COMP_KEYWORD_CASE`: the case completion uses for keywords.
    public enum KeywordCase: String, Sendable {
        case lower, upper
        case preserveLower = "preserve-lower"
        case preserveUpper = "preserve-upper"
    }
    /// `HISTCONTROL`: which lines stay out of history.
    public enum HistoryControl: String, Sendable { case none, ignorespace, ignoredups, ignoreboth }

    /// `AUTOCOMMIT`.
    public var autocommit = true
    /// `ON_ERROR_STOP`.
    public var onErrorStop = false
    /// `QUIET`.
    public var quiet = false
    /// `SINGLELINE`.
    public var singleLine = false
    /// `SINGLESTEP`.
    public var singleStep = false
    /// `SHOW_ALL_RESULTS`.
    public var showAllResults = true
    /// `HIDE_TOAST_COMPRESSION`.
    public var hideToastCompression = false
    /// `HIDE_TABLEAM`.
    public var hideTableAccessMethod = false
    /// `ECHO`.
    public var echo = Echo.none
    /// `ECHO_HIDDEN`.
    public var echoHidden = EchoHidden.off
    /// `ON_ERROR_ROLLBACK`.
    public var onErrorRollback = OnErrorRollback.off
    /// `VERBOSITY`.
    public var verbosity = Verbosity.default
    /// `SHOW_CONTEXT`.
    public var showContext = ShowContext.errors
    /// `COMP_KEYWORD_CASE`.
    public var keywordCase = KeywordCase.preserveUpper
    /// `HISTCONTROL`.
    public var historyControl = HistoryControl.none
    /// `FETCH_COUNT`; 0 fetches all rows at once.
    public var fetchCount = 0
    /// `HISTSIZE`.
    public var historySize = 500
    /// `IGNOREEOF`: end-of-file keystrokes ignored before quitting.
    public var ignoreEOF = 0
    /// `HISTFILE`, when set.
    public var historyFile: String?
    /// `PROMPT1`, `PROMPT2`, `PROMPT3`.
    public var prompts = ["%/%R%x%# ", "%/%R%x%# ", ">> "]

    /// psql's settings before any variable is touched.
    public init() {}
}
