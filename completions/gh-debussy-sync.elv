
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
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand phase 'Record a phase event and converge the linked issues'
            cand plan 'Show, check or complete a plan'
            cand release 'Releases on the plan''s forge (GitHub, Gitea) whose notes are the completed work'
            cand webhook 'Repository hooks (GitHub, Gitea) that send issue events to `serve`'
            cand status 'The dashboard: phases, linked issues and where they drifted'
            cand sync 'Repair drift: trackers follow the plan, or the plan follows the trackers'
            cand watch 'Follow Debussy''s run database and converge the linked issues as phases change'
            cand run 'Run a command (e.g. `debussy run plan.md`) behind the guard, following its phases'
            cand serve 'Receive webhook deliveries and re-judge the plans that link their issues'
            cand guard 'Refuse to re-run work whose linked issues were already completed'
            cand issue 'One interface over the local tracker, GitHub and Jira issues'
            cand jira 'The Jira shell bridge: view, transition, comment on and search Jira issues'
            cand auth 'Credentials in the OS keyring'
            cand history 'Completion and sync history'
            cand doctor 'Check connectivity, credentials, rate limits, configuration and plan'
            cand config 'Show, locate, validate or create the configuration'
            cand completions 'Print a shell completion script'
            cand man 'Write one man page per command (roff) into a directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'gh-debussy-sync;phase'= {
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
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
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
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
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
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
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
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
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand show 'The parsed plan: phases, statuses and linked issues'
            cand check 'Validate the plan: exit 2 on errors, warnings listed'
            cand complete 'Record that the plan completed and converge (close issues with --auto-close)'
            cand notes 'Release notes: completed phases with their completion times and issues'
            cand publish 'Create the issues the plan lacks (a tracking issue, one per phase) and link them in its files'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'gh-debussy-sync;plan;show'= {
            cand --plan 'The master plan (default: Debussy''s current run, else the only master plan)'
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;plan;check'= {
            cand --plan 'The master plan (default: Debussy''s current run, else the only master plan)'
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;plan;complete'= {
            cand --plan 'The master plan (default: Debussy''s current run, else the only master plan)'
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --auto-close 'Close the linked issues (as completed, with one comment) when every phase is completed'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;plan;notes'= {
            cand --plan 'The master plan (default: Debussy''s current run, else the only master plan)'
            cand --since 'Only phases completed at or after this time (YYYY-MM-DD or RFC 3339)'
            cand --milestone 'Only work whose issues are in the milestone titled NAME (any case): a whole plan when one of its plan-level issues is, else the phases one of whose own issues is'
            cand --format 'markdown (default) or json (the same as --json)'
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --all 'Every master plan in the repository with completed work'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;plan;publish'= {
            cand --plan 'The master plan (default: Debussy''s current run, else the only master plan)'
            cand --tracker 'Where to create the issues: github, gitea, jira or local (default: the plan''s repository, else local)'
            cand --milestone 'Put new issues in this milestone (created when missing)'
            cand --due 'The milestone''s due date when it is created (YYYY-MM-DD; default: the plan''s front matter `due:`)'
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --apply 'Create and link the issues (without it: a preview, nothing written)'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
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
            cand notes 'Release notes: completed phases with their completion times and issues'
            cand publish 'Create the issues the plan lacks (a tracking issue, one per phase) and link them in its files'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'gh-debussy-sync;plan;help;show'= {
        }
        &'gh-debussy-sync;plan;help;check'= {
        }
        &'gh-debussy-sync;plan;help;complete'= {
        }
        &'gh-debussy-sync;plan;help;notes'= {
        }
        &'gh-debussy-sync;plan;help;publish'= {
        }
        &'gh-debussy-sync;plan;help;help'= {
        }
        &'gh-debussy-sync;release'= {
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand create 'Create (or bring up to date) the release of TAG, its body the plans'' notes'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'gh-debussy-sync;release;create'= {
            cand --plan 'A master plan whose notes go into the body (repeatable; default: Debussy''s current run, else the only master plan)'
            cand --milestone 'Only work whose issues are in the milestone titled NAME (as `plan notes`)'
            cand --target 'The commit the tag is made at when it does not exist yet: a branch name or a full sha is sent as given, any other revision (default HEAD) as its commit'
            cand --tracker 'The forge: github or gitea (default: the one the plans'' issues are on, else the only repository known)'
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --close-milestone 'Close that milestone (the one --milestone names) once the release is written'
            cand --draft 'A draft release (the default)'
            cand --publish 'A published release instead of a draft'
            cand --apply 'Write the release (without it: show what would be written)'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;release;help'= {
            cand create 'Create (or bring up to date) the release of TAG, its body the plans'' notes'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'gh-debussy-sync;release;help;create'= {
        }
        &'gh-debussy-sync;release;help;help'= {
        }
        &'gh-debussy-sync;webhook'= {
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand register 'Register (or bring up to date) the hook that sends events to URL'
            cand list 'List the repository''s hooks'
            cand remove 'Remove the hook ID from the repository'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'gh-debussy-sync;webhook;register'= {
            cand --events 'The events to send, comma-separated (default: issues, issue_comment)'
            cand --secret-env 'The environment variable holding the secret (default: the forge''s own)'
            cand --tracker 'The forge: github or gitea (default: the platform of `origin`, else the only forge whose repository is known)'
            cand --repo 'The repository (default: `<tracker>.repo` in the configuration, else `origin`)'
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --update-secret 'Send the secret again to a hook that is otherwise up to date (after rotating it)'
            cand --apply 'Write the hook (without it: show what would be written)'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;webhook;list'= {
            cand --tracker 'The forge: github or gitea (default: the platform of `origin`, else the only forge whose repository is known)'
            cand --repo 'The repository (default: `<tracker>.repo` in the configuration, else `origin`)'
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;webhook;remove'= {
            cand --tracker 'The forge: github or gitea (default: the platform of `origin`, else the only forge whose repository is known)'
            cand --repo 'The repository (default: `<tracker>.repo` in the configuration, else `origin`)'
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --apply 'Delete the hook (without it: show what would be deleted)'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;webhook;help'= {
            cand register 'Register (or bring up to date) the hook that sends events to URL'
            cand list 'List the repository''s hooks'
            cand remove 'Remove the hook ID from the repository'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'gh-debussy-sync;webhook;help;register'= {
        }
        &'gh-debussy-sync;webhook;help;list'= {
        }
        &'gh-debussy-sync;webhook;help;remove'= {
        }
        &'gh-debussy-sync;webhook;help;help'= {
        }
        &'gh-debussy-sync;status'= {
            cand --plan 'The master plan (default: Debussy''s current run, else the only master plan)'
            cand --format 'Render as a markdown table (for a GitHub Actions step summary)'
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --all 'Every master plan in the repository'
            cand --refresh 'Read every tracker now (status keeps no cache, so it always does)'
            cand --exit-status 'Exit 5 when any issue drifted'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;sync'= {
            cand --plan 'The master plan (default: Debussy''s current run, else the only master plan)'
            cand --direction 'to-tracker: trackers follow the plan''s facts; from-tracker: the plan follows what was closed or reopened on the trackers'
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --all 'Every master plan in the repository'
            cand --apply 'Apply the operations (without it: preview only)'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;watch'= {
            cand --plan 'The master plan (default: Debussy''s current run, else the only master plan)'
            cand --interval 'How often to look at .debussy/state.db (2s, 500ms, 1m)'
            cand --every 'How often `--issues` syncs (default: GH_DEBUSSY_SYNC_INTERVAL, else 30m)'
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --once 'Converge once and exit'
            cand --issues 'Sync the mirrored issues (`issue sync --all --apply`) on a schedule instead'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;run'= {
            cand --plan 'The master plan (default: Debussy''s current run, else the only master plan)'
            cand --interval 'How often to look at .debussy/state.db while the command runs'
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --force 'Run even when the plan''s issues were completed before (recorded in the history)'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;serve'= {
            cand --listen 'The address to listen on (port 0: any free port, told on stderr)'
            cand --poll 'Judge every plan and sync every link after this long without a delivery'
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;guard'= {
            cand --plan 'The master plan (default: Debussy''s current run, else the only master plan)'
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --force 'Go ahead even when the plan''s issues were completed before; the warning is still printed and the bypass is recorded in the history'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;issue'= {
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List issues of the local tracker, a GitHub repository or a Jira project'
            cand view 'Show an issue with its comments'
            cand create 'Create an issue'
            cand edit 'Edit title, body, labels, assignees or milestone'
            cand close 'Close an issue'
            cand reopen 'Reopen an issue'
            cand comment 'Add a comment'
            cand link 'Link two issues on different trackers so that `issue sync` mirrors them'
            cand unlink 'Remove the link between two issues'
            cand links 'The links of the repository, with their sync status'
            cand sync 'Mirror linked issues: title, body, state, labels and comments, both ways'
            cand search 'Search issues with the query language, open and closed alike'
            cand claim 'Claim an issue for this agent, or release, check, extend or list claims'
            cand depends 'Record, remove or show the issues an issue waits for'
            cand ready 'List the issues ready to be worked: open, unclaimed, every blocker closed'
            cand progress 'Record how far work on an issue is'
            cand activity 'Show what happened to an issue, or everywhere: our writes and the tracker''s'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'gh-debussy-sync;issue;list'= {
            cand --state 'Which issues: open, closed or all'
            cand --label 'Only issues with this label'
            cand --assignee 'Only issues assigned to this person'
            cand --query 'Only issues matching this query (see `issue search --help`); --state applies when the query has no is:'
            cand --limit 'At most this many issues'
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;issue;view'= {
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;issue;create'= {
            cand --title 'The issue''s title'
            cand --body 'The text'
            cand --body-file 'Read the text from a file (`-` for standard input)'
            cand --label 'A label to add (repeat for several)'
            cand --assignee 'Someone to assign (repeat for several)'
            cand --milestone 'Milestone number (local and GitHub)'
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;issue;edit'= {
            cand --title 'The new title'
            cand --body 'The text'
            cand --body-file 'Read the text from a file (`-` for standard input)'
            cand --add-label 'Add a label (repeat for several); other labels are kept'
            cand --remove-label 'Remove a label (repeat for several)'
            cand --add-assignee 'Assign someone (repeat for several)'
            cand --remove-assignee 'Unassign someone (repeat for several)'
            cand --milestone 'Milestone number, or `none` to remove it'
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;issue;close'= {
            cand --reason 'Why: completed or not-planned'
            cand --comment 'Comment before closing (`-` reads standard input)'
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;issue;reopen'= {
            cand --comment 'Comment after reopening (`-` reads standard input)'
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;issue;comment'= {
            cand --body 'The text'
            cand --body-file 'Read the text from a file (`-` for standard input)'
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;issue;link'= {
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;issue;unlink'= {
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;issue;links'= {
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;issue;sync'= {
            cand --prefer 'Resolve conflicts: a tracker (local, github, jira, gitea) wins, or the newest edit'
            cand --fields 'Only these fields (title, body, state, labels, assignees, milestone, comments)'
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --all 'Every link of the repository'
            cand --apply 'Write (without it: a preview, nothing written)'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;issue;search'= {
            cand --in '`local` (default), `owner/repo` (GitHub), `gitea:owner/repo`, or a Jira project key (`PROJ`)'
            cand --limit 'At most this many issues (a `limit:N` in the query wins)'
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;issue;claim'= {
            cand --ttl 'How long the claim holds unless extended (30m, 2h, 90s)'
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand release 'Give up a claim (someone else''s only with --force, which is recorded)'
            cand check 'Who holds an issue and until when, or that it is free (exit 0 either way)'
            cand extend 'Hold a claim longer (someone else''s only with --force, which is recorded)'
            cand list 'The live claims in a place (open issues on a remote tracker)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'gh-debussy-sync;issue;claim;release'= {
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --force 'Release another agent''s claim (recorded in the journal)'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;issue;claim;check'= {
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;issue;claim;extend'= {
            cand --add 'How much longer (15m, 1h)'
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --force 'Extend another agent''s claim (recorded in the journal)'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;issue;claim;list'= {
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --mine 'Only this agent''s claims'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;issue;claim;help'= {
            cand release 'Give up a claim (someone else''s only with --force, which is recorded)'
            cand check 'Who holds an issue and until when, or that it is free (exit 0 either way)'
            cand extend 'Hold a claim longer (someone else''s only with --force, which is recorded)'
            cand list 'The live claims in a place (open issues on a remote tracker)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'gh-debussy-sync;issue;claim;help;release'= {
        }
        &'gh-debussy-sync;issue;claim;help;check'= {
        }
        &'gh-debussy-sync;issue;claim;help;extend'= {
        }
        &'gh-debussy-sync;issue;claim;help;list'= {
        }
        &'gh-debussy-sync;issue;claim;help;help'= {
        }
        &'gh-debussy-sync;issue;depends'= {
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Record that REF waits for the issues of --on, or blocks those of --blocks'
            cand remove 'Remove dependencies recorded with `add`'
            cand show 'Show what REF waits for, transitively, and what waits for it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'gh-debussy-sync;issue;depends;add'= {
            cand --on 'The issues REF waits for, comma-separated'
            cand --blocks 'The issues that wait for REF, comma-separated'
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;issue;depends;remove'= {
            cand --on 'The issues REF waits for, comma-separated'
            cand --blocks 'The issues that wait for REF, comma-separated'
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;issue;depends;show'= {
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;issue;depends;help'= {
            cand add 'Record that REF waits for the issues of --on, or blocks those of --blocks'
            cand remove 'Remove dependencies recorded with `add`'
            cand show 'Show what REF waits for, transitively, and what waits for it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'gh-debussy-sync;issue;depends;help;add'= {
        }
        &'gh-debussy-sync;issue;depends;help;remove'= {
        }
        &'gh-debussy-sync;issue;depends;help;show'= {
        }
        &'gh-debussy-sync;issue;depends;help;help'= {
        }
        &'gh-debussy-sync;issue;ready'= {
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;issue;progress'= {
            cand --percent 'How much is done, 0 to 100'
            cand --stage 'The stage the work is in (design, impl, review…)'
            cand --checkpoint 'The last checkpoint reached'
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;issue;activity'= {
            cand --since 'Only what happened within this long: 90s, 15m, 1h, 2d, 1w'
            cand --agent 'Only what this agent did'
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --follow 'Keep printing new journal entries as they arrive'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;issue;help'= {
            cand list 'List issues of the local tracker, a GitHub repository or a Jira project'
            cand view 'Show an issue with its comments'
            cand create 'Create an issue'
            cand edit 'Edit title, body, labels, assignees or milestone'
            cand close 'Close an issue'
            cand reopen 'Reopen an issue'
            cand comment 'Add a comment'
            cand link 'Link two issues on different trackers so that `issue sync` mirrors them'
            cand unlink 'Remove the link between two issues'
            cand links 'The links of the repository, with their sync status'
            cand sync 'Mirror linked issues: title, body, state, labels and comments, both ways'
            cand search 'Search issues with the query language, open and closed alike'
            cand claim 'Claim an issue for this agent, or release, check, extend or list claims'
            cand depends 'Record, remove or show the issues an issue waits for'
            cand ready 'List the issues ready to be worked: open, unclaimed, every blocker closed'
            cand progress 'Record how far work on an issue is'
            cand activity 'Show what happened to an issue, or everywhere: our writes and the tracker''s'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'gh-debussy-sync;issue;help;list'= {
        }
        &'gh-debussy-sync;issue;help;view'= {
        }
        &'gh-debussy-sync;issue;help;create'= {
        }
        &'gh-debussy-sync;issue;help;edit'= {
        }
        &'gh-debussy-sync;issue;help;close'= {
        }
        &'gh-debussy-sync;issue;help;reopen'= {
        }
        &'gh-debussy-sync;issue;help;comment'= {
        }
        &'gh-debussy-sync;issue;help;link'= {
        }
        &'gh-debussy-sync;issue;help;unlink'= {
        }
        &'gh-debussy-sync;issue;help;links'= {
        }
        &'gh-debussy-sync;issue;help;sync'= {
        }
        &'gh-debussy-sync;issue;help;search'= {
        }
        &'gh-debussy-sync;issue;help;claim'= {
            cand release 'Give up a claim (someone else''s only with --force, which is recorded)'
            cand check 'Who holds an issue and until when, or that it is free (exit 0 either way)'
            cand extend 'Hold a claim longer (someone else''s only with --force, which is recorded)'
            cand list 'The live claims in a place (open issues on a remote tracker)'
        }
        &'gh-debussy-sync;issue;help;claim;release'= {
        }
        &'gh-debussy-sync;issue;help;claim;check'= {
        }
        &'gh-debussy-sync;issue;help;claim;extend'= {
        }
        &'gh-debussy-sync;issue;help;claim;list'= {
        }
        &'gh-debussy-sync;issue;help;depends'= {
            cand add 'Record that REF waits for the issues of --on, or blocks those of --blocks'
            cand remove 'Remove dependencies recorded with `add`'
            cand show 'Show what REF waits for, transitively, and what waits for it'
        }
        &'gh-debussy-sync;issue;help;depends;add'= {
        }
        &'gh-debussy-sync;issue;help;depends;remove'= {
        }
        &'gh-debussy-sync;issue;help;depends;show'= {
        }
        &'gh-debussy-sync;issue;help;ready'= {
        }
        &'gh-debussy-sync;issue;help;progress'= {
        }
        &'gh-debussy-sync;issue;help;activity'= {
        }
        &'gh-debussy-sync;issue;help;help'= {
        }
        &'gh-debussy-sync;jira'= {
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand view 'Show an issue with its comments'
            cand transitions 'List the transitions available from the issue''s current status'
            cand transition 'Move an issue to a status (or through a named transition)'
            cand comment 'Add a comment'
            cand search 'Search with JQL'
            cand whoami 'The authenticated user (checks the credentials)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'gh-debussy-sync;jira;view'= {
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;jira;transitions'= {
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;jira;transition'= {
            cand --resolution 'Resolution for transitions whose screen asks for one'
            cand --comment 'Add a comment after the transition (`-` reads standard input)'
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;jira;comment'= {
            cand --body 'The comment text'
            cand --body-file 'Read the comment from a file (`-` for standard input)'
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;jira;search'= {
            cand --limit 'At most this many issues'
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;jira;whoami'= {
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;jira;help'= {
            cand view 'Show an issue with its comments'
            cand transitions 'List the transitions available from the issue''s current status'
            cand transition 'Move an issue to a status (or through a named transition)'
            cand comment 'Add a comment'
            cand search 'Search with JQL'
            cand whoami 'The authenticated user (checks the credentials)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'gh-debussy-sync;jira;help;view'= {
        }
        &'gh-debussy-sync;jira;help;transitions'= {
        }
        &'gh-debussy-sync;jira;help;transition'= {
        }
        &'gh-debussy-sync;jira;help;comment'= {
        }
        &'gh-debussy-sync;jira;help;search'= {
        }
        &'gh-debussy-sync;jira;help;whoami'= {
        }
        &'gh-debussy-sync;jira;help;help'= {
        }
        &'gh-debussy-sync;auth'= {
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand login 'Store a token in the OS keyring (read from standard input with --with-token)'
            cand logout 'Remove a stored token'
            cand status 'Where each credential comes from (never the token itself)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'gh-debussy-sync;auth;login'= {
            cand --url 'Jira site URL'
            cand --email 'Jira account email (Cloud basic authentication)'
            cand --auth-type 'basic (Cloud: email + API token) or bearer (Data Center personal access token)'
            cand --hostname 'GitHub or Gitea host (default: GH_HOST or github.com; gitea.url)'
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --with-token 'Read the token from standard input'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;auth;logout'= {
            cand --hostname 'GitHub or Gitea host (default: the configured one)'
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;auth;status'= {
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;auth;help'= {
            cand login 'Store a token in the OS keyring (read from standard input with --with-token)'
            cand logout 'Remove a stored token'
            cand status 'Where each credential comes from (never the token itself)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'gh-debussy-sync;auth;help;login'= {
        }
        &'gh-debussy-sync;auth;help;logout'= {
        }
        &'gh-debussy-sync;auth;help;status'= {
        }
        &'gh-debussy-sync;auth;help;help'= {
        }
        &'gh-debussy-sync;history'= {
            cand --plan 'Only this plan (a path, relative to the current directory like every --plan)'
            cand --issue 'Only this issue, in any reference form (`#10` resolves like in plans)'
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;doctor'= {
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;config'= {
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand show 'The effective configuration (file, environment and defaults)'
            cand path 'The path of the configuration file'
            cand validate 'Check the configuration file: exit 2 on an invalid value'
            cand init 'Write a commented starting configuration with what `detect` finds (never overwrites)'
            cand detect 'The platform, host and repository found (origin remote, environment, configuration) and where each came from; never a token, only its source'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'gh-debussy-sync;config;show'= {
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;config;path'= {
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;config;validate'= {
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;config;init'= {
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;config;detect'= {
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
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
            cand init 'Write a commented starting configuration with what `detect` finds (never overwrites)'
            cand detect 'The platform, host and repository found (origin remote, environment, configuration) and where each came from; never a token, only its source'
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
        &'gh-debussy-sync;config;help;detect'= {
        }
        &'gh-debussy-sync;config;help;help'= {
        }
        &'gh-debussy-sync;completions'= {
            cand -C 'Run as if started in DIR'
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;man'= {
            cand --jq 'Filter the JSON output with a jq expression (implies --json); strings print raw'
            cand --json 'Print exactly one JSON document on stdout'
            cand --dry-run 'Show the operations that would be applied, and change nothing'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Print only errors, warnings and the data asked for'
            cand --quiet 'Print only errors, warnings and the data asked for'
            cand -v 'Print each request and the credential source on stderr (never the token)'
            cand --verbose 'Print each request and the credential source on stderr (never the token)'
            cand --no-color 'Disable color (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'gh-debussy-sync;help'= {
            cand phase 'Record a phase event and converge the linked issues'
            cand plan 'Show, check or complete a plan'
            cand release 'Releases on the plan''s forge (GitHub, Gitea) whose notes are the completed work'
            cand webhook 'Repository hooks (GitHub, Gitea) that send issue events to `serve`'
            cand status 'The dashboard: phases, linked issues and where they drifted'
            cand sync 'Repair drift: trackers follow the plan, or the plan follows the trackers'
            cand watch 'Follow Debussy''s run database and converge the linked issues as phases change'
            cand run 'Run a command (e.g. `debussy run plan.md`) behind the guard, following its phases'
            cand serve 'Receive webhook deliveries and re-judge the plans that link their issues'
            cand guard 'Refuse to re-run work whose linked issues were already completed'
            cand issue 'One interface over the local tracker, GitHub and Jira issues'
            cand jira 'The Jira shell bridge: view, transition, comment on and search Jira issues'
            cand auth 'Credentials in the OS keyring'
            cand history 'Completion and sync history'
            cand doctor 'Check connectivity, credentials, rate limits, configuration and plan'
            cand config 'Show, locate, validate or create the configuration'
            cand completions 'Print a shell completion script'
            cand man 'Write one man page per command (roff) into a directory'
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
            cand notes 'Release notes: completed phases with their completion times and issues'
            cand publish 'Create the issues the plan lacks (a tracking issue, one per phase) and link them in its files'
        }
        &'gh-debussy-sync;help;plan;show'= {
        }
        &'gh-debussy-sync;help;plan;check'= {
        }
        &'gh-debussy-sync;help;plan;complete'= {
        }
        &'gh-debussy-sync;help;plan;notes'= {
        }
        &'gh-debussy-sync;help;plan;publish'= {
        }
        &'gh-debussy-sync;help;release'= {
            cand create 'Create (or bring up to date) the release of TAG, its body the plans'' notes'
        }
        &'gh-debussy-sync;help;release;create'= {
        }
        &'gh-debussy-sync;help;webhook'= {
            cand register 'Register (or bring up to date) the hook that sends events to URL'
            cand list 'List the repository''s hooks'
            cand remove 'Remove the hook ID from the repository'
        }
        &'gh-debussy-sync;help;webhook;register'= {
        }
        &'gh-debussy-sync;help;webhook;list'= {
        }
        &'gh-debussy-sync;help;webhook;remove'= {
        }
        &'gh-debussy-sync;help;status'= {
        }
        &'gh-debussy-sync;help;sync'= {
        }
        &'gh-debussy-sync;help;watch'= {
        }
        &'gh-debussy-sync;help;run'= {
        }
        &'gh-debussy-sync;help;serve'= {
        }
        &'gh-debussy-sync;help;guard'= {
        }
        &'gh-debussy-sync;help;issue'= {
            cand list 'List issues of the local tracker, a GitHub repository or a Jira project'
            cand view 'Show an issue with its comments'
            cand create 'Create an issue'
            cand edit 'Edit title, body, labels, assignees or milestone'
            cand close 'Close an issue'
            cand reopen 'Reopen an issue'
            cand comment 'Add a comment'
            cand link 'Link two issues on different trackers so that `issue sync` mirrors them'
            cand unlink 'Remove the link between two issues'
            cand links 'The links of the repository, with their sync status'
            cand sync 'Mirror linked issues: title, body, state, labels and comments, both ways'
            cand search 'Search issues with the query language, open and closed alike'
            cand claim 'Claim an issue for this agent, or release, check, extend or list claims'
            cand depends 'Record, remove or show the issues an issue waits for'
            cand ready 'List the issues ready to be worked: open, unclaimed, every blocker closed'
            cand progress 'Record how far work on an issue is'
            cand activity 'Show what happened to an issue, or everywhere: our writes and the tracker''s'
        }
        &'gh-debussy-sync;help;issue;list'= {
        }
        &'gh-debussy-sync;help;issue;view'= {
        }
        &'gh-debussy-sync;help;issue;create'= {
        }
        &'gh-debussy-sync;help;issue;edit'= {
        }
        &'gh-debussy-sync;help;issue;close'= {
        }
        &'gh-debussy-sync;help;issue;reopen'= {
        }
        &'gh-debussy-sync;help;issue;comment'= {
        }
        &'gh-debussy-sync;help;issue;link'= {
        }
        &'gh-debussy-sync;help;issue;unlink'= {
        }
        &'gh-debussy-sync;help;issue;links'= {
        }
        &'gh-debussy-sync;help;issue;sync'= {
        }
        &'gh-debussy-sync;help;issue;search'= {
        }
        &'gh-debussy-sync;help;issue;claim'= {
            cand release 'Give up a claim (someone else''s only with --force, which is recorded)'
            cand check 'Who holds an issue and until when, or that it is free (exit 0 either way)'
            cand extend 'Hold a claim longer (someone else''s only with --force, which is recorded)'
            cand list 'The live claims in a place (open issues on a remote tracker)'
        }
        &'gh-debussy-sync;help;issue;claim;release'= {
        }
        &'gh-debussy-sync;help;issue;claim;check'= {
        }
        &'gh-debussy-sync;help;issue;claim;extend'= {
        }
        &'gh-debussy-sync;help;issue;claim;list'= {
        }
        &'gh-debussy-sync;help;issue;depends'= {
            cand add 'Record that REF waits for the issues of --on, or blocks those of --blocks'
            cand remove 'Remove dependencies recorded with `add`'
            cand show 'Show what REF waits for, transitively, and what waits for it'
        }
        &'gh-debussy-sync;help;issue;depends;add'= {
        }
        &'gh-debussy-sync;help;issue;depends;remove'= {
        }
        &'gh-debussy-sync;help;issue;depends;show'= {
        }
        &'gh-debussy-sync;help;issue;ready'= {
        }
        &'gh-debussy-sync;help;issue;progress'= {
        }
        &'gh-debussy-sync;help;issue;activity'= {
        }
        &'gh-debussy-sync;help;jira'= {
            cand view 'Show an issue with its comments'
            cand transitions 'List the transitions available from the issue''s current status'
            cand transition 'Move an issue to a status (or through a named transition)'
            cand comment 'Add a comment'
            cand search 'Search with JQL'
            cand whoami 'The authenticated user (checks the credentials)'
        }
        &'gh-debussy-sync;help;jira;view'= {
        }
        &'gh-debussy-sync;help;jira;transitions'= {
        }
        &'gh-debussy-sync;help;jira;transition'= {
        }
        &'gh-debussy-sync;help;jira;comment'= {
        }
        &'gh-debussy-sync;help;jira;search'= {
        }
        &'gh-debussy-sync;help;jira;whoami'= {
        }
        &'gh-debussy-sync;help;auth'= {
            cand login 'Store a token in the OS keyring (read from standard input with --with-token)'
            cand logout 'Remove a stored token'
            cand status 'Where each credential comes from (never the token itself)'
        }
        &'gh-debussy-sync;help;auth;login'= {
        }
        &'gh-debussy-sync;help;auth;logout'= {
        }
        &'gh-debussy-sync;help;auth;status'= {
        }
        &'gh-debussy-sync;help;history'= {
        }
        &'gh-debussy-sync;help;doctor'= {
        }
        &'gh-debussy-sync;help;config'= {
            cand show 'The effective configuration (file, environment and defaults)'
            cand path 'The path of the configuration file'
            cand validate 'Check the configuration file: exit 2 on an invalid value'
            cand init 'Write a commented starting configuration with what `detect` finds (never overwrites)'
            cand detect 'The platform, host and repository found (origin remote, environment, configuration) and where each came from; never a token, only its source'
        }
        &'gh-debussy-sync;help;config;show'= {
        }
        &'gh-debussy-sync;help;config;path'= {
        }
        &'gh-debussy-sync;help;config;validate'= {
        }
        &'gh-debussy-sync;help;config;init'= {
        }
        &'gh-debussy-sync;help;config;detect'= {
        }
        &'gh-debussy-sync;help;completions'= {
        }
        &'gh-debussy-sync;help;man'= {
        }
        &'gh-debussy-sync;help;help'= {
        }
    ]
    $completions[$command]
}
