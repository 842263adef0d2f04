-- Text from a skipped branch is discarded from the query buffer.
select 1 as a,
\if false
  2 as skipped,
\else
  3 as b,
\endif
  4 as c;
