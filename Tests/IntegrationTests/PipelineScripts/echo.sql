-- ECHO queries shows what each pipeline command sends (an empty buffer sends the previous
-- query again); ECHO errors shows it after a step that failed.
\set ECHO queries
SELECT 'q' AS q;
\startpipeline
SELECT $1 AS b \bind 'bound' \sendpipeline
\syncpipeline
\getresults
\endpipeline
\set ECHO errors
\startpipeline
SELECT 1/0 AS boom;
\flushrequest
\getresults
\getresults
\endpipeline
SELECT $1 \parse
\parse pipe_previous
\bind_named pipe_previous 'previous query, prepared' \g
