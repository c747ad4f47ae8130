//! `.debussy/config.yaml`: Debussy's own keys plus ours, environment overrides and
//! validation with messages that name the file, line and key.
//!
//! The file is shared with Debussy, so unknown keys are kept and ignored; a key of
//! ours that looks misspelled gets a warning with a suggestion. Environment values
//! arrive as an [`EnvOverrides`] value so that this module never reads the process
//! environment itself.

use crate::refs::RepoRef;
use crate::tracker::registry;
use octocrab::secrecy::{ExposeSecret, SecretString};
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Label names and colors for the three phase states.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct LabelConfig {
    pub in_progress: String,
    pub completed: String,
    pub failed: String,
    pub color_in_progress: String,
    pub color_completed: String,
    pub color_failed: String,
}

impl Default for LabelConfig {
    fn default() -> Self {
        LabelConfig {
            in_progress: "debussy:in-progress".into(),
            completed: "debussy:completed".into(),
            failed: "debussy:failed".into(),
            color_in_progress: "1D76DB".into(),
            color_completed: "0E8A16".into(),
            color_failed: "D93F0B".into(),
        }
    }
}

/// The `sync:` section: what every tracker does the same way. Its keys are also
/// read from the `github:` section, where they were first written; `sync:` wins.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SyncConfig {
    /// A completed plan closes its issues (with one comment).
    pub auto_close: bool,
    pub create_labels_if_missing: bool,
    pub milestone_progress: bool,
    pub labels: LabelConfig,
}

impl Default for SyncConfig {
    fn default() -> Self {
        SyncConfig {
            auto_close: false,
            create_labels_if_missing: true,
            milestone_progress: true,
            labels: LabelConfig::default(),
        }
    }
}

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
        }
    }
}

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
}

/// The whole configuration, after file, environment and defaults.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Config {
    /// The file read, if there was one.
    pub path: Option<PathBuf>,
    pub sync: SyncConfig,
    pub github: GitHubConfig,
    pub jira: JiraConfig,
    /// The sections trackers read themselves (`gitea:`), by section name.
    #[serde(skip)]
    pub sections: BTreeMap<&'static str, Arc<dyn TrackerSection>>,
    /// Misspelled keys and other doubts, for the user.
    #[serde(skip)]
    pub warnings: Vec<String>,
}

/// Environment values that override the file (PRODUCT §5).
#[derive(Debug, Clone, Default)]
pub struct EnvOverrides {
    pub github_api_url: Option<String>,
    pub github_graphql_url: Option<String>,
    pub gh_host: Option<String>,
    pub jira_url: Option<String>,
    pub jira_email: Option<String>,
    pub jira_auth_type: Option<String>,
    /// The variables trackers declare for themselves (`GITEA_URL`), when set;
    /// held as secrets, as some of them are tokens.
    pub tracker_vars: BTreeMap<&'static str, SecretString>,
}

impl EnvOverrides {
    /// A tracker's variable, when set and not empty.
    pub fn var(&self, name: &str) -> Option<&str> {
        self.tracker_vars
            .get(name)
            .map(|v| v.expose_secret())
            .filter(|v| !v.is_empty())
    }

    /// The URL in variable `name` (checked; without a trailing `/`), when set.
    pub fn url(&self, name: &str) -> Result<Option<String>, ConfigError> {
        let Some(url) = self.var(name) else {
            return Ok(None);
        };
        validate_url(url).map_err(|reason| ConfigError {
            file: "environment".into(),
            line: None,
            key: name.into(),
            reason,
        })?;
        Ok(Some(url.trim_end_matches('/').to_string()))
    }
}

/// A tracker's own section of the file (`gitea:`), read and kept by its module.
pub trait TrackerSection: std::any::Any + std::fmt::Debug + Send + Sync {
    fn as_any(&self) -> &dyn std::any::Any;
}

impl Config {
    /// The section a tracker's module read, as the type it reads it into.
    pub fn section<T: TrackerSection>(&self, name: &str) -> Option<&T> {
        self.sections.get(name)?.as_any().downcast_ref()
    }
}

