import PostgresClient

/// `\password [USERNAME]` on a password (`--no-iam`) session, as psql does it.
///
/// The new password is read twice from the terminal without echo, encrypted by libpq
/// with the server's method, and sent only in that form in `ALTER USER … PASSWORD`;
/// it never reaches the history, the query buffer or the echo of a script.
struct PasswordChange {
    let session: Session
    /// Reads a line without echo from the terminal; nil when there is none.
    var prompt: (String) -> String? = PasswordPrompt.read

    /// Changes the password of `user` (the current user when nil); false after reporting why it failed.
    func run(user: String?) -> Bool {
        guard let message = change(user: user) else { return true }
        if !message.isEmpty { session.reportOwnError(message) }
        return false
    }

    /// Does the change; nil on success, else the message to report ("" when the server's error was shown).
    private func change(user: String?) -> String? {
        let connection = session.connection
        guard let user = user ?? currentUser(connection) else {
            return "\\password: could not determine the current user"
        }
        guard let first = prompt("Enter new password for user \"\(user)\": "),
            let second = prompt("Enter it again: ")
        else {
            return "\\password: could not read the password: no terminal"
        }
        guard first == second else { return "Passwords didn't match." }
        let encrypted: String
        do {
            encrypted = try connection.encryptPassword(first, user: user)
        } catch {
            return "\(error)"
        }
        let statement = "ALTER USER \(Self.quotedIdentifier(user)) PASSWORD \(SQLLiteral.quote(encrypted))"
        do {
            for result in try connection.execute(statement) {
                if case .error(let error) = result.status {
                    session.reportServerError(error)
                    return ""
                }
            }
        } catch {
            return "\(error)"
        }
        return nil
    }

    /// `SELECT CURRENT_USER`, as psql asks when no user is named.
    private func currentUser(_ connection: any DatabaseConnection) -> String? {
        guard let result = try? connection.execute("SELECT CURRENT_USER").first, result.rowCount == 1 else {
            return nil
        }
        return result.string(row: 0, column: 0)
    }

    /// An identifier in double quotes, inner quotes doubled (psql's fmtId for any name).
    static func quotedIdentifier(_ name: String) -> String {
        "\"" + name.replacing("\"", with: "\"\"") + "\""
    }
}
