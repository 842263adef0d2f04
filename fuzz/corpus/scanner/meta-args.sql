\i 'a b'.sql
\! ls -l
\c dbname 'user' "Host"
\w |cat
\pset border 2
\g
