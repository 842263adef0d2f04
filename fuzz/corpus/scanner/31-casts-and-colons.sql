-- Colons that are not variables: casts, slices, named arguments.
select 1::text as casted, '2'::int + 3 as sum;
select (array[1,2,3])[1:2] as slice;
create function scan31_f(a int, b int default 0) returns int language sql as 'select a + b';
select scan31_f(a => 1, b := 2) as named;
drop function scan31_f(int, int);
select 'a:b' as colon_in_string, 1 as "colon:ident";
