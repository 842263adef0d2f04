-- psql's restricted mode: only \unrestrict with the same key runs.
\restrict
\unrestrict abc
\restrict k3y;
select 1 as sql_still_runs;
\echo refused \echo also_gone
\! echo never
\if true
\endif
\unrestrict wrong
\unrestrict k3y
\echo back
\restrict a
\i /nonexistent
\unrestrict a \echo extra
\echo done
\restrict b
\unrestrict b;;
\echo semicolons
\restrict c
\unrestrict 'c'
\unrestrict c   
\echo spaces
\restrict d
\unrestrict d e
\unrestrict  d
\echo leading
