-- Nested conditionals, quotes inside skipped branches, \if on query results.
select exists (select 1 from pg_class where relname = 'pg_class') as has_pg_class \gset
\if :has_pg_class
  \if false
    select 'inner skipped';
    select 'a string with
\endif inside it';
  \else
    select 'inner else' as branch;
  \endif
\else
  select 'outer skipped';
\endif
\if :{?has_pg_class}
  \echo variable exists
\endif
