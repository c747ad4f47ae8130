//! The command line: clap definitions (whose doc comments are the help text) and
//! dispatch. Each subcommand lives in `commands/`, named after it.

pub mod body;
pub mod commands;

use crate::context::{Context, Env};
use crate::error::{exit, CliError};
use crate::output::Ui;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// Keep GitHub Issues, Jira and a local tracker in step with Debussy work plans.
#[derive(Debug, Parser)]
#[command(name = "gh-debussy-sync", version, bin_name = "gh-debussy-sync")]
pub struct Cli {
    /// Run as if started in DIR.
    #[arg(
        short = 'C',
        global = true,
        value_name = "DIR",
        help_heading = "Global options"
    )]
    pub dir: Option<PathBuf>,
    /// Print exactly one JSON document on stdout.
    #[arg(long, global = true, help_heading = "Global options")]
    pub json: bool,
    /// Filter the JSON output with a jq expression (implies --json); strings print raw.
    #[arg(
        long,
        global = true,
        value_name = "EXPRESSION",
        help_heading = "Global options"
    )]
    pub jq: Option<String>,
    /// Show the operations that would be applied, and change nothing.
    #[arg(long, global = true, help_heading = "Global options")]
    pub dry_run: bool,
    /// Answer yes to confirmations.
    #[arg(long, global = true, help_heading = "Global options")]
    pub yes: bool,
    /// Print only errors, warnings and the data asked for.
    #[arg(short, long, global = true, help_heading = "Global options")]
    pub quiet: bool,
    /// Print each request and the credential source on stderr (never the token).
    #[arg(short, long, global = true, help_heading = "Global options")]
    pub verbose: bool,
    /// Disable color (also NO_COLOR).
    #[arg(long, global = true, help_heading = "Global options")]
    pub no_color: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Record a phase event and converge the linked issues.
    #[command(
        after_help = "Examples:\n  gh debussy-sync phase start 1\n  gh debussy-sync phase complete 1 --plan docs/plans/x/MASTER_PLAN.md"
    )]
    Phase(commands::phase::PhaseArgs),
    /// Show, check or complete a plan.
    #[command(
        after_help = "Examples:\n  gh debussy-sync plan show\n  gh debussy-sync plan check\n  gh debussy-sync plan complete --auto-close"
    )]
    Plan(commands::plan::PlanArgs),
    /// Releases on the plan's forge (GitHub, Gitea) whose notes are the completed work.
    #[command(
        after_help = "Examples:\n  gh debussy-sync release create v1.0.0\n  gh debussy-sync release create v1.0.0 --apply"
    )]
    Release(commands::release::ReleaseArgs),
    /// Repository hooks (GitHub, Gitea) that send issue events to `serve`.
    #[command(
        after_help = "Examples:\n  gh debussy-sync webhook register https://hooks.example.com/webhook --apply\n  gh debussy-sync webhook list\n  gh debussy-sync webhook remove 12345678 --apply"
    )]
    Webhook(commands::webhook::WebhookArgs),
    /// The dashboard: phases, linked issues and where they drifted.
    Status(commands::status::StatusArgs),
    /// Repair drift: trackers follow the plan, or the plan follows the trackers.
    Sync(commands::sync::SyncArgs),
    /// Follow Debussy's run database and converge the linked issues as phases change.
    Watch(commands::watch::WatchArgs),
    /// Run a command (e.g. `debussy run plan.md`) behind the guard, following its phases.
    Run(commands::run::RunArgs),
    /// Receive webhook deliveries and re-judge the plans that link their issues.
    Serve(commands::serve::ServeArgs),
    /// Refuse to re-run work whose linked issues were already completed.
    Guard(commands::guard::GuardArgs),
    /// One interface over the local tracker, GitHub and Jira issues.
    #[command(
        after_help = "Examples:\n  gh debussy-sync issue list\n  gh debussy-sync issue view local#3\n  gh debussy-sync issue create --title \"Flaky test\" --label bug"
    )]
    Issue(commands::issue::IssueArgs),
    /// The Jira shell bridge: view, transition, comment on and search Jira issues.
    #[command(
        after_help = "Examples:\n  gh debussy-sync jira view PROJ-7\n  gh debussy-sync jira search \"project = PROJ AND statusCategory != Done\""
    )]
    Jira(commands::jira::JiraArgs),
    /// Credentials in the OS keyring.
    #[command(
        after_help = "Examples:\n  gh debussy-sync auth status\n  gh debussy-sync auth login jira --url https://acme.atlassian.net --email dev@acme.com --with-token < token.txt"
    )]
    Auth(commands::auth::AuthArgs),
    /// Completion and sync history.
    History(commands::history::HistoryArgs),
    /// Check connectivity, credentials, rate limits, configuration and plan.
    Doctor(commands::doctor::DoctorArgs),
    /// Show, locate, validate or create the configuration.
    #[command(
        after_help = "Examples:\n  gh debussy-sync config show\n  gh debussy-sync config validate\n  gh debussy-sync config init"
    )]
    Config(commands::config::ConfigArgs),
    /// Print a shell completion script.
    #[command(
        after_help = "Examples:\n  gh-debussy-sync completions bash > ~/.local/share/bash-completion/completions/gh-debussy-sync\n  gh debussy-sync completions zsh > ~/.zfunc/_gh-debussy-sync"
    )]
    Completions(commands::completions::CompletionsArgs),
    /// Write one man page per command (roff) into a directory.
    #[command(hide = true)]
    Man(commands::man::ManArgs),
}

