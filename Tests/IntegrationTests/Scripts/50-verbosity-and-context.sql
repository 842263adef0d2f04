-- VERBOSITY and SHOW_CONTEXT change how errors and notices are printed.
-- (DO blocks, not temporary functions: a temporary schema's name depends on the backend.)
DO $$ BEGIN RAISE EXCEPTION 'inner failure' USING DETAIL = 'some detail', HINT = 'a hint'; END $$;
DO $$ BEGIN RAISE NOTICE 'a notice' USING DETAIL = 'notice detail'; END $$;
\set VERBOSITY terse
DO $$ BEGIN RAISE EXCEPTION 'inner failure' USING DETAIL = 'some detail', HINT = 'a hint'; END $$;
DO $$ BEGIN RAISE NOTICE 'a notice' USING DETAIL = 'notice detail'; END $$;
select 1/0;
\set VERBOSITY sqlstate
DO $$ BEGIN RAISE EXCEPTION 'inner failure' USING DETAIL = 'some detail', HINT = 'a hint'; END $$;
select 1/0;
DO $$ BEGIN RAISE NOTICE 'a notice' USING DETAIL = 'notice detail'; END $$;
\set VERBOSITY default
\set SHOW_CONTEXT never
DO $$ BEGIN RAISE EXCEPTION 'inner failure' USING DETAIL = 'some detail', HINT = 'a hint'; END $$;
\set SHOW_CONTEXT always
DO $$ BEGIN RAISE NOTICE 'a notice' USING DETAIL = 'notice detail'; END $$;
DO $$ BEGIN RAISE EXCEPTION 'inner failure' USING DETAIL = 'some detail', HINT = 'a hint'; END $$;
\set SHOW_CONTEXT errors
DO $$ BEGIN RAISE NOTICE 'a notice' USING DETAIL = 'notice detail'; END $$;
select nosuchcolumn from pg_class;
\unset VERBOSITY
select 1/0;
