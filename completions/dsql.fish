function __dsql_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __dsql_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __dsql_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __dsql_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __dsql_parse_tokens -S
    set -l unparsed_tokens (__dsql_tokens -pc)
    switch $unparsed_tokens[1]
    case 'dsql'
        # dsql takes a subcommand only as its first argument, an endpoint there otherwise.
        set -l root_positionals 1
        contains -- "$unparsed_tokens[2]" check doctor token help; and set root_positionals 0
        __dsql_parse_subcommand $root_positionals 'h/host=' 'hostaddr=' 'p/port=' 'U/user=' 'd/dbname=' 'w/no-password' 'W/password' 'sslmode=' 'sslrootcert=' 'sslnegotiation=' 'region=' 'profile=' 'token-expires-in=' 'no-iam' 'c/command=+' 'f/file=+' 'v/set=+' '1/single-transaction' 'X/no-rc' 'n/no-readline' 'l/list' 's/single-step' 'S/single-line' 'L/log-file=' 'pipeline' 'connection-max-age=' 'q/quiet' 'a/echo-all' 'e/echo-queries' 'b/echo-errors' 'E/echo-hidden' 'o/output=' 'A/no-align' 'csv' 'json' 'H/html' 'T/table-attr=' 't/tuples-only' 'x/expanded' 'F/field-separator=' 'R/record-separator=' 'z/field-separator-zero' '0/record-separator-zero' 'P/pset=+' 'V/version' 'help'
        switch $unparsed_tokens[1]
        case 'check'
            __dsql_parse_subcommand -r 1 'json' 'help'
        case 'doctor'
            __dsql_parse_subcommand 1 'h/host=' 'hostaddr=' 'p/port=' 'U/user=' 'd/dbname=' 'w/no-password' 'W/password' 'sslmode=' 'sslrootcert=' 'sslnegotiation=' 'region=' 'profile=' 'token-expires-in=' 'no-iam' 'help'
        case 'token'
            __dsql_parse_subcommand 0 'h/host=' 'region=' 'U/user=' 'expires-in=' 'profile=' 'help'
        case 'help'
            __dsql_parse_subcommand -r 1 
        end
    end
end

