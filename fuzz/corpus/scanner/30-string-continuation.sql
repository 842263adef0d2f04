-- Adjacent string literals separated by a newline are one literal.
select 'foo'
'bar' as continued;
select 'a'
  -- a comment between the parts
  'b' as with_comment;
select E'x\t'
'y' as escaped_continued;
