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
