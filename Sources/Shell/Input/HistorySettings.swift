import LineEditing
import SQLScanner

/// The line editor's history rules from psql's `HISTSIZE` and `HISTCONTROL`, as the
/// variable hooks parsed them (``ShellSettings``): the one place the two meet.
///
/// The hooks reject a bad value (`\set HISTSIZE lots` keeps the old one), so the editor
/// only ever sees values psql would accept.
public enum HistorySettings {
    /// The most entries kept for `HISTSIZE`; nil (no limit) for a negative size, as in psql.
    public static func limit(_ settings: ShellSettings) -> Int? {
        settings.historySize < 0 ? nil : settings.historySize
    }

    /// The entries left out for `HISTCONTROL`.
    public static func control(_ settings: ShellSettings) -> HistoryControl {
        switch settings.historyControl {
        case .none: []
        case .ignorespace: .ignoreSpace
        case .ignoredups: .ignoreDuplicates
        case .ignoreboth: .ignoreBoth
        }
    }

    /// An empty history store with the rules of `settings`.
    public static func store(_ settings: ShellSettings) -> HistoryStore {
        HistoryStore(limit: limit(settings), control: control(settings))
    }
}
