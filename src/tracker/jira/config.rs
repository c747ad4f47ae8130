//! The `jira:` section of `.debussy/config.yaml`, with `JIRA_URL`, `JIRA_EMAIL`
//! and `JIRA_AUTH_TYPE` over it.

use crate::config::{Config, ConfigError, EnvOverrides, SectionReader, TrackerSection};
use crate::tracker::registry::Section;
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::sync::Arc;

/// The keys of the section.
pub const KEYS: &[&str] = &[
    "enabled",
    "url",
    "deployment",
    "email",
    "auth_type",
    "transitions",
    "transition_fields",
    "dry_run",
    "project",
    "publish",
];

/// The keys of `jira.publish`.
const PUBLISH_KEYS: &[&str] = &["epic_type", "issue_type", "parent_field", "blocks_link"];

/// How `plan publish` creates and ties issues in Jira (`jira.publish`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct JiraPublish {
    /// The tracking issue's issue type.
    pub epic_type: String,
    /// A phase issue's issue type.
    pub issue_type: String,
    /// The field tying a phase issue to the tracking issue: `parent` (`{key}`,
    /// Cloud and recent Data Center) or a custom field id such as
    /// `customfield_10014` (the classic Epic Link, set to the key itself).
    pub parent_field: String,
    /// The issue link type saying one issue blocks another.
    pub blocks_link: String,
}

impl Default for JiraPublish {
    fn default() -> Self {
        JiraPublish {
            epic_type: "Epic".into(),
            issue_type: "Task".into(),
            parent_field: "parent".into(),
            blocks_link: "Blocks".into(),
        }
    }
}

/// Reads `jira.publish` over the defaults.
fn read_publish(r: &SectionReader<'_>) -> Result<JiraPublish, ConfigError> {
    let mut p = JiraPublish::default();
    let Some(s) = r.section("publish")? else {
        return Ok(p);
    };
    s.check_keys(PUBLISH_KEYS);
    let slots = [
        ("epic_type", &mut p.epic_type),
        ("issue_type", &mut p.issue_type),
        ("parent_field", &mut p.parent_field),
        ("blocks_link", &mut p.blocks_link),
    ];
    for (key, slot) in slots {
        if let Some(v) = s.string(key)? {
            if v.trim().is_empty() {
                return Err(s.error(key, "is empty; remove it to use the default"));
            }
            *slot = v.trim().to_string();
        }
    }
    let field = &p.parent_field;
    let custom = field
        .strip_prefix("customfield_")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    if field != "parent" && !custom {
        return Err(s.error(
            "parent_field",
            &format!("'{field}' is not `parent` or a custom field id like customfield_10014"),
        ));
    }
    Ok(p)
}

/// The events a transition can be configured for.
const TRANSITION_KEYS: &[&str] = &[
    "on_phase_start",
    "on_phase_complete",
    "on_phase_failed",
    "on_plan_complete",
];

/// Jira deployments differ in API version, search and auth.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum JiraDeployment {
    Cloud,
    Server,
}

impl JiraDeployment {
    pub fn as_str(self) -> &'static str {
        match self {
            JiraDeployment::Cloud => "cloud",
            JiraDeployment::Server => "server",
        }
    }

    /// The deployment `text` names (`cloud`; `server`, `datacenter`, `dc`).
    fn parse(text: &str) -> Option<JiraDeployment> {
        match text.to_ascii_lowercase().as_str() {
            "cloud" => Some(JiraDeployment::Cloud),
            "server" | "datacenter" | "data_center" | "dc" => Some(JiraDeployment::Server),
            _ => None,
        }
    }
}

/// How requests to Jira authenticate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum JiraAuthType {
    /// Email and API token (Cloud).
    Basic,
    /// A personal access token (Server / Data Center).
    Bearer,
}

impl JiraAuthType {
    pub fn as_str(self) -> &'static str {
        match self {
            JiraAuthType::Basic => "basic",
            JiraAuthType::Bearer => "bearer",
        }
    }

    /// What a deployment expects when nothing is configured.
    pub fn default_for(deployment: JiraDeployment) -> JiraAuthType {
        match deployment {
            JiraDeployment::Cloud => JiraAuthType::Basic,
            JiraDeployment::Server => JiraAuthType::Bearer,
        }
    }
}

impl std::str::FromStr for JiraAuthType {
    type Err = String;

    /// The type named `text`, in any case.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        [JiraAuthType::Basic, JiraAuthType::Bearer]
            .into_iter()
            .find(|a| a.as_str().eq_ignore_ascii_case(text))
            .ok_or_else(|| format!("'{text}' is not basic or bearer"))
    }
}

impl std::fmt::Display for JiraAuthType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The `jira:` section.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
pub struct JiraConfig {
    /// `None`: on when a URL is configured. Debussy's `enabled: false` turns it off.
    pub enabled: Option<bool>,
    pub url: Option<String>,
    pub deployment: Option<JiraDeployment>,
    pub email: Option<String>,
    pub auth_type: Option<JiraAuthType>,
    /// Event name (`on_phase_start`, …) → transition or target status.
    pub transitions: BTreeMap<String, String>,
    pub transition_fields: Map<String, Value>,
    /// Debussy's `jira.dry_run`: Jira operations are planned, never applied.
    pub dry_run: bool,
    /// The project issues are created in (`plan publish`), e.g. `PROJ`.
    pub project: Option<String>,
    pub publish: JiraPublish,
}

/// The effective section: what the file and the environment say, else defaults.
pub fn settings(config: &Config) -> JiraConfig {
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
    let mut j = JiraConfig::default();
    if r.has("enabled") {
        let mut enabled = true;
        r.bool("enabled", &mut enabled)?;
        j.enabled = Some(enabled);
    }
    r.bool("dry_run", &mut j.dry_run)?;
    j.url = r.url("url")?;
    j.email = r.string("email")?;
    j.project = r.string("project")?;
    j.publish = read_publish(r)?;
    if let Some(d) = r.string("deployment")? {
        j.deployment = Some(
            JiraDeployment::parse(&d)
                .ok_or_else(|| r.error("deployment", &format!("'{d}' is not cloud or server")))?,
        );
    }
    if let Some(a) = r.string("auth_type")? {
        j.auth_type = Some(
            a.parse()
                .map_err(|why: String| r.error("auth_type", &why))?,
        );
    }
    if let Some(t) = r.section("transitions")? {
        t.check_keys(TRANSITION_KEYS);
        for key in TRANSITION_KEYS {
            if let Some(v) = t.string(key)? {
                j.transitions.insert(key.to_string(), v);
            }
        }
    }
    if let Some(fields) = r.section("transition_fields")? {
        j.transition_fields = fields.map().clone();
    }
    Ok(Arc::new(j))
}

/// The section with the environment over it; `None` when it says nothing.
pub fn with_env(
    config: &Config,
    env: &EnvOverrides,
) -> Result<Option<Arc<dyn TrackerSection>>, ConfigError> {
    let url = env.url("JIRA_URL")?;
    let email = env.var("JIRA_EMAIL").map(str::to_string);
    let auth_type = match env.var("JIRA_AUTH_TYPE") {
        Some(a) => Some(
            a.parse::<JiraAuthType>()
                .map_err(|why| env.error("JIRA_AUTH_TYPE", why))?,
        ),
        None => None,
    };
    if url.is_none() && email.is_none() && auth_type.is_none() {
        return Ok(None);
    }
    let mut j = settings(config);
    j.url = url.or(j.url);
    j.email = email.or(j.email);
    j.auth_type = auth_type.or(j.auth_type);
    Ok(Some(Arc::new(j)))
}
