-- SINGLELINE (psql -S): the end of a line ends the statement, except inside quotes or parentheses.
\set SINGLELINE on
select 1 as one
select 'two
lines' as quoted
select (1
  + 2) as paren
select 4 as a; select 5 as b
\echo after
\set SINGLELINE off
select 6 as c
;