/// An invalid configuration value.
#[derive(Debug, thiserror::Error)]
#[error("{file}{line}: {key}: {reason}", line = line.map(|l| format!(":{l}")).unwrap_or_default())]
pub struct ConfigError {
    pub file: String,
    pub line: Option<usize>,
    pub key: String,
    pub reason: String,
}

/// Top-level sections we read; Debussy owns the others.
const SECTIONS: &[&str] = &["sync", "github", "jira"];
const SYNC_KEYS: &[&str] = &[
    "auto_close",
    "create_labels_if_missing",
    "milestone_progress",
    "labels",
];
const GITHUB_KEYS: &[&str] = &[
    "enabled",
    "repo",
    "auto_close",
    "create_labels_if_missing",
    "milestone_progress",
    "labels",
    "dry_run",
];
const LABEL_KEYS: &[&str] = &[
    "in_progress",
    "completed",
    "failed",
    "color_in_progress",
    "color_completed",
    "color_failed",
];
const JIRA_KEYS: &[&str] = &[
    "enabled",
    "url",
    "deployment",
    "email",
    "auth_type",
    "transitions",
    "transition_fields",
    "dry_run",
    "project",
];
const TRANSITION_KEYS: &[&str] = &[
    "on_phase_start",
    "on_phase_complete",
    "on_phase_failed",
    "on_plan_complete",
];

/// The config file of a repository.
pub fn config_path(root: &Path) -> PathBuf {
    root.join(".debussy").join("config.yaml")
}

/// Reads `root/.debussy/config.yaml` (absent is fine) and applies `env`.
pub fn load(root: &Path, env: &EnvOverrides) -> Result<Config, ConfigError> {
    let path = config_path(root);
    let label = crate::plan::relative_path(root, &path);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => {
            return Err(ConfigError {
                file: label,
                line: None,
                key: "(file)".into(),
                reason: e.to_string(),
            })
        }
    };
    let mut config = match &text {
        Some(text) => parse(text, &label)?,
        None => Config::default(),
    };
    if text.is_some() {
        config.path = Some(path);
    }
    apply_env(&mut config, env)?;
    Ok(config)
}

/// The defaults with the environment applied: the configuration when the file
/// cannot be used (`doctor` goes on with it).
pub fn defaults_with_env(env: &EnvOverrides) -> Result<Config, ConfigError> {
    let mut config = Config::default();
    apply_env(&mut config, env)?;
    Ok(config)
}

/// A YAML syntax error in our words: the line, what is wrong, no parser internals.
fn syntax_error(e: &serde_saphyr::Error, file: &str) -> ConfigError {
    let line = e
        .location()
        .and_then(|l| usize::try_from(l.line()).ok())
        .filter(|l| *l > 0);
    let mut inner = e;
    while let serde_saphyr::Error::WithSnippet { error, .. } = inner {
        inner = error;
    }
    let reason = match inner {
        serde_saphyr::Error::DuplicateMappingKey { key: Some(k), .. } => {
            format!("`{k}` is given twice in the same section; keep one")
        }
        serde_saphyr::Error::DuplicateMappingKey { key: None, .. } => {
            "a key is given twice in the same section; keep one".into()
        }
        other => {
            let text = other.to_string();
            let first = text.lines().next().unwrap_or("invalid YAML");
            // The parser's own wording carries its position, which the line prefix gives.
            let first = first.trim_start_matches("error: ");
            match first.split_once(": ") {
                Some((at, rest)) if at.starts_with("line ") => rest.to_string(),
                _ => first.to_string(),
            }
        }
    };
    ConfigError {
        file: file.to_string(),
        line,
        key: "(syntax)".into(),
        reason,
    }
}

