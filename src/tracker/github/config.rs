//! The `github:` section of `.debussy/config.yaml`, with `GITHUB_API_URL`,
//! `GITHUB_GRAPHQL_URL` and `GH_HOST` over it. The shared settings first written
//! here (`github.labels`, `github.auto_close`, …) are read by the configuration
//! itself into `sync:`.

use super::project::ProjectSettingsRead;
use crate::config::{Config, ConfigError, EnvOverrides, SectionReader, TrackerSection};
use crate::refs::RepoRef;
use crate::tracker::board::ProjectSettings;
use crate::tracker::registry::Section;
use std::sync::Arc;

/// The keys of the section, the shared ones included.
pub const KEYS: &[&str] = &[
    "enabled",
    "repo",
    "dry_run",
    "auto_close",
    "create_labels_if_missing",
    "milestone_progress",
    "labels",
    "project",
    "project_status",
    "project_status_field",
    "project_progress_field",
];

/// The `github:` section.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct GitHubConfig {
    pub enabled: bool,
    pub repo: Option<RepoRef>,
    /// REST base URL (`GITHUB_API_URL`), e.g. `http://127.0.0.1:8080`.
    pub api_url: Option<String>,
    /// GraphQL endpoint (`GITHUB_GRAPHQL_URL`); derived from the REST one by default.
    pub graphql_url: Option<String>,
    /// `GH_HOST`: a GitHub Enterprise host.
    pub host: Option<String>,
    /// Debussy's `github.dry_run`: GitHub operations are planned, never applied.
    pub dry_run: bool,
    /// `github.project` and its keys: the Projects (v2) board issues go on.
    pub project: Option<ProjectSettings>,
}

impl Default for GitHubConfig {
    fn default() -> Self {
        GitHubConfig {
            enabled: true,
            repo: None,
            api_url: None,
            graphql_url: None,
            host: None,
            dry_run: false,
            project: None,
        }
    }
}

/// The effective section: what the file and the environment say, else defaults.
pub fn settings(config: &Config) -> GitHubConfig {
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
    let mut g = GitHubConfig::default();
    r.bool("enabled", &mut g.enabled)?;
    r.bool("dry_run", &mut g.dry_run)?;
    g.repo = r.repo("repo")?;
    g.project = ProjectSettings::read(r, super::KIND)?;
    Ok(Arc::new(g))
}

/// The section with the environment over it; `None` when it says nothing.
pub fn with_env(
    config: &Config,
    env: &EnvOverrides,
) -> Result<Option<Arc<dyn TrackerSection>>, ConfigError> {
    let api_url = env.url("GITHUB_API_URL")?;
    let graphql_url = env.url("GITHUB_GRAPHQL_URL")?;
    let host = env.var("GH_HOST").map(str::to_ascii_lowercase);
    if api_url.is_none() && graphql_url.is_none() && host.is_none() {
        return Ok(None);
    }
    let mut g = settings(config);
    g.api_url = api_url.or(g.api_url);
    g.graphql_url = graphql_url.or(g.graphql_url);
    g.host = host.or(g.host);
    Ok(Some(Arc::new(g)))
}

/// The Projects (v2) settings, when `github.project` is set.
pub fn project(config: &Config) -> Option<ProjectSettings> {
    settings(config).project
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::PhaseStatus;

    fn parsed(yaml: &str) -> Result<Option<ProjectSettings>, String> {
        crate::config::parse(yaml, "config.yaml")
            .map(|c| project(&c))
            .map_err(|e| e.to_string())
    }

    #[test]
    fn project_keys_read_with_defaults_and_errors_name_the_key() {
        let p = parsed("github:\n  project: acme/7\n  project_status:\n    Running: In Progress\n    failed: Blocked\n")
            .unwrap()
            .expect("a project");
        assert_eq!(p.project.to_string(), "acme/7");
        assert_eq!(p.status_field, "Status");
        assert_eq!(p.option_for(PhaseStatus::Running), Some("In Progress"));
        assert_eq!(p.option_for(PhaseStatus::Failed), Some("Blocked"));
        assert_eq!(p.progress_field, None);
        let p = parsed("github:\n  project: users/octo/2\n  project_status_field: Stage\n  project_progress_field: Done %\n")
            .unwrap()
            .expect("a project");
        assert_eq!(
            (p.status_field.as_str(), p.progress_field.as_deref()),
            ("Stage", Some("Done %"))
        );
        assert_eq!(parsed("github:\n  repo: acme/widgets\n"), Ok(None));
        let e = parsed("github:\n  project: https://github.com/acme/widgets\n").unwrap_err();
        assert!(
            e.contains("github.project") && e.contains("users/NAME/N"),
            "{e}"
        );
        let e = parsed("github:\n  project: acme/7\n  project_status:\n    validating: Review\n")
            .unwrap_err();
        assert!(e.contains("github.project_status.validating"), "{e}");
        let e = parsed("github:\n  project_status:\n    running: Doing\n").unwrap_err();
        assert!(e.contains("needs github.project"), "{e}");
    }
}
