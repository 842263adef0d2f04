/// The texts of `\? variables` and `\? options`, and how `\?` picks one.
enum HelpTopics {
    /// Which help `\?` shows.
    enum Topic: Equatable {
        case commands
        case variables
        case options

        /// psql's `\? [commands|options|variables]`; an unknown word means commands.
        init(argument: String?) {
            switch argument?.lowercased() {
            case "variables"?: self = .variables
            case "options"?: self = .options
            default: self = .commands
            }
        }
    }

    /// `\? variables`: the variables dsql gives a meaning to.
    static let variables = """
        List of specially treated variables

        dsql variables:
        Usage:
          dsql --set=NAME=VALUE
          or \\set NAME VALUE inside dsql

          AUTOCOMMIT
            if set, successful SQL commands are automatically committed
          CONNECTION_MAX_AGE
            seconds after which an idle connection is replaced before the next statement
            (off disables; default 3300 for DSQL endpoints, which end connections after 60 minutes)
          ECHO
            controls what input is written to standard output
            [all, errors, none, queries]
          ECHO_HIDDEN
            if set, display internal queries executed by backslash commands
          ERROR
            true if last query failed, else false
          HISTCONTROL
            controls command history [ignorespace, ignoredups, ignoreboth]; takes effect at once
          HISTFILE
            file name used to store the command history
          HISTSIZE
            maximum number of commands to store in the command history; takes effect at once
          IGNOREEOF
            number of EOFs needed to terminate an interactive session
          LAST_ERROR_MESSAGE
          LAST_ERROR_SQLSTATE
            message and SQLSTATE of last error, or empty string and "00000" if none
          ON_ERROR_STOP
            stop batch execution after error
          PROMPT1
            specifies the standard dsql prompt
          PROMPT2
            specifies the prompt used when a statement continues from a previous line
          QUIET
            run quietly (same as -q option)
          RETRY_OCC
            how many times a statement outside a transaction is retried after an
            optimistic-concurrency conflict (SQLSTATE 40001)
          ROW_COUNT
            number of rows returned or affected by last query, or 0
          SQLSTATE
            SQLSTATE of last query, or "00000" if no error

        Prompt escapes (PROMPT1, PROMPT2):
          %n user  %/ database  %m host (cluster id)  %M full host  %> port
          %s sslmode  %T trust source  %S security marker  %R status  %x transaction
          %# # for a superuser, else >  %l line of the current statement
          %:NAME: a variable  %[ … %] invisible (colour) text  %% a percent sign

        """
}
