-- \if / \elif / \else / \endif.
\set flag true
\if :flag
  select 'flag is on' as branch;
\elif false
  select 'never' as branch;
\else
  select 'never either' as branch;
\endif
\if false
  select 'skipped';
\elif yes
  select 'elif taken' as branch;
\endif
\if off
  \echo not printed
\else
  \echo else printed
\endif
