//! The `gitea:` section of `.debussy/config.yaml` (Gitea and Forgejo, PRODUCT §11),
//! with `GITEA_URL` / `FORGEJO_URL` over it.

use crate::config::{Config, ConfigError, EnvOverrides, SectionReader, TrackerSection};
use crate::detect::Source;
use crate::refs::RepoRef;
use crate::tracker::registry::Section;
use std::sync::Arc;

/// The keys of the section.
pub const KEYS: &[&str] = &["enabled", "url", "repo", "auto_close", "dry_run"];

/// The variables that set the web root, in order.
pub const URL_VARS: [&str; 2] = ["GITEA_URL", "FORGEJO_URL"];

/// The `gitea:` section.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct GiteaConfig {
    pub enabled: bool,
    /// The web root (`https://git.example.com`, `https://example.com/gitea`); the API
    /// is `<url>/api/v1`.
    pub url: Option<String>,
    /// Where the web root came from: `gitea.url`, `GITEA_URL` or `FORGEJO_URL`.
    #[serde(skip)]
    pub url_source: Option<Source>,
    pub repo: Option<RepoRef>,
    /// A completed plan closes its Gitea issues even when the completion did not
    /// ask for it.
    pub auto_close: bool,
    /// Gitea operations are planned, never applied.
    pub dry_run: bool,
}

impl Default for GiteaConfig {
    fn default() -> Self {
        GiteaConfig {
            enabled: true,
            url: None,
            url_source: None,
            repo: None,
            auto_close: false,
            dry_run: false,
        }
    }
}

/// The effective section: what the file and the environment say, else defaults.
pub fn settings(config: &Config) -> GiteaConfig {
    config.section_or_default(super::KIND.as_str())
}

/// The section, for the registry.
pub static SECTION: Section = Section {
    keys: KEYS,
    read,
    with_env,
    show: |config| serde_json::to_value(settings(config)).ok(),
};

/// Reads the section from the file.
pub fn read(r: &SectionReader<'_>) -> Result<Arc<dyn TrackerSection>, ConfigError> {
    let mut g = GiteaConfig::default();
    r.bool("enabled", &mut g.enabled)?;
    r.bool("auto_close", &mut g.auto_close)?;
    r.bool("dry_run", &mut g.dry_run)?;
    if let Some(url) = r.url("url")? {
        g.url = Some(url);
        g.url_source = Some(Source::Config("gitea.url".into()));
    }
    g.repo = r.repo("repo")?;
    Ok(Arc::new(g))
}

/// The section with `GITEA_URL` (else `FORGEJO_URL`) over its URL; `None` when
/// neither is set.
pub fn with_env(
    config: &Config,
    env: &EnvOverrides,
) -> Result<Option<Arc<dyn TrackerSection>>, ConfigError> {
    for var in URL_VARS {
        if let Some(url) = env.url(var)? {
            let mut g = settings(config);
            g.url = Some(url);
            g.url_source = Some(Source::Environment(var.into()));
            return Ok(Some(Arc::new(g)));
        }
    }
    Ok(None)
}