/// Parses the process arguments, runs the command and returns the exit code.
pub fn main() -> i32 {
    run_with_args(std::env::args_os())
}

/// Runs one command line (the first item is the program name) and returns the exit
/// code, exactly as the binary would.
pub fn run_with_args<I, T>(args: I) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let args: Vec<std::ffi::OsString> = args.into_iter().map(Into::into).collect();
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(e) => {
            if !e.use_stderr() {
                let _ = e.print();
                return exit::OK;
            }
            let _ = e.print();
            // Scripts asked for JSON: they get one document even for a usage error.
            if args.iter().any(|a| a == "--json") && !args.iter().any(|a| a == "--jq") {
                let message = e.kind().as_str().unwrap_or("invalid arguments");
                let first = e
                    .to_string()
                    .lines()
                    .next()
                    .unwrap_or(message)
                    .trim_start_matches("error: ")
                    .to_string();
                let doc = serde_json::json!({"error": {
                    "message": first,
                    "hint": "run with --help to see the accepted arguments",
                    "code": exit::INPUT,
                }});
                println!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
            }
            return exit::INPUT;
        }
    };
    let env = Env::from_process();
    let ui = Ui::detect(
        cli.json || cli.jq.is_some(),
        cli.quiet,
        cli.verbose,
        cli.no_color || env.no_color,
    )
    .with_jq(cli.jq.clone());
    if let Some(expr) = &cli.jq {
        if let Err(e) = crate::jq::check(expr) {
            eprintln!("{e}");
            eprintln!("hint: check the --jq expression (jq syntax; strings print raw)");
            return exit::INPUT;
        }
    }
    match run(cli, env, ui.clone()) {
        Ok(_) if ui.jq_failed() => exit::FAILURE,
        Ok(code) => code,
        Err(e) => {
            ui.error(&e.message, e.hint.as_deref(), e.code);
            e.code
        }
    }
}

fn run(cli: Cli, env: Env, ui: Ui) -> Result<i32, CliError> {
    match &cli.command {
        Command::Completions(args) => return commands::completions::run(args),
        Command::Man(args) => return commands::man::run(args),
        _ => {}
    }
    let cwd = match &cli.dir {
        Some(dir) => std::env::current_dir()
            .map(|c| c.join(dir))
            .map_err(|e| CliError::new(exit::FAILURE, e.to_string()))?,
        None => std::env::current_dir().map_err(|e| CliError::new(exit::FAILURE, e.to_string()))?,
    };
    if !cwd.is_dir() {
        return Err(CliError::input(format!(
            "-C {}: no such directory",
            cwd.display()
        )));
    }
    if let Command::Doctor(_) = cli.command {
        // A broken configuration is one of the things doctor reports.
        return match Context::new(cwd.clone(), env.clone(), ui.clone(), cli.dry_run, cli.yes) {
            Ok(ctx) => commands::doctor::run(&ctx, None),
            Err(e) => {
                let config = crate::config::defaults_with_env(&env.overrides).unwrap_or_default();
                let ctx = Context::with_config(cwd, env, ui, cli.dry_run, cli.yes, config);
                commands::doctor::run(&ctx, Some(e))
            }
        };
    }
    let ctx = Context::new(cwd, env, ui, cli.dry_run, cli.yes)?;
    match cli.command {
        Command::Phase(args) => commands::phase::run(&ctx, args),
        Command::Plan(args) => commands::plan::run(&ctx, args),
        Command::Release(args) => commands::release::run(&ctx, args),
        Command::Webhook(args) => commands::webhook::run(&ctx, args),
        Command::History(args) => commands::history::run(&ctx, args),
        Command::Status(args) => commands::status::run(&ctx, args),
        Command::Sync(args) => commands::sync::run(&ctx, args),
        Command::Watch(args) => commands::watch::run(&ctx, args),
        Command::Run(args) => commands::run::run(&ctx, args),
        Command::Serve(args) => commands::serve::run(&ctx, args),
        Command::Guard(args) => commands::guard::run(&ctx, args),
        Command::Auth(args) => commands::auth::run(&ctx, args),
        Command::Jira(args) => commands::jira::run(&ctx, args),
        Command::Issue(args) => commands::issue::run(&ctx, args),
        Command::Config(args) => commands::config::run(&ctx, args),
        Command::Completions(_) | Command::Man(_) | Command::Doctor(_) => Ok(exit::OK),
    }
}
