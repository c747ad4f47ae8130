//! `auth login|logout|status`: credentials in the OS keyring.
//!
//! Tokens arrive on standard input (`--with-token`), never on the command line, and
//! go to the keyring only. Where there is no usable keyring the error names the
//! environment variable to use instead.

use crate::context::Context;
use crate::error::{exit, CliError};
use crate::output::{table, Report, Ui};
use crate::refs::TrackerKind;
use crate::secrets::KeyringError;
use crate::tracker::registry::{self, LoginOptions, TrackerModule};
use clap::builder::PossibleValuesParser;
use clap::{Args, Subcommand};
use octocrab::secrecy::SecretString;
use serde::Serialize;
use std::io::Read;

/// The trackers that have credentials (`github`, `jira`, `gitea`, …).
fn services() -> PossibleValuesParser {
    PossibleValuesParser::new(
        registry::all()
            .iter()
            .filter(|m| m.token_variable().is_some())
            .map(|m| m.kind().as_str()),
    )
}

#[derive(Debug, Args)]
pub struct AuthArgs {
    #[command(subcommand)]
    pub command: AuthCommand,
}

#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Store a token in the OS keyring (read from standard input with --with-token).
    #[command(
        after_help = "Examples:\n  gh debussy-sync auth login jira --url https://acme.atlassian.net --email dev@acme.com --with-token < token.txt\n  gh debussy-sync auth login github --hostname ghe.corp.example --with-token < token.txt"
    )]
    Login(LoginArgs),
    /// Remove a stored token.
    #[command(
        after_help = "Examples:\n  gh debussy-sync auth logout jira\n  gh debussy-sync auth logout github --hostname ghe.corp.example"
    )]
    Logout {
        /// Whose token: a tracker's name.
        #[arg(value_parser = services())]
        service: String,
        /// GitHub or Gitea host (default: the configured one).
        #[arg(long, value_name = "HOST")]
        hostname: Option<String>,
    },
    /// Where each credential comes from (never the token itself).
    #[command(
        after_help = "Exit status: 0 when credentials were found, 1 when none were.\n\nExamples:\n  gh debussy-sync auth status\n  gh debussy-sync --json auth status"
    )]
    Status,
}

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// Whose token: a tracker's name.
    #[arg(value_parser = services())]
    pub service: String,
    /// Jira site URL.
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// Jira account email (Cloud basic authentication).
    #[arg(long, value_name = "EMAIL")]
    pub email: Option<String>,
    /// basic (Cloud: email + API token) or bearer (Data Center personal access token).
    #[arg(long, value_name = "TYPE", value_parser = ["basic", "bearer"])]
    pub auth_type: Option<String>,
    /// GitHub or Gitea host (default: GH_HOST or github.com; gitea.url).
    #[arg(long, value_name = "HOST")]
    pub hostname: Option<String>,
    /// Read the token from standard input.
    #[arg(long)]
    pub with_token: bool,
}

fn keyring_error(module: &dyn TrackerModule, e: KeyringError) -> CliError {
    let var = module.token_variable().unwrap_or("the token variable");
    CliError::new(exit::FAILURE, format!("cannot store the token: {e}")).hint(format!(
        "on machines without a keyring, set {var} in the environment instead"
    ))
}

/// The module of a service name clap has already checked.
fn module(service: &str) -> Result<&'static dyn TrackerModule, CliError> {
    let kind: TrackerKind = service.parse().map_err(CliError::input)?;
    Ok(registry::module(kind))
}

pub fn run(ctx: &Context, args: AuthArgs) -> Result<i32, CliError> {
    match args.command {
        AuthCommand::Login(a) => login(ctx, a),
        AuthCommand::Logout { service, hostname } => logout(ctx, &service, hostname),
        AuthCommand::Status => status(ctx),
    }
}

