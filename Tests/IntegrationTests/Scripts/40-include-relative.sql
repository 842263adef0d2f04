-- \ir resolves against this file's folder; \i against the working directory.
\echo before include
\ir included/child.sql
select :child_value as from_child;
\echo after include
