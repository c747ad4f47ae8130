//! `auth login|logout|status`: credentials in the OS keyring.
//!
//! Tokens arrive on standard input (`--with-token`), never on the command line, and
//! go to the keyring only. Where there is no usable keyring the error names the
//! environment variable to use instead.

use crate::context::Context;
use crate::credentials::{self, JiraLogin};
use crate::error::{exit, CliError};
use crate::output::{table, Report, Ui};
use crate::secrets::KeyringError;
use crate::tracker::github::GitHubEndpoint;
use crate::tracker::jira::JiraSite;
use clap::{Args, Subcommand, ValueEnum};
use octocrab::secrecy::SecretString;
use serde::Serialize;
use std::io::Read;

#[derive(Debug, Args)]
pub struct AuthArgs {
    #[command(subcommand)]
    pub command: AuthCommand,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Service {
    Github,
    Jira,
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
        /// Whose token: github or jira.
        service: Service,
        /// GitHub host (default: GH_HOST or github.com).
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
    /// Whose token: github or jira.
    pub service: Service,
    /// Jira site URL.
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// Jira account email (Cloud basic authentication).
    #[arg(long, value_name = "EMAIL")]
    pub email: Option<String>,
    /// basic (Cloud: email + API token) or bearer (Data Center personal access token).
    #[arg(long, value_name = "TYPE", value_parser = ["basic", "bearer"])]
    pub auth_type: Option<String>,
    /// GitHub host (default: GH_HOST or github.com).
    #[arg(long, value_name = "HOST")]
    pub hostname: Option<String>,
    /// Read the token from standard input.
    #[arg(long)]
    pub with_token: bool,
}

fn keyring_error(service: Service, e: KeyringError) -> CliError {
    let var = match service {
        Service::Github => "GH_TOKEN",
        Service::Jira => "JIRA_API_TOKEN",
    };
    CliError::new(exit::FAILURE, format!("cannot store the token: {e}")).hint(format!(
        "on machines without a keyring, set {var} in the environment instead"
    ))
}

pub fn run(ctx: &Context, args: AuthArgs) -> Result<i32, CliError> {
    match args.command {
        AuthCommand::Login(a) => login(ctx, a),
        AuthCommand::Logout { service, hostname } => logout(ctx, service, hostname),
        AuthCommand::Status => status(ctx),
    }
}

fn github_host(ctx: &Context, hostname: Option<String>) -> String {
    hostname.unwrap_or_else(|| {
        GitHubEndpoint::resolve(
            ctx.config.github.api_url.as_deref(),
            ctx.config.github.host.as_deref(),
        )
        .host
    })
}

fn login(ctx: &Context, a: LoginArgs) -> Result<i32, CliError> {
    if !a.with_token {
        return Err(
            CliError::input("pass the token on standard input with --with-token")
                .hint("e.g. `gh debussy-sync auth login jira --url URL --with-token < token.txt`"),
        );
    }
    let (account, login) = match a.service {
        Service::Github => (
            credentials::github_account(&github_host(ctx, a.hostname)),
            None,
        ),
        Service::Jira => {
            let url = a
                .url
                .or_else(|| ctx.config.jira.url.clone())
                .ok_or_else(|| {
                    CliError::input("auth login jira needs --url")
                        .hint("e.g. --url https://acme.atlassian.net")
                })?;
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                return Err(CliError::input(format!(
                    "--url: '{url}' is not an http:// or https:// URL"
                )));
            }
            let site = JiraSite::new(&url, ctx.config.jira.deployment);
            let login = JiraLogin {
                url: site.url.clone(),
                email: a.email.or_else(|| ctx.config.jira.email.clone()),
                auth_type: a.auth_type,
            };
            (credentials::jira_account(&site.url), Some(login))
        }
    };
    // Fail before reading a secret if it could not be stored anyway.
    let keyring = ctx.keyring();
    keyring
        .get(&account)
        .map_err(|e| keyring_error(a.service, e))?;
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
        .map_err(|e| keyring_error(a.service, e))?;
    if let Some(login) = login {
        let dir =
            credentials::user_config_dir(ctx.env.config_home.as_deref()).ok_or_else(|| {
                CliError::new(exit::FAILURE, "no user configuration directory (set HOME)")
            })?;
        credentials::save_jira_login(&dir, &login).map_err(|e| {
            CliError::new(
                exit::FAILURE,
                format!("{}: {}", dir.display(), crate::error::io_reason(&e)),
            )
        })?;
    }
    ctx.ui.emit(&Done {
        message: format!("✓ token stored in the OS keyring for {account}"),
    });
    Ok(exit::OK)
}

fn logout(ctx: &Context, service: Service, hostname: Option<String>) -> Result<i32, CliError> {
    let account = match service {
        Service::Github => credentials::github_account(&github_host(ctx, hostname)),
        Service::Jira => {
            let url = ctx
                .jira_site()
                .map(|s| s.url)
                .map_err(|why| why.error(exit::INPUT))?;
            credentials::jira_account(&url)
        }
    };
    let removed = ctx
        .keyring()
        .delete(&account)
        .map_err(|e| keyring_error(service, e))?;
    if let Service::Jira = service {
        if let Some(dir) = credentials::user_config_dir(ctx.env.config_home.as_deref()) {
            let _ = credentials::remove_jira_login(&dir);
        }
    }
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
    let keyring = ctx.keyring();
    let endpoint = GitHubEndpoint::resolve(
        ctx.config.github.api_url.as_deref(),
        ctx.config.github.host.as_deref(),
    );
    let gh = credentials::github_token(&endpoint.host, &ctx.env.github_tokens, &keyring);
    let mut entries = vec![StatusEntry {
        service: "github",
        target: endpoint.host.clone(),
        token_source: gh.map(|f| f.source),
        detail: Some(endpoint.api_url.clone()),
    }];
    match ctx.jira_site() {
        Ok(site) => {
            let found = credentials::jira_token(&site.url, ctx.env.jira_token.as_deref(), &keyring);
            let (source, detail) = match found {
                Ok(f) => (
                    f.map(|f| f.source),
                    Some(site.deployment.as_str().to_string()),
                ),
                Err(e) => (None, Some(format!("{e}; set JIRA_API_TOKEN"))),
            };
            entries.push(StatusEntry {
                service: "jira",
                target: site.url,
                token_source: source,
                detail,
            });
        }
        Err(reason) => entries.push(StatusEntry {
            service: "jira",
            target: "-".into(),
            token_source: None,
            detail: Some(reason.to_string()),
        }),
    }
    let any = entries.iter().any(|e| e.token_source.is_some());
    if !any {
        ctx.ui.warn(
            "no credentials found for any tracker: set GH_TOKEN or JIRA_API_TOKEN, or run `gh debussy-sync auth login`",
        );
    }
    ctx.ui.emit(&StatusReport {
        credentials: entries,
    });
    Ok(if any { exit::OK } else { exit::FAILURE })
}
