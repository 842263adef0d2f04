/// Every SQL command DSQL accepts, with a synopsis written for DSQL: `\h`'s data.
///
/// The synopses show the forms DSQL takes (CREATE INDEX ASYNC, identity CACHE …);
/// `notInDSQL` names what PostgreSQL has and DSQL refuses (see ../shared/DSQL.md).
/// `SQLHelpTests` checks every entry.
public enum HelpTable {
    public static let all: [HelpEntry] = transactions + queries + tables + otherSchema + access + session

    static let transactions: [HelpEntry] = [
        HelpEntry(
            "ABORT", "end the current transaction, discarding its changes",
            synopsis: "ABORT [ WORK | TRANSACTION ]", notInDSQL: "AND CHAIN", postgres: "sql-abort.html"),
        HelpEntry(
            "BEGIN", "open a transaction (repeatable read, optimistic: conflicts surface at COMMIT as 40001)",
            synopsis: "BEGIN [ WORK | TRANSACTION ] [ READ WRITE | READ ONLY ]",
            notInDSQL:
                "ISOLATION LEVEL other than REPEATABLE READ; DEFERRABLE; more than 3,000 modified rows, 10 MiB or 5 minutes per transaction; more than one DDL statement, or DDL with DML",
            postgres: "sql-begin.html"),
        HelpEntry(
            "COMMIT", "make the transaction's changes permanent; retry the whole transaction on 40001 (OC000/OC001)",
            synopsis: "COMMIT [ WORK | TRANSACTION ]", notInDSQL: "AND CHAIN; COMMIT PREPARED",
            postgres: "sql-commit.html"),
        HelpEntry(
            "END", "the same as COMMIT", synopsis: "END [ WORK | TRANSACTION ]", notInDSQL: "AND CHAIN",
            postgres: "sql-end.html"),
        HelpEntry(
            "ROLLBACK", "end the current transaction, discarding its changes",
            synopsis: "ROLLBACK [ WORK | TRANSACTION ]",
            notInDSQL: "ROLLBACK TO SAVEPOINT (no savepoints); AND CHAIN; ROLLBACK PREPARED",
            postgres: "sql-rollback.html"),
        HelpEntry(
            "START TRANSACTION", "the same as BEGIN",
            synopsis: "START TRANSACTION [ READ WRITE | READ ONLY ]",
            notInDSQL: "ISOLATION LEVEL other than REPEATABLE READ; DEFERRABLE", postgres: "sql-start-transaction.html"),
    ]

