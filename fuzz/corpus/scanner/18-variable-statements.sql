-- A variable can hold whole statements, including semicolons.
\set two 'select 5 as five; select 6 as six'
:two;
\set q 'select 7 as seven'
:q;
\set cond 'where x > 1'
create table scan18_t (x int);
insert into scan18_t values (1), (2), (3);
select count(*) from scan18_t :cond;
drop table scan18_t;
