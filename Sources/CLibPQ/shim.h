// Shims for libpq APIs that Swift cannot import directly.
#ifndef DSQL_CLIBPQ_SHIM_H
#define DSQL_CLIBPQ_SHIM_H
#include <libpq-fe.h>

// Field codes for PQresultErrorField: character macros do not import into Swift.
static inline int dsql_pg_diag_severity(void) { return PG_DIAG_SEVERITY; }
static inline int dsql_pg_diag_severity_nonlocalized(void) { return PG_DIAG_SEVERITY_NONLOCALIZED; }
static inline int dsql_pg_diag_sqlstate(void) { return PG_DIAG_SQLSTATE; }
static inline int dsql_pg_diag_message_primary(void) { return PG_DIAG_MESSAGE_PRIMARY; }
static inline int dsql_pg_diag_message_detail(void) { return PG_DIAG_MESSAGE_DETAIL; }
static inline int dsql_pg_diag_message_hint(void) { return PG_DIAG_MESSAGE_HINT; }
static inline int dsql_pg_diag_statement_position(void) { return PG_DIAG_STATEMENT_POSITION; }
static inline int dsql_pg_diag_context(void) { return PG_DIAG_CONTEXT; }
#endif
