-- COPY cannot run in a pipeline: psql ends the connection when it meets it.
\startpipeline
SELECT 'before' AS b;
COPY (SELECT 1) TO STDOUT;
\endpipeline
\echo not reached
