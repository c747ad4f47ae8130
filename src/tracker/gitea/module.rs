//! Gitea's (and Forgejo's) registration: its kind, web host, credentials and
//! constructor.

use super::config::settings;
use super::GiteaTracker;
use crate::config::Config;
use crate::context::TrackerFactory;
use crate::credentials::FoundToken;
use crate::detect::{Claim, Found, Platform, Source};
use crate::error::{exit, CliError};
use crate::refs::{IssueRef, RefShape, RepoRef, TrackerKind};
use crate::tracker::registry::{
    CredentialStatus, Health, HealthStatus, LoginOptions, Section, TrackerModule,
};
use crate::tracker::Tracker;
use crate::tracker::TrackerError;
use octocrab::secrecy::SecretString;
use std::sync::Arc;

/// Gitea and Forgejo: `gitea:owner/repo#12`.
pub const KIND: TrackerKind = TrackerKind::new("gitea", "Gitea", Some("gitea"), RefShape::Repo);

/// The variables a token is read from, in order.
const TOKEN_VARS: [&str; 2] = ["GITEA_TOKEN", "FORGEJO_TOKEN"];

pub struct Gitea;

pub static MODULE: Gitea = Gitea;

impl TrackerModule for Gitea {
    fn kind(&self) -> TrackerKind {
        KIND
    }

    fn section(&self) -> Option<&'static Section> {
        Some(&super::config::SECTION)
    }

    fn reference_forms(&self) -> &'static [&'static str] {
        &["gitea:owner/repo#12"]
    }

    fn aliases(&self) -> &'static [&'static str] {
        &["forgejo"]
    }

    fn configured_repo(&self, config: &Config) -> Option<RepoRef> {
        settings(config).repo
    }

    fn configured_host(&self, config: &Config) -> Option<String> {
        web_root(config).map(|url| host_of(&url))
    }

    fn env_vars(&self) -> &'static [&'static str] {
        &["GITEA_URL", "FORGEJO_URL", "GITEA_TOKEN", "FORGEJO_TOKEN"]
    }

    fn off(&self, f: &TrackerFactory) -> Option<String> {
        site(f.config()).err()
    }

    fn dry_run(&self, config: &Config) -> bool {
        settings(config).dry_run
    }

    fn build(&self, f: &TrackerFactory) -> Result<Arc<dyn Tracker>, CliError> {
        Ok(Arc::new(build(f)?))
    }

    fn auto_close(&self, config: &Config) -> bool {
        settings(config).auto_close
    }

    fn claims(&self, config: &Config) -> Vec<Claim> {
        let g = settings(config);
        let root = g.url.map(|url| Found {
            value: url,
            source: g
                .url_source
                .unwrap_or_else(|| Source::Config("gitea.url".into())),
        });
        let repo = g.repo.map(|r| Found {
            value: r.to_string(),
            source: Source::Config("gitea.repo".into()),
        });
        vec![Claim {
            platform: Platform::new("gitea", "Gitea/Forgejo", KIND),
            root,
            repo,
            hint: Some("gitea.url (GITEA_URL) for Gitea/Forgejo"),
        }]
    }

    fn config_template(&self, config: &Config, repo: Option<&str>) -> Option<String> {
        let repo = repo?;
        let url = web_root(config).unwrap_or_else(|| "https://git.example.com".into());
        Some(format!(
            "gitea:\n  url: {url}            # the web root; the API is <url>/api/v1\n  repo: {repo}\n"
        ))
    }

    fn issue_url(&self, config: &Config, issue: &IssueRef) -> Option<String> {
        let IssueRef::Repo { repo, number, .. } = issue else {
            return None;
        };
        Some(format!(
            "{}/{}/{}/issues/{number}",
            web_root(config)?,
            repo.owner,
            repo.name
        ))
    }

    fn token_variable(&self) -> Option<&'static str> {
        Some(TOKEN_VARS[0])
    }

    fn login_account(&self, f: &TrackerFactory, o: &LoginOptions) -> Result<String, CliError> {
        let host = o
            .hostname
            .as_deref()
            .map(host_of)
            .filter(|h| !h.is_empty())
            .or_else(|| self.configured_host(f.config()))
            .ok_or_else(|| {
                CliError::input("auth login gitea needs --hostname")
                    .hint("e.g. --hostname git.example.com, or set gitea.url")
            })?;
        Ok(keyring_account(&host))
    }

    fn credential_status(&self, f: &TrackerFactory) -> Option<CredentialStatus> {
        Some(match site(f.config()) {
            Ok(url) => {
                let found = token(f, &host_of(&url));
                CredentialStatus {
                    target: host_of(&url),
                    token_source: found.as_ref().ok().map(|t| t.source.clone()),
                    detail: Some(format!("{url}/api/v1")),
                }
            }
            Err(why) => CredentialStatus {
                target: "-".into(),
                token_source: None,
                detail: Some(why),
            },
        })
    }

    fn doctor(
        &self,
        f: &TrackerFactory,
        linked: bool,
        rt: &tokio::runtime::Runtime,
    ) -> Option<Health> {
        let url = match site(f.config()) {
            Ok(url) => url,
            Err(_) if !linked => return None,
            Err(why) => {
                return Some(
                    Health::new(
                        HealthStatus::Fail,
                        format!("a plan links Gitea issues; {why}"),
                    )
                    .hint("set gitea.url in .debussy/config.yaml, or GITEA_URL"),
                )
            }
        };
        Some(doctor(f, &url, rt))
    }
}

