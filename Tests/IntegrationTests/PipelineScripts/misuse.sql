-- Pipeline meta-commands where they do not belong.
\getresults
\getresults 2
\endpipeline
\syncpipeline
\sendpipeline
SELECT 1 \bind \sendpipeline
\parse
\bind_named
\close_prepared
\getresults -1
\startpipeline
\getresults
\getresults -1
\sendpipeline
SELECT 1 \sendpipeline
SELECT 1 AS a \bind \gset
SELECT 1 \bind \g
SELECT 1 \bind \gx
SELECT 1 \bind \sendpipeline
\watch 1
\flushrequest
\getresults
SELECT 'still usable' AS u;
\endpipeline
\getresults 1
SELECT 'done' AS d;
