-- Backquoted shell commands in meta-command arguments.
\set greeting `echo hello`
\echo :greeting
\set name world
\set combined pre`echo :name`post
\echo :combined
select :'greeting' as g;
