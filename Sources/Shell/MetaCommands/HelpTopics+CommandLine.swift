/// psql's `--help=commands` and `--help=variables`, printed without connecting.
public enum CommandLineHelp {
    /// The text for `--help=TOPIC` (`commands` or `variables`); nil for `options` and unknown topics.
    public static func text(topic: String) -> String? {
        switch topic {
        case "commands": "General\n" + MetaCommandTable.help
        case "variables": HelpTopics.variables
        default: nil
        }
    }
}
