-- With ON_ERROR_STOP an error read from the pipeline stops the script.
\set ON_ERROR_STOP on
\startpipeline
SELECT 'first' AS f;
SELECT 1/0;
SELECT 'not run' AS n;
\flushrequest
\getresults
\echo not reached
