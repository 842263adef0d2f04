/// `\q`, `\conninfo`, `\!`, `\?`.
enum SessionCommands {
    static let all = [
        MetaCommand(names: ["q", "quit"], usage: "\\q", summary: "quit dsql") { _ in .quit },
        MetaCommand(
            names: ["conninfo"], usage: "\\conninfo",
            summary: "display information about current connection and its TLS trust"
        ) { invocation in
            invocation.session.standardOutput.write(invocation.session.connectionInfo.rendered)
            invocation.session.standardOutput.flush()
            return .done
        },
        MetaCommand(
            names: ["!"], usage: "\\! [COMMAND]", summary: "execute command in shell or start interactive shell",
            inactiveArguments: .wholeLine
        ) { invocation in
            let command = invocation.argument(.wholeLine) ?? ""
            invocation.session.queryOutput.flush()
            invocation.session.standardOutput.flush()
            do {
                return try ShellCommand.run(command) == 0 ? .done : .failed
            } catch {
                return invocation.fail("\\!: \(error)")
            }
        },
        MetaCommand(
            names: ["?"], usage: "\\? [commands|variables|options]",
            summary: "show help on backslash commands, special variables or command-line options"
        ) { invocation in
            let topic = HelpTopics.Topic(argument: invocation.argument(.normal))
            invocation.discardArguments()
            let session = invocation.session
            switch topic {
            case .commands: session.showPaged("General\n" + MetaCommandTable.help)
            case .variables: session.showPaged(HelpTopics.variables)
            case .options: session.showPaged(session.optionsHelp)
            }
            return .done
        },
    ]
}
