// SQLScanner — psql-compatible input splitting for dsql.
//
// This module owns everything psql does between reading a line and acting on
// it: the statement scanner (psqlscan's SEMICOLON / BACKSLASH / INCOMPLETE /
// EOL contract and the `%R` prompt state), the meta-command lexer
// (psqlscanslash's argument modes), the variable store with psql's special
// variables, variable interpolation and quoting, and the `\if` conditional
// stack.
//
// It is pure Swift: it never imports a C module and performs no I/O. Input
// arrives as lines, variables through a lookup the caller passes in, and
// backquoted shell commands are reported to the caller rather than run.
