select 1;
\set x 1
\echo :x :'x' :"x" `echo hi`
\if true
select 2;
\else
select 3;
\endif
