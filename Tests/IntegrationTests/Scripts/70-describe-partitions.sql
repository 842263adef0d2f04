-- \d and \d+ of partitioned tables, partitions and partitioned indexes.
create table descpart_p (a int, b text) partition by range (a);
\d descpart_p
\d+ descpart_p
create table descpart_p1 partition of descpart_p for values from (1) to (10);
create table descpart_p2 partition of descpart_p for values from (10) to (20) partition by list (b);
create table descpart_pd partition of descpart_p default;
create index descpart_p_a on descpart_p (a);
\d descpart_p
\d+ descpart_p
\d descpart_p1
\d+ descpart_p1
\d+ descpart_pd
\d descpart_p2
\d descpart_p_a
\d+ descpart_p_a
drop table descpart_p;
