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
use std::cell::RefCell;
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

/// The `publish:` section: what `plan publish` gives every issue it creates.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct PublishConfig {
    /// Labels every published issue carries (created when missing).
    pub labels: Vec<String>,
}

/// What `serve` does with drift a delivery reveals (`serve.on_drift`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum OnDrift {
    /// Only report it (the default).
    #[default]
    Report,
    /// Repair it as `sync --direction to-tracker --apply` would.
    Apply,
}

/// The `serve:` section (the webhook receiver).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct ServeConfig {
    pub on_drift: OnDrift,
}

/// The `coordination:` section: `redis_url` moves claims and the convergence lock
/// to Redis, shared by every machine that names it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Coordination {
    pub redis_url: Option<String>,
}

impl serde::Serialize for Coordination {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(1))?;
        let shown = self
            .redis_url
            .as_deref()
            .map(crate::claims::redis::shown_url);
        map.serialize_entry("redis_url", &shown)?;
        map.end()
    }
}

/// The whole configuration, after file, environment and defaults.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Config {
    /// The file read, if there was one.
    pub path: Option<PathBuf>,
    pub sync: SyncConfig,
    /// The `publish:` section (`plan publish`).
    pub publish: PublishConfig,
    /// The `serve:` section (`serve`).
    pub serve: ServeConfig,
    /// `users:`: each person's account on each tracker (`issue sync` maps
    /// assignees through it): person → tracker name → account.
    pub users: BTreeMap<String, BTreeMap<String, String>>,
    /// `agent:`: who this process acts as, unless the environment says.
    pub agent: crate::agent::AgentConfig,
    /// `coordination:`: where agents on several machines meet (PRODUCT §14).
    pub coordination: Coordination,
    /// Each tracker's own section (`github:`, `jira:`, `gitea:`), read by its
    /// module, by section name.
    #[serde(skip)]
    pub sections: BTreeMap<&'static str, Arc<dyn TrackerSection>>,
    /// Misspelled keys and other doubts, for the user.
    #[serde(skip)]
    pub warnings: Vec<String>,
}

/// Environment values that override the file (PRODUCT §5): the variables the
/// trackers declare ([`TrackerModule::env_vars`]).
///
/// [`TrackerModule::env_vars`]: crate::tracker::registry::TrackerModule::env_vars
#[derive(Debug, Clone, Default)]
pub struct EnvOverrides {
    /// The variables that are set, held as secrets (some are tokens).
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
        validate_url(url).map_err(|reason| self.error(name, reason))?;
        Ok(Some(url.trim_end_matches('/').to_string()))
    }

    /// The error of variable `name`.
    pub fn error(&self, name: &str, reason: String) -> ConfigError {
        ConfigError {
            file: "environment".into(),
            line: None,
            key: name.into(),
            reason,
        }
    }
}

/// A tracker's own section of the file (`gitea:`), read and kept by its module.
pub trait TrackerSection: std::any::Any + std::fmt::Debug + Send + Sync {
    fn as_any(&self) -> &dyn std::any::Any;
}

impl<T: std::any::Any + std::fmt::Debug + Send + Sync> TrackerSection for T {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl Config {
    /// The section a tracker's module read, as the type it reads it into.
    pub fn section<T: TrackerSection>(&self, name: &str) -> Option<&T> {
        // Through the trait object: the `Arc` around it is a section too.
        let section: &dyn TrackerSection = self.sections.get(name)?.as_ref();
        section.as_any().downcast_ref()
    }

