-- ON_ERROR_ROLLBACK on: a failed statement inside a transaction rolls back to psql's
-- savepoint and the transaction goes on; the user's own savepoints are kept.
create temp table psqlmeta_oer (a int primary key);
\set ON_ERROR_ROLLBACK on
begin;
insert into psqlmeta_oer values (1);
insert into psqlmeta_oer values ('x');
insert into psqlmeta_oer values (1);
savepoint psqlmeta_mine;
insert into psqlmeta_oer values (2);
rollback to psqlmeta_mine;
insert into psqlmeta_oer values (3);
commit;
select * from psqlmeta_oer order by a;
\set ON_ERROR_ROLLBACK interactive
begin;
insert into psqlmeta_oer values (4);
select 1/0;
insert into psqlmeta_oer values (5);
commit;
select * from psqlmeta_oer order by a;
\set AUTOCOMMIT off
\set ON_ERROR_ROLLBACK on
insert into psqlmeta_oer values (6);
insert into psqlmeta_oer values (6);
commit;
\set AUTOCOMMIT on
\set ON_ERROR_ROLLBACK off
select * from psqlmeta_oer order by a;
drop table psqlmeta_oer;
-- \gdesc errors follow VERBOSITY as it is now; HIDE_TABLEAM hides the access method.
\set VERBOSITY sqlstate
select 1 as \gdesc
\set VERBOSITY default
create schema psqlmeta_am;
create table psqlmeta_am.t (a int);
\set HIDE_TABLEAM on
\dt+ psqlmeta_am.*
\set HIDE_TABLEAM off
drop schema psqlmeta_am cascade;
\set VERBOSITY sqlstate
select 1/0;
\set VERBOSITY default
select 2 as \gdesc
