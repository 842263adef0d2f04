-- ON_ERROR_STOP inside a pipelined transaction block: nothing after the failing
-- statement is printed, the block is never committed, and the exit status is 3.
\set ON_ERROR_STOP on
begin;
create table pipe_stop_t (id int primary key);
insert into pipe_stop_t values (1);
insert into pipe_stop_t values (2);
insert into pipe_stop_t values (1);
insert into pipe_stop_t values (3);
select 'not printed';
commit;
select 'never reached';
