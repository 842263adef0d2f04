import FoundationEssentials

/// Finds executables on the PATH of an injected environment.
public enum ExecutableLookup {
    /// The path of `program`: itself if it contains `/`, else the first executable
    /// `<dir>/<program>` on the environment's PATH; nil if there is none.
    public static func find(_ program: String, environment: [String: String]) -> String? {
        if program.contains("/") {
            return FileManager.default.isExecutableFile(atPath: program) ? program : nil
        }
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":", omittingEmptySubsequences: false) {
            let dir = directory.isEmpty ? "." : String(directory)
            let candidate = dir + "/" + program
            var isDirectory = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory,
                FileManager.default.isExecutableFile(atPath: candidate)
            {
                return candidate
            }
        }
        return nil
    }
}