    static let queries: [HelpEntry] = [
        HelpEntry(
            "SELECT", "read rows",
            synopsis: """
                [ WITH [ RECURSIVE ] name AS ( query ) [, ...] ]
                SELECT [ ALL | DISTINCT [ ON ( expression [, ...] ) ] ] output [ [ AS ] name ] [, ...]
                    [ FROM source [, ...] ] [ WHERE condition ]
                    [ GROUP BY grouping [, ...] ] [ HAVING condition ] [ WINDOW name AS ( window ) [, ...] ]
                    [ { UNION | INTERSECT | EXCEPT } [ ALL | DISTINCT ] select ]
                    [ ORDER BY expression [ ASC | DESC ] [ NULLS { FIRST | LAST } ] [, ...] ]
                    [ LIMIT { count | ALL } ] [ OFFSET start ]
                    [ FOR { UPDATE | KEY SHARE } [ OF table [, ...] ] [ NOWAIT | SKIP LOCKED ] ]
                """,
            notInDSQL: "FOR SHARE, FOR NO KEY UPDATE; TABLESAMPLE; SELECT … INTO a new table; pg_backend_pid()",
            postgres: "sql-select.html"),
        HelpEntry(
            "WITH", "name subqueries for one statement (often the DSQL way instead of a temporary table)",
            synopsis:
                "WITH [ RECURSIVE ] name [ ( column [, ...] ) ] AS [ [ NOT ] MATERIALIZED ] ( query ) [, ...]\n    { SELECT | INSERT | UPDATE | DELETE } ...",
            notInDSQL: "MERGE as the main statement", postgres: "queries-with.html"),
        HelpEntry(
            "TABLE", "read every row of a table: SELECT * FROM name",
            synopsis: "TABLE [ ONLY ] name", postgres: "sql-select.html"),
        HelpEntry(
            "VALUES", "a list of rows as a query",
            synopsis:
                "VALUES ( expression [, ...] ) [, ...]\n    [ ORDER BY sort_expression [, ...] ] [ LIMIT { count | ALL } ] [ OFFSET start ]",
            postgres: "sql-values.html"),
        HelpEntry(
            "INSERT", "add rows (at most 3,000 per transaction)",
            synopsis: """
                [ WITH ... ]
                INSERT INTO table [ AS alias ] [ ( column [, ...] ) ]
                    [ OVERRIDING { SYSTEM | USER } VALUE ]
                    { DEFAULT VALUES | VALUES ( { expression | DEFAULT } [, ...] ) [, ...] | query }
                    [ ON CONFLICT [ ( column [, ...] ) ] DO { NOTHING | UPDATE SET column = expression [, ...] [ WHERE condition ] } ]
                    [ RETURNING * | expression [ [ AS ] name ] [, ...] ]
                """,
            notInDSQL:
                "more than 3,000 rows in one transaction (54000 transaction row limit exceeded): use batches or \\copy",
            postgres: "sql-insert.html"),
        HelpEntry(
            "UPDATE", "change rows (at most 3,000 per transaction)",
            synopsis: """
                [ WITH ... ]
                UPDATE [ ONLY ] table [ [ AS ] alias ]
                    SET { column = { expression | DEFAULT } | ( column [, ...] ) = ( expression [, ...] ) } [, ...]
                    [ FROM source [, ...] ] [ WHERE condition ]
                    [ RETURNING * | expression [ [ AS ] name ] [, ...] ]
                """,
            notInDSQL: "more than 3,000 modified rows in one transaction; WHERE CURRENT OF", postgres: "sql-update.html"
        ),
        HelpEntry(
            "DELETE", "remove rows (at most 3,000 per transaction; the DSQL way instead of TRUNCATE)",
            synopsis: """
                [ WITH ... ]
                DELETE FROM [ ONLY ] table [ [ AS ] alias ]
                    [ USING source [, ...] ] [ WHERE condition ]
                    [ RETURNING * | expression [ [ AS ] name ] [, ...] ]
                """,
            notInDSQL: "more than 3,000 deleted rows in one transaction; WHERE CURRENT OF; TRUNCATE",
            postgres: "sql-delete.html"),
        HelpEntry(
            "COPY", "load rows from the client or write a query's rows to it (dsql's \\copy loads in batches)",
            synopsis:
                "COPY table [ ( column [, ...] ) ] FROM STDIN [ [ WITH ] ( option [, ...] ) ]\nCOPY { table [ ( column [, ...] ) ] | ( query ) } TO STDOUT [ [ WITH ] ( option [, ...] ) ]",
            notInDSQL:
                "files and programs on the server (FROM 'file', PROGRAM); more than 3,000 rows per COPY FROM transaction",
            postgres: "sql-copy.html"),
        HelpEntry(
            "EXPLAIN", "show how a statement would run",
            synopsis:
                "EXPLAIN [ ( { ANALYZE | VERBOSE | COSTS | BUFFERS | TIMING | SUMMARY | FORMAT { TEXT | JSON } } [ boolean ] [, ...] ) ] statement",
            postgres: "sql-explain.html"),
        HelpEntry(
            "PREPARE", "name a statement to run later with parameters",
            synopsis: "PREPARE name [ ( data_type [, ...] ) ] AS statement", postgres: "sql-prepare.html"),
        HelpEntry(
            "EXECUTE", "run a prepared statement", synopsis: "EXECUTE name [ ( parameter [, ...] ) ]",
            postgres: "sql-execute.html"),
        HelpEntry(
            "DEALLOCATE", "forget a prepared statement", synopsis: "DEALLOCATE [ PREPARE ] { name | ALL }",
            postgres: "sql-deallocate.html"),
        HelpEntry(
            "CALL", "run a procedure, e.g. CALL sys.wait_for_job('job_id') after CREATE INDEX ASYNC",
            synopsis: "CALL name ( [ argument ] [, ...] )",
            notInDSQL:
                "sys.wait_for_job inside a transaction block (it returns false, not an error, on a failed build)",
            postgres: "sql-call.html"),
    ]

