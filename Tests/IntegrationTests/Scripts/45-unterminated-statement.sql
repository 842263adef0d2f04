-- A statement at end of input without a semicolon is still sent.
select 'sent without a semicolon' as note
