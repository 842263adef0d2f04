-- ROW_COUNT follows each command's tag; a value set by hand lasts until the next query.
create temporary table row_counts (n int);
insert into row_counts select generate_series(1, 5);
\echo :ROW_COUNT :ERROR :SQLSTATE
update row_counts set n = n + 1 where n > 2;
\echo :ROW_COUNT
\set ROW_COUNT mine
\echo :ROW_COUNT :ERROR :SQLSTATE
delete from row_counts;
\echo :ROW_COUNT
-- The scanner follows standard_conforming_strings as the server reports it after each statement.
set standard_conforming_strings = off;
select 'a\'b' as escaped;
set standard_conforming_strings = on;
select 'a\' as plain;
