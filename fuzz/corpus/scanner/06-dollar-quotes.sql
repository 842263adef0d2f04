-- Dollar quotes with and without tags.
select $$a; b$$ as untagged;
select $tag$ contains $$ and $other$; $tag$ as tagged;
select $a$ $b$ ; $b$ $a$ as nested_looking;
select $$
multi; line
$$ as body;
select $_1$x$_1$ as underscore_tag;
