-- \lo_import/\lo_export/\lo_unlink (OIDs kept out of the output), \sf, \sv, \cd,
-- \encoding, \errverbose, \copyright, \w, \restrict, \C, \f, \T, \H.
\set QUIET on
\! echo 'psqlmeta large object' > /tmp/psqlmeta_lo_in.txt
\lo_import /tmp/psqlmeta_lo_in.txt 'psqlmeta''s comment'
\set psqlmeta_oid :LASTOID
select obj_description(:psqlmeta_oid, 'pg_largeobject') as comment;
\lo_export :psqlmeta_oid /tmp/psqlmeta_lo_out.txt
\! cat /tmp/psqlmeta_lo_out.txt; rm -f /tmp/psqlmeta_lo_in.txt /tmp/psqlmeta_lo_out.txt
\lo_unlink :psqlmeta_oid
\set QUIET off
\lo_export :psqlmeta_oid
\lo_import /nonexistent/psqlmeta
\lo_unlink
\sf+ information_schema._pg_expandarray
\sf pg_catalog.nosuchfunction(int)
\sf abs(int);
create temp view psqlmeta_v with (security_barrier=true) as select 1 as a where true with cascaded check option;
\sv+ psqlmeta_v
\sv pg_class
drop view psqlmeta_v;
\encoding
\encoding psqlmeta_bogus
\errverbose
select 1/0;
\errverbose
\copyright
\cd /nonexistent/psqlmeta
select 'psqlmeta written' as text
\w /tmp/psqlmeta_w.sql
\r
\i /tmp/psqlmeta_w.sql
\! rm -f /tmp/psqlmeta_w.sql
\w
\restrict psqlmeta_key
\echo restricted
\unrestrict wrong
\unrestrict psqlmeta_key
\unrestrict psqlmeta_key
\C 'psqlmeta title'
\f ,
\a
select 1 as a, 2 as b;
\a
\C
\T border=0
\H
select 1 as a;
\H
\T
