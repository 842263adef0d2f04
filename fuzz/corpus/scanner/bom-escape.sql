select E'\'';
select U&"a" UESCAPE '!';