fn login(ctx: &Context, a: LoginArgs) -> Result<i32, CliError> {
    if !a.with_token {
        return Err(
            CliError::input("pass the token on standard input with --with-token")
                .hint("e.g. `gh debussy-sync auth login jira --url URL --with-token < token.txt`"),
        );
    }
    let module = module(&a.service)?;
    let options = LoginOptions {
        url: a.url,
        email: a.email,
        auth_type: a.auth_type,
        hostname: a.hostname,
    };
    let factory = ctx.trackers();
    let account = module.login_account(&factory, &options)?;
    // Fail before reading a secret if it could not be stored anyway.
    let keyring = ctx.keyring();
    keyring
        .get(&account)
        .map_err(|e| keyring_error(module, e))?;
    let mut token = String::new();
    std::io::stdin().read_to_string(&mut token).map_err(|e| {
        CliError::new(
            exit::FAILURE,
            format!("cannot read the token: {}", crate::error::io_reason(&e)),
        )
    })?;
    let token = SecretString::from(token.trim().to_string());
    if octocrab::secrecy::ExposeSecret::expose_secret(&token).is_empty() {
        return Err(CliError::input("no token on standard input"));
    }
    keyring
        .set(&account, &token)
        .map_err(|e| keyring_error(module, e))?;
    module.save_login(&factory, &options)?;
    ctx.ui.emit(&Done {
        message: format!("✓ token stored in the OS keyring for {account}"),
    });
    Ok(exit::OK)
}

fn logout(ctx: &Context, service: &str, hostname: Option<String>) -> Result<i32, CliError> {
    let module = module(service)?;
    let options = LoginOptions {
        hostname,
        ..LoginOptions::default()
    };
    let account = module.logout_account(&ctx.trackers(), &options)?;
    let removed = ctx
        .keyring()
        .delete(&account)
        .map_err(|e| keyring_error(module, e))?;
    ctx.ui.emit(&Done {
        message: if removed {
            format!("✓ removed the token for {account}")
        } else {
            format!("no token stored for {account}")
        },
    });
    Ok(exit::OK)
}

#[derive(Serialize)]
struct Done {
    message: String,
}

impl Report for Done {
    fn human(&self, _ui: &Ui) -> String {
        format!("{}\n", self.message)
    }
}

#[derive(Serialize)]
struct StatusEntry {
    service: &'static str,
    target: String,
    /// Where the token comes from (`GH_TOKEN`, `gh auth token`, `keyring`, …), or null.
    token_source: Option<String>,
    detail: Option<String>,
}

#[derive(Serialize)]
struct StatusReport {
    credentials: Vec<StatusEntry>,
}

impl Report for StatusReport {
    fn always_shown(&self) -> bool {
        true
    }

    fn human(&self, _ui: &Ui) -> String {
        let rows: Vec<Vec<String>> = self
            .credentials
            .iter()
            .map(|c| {
                vec![
                    c.service.to_string(),
                    c.target.clone(),
                    c.token_source
                        .as_ref()
                        .map(|s| format!("token from {s}"))
                        .unwrap_or_else(|| "no token".into()),
                    c.detail.clone().unwrap_or_default(),
                ]
            })
            .collect();
        table(&rows)
    }
}

fn status(ctx: &Context) -> Result<i32, CliError> {
    let factory = ctx.trackers();
    let mut entries = Vec::new();
    let mut variables = Vec::new();
    for module in registry::all() {
        let Some(found) = module.credential_status(&factory) else {
            continue;
        };
        variables.extend(module.token_variable());
        entries.push(StatusEntry {
            service: module.kind().as_str(),
            target: found.target,
            token_source: found.token_source,
            detail: found.detail,
        });
    }
    let any = entries.iter().any(|e| e.token_source.is_some());
    if !any {
        ctx.ui.warn(&format!(
            "no credentials found for any tracker: set {}, or run `gh debussy-sync auth login`",
            variables.join(" or ")
        ));
    }
    ctx.ui.emit(&StatusReport {
        credentials: entries,
    });
    Ok(if any { exit::OK } else { exit::FAILURE })
}
