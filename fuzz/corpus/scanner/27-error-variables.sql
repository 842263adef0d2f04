-- ERROR, SQLSTATE, ROW_COUNT after statements.
create table scan27_t (id int);
insert into scan27_t values (1), (2);
\echo :ROW_COUNT :ERROR :SQLSTATE
select * from scan27_no_such_table;
\echo :ERROR :SQLSTATE
\echo :LAST_ERROR_SQLSTATE
select count(*) from scan27_t;
\echo :ROW_COUNT :ERROR
drop table scan27_t;
