//! The tracker factory: which trackers a plan needs, each built with its
//! credentials; one turned off, not set up or without credentials is recorded in
//! the [`TrackerSet`] with why, so that the other trackers still converge.

use super::env::Env;
use crate::config::Config;
use crate::credentials;
use crate::engine::TrackerSet;
use crate::error::CliError;
use crate::plan::Plan;
use crate::refs::TrackerKind;
use crate::secrets::Keyring;
use crate::tracker::registry;
use crate::tracker::wire::RetryPolicy;
use crate::tracker::Tracker;
use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;

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
        registry::module(kind).off(self)
    }

    /// Whether the configuration keeps a tracker's operations planned.
    fn is_dry_run(&self, kind: TrackerKind) -> bool {
        registry::module(kind).dry_run(self.config)
    }

    /// The tracker of one kind, with its credentials.
    pub fn tracker(&self, kind: TrackerKind) -> Result<Arc<dyn Tracker>, CliError> {
        registry::module(kind).build(self)
    }

    /// The repository root.
    pub fn root(&self) -> &Path {
        self.root
    }

    pub fn config(&self) -> &Config {
        self.config
    }

    pub fn env(&self) -> &Env {
        self.env
    }

    /// `--verbose`: trackers say where their tokens come from.
    pub fn verbose(&self) -> bool {
        self.verbose
    }

    /// The OS keyring (or its absence).
    pub fn keyring(&self) -> Keyring {
        Keyring::new(self.env.keyring_disabled)
    }

    /// Our settings directory (saved logins).
    pub fn user_config_dir(&self) -> Option<std::path::PathBuf> {
        credentials::user_config_dir(self.env.config_home.as_deref())
    }

    /// Retries as configured; `GH_DEBUSSY_SYNC_BACKOFF_SCALE` shortens the waits.
    pub fn retry_policy(&self) -> RetryPolicy {
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
        assert!(set.get(crate::tracker::local::KIND).is_ok());
        for kind in [crate::tracker::github::KIND, crate::tracker::jira::KIND] {
            assert!(set.unavailable(kind).is_none(), "{kind:?} not even tried");
            assert!(set.get(kind).is_err(), "{kind:?} not built");
        }
    }

    #[test]
    fn a_disabled_tracker_is_off_and_never_built() {
        let dir = repo(&[]);
        let plan = plan_linking(&dir, "acme/widgets#1, PROJ-1");
        let config = crate::config::parse(
            "github:\n  enabled: false\njira:\n  enabled: false\n  url: https://acme.atlassian.net\n",
            "c",
        )
        .expect("config");
        let env = bare_env(&dir);
        let set = TrackerFactory::new(dir.path(), &config, &env, false).for_plan(&plan);
        assert_eq!(
            unavailable(&set, crate::tracker::github::KIND),
            (
                OpStatus::Skipped,
                "GitHub sync is disabled (github.enabled: false)".into()
            )
        );
        assert_eq!(
            unavailable(&set, crate::tracker::jira::KIND),
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
        assert_eq!(
            unavailable(&set, crate::tracker::jira::KIND).0,
            OpStatus::Skipped
        );
    }

    #[test]
    fn a_tracker_without_credentials_fails_with_what_to_set() {
        let dir = repo(&[]);
        let plan = plan_linking(&dir, "PROJ-1, local#1");
        let config = crate::config::parse(
            "jira:\n  url: https://acme.atlassian.net\n  dry_run: true\n",
            "c",
        )
        .expect("config");
        let env = bare_env(&dir);
        let set = TrackerFactory::new(dir.path(), &config, &env, false).for_plan(&plan);
        let (status, reason) = unavailable(&set, crate::tracker::jira::KIND);
        assert_eq!(status, OpStatus::Failed);
        assert!(
            reason.starts_with("no Jira credentials for https://acme.atlassian.net")
                && reason.contains("; set JIRA_API_TOKEN"),
            "{reason}"
        );
        assert!(set.is_dry_run(crate::tracker::jira::KIND));
        assert!(
            set.get(crate::tracker::local::KIND).is_ok(),
            "the others still work"
        );
    }

    #[test]
    fn the_jira_url_comes_from_the_configuration() {
        let dir = repo(&[]);
        let config = crate::config::parse("jira:\n  url: https://acme.atlassian.net/\n", "c")
            .expect("config");
        let env = bare_env(&dir);
        let site =
            crate::tracker::jira::site(&TrackerFactory::new(dir.path(), &config, &env, false))
                .expect("site");
        assert_eq!(site.url, "https://acme.atlassian.net");
    }

    #[test]
    fn no_jira_site_says_what_is_missing_and_what_to_do_once() {
        for why in [
            crate::tracker::jira::NoJiraSite::Disabled,
            crate::tracker::jira::NoJiraSite::NotConfigured,
        ] {
            use crate::error::exit;
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
