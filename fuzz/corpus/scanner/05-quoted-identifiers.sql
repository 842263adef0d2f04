-- Quoted identifiers with spaces, semicolons and doubled quotes.
create table "scan05 odd;name" ("weird ""col""" int, "select" text);
insert into "scan05 odd;name" values (1, 'x');
select "weird ""col""", "select" from "scan05 odd;name";
select 1 as "multi
line alias";
drop table "scan05 odd;name";
