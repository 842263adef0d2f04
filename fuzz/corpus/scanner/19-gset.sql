-- \gset stores result columns in variables.
select 41 + 1 as answer, 'text value' as label \gset
\echo :answer :label
select 10 as n \gset pre_
select :pre_n * 2 as doubled;
select 'a' as x, 'b' as y
\gset
\echo :x :y
