-- PL/pgSQL in dollar quotes: BEGIN ... END inside the body.
create table scan13_t (n int);
do $$
begin
  for i in 1..3 loop
    insert into scan13_t values (i);
  end loop;
end
$$;
do $body$
declare
  total int;
begin
  select sum(n) into total from scan13_t;
  raise notice 'total: %', total;
end;
$body$ language plpgsql;
select sum(n) from scan13_t;
drop table scan13_t;