/// Parses config text; `file` names it in messages.
pub fn parse(text: &str, file: &str) -> Result<Config, ConfigError> {
    let reader = Reader { text, file };
    let root: Value = if text.trim().is_empty() {
        Value::Null
    } else {
        serde_saphyr::from_str(text).map_err(|e| syntax_error(&e, file))?
    };
    let mut config = Config::default();
    let root = match root {
        Value::Null => return Ok(config),
        Value::Object(map) => map,
        _ => return Err(reader.error("(top level)", "expected a mapping of sections")),
    };
    let mut known: Vec<&str> = SECTIONS.to_vec();
    known.extend(
        registry::all()
            .iter()
            .filter(|m| m.section_keys().is_some())
            .map(|m| m.kind().as_str()),
    );
    reader.check_keys(&root, "", &known, &mut config.warnings);
    if let Some(github) = reader.section(&root, "github")? {
        reader.github(&github, &mut config)?;
    }
    if let Some(sync) = reader.section(&root, "sync")? {
        reader.check_keys(&sync, "sync", SYNC_KEYS, &mut config.warnings);
        reader.shared(&sync, "sync", &mut config.sync, &mut config.warnings)?;
    }
    let l = &config.sync.labels;
    if l.in_progress == l.completed || l.completed == l.failed || l.in_progress == l.failed {
        let section = if reader.line_of("sync.labels").is_some() {
            "sync.labels"
        } else {
            "github.labels"
        };
        return Err(reader.error(section, "the three state labels must differ"));
    }
    if let Some(jira) = reader.section(&root, "jira")? {
        reader.jira(&jira, &mut config)?;
    }
    for module in registry::all() {
        let (name, Some(keys)) = (module.kind().as_str(), module.section_keys()) else {
            continue;
        };
        let Some(map) = reader.section(&root, name)? else {
            continue;
        };
        reader.check_keys(&map, name, keys, &mut config.warnings);
        let section = module.read_section(&SectionReader {
            reader: &reader,
            name,
            map: &map,
        })?;
        config.sections.insert(name, section);
    }
    Ok(config)
}

impl Reader<'_> {
    /// The `github:` section.
    fn github(&self, github: &Map<String, Value>, config: &mut Config) -> Result<(), ConfigError> {
        self.check_keys(github, "github", GITHUB_KEYS, &mut config.warnings);
        let g = &mut config.github;
        self.bool(github, "github", "enabled", &mut g.enabled)?;
        self.bool(github, "github", "dry_run", &mut g.dry_run)?;
        if let Some(repo) = self.string(github, "github", "repo")? {
            g.repo = Some(RepoRef::parse(&repo).ok_or_else(|| {
                self.error("github.repo", &format!("'{repo}' is not owner/repo"))
            })?);
        }
        self.shared(github, "github", &mut config.sync, &mut config.warnings)
    }

    /// The shared settings, read from `section` (`sync`, or `github` where they
    /// were first written).
    fn shared(
        &self,
        map: &Map<String, Value>,
        section: &str,
        s: &mut SyncConfig,
        warnings: &mut Vec<String>,
    ) -> Result<(), ConfigError> {
        self.bool(map, section, "auto_close", &mut s.auto_close)?;
        self.bool(
            map,
            section,
            "create_labels_if_missing",
            &mut s.create_labels_if_missing,
        )?;
        self.bool(
            map,
            section,
            "milestone_progress",
            &mut s.milestone_progress,
        )?;
        if let Some(labels) = self.section(map, "labels")? {
            let key = format!("{section}.labels");
            self.check_keys(&labels, &key, LABEL_KEYS, warnings);
            self.labels(&labels, &key, &mut s.labels)?;
        }
        Ok(())
    }

    /// `sync.labels` (`github.labels`): names and colors of the state labels.
    fn labels(
        &self,
        labels: &Map<String, Value>,
        section: &str,
        l: &mut LabelConfig,
    ) -> Result<(), ConfigError> {
        for (key, slot) in [
            ("in_progress", &mut l.in_progress),
            ("completed", &mut l.completed),
            ("failed", &mut l.failed),
        ] {
            if let Some(name) = self.text(labels, section, key)? {
                if name.trim().is_empty() || name.len() > 50 {
                    return Err(self.error(
                        &format!("{section}.{key}"),
                        "a label name must be 1 to 50 characters",
                    ));
                }
                *slot = name;
            }
        }
        for (key, slot) in [
            ("color_in_progress", &mut l.color_in_progress),
            ("color_completed", &mut l.color_completed),
            ("color_failed", &mut l.color_failed),
        ] {
            if let Some(color) = self.string(labels, section, key)? {
                let c = color.trim_start_matches('#');
                if c.len() != 6 || !c.bytes().all(|b| b.is_ascii_hexdigit()) {
                    return Err(self.error(
                        &format!("{section}.{key}"),
                        &format!("'{color}' is not a hex color like 0E8A16"),
                    ));
                }
                *slot = c.to_ascii_uppercase();
            }
        }
        Ok(())
    }

    /// The `jira:` section.
    fn jira(&self, jira: &Map<String, Value>, config: &mut Config) -> Result<(), ConfigError> {
        self.check_keys(jira, "jira", JIRA_KEYS, &mut config.warnings);
        let j = &mut config.jira;
        let mut enabled = true;
        if jira.get("enabled").is_some_and(|v| !v.is_null()) {
            self.bool(jira, "jira", "enabled", &mut enabled)?;
            j.enabled = Some(enabled);
        }
        self.bool(jira, "jira", "dry_run", &mut j.dry_run)?;
        j.url = self.string(jira, "jira", "url")?.filter(|u| !u.is_empty());
        if let Some(url) = &j.url {
            validate_url(url).map_err(|reason| self.error("jira.url", &reason))?;
        }
        j.email = self.string(jira, "jira", "email")?;
        if let Some(d) = self.string(jira, "jira", "deployment")? {
            j.deployment = Some(parse_deployment(&d).ok_or_else(|| {
                self.error("jira.deployment", &format!("'{d}' is not cloud or server"))
            })?);
        }
        if let Some(a) = self.string(jira, "jira", "auth_type")? {
            j.auth_type = Some(
                a.parse::<JiraAuthType>()
                    .map_err(|r| self.error("jira.auth_type", &r))?,
            );
        }
        if let Some(t) = self.section(jira, "transitions")? {
            self.check_keys(
                &t,
                "jira.transitions",
                TRANSITION_KEYS,
                &mut config.warnings,
            );
            for key in TRANSITION_KEYS {
                if let Some(v) = self.string(&t, "jira.transitions", key)? {
                    j.transitions.insert(key.to_string(), v);
                }
            }
        }
        if let Some(fields) = self.section(jira, "transition_fields")? {
            j.transition_fields = fields;
        }
        Ok(())
    }
}

