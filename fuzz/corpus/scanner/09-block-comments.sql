/* A leading block comment is sent with the statement. */
select 1 as one;
select /* inline; comment */ 2 as two;
select 3 /* nested /* comment; */ still inside; */ as three;
/*
 * multi-line
 * comment; with semicolons
 */
select 4 as four;
select 5 as five /* trailing */;
