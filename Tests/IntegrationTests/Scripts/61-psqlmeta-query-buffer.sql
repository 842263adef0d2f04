-- \g with print options, \gx with a title, \gdesc, \gexec, \gset into special variables.
select 1 as one, 2 as two \g (format=csv csv_fieldsep='\t')
\g (border=1)
select 1 as one, 2 as two \gx (title='psqlmeta title' border=2)
select 1 as one \g (format=nonesuch)
select 1 as one \g (format=csv
select 1 as x, 'a'::varchar(4) as y, 2.5::numeric(4,1) as "dirty\name" \gdesc
select \gdesc
select 1 + \gdesc
\g
create temp table psqlmeta_gexec (a int, b text);
select format('insert into psqlmeta_gexec values (%s, %L)', n, 'row ' || n), null
from generate_series(1, 3) n \gexec
select 'select count(*) as psqlmeta_rows from psqlmeta_gexec', 'select 1/0', 'select 2 as after_error' \gexec
drop table psqlmeta_gexec;
select 97 as "EOF", 'ok' as _foo, 'x' as "FETCH_COUNT" \gset IGNORE
\echo :IGNORE_foo :IGNOREEOF
select 5 as c \gset
\echo :c
-- A lone semicolon is a statement that succeeded.
select 1/0;
;
\echo :ERROR :SQLSTATE :ROW_COUNT
-- A quoted -n is text.
\echo '-n' with newline
\echo -n without newline
\echo
-- Trailing semicolons of meta-command arguments are dropped where psql drops them.
\x on;
select 1 as a;
\x off;
\t on;
select 2 as b;
\t off;
\copy (select 42) to stdout;
-- \gset, \gexec and \crosstabview apply to the last result of a `\;` string only;
-- notices of later statements come before earlier results, as in psql 15.
create function pg_temp.psqlmeta_warn(msg text) returns boolean language plpgsql as
$$ begin raise notice 'psqlmeta %', msg; return true; end $$;
select 1 as psqlmeta_one \; select pg_temp.psqlmeta_warn('two') \; select 3 as psqlmeta_three \gset
\echo :psqlmeta_one :psqlmeta_three
\set SHOW_ALL_RESULTS off
select 1 as hidden \; select pg_temp.psqlmeta_warn('shown') \; select 2 as shown;
\set SHOW_ALL_RESULTS on
select 'select 1 as first' \; select 'select 2 as second' \gexec
