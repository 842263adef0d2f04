-- $ inside identifiers and positional parameters.
create table scan07_t (foo$bar int, a$ int);
insert into scan07_t values (1, 2);
select foo$bar, a$ from scan07_t;
prepare scan07_p(int) as select $1 + foo$bar from scan07_t;
execute scan07_p(10);
deallocate scan07_p;
drop table scan07_t;
