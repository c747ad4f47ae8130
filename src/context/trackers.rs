//! The tracker factory: which trackers a plan needs, each built with its
//! credentials; one turned off, not set up or without credentials is recorded in
//! the [`TrackerSet`] with why, so that the other trackers still converge.

use super::env::Env;
use crate::config::{Config, JiraAuthType};
use crate::credentials::{self, JiraLogin};
use crate::engine::TrackerSet;
use crate::error::{exit, CliError};
use crate::plan::Plan;
use crate::refs::TrackerKind;
use crate::secrets::Keyring;
use crate::tracker::github::{GitHubEndpoint, GitHubTracker, RetryPolicy};
use crate::tracker::jira::{JiraAuth, JiraSite, JiraTracker};
use crate::tracker::local::LocalTracker;
use crate::tracker::Tracker;
use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;

/// Why there is no Jira site to talk to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoJiraSite {
    /// `jira.enabled: false`.
    Disabled,
    /// No URL in the configuration, the environment or the saved login.
    NotConfigured,
}

impl NoJiraSite {
    /// What is missing.
    pub fn message(self) -> &'static str {
        match self {
            NoJiraSite::Disabled => "Jira sync is disabled (jira.enabled: false)",
            NoJiraSite::NotConfigured => "Jira is not configured",
        }
    }

    /// What to do about it.
    pub fn hint(self) -> &'static str {
        match self {
            NoJiraSite::Disabled => "set jira.enabled: true in .debussy/config.yaml",
            NoJiraSite::NotConfigured => "set JIRA_URL, or jira.url in .debussy/config.yaml",
        }
    }

    /// The error of a command that needs Jira, exiting with `code`.
    pub fn error(self, code: i32) -> CliError {
        CliError::new(code, self.message()).hint(self.hint())
    }
}

/// One line for where a single line is shown (a skipped tracker, `auth status`).
impl std::fmt::Display for NoJiraSite {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NoJiraSite::Disabled => f.write_str(self.message()),
            NoJiraSite::NotConfigured => f.write_str(
                "Jira is not configured: set jira.url in .debussy/config.yaml or JIRA_URL",
            ),
        }
    }
}

/// Builds the trackers of the repository at `root` from the configuration and
/// the environment.
pub struct TrackerFactory<'a> {
    root: &'a Path,
    config: &'a Config,
    env: &'a Env,
    /// `--verbose`: say on stderr where each token comes from.
    verbose: bool,
}

impl<'a> TrackerFactory<'a> {
    pub fn new(root: &'a Path, config: &'a Config, env: &'a Env, verbose: bool) -> Self {
        TrackerFactory {
            root,
            config,
            env,
            verbose,
        }
    }

    /// The trackers the plan's links need, built only for the kinds it links. One
    /// that cannot be built is recorded as failed (with what to do) or off; a
    /// disabled tracker is never contacted.
    pub fn for_plan(&self, plan: &Plan) -> TrackerSet {
        let mut set = TrackerSet::default();
        let kinds: BTreeSet<TrackerKind> = plan.links.iter().map(|l| l.issue.tracker()).collect();
        for kind in kinds {
            if let Some(reason) = self.off(kind) {
                set.off(kind, reason);
                continue;
            }
            match self.tracker(kind) {
                Ok(t) => set.insert(t),
                Err(e) => set.failed(
                    kind,
                    match e.hint {
                        Some(hint) => format!("{}; {hint}", e.message),
                        None => e.message,
                    },
                ),
            }
            if self.is_dry_run(kind) {
                set.dry_run(kind);
            }
        }
        set
    }

    /// Why a tracker is turned off or not set up, if it is.
    fn off(&self, kind: TrackerKind) -> Option<String> {
        match kind {
            TrackerKind::GitHub if !self.config.github.enabled => {
                Some("GitHub sync is disabled (github.enabled: false)".into())
            }
            TrackerKind::Jira => self.jira_site().err().map(|why| why.to_string()),
            _ => None,
        }
    }

    /// Whether the configuration keeps a tracker's operations planned.
    fn is_dry_run(&self, kind: TrackerKind) -> bool {
        match kind {
            TrackerKind::GitHub => self.config.github.dry_run,
            TrackerKind::Jira => self.config.jira.dry_run,
            TrackerKind::Local => false,
        }
    }

    /// The tracker of one kind, with its credentials.
    pub fn tracker(&self, kind: TrackerKind) -> Result<Arc<dyn Tracker>, CliError> {
        Ok(match kind {
            TrackerKind::GitHub => Arc::new(self.github()?),
            TrackerKind::Jira => Arc::new(self.jira()?),
            TrackerKind::Local => Arc::new(self.local()),
        })
    }

