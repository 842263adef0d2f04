-- \close_prepared needs libpq 17 or later.
SELECT $1::int * 10 AS t \parse pipe_ten
\bind_named pipe_ten 4 \g
\close_prepared pipe_ten
\bind_named pipe_ten 4 \g
\startpipeline
SELECT $1 AS p \parse pipe_p
\bind_named pipe_p 'in pipeline' \sendpipeline
\close_prepared pipe_p
\bind_named pipe_p 'closed' \sendpipeline
\endpipeline
