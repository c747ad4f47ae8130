
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'gh-debussy-sync' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'gh-debussy-sync'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'gh-debussy-sync' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('phase', 'phase', [CompletionResultType]::ParameterValue, 'Record a phase event and converge the linked issues')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show, check or complete a plan')
            [CompletionResult]::new('release', 'release', [CompletionResultType]::ParameterValue, 'Releases on the plan''s forge (GitHub, Gitea) whose notes are the completed work')
            [CompletionResult]::new('webhook', 'webhook', [CompletionResultType]::ParameterValue, 'Repository hooks (GitHub, Gitea) that send issue events to `serve`')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The dashboard: phases, linked issues and where they drifted')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Repair drift: trackers follow the plan, or the plan follows the trackers')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow Debussy''s run database and converge the linked issues as phases change')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a command (e.g. `debussy run plan.md`) behind the guard, following its phases')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Receive webhook deliveries and re-judge the plans that link their issues')
            [CompletionResult]::new('guard', 'guard', [CompletionResultType]::ParameterValue, 'Refuse to re-run work whose linked issues were already completed')
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'One interface over the local tracker, GitHub and Jira issues')
            [CompletionResult]::new('jira', 'jira', [CompletionResultType]::ParameterValue, 'The Jira shell bridge: view, transition, comment on and search Jira issues')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Credentials in the OS keyring')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Completion and sync history')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check connectivity, credentials, rate limits, configuration and plan')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show, locate, validate or create the configuration')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write one man page per command (roff) into a directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'gh-debussy-sync;phase' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'A phase started: linked issues become in-progress')
            [CompletionResult]::new('complete', 'complete', [CompletionResultType]::ParameterValue, 'A phase completed')
            [CompletionResult]::new('fail', 'fail', [CompletionResultType]::ParameterValue, 'A phase failed')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'gh-debussy-sync;phase;start' {
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'The master plan (default: Debussy''s current run, else the only master plan)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (kept in the history)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;phase;complete' {
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'The master plan (default: Debussy''s current run, else the only master plan)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (kept in the history)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;phase;fail' {
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'The master plan (default: Debussy''s current run, else the only master plan)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (kept in the history)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;phase;help' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'A phase started: linked issues become in-progress')
            [CompletionResult]::new('complete', 'complete', [CompletionResultType]::ParameterValue, 'A phase completed')
            [CompletionResult]::new('fail', 'fail', [CompletionResultType]::ParameterValue, 'A phase failed')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'gh-debussy-sync;phase;help;start' {
            break
        }
        'gh-debussy-sync;phase;help;complete' {
            break
        }
        'gh-debussy-sync;phase;help;fail' {
            break
        }
        'gh-debussy-sync;phase;help;help' {
            break
        }
        'gh-debussy-sync;plan' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The parsed plan: phases, statuses and linked issues')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate the plan: exit 2 on errors, warnings listed')
            [CompletionResult]::new('complete', 'complete', [CompletionResultType]::ParameterValue, 'Record that the plan completed and converge (close issues with --auto-close)')
            [CompletionResult]::new('notes', 'notes', [CompletionResultType]::ParameterValue, 'Release notes: completed phases with their completion times and issues')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Create the issues the plan lacks (a tracking issue, one per phase) and link them in its files')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'gh-debussy-sync;plan;show' {
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'The master plan (default: Debussy''s current run, else the only master plan)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;plan;check' {
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'The master plan (default: Debussy''s current run, else the only master plan)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;plan;complete' {
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'The master plan (default: Debussy''s current run, else the only master plan)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--auto-close', '--auto-close', [CompletionResultType]::ParameterName, 'Close the linked issues (as completed, with one comment) when every phase is completed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;plan;notes' {
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'The master plan (default: Debussy''s current run, else the only master plan)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only phases completed at or after this time (YYYY-MM-DD or RFC 3339)')
            [CompletionResult]::new('--milestone', '--milestone', [CompletionResultType]::ParameterName, 'Only work whose issues are in the milestone titled NAME (any case): a whole plan when one of its plan-level issues is, else the phases one of whose own issues is')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'markdown (default) or json (the same as --json)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every master plan in the repository with completed work')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;plan;publish' {
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'The master plan (default: Debussy''s current run, else the only master plan)')
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'Where to create the issues: github, gitea, jira or local (default: the plan''s repository, else local)')
            [CompletionResult]::new('--milestone', '--milestone', [CompletionResultType]::ParameterName, 'Put new issues in this milestone (created when missing)')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'The milestone''s due date when it is created (YYYY-MM-DD; default: the plan''s front matter `due:`)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Create and link the issues (without it: a preview, nothing written)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;plan;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The parsed plan: phases, statuses and linked issues')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate the plan: exit 2 on errors, warnings listed')
            [CompletionResult]::new('complete', 'complete', [CompletionResultType]::ParameterValue, 'Record that the plan completed and converge (close issues with --auto-close)')
            [CompletionResult]::new('notes', 'notes', [CompletionResultType]::ParameterValue, 'Release notes: completed phases with their completion times and issues')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Create the issues the plan lacks (a tracking issue, one per phase) and link them in its files')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'gh-debussy-sync;plan;help;show' {
            break
        }
        'gh-debussy-sync;plan;help;check' {
            break
        }
        'gh-debussy-sync;plan;help;complete' {
            break
        }
        'gh-debussy-sync;plan;help;notes' {
            break
        }
        'gh-debussy-sync;plan;help;publish' {
            break
        }
        'gh-debussy-sync;plan;help;help' {
            break
        }
        'gh-debussy-sync;release' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create (or bring up to date) the release of TAG, its body the plans'' notes')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'gh-debussy-sync;release;create' {
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'A master plan whose notes go into the body (repeatable; default: Debussy''s current run, else the only master plan)')
            [CompletionResult]::new('--milestone', '--milestone', [CompletionResultType]::ParameterName, 'Only work whose issues are in the milestone titled NAME (as `plan notes`)')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The commit the tag is made at when it does not exist yet: a branch name or a full sha is sent as given, any other revision (default HEAD) as its commit')
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'The forge: github or gitea (default: the one the plans'' issues are on, else the only repository known)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--close-milestone', '--close-milestone', [CompletionResultType]::ParameterName, 'Close that milestone (the one --milestone names) once the release is written')
            [CompletionResult]::new('--draft', '--draft', [CompletionResultType]::ParameterName, 'A draft release (the default)')
            [CompletionResult]::new('--publish', '--publish', [CompletionResultType]::ParameterName, 'A published release instead of a draft')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Write the release (without it: show what would be written)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;release;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create (or bring up to date) the release of TAG, its body the plans'' notes')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'gh-debussy-sync;release;help;create' {
            break
        }
        'gh-debussy-sync;release;help;help' {
            break
        }
        'gh-debussy-sync;webhook' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register (or bring up to date) the hook that sends events to URL')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the repository''s hooks')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove the hook ID from the repository')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'gh-debussy-sync;webhook;register' {
            [CompletionResult]::new('--events', '--events', [CompletionResultType]::ParameterName, 'The events to send, comma-separated (default: issues, issue_comment)')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'The environment variable holding the secret (default: the forge''s own)')
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'The forge: github or gitea (default: the platform of `origin`, else the only forge whose repository is known)')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The repository (default: `<tracker>.repo` in the configuration, else `origin`)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--update-secret', '--update-secret', [CompletionResultType]::ParameterName, 'Send the secret again to a hook that is otherwise up to date (after rotating it)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Write the hook (without it: show what would be written)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;webhook;list' {
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'The forge: github or gitea (default: the platform of `origin`, else the only forge whose repository is known)')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The repository (default: `<tracker>.repo` in the configuration, else `origin`)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;webhook;remove' {
            [CompletionResult]::new('--tracker', '--tracker', [CompletionResultType]::ParameterName, 'The forge: github or gitea (default: the platform of `origin`, else the only forge whose repository is known)')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The repository (default: `<tracker>.repo` in the configuration, else `origin`)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Delete the hook (without it: show what would be deleted)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;webhook;help' {
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register (or bring up to date) the hook that sends events to URL')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the repository''s hooks')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove the hook ID from the repository')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'gh-debussy-sync;webhook;help;register' {
            break
        }
        'gh-debussy-sync;webhook;help;list' {
            break
        }
        'gh-debussy-sync;webhook;help;remove' {
            break
        }
        'gh-debussy-sync;webhook;help;help' {
            break
        }
        'gh-debussy-sync;status' {
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'The master plan (default: Debussy''s current run, else the only master plan)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Render as a markdown table (for a GitHub Actions step summary)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every master plan in the repository')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Read every tracker now (status keeps no cache, so it always does)')
            [CompletionResult]::new('--exit-status', '--exit-status', [CompletionResultType]::ParameterName, 'Exit 5 when any issue drifted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;sync' {
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'The master plan (default: Debussy''s current run, else the only master plan)')
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'to-tracker: trackers follow the plan''s facts; from-tracker: the plan follows what was closed or reopened on the trackers')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every master plan in the repository')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Apply the operations (without it: preview only)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;watch' {
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'The master plan (default: Debussy''s current run, else the only master plan)')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'How often to look at .debussy/state.db (2s, 500ms, 1m)')
            [CompletionResult]::new('--every', '--every', [CompletionResultType]::ParameterName, 'How often `--issues` syncs (default: GH_DEBUSSY_SYNC_INTERVAL, else 30m)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--once', '--once', [CompletionResultType]::ParameterName, 'Converge once and exit')
            [CompletionResult]::new('--issues', '--issues', [CompletionResultType]::ParameterName, 'Sync the mirrored issues (`issue sync --all --apply`) on a schedule instead')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;run' {
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'The master plan (default: Debussy''s current run, else the only master plan)')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'How often to look at .debussy/state.db while the command runs')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Run even when the plan''s issues were completed before (recorded in the history)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;serve' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'The address to listen on (port 0: any free port, told on stderr)')
            [CompletionResult]::new('--poll', '--poll', [CompletionResultType]::ParameterName, 'Judge every plan and sync every link after this long without a delivery')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;guard' {
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'The master plan (default: Debussy''s current run, else the only master plan)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Go ahead even when the plan''s issues were completed before; the warning is still printed and the bypass is recorded in the history')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;issue' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List issues of the local tracker, a GitHub repository or a Jira project')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Show an issue with its comments')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an issue')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit title, body, labels, assignees or milestone')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close an issue')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Reopen an issue')
            [CompletionResult]::new('comment', 'comment', [CompletionResultType]::ParameterValue, 'Add a comment')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Link two issues on different trackers so that `issue sync` mirrors them')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'Remove the link between two issues')
            [CompletionResult]::new('links', 'links', [CompletionResultType]::ParameterValue, 'The links of the repository, with their sync status')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Mirror linked issues: title, body, state, labels and comments, both ways')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search issues with the query language, open and closed alike')
            [CompletionResult]::new('claim', 'claim', [CompletionResultType]::ParameterValue, 'Claim an issue for this agent, or release, check, extend or list claims')
            [CompletionResult]::new('depends', 'depends', [CompletionResultType]::ParameterValue, 'Record, remove or show the issues an issue waits for')
            [CompletionResult]::new('ready', 'ready', [CompletionResultType]::ParameterValue, 'List the issues ready to be worked: open, unclaimed, every blocker closed')
            [CompletionResult]::new('progress', 'progress', [CompletionResultType]::ParameterValue, 'Record how far work on an issue is')
            [CompletionResult]::new('activity', 'activity', [CompletionResultType]::ParameterValue, 'Show what happened to an issue, or everywhere: our writes and the tracker''s')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'gh-debussy-sync;issue;list' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Which issues: open, closed or all')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Only issues with this label')
            [CompletionResult]::new('--assignee', '--assignee', [CompletionResultType]::ParameterName, 'Only issues assigned to this person')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Only issues matching this query (see `issue search --help`); --state applies when the query has no is:')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many issues')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;issue;view' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;issue;create' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'The issue''s title')
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'The text')
            [CompletionResult]::new('--body-file', '--body-file', [CompletionResultType]::ParameterName, 'Read the text from a file (`-` for standard input)')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'A label to add (repeat for several)')
            [CompletionResult]::new('--assignee', '--assignee', [CompletionResultType]::ParameterName, 'Someone to assign (repeat for several)')
            [CompletionResult]::new('--milestone', '--milestone', [CompletionResultType]::ParameterName, 'Milestone number (local and GitHub)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;issue;edit' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'The new title')
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'The text')
            [CompletionResult]::new('--body-file', '--body-file', [CompletionResultType]::ParameterName, 'Read the text from a file (`-` for standard input)')
            [CompletionResult]::new('--add-label', '--add-label', [CompletionResultType]::ParameterName, 'Add a label (repeat for several); other labels are kept')
            [CompletionResult]::new('--remove-label', '--remove-label', [CompletionResultType]::ParameterName, 'Remove a label (repeat for several)')
            [CompletionResult]::new('--add-assignee', '--add-assignee', [CompletionResultType]::ParameterName, 'Assign someone (repeat for several)')
            [CompletionResult]::new('--remove-assignee', '--remove-assignee', [CompletionResultType]::ParameterName, 'Unassign someone (repeat for several)')
            [CompletionResult]::new('--milestone', '--milestone', [CompletionResultType]::ParameterName, 'Milestone number, or `none` to remove it')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;issue;close' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: completed or not-planned')
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'Comment before closing (`-` reads standard input)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;issue;reopen' {
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'Comment after reopening (`-` reads standard input)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;issue;comment' {
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'The text')
            [CompletionResult]::new('--body-file', '--body-file', [CompletionResultType]::ParameterName, 'Read the text from a file (`-` for standard input)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;issue;link' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;issue;unlink' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;issue;links' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;issue;sync' {
            [CompletionResult]::new('--prefer', '--prefer', [CompletionResultType]::ParameterName, 'Resolve conflicts: a tracker (local, github, jira, gitea) wins, or the newest edit')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (title, body, state, labels, assignees, milestone, comments)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every link of the repository')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Write (without it: a preview, nothing written)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;issue;search' {
            [CompletionResult]::new('--in', '--in', [CompletionResultType]::ParameterName, '`local` (default), `owner/repo` (GitHub), `gitea:owner/repo`, or a Jira project key (`PROJ`)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many issues (a `limit:N` in the query wins)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;issue;claim' {
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'How long the claim holds unless extended (30m, 2h, 90s)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('release', 'release', [CompletionResultType]::ParameterValue, 'Give up a claim (someone else''s only with --force, which is recorded)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Who holds an issue and until when, or that it is free (exit 0 either way)')
            [CompletionResult]::new('extend', 'extend', [CompletionResultType]::ParameterValue, 'Hold a claim longer (someone else''s only with --force, which is recorded)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The live claims in a place (open issues on a remote tracker)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'gh-debussy-sync;issue;claim;release' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Release another agent''s claim (recorded in the journal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;issue;claim;check' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;issue;claim;extend' {
            [CompletionResult]::new('--add', '--add', [CompletionResultType]::ParameterName, 'How much longer (15m, 1h)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Extend another agent''s claim (recorded in the journal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;issue;claim;list' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--mine', '--mine', [CompletionResultType]::ParameterName, 'Only this agent''s claims')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;issue;claim;help' {
            [CompletionResult]::new('release', 'release', [CompletionResultType]::ParameterValue, 'Give up a claim (someone else''s only with --force, which is recorded)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Who holds an issue and until when, or that it is free (exit 0 either way)')
            [CompletionResult]::new('extend', 'extend', [CompletionResultType]::ParameterValue, 'Hold a claim longer (someone else''s only with --force, which is recorded)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The live claims in a place (open issues on a remote tracker)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'gh-debussy-sync;issue;claim;help;release' {
            break
        }
        'gh-debussy-sync;issue;claim;help;check' {
            break
        }
        'gh-debussy-sync;issue;claim;help;extend' {
            break
        }
        'gh-debussy-sync;issue;claim;help;list' {
            break
        }
        'gh-debussy-sync;issue;claim;help;help' {
            break
        }
        'gh-debussy-sync;issue;depends' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record that REF waits for the issues of --on, or blocks those of --blocks')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove dependencies recorded with `add`')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show what REF waits for, transitively, and what waits for it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'gh-debussy-sync;issue;depends;add' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The issues REF waits for, comma-separated')
            [CompletionResult]::new('--blocks', '--blocks', [CompletionResultType]::ParameterName, 'The issues that wait for REF, comma-separated')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;issue;depends;remove' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The issues REF waits for, comma-separated')
            [CompletionResult]::new('--blocks', '--blocks', [CompletionResultType]::ParameterName, 'The issues that wait for REF, comma-separated')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;issue;depends;show' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;issue;depends;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record that REF waits for the issues of --on, or blocks those of --blocks')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove dependencies recorded with `add`')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show what REF waits for, transitively, and what waits for it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'gh-debussy-sync;issue;depends;help;add' {
            break
        }
        'gh-debussy-sync;issue;depends;help;remove' {
            break
        }
        'gh-debussy-sync;issue;depends;help;show' {
            break
        }
        'gh-debussy-sync;issue;depends;help;help' {
            break
        }
        'gh-debussy-sync;issue;ready' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;issue;progress' {
            [CompletionResult]::new('--percent', '--percent', [CompletionResultType]::ParameterName, 'How much is done, 0 to 100')
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'The stage the work is in (design, impl, review…)')
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'The last checkpoint reached')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;issue;activity' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only what happened within this long: 90s, 15m, 1h, 2d, 1w')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'Only what this agent did')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--follow', '--follow', [CompletionResultType]::ParameterName, 'Keep printing new journal entries as they arrive')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;issue;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List issues of the local tracker, a GitHub repository or a Jira project')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Show an issue with its comments')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an issue')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit title, body, labels, assignees or milestone')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close an issue')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Reopen an issue')
            [CompletionResult]::new('comment', 'comment', [CompletionResultType]::ParameterValue, 'Add a comment')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Link two issues on different trackers so that `issue sync` mirrors them')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'Remove the link between two issues')
            [CompletionResult]::new('links', 'links', [CompletionResultType]::ParameterValue, 'The links of the repository, with their sync status')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Mirror linked issues: title, body, state, labels and comments, both ways')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search issues with the query language, open and closed alike')
            [CompletionResult]::new('claim', 'claim', [CompletionResultType]::ParameterValue, 'Claim an issue for this agent, or release, check, extend or list claims')
            [CompletionResult]::new('depends', 'depends', [CompletionResultType]::ParameterValue, 'Record, remove or show the issues an issue waits for')
            [CompletionResult]::new('ready', 'ready', [CompletionResultType]::ParameterValue, 'List the issues ready to be worked: open, unclaimed, every blocker closed')
            [CompletionResult]::new('progress', 'progress', [CompletionResultType]::ParameterValue, 'Record how far work on an issue is')
            [CompletionResult]::new('activity', 'activity', [CompletionResultType]::ParameterValue, 'Show what happened to an issue, or everywhere: our writes and the tracker''s')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'gh-debussy-sync;issue;help;list' {
            break
        }
        'gh-debussy-sync;issue;help;view' {
            break
        }
        'gh-debussy-sync;issue;help;create' {
            break
        }
        'gh-debussy-sync;issue;help;edit' {
            break
        }
        'gh-debussy-sync;issue;help;close' {
            break
        }
        'gh-debussy-sync;issue;help;reopen' {
            break
        }
        'gh-debussy-sync;issue;help;comment' {
            break
        }
        'gh-debussy-sync;issue;help;link' {
            break
        }
        'gh-debussy-sync;issue;help;unlink' {
            break
        }
        'gh-debussy-sync;issue;help;links' {
            break
        }
        'gh-debussy-sync;issue;help;sync' {
            break
        }
        'gh-debussy-sync;issue;help;search' {
            break
        }
        'gh-debussy-sync;issue;help;claim' {
            [CompletionResult]::new('release', 'release', [CompletionResultType]::ParameterValue, 'Give up a claim (someone else''s only with --force, which is recorded)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Who holds an issue and until when, or that it is free (exit 0 either way)')
            [CompletionResult]::new('extend', 'extend', [CompletionResultType]::ParameterValue, 'Hold a claim longer (someone else''s only with --force, which is recorded)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The live claims in a place (open issues on a remote tracker)')
            break
        }
        'gh-debussy-sync;issue;help;claim;release' {
            break
        }
        'gh-debussy-sync;issue;help;claim;check' {
            break
        }
        'gh-debussy-sync;issue;help;claim;extend' {
            break
        }
        'gh-debussy-sync;issue;help;claim;list' {
            break
        }
        'gh-debussy-sync;issue;help;depends' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record that REF waits for the issues of --on, or blocks those of --blocks')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove dependencies recorded with `add`')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show what REF waits for, transitively, and what waits for it')
            break
        }
        'gh-debussy-sync;issue;help;depends;add' {
            break
        }
        'gh-debussy-sync;issue;help;depends;remove' {
            break
        }
        'gh-debussy-sync;issue;help;depends;show' {
            break
        }
        'gh-debussy-sync;issue;help;ready' {
            break
        }
        'gh-debussy-sync;issue;help;progress' {
            break
        }
        'gh-debussy-sync;issue;help;activity' {
            break
        }
        'gh-debussy-sync;issue;help;help' {
            break
        }
        'gh-debussy-sync;jira' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Show an issue with its comments')
            [CompletionResult]::new('transitions', 'transitions', [CompletionResultType]::ParameterValue, 'List the transitions available from the issue''s current status')
            [CompletionResult]::new('transition', 'transition', [CompletionResultType]::ParameterValue, 'Move an issue to a status (or through a named transition)')
            [CompletionResult]::new('comment', 'comment', [CompletionResultType]::ParameterValue, 'Add a comment')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search with JQL')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'The authenticated user (checks the credentials)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'gh-debussy-sync;jira;view' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;jira;transitions' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;jira;transition' {
            [CompletionResult]::new('--resolution', '--resolution', [CompletionResultType]::ParameterName, 'Resolution for transitions whose screen asks for one')
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'Add a comment after the transition (`-` reads standard input)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;jira;comment' {
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'The comment text')
            [CompletionResult]::new('--body-file', '--body-file', [CompletionResultType]::ParameterName, 'Read the comment from a file (`-` for standard input)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;jira;search' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many issues')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;jira;whoami' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;jira;help' {
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Show an issue with its comments')
            [CompletionResult]::new('transitions', 'transitions', [CompletionResultType]::ParameterValue, 'List the transitions available from the issue''s current status')
            [CompletionResult]::new('transition', 'transition', [CompletionResultType]::ParameterValue, 'Move an issue to a status (or through a named transition)')
            [CompletionResult]::new('comment', 'comment', [CompletionResultType]::ParameterValue, 'Add a comment')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search with JQL')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'The authenticated user (checks the credentials)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'gh-debussy-sync;jira;help;view' {
            break
        }
        'gh-debussy-sync;jira;help;transitions' {
            break
        }
        'gh-debussy-sync;jira;help;transition' {
            break
        }
        'gh-debussy-sync;jira;help;comment' {
            break
        }
        'gh-debussy-sync;jira;help;search' {
            break
        }
        'gh-debussy-sync;jira;help;whoami' {
            break
        }
        'gh-debussy-sync;jira;help;help' {
            break
        }
        'gh-debussy-sync;auth' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Store a token in the OS keyring (read from standard input with --with-token)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove a stored token')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Where each credential comes from (never the token itself)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'gh-debussy-sync;auth;login' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Jira site URL')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Jira account email (Cloud basic authentication)')
            [CompletionResult]::new('--auth-type', '--auth-type', [CompletionResultType]::ParameterName, 'basic (Cloud: email + API token) or bearer (Data Center personal access token)')
            [CompletionResult]::new('--hostname', '--hostname', [CompletionResultType]::ParameterName, 'GitHub or Gitea host (default: GH_HOST or github.com; gitea.url)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--with-token', '--with-token', [CompletionResultType]::ParameterName, 'Read the token from standard input')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;auth;logout' {
            [CompletionResult]::new('--hostname', '--hostname', [CompletionResultType]::ParameterName, 'GitHub or Gitea host (default: the configured one)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;auth;status' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;auth;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Store a token in the OS keyring (read from standard input with --with-token)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove a stored token')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Where each credential comes from (never the token itself)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'gh-debussy-sync;auth;help;login' {
            break
        }
        'gh-debussy-sync;auth;help;logout' {
            break
        }
        'gh-debussy-sync;auth;help;status' {
            break
        }
        'gh-debussy-sync;auth;help;help' {
            break
        }
        'gh-debussy-sync;history' {
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'Only this plan (a path, relative to the current directory like every --plan)')
            [CompletionResult]::new('--issue', '--issue', [CompletionResultType]::ParameterName, 'Only this issue, in any reference form (`#10` resolves like in plans)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;doctor' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;config' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The effective configuration (file, environment and defaults)')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'The path of the configuration file')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check the configuration file: exit 2 on an invalid value')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented starting configuration with what `detect` finds (never overwrites)')
            [CompletionResult]::new('detect', 'detect', [CompletionResultType]::ParameterValue, 'The platform, host and repository found (origin remote, environment, configuration) and where each came from; never a token, only its source')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'gh-debussy-sync;config;show' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;config;path' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;config;validate' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;config;init' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;config;detect' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;config;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The effective configuration (file, environment and defaults)')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'The path of the configuration file')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check the configuration file: exit 2 on an invalid value')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented starting configuration with what `detect` finds (never overwrites)')
            [CompletionResult]::new('detect', 'detect', [CompletionResultType]::ParameterValue, 'The platform, host and repository found (origin remote, environment, configuration) and where each came from; never a token, only its source')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'gh-debussy-sync;config;help;show' {
            break
        }
        'gh-debussy-sync;config;help;path' {
            break
        }
        'gh-debussy-sync;config;help;validate' {
            break
        }
        'gh-debussy-sync;config;help;init' {
            break
        }
        'gh-debussy-sync;config;help;detect' {
            break
        }
        'gh-debussy-sync;config;help;help' {
            break
        }
        'gh-debussy-sync;completions' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if started in DIR')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;man' {
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (implies --json); strings print raw')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the operations that would be applied, and change nothing')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors, warnings and the data asked for')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request and the credential source on stderr (never the token)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable color (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'gh-debussy-sync;help' {
            [CompletionResult]::new('phase', 'phase', [CompletionResultType]::ParameterValue, 'Record a phase event and converge the linked issues')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show, check or complete a plan')
            [CompletionResult]::new('release', 'release', [CompletionResultType]::ParameterValue, 'Releases on the plan''s forge (GitHub, Gitea) whose notes are the completed work')
            [CompletionResult]::new('webhook', 'webhook', [CompletionResultType]::ParameterValue, 'Repository hooks (GitHub, Gitea) that send issue events to `serve`')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The dashboard: phases, linked issues and where they drifted')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Repair drift: trackers follow the plan, or the plan follows the trackers')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow Debussy''s run database and converge the linked issues as phases change')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a command (e.g. `debussy run plan.md`) behind the guard, following its phases')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Receive webhook deliveries and re-judge the plans that link their issues')
            [CompletionResult]::new('guard', 'guard', [CompletionResultType]::ParameterValue, 'Refuse to re-run work whose linked issues were already completed')
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'One interface over the local tracker, GitHub and Jira issues')
            [CompletionResult]::new('jira', 'jira', [CompletionResultType]::ParameterValue, 'The Jira shell bridge: view, transition, comment on and search Jira issues')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Credentials in the OS keyring')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Completion and sync history')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check connectivity, credentials, rate limits, configuration and plan')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show, locate, validate or create the configuration')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write one man page per command (roff) into a directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'gh-debussy-sync;help;phase' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'A phase started: linked issues become in-progress')
            [CompletionResult]::new('complete', 'complete', [CompletionResultType]::ParameterValue, 'A phase completed')
            [CompletionResult]::new('fail', 'fail', [CompletionResultType]::ParameterValue, 'A phase failed')
            break
        }
        'gh-debussy-sync;help;phase;start' {
            break
        }
        'gh-debussy-sync;help;phase;complete' {
            break
        }
        'gh-debussy-sync;help;phase;fail' {
            break
        }
        'gh-debussy-sync;help;plan' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The parsed plan: phases, statuses and linked issues')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate the plan: exit 2 on errors, warnings listed')
            [CompletionResult]::new('complete', 'complete', [CompletionResultType]::ParameterValue, 'Record that the plan completed and converge (close issues with --auto-close)')
            [CompletionResult]::new('notes', 'notes', [CompletionResultType]::ParameterValue, 'Release notes: completed phases with their completion times and issues')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Create the issues the plan lacks (a tracking issue, one per phase) and link them in its files')
            break
        }
        'gh-debussy-sync;help;plan;show' {
            break
        }
        'gh-debussy-sync;help;plan;check' {
            break
        }
        'gh-debussy-sync;help;plan;complete' {
            break
        }
        'gh-debussy-sync;help;plan;notes' {
            break
        }
        'gh-debussy-sync;help;plan;publish' {
            break
        }
        'gh-debussy-sync;help;release' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create (or bring up to date) the release of TAG, its body the plans'' notes')
            break
        }
        'gh-debussy-sync;help;release;create' {
            break
        }
        'gh-debussy-sync;help;webhook' {
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register (or bring up to date) the hook that sends events to URL')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the repository''s hooks')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove the hook ID from the repository')
            break
        }
        'gh-debussy-sync;help;webhook;register' {
            break
        }
        'gh-debussy-sync;help;webhook;list' {
            break
        }
        'gh-debussy-sync;help;webhook;remove' {
            break
        }
        'gh-debussy-sync;help;status' {
            break
        }
        'gh-debussy-sync;help;sync' {
            break
        }
        'gh-debussy-sync;help;watch' {
            break
        }
        'gh-debussy-sync;help;run' {
            break
        }
        'gh-debussy-sync;help;serve' {
            break
        }
        'gh-debussy-sync;help;guard' {
            break
        }
        'gh-debussy-sync;help;issue' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List issues of the local tracker, a GitHub repository or a Jira project')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Show an issue with its comments')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an issue')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit title, body, labels, assignees or milestone')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close an issue')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Reopen an issue')
            [CompletionResult]::new('comment', 'comment', [CompletionResultType]::ParameterValue, 'Add a comment')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Link two issues on different trackers so that `issue sync` mirrors them')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'Remove the link between two issues')
            [CompletionResult]::new('links', 'links', [CompletionResultType]::ParameterValue, 'The links of the repository, with their sync status')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Mirror linked issues: title, body, state, labels and comments, both ways')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search issues with the query language, open and closed alike')
            [CompletionResult]::new('claim', 'claim', [CompletionResultType]::ParameterValue, 'Claim an issue for this agent, or release, check, extend or list claims')
            [CompletionResult]::new('depends', 'depends', [CompletionResultType]::ParameterValue, 'Record, remove or show the issues an issue waits for')
            [CompletionResult]::new('ready', 'ready', [CompletionResultType]::ParameterValue, 'List the issues ready to be worked: open, unclaimed, every blocker closed')
            [CompletionResult]::new('progress', 'progress', [CompletionResultType]::ParameterValue, 'Record how far work on an issue is')
            [CompletionResult]::new('activity', 'activity', [CompletionResultType]::ParameterValue, 'Show what happened to an issue, or everywhere: our writes and the tracker''s')
            break
        }
        'gh-debussy-sync;help;issue;list' {
            break
        }
        'gh-debussy-sync;help;issue;view' {
            break
        }
        'gh-debussy-sync;help;issue;create' {
            break
        }
        'gh-debussy-sync;help;issue;edit' {
            break
        }
        'gh-debussy-sync;help;issue;close' {
            break
        }
        'gh-debussy-sync;help;issue;reopen' {
            break
        }
        'gh-debussy-sync;help;issue;comment' {
            break
        }
        'gh-debussy-sync;help;issue;link' {
            break
        }
        'gh-debussy-sync;help;issue;unlink' {
            break
        }
        'gh-debussy-sync;help;issue;links' {
            break
        }
        'gh-debussy-sync;help;issue;sync' {
            break
        }
        'gh-debussy-sync;help;issue;search' {
            break
        }
        'gh-debussy-sync;help;issue;claim' {
            [CompletionResult]::new('release', 'release', [CompletionResultType]::ParameterValue, 'Give up a claim (someone else''s only with --force, which is recorded)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Who holds an issue and until when, or that it is free (exit 0 either way)')
            [CompletionResult]::new('extend', 'extend', [CompletionResultType]::ParameterValue, 'Hold a claim longer (someone else''s only with --force, which is recorded)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The live claims in a place (open issues on a remote tracker)')
            break
        }
        'gh-debussy-sync;help;issue;claim;release' {
            break
        }
        'gh-debussy-sync;help;issue;claim;check' {
            break
        }
        'gh-debussy-sync;help;issue;claim;extend' {
            break
        }
        'gh-debussy-sync;help;issue;claim;list' {
            break
        }
        'gh-debussy-sync;help;issue;depends' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record that REF waits for the issues of --on, or blocks those of --blocks')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove dependencies recorded with `add`')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show what REF waits for, transitively, and what waits for it')
            break
        }
        'gh-debussy-sync;help;issue;depends;add' {
            break
        }
        'gh-debussy-sync;help;issue;depends;remove' {
            break
        }
        'gh-debussy-sync;help;issue;depends;show' {
            break
        }
        'gh-debussy-sync;help;issue;ready' {
            break
        }
        'gh-debussy-sync;help;issue;progress' {
            break
        }
        'gh-debussy-sync;help;issue;activity' {
            break
        }
        'gh-debussy-sync;help;jira' {
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Show an issue with its comments')
            [CompletionResult]::new('transitions', 'transitions', [CompletionResultType]::ParameterValue, 'List the transitions available from the issue''s current status')
            [CompletionResult]::new('transition', 'transition', [CompletionResultType]::ParameterValue, 'Move an issue to a status (or through a named transition)')
            [CompletionResult]::new('comment', 'comment', [CompletionResultType]::ParameterValue, 'Add a comment')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search with JQL')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'The authenticated user (checks the credentials)')
            break
        }
        'gh-debussy-sync;help;jira;view' {
            break
        }
        'gh-debussy-sync;help;jira;transitions' {
            break
        }
        'gh-debussy-sync;help;jira;transition' {
            break
        }
        'gh-debussy-sync;help;jira;comment' {
            break
        }
        'gh-debussy-sync;help;jira;search' {
            break
        }
        'gh-debussy-sync;help;jira;whoami' {
            break
        }
        'gh-debussy-sync;help;auth' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Store a token in the OS keyring (read from standard input with --with-token)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove a stored token')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Where each credential comes from (never the token itself)')
            break
        }
        'gh-debussy-sync;help;auth;login' {
            break
        }
        'gh-debussy-sync;help;auth;logout' {
            break
        }
        'gh-debussy-sync;help;auth;status' {
            break
        }
        'gh-debussy-sync;help;history' {
            break
        }
        'gh-debussy-sync;help;doctor' {
            break
        }
        'gh-debussy-sync;help;config' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The effective configuration (file, environment and defaults)')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'The path of the configuration file')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check the configuration file: exit 2 on an invalid value')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented starting configuration with what `detect` finds (never overwrites)')
            [CompletionResult]::new('detect', 'detect', [CompletionResultType]::ParameterValue, 'The platform, host and repository found (origin remote, environment, configuration) and where each came from; never a token, only its source')
            break
        }
        'gh-debussy-sync;help;config;show' {
            break
        }
        'gh-debussy-sync;help;config;path' {
            break
        }
        'gh-debussy-sync;help;config;validate' {
            break
        }
        'gh-debussy-sync;help;config;init' {
            break
        }
        'gh-debussy-sync;help;config;detect' {
            break
        }
        'gh-debussy-sync;help;completions' {
            break
        }
        'gh-debussy-sync;help;man' {
            break
        }
        'gh-debussy-sync;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
