-- \bind and \bind_named outside a pipeline: sent and printed at once.
SELECT $1 AS a, $2::int * 2 AS b \bind 'x' 21 \g
SELECT $1::text IS NULL AS is_null, length($1) \bind ''
;
SELECT $1 AS v \bind 'kept' \gset
\echo :v
SELECT $1 \bind 1 2 \g
\echo :ERROR :SQLSTATE
SELECT 'after' AS z;
SELECT $1::int + 1 AS next \parse pipe_next
\bind_named pipe_next 41 \g
\bind_named pipe_next 1 \gx
\bind_named pipe_missing \g
\startpipeline
SELECT $1 \parse ''
\bind_named '' 7 \sendpipeline
\bind_named pipe_next 99 \sendpipeline
\endpipeline
