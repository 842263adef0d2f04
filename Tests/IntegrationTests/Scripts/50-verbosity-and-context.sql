-- VERBOSITY and SHOW_CONTEXT change how errors and notices are printed.
create function pg_temp.vb_fail() returns int language plpgsql as $$ begin raise exception 'inner failure' using detail = 'some detail', hint = 'a hint'; end $$;
create function pg_temp.vb_note() returns int language plpgsql as $$ begin raise notice 'a notice' using detail = 'notice detail'; return 1; end $$;
select pg_temp.vb_fail();
select pg_temp.vb_note();
\set VERBOSITY terse
select pg_temp.vb_fail();
select pg_temp.vb_note();
select 1/0;
\set VERBOSITY sqlstate
select pg_temp.vb_fail();
select 1/0;
select pg_temp.vb_note();
\set VERBOSITY default
\set SHOW_CONTEXT never
select pg_temp.vb_fail();
\set SHOW_CONTEXT always
select pg_temp.vb_note();
select pg_temp.vb_fail();
\set SHOW_CONTEXT errors
select pg_temp.vb_note();
select nosuchcolumn from pg_class;
\unset VERBOSITY
select 1/0;