    /// [`Config::section`], or its defaults when the file and the environment
    /// said nothing.
    pub fn section_or_default<T: TrackerSection + Clone + Default>(&self, name: &str) -> T {
        self.section::<T>(name).cloned().unwrap_or_default()
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
/// The section of the shared settings.
const SYNC: &str = "sync";
const PUBLISH: &str = "publish";
const PUBLISH_KEYS: &[&str] = &["labels"];
const USERS: &str = "users";
const AGENT: &str = "agent";
const AGENT_KEYS: &[&str] = &["id", "type", "capabilities"];
const SERVE: &str = "serve";
const SERVE_KEYS: &[&str] = &["on_drift"];
const COORDINATION: &str = "coordination";
const SYNC_KEYS: &[&str] = &[
    "auto_close",
    "create_labels_if_missing",
    "milestone_progress",
    "labels",
];
/// Where the shared settings were first written: they are still read there.
const FIRST_SHARED: &str = "github";
const LABEL_KEYS: &[&str] = &[
    "in_progress",
    "completed",
    "failed",
    "color_in_progress",
    "color_completed",
    "color_failed",
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

/// `config` with the environment over it.
pub fn with_env(mut config: Config, env: &EnvOverrides) -> Result<Config, ConfigError> {
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
    let mut known: Vec<&str> = vec![SYNC, PUBLISH, USERS, AGENT, SERVE, COORDINATION];
    known.extend(
        registry::all()
            .iter()
            .filter(|m| m.section().is_some())
            .map(|m| m.kind().as_str()),
    );
    reader.check_keys(&root, "", &known, &mut config.warnings);
    reader.tracker_sections(&root, &mut config)?;
    for section in [FIRST_SHARED, SYNC] {
        if let Some(map) = reader.section(&root, section)? {
            if section == SYNC {
                reader.check_keys(&map, SYNC, SYNC_KEYS, &mut config.warnings);
            }
            reader.shared(&map, section, &mut config.sync, &mut config.warnings)?;
        }
    }
    if let Some(map) = reader.section(&root, USERS)? {
        config.users = reader.users(&map)?;
    }
    if let Some(map) = reader.section(&root, AGENT)? {
        reader.check_keys(&map, AGENT, AGENT_KEYS, &mut config.warnings);
        config.agent = crate::agent::AgentConfig {
            id: reader.text(&map, AGENT, "id")?,
            kind: reader.text(&map, AGENT, "type")?,
            capabilities: reader.names(&map, AGENT, "capabilities")?,
        };
    }
    if let Some(map) = reader.section(&root, COORDINATION)? {
        config.coordination = reader.coordination(&map, &mut config.warnings)?;
    }
    if let Some(map) = reader.section(&root, PUBLISH)? {
        reader.check_keys(&map, PUBLISH, PUBLISH_KEYS, &mut config.warnings);
        config.publish.labels = reader.names(&map, PUBLISH, "labels")?;
    }
    if let Some(map) = reader.section(&root, SERVE)? {
        reader.check_keys(&map, SERVE, SERVE_KEYS, &mut config.warnings);
        config.serve.on_drift = match reader.string(&map, SERVE, "on_drift")?.as_deref() {
            None | Some("report") => OnDrift::Report,
            Some("apply") => OnDrift::Apply,
            Some(other) => {
                return Err(reader.error(
                    "serve.on_drift",
                    &format!("'{other}' is not report or apply"),
                ))
            }
        };
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
    Ok(config)
}

impl Reader<'_> {
    /// The `coordination:` section; a `redis_url` must be a `redis://` URL.
    fn coordination(
        &self,
        map: &Map<String, Value>,
        warnings: &mut Vec<String>,
    ) -> Result<Coordination, ConfigError> {
        self.check_keys(map, COORDINATION, &["redis_url"], warnings);
        let url = self.text(map, COORDINATION, "redis_url")?;
        if let Some(url) = &url {
            if !url.starts_with("redis://") && !url.starts_with("redis+unix://") {
                return Err(self.error(
                    "coordination.redis_url",
                    "expected a redis:// URL, such as redis://127.0.0.1:6379/0",
                ));
            }
        }
        Ok(Coordination { redis_url: url })
    }

    /// Each tracker's own section, read by its module.
    fn tracker_sections(
        &self,
        root: &Map<String, Value>,
        config: &mut Config,
    ) -> Result<(), ConfigError> {
        for module in registry::all() {
            let (name, Some(spec)) = (module.kind().as_str(), module.section()) else {
                continue;
            };
            let Some(map) = self.section(root, name)? else {
                continue;
            };
            let warnings = RefCell::new(Vec::new());
            let r = SectionReader {
                reader: self,
                name: name.to_string(),
                map,
                warnings: &warnings,
            };
            r.check_keys(spec.keys);
            let section = (spec.read)(&r)?;
            config.warnings.extend(warnings.into_inner());
            config.sections.insert(name, section);
        }
        Ok(())
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
}

fn apply_env(config: &mut Config, env: &EnvOverrides) -> Result<(), ConfigError> {
    for module in registry::all() {
        let Some(spec) = module.section() else {
            continue;
        };
        if let Some(section) = (spec.with_env)(config, env)? {
            config.sections.insert(module.kind().as_str(), section);
        }
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

/// One section of the file, for the tracker module that reads it: typed values
/// with file:line:key errors.
pub struct SectionReader<'a> {
    reader: &'a Reader<'a>,
    /// Its dotted name: `jira`, `jira.transitions`.
    name: String,
    map: Map<String, Value>,
    warnings: &'a RefCell<Vec<String>>,
}

impl<'a> SectionReader<'a> {
    /// The error of `key` of this section (`gitea.url`), at its line.
    pub fn error(&self, key: &str, reason: &str) -> ConfigError {
        self.reader.error(&format!("{}.{key}", self.name), reason)
    }

    /// Warns of each key that is not one of `known` (with a suggestion).
    pub fn check_keys(&self, known: &[&str]) {
        let mut warnings = self.warnings.borrow_mut();
        self.reader
            .check_keys(&self.map, &self.name, known, &mut warnings);
    }

    /// Whether `key` is present with a value.
    pub fn has(&self, key: &str) -> bool {
        self.map.get(key).is_some_and(|v| !v.is_null())
    }

    /// The section's mapping as written.
    pub fn map(&self) -> &Map<String, Value> {
        &self.map
    }

    /// The sub-section `key` (`jira.transitions`), when present.
    pub fn section(&self, key: &str) -> Result<Option<SectionReader<'a>>, ConfigError> {
        let name = format!("{}.{key}", self.name);
        Ok(self
            .reader
            .section(&self.map, key)
            .map_err(|_| self.reader.error(&name, "expected a mapping"))?
            .map(|map| SectionReader {
                reader: self.reader,
                name,
                map,
                warnings: self.warnings,
            }))
    }

    /// `key` as a boolean into `slot`, when present.
    pub fn bool(&self, key: &str, slot: &mut bool) -> Result<(), ConfigError> {
        self.reader.bool(&self.map, &self.name, key, slot)
    }

    /// `key` as text, when present.
    pub fn string(&self, key: &str) -> Result<Option<String>, ConfigError> {
        self.reader.string(&self.map, &self.name, key)
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

    /// `users:`: person → tracker → account; a tracker this build does not know is
    /// an error naming the key.
    fn users(
        &self,
        map: &Map<String, Value>,
    ) -> Result<BTreeMap<String, BTreeMap<String, String>>, ConfigError> {
        let mut out = BTreeMap::new();
        for (person, accounts) in map {
            let key = format!("{USERS}.{person}");
            let Value::Object(accounts) = accounts else {
                return Err(self.error(
                    &key,
                    "expected a mapping of tracker to account, e.g. {github: alice-gh}",
                ));
            };
            let mut ids = BTreeMap::new();
            for tracker in accounts.keys() {
                let kind = registry::named(tracker).ok_or_else(|| {
                    self.error(
                        &format!("{key}.{tracker}"),
                        &format!(
                            "'{tracker}' is not a tracker; use one of: {}",
                            registry::names().join(", ")
                        ),
                    )
                })?;
                let id = self.string(accounts, &key, tracker)?.unwrap_or_default();
                ids.insert(kind.as_str().to_string(), id);
            }
            out.insert(person.clone(), ids);
        }
        Ok(out)
    }

    /// A list of label names (`[a, b]`, or one name).
    fn names(
        &self,
        map: &Map<String, Value>,
        section: &str,
        key: &str,
    ) -> Result<Vec<String>, ConfigError> {
        let bad = |what: String| self.error(&format!("{section}.{key}"), &what);
        let items = match map.get(key) {
            None | Some(Value::Null) => return Ok(Vec::new()),
            Some(Value::String(s)) => vec![Value::String(s.clone())],
            Some(Value::Array(items)) => items.clone(),
            Some(other) => return Err(bad(format!("expected a list of names, found {other}"))),
        };
        items
            .into_iter()
            .map(|v| match v {
                Value::String(s) if !s.trim().is_empty() && s.len() <= 50 => Ok(s),
                other => Err(bad(format!(
                    "{other} is not a label name (1 to 50 characters, quoted)"
                ))),
            })
            .collect()
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
    use crate::tracker::github::config::settings as github;
    use crate::tracker::jira::config::{settings as jira, JiraAuthType};

    /// Overrides from `vars`.
    fn overrides(vars: &[(&'static str, &str)]) -> EnvOverrides {
        EnvOverrides {
            tracker_vars: vars
                .iter()
                .map(|(k, v)| (*k, v.to_string().into()))
                .collect(),
        }
    }

    #[test]
    fn jira_auth_type_is_read_in_any_case_and_shown_in_lower_case() {
        let config = parse("jira:\n  auth_type: Bearer\n", "c.yaml").unwrap();
        assert_eq!(jira(&config).auth_type, Some(JiraAuthType::Bearer));
        let shown = serde_json::to_value(jira(&config)).unwrap();
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
        assert_eq!(github(&c).repo, RepoRef::parse("acme/widgets"));
        assert_eq!(c.sync.labels.in_progress, "wip");
        assert_eq!(c.sync.labels.completed, "debussy:completed");
        assert_eq!(c.sync.labels.color_completed, "00FF00");
        assert_eq!(
            jira(&c)
                .transitions
                .get("on_phase_start")
                .map(String::as_str),
            Some("In Progress")
        );
        assert!(!jira(&c).transitions.contains_key("on_phase_failed"));
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
        let env = overrides(&[
            ("JIRA_URL", "http://127.0.0.1:9"),
            ("GITHUB_API_URL", "http://127.0.0.1:8/"),
        ]);
        apply_env(&mut c, &env).unwrap();
        assert_eq!(jira(&c).url.as_deref(), Some("http://127.0.0.1:9"));
        assert_eq!(github(&c).api_url.as_deref(), Some("http://127.0.0.1:8"));
        let bad = apply_env(&mut c, &overrides(&[("JIRA_URL", "ftp://x")])).unwrap_err();
        assert_eq!(
            (bad.file.as_str(), bad.key.as_str()),
            ("environment", "JIRA_URL")
        );
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
        assert!(github(&c).dry_run && jira(&c).dry_run);
    }

    #[test]
    fn syntax_error_is_a_config_error() {
        assert!(parse("github: [unclosed\n", "c").is_err());
    }

    #[test]
    fn serve_on_drift_defaults_to_report_and_rejects_other_words() {
        assert_eq!(parse("", "c").unwrap().serve.on_drift, OnDrift::Report);
        let c = parse("serve:\n  on_drift: apply\n", "c").unwrap();
        assert_eq!(c.serve.on_drift, OnDrift::Apply);
        let e = parse("serve:\n  on_drift: fix\n", "c").unwrap_err();
        assert_eq!((e.key.as_str(), e.line), ("serve.on_drift", Some(2)));
    }
}
