/// The process exit codes, as psql uses them.
public enum ExitStatus: Int32, Sendable {
    /// Everything worked.
    case success = 0
    /// A fatal error of the shell's own (bad option, missing file), or a failed `-c`.
    case failure = 1
    /// The connection could not be made or was lost in a non-interactive run.
    case connectionFailure = 2
    /// A script stopped by ON_ERROR_STOP.
    case scriptStopped = 3
}
