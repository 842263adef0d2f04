-- SQL-standard function bodies: semicolons inside BEGIN ATOMIC ... END.
create function scan11_add(a int, b int) returns int
language sql
begin atomic
  select a + b;
end;
select scan11_add(2, 3) as five;
create or replace function scan11_case(x int) returns text
language sql
begin atomic
  select case when x > 0 then 'positive' else 'not positive' end;
end;
select scan11_case(1), scan11_case(-1);
drop function scan11_add(int, int);
drop function scan11_case(int);