/// `doctor`'s Gitea line: reachable, the token valid, the server's version.
fn doctor(f: &TrackerFactory, url: &str, rt: &tokio::runtime::Runtime) -> Health {
    let tracker = match build(f) {
        Ok(t) => t,
        Err(e) => return Health::from_error(&e),
    };
    let source = token(f, &host_of(url))
        .map(|t| t.source)
        .unwrap_or_default();
    match rt.block_on(tracker.account()) {
        Ok(login) => {
            let version = rt
                .block_on(tracker.server_version())
                .map(|v| format!(", version {v}"))
                .unwrap_or_default();
            Health::new(
                HealthStatus::Ok,
                format!("{url} reachable{version}; token from {source} is valid for {login}"),
            )
        }
        Err(TrackerError::Auth(_)) => Health::new(
            HealthStatus::Fail,
            format!("{url}: the token from {source} was rejected"),
        )
        .hint("set GITEA_TOKEN to a valid token, or run `gh debussy-sync auth login gitea`"),
        Err(e) => Health::new(HealthStatus::Fail, format!("{url}: {e}"))
            .hint("check gitea.url / GITEA_URL and your network"),
    }
}

/// The configured web root (`gitea.url`, `GITEA_URL`, `FORGEJO_URL`), without a
/// trailing `/`.
pub fn web_root(config: &Config) -> Option<String> {
    settings(config)
        .url
        .as_deref()
        .map(|url| url.trim().trim_end_matches('/').to_string())
        .filter(|url| !url.is_empty())
}

/// A web root without scheme, lowercase, without a trailing `/`:
/// `https://Example.com/Gitea/` → `example.com/gitea`.
pub fn host_of(web_root: &str) -> String {
    let url = web_root.trim();
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    rest.trim_end_matches('/').to_ascii_lowercase()
}

/// The keyring account of a Gitea host (as [`host_of`] gives it), written by
/// `auth login gitea`.
pub fn keyring_account(host: &str) -> String {
    format!("gitea:{host}")
}

/// The web root to talk to, or why there is none.
fn site(config: &Config) -> Result<String, String> {
    if !settings(config).enabled {
        return Err("Gitea sync is disabled (gitea.enabled: false)".into());
    }
    web_root(config).ok_or_else(|| {
        "Gitea is not configured: set gitea.url in .debussy/config.yaml or GITEA_URL".into()
    })
}

/// The token for `host`: `GITEA_TOKEN`, else `FORGEJO_TOKEN`, else the keyring.
fn token(f: &TrackerFactory, host: &str) -> Result<FoundToken, CliError> {
    for name in TOKEN_VARS {
        if let Some(value) = f.env().var(name).map(str::trim).filter(|v| !v.is_empty()) {
            return Ok(FoundToken {
                token: SecretString::from(value.to_string()),
                source: name.to_string(),
            });
        }
    }
    let missing = |why: String| {
        CliError::new(exit::FAILURE, format!("no Gitea credentials for {host}{why}")).hint(
            format!(
                "set GITEA_TOKEN, or run `gh debussy-sync auth login gitea --hostname {host} --with-token`"
            ),
        )
    };
    match f.keyring().get(&keyring_account(host)) {
        Ok(Some(token)) => Ok(FoundToken {
            token,
            source: "keyring".to_string(),
        }),
        Ok(None) => Err(missing(String::new())),
        Err(e) => Err(missing(format!(" ({e})"))),
    }
}

