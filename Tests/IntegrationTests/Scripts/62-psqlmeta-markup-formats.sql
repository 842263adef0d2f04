-- psql's markup formats: html (with \T and \H), asciidoc, latex, latex-longtable and
-- troff-ms, each with a title, borders 0-3, tuples only and expanded output.
prepare psqlmeta_q as
  select 'some|text' as "a|title", '   ' as "empty ", n as int, E'x<y>&"z"\n#$%_{}~^\\' as junk, null as nothing
  from generate_series(1, 2) as n;
\pset null '(null)'
\pset format asciidoc
\pset title 'psqlmeta {title} | & <x>'
\pset border 0
execute psqlmeta_q;
\pset border 2
\pset expanded on
execute psqlmeta_q;
\pset tuples_only on
execute psqlmeta_q;
\pset tuples_only off
\pset expanded off
\H
\T 'class="psqlmeta" cellpadding=3'
\pset border 1
execute psqlmeta_q;
\x on
execute psqlmeta_q;
\x off
\T
\pset format latex
\pset border 3
execute psqlmeta_q;
\x on
execute psqlmeta_q;
\x off
\pset footer off
\pset border 1
execute psqlmeta_q;
\pset footer on
\pset format latex-longtable
\pset tableattr '0.2 0.3'
\pset border 2
execute psqlmeta_q;
\pset border 3
\pset title
execute psqlmeta_q;
\pset format troff-ms
\pset title psqlmeta
execute psqlmeta_q;
\x on
\pset border 2
execute psqlmeta_q;
\x off
\pset format troff
\pset format bogus
\C psqlmeta_caption
\f ;
\pset format unaligned
execute psqlmeta_q;
deallocate psqlmeta_q;
