-- Variables: plain, literal, identifier, existence test.
\set tbl scan17_items
\set val 'O''Brien'
\set col name
create table :tbl (id int, :"col" text);
insert into :tbl values (1, :'val');
select :"col" from :tbl where :"col" = :'val';
select :{?tbl} as tbl_set, :{?nothing} as nothing_set;
select ':tbl' as not_expanded_in_quotes, 1 as ":tbl";
\set back 'C:\temp'
select :'back' as with_backslash;
drop table :tbl;
\unset tbl
\echo :tbl
