-- FETCH_COUNT prints a query's rows in groups laid out on their own, as psql's cursor does:
-- widths per group, the header with the first, the footer (all rows) with the last, and
-- after an error only the groups that were whole.
create temporary table fc_t (n int, s text);
insert into fc_t select g, repeat('x', g) from generate_series(1, 7) g;
\set FETCH_COUNT 3
select * from fc_t order by n;
select * from fc_t order by n limit 6;
select * from fc_t where n > 100;
(select n from fc_t order by n limit 2);
values (1, 'a'), (22, 'bb'), (333, 'ccc'), (4444, 'dddd');
select 10 / (5 - n) as q from fc_t order by n;
\echo :ERROR :ROW_COUNT
\pset border 2
select * from fc_t order by n;
\pset border 1
\x on
select * from fc_t order by n limit 4;
\x off
\pset format unaligned
select * from fc_t order by n;
select 10 / (5 - n) as q from fc_t order by n;
\pset format aligned
-- Not a SELECT: printed whole.
with w as (select n from fc_t) select * from w order by n;
\set FETCH_COUNT 1
select n from fc_t order by n limit 3 \gx
\unset FETCH_COUNT
drop table fc_t;
