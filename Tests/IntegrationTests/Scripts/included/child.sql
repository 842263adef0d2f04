\echo in child
select 41 + 1 as child_value \gset
\ir grandchild.sql
