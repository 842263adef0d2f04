-- Meta-command argument quoting.
\echo 'single quoted' "double quoted" bare
\echo 'it''s' 'tab\there' '\x41\101'
\set v value
\echo :v :'v' :"v" pre:v
\echo -n no newline
\echo
\set empty ''
\echo [:empty]
\qecho to query output
