-- \dRp+ describes each publication with its tables and schemas as footers.
set client_min_messages = error;
create schema lists_pub_s;
create table lists_pub_t (a int primary key, b text, c int);
create publication lists_pub_all for table lists_pub_t;
create publication lists_pub_some for table lists_pub_t (a, b) where (a > 10) with (publish = 'insert');
create publication lists_pub_schema for tables in schema lists_pub_s;
reset client_min_messages;
\dRp lists_pub_*
\dRp+ lists_pub_*
\dRp+ lists_pub_some
begin;
\dRp lists_pub_all
commit;
\dRp+ lists_nothing_*
\dx+ plpgsql
\dFp+ default
\dF+ simple
drop publication lists_pub_all, lists_pub_some, lists_pub_schema;
drop table lists_pub_t;
drop schema lists_pub_s;
