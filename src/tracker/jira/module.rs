//! Jira's registration: its kind, reference grammar, site, credentials and
//! constructor.

use super::config::{settings, JiraAuthType, JiraConfig};
use super::{JiraAuth, JiraSite, JiraTracker};
use crate::config::Config;
use crate::context::TrackerFactory;
use crate::credentials::{self, JiraLogin};
use crate::error::{exit, CliError};
use crate::refs::{parse_number, IssueRef, RefShape, TrackerKind};
use crate::tracker::registry::{
    CredentialStatus, Health, HealthStatus, LoginOptions, Section, TrackerModule,
};
use crate::tracker::Tracker;
use crate::tracker::TrackerError;
use std::sync::Arc;

/// Jira Cloud and Data Center: `PROJ-12`.
pub const KIND: TrackerKind = TrackerKind::new("jira", "Jira", None, RefShape::Key);

pub struct Jira;

pub static MODULE: Jira = Jira;

impl TrackerModule for Jira {
    fn kind(&self) -> TrackerKind {
        KIND
    }

    fn label_as_held(&self, label: &str) -> String {
        super::label_as_held(label)
    }

    fn body_as_held(&self, body: &str) -> String {
        super::markup::as_jira_holds(body)
    }

    fn section(&self) -> Option<&'static Section> {
        Some(&super::config::SECTION)
    }

    fn reference_forms(&self) -> &'static [&'static str] {
        &["PROJ-7", "https://…/browse/PROJ-7"]
    }

    fn publish_space(
        &self,
        config: &Config,
        _scope: &crate::refs::RefScope,
    ) -> Option<crate::tracker::Space> {
        let project = super::config::settings(config).project?;
        Some(crate::tracker::Space::Project(KIND, project))
    }

    fn key(&self, text: &str) -> Option<String> {
        match text.split_once("://") {
            Some((_, rest)) => {
                let rest = rest.split(['?', '#']).next()?.trim_end_matches('/');
                let (path, key) = rest.rsplit_once('/')?;
                path.ends_with("/browse").then(|| jira_key(key)).flatten()
            }
            None => jira_key(text),
        }
    }

    fn env_vars(&self) -> &'static [&'static str] {
        &["JIRA_URL", "JIRA_EMAIL", "JIRA_AUTH_TYPE", "JIRA_API_TOKEN"]
    }

    fn off(&self, f: &TrackerFactory) -> Option<String> {
        site(f).err().map(|why| why.to_string())
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
        _linked: bool,
        rt: &tokio::runtime::Runtime,
    ) -> Option<Health> {
        doctor(f, rt)
    }

    fn workflow<'c>(&self, config: &'c Config) -> Option<crate::engine::Workflow<'c>> {
        let jira = config.section::<JiraConfig>(KIND.as_str())?;
        Some(crate::engine::Workflow {
            transitions: &jira.transitions,
            fields: &jira.transition_fields,
        })
    }

    fn issue_url(&self, config: &Config, issue: &IssueRef) -> Option<String> {
        let IssueRef::Key { key, .. } = issue else {
            return None;
        };
        let url = settings(config).url?;
        Some(format!("{}/browse/{key}", url.trim_end_matches('/')))
    }

    fn token_variable(&self) -> Option<&'static str> {
        Some("JIRA_API_TOKEN")
    }

    fn login_account(&self, f: &TrackerFactory, o: &LoginOptions) -> Result<String, CliError> {
        Ok(credentials::jira_account(&login_site(f, o)?.url))
    }

    fn save_login(&self, f: &TrackerFactory, o: &LoginOptions) -> Result<(), CliError> {
        let site = login_site(f, o)?;
        let login = JiraLogin {
            url: site.url,
            email: o.email.clone().or_else(|| settings(f.config()).email),
            auth_type: o.auth_type.clone(),
        };
        let dir = f.user_config_dir().ok_or_else(|| {
            CliError::new(exit::FAILURE, "no user configuration directory (set HOME)")
        })?;
        credentials::save_jira_login(&dir, &login).map_err(|e| {
            CliError::new(
                exit::FAILURE,
                format!("{}: {}", dir.display(), crate::error::io_reason(&e)),
            )
        })
    }

    fn logout_account(&self, f: &TrackerFactory, _o: &LoginOptions) -> Result<String, CliError> {
        let url = site(f)
            .map(|s| s.url)
            .map_err(|why| why.error(exit::INPUT))?;
        if let Some(dir) = f.user_config_dir() {
            let _ = credentials::remove_jira_login(&dir);
        }
        Ok(credentials::jira_account(&url))
    }

    fn credential_status(&self, f: &TrackerFactory) -> Option<CredentialStatus> {
        Some(match site(f) {
            Ok(site) => {
                let found =
                    credentials::jira_token(&site.url, f.env().var("JIRA_API_TOKEN"), &f.keyring());
                let (token_source, detail) = match found {
                    Ok(found) => (
                        found.map(|t| t.source),
                        Some(site.deployment.as_str().to_string()),
                    ),
                    Err(e) => (None, Some(format!("{e}; set JIRA_API_TOKEN"))),
                };
                CredentialStatus {
                    target: site.url,
                    token_source,
                    detail,
                }
            }
            Err(reason) => CredentialStatus {
                target: "-".into(),
                token_source: None,
                detail: Some(reason.to_string()),
            },
        })
    }
}

