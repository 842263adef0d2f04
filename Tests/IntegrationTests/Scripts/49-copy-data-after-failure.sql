-- After a failed COPY … FROM STDIN the in-line data that follows is skipped up to its \. line,
-- never run as SQL (psql's fix for CVE-2026-6464): one block per COPY the server never read.
create temp table ok1(a int);
copy nosuch from stdin;
select 'smuggled 1';
\.
copy nosuch (a, b) from stdin; select 'same line';
select 'smuggled 2';
\.
copy n1 from stdin \; copy n2 from stdin;
select 'smuggled 3';
\.
select 'smuggled 4';
\.
copy ok1 from stdin \; copy n2 from stdin;
5
\.
select 'smuggled 5';
\.
copy "nosuch" from "stdin";
select 'not data';
copy a.b.c.d.e.f from stdin;
select 'eighth identifier';
\.x
copy nosuch from stdin
\g
select 'smuggled 6';
\.
select count(*) from ok1;
select 1/0;
copy nosuch from stdin;
select 'to the end';
