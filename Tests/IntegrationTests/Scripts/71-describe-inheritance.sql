-- \d of inheritance, typed tables, unlogged relations, replica identity, composite types.
create table descinh_parent (id int primary key, note text);
create table descinh_other (extra int);
create table descinh_child (more int) inherits (descinh_parent, descinh_other);
create table descinh_child2 () inherits (descinh_parent);
\d descinh_parent
\d+ descinh_parent
\d descinh_child
create type descinh_type as (id int, name text);
\d descinh_type
\d+ descinh_type
create table descinh_typed of descinh_type (primary key (id));
\d descinh_typed
create unlogged table descinh_unlogged (a int);
create unlogged sequence descinh_seq;
\d descinh_unlogged
\d descinh_seq
alter table descinh_parent replica identity full;
\d+ descinh_parent
alter table descinh_child replica identity nothing;
\d+ descinh_child
create table descinh_opts (a int) with (fillfactor = 70, toast.autovacuum_enabled = false);
\d+ descinh_opts
drop table descinh_child, descinh_child2, descinh_parent, descinh_other, descinh_typed, descinh_unlogged, descinh_opts;
drop sequence descinh_seq;
drop type descinh_type;
