-- \crosstabview: default and named columns, a sort column, NULL headers, errors.
create temp table psqlmeta_ct (region text, quarter text, sales int, ord int, "Mixed Case" text);
insert into psqlmeta_ct values
  ('north', 'q2', 10, 2, 'a'), ('south', 'q1', 7, 1, 'b'), ('north', 'q1', 3, 1, 'c'),
  (null, 'q3', 5, 3, 'd'), ('east', null, 1, -1, 'e'), ('south', 'q3', null, 3, 'f');
select region, quarter, sales from psqlmeta_ct \crosstabview
\pset null '(none)'
select * from psqlmeta_ct \crosstabview quarter region sales ord
select * from psqlmeta_ct \crosstabview 2 1 "Mixed Case" 4;
\pset null ''
\pset format unaligned
select region, quarter, sales from psqlmeta_ct where region is not null \crosstabview
\pset format aligned
select region, quarter, sales from psqlmeta_ct
\crosstabview region region
select * from psqlmeta_ct \crosstabview
select * from psqlmeta_ct \crosstabview 1 2 9
select * from psqlmeta_ct \crosstabview 1 2 nosuch
select region, region, quarter from psqlmeta_ct \crosstabview region quarter 1
select 'a' as x, 'b' as y, 1 as v union all select 'a', 'b', 2 \crosstabview
select 1, 2 \crosstabview
create temp table psqlmeta_ct2 (a int) \crosstabview
drop table psqlmeta_ct, psqlmeta_ct2;
