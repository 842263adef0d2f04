-- A PL/pgSQL function with a tagged dollar quote containing $$.
create function scan14_f(x int) returns text language plpgsql as $fn$
begin
  if x > 1 then
    return 'big; ' || $$quoted$$;
  end if;
  return 'small';
end;
$fn$;
select scan14_f(2), scan14_f(0);
drop function scan14_f(int);
