-- Meta-commands mid-line and the \\ separator.
select 'first' as col \g
\echo one \\ select 'after separator' as col;
select 'x' as expanded \gx
\pset format unaligned
select 1 as a, 2 as b;
\pset format aligned
\echo a \echo b
