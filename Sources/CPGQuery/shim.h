// libpg_query (PostgreSQL's own parser as a library), used only by `dsql check` and
// DSQL_CHECK (module SQLCheck). Debian ships it without a pkg-config file, so the
// modulemap links `pg_query` directly and this header says what to install.
#ifndef DSQL_CPGQUERY_SHIM_H
#define DSQL_CPGQUERY_SHIM_H
#if __has_include(<pg_query.h>)
#include <pg_query.h>
#else
#error "libpg_query is missing: run scripts/setup (or: apt-get install libpg-query-dev)"
#endif
#endif