fn apply_env(config: &mut Config, env: &EnvOverrides) -> Result<(), ConfigError> {
    let env_error = |key: &str, reason: String| ConfigError {
        file: "environment".into(),
        line: None,
        key: key.into(),
        reason,
    };
    if let Some(url) = env.github_api_url.as_deref().filter(|u| !u.is_empty()) {
        validate_url(url).map_err(|r| env_error("GITHUB_API_URL", r))?;
        config.github.api_url = Some(url.trim_end_matches('/').to_string());
    }
    if let Some(url) = env.github_graphql_url.as_deref().filter(|u| !u.is_empty()) {
        validate_url(url).map_err(|r| env_error("GITHUB_GRAPHQL_URL", r))?;
        config.github.graphql_url = Some(url.trim_end_matches('/').to_string());
    }
    if let Some(host) = env.gh_host.as_deref().filter(|h| !h.is_empty()) {
        config.github.host = Some(host.to_ascii_lowercase());
    }
    if let Some(url) = env.jira_url.as_deref().filter(|u| !u.is_empty()) {
        validate_url(url).map_err(|r| env_error("JIRA_URL", r))?;
        config.jira.url = Some(url.to_string());
    }
    for module in registry::all() {
        if let Some(section) = module.section_with_env(config, env)? {
            config.sections.insert(module.kind().as_str(), section);
        }
    }
    if let Some(email) = env.jira_email.as_deref().filter(|e| !e.is_empty()) {
        config.jira.email = Some(email.to_string());
    }
    if let Some(a) = env.jira_auth_type.as_deref().filter(|a| !a.is_empty()) {
        config.jira.auth_type = Some(
            a.parse::<JiraAuthType>()
                .map_err(|r| env_error("JIRA_AUTH_TYPE", r))?,
        );
    }
    Ok(())
}

