-- A dollar quote left open at end of file is sent as it is; the server reports the error.
select 'before' as ok;
select $$never closed;
select 2;
