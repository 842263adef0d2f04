/// The startup file (`~/.dsqlrc`), found the way psql finds `~/.psqlrc`.
public enum StartupFile {
    /// The file to run after connecting and before the first command, or nil for none.
    ///
    /// `DSQLRC` names the file when it is set and not empty (a leading `~` is the home
    /// directory); otherwise it is `<home>/.dsqlrc`. As psql does, `<file>-<version>` and
    /// then `<file>-<major version>` are taken instead when readable, and a file that is
    /// missing or unreadable is skipped without a word.
    ///
    /// - Parameters:
    ///   - environment: the process environment (only `DSQLRC` is read).
    ///   - homeDirectory: the user's home, or nil when unknown.
    ///   - version: dsql's version, such as `0.1.0`.
    ///   - isReadable: whether a path can be opened for reading.
    public static func resolve(
        environment: [String: String], homeDirectory: String?, version: String,
        isReadable: (String) -> Bool
    ) -> String? {
        let base: String
        if let explicit = environment["DSQLRC"], !explicit.isEmpty {
            base = PathText.expandingTilde(explicit, home: homeDirectory)
        } else if let home = homeDirectory, !home.isEmpty {
            base = home.hasSuffix("/") ? home + ".dsqlrc" : home + "/.dsqlrc"
        } else {
            return nil
        }
        let major = version.split(separator: ".", maxSplits: 1).first.map(String.init) ?? version
        return [base + "-" + version, base + "-" + major, base].first(where: isReadable)
    }
}