fn validate_url(url: &str) -> Result<(), String> {
    let parsed = url::Url::parse(url).map_err(|e| format!("'{url}' is not a URL ({e})"))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(format!("'{url}' is not an http:// or https:// URL"));
    }
    if parsed.host_str().is_none_or(str::is_empty) {
        return Err(format!("'{url}' has no host"));
    }
    Ok(())
}

fn parse_deployment(text: &str) -> Option<JiraDeployment> {
    match text.to_ascii_lowercase().as_str() {
        "cloud" => Some(JiraDeployment::Cloud),
        "server" | "datacenter" | "data_center" | "dc" => Some(JiraDeployment::Server),
        _ => None,
    }
}

/// One section of the file, for the tracker module that reads it: typed values
/// with file:line:key errors.
pub struct SectionReader<'a> {
    reader: &'a Reader<'a>,
    name: &'a str,
    map: &'a Map<String, Value>,
}

impl SectionReader<'_> {
    /// The error of `key` of this section (`gitea.url`), at its line.
    pub fn error(&self, key: &str, reason: &str) -> ConfigError {
        self.reader.error(&format!("{}.{key}", self.name), reason)
    }

    /// `key` as a boolean into `slot`, when present.
    pub fn bool(&self, key: &str, slot: &mut bool) -> Result<(), ConfigError> {
        self.reader.bool(self.map, self.name, key, slot)
    }

    /// `key` as text, when present.
    pub fn string(&self, key: &str) -> Result<Option<String>, ConfigError> {
        self.reader.string(self.map, self.name, key)
    }

    /// `key` as an http(s) URL without a trailing `/`, when present and not empty.
    pub fn url(&self, key: &str) -> Result<Option<String>, ConfigError> {
        let Some(url) = self.string(key)?.filter(|u| !u.is_empty()) else {
            return Ok(None);
        };
        validate_url(&url).map_err(|reason| self.error(key, &reason))?;
        Ok(Some(url.trim_end_matches('/').to_string()))
    }

    /// `key` as `owner/repo`, when present.
    pub fn repo(&self, key: &str) -> Result<Option<RepoRef>, ConfigError> {
        let Some(repo) = self.string(key)? else {
            return Ok(None);
        };
        RepoRef::parse(&repo)
            .map(Some)
            .ok_or_else(|| self.error(key, &format!("'{repo}' is not owner/repo")))
    }
}

/// Typed access to the parsed YAML with file:line:key errors.
struct Reader<'a> {
    text: &'a str,
    file: &'a str,
}

impl Reader<'_> {
    fn error(&self, key: &str, reason: &str) -> ConfigError {
        ConfigError {
            file: self.file.to_string(),
            line: self.line_of(key),
            key: key.to_string(),
            reason: reason.to_string(),
        }
    }

    /// Best-effort line of a dotted key: the first `last:` line after its parents.
    fn line_of(&self, key: &str) -> Option<usize> {
        let mut from = 0;
        let mut found = None;
        for part in key.split('.') {
            let hit = self.text.lines().enumerate().skip(from).find(|(_, l)| {
                let t = l.trim_start();
                t.strip_prefix(part)
                    .is_some_and(|r| r.trim_start().starts_with(':'))
            })?;
            from = hit.0 + 1;
            found = Some(hit.0 + 1);
        }
        found
    }

    fn section(
        &self,
        map: &Map<String, Value>,
        key: &str,
    ) -> Result<Option<Map<String, Value>>, ConfigError> {
        match map.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Object(m)) => Ok(Some(m.clone())),
            Some(_) => Err(self.error(key, "expected a mapping")),
        }
    }

    fn bool(
        &self,
        map: &Map<String, Value>,
        section: &str,
        key: &str,
        slot: &mut bool,
    ) -> Result<(), ConfigError> {
        match map.get(key) {
            None | Some(Value::Null) => Ok(()),
            Some(Value::Bool(b)) => {
                *slot = *b;
                Ok(())
            }
            Some(other) => Err(self.error(
                &format!("{section}.{key}"),
                &format!("expected true or false, found {other}"),
            )),
        }
    }

    fn string(
        &self,
        map: &Map<String, Value>,
        section: &str,
        key: &str,
    ) -> Result<Option<String>, ConfigError> {
        match map.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(Value::Number(n)) => Ok(Some(n.to_string())),
            Some(other) => Err(self.error(
                &format!("{section}.{key}"),
                &format!("expected a string, found {other}"),
            )),
        }
    }

    /// A value that must be written as text (a label name): `123` or `true` is
    /// refused rather than converted.
    fn text(
        &self,
        map: &Map<String, Value>,
        section: &str,
        key: &str,
    ) -> Result<Option<String>, ConfigError> {
        match map.get(key) {
            Some(Value::Number(n)) => Err(self.error(
                &format!("{section}.{key}"),
                &format!("expected a string, found {n}; quote it: \"{n}\""),
            )),
            _ => self.string(map, section, key),
        }
    }

    fn check_keys(
        &self,
        map: &Map<String, Value>,
        section: &str,
        known: &[&str],
        warnings: &mut Vec<String>,
    ) {
        for key in map.keys() {
            if known.contains(&key.as_str()) {
                continue;
            }
            if let Some(suggestion) = closest(key, known) {
                let (path, suggested) = if section.is_empty() {
                    (key.clone(), suggestion.to_string())
                } else {
                    (
                        format!("{section}.{key}"),
                        format!("{section}.{suggestion}"),
                    )
                };
                let line = self
                    .line_of(&path)
                    .map(|l| format!(":{l}"))
                    .unwrap_or_default();
                let what = if section.is_empty() { "section" } else { "key" };
                warnings.push(format!(
                    "{}{line}: unknown {what} {path}; did you mean {suggested}?",
                    self.file
                ));
            }
        }
    }
}

