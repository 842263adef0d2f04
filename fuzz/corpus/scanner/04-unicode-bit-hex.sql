-- U&'' strings and identifiers, bit and hex strings.
select U&'d\0061t\+000061' as data;
select U&'d!0061t' uescape '!' as custom_escape;
select 1 as U&"c\006Fl";
select B'1010' as bits, X'1F' as hex_bits;
select b'01' || B'10' as more_bits;
select N'national' as nchar;
