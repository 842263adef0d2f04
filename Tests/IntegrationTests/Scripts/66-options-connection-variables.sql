-- psql's connection variables, set after connecting (compared so that the server's
-- version and port do not matter).
\echo :DBNAME :USER :ENCODING
select :'DBNAME' = current_database() as same_db, :'USER' = current_user as same_user,
       :'PORT' = current_setting('port') as same_port;
select :SERVER_VERSION_NUM = current_setting('server_version_num')::int as same_num,
       :'SERVER_VERSION_NAME' = current_setting('server_version') as same_name;
\if :{?VERSION}
\echo VERSION is set
\endif
select :VERSION_NUM > 0 as version_num_positive, length(:'VERSION_NAME') > 0 as version_name_given;
-- LASTOID: unset until a command reports one; 0 for a table without OIDs.
\echo :LASTOID
create table options_vars_t (a int);
\echo :LASTOID
insert into options_vars_t values (1) returning a;
\echo :LASTOID
-- ENCODING follows SET client_encoding.
set client_encoding to 'LATIN1';
\echo :ENCODING
reset client_encoding;
\echo :ENCODING
-- A script may overwrite them, as in psql.
\set DBNAME other
\echo :DBNAME
drop table options_vars_t;
