-- E'' strings with backslash escapes.
select E'tab\there' as tabbed;
select E'quote \' inside; still inside' as escaped_quote;
select E'backslash \\' as trailing_backslash;
select e'\x41\102\u0043' as letters;
select length(E'a\nb') as len;
