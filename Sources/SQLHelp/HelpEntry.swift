/// The help for one SQL command as DSQL accepts it: data, rendered by ``SQLHelp``.
public struct HelpEntry: Sendable, Equatable {
    /// The command's name in capitals, e.g. `CREATE INDEX`.
    public let name: String
    /// One line on what it does.
    public let summary: String
    /// The forms DSQL accepts, one or more lines.
    public let synopsis: String
    /// What PostgreSQL has and DSQL refuses; empty when nothing.
    public let notInDSQL: String
    /// The page of the Aurora DSQL user guide, relative to ``SQLHelp/dsqlBase``.
    public let dsqlPage: String
    /// The page of the PostgreSQL manual, relative to ``SQLHelp/postgresBase``.
    public let postgresPage: String

    init(
        _ name: String, _ summary: String, synopsis: String, notInDSQL: String = "",
        dsql: String = HelpEntry.subsets, postgres: String
    ) {
        self.name = name
        self.summary = summary
        self.synopsis = synopsis
        self.notInDSQL = notInDSQL
        dsqlPage = dsql
        postgresPage = postgres
    }

    /// The user guide's list of supported command subsets.
    static let subsets = "working-with-postgresql-compatibility-supported-sql-subsets.html"
    /// The user guide's page on CREATE INDEX ASYNC.
    static let asyncIndex = "working-with-create-index-async.html"
    /// The user guide's page on what is not supported.
    static let unsupported = "working-with-postgresql-compatibility-unsupported-features.html"
    /// The user guide's page on IAM roles for database roles.
    static let iamRoles = "using-database-and-iam-roles.html"
}
