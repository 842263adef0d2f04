-- A pipeline of several queries: bound ones, plain ones, a sync, results read in steps.
\echo :PIPELINE_SYNC_COUNT :PIPELINE_COMMAND_COUNT :PIPELINE_RESULT_COUNT
\startpipeline
\startpipeline
SELECT $1 AS a \bind 'one' \sendpipeline
SELECT $1::int + $2::int AS sum \bind 2 3 \sendpipeline
SELECT 'plain' AS b;
SELECT 1; SELECT 2
;
\echo :PIPELINE_SYNC_COUNT :PIPELINE_COMMAND_COUNT :PIPELINE_RESULT_COUNT
\syncpipeline
\echo :PIPELINE_SYNC_COUNT :PIPELINE_COMMAND_COUNT :PIPELINE_RESULT_COUNT
SELECT $1 AS later \bind 'after the sync' \sendpipeline
\getresults 2
\echo :PIPELINE_SYNC_COUNT :PIPELINE_COMMAND_COUNT :PIPELINE_RESULT_COUNT
\flushrequest
\getresults
\echo :PIPELINE_SYNC_COUNT :PIPELINE_COMMAND_COUNT :PIPELINE_RESULT_COUNT
\endpipeline
\echo :PIPELINE_SYNC_COUNT :PIPELINE_COMMAND_COUNT :PIPELINE_RESULT_COUNT :ERROR
SELECT 'outside again' AS c;
