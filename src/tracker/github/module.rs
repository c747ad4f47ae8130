//! GitHub's registration: its kind, reference grammar, settings and constructor.

use super::config::settings;
use super::{GitHubEndpoint, GitHubTracker};
use crate::config::Config;
use crate::context::Env;
use crate::context::TrackerFactory;
use crate::credentials;
use crate::credentials::GitHubTokenEnv;
use crate::detect::{Claim, Found, Platform, Source};
use crate::error::{exit, CliError};
use crate::refs::{IssueRef, RefShape, RepoRef, TrackerKind};
use crate::tracker::registry::{
    CredentialStatus, Health, HealthStatus, LoginOptions, Section, TrackerModule,
};
use crate::tracker::Tracker;
use crate::tracker::TrackerError;
use std::sync::Arc;

/// GitHub (and GitHub Enterprise): `owner/repo#12`, the default forge.
pub const KIND: TrackerKind = TrackerKind::new("github", "GitHub", None, RefShape::Repo);

pub struct GitHub;

pub static MODULE: GitHub = GitHub;

impl TrackerModule for GitHub {
    fn kind(&self) -> TrackerKind {
        KIND
    }

    fn section(&self) -> Option<&'static Section> {
        Some(&super::config::SECTION)
    }

    fn reference_forms(&self) -> &'static [&'static str] {
        &[
            "#12",
            "gh#12",
            "owner/repo#12",
            "https://HOST/owner/repo/issues/12",
        ]
    }

    fn aliases(&self) -> &'static [&'static str] {
        &["gh"]
    }

    fn env_vars(&self) -> &'static [&'static str] {
        &[
            "GITHUB_API_URL",
            "GITHUB_GRAPHQL_URL",
            "GH_HOST",
            "GH_TOKEN",
            "GITHUB_TOKEN",
            "GH_ENTERPRISE_TOKEN",
            "GITHUB_ENTERPRISE_TOKEN",
        ]
    }

    fn implicit_host(&self, config: &Config) -> Option<String> {
        settings(config).host
    }

    fn configured_repo(&self, config: &Config) -> Option<RepoRef> {
        settings(config).repo
    }

    fn off(&self, f: &TrackerFactory) -> Option<String> {
        (!settings(f.config()).enabled)
            .then(|| "GitHub sync is disabled (github.enabled: false)".into())
    }

    fn dry_run(&self, config: &Config) -> bool {
        settings(config).dry_run
    }

    fn build(&self, f: &TrackerFactory) -> Result<Arc<dyn Tracker>, CliError> {
        Ok(Arc::new(build(f)?))
    }

    fn doctor(
        &self,
        f: &TrackerFactory,
        linked: bool,
        rt: &tokio::runtime::Runtime,
    ) -> Option<Health> {
        Some(doctor(f, linked, rt))
    }

    fn claims(&self, config: &Config) -> Vec<Claim> {
        let github = settings(config);
        let repo = github.repo.as_ref().map(|r| Found {
            value: r.to_string(),
            source: Source::Config("github.repo".into()),
        });
        let dot_com = |repo| Claim {
            platform: Platform::new("github", "GitHub", KIND),
            root: Some(Found {
                value: "github.com".into(),
                source: Source::Default,
            }),
            repo,
            hint: None,
        };
        match github
            .host
            .as_deref()
            .filter(|h| !h.eq_ignore_ascii_case("github.com"))
        {
            Some(host) => vec![
                Claim {
                    platform: Platform::new("github_enterprise", "GitHub Enterprise", KIND),
                    root: Some(Found {
                        value: host.to_ascii_lowercase(),
                        source: Source::Environment("GH_HOST".into()),
                    }),
                    repo,
                    hint: Some("set GH_HOST for GitHub Enterprise"),
                },
                dot_com(None),
            ],
            None => vec![Claim {
                hint: Some("set GH_HOST for GitHub Enterprise"),
                ..dot_com(repo)
            }],
        }
    }

    fn config_template(&self, _config: &Config, repo: Option<&str>) -> Option<String> {
        Some(match repo {
            Some(repo) => format!(
                "github:\n  enabled: true\n  repo: {repo}            # found by `config detect`\n"
            ),
            None => "github:\n  enabled: true\n  # repo: owner/name            # default: the origin remote\n".into(),
        })
    }

    fn issue_url(&self, config: &Config, issue: &IssueRef) -> Option<String> {
        let IssueRef::Repo { repo, number, .. } = issue else {
            return None;
        };
        let host = repo.host.clone().unwrap_or_else(|| endpoint(config).host);
        Some(format!(
            "https://{host}/{}/{}/issues/{number}",
            repo.owner, repo.name
        ))
    }

    fn token_variable(&self) -> Option<&'static str> {
        Some("GH_TOKEN")
    }

    fn login_account(&self, f: &TrackerFactory, o: &LoginOptions) -> Result<String, CliError> {
        let host = o
            .hostname
            .clone()
            .unwrap_or_else(|| endpoint(f.config()).host);
        Ok(credentials::github_account(&host))
    }

    fn credential_status(&self, f: &TrackerFactory) -> Option<CredentialStatus> {
        let endpoint = endpoint(f.config());
        let found = credentials::github_token(&endpoint.host, &token_env(f.env()), &f.keyring());
        Some(CredentialStatus {
            target: endpoint.host.clone(),
            token_source: found.map(|f| f.source),
            detail: Some(endpoint.api_url),
        })
    }
}

