create function f() returns int begin atomic select 1; end;
select $$a;$$, $t$x$t$;
/* nested /* */ */ select 'unterminated