/// The site `auth login jira` is for: `--url`, else `jira.url`.
fn login_site(f: &TrackerFactory, o: &LoginOptions) -> Result<JiraSite, CliError> {
    let url = o
        .url
        .clone()
        .or_else(|| settings(f.config()).url)
        .ok_or_else(|| {
            CliError::input("auth login jira needs --url")
                .hint("e.g. --url https://acme.atlassian.net")
        })?;
    if !(url.starts_with("https://") || url.starts_with("http://")) {
        return Err(CliError::input(format!(
            "--url: '{url}' is not an http:// or https:// URL"
        )));
    }
    Ok(JiraSite::new(&url, settings(f.config()).deployment))
}

/// A Jira key: a letter, then letters, digits or underscores, `-N`. Keys are
/// case-insensitive (`proj-7` is `PROJ-7`) and stored uppercase.
fn jira_key(text: &str) -> Option<String> {
    let (project, n) = text.rsplit_once('-')?;
    let mut chars = project.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    let rest_ok = project.len() >= 2 && chars.all(|c| c.is_ascii_alphanumeric() || c == '_');
    (first_ok && rest_ok && parse_number(n).is_some()).then(|| text.to_ascii_uppercase())
}

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

/// The saved `auth login jira` settings.
pub fn jira_login(f: &TrackerFactory) -> Option<JiraLogin> {
    f.user_config_dir()
        .and_then(|d| credentials::load_jira_login(&d))
}

/// The configured Jira site, or why there is none.
pub fn site(f: &TrackerFactory) -> Result<JiraSite, NoJiraSite> {
    let jira = settings(f.config());
    if jira.enabled == Some(false) {
        return Err(NoJiraSite::Disabled);
    }
    let url = jira
        .url
        .clone()
        .or_else(|| jira_login(f).map(|l| l.url))
        .ok_or(NoJiraSite::NotConfigured)?;
    Ok(JiraSite::new(&url, jira.deployment))
}

/// The Jira tracker, with credentials.
pub fn build(f: &TrackerFactory) -> Result<JiraTracker, CliError> {
    let site = site(f).map_err(|why| why.error(exit::FAILURE))?;
    let login = jira_login(f).filter(|l| l.url.trim_end_matches('/') == site.url);
    let missing = |why: String| {
        CliError::new(
            exit::FAILURE,
            format!("no Jira credentials for {}{why}", site.url),
        )
        .hint(format!(
            "set JIRA_API_TOKEN, or run `gh debussy-sync auth login jira --url {} --with-token`",
            site.url
        ))
    };
    let found = credentials::jira_token(&site.url, f.env().var("JIRA_API_TOKEN"), &f.keyring())
        .map_err(|e| missing(format!(" ({e})")))?
        .ok_or_else(|| missing(String::new()))?;
    let jira = settings(f.config());
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
    if f.verbose() {
        eprintln!(
            "Jira: {} ({}, {auth_type}) with a token from {}",
            site.url,
            site.deployment.as_str(),
            found.source
        );
    }
    JiraTracker::new(site, &auth, f.retry_policy(), f.verbose())
        .map(|t| t.with_publish(jira.publish.clone()))
        .map_err(|e| CliError::new(exit::FAILURE, e.to_string()))
}

fn doctor(f: &TrackerFactory, rt: &tokio::runtime::Runtime) -> Option<Health> {
    if settings(f.config()).enabled == Some(false) {
        return Some(Health::new(
            HealthStatus::Ok,
            "disabled (jira.enabled: false)",
        ));
    }
    let site = site(f).ok()?;
    let tracker = match build(f) {
        Ok(t) => t,
        Err(e) => {
            return Some(Health::from_error(&e));
        }
    };
    Some(match rt.block_on(tracker.myself()) {
        Ok(user) => {
            let version = rt
                .block_on(tracker.server_info())
                .map(|(v, kind)| format!(", {kind} {v}"))
                .unwrap_or_default();
            Health::new(
                HealthStatus::Ok,
                format!(
                    "{} ({}{version}): credentials valid for {}",
                    site.url,
                    site.deployment.as_str(),
                    user.display_name.unwrap_or(user.name)
                ),
            )
        }
        Err(TrackerError::Auth(_)) => Health::new(
            HealthStatus::Fail,
            format!("{}: the credentials were rejected", site.url),
        )
        .hint("check JIRA_EMAIL and JIRA_API_TOKEN, or run `gh debussy-sync auth login jira`"),
        Err(e) => Health::new(HealthStatus::Fail, format!("{}: {e}", site.url))
            .hint("check JIRA_URL / jira.url and your network"),
    })
}
