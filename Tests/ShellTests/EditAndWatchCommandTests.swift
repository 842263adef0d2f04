import Testing

@testable import Shell

@Suite("\\e and \\watch: editor choice, command line, interval and title")
struct EditAndWatchCommandTests {
    @Test func editorIsPsqlEditorThenEditorThenVisualThenVi() {
        #expect(
            EditCommand.editorCommand(environment: ["PSQL_EDITOR": "nano", "EDITOR": "ed", "VISUAL": "code"]) == "nano")
        #expect(EditCommand.editorCommand(environment: ["EDITOR": "ed", "VISUAL": "code"]) == "ed")
        #expect(EditCommand.editorCommand(environment: ["EDITOR": "", "VISUAL": "code"]) == "code")
        #expect(EditCommand.editorCommand(environment: [:]) == "vi")
    }

    @Test func editorCommandLineQuotesTheFileAndDropsSecrets() {
        let command = EditCommand.shellCommand(editor: "vim", path: "/tmp/it's.sql", line: 12, lineArgument: "+")
        #expect(command.hasSuffix("exec vim +12 '/tmp/it'\\''s.sql'"))
        #expect(command.hasPrefix("unset PGPASSWORD "))
        #expect(command.contains("AWS_SECRET_ACCESS_KEY"))
        #expect(
            EditCommand.shellCommand(editor: "ed", path: "/f", line: nil, lineArgument: "+").hasSuffix("exec ed '/f'"))
    }

    @Test func watchIntervalDefaultsToTwoAndFallsBackToOneAsPsql15() {
        #expect(WatchCommand.interval(nil) == 2)
        #expect(WatchCommand.interval("0.5") == 0.5)
        #expect(WatchCommand.interval("5s") == 5)
        #expect(WatchCommand.interval("0") == 1)
        #expect(WatchCommand.interval("-3") == 1)
        #expect(WatchCommand.interval("soon") == 1)
    }

    @Test func watchTitleMatchesPsql() {
        #expect(
            WatchCommand.title(userTitle: nil, date: "Sun Nov 29 08:14:08 2026", interval: 2)
                == "Sun Nov 29 08:14:08 2026 (every 2s)\n")
        #expect(WatchCommand.title(userTitle: "load", date: "D", interval: 0.5) == "load\tD (every 0.5s)\n")
    }

    @Test func editAndWatchAreInTheOneMetaCommandTable() {
        #expect(MetaCommandTable.command(named: "e") != nil)
        #expect(MetaCommandTable.command(named: "edit") != nil)
        #expect(MetaCommandTable.command(named: "watch") != nil)
        #expect(MetaCommandTable.help.contains("\\watch [SECONDS]"))
    }
}
