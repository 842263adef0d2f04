-- ON_ERROR_STOP ends the script at the first error with exit status 3.
select 1 as first;
\set ON_ERROR_STOP on
select * from no_such_table_41;
select 2 as never_printed;
