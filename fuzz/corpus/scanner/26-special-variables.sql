-- Special variables and their validation.
\set ON_ERROR_STOP off
\set ECHO none
\set FETCH_COUNT 0
\set ON_ERROR_ROLLBACK off
\set VERBOSITY default
\set SHOW_CONTEXT errors
\echo :AUTOCOMMIT :ON_ERROR_STOP :ECHO :FETCH_COUNT
\set QUIET
\echo :QUIET
\unset QUIET
\echo :QUIET
\set ECHO_HIDDEN off
select 1 as one;
