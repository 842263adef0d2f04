import SQLHelp

/// `\h [NAME]`: help on the SQL commands DSQL accepts, written for DSQL.
enum HelpCommand {
    static let all = [
        MetaCommand(
            names: ["h", "help"], usage: "\\h [NAME]",
            summary: "help on syntax of SQL commands as DSQL accepts them, * for all",
            inactiveArguments: .wholeLine
        ) { invocation in
            let topic = invocation.argument(.wholeLine, stripSemicolons: true) ?? ""
            let session = invocation.session
            session.standardOutput.write(SQLHelp.text(for: topic, width: session.terminalColumns ?? 80))
            session.standardOutput.flush()
            return .done
        }
    ]
}
