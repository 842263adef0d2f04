-- A subscription that cannot reach its publisher fails with SQLSTATE 08001 on a live
-- connection: an ordinary error, the script goes on.
create subscription lists_sub_bad connection 'port=-1' publication lists_nothing;
select 'still connected' as after_class_08;
set client_min_messages = error;
create subscription lists_sub connection 'dbname=lists_nowhere' publication lists_pub with (connect = false);
reset client_min_messages;
\dRs lists_sub
\dRs+ lists_sub
\dRs lists_nothing
alter subscription lists_sub set (slot_name = none);
drop subscription lists_sub;