    static let tables: [HelpEntry] = [
        HelpEntry(
            "CREATE TABLE", "define a table (one DDL statement per transaction)",
            synopsis: """
                CREATE TABLE [ IF NOT EXISTS ] name (
                    column data_type [ column_constraint [ ... ] ] [, ...]
                    [, table_constraint [, ...] ] )
                where column_constraint is one of
                    NOT NULL | NULL | DEFAULT expression | CHECK ( expression )
                    PRIMARY KEY [ INCLUDE ( column [, ...] ) ] | UNIQUE [ NULLS [ NOT ] DISTINCT ]
                    REFERENCES table [ ( column ) ]
                    GENERATED { ALWAYS | BY DEFAULT } AS IDENTITY ( CACHE { 1 | 65536 or more } [ sequence_option ... ] )
                    GENERATED ALWAYS AS ( expression ) STORED
                and an identity column is bigint
                """,
            notInDSQL:
                "TEMPORARY, UNLOGGED; serial, bigserial, smallserial; identity other than bigint or without CACHE 1 / CACHE ≥ 65536; types money, xml, inet, cidr, macaddr, geometric, tsvector/tsquery, ranges, bit/varbit, pg_lsn, arrays; COLLATE; AS query; INHERITS, PARTITION BY, TABLESPACE",
            postgres: "sql-createtable.html"),
        HelpEntry(
            "ALTER TABLE", "change a table's definition (one DDL statement per transaction)",
            synopsis: """
                ALTER TABLE [ IF EXISTS ] name action [, ...]
                where action is one of
                    ADD [ COLUMN ] [ IF NOT EXISTS ] column data_type [ column_constraint [ ... ] ]
                    ADD CHECK ( expression ) NOT VALID
                    ADD FOREIGN KEY ( column [, ...] ) REFERENCES table [ ( column [, ...] ) ] NOT VALID
                    RENAME [ COLUMN ] column TO new_column | RENAME TO new_name | SET SCHEMA schema
                    OWNER TO role
                """,
            notInDSQL:
                "ALTER COLUMN … TYPE; ADD PRIMARY KEY or UNIQUE on an existing table (use CREATE UNIQUE INDEX ASYNC); ADD CHECK or FOREIGN KEY without NOT VALID",
            postgres: "sql-altertable.html"),
        HelpEntry(
            "DROP TABLE", "remove a table", synopsis: "DROP TABLE [ IF EXISTS ] name [, ...] [ CASCADE | RESTRICT ]",
            postgres: "sql-droptable.html"),
        HelpEntry(
            "CREATE INDEX", "build an index in the background; returns a job_id to follow in sys.jobs",
            synopsis: """
                CREATE [ UNIQUE ] INDEX ASYNC [ IF NOT EXISTS ] [ name ] ON table
                    ( column [ NULLS { FIRST | LAST } ] [, ...] )
                    [ INCLUDE ( column [, ...] ) ] [ NULLS [ NOT ] DISTINCT ]
                then: CALL sys.wait_for_job('job_id');  -- false when the build failed
                """,
            notInDSQL:
                "CREATE INDEX without ASYNC (unsupported mode. please use CREATE INDEX ASYNC.); ASC and DESC; CONCURRENTLY; USING methods; expression and partial (WHERE) indexes",
            dsql: HelpEntry.asyncIndex, postgres: "sql-createindex.html"),
        HelpEntry(
            "DROP INDEX", "remove an index, or cancel its background build",
            synopsis: "DROP INDEX [ IF EXISTS ] name [, ...] [ CASCADE | RESTRICT ]", notInDSQL: "CONCURRENTLY",
            dsql: HelpEntry.asyncIndex, postgres: "sql-dropindex.html"),
        HelpEntry(
            "CREATE VIEW", "define a view",
            synopsis:
                "CREATE [ OR REPLACE ] VIEW name [ ( column [, ...] ) ]\n    [ WITH ( security_barrier | security_invoker ) ] AS query\n    [ WITH [ CASCADED | LOCAL ] CHECK OPTION ]",
            notInDSQL: "TEMPORARY and RECURSIVE views; materialized views", postgres: "sql-createview.html"),
        HelpEntry(
            "ALTER VIEW", "change a view's name, schema, owner or options",
            synopsis:
                "ALTER VIEW [ IF EXISTS ] name { RENAME TO new_name | SET SCHEMA schema | OWNER TO role\n    | ALTER [ COLUMN ] column { SET DEFAULT expression | DROP DEFAULT } }",
            postgres: "sql-alterview.html"),
        HelpEntry(
            "DROP VIEW", "remove a view", synopsis: "DROP VIEW [ IF EXISTS ] name [, ...] [ CASCADE | RESTRICT ]",
            postgres: "sql-dropview.html"),
        HelpEntry(
            "CREATE SEQUENCE", "define a sequence; CACHE must be 1 or 65536 and more",
            synopsis: """
                CREATE SEQUENCE [ IF NOT EXISTS ] name [ AS bigint ]
                    CACHE { 1 | 65536 or more }
                    [ INCREMENT [ BY ] step ] [ MINVALUE min | NO MINVALUE ] [ MAXVALUE max | NO MAXVALUE ]
                    [ START [ WITH ] start ] [ [ NO ] CYCLE ] [ OWNED BY { table.column | NONE } ]
                """,
            notInDSQL: "TEMPORARY and UNLOGGED sequences; CACHE between 2 and 65535, or no CACHE",
            postgres: "sql-createsequence.html"),
        HelpEntry(
            "ALTER SEQUENCE", "change a sequence",
            synopsis:
                "ALTER SEQUENCE [ IF EXISTS ] name\n    [ CACHE { 1 | 65536 or more } ] [ INCREMENT [ BY ] step ] [ RESTART [ [ WITH ] value ] ]\n    [ MINVALUE min | NO MINVALUE ] [ MAXVALUE max | NO MAXVALUE ] [ [ NO ] CYCLE ]",
            notInDSQL: "CACHE between 2 and 65535; SET LOGGED/UNLOGGED", postgres: "sql-altersequence.html"),
        HelpEntry(
            "DROP SEQUENCE", "remove a sequence",
            synopsis: "DROP SEQUENCE [ IF EXISTS ] name [, ...] [ CASCADE | RESTRICT ]",
            postgres: "sql-dropsequence.html"),
        HelpEntry(
            "ANALYZE", "collect statistics for the planner",
            synopsis: "ANALYZE [ ( VERBOSE [ boolean ] ) ] [ table [ ( column [, ...] ) ] [, ...] ]",
            notInDSQL: "VACUUM and VACUUM ANALYZE (storage is reclaimed by DSQL)", postgres: "sql-analyze.html"),
    ]

