-- COPY data follows the statement inline, up to \.
create table scan28_t (id int, label text);
copy scan28_t (id, label) from stdin;
1	one
2	two; with semicolon
3	\N
\.
select id, coalesce(label, '<null>') from scan28_t order by id;
drop table scan28_t;
