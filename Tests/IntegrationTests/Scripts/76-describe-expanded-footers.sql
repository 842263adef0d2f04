-- Expanded output sets \d footers apart with a blank line, as psql does (aligned with border 0 and 1, unaligned).
create sequence exseq_s;
create table exseq_t (id int, v text);
alter sequence exseq_s owned by exseq_t.id;
\pset expanded on
\d exseq_s
\d+ exseq_t
\pset border 2
\d exseq_s
\pset border 0
\d exseq_s
\pset border 1
\pset format unaligned
\d exseq_s
\pset expanded off
\d exseq_s
\pset format aligned
drop table exseq_t;
-- \drds with nothing to show: an error unless QUIET, which prints the empty table.
\drds "no.such.setting"
\set QUIET on
\drds "no.such.setting"
\drds nosuch_role nosuch_db
\set QUIET off
