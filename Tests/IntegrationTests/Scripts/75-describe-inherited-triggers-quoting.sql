-- \d of triggers inherited from a partitioned parent, quoted names in footers, no match.
create table descq_pk (a int primary key);
create table descq_fk (a int references descq_pk) partition by list (a);
create table descq_fk1 partition of descq_fk for values in (1);
create function descq_f() returns trigger language plpgsql as $$ begin return new; end $$;
create trigger descq_on_parent after insert on descq_fk for each row execute function descq_f();
\d descq_fk1
\d+ descq_fk
\d descq_pk
create schema "descq Odd";
create type "descq Odd"."T y" as (a int);
create table "descq Odd"."tab le" of "descq Odd"."T y";
create table "descq Odd".kid () inherits ("descq Odd"."tab le");
\d "descq Odd"."tab le"
\d+ "descq Odd".*
\d descq_no_such_relation
\d descq_*
drop schema "descq Odd" cascade;
drop table descq_fk, descq_pk;
drop function descq_f();
