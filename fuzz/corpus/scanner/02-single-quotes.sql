-- Single quotes, doubled quotes, semicolons inside strings.
select 'plain';
select 'it''s; not the end' as doubled;
select '' as empty, '''' as one_quote;
select 'multi
line; string' as spans_lines;
select 'a' || ';' || 'b' as joined;
