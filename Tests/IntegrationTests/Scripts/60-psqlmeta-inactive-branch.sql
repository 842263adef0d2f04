-- Commands in an inactive \if branch consume exactly the arguments they would
-- consume when active, and run nothing: `\w |cmd \else` keeps the \else inside the
-- pipe command, `\! cmd \endif` keeps the \endif, and backquotes are not run.
\if false
  \echo `echo psqlmeta_not_run` :foo
  \w |echo psqlmeta_pipe_not_run \else
  \! echo psqlmeta_shell_not_run \endif
  \g |echo psqlmeta_g_not_run \else
  \g (format=csv title='x') |echo psqlmeta_gopts_not_run \else
  \o |echo psqlmeta_o_not_run \else
  \copy psqlmeta_t from stdin \endif
  \h select \endif
  \set psqlmeta_x 1
\else
  \echo 'inactive branch skipped'
\endif
\echo :{?psqlmeta_x}
-- An unknown command fails in either branch; the rest of its line is thrown away.
\if false
  \psqlmeta_nonesuch arg \echo not printed
\endif
\psqlmeta_nonesuch arg \echo not printed
-- Extra arguments are reported, not evaluated.
\pset fieldsep | `echo psqlmeta_extra` :foo :'foo'
\pset fieldsep '|'
\timing off extra
-- `\\` after a command's arguments separates the next command.
select 1 as x \gset psqlmeta_ \\ \echo :psqlmeta_x
