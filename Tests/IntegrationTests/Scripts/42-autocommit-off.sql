-- AUTOCOMMIT off: statements run in an implicit transaction until COMMIT or ROLLBACK.
\set AUTOCOMMIT off
create table auto41_t (n int);
insert into auto41_t values (1), (2);
select count(*) from auto41_t;
rollback;
select count(*) from auto41_t;
rollback;
\set AUTOCOMMIT on
select 'back on' as mode;
