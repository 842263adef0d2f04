-- BEGIN as a transaction, not a function body.
create table scan15_t (id int);
begin;
insert into scan15_t values (1);
savepoint s1;
insert into scan15_t values (2);
rollback to savepoint s1;
commit;
select count(*) from scan15_t;
start transaction; select 1; end;
drop table scan15_t;
