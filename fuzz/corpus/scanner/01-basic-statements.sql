-- Basic statements, one and several per line.
create table scan01_items (id int primary key, name text);
insert into scan01_items values (1, 'one'); insert into scan01_items values (2, 'two');
select id, name
  from scan01_items
 order by id;
select count(*) from scan01_items;select max(id) from scan01_items;
drop table scan01_items;
