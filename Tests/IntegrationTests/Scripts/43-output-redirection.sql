-- \o and \g FILE send results to a file; \qecho follows \o, \echo does not.
\o /tmp/dsql-diff-43-o.txt
select 1 as redirected;
\qecho to the file
\echo to stdout
\o
select 2 as back_on_stdout;
select 3 as via_g \g /tmp/dsql-diff-43-g.txt
\! cat /tmp/dsql-diff-43-o.txt /tmp/dsql-diff-43-g.txt; rm -f /tmp/dsql-diff-43-o.txt /tmp/dsql-diff-43-g.txt
