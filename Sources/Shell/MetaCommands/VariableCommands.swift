import SQLScanner

/// `\set`, `\unset`.
enum VariableCommands {
    static let all = [
        MetaCommand(names: ["set"], usage: "\\set [NAME [VALUE]]", summary: "set internal variable, or list all if no parameters") { invocation in
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
        MetaCommand(names: ["unset"], usage: "\\unset NAME", summary: "unset (delete) internal variable") { invocation in
            guard let name = invocation.argument() else { return invocation.fail("\\unset: missing required argument") }
            do throws(VariableError) {
                try invocation.session.variables.unset(name)
            } catch {
                return invocation.fail(error.message)
            }
            return .done
        },
    ]
}
