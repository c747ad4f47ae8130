//! The process environment, read once in `main` into a plain value: everything
//! below it takes an [`Env`], so tests build one by hand instead of setting
//! variables on the test process.

use crate::config::EnvOverrides;
use crate::tracker::registry;
use octocrab::secrecy::{ExposeSecret, SecretString};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// The process environment, read once.
#[derive(Debug, Clone, Default)]
pub struct Env {
    pub overrides: EnvOverrides,
    pub no_color: bool,
    /// `GH_DEBUSSY_SYNC_BACKOFF_SCALE`: multiplies every retry wait (tests use a
    /// small value so that a 60 s secondary-limit wait takes a moment).
    pub backoff_scale: Option<f64>,
    /// `GH_DEBUSSY_SYNC_KEYRING=none` turns the OS keyring off.
    pub keyring_disabled: bool,
    /// `XDG_CONFIG_HOME`, which overrides the platform's settings directory.
    pub config_home: Option<PathBuf>,
    /// The login name (`USER`/`USERNAME`): author of local comments.
    pub user: Option<String>,
    /// `GH_DEBUSSY_SYNC_INTERVAL`: how often `watch --issues` syncs, as written.
    pub sync_interval: Option<String>,
    /// `GH_DEBUSSY_SYNC_AGENT`, `ISSUE_AGENT_ID`, `ISSUE_AGENT_TYPE`, user and host.
    pub agent: crate::agent::AgentEnv,
    /// The variables the trackers declare ([`TrackerModule::env_vars`]) that are set.
    ///
    /// [`TrackerModule::env_vars`]: crate::tracker::registry::TrackerModule::env_vars
    /// Held as secrets: some are tokens (`GITEA_TOKEN`), and `Debug` must not show them.
    pub tracker_vars: BTreeMap<&'static str, SecretString>,
}

impl Env {
    /// The environment of this process.
    pub fn from_process() -> Env {
        let mut env = Env::from_vars(|name| std::env::var(name).ok());
        // NO_COLOR only has to be present, whatever its bytes.
        env.no_color = std::env::var_os("NO_COLOR").is_some();
        env
    }

    /// The environment as `var` gives it (a variable set to the empty string counts
    /// as unset, except `NO_COLOR`, which only has to be present).
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Env {
        let set = |name: &str| var(name).filter(|v| !v.is_empty());
        let tracker_vars: BTreeMap<&'static str, SecretString> = registry::all()
            .iter()
            .flat_map(|m| m.env_vars().iter().copied())
            .filter_map(|name| set(name).map(|value| (name, SecretString::from(value))))
            .collect();
        Env {
            overrides: EnvOverrides {
                tracker_vars: tracker_vars.clone(),
            },
            no_color: var("NO_COLOR").is_some(),
            backoff_scale: set("GH_DEBUSSY_SYNC_BACKOFF_SCALE").and_then(|v| v.parse().ok()),
            keyring_disabled: set("GH_DEBUSSY_SYNC_KEYRING")
                .is_some_and(|v| v.eq_ignore_ascii_case("none")),
            config_home: set("XDG_CONFIG_HOME").map(PathBuf::from),
            user: set("USER").or_else(|| set("USERNAME")),
            sync_interval: set("GH_DEBUSSY_SYNC_INTERVAL"),
            agent: crate::agent::AgentEnv {
                ours: set("GH_DEBUSSY_SYNC_AGENT"),
                facade_id: set("ISSUE_AGENT_ID"),
                facade_type: set("ISSUE_AGENT_TYPE"),
                user: set("USER").or_else(|| set("USERNAME")),
                host: crate::agent::host_name(set),
            },
            tracker_vars,
        }
    }

    /// A tracker's variable `name`, when set (and not empty).
    pub fn var(&self, name: &str) -> Option<&str> {
        self.tracker_vars.get(name).map(|v| v.expose_secret())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn env(vars: &[(&str, &str)]) -> Env {
        let vars: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Env::from_vars(|name| vars.get(name).cloned())
    }

    #[test]
    fn empty_variables_count_as_unset() {
        let e = env(&[("GH_TOKEN", ""), ("JIRA_URL", ""), ("USER", "")]);
        assert_eq!(e.var("GH_TOKEN"), None);
        assert_eq!(e.overrides.var("JIRA_URL"), None);
        assert_eq!(e.user, None);
    }

    #[test]
    fn no_color_only_has_to_be_present() {
        assert!(env(&[("NO_COLOR", "")]).no_color);
        assert!(!env(&[]).no_color);
    }

    #[test]
    fn keyring_is_off_only_for_none_in_any_case() {
        assert!(env(&[("GH_DEBUSSY_SYNC_KEYRING", "NONE")]).keyring_disabled);
        assert!(!env(&[("GH_DEBUSSY_SYNC_KEYRING", "os")]).keyring_disabled);
        assert!(!env(&[]).keyring_disabled);
    }

    #[test]
    fn backoff_scale_is_read_when_it_is_a_number() {
        assert_eq!(
            env(&[("GH_DEBUSSY_SYNC_BACKOFF_SCALE", "0.01")]).backoff_scale,
            Some(0.01)
        );
        assert_eq!(
            env(&[("GH_DEBUSSY_SYNC_BACKOFF_SCALE", "fast")]).backoff_scale,
            None
        );
    }

    #[test]
    fn user_falls_back_to_username() {
        assert_eq!(env(&[("USERNAME", "ada")]).user.as_deref(), Some("ada"));
        assert_eq!(
            env(&[("USER", "grace"), ("USERNAME", "ada")])
                .user
                .as_deref(),
            Some("grace")
        );
    }

    #[test]
    fn tokens_and_overrides_are_read() {
        let e = env(&[
            ("GITHUB_TOKEN", "t"),
            ("GH_HOST", "ghe.example.com"),
            ("JIRA_API_TOKEN", "j"),
            ("XDG_CONFIG_HOME", "/cfg"),
        ]);
        assert_eq!(e.var("GITHUB_TOKEN"), Some("t"));
        assert_eq!(e.overrides.var("GH_HOST"), Some("ghe.example.com"));
        assert_eq!(e.var("JIRA_API_TOKEN"), Some("j"));
        assert_eq!(e.config_home, Some(PathBuf::from("/cfg")));
    }

    #[test]
    fn tracker_variables_are_read_and_never_shown_by_debug() {
        let e = env(&[
            ("GITEA_TOKEN", "s3cret-gitea"),
            ("GITEA_URL", "https://git.example.com"),
        ]);
        assert_eq!(e.var("GITEA_TOKEN"), Some("s3cret-gitea"));
        assert_eq!(
            e.overrides.var("GITEA_URL"),
            Some("https://git.example.com")
        );
        assert!(!format!("{e:?}").contains("s3cret-gitea"));
    }
}