function __dsql_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __dsql_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __dsql_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __dsql_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__dsql_tokens -p)
    if test -z "$(__dsql_tokens -t)"
        set -l index (count (__dsql_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'dsql' -f
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" h host' -s 'h' -l 'host' -d 'Cluster endpoint (or PGHOST).' -rfka ''
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" hostaddr' -l 'hostaddr' -d 'Numeric address to connect to; certificates are still checked against --host (or PGHOSTADDR).' -rfka ''
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" p port' -s 'p' -l 'port' -d 'Port (or PGPORT; default 5432).' -rfka ''
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" U user username' -s 'U' -l 'user' -l 'username' -d 'Role to connect as (or PGUSER; default admin).' -rfka ''
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" d dbname' -s 'd' -l 'dbname' -d 'Database (or PGDATABASE; default postgres), or a connection string or URI (host=… dbname=…, postgresql://…), checked like the flags.' -rfka ''
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" no-password w' -s 'w' -l 'no-password' -d 'Never prompt for a password (password authentication).'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" W password' -s 'W' -l 'password' -d 'Prompt for a password before connecting (password authentication; refused with IAM).'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" sslmode' -l 'sslmode' -d 'verify-full (default), verify-ca or require (or PGSSLMODE).' -rfka 'verify-full verify-ca require'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" sslrootcert' -l 'sslrootcert' -d '\'system\' (default) or a CA bundle file (or PGSSLROOTCERT).' -rF
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" sslnegotiation' -l 'sslnegotiation' -d 'How TLS starts: postgres (SSLRequest first) or direct (libpq 17+; default for DSQL endpoints) (or PGSSLNEGOTIATION).' -rfka 'postgres direct'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" region' -l 'region' -d 'AWS region for the token (default: the endpoint\'s own, else AWS_REGION, AWS_DEFAULT_REGION, the profile).' -rfka ''
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" profile' -l 'profile' -d 'AWS shared-config profile (or AWS_PROFILE).' -rfka '(__dsql_custom_completion ---completion -- --profile (count (__dsql_tokens -pc)) (__dsql_tokens -tC))'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" token-expires-in' -l 'token-expires-in' -d 'Token lifetime in seconds, 1…604800 (default 900).' -rfka ''
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" no-iam' -l 'no-iam' -d 'Use PostgreSQL password auth (PGPASSWORD, ~/.pgpass) instead of IAM tokens. IAM is the default only for DSQL endpoints.'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql"' -s 'c' -l 'command' -d 'Run a command (SQL or one meta-command) and exit; repeatable, in order with -f.' -rfka ''
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql"' -s 'f' -l 'file' -d 'Run commands from a file (\'-\' is stdin) and exit; repeatable.' -rF
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql"' -s 'v' -l 'set' -l 'variable' -d 'Set a variable: NAME=VALUE.' -rfka ''
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" 1 single-transaction' -s '1' -l 'single-transaction' -d 'Run all -c/-f work in one transaction.'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" X no-psqlrc no-rc' -s 'X' -l 'no-rc' -l 'no-psqlrc' -d 'Do not read the startup file (~/.dsqlrc).'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" n no-readline' -s 'n' -l 'no-readline' -d 'Do not use line editing.'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" l list' -s 'l' -l 'list' -d 'List the databases, then exit.'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" s single-step' -s 's' -l 'single-step' -d 'Single-step mode: confirm each query. Same as -v SINGLESTEP=on.'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" S single-line' -s 'S' -l 'single-line' -d 'Single-line mode: the end of a line ends an SQL command. Same as -v SINGLELINE=on.'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" L log-file' -s 'L' -l 'log-file' -d 'Send the session log (queries and their results) to a file.' -rF
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" pipeline' -l 'pipeline' -d 'Send script statements ahead of their results also outside transaction blocks (weaker than psql\'s one-at-a-time guarantee; see README). Same as -v PIPELINE=on.'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" connection-max-age' -l 'connection-max-age' -d 'Replace a connection older than this many seconds before the next statement (\'off\' disables; default 3300 for DSQL endpoints). Same as -v CONNECTION_MAX_AGE=….' -rfka ''
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" q quiet' -s 'q' -l 'quiet' -d 'Quiet: no command tags or informational messages.'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" a echo-all' -s 'a' -l 'echo-all' -d 'Echo all input from a script.'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" e echo-queries' -s 'e' -l 'echo-queries' -d 'Echo commands sent to the server.'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" b echo-errors' -s 'b' -l 'echo-errors' -d 'Echo failed commands.'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" E echo-hidden' -s 'E' -l 'echo-hidden' -d 'Display queries that internal commands generate.'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" o output' -s 'o' -l 'output' -d 'Send query results to a file (or |pipe).' -rF
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" A no-align' -s 'A' -l 'no-align' -d 'Unaligned output.'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" csv' -l 'csv' -d 'CSV output.'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" json' -l 'json' -d 'JSON output: an array of objects per result.'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" H html' -s 'H' -l 'html' -d 'HTML table output.'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" T table-attr' -s 'T' -l 'table-attr' -d 'HTML table tag attributes (e.g. width, border).' -rfka ''
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" t tuples-only' -s 't' -l 'tuples-only' -d 'Print rows only.'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" expanded x' -s 'x' -l 'expanded' -d 'Expanded output.'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" F field-separator' -s 'F' -l 'field-separator' -d 'Field separator for unaligned output (default \'|\').' -rfka ''
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" R record-separator' -s 'R' -l 'record-separator' -d 'Record separator for unaligned output (default newline).' -rfka ''
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" field-separator-zero z' -s 'z' -l 'field-separator-zero' -d 'Zero byte as field separator.'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" 0 record-separator-zero' -s '0' -l 'record-separator-zero' -d 'Zero byte as record separator.'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql"' -s 'P' -l 'pset' -d 'Printing option, as \\pset: NAME[=VALUE].' -rfka ''
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" V version' -s 'V' -l 'version' -d 'Print versions of dsql, libpq and OpenSSL, then exit.'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql" "?" help' -s '?' -l 'help' -d 'Show help information.'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_positional "dsql" -eq 1' -fa 'check' -d 'Check SQL scripts for statements Aurora DSQL refuses, without connecting.'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_positional "dsql" -eq 1' -fa 'doctor' -d 'Check TLS trust, the network path and authentication, step by step.'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_positional "dsql" -eq 1' -fa 'token' -d 'Print an IAM auth token for a DSQL cluster and exit.'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_positional "dsql" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_positional "dsql check" -ge 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sql\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql check" json' -l 'json' -d 'Print the findings as a JSON array.'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql check" "?" help' -s '?' -l 'help' -d 'Show help information.'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql doctor" h host' -s 'h' -l 'host' -d 'Cluster endpoint (or PGHOST).' -rfka ''
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql doctor" hostaddr' -l 'hostaddr' -d 'Numeric address to connect to; certificates are still checked against --host (or PGHOSTADDR).' -rfka ''
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql doctor" p port' -s 'p' -l 'port' -d 'Port (or PGPORT; default 5432).' -rfka ''
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql doctor" U user username' -s 'U' -l 'user' -l 'username' -d 'Role to connect as (or PGUSER; default admin).' -rfka ''
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql doctor" d dbname' -s 'd' -l 'dbname' -d 'Database (or PGDATABASE; default postgres), or a connection string or URI (host=… dbname=…, postgresql://…), checked like the flags.' -rfka ''
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql doctor" no-password w' -s 'w' -l 'no-password' -d 'Never prompt for a password (password authentication).'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql doctor" W password' -s 'W' -l 'password' -d 'Prompt for a password before connecting (password authentication; refused with IAM).'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql doctor" sslmode' -l 'sslmode' -d 'verify-full (default), verify-ca or require (or PGSSLMODE).' -rfka 'verify-full verify-ca require'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql doctor" sslrootcert' -l 'sslrootcert' -d '\'system\' (default) or a CA bundle file (or PGSSLROOTCERT).' -rF
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql doctor" sslnegotiation' -l 'sslnegotiation' -d 'How TLS starts: postgres (SSLRequest first) or direct (libpq 17+; default for DSQL endpoints) (or PGSSLNEGOTIATION).' -rfka 'postgres direct'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql doctor" region' -l 'region' -d 'AWS region for the token (default: the endpoint\'s own, else AWS_REGION, AWS_DEFAULT_REGION, the profile).' -rfka ''
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql doctor" profile' -l 'profile' -d 'AWS shared-config profile (or AWS_PROFILE).' -rfka '(__dsql_custom_completion ---completion doctor -- --profile (count (__dsql_tokens -pc)) (__dsql_tokens -tC))'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql doctor" token-expires-in' -l 'token-expires-in' -d 'Token lifetime in seconds, 1…604800 (default 900).' -rfka ''
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql doctor" no-iam' -l 'no-iam' -d 'Use PostgreSQL password auth (PGPASSWORD, ~/.pgpass) instead of IAM tokens. IAM is the default only for DSQL endpoints.'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql doctor" "?" help' -s '?' -l 'help' -d 'Show help information.'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql token" h host' -s 'h' -l 'host' -d 'Cluster endpoint or cluster id (or PGHOST).' -rfka ''
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql token" region' -l 'region' -d 'AWS region (default: the endpoint\'s own, AWS_REGION, AWS_DEFAULT_REGION, the profile).' -rfka ''
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql token" U user username' -s 'U' -l 'user' -l 'username' -d 'Role (default admin).' -rfka ''
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql token" expires-in' -l 'expires-in' -d 'Lifetime in seconds, 1…604800 (default 900).' -rfka ''
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql token" profile' -l 'profile' -d 'AWS shared-config profile (or AWS_PROFILE).' -rfka '(__dsql_custom_completion ---completion token -- --profile (count (__dsql_tokens -pc)) (__dsql_tokens -tC))'
complete -c 'dsql' -n '__dsql_should_offer_completions_for_flags_or_options "dsql token" "?" help' -s '?' -l 'help' -d 'Show help information.'