    /// The local tracker of this repository.
    pub fn local(&self) -> LocalTracker {
        let tracker = LocalTracker::new(self.root);
        match &self.env.user {
            Some(user) => tracker.with_user(user),
            None => tracker,
        }
    }

    /// The OS keyring (or its absence).
    pub fn keyring(&self) -> Keyring {
        Keyring::new(self.env.keyring_disabled)
    }

    /// The saved `auth login jira` settings.
    pub fn jira_login(&self) -> Option<JiraLogin> {
        credentials::user_config_dir(self.env.config_home.as_deref())
            .and_then(|d| credentials::load_jira_login(&d))
    }

    /// The configured Jira site, or why there is none.
    pub fn jira_site(&self) -> Result<JiraSite, NoJiraSite> {
        let jira = &self.config.jira;
        if jira.enabled == Some(false) {
            return Err(NoJiraSite::Disabled);
        }
        let url = jira
            .url
            .clone()
            .or_else(|| self.jira_login().map(|l| l.url))
            .ok_or(NoJiraSite::NotConfigured)?;
        Ok(JiraSite::new(&url, jira.deployment))
    }

    /// The Jira tracker, with credentials.
    pub fn jira(&self) -> Result<JiraTracker, CliError> {
        let site = self.jira_site().map_err(|why| why.error(exit::FAILURE))?;
        let login = self
            .jira_login()
            .filter(|l| l.url.trim_end_matches('/') == site.url);
        let missing = |why: String| {
            CliError::new(exit::FAILURE, format!("no Jira credentials for {}{why}", site.url)).hint(format!(
                "set JIRA_API_TOKEN, or run `gh debussy-sync auth login jira --url {} --with-token`",
                site.url
            ))
        };
        let found =
            credentials::jira_token(&site.url, self.env.jira_token.as_deref(), &self.keyring())
                .map_err(|e| missing(format!(" ({e})")))?
                .ok_or_else(|| missing(String::new()))?;
        let jira = &self.config.jira;
        let auth_type = jira
            .auth_type
            .or_else(|| {
                login
                    .as_ref()
                    .and_then(|l| l.auth_type.as_deref()?.parse().ok())
            })
            .unwrap_or(JiraAuthType::default_for(site.deployment));
        let auth = if auth_type == JiraAuthType::Basic {
            let email = jira
                .email
                .clone()
                .or_else(|| login.and_then(|l| l.email))
                .ok_or_else(|| {
                    CliError::new(
                        exit::FAILURE,
                        "Jira basic authentication needs the account email",
                    )
                    .hint("set JIRA_EMAIL, or jira.email in .debussy/config.yaml")
                })?;
            JiraAuth::Basic {
                email,
                token: found.token,
            }
        } else {
            JiraAuth::Bearer { token: found.token }
        };
        if self.verbose {
            eprintln!(
                "Jira: {} ({}, {auth_type}) with a token from {}",
                site.url,
                site.deployment.as_str(),
                found.source
            );
        }
        JiraTracker::new(site, &auth, self.retry_policy(), self.verbose)
            .map_err(|e| CliError::new(exit::FAILURE, e.to_string()))
    }

    /// The GitHub tracker, with credentials.
    pub fn github(&self) -> Result<GitHubTracker, CliError> {
        let github = &self.config.github;
        let endpoint = GitHubEndpoint::resolve(github.api_url.as_deref(), github.host.as_deref())
            .with_graphql_url(github.graphql_url.as_deref());
        let found =
            credentials::github_token(&endpoint.host, &self.env.github_tokens, &self.keyring())
                .ok_or_else(|| {
                    CliError::new(
                        exit::FAILURE,
                        format!("no GitHub credentials for {}", endpoint.host),
                    )
                    .hint("set GH_TOKEN, or run `gh auth login`")
                })?;
        if self.verbose {
            eprintln!(
                "GitHub: {} with a token from {}",
                endpoint.api_url, found.source
            );
        }
        GitHubTracker::new(&endpoint, found.token, self.retry_policy(), self.verbose)
            .map_err(|e| CliError::new(exit::FAILURE, e.to_string()))
    }

