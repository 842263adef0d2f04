-- Tables the benchmark reads and writes; recreated on every run of bench/run.
drop table if exists bench_rows, bench_copy, bench_ins;
create table bench_rows (
    id int4 not null,
    big int8 not null,
    amount numeric(14, 4) not null,
    label text not null,
    at timestamptz not null,
    flag bool not null
);
insert into bench_rows
select g,
       g::int8 * 1000003,
       (g * 3.1416)::numeric(14, 4),
       substr(md5(g::text), 1, 20),
       timestamptz '2024-01-01 00:00:00+00' + g * interval '37 seconds',
       g % 3 = 0
from generate_series(1, 1000000) as g;
create table bench_copy (like bench_rows);
create table bench_ins (id int4 primary key, label text);
vacuum analyze bench_rows;
