-- Non-ASCII text in strings, identifiers and comments (ünïcödé; ok).
select 'naïve café; ☕' as drink;
create table scan33_tëst ("ñame" text);
insert into scan33_tëst values ('日本語; テキスト');
select "ñame" from scan33_tëst;
drop table scan33_tëst;