    /// Retries as configured; `GH_DEBUSSY_SYNC_BACKOFF_SCALE` shortens the waits.
    fn retry_policy(&self) -> RetryPolicy {
        let mut policy = RetryPolicy::default();
        if let Some(scale) = self.env.backoff_scale {
            policy.scale = scale;
        }
        policy
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::testing::{master, plans, repo};
    use crate::engine::OpStatus;

    /// An environment with no token anywhere: no variables, no keyring, no saved
    /// login.
    fn bare_env(dir: &tempfile::TempDir) -> Env {
        Env {
            keyring_disabled: true,
            config_home: Some(dir.path().join("home-config")),
            ..Env::default()
        }
    }

    fn plan_linking(dir: &tempfile::TempDir, links: &str) -> Plan {
        std::fs::write(dir.path().join("MASTER_PLAN.md"), master(links)).expect("write");
        plans(dir).load(None).expect("plan")
    }

    /// How a tracker the set could not build ends, and why.
    fn unavailable(set: &TrackerSet, kind: TrackerKind) -> (OpStatus, String) {
        let u = set.unavailable(kind).expect("unavailable");
        (u.status, u.reason.clone())
    }

    #[test]
    fn only_the_kinds_a_plan_links_are_built() {
        let dir = repo(&[]);
        let plan = plan_linking(&dir, "local#1");
        let (config, env) = (Config::default(), bare_env(&dir));
        let set = TrackerFactory::new(dir.path(), &config, &env, false).for_plan(&plan);
        assert!(set.get(TrackerKind::Local).is_ok());
        for kind in [TrackerKind::GitHub, TrackerKind::Jira] {
            assert!(set.unavailable(kind).is_none(), "{kind:?} not even tried");
            assert!(set.get(kind).is_err(), "{kind:?} not built");
        }
    }

    #[test]
    fn a_disabled_tracker_is_off_and_never_built() {
        let dir = repo(&[]);
        let plan = plan_linking(&dir, "acme/widgets#1, PROJ-1");
        let mut config = Config::default();
        config.github.enabled = false;
        config.jira.enabled = Some(false);
        config.jira.url = Some("https://acme.atlassian.net".into());
        let env = bare_env(&dir);
        let set = TrackerFactory::new(dir.path(), &config, &env, false).for_plan(&plan);
        assert_eq!(
            unavailable(&set, TrackerKind::GitHub),
            (
                OpStatus::Skipped,
                "GitHub sync is disabled (github.enabled: false)".into()
            )
        );
        assert_eq!(
            unavailable(&set, TrackerKind::Jira),
            (
                OpStatus::Skipped,
                "Jira sync is disabled (jira.enabled: false)".into()
            )
        );
    }

    #[test]
    fn jira_without_a_site_is_off() {
        let dir = repo(&[]);
        let plan = plan_linking(&dir, "PROJ-1");
        let (config, env) = (Config::default(), bare_env(&dir));
        let set = TrackerFactory::new(dir.path(), &config, &env, false).for_plan(&plan);
        assert_eq!(unavailable(&set, TrackerKind::Jira).0, OpStatus::Skipped);
    }

    #[test]
    fn a_tracker_without_credentials_fails_with_what_to_set() {
        let dir = repo(&[]);
        let plan = plan_linking(&dir, "PROJ-1, local#1");
        let mut config = Config::default();
        config.jira.url = Some("https://acme.atlassian.net".into());
        config.jira.dry_run = true;
        let env = bare_env(&dir);
        let set = TrackerFactory::new(dir.path(), &config, &env, false).for_plan(&plan);
        let (status, reason) = unavailable(&set, TrackerKind::Jira);
        assert_eq!(status, OpStatus::Failed);
        assert!(
            reason.starts_with("no Jira credentials for https://acme.atlassian.net")
                && reason.contains("; set JIRA_API_TOKEN"),
            "{reason}"
        );
        assert!(set.is_dry_run(TrackerKind::Jira));
        assert!(set.get(TrackerKind::Local).is_ok(), "the others still work");
    }

    #[test]
    fn the_jira_url_comes_from_the_configuration() {
        let dir = repo(&[]);
        let mut config = Config::default();
        config.jira.url = Some("https://acme.atlassian.net/".into());
        let env = bare_env(&dir);
        let site = TrackerFactory::new(dir.path(), &config, &env, false)
            .jira_site()
            .expect("site");
        assert_eq!(site.url, "https://acme.atlassian.net");
    }

    #[test]
    fn no_jira_site_says_what_is_missing_and_what_to_do_once() {
        for why in [NoJiraSite::Disabled, NoJiraSite::NotConfigured] {
            let e = why.error(exit::FAILURE);
            let hint = e.hint.expect("hint");
            assert!(
                !e.message.contains("set ") && hint.starts_with("set "),
                "{} / {hint}",
                e.message
            );
        }
    }
}
