# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_gh_debussy_sync_global_optspecs
    string join \n C= json jq= dry-run yes q/quiet v/verbose no-color h/help V/version
end

function __fish_gh_debussy_sync_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_gh_debussy_sync_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_gh_debussy_sync_using_subcommand
    set -l cmd (__fish_gh_debussy_sync_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_needs_command" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_needs_command" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_needs_command" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_needs_command" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_needs_command" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_needs_command" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_needs_command" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_needs_command" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_needs_command" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_needs_command" -s V -l version -d 'Print version'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_needs_command" -f -a "phase" -d 'Record a phase event and converge the linked issues'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_needs_command" -f -a "plan" -d 'Show, check or complete a plan'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_needs_command" -f -a "release" -d 'Releases on the plan\'s forge (GitHub, Gitea) whose notes are the completed work'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_needs_command" -f -a "webhook" -d 'Repository hooks (GitHub, Gitea) that send issue events to `serve`'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_needs_command" -f -a "status" -d 'The dashboard: phases, linked issues and where they drifted'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_needs_command" -f -a "sync" -d 'Repair drift: trackers follow the plan, or the plan follows the trackers'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_needs_command" -f -a "watch" -d 'Follow Debussy\'s run database and converge the linked issues as phases change'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_needs_command" -f -a "run" -d 'Run a command (e.g. `debussy run plan.md`) behind the guard, following its phases'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_needs_command" -f -a "serve" -d 'Receive webhook deliveries and re-judge the plans that link their issues'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_needs_command" -f -a "guard" -d 'Refuse to re-run work whose linked issues were already completed'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_needs_command" -f -a "issue" -d 'One interface over the local tracker, GitHub and Jira issues'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_needs_command" -f -a "jira" -d 'The Jira shell bridge: view, transition, comment on and search Jira issues'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_needs_command" -f -a "auth" -d 'Credentials in the OS keyring'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_needs_command" -f -a "history" -d 'Completion and sync history'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_needs_command" -f -a "doctor" -d 'Check connectivity, credentials, rate limits, configuration and plan'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_needs_command" -f -a "config" -d 'Show, locate, validate or create the configuration'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_needs_command" -f -a "man" -d 'Write one man page per command (roff) into a directory'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and not __fish_seen_subcommand_from start complete fail help" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and not __fish_seen_subcommand_from start complete fail help" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and not __fish_seen_subcommand_from start complete fail help" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and not __fish_seen_subcommand_from start complete fail help" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and not __fish_seen_subcommand_from start complete fail help" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and not __fish_seen_subcommand_from start complete fail help" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and not __fish_seen_subcommand_from start complete fail help" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and not __fish_seen_subcommand_from start complete fail help" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and not __fish_seen_subcommand_from start complete fail help" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and not __fish_seen_subcommand_from start complete fail help" -f -a "start" -d 'A phase started: linked issues become in-progress'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and not __fish_seen_subcommand_from start complete fail help" -f -a "complete" -d 'A phase completed'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and not __fish_seen_subcommand_from start complete fail help" -f -a "fail" -d 'A phase failed'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and not __fish_seen_subcommand_from start complete fail help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and __fish_seen_subcommand_from start" -l plan -d 'The master plan (default: Debussy\'s current run, else the only master plan)' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and __fish_seen_subcommand_from start" -l reason -d 'Why (kept in the history)' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and __fish_seen_subcommand_from start" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and __fish_seen_subcommand_from start" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and __fish_seen_subcommand_from start" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and __fish_seen_subcommand_from start" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and __fish_seen_subcommand_from start" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and __fish_seen_subcommand_from start" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and __fish_seen_subcommand_from start" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and __fish_seen_subcommand_from start" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and __fish_seen_subcommand_from complete" -l plan -d 'The master plan (default: Debussy\'s current run, else the only master plan)' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and __fish_seen_subcommand_from complete" -l reason -d 'Why (kept in the history)' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and __fish_seen_subcommand_from complete" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and __fish_seen_subcommand_from complete" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and __fish_seen_subcommand_from complete" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and __fish_seen_subcommand_from complete" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and __fish_seen_subcommand_from complete" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and __fish_seen_subcommand_from complete" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and __fish_seen_subcommand_from complete" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and __fish_seen_subcommand_from complete" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and __fish_seen_subcommand_from complete" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and __fish_seen_subcommand_from fail" -l plan -d 'The master plan (default: Debussy\'s current run, else the only master plan)' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and __fish_seen_subcommand_from fail" -l reason -d 'Why (kept in the history)' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and __fish_seen_subcommand_from fail" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and __fish_seen_subcommand_from fail" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and __fish_seen_subcommand_from fail" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and __fish_seen_subcommand_from fail" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and __fish_seen_subcommand_from fail" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and __fish_seen_subcommand_from fail" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and __fish_seen_subcommand_from fail" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and __fish_seen_subcommand_from fail" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and __fish_seen_subcommand_from fail" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and __fish_seen_subcommand_from help" -f -a "start" -d 'A phase started: linked issues become in-progress'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and __fish_seen_subcommand_from help" -f -a "complete" -d 'A phase completed'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and __fish_seen_subcommand_from help" -f -a "fail" -d 'A phase failed'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand phase; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and not __fish_seen_subcommand_from show check complete notes publish help" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and not __fish_seen_subcommand_from show check complete notes publish help" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and not __fish_seen_subcommand_from show check complete notes publish help" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and not __fish_seen_subcommand_from show check complete notes publish help" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and not __fish_seen_subcommand_from show check complete notes publish help" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and not __fish_seen_subcommand_from show check complete notes publish help" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and not __fish_seen_subcommand_from show check complete notes publish help" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and not __fish_seen_subcommand_from show check complete notes publish help" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and not __fish_seen_subcommand_from show check complete notes publish help" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and not __fish_seen_subcommand_from show check complete notes publish help" -f -a "show" -d 'The parsed plan: phases, statuses and linked issues'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and not __fish_seen_subcommand_from show check complete notes publish help" -f -a "check" -d 'Validate the plan: exit 2 on errors, warnings listed'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and not __fish_seen_subcommand_from show check complete notes publish help" -f -a "complete" -d 'Record that the plan completed and converge (close issues with --auto-close)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and not __fish_seen_subcommand_from show check complete notes publish help" -f -a "notes" -d 'Release notes: completed phases with their completion times and issues'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and not __fish_seen_subcommand_from show check complete notes publish help" -f -a "publish" -d 'Create the issues the plan lacks (a tracking issue, one per phase) and link them in its files'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and not __fish_seen_subcommand_from show check complete notes publish help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from show" -l plan -d 'The master plan (default: Debussy\'s current run, else the only master plan)' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from show" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from show" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from show" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from show" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from show" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from check" -l plan -d 'The master plan (default: Debussy\'s current run, else the only master plan)' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from check" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from check" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from check" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from check" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from check" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from check" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from check" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from complete" -l plan -d 'The master plan (default: Debussy\'s current run, else the only master plan)' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from complete" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from complete" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from complete" -l auto-close -d 'Close the linked issues (as completed, with one comment) when every phase is completed'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from complete" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from complete" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from complete" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from complete" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from complete" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from complete" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from complete" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from notes" -l plan -d 'The master plan (default: Debussy\'s current run, else the only master plan)' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from notes" -l since -d 'Only phases completed at or after this time (YYYY-MM-DD or RFC 3339)' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from notes" -l milestone -d 'Only work whose issues are in the milestone titled NAME (any case): a whole plan when one of its plan-level issues is, else the phases one of whose own issues is' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from notes" -l format -d 'markdown (default) or json (the same as --json)' -r -f -a "markdown\t''
json\t''"
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from notes" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from notes" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from notes" -l all -d 'Every master plan in the repository with completed work'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from notes" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from notes" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from notes" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from notes" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from notes" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from notes" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from notes" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from publish" -l plan -d 'The master plan (default: Debussy\'s current run, else the only master plan)' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from publish" -l tracker -d 'Where to create the issues: github, gitea, jira or local (default: the plan\'s repository, else local)' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from publish" -l milestone -d 'Put new issues in this milestone (created when missing)' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from publish" -l due -d 'The milestone\'s due date when it is created (YYYY-MM-DD; default: the plan\'s front matter `due:`)' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from publish" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from publish" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from publish" -l apply -d 'Create and link the issues (without it: a preview, nothing written)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from publish" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from publish" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from publish" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from publish" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from publish" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from publish" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from publish" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "show" -d 'The parsed plan: phases, statuses and linked issues'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "check" -d 'Validate the plan: exit 2 on errors, warnings listed'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "complete" -d 'Record that the plan completed and converge (close issues with --auto-close)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "notes" -d 'Release notes: completed phases with their completion times and issues'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "publish" -d 'Create the issues the plan lacks (a tracking issue, one per phase) and link them in its files'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand release; and not __fish_seen_subcommand_from create help" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand release; and not __fish_seen_subcommand_from create help" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand release; and not __fish_seen_subcommand_from create help" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand release; and not __fish_seen_subcommand_from create help" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand release; and not __fish_seen_subcommand_from create help" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand release; and not __fish_seen_subcommand_from create help" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand release; and not __fish_seen_subcommand_from create help" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand release; and not __fish_seen_subcommand_from create help" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand release; and not __fish_seen_subcommand_from create help" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand release; and not __fish_seen_subcommand_from create help" -f -a "create" -d 'Create (or bring up to date) the release of TAG, its body the plans\' notes'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand release; and not __fish_seen_subcommand_from create help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand release; and __fish_seen_subcommand_from create" -l plan -d 'A master plan whose notes go into the body (repeatable; default: Debussy\'s current run, else the only master plan)' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand release; and __fish_seen_subcommand_from create" -l milestone -d 'Only work whose issues are in the milestone titled NAME (as `plan notes`)' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand release; and __fish_seen_subcommand_from create" -l target -d 'The commit the tag is made at when it does not exist yet: a branch name or a full sha is sent as given, any other revision (default HEAD) as its commit' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand release; and __fish_seen_subcommand_from create" -l tracker -d 'The forge: github or gitea (default: the one the plans\' issues are on, else the only repository known)' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand release; and __fish_seen_subcommand_from create" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand release; and __fish_seen_subcommand_from create" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand release; and __fish_seen_subcommand_from create" -l close-milestone -d 'Close that milestone (the one --milestone names) once the release is written'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand release; and __fish_seen_subcommand_from create" -l draft -d 'A draft release (the default)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand release; and __fish_seen_subcommand_from create" -l publish -d 'A published release instead of a draft'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand release; and __fish_seen_subcommand_from create" -l apply -d 'Write the release (without it: show what would be written)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand release; and __fish_seen_subcommand_from create" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand release; and __fish_seen_subcommand_from create" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand release; and __fish_seen_subcommand_from create" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand release; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand release; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand release; and __fish_seen_subcommand_from create" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand release; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand release; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create (or bring up to date) the release of TAG, its body the plans\' notes'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand release; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and not __fish_seen_subcommand_from register list remove help" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and not __fish_seen_subcommand_from register list remove help" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and not __fish_seen_subcommand_from register list remove help" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and not __fish_seen_subcommand_from register list remove help" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and not __fish_seen_subcommand_from register list remove help" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and not __fish_seen_subcommand_from register list remove help" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and not __fish_seen_subcommand_from register list remove help" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and not __fish_seen_subcommand_from register list remove help" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and not __fish_seen_subcommand_from register list remove help" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and not __fish_seen_subcommand_from register list remove help" -f -a "register" -d 'Register (or bring up to date) the hook that sends events to URL'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and not __fish_seen_subcommand_from register list remove help" -f -a "list" -d 'List the repository\'s hooks'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and not __fish_seen_subcommand_from register list remove help" -f -a "remove" -d 'Remove the hook ID from the repository'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and not __fish_seen_subcommand_from register list remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from register" -l events -d 'The events to send, comma-separated (default: issues, issue_comment)' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from register" -l secret-env -d 'The environment variable holding the secret (default: the forge\'s own)' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from register" -l tracker -d 'The forge: github or gitea (default: the platform of `origin`, else the only forge whose repository is known)' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from register" -l repo -d 'The repository (default: `<tracker>.repo` in the configuration, else `origin`)' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from register" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from register" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from register" -l update-secret -d 'Send the secret again to a hook that is otherwise up to date (after rotating it)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from register" -l apply -d 'Write the hook (without it: show what would be written)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from register" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from register" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from register" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from register" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from register" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from register" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from register" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from list" -l tracker -d 'The forge: github or gitea (default: the platform of `origin`, else the only forge whose repository is known)' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from list" -l repo -d 'The repository (default: `<tracker>.repo` in the configuration, else `origin`)' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from list" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from list" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from list" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from list" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from remove" -l tracker -d 'The forge: github or gitea (default: the platform of `origin`, else the only forge whose repository is known)' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from remove" -l repo -d 'The repository (default: `<tracker>.repo` in the configuration, else `origin`)' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from remove" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from remove" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from remove" -l apply -d 'Delete the hook (without it: show what would be deleted)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from remove" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from remove" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from remove" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from remove" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "register" -d 'Register (or bring up to date) the hook that sends events to URL'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the repository\'s hooks'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove the hook ID from the repository'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand status" -l plan -d 'The master plan (default: Debussy\'s current run, else the only master plan)' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand status" -l format -d 'Render as a markdown table (for a GitHub Actions step summary)' -r -f -a "markdown\t''"
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand status" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand status" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand status" -l all -d 'Every master plan in the repository'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand status" -l refresh -d 'Read every tracker now (status keeps no cache, so it always does)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand status" -l exit-status -d 'Exit 5 when any issue drifted'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand status" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand status" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand status" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand status" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand status" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand status" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand status" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand sync" -l plan -d 'The master plan (default: Debussy\'s current run, else the only master plan)' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand sync" -l direction -d 'to-tracker: trackers follow the plan\'s facts; from-tracker: the plan follows what was closed or reopened on the trackers' -r -f -a "to-tracker\t''
from-tracker\t''"
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand sync" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand sync" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand sync" -l all -d 'Every master plan in the repository'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand sync" -l apply -d 'Apply the operations (without it: preview only)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand sync" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand sync" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand sync" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand sync" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand sync" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand sync" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand sync" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand watch" -l plan -d 'The master plan (default: Debussy\'s current run, else the only master plan)' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand watch" -l interval -d 'How often to look at .debussy/state.db (2s, 500ms, 1m)' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand watch" -l every -d 'How often `--issues` syncs (default: GH_DEBUSSY_SYNC_INTERVAL, else 30m)' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand watch" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand watch" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand watch" -l once -d 'Converge once and exit'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand watch" -l issues -d 'Sync the mirrored issues (`issue sync --all --apply`) on a schedule instead'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand watch" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand watch" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand watch" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand watch" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand watch" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand watch" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand watch" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand run" -l plan -d 'The master plan (default: Debussy\'s current run, else the only master plan)' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand run" -l interval -d 'How often to look at .debussy/state.db while the command runs' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand run" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand run" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand run" -l force -d 'Run even when the plan\'s issues were completed before (recorded in the history)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand run" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand run" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand run" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand run" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand run" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand run" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand run" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand serve" -l listen -d 'The address to listen on (port 0: any free port, told on stderr)' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand serve" -l poll -d 'Judge every plan and sync every link after this long without a delivery' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand serve" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand serve" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand serve" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand serve" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand serve" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand serve" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand serve" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand serve" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand serve" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand guard" -l plan -d 'The master plan (default: Debussy\'s current run, else the only master plan)' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand guard" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand guard" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand guard" -l force -d 'Go ahead even when the plan\'s issues were completed before; the warning is still printed and the bypass is recorded in the history'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand guard" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand guard" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand guard" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand guard" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand guard" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand guard" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand guard" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and not __fish_seen_subcommand_from list view create edit close reopen comment link unlink links sync search claim depends ready progress activity help" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and not __fish_seen_subcommand_from list view create edit close reopen comment link unlink links sync search claim depends ready progress activity help" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and not __fish_seen_subcommand_from list view create edit close reopen comment link unlink links sync search claim depends ready progress activity help" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and not __fish_seen_subcommand_from list view create edit close reopen comment link unlink links sync search claim depends ready progress activity help" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and not __fish_seen_subcommand_from list view create edit close reopen comment link unlink links sync search claim depends ready progress activity help" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and not __fish_seen_subcommand_from list view create edit close reopen comment link unlink links sync search claim depends ready progress activity help" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and not __fish_seen_subcommand_from list view create edit close reopen comment link unlink links sync search claim depends ready progress activity help" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and not __fish_seen_subcommand_from list view create edit close reopen comment link unlink links sync search claim depends ready progress activity help" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and not __fish_seen_subcommand_from list view create edit close reopen comment link unlink links sync search claim depends ready progress activity help" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and not __fish_seen_subcommand_from list view create edit close reopen comment link unlink links sync search claim depends ready progress activity help" -f -a "list" -d 'List issues of the local tracker, a GitHub repository or a Jira project'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and not __fish_seen_subcommand_from list view create edit close reopen comment link unlink links sync search claim depends ready progress activity help" -f -a "view" -d 'Show an issue with its comments'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and not __fish_seen_subcommand_from list view create edit close reopen comment link unlink links sync search claim depends ready progress activity help" -f -a "create" -d 'Create an issue'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and not __fish_seen_subcommand_from list view create edit close reopen comment link unlink links sync search claim depends ready progress activity help" -f -a "edit" -d 'Edit title, body, labels, assignees or milestone'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and not __fish_seen_subcommand_from list view create edit close reopen comment link unlink links sync search claim depends ready progress activity help" -f -a "close" -d 'Close an issue'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and not __fish_seen_subcommand_from list view create edit close reopen comment link unlink links sync search claim depends ready progress activity help" -f -a "reopen" -d 'Reopen an issue'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and not __fish_seen_subcommand_from list view create edit close reopen comment link unlink links sync search claim depends ready progress activity help" -f -a "comment" -d 'Add a comment'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and not __fish_seen_subcommand_from list view create edit close reopen comment link unlink links sync search claim depends ready progress activity help" -f -a "link" -d 'Link two issues on different trackers so that `issue sync` mirrors them'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and not __fish_seen_subcommand_from list view create edit close reopen comment link unlink links sync search claim depends ready progress activity help" -f -a "unlink" -d 'Remove the link between two issues'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and not __fish_seen_subcommand_from list view create edit close reopen comment link unlink links sync search claim depends ready progress activity help" -f -a "links" -d 'The links of the repository, with their sync status'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and not __fish_seen_subcommand_from list view create edit close reopen comment link unlink links sync search claim depends ready progress activity help" -f -a "sync" -d 'Mirror linked issues: title, body, state, labels and comments, both ways'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and not __fish_seen_subcommand_from list view create edit close reopen comment link unlink links sync search claim depends ready progress activity help" -f -a "search" -d 'Search issues with the query language, open and closed alike'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and not __fish_seen_subcommand_from list view create edit close reopen comment link unlink links sync search claim depends ready progress activity help" -f -a "claim" -d 'Claim an issue for this agent, or release, check, extend or list claims'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and not __fish_seen_subcommand_from list view create edit close reopen comment link unlink links sync search claim depends ready progress activity help" -f -a "depends" -d 'Record, remove or show the issues an issue waits for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and not __fish_seen_subcommand_from list view create edit close reopen comment link unlink links sync search claim depends ready progress activity help" -f -a "ready" -d 'List the issues ready to be worked: open, unclaimed, every blocker closed'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and not __fish_seen_subcommand_from list view create edit close reopen comment link unlink links sync search claim depends ready progress activity help" -f -a "progress" -d 'Record how far work on an issue is'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and not __fish_seen_subcommand_from list view create edit close reopen comment link unlink links sync search claim depends ready progress activity help" -f -a "activity" -d 'Show what happened to an issue, or everywhere: our writes and the tracker\'s'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and not __fish_seen_subcommand_from list view create edit close reopen comment link unlink links sync search claim depends ready progress activity help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from list" -l state -d 'Which issues: open, closed or all' -r -f -a "open\t''
closed\t''
all\t''"
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from list" -l label -d 'Only issues with this label' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from list" -l assignee -d 'Only issues assigned to this person' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from list" -l query -d 'Only issues matching this query (see `issue search --help`); --state applies when the query has no is:' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from list" -l limit -d 'At most this many issues' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from list" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from list" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from list" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from list" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from view" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from view" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from view" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from view" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from view" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from view" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from view" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from view" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from view" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from create" -l title -d 'The issue\'s title' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from create" -l body -d 'The text' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from create" -l body-file -d 'Read the text from a file (`-` for standard input)' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from create" -l label -d 'A label to add (repeat for several)' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from create" -l assignee -d 'Someone to assign (repeat for several)' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from create" -l milestone -d 'Milestone number (local and GitHub)' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from create" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from create" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from create" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from create" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from create" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from create" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from edit" -l title -d 'The new title' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from edit" -l body -d 'The text' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from edit" -l body-file -d 'Read the text from a file (`-` for standard input)' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from edit" -l add-label -d 'Add a label (repeat for several); other labels are kept' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from edit" -l remove-label -d 'Remove a label (repeat for several)' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from edit" -l add-assignee -d 'Assign someone (repeat for several)' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from edit" -l remove-assignee -d 'Unassign someone (repeat for several)' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from edit" -l milestone -d 'Milestone number, or `none` to remove it' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from edit" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from edit" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from edit" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from edit" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from edit" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from edit" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from edit" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from close" -l reason -d 'Why: completed or not-planned' -r -f -a "completed\t''
not-planned\t''"
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from close" -l comment -d 'Comment before closing (`-` reads standard input)' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from close" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from close" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from close" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from close" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from close" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from close" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from close" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from close" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from close" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from reopen" -l comment -d 'Comment after reopening (`-` reads standard input)' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from reopen" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from reopen" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from reopen" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from reopen" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from reopen" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from reopen" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from reopen" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from reopen" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from reopen" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from comment" -l body -d 'The text' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from comment" -l body-file -d 'Read the text from a file (`-` for standard input)' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from comment" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from comment" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from comment" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from comment" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from comment" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from comment" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from comment" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from comment" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from comment" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from link" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from link" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from link" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from link" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from link" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from link" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from link" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from link" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from link" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from unlink" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from unlink" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from unlink" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from unlink" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from unlink" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from unlink" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from unlink" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from unlink" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from unlink" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from links" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from links" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from links" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from links" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from links" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from links" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from links" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from links" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from links" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from sync" -l prefer -d 'Resolve conflicts: a tracker (local, github, jira, gitea) wins, or the newest edit' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from sync" -l fields -d 'Only these fields (title, body, state, labels, assignees, milestone, comments)' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from sync" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from sync" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from sync" -l all -d 'Every link of the repository'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from sync" -l apply -d 'Write (without it: a preview, nothing written)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from sync" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from sync" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from sync" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from sync" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from sync" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from sync" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from sync" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from search" -l in -d '`local` (default), `owner/repo` (GitHub), `gitea:owner/repo`, or a Jira project key (`PROJ`)' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from search" -l limit -d 'At most this many issues (a `limit:N` in the query wins)' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from search" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from search" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from search" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from search" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from search" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from search" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from search" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from search" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from search" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from claim" -l ttl -d 'How long the claim holds unless extended (30m, 2h, 90s)' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from claim" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from claim" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from claim" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from claim" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from claim" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from claim" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from claim" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from claim" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from claim" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from claim" -a "release" -d 'Give up a claim (someone else\'s only with --force, which is recorded)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from claim" -a "check" -d 'Who holds an issue and until when, or that it is free (exit 0 either way)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from claim" -a "extend" -d 'Hold a claim longer (someone else\'s only with --force, which is recorded)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from claim" -a "list" -d 'The live claims in a place (open issues on a remote tracker)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from claim" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from depends" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from depends" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from depends" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from depends" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from depends" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from depends" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from depends" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from depends" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from depends" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from depends" -f -a "add" -d 'Record that REF waits for the issues of --on, or blocks those of --blocks'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from depends" -f -a "remove" -d 'Remove dependencies recorded with `add`'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from depends" -f -a "show" -d 'Show what REF waits for, transitively, and what waits for it'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from depends" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from ready" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from ready" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from ready" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from ready" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from ready" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from ready" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from ready" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from ready" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from ready" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from progress" -l percent -d 'How much is done, 0 to 100' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from progress" -l stage -d 'The stage the work is in (design, impl, review…)' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from progress" -l checkpoint -d 'The last checkpoint reached' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from progress" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from progress" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from progress" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from progress" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from progress" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from progress" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from progress" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from progress" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from progress" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from activity" -l since -d 'Only what happened within this long: 90s, 15m, 1h, 2d, 1w' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from activity" -l agent -d 'Only what this agent did' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from activity" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from activity" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from activity" -l follow -d 'Keep printing new journal entries as they arrive'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from activity" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from activity" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from activity" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from activity" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from activity" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from activity" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from activity" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from help" -f -a "list" -d 'List issues of the local tracker, a GitHub repository or a Jira project'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from help" -f -a "view" -d 'Show an issue with its comments'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an issue'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Edit title, body, labels, assignees or milestone'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from help" -f -a "close" -d 'Close an issue'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from help" -f -a "reopen" -d 'Reopen an issue'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from help" -f -a "comment" -d 'Add a comment'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from help" -f -a "link" -d 'Link two issues on different trackers so that `issue sync` mirrors them'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from help" -f -a "unlink" -d 'Remove the link between two issues'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from help" -f -a "links" -d 'The links of the repository, with their sync status'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from help" -f -a "sync" -d 'Mirror linked issues: title, body, state, labels and comments, both ways'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from help" -f -a "search" -d 'Search issues with the query language, open and closed alike'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from help" -f -a "claim" -d 'Claim an issue for this agent, or release, check, extend or list claims'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from help" -f -a "depends" -d 'Record, remove or show the issues an issue waits for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from help" -f -a "ready" -d 'List the issues ready to be worked: open, unclaimed, every blocker closed'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from help" -f -a "progress" -d 'Record how far work on an issue is'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from help" -f -a "activity" -d 'Show what happened to an issue, or everywhere: our writes and the tracker\'s'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand issue; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and not __fish_seen_subcommand_from view transitions transition comment search whoami help" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and not __fish_seen_subcommand_from view transitions transition comment search whoami help" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and not __fish_seen_subcommand_from view transitions transition comment search whoami help" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and not __fish_seen_subcommand_from view transitions transition comment search whoami help" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and not __fish_seen_subcommand_from view transitions transition comment search whoami help" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and not __fish_seen_subcommand_from view transitions transition comment search whoami help" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and not __fish_seen_subcommand_from view transitions transition comment search whoami help" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and not __fish_seen_subcommand_from view transitions transition comment search whoami help" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and not __fish_seen_subcommand_from view transitions transition comment search whoami help" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and not __fish_seen_subcommand_from view transitions transition comment search whoami help" -f -a "view" -d 'Show an issue with its comments'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and not __fish_seen_subcommand_from view transitions transition comment search whoami help" -f -a "transitions" -d 'List the transitions available from the issue\'s current status'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and not __fish_seen_subcommand_from view transitions transition comment search whoami help" -f -a "transition" -d 'Move an issue to a status (or through a named transition)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and not __fish_seen_subcommand_from view transitions transition comment search whoami help" -f -a "comment" -d 'Add a comment'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and not __fish_seen_subcommand_from view transitions transition comment search whoami help" -f -a "search" -d 'Search with JQL'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and not __fish_seen_subcommand_from view transitions transition comment search whoami help" -f -a "whoami" -d 'The authenticated user (checks the credentials)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and not __fish_seen_subcommand_from view transitions transition comment search whoami help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from view" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from view" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from view" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from view" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from view" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from view" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from view" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from view" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from view" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from transitions" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from transitions" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from transitions" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from transitions" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from transitions" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from transitions" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from transitions" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from transitions" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from transitions" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from transition" -l resolution -d 'Resolution for transitions whose screen asks for one' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from transition" -l comment -d 'Add a comment after the transition (`-` reads standard input)' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from transition" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from transition" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from transition" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from transition" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from transition" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from transition" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from transition" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from transition" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from transition" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from comment" -l body -d 'The comment text' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from comment" -l body-file -d 'Read the comment from a file (`-` for standard input)' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from comment" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from comment" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from comment" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from comment" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from comment" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from comment" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from comment" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from comment" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from comment" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from search" -l limit -d 'At most this many issues' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from search" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from search" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from search" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from search" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from search" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from search" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from search" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from search" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from search" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from whoami" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from whoami" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from whoami" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from whoami" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from whoami" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from whoami" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from whoami" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from whoami" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from whoami" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from help" -f -a "view" -d 'Show an issue with its comments'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from help" -f -a "transitions" -d 'List the transitions available from the issue\'s current status'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from help" -f -a "transition" -d 'Move an issue to a status (or through a named transition)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from help" -f -a "comment" -d 'Add a comment'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from help" -f -a "search" -d 'Search with JQL'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from help" -f -a "whoami" -d 'The authenticated user (checks the credentials)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand jira; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -f -a "login" -d 'Store a token in the OS keyring (read from standard input with --with-token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -f -a "logout" -d 'Remove a stored token'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -f -a "status" -d 'Where each credential comes from (never the token itself)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and __fish_seen_subcommand_from login" -l url -d 'Jira site URL' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and __fish_seen_subcommand_from login" -l email -d 'Jira account email (Cloud basic authentication)' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and __fish_seen_subcommand_from login" -l auth-type -d 'basic (Cloud: email + API token) or bearer (Data Center personal access token)' -r -f -a "basic\t''
bearer\t''"
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and __fish_seen_subcommand_from login" -l hostname -d 'GitHub or Gitea host (default: GH_HOST or github.com; gitea.url)' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and __fish_seen_subcommand_from login" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and __fish_seen_subcommand_from login" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and __fish_seen_subcommand_from login" -l with-token -d 'Read the token from standard input'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and __fish_seen_subcommand_from login" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and __fish_seen_subcommand_from login" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and __fish_seen_subcommand_from login" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and __fish_seen_subcommand_from login" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and __fish_seen_subcommand_from login" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and __fish_seen_subcommand_from login" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and __fish_seen_subcommand_from logout" -l hostname -d 'GitHub or Gitea host (default: the configured one)' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and __fish_seen_subcommand_from logout" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and __fish_seen_subcommand_from logout" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and __fish_seen_subcommand_from logout" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and __fish_seen_subcommand_from logout" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and __fish_seen_subcommand_from logout" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and __fish_seen_subcommand_from logout" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and __fish_seen_subcommand_from logout" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and __fish_seen_subcommand_from logout" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and __fish_seen_subcommand_from logout" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and __fish_seen_subcommand_from status" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and __fish_seen_subcommand_from status" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and __fish_seen_subcommand_from status" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and __fish_seen_subcommand_from status" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and __fish_seen_subcommand_from status" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "login" -d 'Store a token in the OS keyring (read from standard input with --with-token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "logout" -d 'Remove a stored token'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Where each credential comes from (never the token itself)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand history" -l plan -d 'Only this plan (a path, relative to the current directory like every --plan)' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand history" -l issue -d 'Only this issue, in any reference form (`#10` resolves like in plans)' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand history" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand history" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand history" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand history" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand history" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand history" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand history" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand history" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand history" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand doctor" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand doctor" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand doctor" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand doctor" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand doctor" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand doctor" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand doctor" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand doctor" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand doctor" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and not __fish_seen_subcommand_from show path validate init detect help" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and not __fish_seen_subcommand_from show path validate init detect help" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and not __fish_seen_subcommand_from show path validate init detect help" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and not __fish_seen_subcommand_from show path validate init detect help" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and not __fish_seen_subcommand_from show path validate init detect help" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and not __fish_seen_subcommand_from show path validate init detect help" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and not __fish_seen_subcommand_from show path validate init detect help" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and not __fish_seen_subcommand_from show path validate init detect help" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and not __fish_seen_subcommand_from show path validate init detect help" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and not __fish_seen_subcommand_from show path validate init detect help" -f -a "show" -d 'The effective configuration (file, environment and defaults)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and not __fish_seen_subcommand_from show path validate init detect help" -f -a "path" -d 'The path of the configuration file'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and not __fish_seen_subcommand_from show path validate init detect help" -f -a "validate" -d 'Check the configuration file: exit 2 on an invalid value'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and not __fish_seen_subcommand_from show path validate init detect help" -f -a "init" -d 'Write a commented starting configuration with what `detect` finds (never overwrites)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and not __fish_seen_subcommand_from show path validate init detect help" -f -a "detect" -d 'The platform, host and repository found (origin remote, environment, configuration) and where each came from; never a token, only its source'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and not __fish_seen_subcommand_from show path validate init detect help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from show" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from show" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from show" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from show" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from show" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from path" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from path" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from path" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from path" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from path" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from path" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from path" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from path" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from validate" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from validate" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from validate" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from validate" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from validate" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from validate" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from validate" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from validate" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from validate" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from init" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from init" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from init" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from init" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from init" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from init" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from init" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from init" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from detect" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from detect" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from detect" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from detect" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from detect" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from detect" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from detect" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from detect" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from detect" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'The effective configuration (file, environment and defaults)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'The path of the configuration file'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "validate" -d 'Check the configuration file: exit 2 on an invalid value'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "init" -d 'Write a commented starting configuration with what `detect` finds (never overwrites)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "detect" -d 'The platform, host and repository found (origin remote, environment, configuration) and where each came from; never a token, only its source'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand completions" -s C -d 'Run as if started in DIR' -r -F
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand completions" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand completions" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand completions" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand completions" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand completions" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand completions" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand completions" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand completions" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand man" -l jq -d 'Filter the JSON output with a jq expression (implies --json); strings print raw' -r
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand man" -l json -d 'Print exactly one JSON document on stdout'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand man" -l dry-run -d 'Show the operations that would be applied, and change nothing'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand man" -l yes -d 'Answer yes to confirmations'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand man" -s q -l quiet -d 'Print only errors, warnings and the data asked for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand man" -s v -l verbose -d 'Print each request and the credential source on stderr (never the token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand man" -l no-color -d 'Disable color (also NO_COLOR)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand man" -s h -l help -d 'Print help'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and not __fish_seen_subcommand_from phase plan release webhook status sync watch run serve guard issue jira auth history doctor config completions man help" -f -a "phase" -d 'Record a phase event and converge the linked issues'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and not __fish_seen_subcommand_from phase plan release webhook status sync watch run serve guard issue jira auth history doctor config completions man help" -f -a "plan" -d 'Show, check or complete a plan'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and not __fish_seen_subcommand_from phase plan release webhook status sync watch run serve guard issue jira auth history doctor config completions man help" -f -a "release" -d 'Releases on the plan\'s forge (GitHub, Gitea) whose notes are the completed work'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and not __fish_seen_subcommand_from phase plan release webhook status sync watch run serve guard issue jira auth history doctor config completions man help" -f -a "webhook" -d 'Repository hooks (GitHub, Gitea) that send issue events to `serve`'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and not __fish_seen_subcommand_from phase plan release webhook status sync watch run serve guard issue jira auth history doctor config completions man help" -f -a "status" -d 'The dashboard: phases, linked issues and where they drifted'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and not __fish_seen_subcommand_from phase plan release webhook status sync watch run serve guard issue jira auth history doctor config completions man help" -f -a "sync" -d 'Repair drift: trackers follow the plan, or the plan follows the trackers'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and not __fish_seen_subcommand_from phase plan release webhook status sync watch run serve guard issue jira auth history doctor config completions man help" -f -a "watch" -d 'Follow Debussy\'s run database and converge the linked issues as phases change'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and not __fish_seen_subcommand_from phase plan release webhook status sync watch run serve guard issue jira auth history doctor config completions man help" -f -a "run" -d 'Run a command (e.g. `debussy run plan.md`) behind the guard, following its phases'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and not __fish_seen_subcommand_from phase plan release webhook status sync watch run serve guard issue jira auth history doctor config completions man help" -f -a "serve" -d 'Receive webhook deliveries and re-judge the plans that link their issues'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and not __fish_seen_subcommand_from phase plan release webhook status sync watch run serve guard issue jira auth history doctor config completions man help" -f -a "guard" -d 'Refuse to re-run work whose linked issues were already completed'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and not __fish_seen_subcommand_from phase plan release webhook status sync watch run serve guard issue jira auth history doctor config completions man help" -f -a "issue" -d 'One interface over the local tracker, GitHub and Jira issues'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and not __fish_seen_subcommand_from phase plan release webhook status sync watch run serve guard issue jira auth history doctor config completions man help" -f -a "jira" -d 'The Jira shell bridge: view, transition, comment on and search Jira issues'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and not __fish_seen_subcommand_from phase plan release webhook status sync watch run serve guard issue jira auth history doctor config completions man help" -f -a "auth" -d 'Credentials in the OS keyring'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and not __fish_seen_subcommand_from phase plan release webhook status sync watch run serve guard issue jira auth history doctor config completions man help" -f -a "history" -d 'Completion and sync history'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and not __fish_seen_subcommand_from phase plan release webhook status sync watch run serve guard issue jira auth history doctor config completions man help" -f -a "doctor" -d 'Check connectivity, credentials, rate limits, configuration and plan'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and not __fish_seen_subcommand_from phase plan release webhook status sync watch run serve guard issue jira auth history doctor config completions man help" -f -a "config" -d 'Show, locate, validate or create the configuration'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and not __fish_seen_subcommand_from phase plan release webhook status sync watch run serve guard issue jira auth history doctor config completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and not __fish_seen_subcommand_from phase plan release webhook status sync watch run serve guard issue jira auth history doctor config completions man help" -f -a "man" -d 'Write one man page per command (roff) into a directory'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and not __fish_seen_subcommand_from phase plan release webhook status sync watch run serve guard issue jira auth history doctor config completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from phase" -f -a "start" -d 'A phase started: linked issues become in-progress'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from phase" -f -a "complete" -d 'A phase completed'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from phase" -f -a "fail" -d 'A phase failed'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "show" -d 'The parsed plan: phases, statuses and linked issues'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "check" -d 'Validate the plan: exit 2 on errors, warnings listed'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "complete" -d 'Record that the plan completed and converge (close issues with --auto-close)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "notes" -d 'Release notes: completed phases with their completion times and issues'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "publish" -d 'Create the issues the plan lacks (a tracking issue, one per phase) and link them in its files'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from release" -f -a "create" -d 'Create (or bring up to date) the release of TAG, its body the plans\' notes'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from webhook" -f -a "register" -d 'Register (or bring up to date) the hook that sends events to URL'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from webhook" -f -a "list" -d 'List the repository\'s hooks'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from webhook" -f -a "remove" -d 'Remove the hook ID from the repository'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from issue" -f -a "list" -d 'List issues of the local tracker, a GitHub repository or a Jira project'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from issue" -f -a "view" -d 'Show an issue with its comments'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from issue" -f -a "create" -d 'Create an issue'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from issue" -f -a "edit" -d 'Edit title, body, labels, assignees or milestone'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from issue" -f -a "close" -d 'Close an issue'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from issue" -f -a "reopen" -d 'Reopen an issue'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from issue" -f -a "comment" -d 'Add a comment'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from issue" -f -a "link" -d 'Link two issues on different trackers so that `issue sync` mirrors them'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from issue" -f -a "unlink" -d 'Remove the link between two issues'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from issue" -f -a "links" -d 'The links of the repository, with their sync status'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from issue" -f -a "sync" -d 'Mirror linked issues: title, body, state, labels and comments, both ways'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from issue" -f -a "search" -d 'Search issues with the query language, open and closed alike'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from issue" -f -a "claim" -d 'Claim an issue for this agent, or release, check, extend or list claims'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from issue" -f -a "depends" -d 'Record, remove or show the issues an issue waits for'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from issue" -f -a "ready" -d 'List the issues ready to be worked: open, unclaimed, every blocker closed'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from issue" -f -a "progress" -d 'Record how far work on an issue is'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from issue" -f -a "activity" -d 'Show what happened to an issue, or everywhere: our writes and the tracker\'s'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from jira" -f -a "view" -d 'Show an issue with its comments'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from jira" -f -a "transitions" -d 'List the transitions available from the issue\'s current status'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from jira" -f -a "transition" -d 'Move an issue to a status (or through a named transition)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from jira" -f -a "comment" -d 'Add a comment'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from jira" -f -a "search" -d 'Search with JQL'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from jira" -f -a "whoami" -d 'The authenticated user (checks the credentials)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "login" -d 'Store a token in the OS keyring (read from standard input with --with-token)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "logout" -d 'Remove a stored token'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Where each credential comes from (never the token itself)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'The effective configuration (file, environment and defaults)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'The path of the configuration file'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "validate" -d 'Check the configuration file: exit 2 on an invalid value'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "init" -d 'Write a commented starting configuration with what `detect` finds (never overwrites)'
complete -c gh-debussy-sync -n "__fish_gh_debussy_sync_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "detect" -d 'The platform, host and repository found (origin remote, environment, configuration) and where each came from; never a token, only its source'
