-- \d of tablespaces, foreign tables, indexes, TOAST-less details; trailing semicolons after patterns.
set allow_in_place_tablespaces = true;
create tablespace descsf_space location '';
create table descsf_t (a int primary key using index tablespace descsf_space, b text) tablespace descsf_space;
create index descsf_t_b on descsf_t (b) tablespace descsf_space;
create unique index descsf_t_ab on descsf_t (a, b) where a > 0;
alter table descsf_t cluster on descsf_t_b;
\d descsf_t;
\d+ descsf_t
\d descsf_t_b
\d+ descsf_t_ab;;
\dt descsf_t;
create foreign data wrapper descsf_fdw;
create server descsf_server foreign data wrapper descsf_fdw;
create foreign table descsf_ft (a int options (column_name 'x'), b text not null) server descsf_server options (schema_name 'some', table_name 'thing');
\d descsf_ft
\d+ descsf_ft
drop foreign table descsf_ft;
drop server descsf_server;
drop foreign data wrapper descsf_fdw;
drop table descsf_t;
drop tablespace descsf_space;
