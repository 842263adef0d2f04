-- The last statement has no semicolon: psql still sends it at end of file.
create table scan29_t (x int);
insert into scan29_t values (1);
drop table scan29_t;
select 'sent at end of file' as last
