-- Errors set ERROR, SQLSTATE and LAST_ERROR_*; successes reset ERROR and set ROW_COUNT.
select * from generate_series(1, 3);
\echo :ERROR :SQLSTATE :ROW_COUNT
select 1/0;
\echo :ERROR :SQLSTATE :LAST_ERROR_SQLSTATE :'LAST_ERROR_MESSAGE'
\if :ERROR
  \echo the last statement failed
\else
  \echo unreachable
\endif
select 'recovered' as state;
\echo :ERROR
