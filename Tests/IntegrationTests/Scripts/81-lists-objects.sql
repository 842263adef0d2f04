-- psql's listing meta-commands over objects this script creates (all under lists_s).
create schema lists_s;
create domain lists_s.lists_dom as int not null default 3 check (value > 0);
create type lists_s.lists_enum as enum ('a', 'b');
create function lists_s.lists_f(int) returns int language sql immutable as 'select $1';
create function lists_s.lists_f(text) returns text language sql as 'select $1';
create aggregate lists_s.lists_agg(int) (sfunc = int4pl, stype = int);
create operator lists_s.### (leftarg = int, rightarg = int, function = int4pl);
create collation lists_s.lists_coll (provider = libc, locale = 'C');
create table lists_s.lists_t (a int constraint lists_check check (a > 0), b int);
create statistics lists_s.lists_stat on a, b from lists_s.lists_t;
comment on constraint lists_check on lists_s.lists_t is 'positive a';
comment on domain lists_s.lists_dom is 'a counted thing';
grant select on lists_s.lists_t to public;
-- NULL shows as empty in listings, whatever \pset null says.
\pset null '(null)'
\dD lists_s.*
\dD+ lists_s.*
\dT lists_s.*
\dT+ lists_s.lists_enum
\da lists_s.*
\df lists_s.*
\dfa lists_s.*
\dfn lists_s.lists_f
\df lists_s.lists_f int
\df lists_s.lists_f text
\do lists_s.*
\do lists_s.### int int
\do+ lists_s.### - int
\dO lists_s.*
\dC lists_s.lists_dom
\dd lists_s.*
\dc lists_s.*
\dX lists_s.*
\dP lists_s.*
\dtvs lists_s.*
\dt+ lists_s.*
\set HIDE_TABLEAM on
\dt+ lists_s.*
\set HIDE_TABLEAM off
\dSt lists_s.lists_dom
\dp lists_s.*
\z lists_s.lists_t
\pset null ''
-- Catalog objects every PostgreSQL 15 has.
\dA heap
\dA+ heap
\dAc btree int4
\dAf btree int4
\dAp btree integer_ops
\dL plpgsql
\dx plpgsql
\dFp default
\dFd simple
\dFt simple
\dF simple
\dconfig work_mem
-- Nothing to find.
\dy lists_nothing
\drds lists_nobody
\drds lists_nobody lists_nodb
\ddp lists_nothing
\db lists_nothing
\dew lists_nothing
\des lists_nothing
\deu lists_nothing
\det lists_nothing
\dRp lists_nothing
\dRp+ lists_nothing
\dRs lists_nothing
\dx+ lists_nothing
\dF+ lists_nothing
-- Patterns psql refuses.
\dA a.b
\dL a.b
\dn a.b
\dg a.b
\da a.b.c.d
\dT nonesuch.public.int
drop schema lists_s cascade;
