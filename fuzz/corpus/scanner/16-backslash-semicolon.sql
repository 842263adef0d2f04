-- \; puts a literal semicolon in the buffer: one multi-statement query.
select 1 as a \; select 2 as b;
create table scan16_t (x int) \; insert into scan16_t values (7);
select x from scan16_t;
drop table scan16_t;
