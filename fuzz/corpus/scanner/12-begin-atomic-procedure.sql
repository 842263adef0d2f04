-- Procedures with BEGIN ATOMIC bodies of several statements.
create table scan12_log (msg text);
CREATE PROCEDURE scan12_write(m text)
LANGUAGE SQL
BEGIN ATOMIC
  INSERT INTO scan12_log VALUES (m);
  INSERT INTO scan12_log VALUES (m || '!');
END;
call scan12_write('hi');
select msg from scan12_log order by msg;
create or replace procedure scan12_write(m text) language sql begin atomic insert into scan12_log values (upper(m)); end;
call scan12_write('x');
select count(*) from scan12_log;
drop procedure scan12_write(text);
drop table scan12_log;