    static let otherSchema: [HelpEntry] = [
        HelpEntry(
            "CREATE SCHEMA", "define a schema (the DSQL way instead of another database)",
            synopsis: "CREATE SCHEMA [ IF NOT EXISTS ] name [ AUTHORIZATION role ]", postgres: "sql-createschema.html"),
        HelpEntry(
            "ALTER SCHEMA", "rename a schema or change its owner",
            synopsis: "ALTER SCHEMA name { RENAME TO new_name | OWNER TO role }", postgres: "sql-alterschema.html"),
        HelpEntry(
            "DROP SCHEMA", "remove a schema", synopsis: "DROP SCHEMA [ IF EXISTS ] name [, ...] [ CASCADE | RESTRICT ]",
            postgres: "sql-dropschema.html"),
        HelpEntry(
            "CREATE FUNCTION", "define a function written in SQL",
            synopsis: """
                CREATE [ OR REPLACE ] FUNCTION name ( [ [ mode ] [ argument ] type [ DEFAULT expression ] [, ...] ] )
                    RETURNS type | RETURNS TABLE ( column type [, ...] )
                    LANGUAGE sql
                    [ IMMUTABLE | STABLE | VOLATILE ] [ STRICT | CALLED ON NULL INPUT ]
                    [ SECURITY { INVOKER | DEFINER } ]
                    { AS 'body' | RETURN expression | BEGIN ATOMIC statement; [ ... ] END }
                """,
            notInDSQL: "LANGUAGE plpgsql or any language but sql; DO blocks; trigger functions",
            dsql: HelpEntry.unsupported, postgres: "sql-createfunction.html"),
        HelpEntry(
            "ALTER FUNCTION", "change a function's properties, name, schema or owner",
            synopsis:
                "ALTER FUNCTION name [ ( [ type [, ...] ] ) ]\n    { RENAME TO new_name | SET SCHEMA schema | OWNER TO role | IMMUTABLE | STABLE | VOLATILE }",
            postgres: "sql-alterfunction.html"),
        HelpEntry(
            "DROP FUNCTION", "remove a function",
            synopsis: "DROP FUNCTION [ IF EXISTS ] name [ ( [ type [, ...] ] ) ] [, ...] [ CASCADE | RESTRICT ]",
            postgres: "sql-dropfunction.html"),
        HelpEntry(
            "COMMENT", "attach a description to an object",
            synopsis:
                "COMMENT ON { TABLE | COLUMN | INDEX | VIEW | SCHEMA | SEQUENCE | FUNCTION | ROLE } name IS { 'text' | NULL }",
            postgres: "sql-comment.html"),
    ]

