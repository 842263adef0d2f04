-- Semicolons inside parentheses do not end the statement (the server rejects them).
select (1 + 2) * (3 + (4 - 1)) as nested;
select count(*) from (
  select 1 union all select 2
) as sub;
select array[(1), (2)] as arr;
select (1;
2);
select 'after error' as recovered;
