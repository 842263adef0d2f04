-- AUTOCOMMIT off: BEGIN goes first unless the statement, after whitespace and comments,
-- is transaction control or cannot run in a transaction block (psql's command_no_begin).
\set AUTOCOMMIT off
/* a comment */ BEGIN;
commit;
-- a line comment
/* nested /* comment */ */ commit;
savepoint s1;
rollback;
/* c */ set search_path = public;
rollback;
  /* c */ VACUUM;
begin1;
commit;
/* c */ discard all;
discard plans;
rollback;
drop index concurrently if exists autocommit52_missing;
-- c
drop index if exists autocommit52_missing;
rollback;
/* c */ create table autocommit52_t (n int);
commit;
create unique index concurrently autocommit52_i on autocommit52_t (n);
drop index concurrently autocommit52_i;
drop table autocommit52_t;
commit;
;
rollback;
\set AUTOCOMMIT on
select 'back on' as mode;
