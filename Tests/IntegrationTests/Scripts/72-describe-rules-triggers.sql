-- \d of rules and triggers on tables and views, view definitions, materialized views.
create table descrt_t (a int, b text);
create table descrt_log (a int);
create rule descrt_r1 as on insert to descrt_t do also insert into descrt_log values (new.a);
create rule descrt_r2 as on delete to descrt_t do instead nothing;
create rule descrt_r3 as on update to descrt_t do also insert into descrt_log values (old.a);
alter table descrt_t disable rule descrt_r2;
alter table descrt_t enable always rule descrt_r3;
\d descrt_t
create function descrt_f() returns trigger language plpgsql as $$ begin return new; end $$;
create trigger descrt_tr1 before insert on descrt_t for each row execute function descrt_f();
create trigger descrt_tr2 after update on descrt_t for each row execute function descrt_f();
create trigger descrt_tr3 before delete on descrt_t for each row execute function descrt_f();
alter table descrt_t disable trigger descrt_tr2;
alter table descrt_t enable replica trigger descrt_tr3;
\d descrt_t
create view descrt_v as select a, b from descrt_t where a > 0;
create rule descrt_vr as on insert to descrt_v do instead insert into descrt_t values (new.a, new.b);
create trigger descrt_vt instead of update on descrt_v for each row execute function descrt_f();
\d descrt_v
\d+ descrt_v
create materialized view descrt_m as select a from descrt_t;
\d descrt_m
\d+ descrt_m
drop materialized view descrt_m;
drop view descrt_v;
drop table descrt_t, descrt_log;
drop function descrt_f();
