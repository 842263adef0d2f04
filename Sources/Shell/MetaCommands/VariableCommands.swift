import SQLScanner
import SessionPolicy

#if canImport(Glibc)
    import Glibc
#endif

/// `\set`, `\unset`, `\getenv`, `\setenv`.
enum VariableCommands {
    static let all = [
        MetaCommand(
            names: ["set"], usage: "\\set [NAME [VALUE]]",
            summary: "set internal variable, or list all if no parameters"
        ) { invocation in
            guard let name = invocation.argument() else {
                for (name, value) in invocation.session.variables.all {
                    invocation.session.standardOutput.write("\(name) = '\(value)'\n")
                }
                invocation.session.standardOutput.flush()
                return .done
            }
            let value = invocation.arguments().joined()
            // Session-policy variables keep their old value when the new one is unusable, as
            // psql's special variables do, instead of failing again before every statement.
            do throws(PolicyValueError) {
                if name == "CONNECTION_MAX_AGE" { _ = try SessionPolicy.parseConnectionMaxAge(value) }
                if name == "RETRY_OCC" { _ = try SessionPolicy.parseRetryLimit(value) }
            } catch {
                return invocation.fail("\(error)")
            }
            do throws(VariableError) {
                try invocation.session.variables.set(name, to: value)
            } catch {
                return invocation.fail(error.message)
            }
            return .done
        },
        MetaCommand(names: ["unset"], usage: "\\unset NAME", summary: "unset (delete) internal variable") {
            invocation in
            guard let name = invocation.argument() else { return invocation.fail("\\unset: missing required argument") }
            do throws(VariableError) {
                try invocation.session.variables.unset(name)
            } catch {
                return invocation.fail(error.message)
            }
            return .done
        },
        MetaCommand(names: ["getenv"], usage: "\\getenv PSQLVAR ENVVAR", summary: "fetch variable from environment") {
            invocation in
            guard let name = invocation.argument(), let environmentName = invocation.argument() else {
                return invocation.fail("\\getenv: missing required argument")
            }
            // An unset environment variable leaves the variable as it was (psql).
            guard let value = getenv(environmentName).map({ String(cString: $0) }) else { return .done }
            do throws(VariableError) {
                try invocation.session.variables.set(name, to: value)
            } catch {
                return invocation.fail(error.message)
            }
            return .done
        },
        MetaCommand(names: ["setenv"], usage: "\\setenv NAME [VALUE]", summary: "set or unset environment variable") {
            invocation in
            guard let name = invocation.argument() else {
                return invocation.fail("\\setenv: missing required argument")
            }
            let value = invocation.argument()
            if name.contains("=") {
                return invocation.fail("\\setenv: environment variable name must not contain \"=\"")
            }
            if let value { setenv(name, value, 1) } else { unsetenv(name) }
            return .done
        },
    ]
}