/// The configured endpoint: `github.api_url` (`GITHUB_API_URL`), else `GH_HOST`'s.
pub fn endpoint(config: &Config) -> GitHubEndpoint {
    let github = settings(config);
    GitHubEndpoint::resolve(github.api_url.as_deref(), github.host.as_deref())
        .with_graphql_url(github.graphql_url.as_deref())
}

/// The GitHub tracker, with credentials.
pub fn build(f: &TrackerFactory) -> Result<GitHubTracker, CliError> {
    let endpoint = endpoint(f.config());
    let found = credentials::github_token(&endpoint.host, &token_env(f.env()), &f.keyring())
        .ok_or_else(|| {
            CliError::new(
                exit::FAILURE,
                format!("no GitHub credentials for {}", endpoint.host),
            )
            .hint("set GH_TOKEN, or run `gh auth login`")
        })?;
    if f.verbose() {
        eprintln!(
            "GitHub: {} with a token from {}",
            endpoint.api_url, found.source
        );
    }
    GitHubTracker::new(&endpoint, found.token, f.retry_policy(), f.verbose())
        .map_err(|e| CliError::new(exit::FAILURE, e.to_string()))
}

fn doctor(f: &TrackerFactory, linked: bool, rt: &tokio::runtime::Runtime) -> Health {
    let config = settings(f.config());
    if !config.enabled {
        return Health::new(HealthStatus::Ok, "disabled (github.enabled: false)");
    }
    let configured = config.repo.is_some() || config.api_url.is_some() || config.host.is_some();
    if !configured && !linked {
        return Health::new(
            HealthStatus::Ok,
            "not used: no plan links a GitHub issue and github.repo is not set",
        );
    }
    let endpoint =
        super::GitHubEndpoint::resolve(config.api_url.as_deref(), config.host.as_deref());
    let found = crate::credentials::github_token(&endpoint.host, &token_env(f.env()), &f.keyring());
    let Some(found) = found else {
        return Health::new(
            HealthStatus::Fail,
            format!("{}: no token found", endpoint.host),
        )
        .hint("set GH_TOKEN, or run `gh auth login`");
    };
    let source = found.source.clone();
    let tracker = match build(f) {
        Ok(t) => t,
        Err(e) => return Health::new(HealthStatus::Fail, e.message),
    };
    match rt.block_on(tracker.account()) {
        Ok((login, rate)) => {
            let rate = rate.map_or(String::new(), |r| {
                format!(
                    "; {}/{} requests left, resets {}",
                    r.remaining,
                    r.limit,
                    clock(r.reset)
                )
            });
            let status = if rate.contains(" 0/") {
                HealthStatus::Warn
            } else {
                HealthStatus::Ok
            };
            Health::new(
                status,
                format!(
                    "{} ({}) reachable; token from {source} is valid for {login}{rate}",
                    endpoint.host, endpoint.api_url
                ),
            )
        }
        Err(TrackerError::Auth(_)) => Health::new(
            HealthStatus::Fail,
            format!(
                "{}: the token from {source} was rejected (401 Bad credentials)",
                endpoint.host
            ),
        )
        .hint("renew it: `gh auth refresh`, or set GH_TOKEN to a valid token"),
        Err(e) => Health::new(
            HealthStatus::Fail,
            format!("{} ({}): {e}", endpoint.host, endpoint.api_url),
        )
        .hint("check GITHUB_API_URL / GH_HOST and your network"),
    }
}

/// When a rate-limit window resets, as `HH:MM UTC`.
fn clock(epoch: u64) -> String {
    let secs = epoch % 86_400;
    format!("{:02}:{:02} UTC", secs / 3600, secs % 3600 / 60)
}

/// GitHub's token variables, as go-gh reads them.
fn token_env(env: &Env) -> GitHubTokenEnv {
    let var = |name: &str| env.var(name).map(str::to_string);
    GitHubTokenEnv {
        gh_token: var("GH_TOKEN"),
        github_token: var("GITHUB_TOKEN"),
        gh_enterprise_token: var("GH_ENTERPRISE_TOKEN"),
        github_enterprise_token: var("GITHUB_ENTERPRISE_TOKEN"),
    }
}