/// The Gitea tracker, with credentials.
pub fn build(f: &TrackerFactory) -> Result<GiteaTracker, CliError> {
    let url = site(f.config()).map_err(|why| CliError::new(exit::FAILURE, why))?;
    let host = host_of(&url);
    let found = token(f, &host)?;
    if f.verbose() {
        eprintln!("Gitea: {url} with a token from {}", found.source);
    }
    GiteaTracker::new(&url, found.token, f.retry_policy(), f.verbose())
        .map_err(|e| CliError::new(exit::FAILURE, e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::Env;

    fn config(url: Option<&str>) -> Config {
        with(super::super::config::GiteaConfig {
            url: url.map(str::to_string),
            ..Default::default()
        })
    }

    fn with(section: super::super::config::GiteaConfig) -> Config {
        let mut config = Config::default();
        config.sections.insert("gitea", Arc::new(section));
        config
    }

    /// An environment with `vars` set and no keyring.
    fn env(vars: &[(&'static str, &str)]) -> Env {
        Env {
            keyring_disabled: true,
            tracker_vars: vars
                .iter()
                .map(|(k, v)| (*k, v.to_string().into()))
                .collect(),
            ..Env::default()
        }
    }

    #[test]
    fn the_host_is_the_web_root_without_scheme() {
        for (url, host) in [
            ("https://git.example.com/", "git.example.com"),
            ("http://127.0.0.1:3000", "127.0.0.1:3000"),
            ("https://Example.com/Gitea", "example.com/gitea"),
        ] {
            assert_eq!(
                MODULE.configured_host(&config(Some(url))).as_deref(),
                Some(host)
            );
        }
        assert_eq!(MODULE.configured_host(&config(None)), None);
        assert_eq!(
            keyring_account("example.com/gitea"),
            "gitea:example.com/gitea"
        );
    }

    #[test]
    fn off_when_disabled_or_without_a_url() {
        let dir = tempfile::tempdir().expect("tempdir");
        let e = env(&[]);
        let unset = config(None);
        let f = TrackerFactory::new(dir.path(), &unset, &e, false);
        assert_eq!(
            MODULE.off(&f).as_deref(),
            Some("Gitea is not configured: set gitea.url in .debussy/config.yaml or GITEA_URL")
        );
        let disabled = with(super::super::config::GiteaConfig {
            url: Some("https://git.example.com".into()),
            enabled: false,
            ..Default::default()
        });
        let f = TrackerFactory::new(dir.path(), &disabled, &e, false);
        assert_eq!(
            MODULE.off(&f).as_deref(),
            Some("Gitea sync is disabled (gitea.enabled: false)")
        );
        let set = config(Some("https://git.example.com"));
        assert_eq!(
            MODULE.off(&TrackerFactory::new(dir.path(), &set, &e, false)),
            None
        );
    }

    #[test]
    fn gitea_token_wins_over_forgejo_token() {
        let dir = tempfile::tempdir().expect("tempdir");
        let c = config(Some("https://git.example.com"));
        let both = env(&[("GITEA_TOKEN", "g"), ("FORGEJO_TOKEN", "f")]);
        let f = TrackerFactory::new(dir.path(), &c, &both, false);
        assert_eq!(
            token(&f, "git.example.com")
                .ok()
                .map(|t| t.source)
                .as_deref(),
            Some("GITEA_TOKEN")
        );
        let forgejo = env(&[("FORGEJO_TOKEN", "f")]);
        let f = TrackerFactory::new(dir.path(), &c, &forgejo, false);
        assert_eq!(
            token(&f, "git.example.com")
                .ok()
                .map(|t| t.source)
                .as_deref(),
            Some("FORGEJO_TOKEN")
        );
    }

    #[test]
    fn no_token_names_the_host_and_what_to_do() {
        let dir = tempfile::tempdir().expect("tempdir");
        let c = config(Some("https://example.com/gitea/"));
        let e = env(&[]);
        let f = TrackerFactory::new(dir.path(), &c, &e, false);
        let Err(err) = build(&f) else {
            panic!("built without a token");
        };
        assert_eq!(err.code, exit::FAILURE);
        assert!(
            err.message
                .starts_with("no Gitea credentials for example.com/gitea"),
            "{}",
            err.message
        );
        assert_eq!(
            err.hint.as_deref(),
            Some("set GITEA_TOKEN, or run `gh debussy-sync auth login gitea --hostname example.com/gitea --with-token`")
        );
    }
}
