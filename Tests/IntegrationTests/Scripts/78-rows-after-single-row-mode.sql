-- A statement read row by row (a streamed format through \g options) followed by plain ones:
-- with PIPELINE on, the next statement is sent ahead and libpq hands its rows over one by
-- one too; they must still print as a whole table.
create temporary table srm_t (n int);
select 1 as one \g (format=csv)
select 2 as two;
insert into srm_t values (5) returning n;
\echo after
select 3 as three \g (format=unaligned)
select n from srm_t;
drop table srm_t;
