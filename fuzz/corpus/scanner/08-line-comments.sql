-- Leading comment lines are not sent.
-- Neither is this one; even with a semicolon.

select 1 -- a trailing comment; with a semicolon
  + 1 as two;
select 'not -- a comment' as s; -- after the statement
  -- indented comment
select 3
-- comment between lines
;
