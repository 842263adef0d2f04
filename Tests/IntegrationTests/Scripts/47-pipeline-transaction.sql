-- Statements inside a transaction block are sent ahead (pipeline mode); output and
-- effects must be psql's: errors mid-block, drain points (\gset, \if, \echo, COMMIT).
create table pipe_tx_t (id int primary key, label text);
begin;
insert into pipe_tx_t values (1, 'one');
insert into pipe_tx_t values (2, 'two');
select count(*) as so_far from pipe_tx_t;
update pipe_tx_t set label = 'uno' where id = 1 returning id, label;
select max(id) as top from pipe_tx_t \gset
\echo top is :top
\if :top
insert into pipe_tx_t values (3, 'three');
\endif
insert into pipe_tx_t values (1, 'duplicate');
insert into pipe_tx_t values (4, 'after the error');
select 'still aborted';
commit;
select id, label from pipe_tx_t order by id;
begin;
insert into pipe_tx_t values (5, 'five');
select 1/0 as boom;
select 'aborted' as state;
rollback;
begin;
savepoint s1;
insert into pipe_tx_t values (6, 'six');
insert into pipe_tx_t values (6, 'six again');
rollback to savepoint s1;
insert into pipe_tx_t values (7, 'seven');
commit;
select id, label from pipe_tx_t order by id;
drop table pipe_tx_t;
