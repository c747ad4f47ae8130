
use builtin;
use str;

set edit:completion:arg-completer[gh-debussy-sync] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'gh-debussy-sync'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'gh-debussy-sync'= {
            cand -C 'Run as if started in DIR'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors and warnings'
            cand --quiet 'Print only errors and warnings'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand phase 'Record a phase event and converge the linked issues'
            cand plan 'Show, check or complete a plan'
            cand history 'Completion and sync history'
            cand config 'Show, locate, validate or create the configuration'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'gh-debussy-sync;phase'= {
            cand -C 'Run as if started in DIR'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors and warnings'
            cand --quiet 'Print only errors and warnings'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand start 'A phase started: linked issues become in-progress'
            cand complete 'A phase completed'
            cand fail 'A phase failed'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'gh-debussy-sync;phase;start'= {
            cand --plan 'The master plan (default: Debussy''s current run, else the only master plan)'
            cand --reason 'Why (kept in the history)'
            cand -C 'Run as if started in DIR'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors and warnings'
            cand --quiet 'Print only errors and warnings'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;phase;complete'= {
            cand --plan 'The master plan (default: Debussy''s current run, else the only master plan)'
            cand --reason 'Why (kept in the history)'
            cand -C 'Run as if started in DIR'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors and warnings'
            cand --quiet 'Print only errors and warnings'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;phase;fail'= {
            cand --plan 'The master plan (default: Debussy''s current run, else the only master plan)'
            cand --reason 'Why (kept in the history)'
            cand -C 'Run as if started in DIR'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors and warnings'
            cand --quiet 'Print only errors and warnings'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;phase;help'= {
            cand start 'A phase started: linked issues become in-progress'
            cand complete 'A phase completed'
            cand fail 'A phase failed'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'gh-debussy-sync;phase;help;start'= {
        }
        &'gh-debussy-sync;phase;help;complete'= {
        }
        &'gh-debussy-sync;phase;help;fail'= {
        }
        &'gh-debussy-sync;phase;help;help'= {
        }
        &'gh-debussy-sync;plan'= {
            cand -C 'Run as if started in DIR'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors and warnings'
            cand --quiet 'Print only errors and warnings'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand show 'The parsed plan: phases, statuses and linked issues'
            cand check 'Validate the plan: exit 2 on errors, warnings listed'
            cand complete 'Record that the plan completed and converge (close issues with --auto-close)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'gh-debussy-sync;plan;show'= {
            cand --plan 'The master plan (default: Debussy''s current run, else the only master plan)'
            cand -C 'Run as if started in DIR'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors and warnings'
            cand --quiet 'Print only errors and warnings'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;plan;check'= {
            cand --plan 'The master plan (default: Debussy''s current run, else the only master plan)'
            cand -C 'Run as if started in DIR'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors and warnings'
            cand --quiet 'Print only errors and warnings'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;plan;complete'= {
            cand --plan 'The master plan (default: Debussy''s current run, else the only master plan)'
            cand -C 'Run as if started in DIR'
            cand --auto-close 'Close the linked issues (as completed, with one comment) when every phase is completed'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors and warnings'
            cand --quiet 'Print only errors and warnings'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;plan;help'= {
            cand show 'The parsed plan: phases, statuses and linked issues'
            cand check 'Validate the plan: exit 2 on errors, warnings listed'
            cand complete 'Record that the plan completed and converge (close issues with --auto-close)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'gh-debussy-sync;plan;help;show'= {
        }
        &'gh-debussy-sync;plan;help;check'= {
        }
        &'gh-debussy-sync;plan;help;complete'= {
        }
        &'gh-debussy-sync;plan;help;help'= {
        }
        &'gh-debussy-sync;history'= {
            cand --plan 'Only this plan (its path relative to the repository root)'
            cand --issue 'Only operations on this issue (fully qualified, e.g. acme/widgets#10)'
            cand -C 'Run as if started in DIR'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors and warnings'
            cand --quiet 'Print only errors and warnings'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;config'= {
            cand -C 'Run as if started in DIR'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors and warnings'
            cand --quiet 'Print only errors and warnings'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand show 'The effective configuration (file, environment and defaults)'
            cand path 'The path of the configuration file'
            cand validate 'Check the configuration file: exit 2 on an invalid value'
            cand init 'Write a commented starting configuration (never overwrites)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'gh-debussy-sync;config;show'= {
            cand -C 'Run as if started in DIR'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors and warnings'
            cand --quiet 'Print only errors and warnings'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;config;path'= {
            cand -C 'Run as if started in DIR'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors and warnings'
            cand --quiet 'Print only errors and warnings'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;config;validate'= {
            cand -C 'Run as if started in DIR'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors and warnings'
            cand --quiet 'Print only errors and warnings'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;config;init'= {
            cand -C 'Run as if started in DIR'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors and warnings'
            cand --quiet 'Print only errors and warnings'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;config;help'= {
            cand show 'The effective configuration (file, environment and defaults)'
            cand path 'The path of the configuration file'
            cand validate 'Check the configuration file: exit 2 on an invalid value'
            cand init 'Write a commented starting configuration (never overwrites)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'gh-debussy-sync;config;help;show'= {
        }
        &'gh-debussy-sync;config;help;path'= {
        }
        &'gh-debussy-sync;config;help;validate'= {
        }
        &'gh-debussy-sync;config;help;init'= {
        }
        &'gh-debussy-sync;config;help;help'= {
        }
        &'gh-debussy-sync;completions'= {
            cand -C 'Run as if started in DIR'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors and warnings'
            cand --quiet 'Print only errors and warnings'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;help'= {
            cand phase 'Record a phase event and converge the linked issues'
            cand plan 'Show, check or complete a plan'
            cand history 'Completion and sync history'
            cand config 'Show, locate, validate or create the configuration'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'gh-debussy-sync;help;phase'= {
            cand start 'A phase started: linked issues become in-progress'
            cand complete 'A phase completed'
            cand fail 'A phase failed'
        }
        &'gh-debussy-sync;help;phase;start'= {
        }
        &'gh-debussy-sync;help;phase;complete'= {
        }
        &'gh-debussy-sync;help;phase;fail'= {
        }
        &'gh-debussy-sync;help;plan'= {
            cand show 'The parsed plan: phases, statuses and linked issues'
            cand check 'Validate the plan: exit 2 on errors, warnings listed'
            cand complete 'Record that the plan completed and converge (close issues with --auto-close)'
        }
        &'gh-debussy-sync;help;plan;show'= {
        }
        &'gh-debussy-sync;help;plan;check'= {
        }
        &'gh-debussy-sync;help;plan;complete'= {
        }
        &'gh-debussy-sync;help;history'= {
        }
        &'gh-debussy-sync;help;config'= {
            cand show 'The effective configuration (file, environment and defaults)'
            cand path 'The path of the configuration file'
            cand validate 'Check the configuration file: exit 2 on an invalid value'
            cand init 'Write a commented starting configuration (never overwrites)'
        }
        &'gh-debussy-sync;help;config;show'= {
        }
        &'gh-debussy-sync;help;config;path'= {
        }
        &'gh-debussy-sync;help;config;validate'= {
        }
        &'gh-debussy-sync;help;config;init'= {
        }
        &'gh-debussy-sync;help;completions'= {
        }
        &'gh-debussy-sync;help;help'= {
        }
    ]
    $completions[$command]
}