    static let access: [HelpEntry] = [
        HelpEntry(
            "CREATE ROLE", "define a database role; it signs in through an IAM mapping (AWS IAM GRANT)",
            synopsis: "CREATE ROLE name [ [ WITH ] { LOGIN | NOLOGIN | INHERIT | NOINHERIT } [ ... ] ]",
            notInDSQL: "passwords (authentication is IAM only); SUPERUSER, REPLICATION, BYPASSRLS",
            dsql: HelpEntry.iamRoles, postgres: "sql-createrole.html"),
        HelpEntry(
            "ALTER ROLE", "change a role's attributes or name",
            synopsis: "ALTER ROLE name { [ WITH ] { LOGIN | NOLOGIN } | RENAME TO new_name }",
            notInDSQL: "PASSWORD; SET parameter outside the session allow-list", dsql: HelpEntry.iamRoles,
            postgres: "sql-alterrole.html"),
        HelpEntry(
            "DROP ROLE", "remove a role", synopsis: "DROP ROLE [ IF EXISTS ] name [, ...]",
            dsql: HelpEntry.iamRoles, postgres: "sql-droprole.html"),
        HelpEntry(
            "GRANT", "give privileges on objects, or a role to a role",
            synopsis:
                "GRANT { privilege [, ...] | ALL } ON { [ TABLE ] name [, ...] | ALL TABLES IN SCHEMA schema\n    | SCHEMA name | SEQUENCE name | FUNCTION name } TO role [, ...] [ WITH GRANT OPTION ]\nGRANT role TO role [, ...]",
            postgres: "sql-grant.html"),
        HelpEntry(
            "REVOKE", "take privileges back",
            synopsis:
                "REVOKE [ GRANT OPTION FOR ] { privilege [, ...] | ALL } ON object [, ...] FROM role [, ...]\nREVOKE role FROM role [, ...]",
            postgres: "sql-revoke.html"),
        HelpEntry(
            "AWS IAM GRANT", "let an IAM principal sign in as a database role (DSQL's own statement)",
            synopsis: "AWS IAM GRANT role TO 'arn:aws:iam::account:role/name'",
            notInDSQL: "(not in PostgreSQL)", dsql: HelpEntry.iamRoles, postgres: "sql-grant.html"),
        HelpEntry(
            "AWS IAM REVOKE", "stop an IAM principal signing in as a database role (DSQL's own statement)",
            synopsis: "AWS IAM REVOKE role FROM 'arn:aws:iam::account:role/name'",
            notInDSQL: "(not in PostgreSQL)", dsql: HelpEntry.iamRoles, postgres: "sql-revoke.html"),
    ]

    static let session: [HelpEntry] = [
        HelpEntry(
            "SET", "change a session parameter from DSQL's allow-list",
            synopsis:
                "SET [ SESSION | LOCAL ] parameter { TO | = } { value | DEFAULT }\nSET [ SESSION | LOCAL ] TIME ZONE { value | LOCAL | DEFAULT }\nwhere parameter is one of application_name, client_encoding, DateStyle, IntervalStyle,\n    extra_float_digits, TimeZone, search_path, role, statement_timeout, enable_* …",
            notInDSQL:
                "parameters outside the allow-list (0A000); SET TRANSACTION; SET SESSION CHARACTERISTICS; transaction_isolation",
            postgres: "sql-set.html"),
        HelpEntry(
            "RESET", "restore a session parameter's default", synopsis: "RESET { parameter | ALL }",
            postgres: "sql-reset.html"),
        HelpEntry(
            "SHOW", "display a session parameter", synopsis: "SHOW { parameter | ALL }", postgres: "sql-show.html"),
    ]
}
