//! GitHub's registration: its kind, reference grammar, settings and constructor.

use super::{GitHubEndpoint, GitHubTracker};
use crate::config::Config;
use crate::context::TrackerFactory;
use crate::credentials;
use crate::error::{exit, CliError};
use crate::refs::{RefShape, RepoRef, TrackerKind};
use crate::tracker::registry::{CredentialStatus, LoginOptions, TrackerModule};
use crate::tracker::Tracker;
use std::sync::Arc;

/// GitHub (and GitHub Enterprise): `owner/repo#12`, the default forge.
pub const KIND: TrackerKind = TrackerKind::new("github", "GitHub", None, RefShape::Repo);

pub struct GitHub;

pub static MODULE: GitHub = GitHub;

impl TrackerModule for GitHub {
    fn kind(&self) -> TrackerKind {
        KIND
    }

    fn aliases(&self) -> &'static [&'static str] {
        &["gh"]
    }

    fn configured_repo(&self, config: &Config) -> Option<RepoRef> {
        config.github.repo.clone()
    }

    fn off(&self, f: &TrackerFactory) -> Option<String> {
        (!f.config().github.enabled)
            .then(|| "GitHub sync is disabled (github.enabled: false)".into())
    }

    fn dry_run(&self, config: &Config) -> bool {
        config.github.dry_run
    }

    fn build(&self, f: &TrackerFactory) -> Result<Arc<dyn Tracker>, CliError> {
        Ok(Arc::new(build(f)?))
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
        let found = credentials::github_token(&endpoint.host, &f.env().github_tokens, &f.keyring());
        Some(CredentialStatus {
            target: endpoint.host.clone(),
            token_source: found.map(|f| f.source),
            detail: Some(endpoint.api_url),
        })
    }
}

/// The configured endpoint: `github.api_url` (`GITHUB_API_URL`), else `GH_HOST`'s.
pub fn endpoint(config: &Config) -> GitHubEndpoint {
    let github = &config.github;
    GitHubEndpoint::resolve(github.api_url.as_deref(), github.host.as_deref())
        .with_graphql_url(github.graphql_url.as_deref())
}

/// The GitHub tracker, with credentials.
pub fn build(f: &TrackerFactory) -> Result<GitHubTracker, CliError> {
    let endpoint = endpoint(f.config());
    let found = credentials::github_token(&endpoint.host, &f.env().github_tokens, &f.keyring())
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