/// The known key closest to `key`, if it is close enough to be a misspelling.
fn closest<'a>(key: &str, known: &[&'a str]) -> Option<&'a str> {
    let key = key.to_ascii_lowercase();
    known
        .iter()
        .map(|k| (strsim::levenshtein(&key, k), *k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 4) && *d > 0 || key.replace('-', "_") == *k)
        .min()
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jira_auth_type_is_read_in_any_case_and_shown_in_lower_case() {
        let config = parse("jira:\n  auth_type: Bearer\n", "c.yaml").unwrap();
        assert_eq!(config.jira.auth_type, Some(JiraAuthType::Bearer));
        let shown = serde_json::to_value(&config.jira).unwrap();
        assert_eq!(shown["auth_type"], "bearer");
        let err = parse("jira:\n  auth_type: token\n", "c.yaml").unwrap_err();
        assert!(
            err.to_string().contains("'token' is not basic or bearer"),
            "{err}"
        );
    }

    #[test]
    fn debussy_config_with_our_keys() {
        let text = "\
github:
  enabled: true
  repo: acme/widgets
  auto_close: false
  dry_run: false
  labels:
    in_progress: \"wip\"
    color_completed: \"#00ff00\"
jira:
  url: https://acme.atlassian.net
  transitions:
    on_phase_start: In Progress
    on_phase_failed: null
  transition_fields:
    resolution: Done
orchestrator:
  max_retries: 3
";
        let c = parse(text, "c.yaml").unwrap();
        assert_eq!(c.github.repo, RepoRef::parse("acme/widgets"));
        assert_eq!(c.sync.labels.in_progress, "wip");
        assert_eq!(c.sync.labels.completed, "debussy:completed");
        assert_eq!(c.sync.labels.color_completed, "00FF00");
        assert_eq!(
            c.jira.transitions.get("on_phase_start").map(String::as_str),
            Some("In Progress")
        );
        assert!(!c.jira.transitions.contains_key("on_phase_failed"));
        assert!(c.warnings.is_empty(), "{:?}", c.warnings);
    }

    #[test]
    fn shared_settings_are_read_from_sync_and_from_their_old_github_keys() {
        let old = parse(
            "github:\n  auto_close: true\n  labels:\n    failed: broken\n",
            "c",
        )
        .unwrap();
        assert!(old.sync.auto_close);
        assert_eq!(old.sync.labels.failed, "broken");
        let both = parse(
            "github:\n  milestone_progress: false\n  labels:\n    failed: broken\nsync:\n  labels:\n    failed: red-x\n    color_failed: \"#aa0000\"\n",
            "c",
        )
        .unwrap();
        assert_eq!(both.sync.labels.failed, "red-x", "sync: wins");
        assert_eq!(both.sync.labels.color_failed, "AA0000");
        assert!(!both.sync.milestone_progress, "github: still counts");
        assert!(both.warnings.is_empty(), "{:?}", both.warnings);
        let e = parse("sync:\n  labels:\n    color_failed: red\n", "c").unwrap_err();
        assert_eq!(e.key, "sync.labels.color_failed");
        let label_typo = parse("sync:\n  labels:\n    faild: x\n", "c").unwrap();
        assert!(
            label_typo
                .warnings
                .iter()
                .any(|w| w.contains("sync.labels.failed")),
            "{:?}",
            label_typo.warnings
        );
        let swapped = "github:\n  labels:\n    failed: a\nsync:\n  labels:\n    failed: b\n    completed: a\n";
        let swapped = parse(swapped, "c").unwrap();
        assert_eq!(
            (
                swapped.sync.labels.completed.as_str(),
                swapped.sync.labels.failed.as_str()
            ),
            ("a", "b"),
            "only the final labels must differ"
        );
        let same = parse("sync:\n  labels:\n    failed: x\n    completed: x\n", "c").unwrap_err();
        assert_eq!(same.key, "sync.labels");
        let typo = parse("sync:\n  auto_clse: true\n", "c").unwrap();
        assert!(
            typo.warnings.iter().any(|w| w.contains("sync.auto_close")),
            "{:?}",
            typo.warnings
        );
    }

    #[test]
    fn invalid_value_names_file_line_and_key() {
        let text = "github:\n  labels:\n    color_failed: red\n";
        let e = parse(text, ".debussy/config.yaml").unwrap_err();
        assert_eq!(e.line, Some(3));
        assert_eq!(
            e.to_string(),
            ".debussy/config.yaml:3: github.labels.color_failed: 'red' is not a hex color like 0E8A16"
        );
        let e = parse("github:\n  auto_close: sometimes\n", "c").unwrap_err();
        assert_eq!(e.key, "github.auto_close");
    }

    #[test]
    fn misspelled_key_gets_a_suggestion() {
        let c = parse(
            "github:\n  auto_clos: true\n  other_tool_key: 1\n",
            "c.yaml",
        )
        .unwrap();
        assert_eq!(
            c.warnings,
            ["c.yaml:2: unknown key github.auto_clos; did you mean github.auto_close?"]
        );
        assert!(!c.sync.auto_close);
    }

    #[test]
    fn environment_overrides_file() {
        let mut c = parse("jira:\n  url: https://a.example\n", "c").unwrap();
        let env = EnvOverrides {
            jira_url: Some("http://127.0.0.1:9".into()),
            github_api_url: Some("http://127.0.0.1:8/".into()),
            ..Default::default()
        };
        apply_env(&mut c, &env).unwrap();
        assert_eq!(c.jira.url.as_deref(), Some("http://127.0.0.1:9"));
        assert_eq!(c.github.api_url.as_deref(), Some("http://127.0.0.1:8"));
    }

    #[test]
    fn misspelled_section_gets_a_suggestion_and_debussy_sections_none() {
        let c = parse(
            "githb:\n  auto_close: true\norchestrator:\n  max_retries: 3\n",
            "c.yaml",
        )
        .unwrap();
        assert_eq!(
            c.warnings,
            ["c.yaml:1: unknown section githb; did you mean github?"]
        );
    }

    #[test]
    fn label_names_must_be_strings_and_dry_run_is_read() {
        let e = parse("github:\n  labels:\n    completed: 123\n", "c").unwrap_err();
        assert_eq!(e.key, "github.labels.completed");
        assert_eq!(e.line, Some(3));
        let c = parse("github:\n  dry_run: true\njira:\n  dry_run: true\n", "c").unwrap();
        assert!(c.github.dry_run && c.jira.dry_run);
    }

    #[test]
    fn syntax_error_is_a_config_error() {
        assert!(parse("github: [unclosed\n", "c").is_err());
    }
}
