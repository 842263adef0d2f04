-- An error aborts the pipeline up to the next sync; later syncs start afresh.
CREATE TEMP TABLE pipe_items (a int PRIMARY KEY);
\startpipeline
INSERT INTO pipe_items VALUES ($1) \bind 1 \sendpipeline
INSERT INTO pipe_items VALUES ($1) \bind 1 \sendpipeline
SELECT 'skipped' AS s;
SELECT $1 \bind \sendpipeline
\syncpipeline
SELECT count(*) FROM pipe_items;
SELECT 1/0;
\syncpipeline
SELECT $1 \bind 1 \sendpipeline
\flushrequest
\getresults 1
\echo :ERROR :SQLSTATE :PIPELINE_RESULT_COUNT
\getresults
\endpipeline
\echo :ERROR
\startpipeline
SELECT $1 \bind \sendpipeline
SELECT $1 \bind 2 \sendpipeline
\syncpipeline
\getresults 1
\getresults 1
\getresults 1
\endpipeline
