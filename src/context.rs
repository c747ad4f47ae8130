//! Everything a command needs, built once in `main`: where the repository is, its
//! configuration, the environment, the output layer, and on demand the state store,
//! the plan and the trackers. Tests reach fakes through the same environment
//! (`GITHUB_API_URL`), so the binary under test is the binary users run.

use crate::config::{self, Config, EnvOverrides};
use crate::credentials::{self, GitHubTokenEnv};
use crate::engine::TrackerSet;
use crate::error::{exit, CliError};
use crate::output::Ui;
use crate::plan::{self, Plan};
use crate::refs::{RepoRef, TrackerKind};
use crate::store::{RecordedFacts, Store};
use crate::tracker::github::{GitHubEndpoint, GitHubTracker, RetryPolicy};
use crate::tracker::local::LocalTracker;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The process environment, read once.
#[derive(Debug, Clone, Default)]
pub struct Env {
    pub overrides: EnvOverrides,
    pub github_tokens: GitHubTokenEnv,
    pub no_color: bool,
    /// `GH_DEBUSSY_SYNC_BACKOFF_SCALE`: multiplies every retry wait (tests use a
    /// small value so that a 60 s secondary-limit wait takes a moment).
    pub backoff_scale: Option<f64>,
    /// `GH_DEBUSSY_SYNC_CRASH_AT=before-rename`: crash-safety tests abort the process
    /// between writing a local issue's temporary file and renaming it.
    pub crash_before_rename: bool,
}

impl Env {
    pub fn from_process() -> Env {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        Env {
            overrides: EnvOverrides {
                github_api_url: var("GITHUB_API_URL"),
                gh_host: var("GH_HOST"),
                jira_url: var("JIRA_URL"),
                jira_email: var("JIRA_EMAIL"),
                jira_auth_type: var("JIRA_AUTH_TYPE"),
            },
            github_tokens: GitHubTokenEnv {
                gh_token: var("GH_TOKEN"),
                github_token: var("GITHUB_TOKEN"),
                gh_enterprise_token: var("GH_ENTERPRISE_TOKEN"),
                github_enterprise_token: var("GITHUB_ENTERPRISE_TOKEN"),
            },
            no_color: std::env::var_os("NO_COLOR").is_some(),
            backoff_scale: var("GH_DEBUSSY_SYNC_BACKOFF_SCALE").and_then(|v| v.parse().ok()),
            crash_before_rename: var("GH_DEBUSSY_SYNC_CRASH_AT").as_deref()
                == Some("before-rename"),
        }
    }
}

/// The command context.
pub struct Context {
    /// The directory commands run in (`-C`), against which `--plan` resolves.
    pub cwd: PathBuf,
    /// The repository root: the nearest ancestor with `.debussy/` or `.git`.
    pub root: PathBuf,
    pub config: Config,
    pub env: Env,
    pub ui: Ui,
    pub dry_run: bool,
    pub yes: bool,
}

impl Context {
    pub fn new(
        cwd: PathBuf,
        env: Env,
        ui: Ui,
        dry_run: bool,
        yes: bool,
    ) -> Result<Context, CliError> {
        let root = find_root(&cwd);
        let config = config::load(&root, &env.overrides)?;
        for w in &config.warnings {
            ui.warn(w);
        }
        Ok(Context {
            cwd,
            root,
            config,
            env,
            ui,
            dry_run,
            yes,
        })
    }

    /// The master plan: `--plan`, else Debussy's current run, else the only one.
    pub fn plan_path(&self, arg: Option<&Path>) -> Result<PathBuf, CliError> {
        if let Some(p) = arg {
            let path = self.cwd.join(p);
            if !path.is_file() {
                return Err(CliError::input(format!("plan {} not found", p.display()))
                    .hint("pass the path of a master plan (MASTER_PLAN.md)"));
            }
            return Ok(path);
        }
        if let Some(p) = crate::debussy::current_run_plan(&self.root) {
            let path = self.root.join(&p);
            if path.is_file() {
                return Ok(path);
            }
        }
        let found = plan::discover_master_plans(&self.root);
        match found.as_slice() {
            [one] => Ok(one.clone()),
            [] => Err(CliError::input("no master plan found in this repository")
                .hint("pass one with --plan PATH (a MASTER_PLAN.md or *-MASTER_PLAN.md file)")),
            many => Err(
                CliError::input(format!("{} master plans found", many.len())).hint(format!(
                    "choose one with --plan: {}",
                    many.iter()
                        .map(|p| plan::relative_path(&self.root, p))
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
            ),
        }
    }

    /// Loads and parses the plan; plan warnings go to the user unless `collect`.
    pub fn load_plan(&self, arg: Option<&Path>) -> Result<Plan, CliError> {
        let path = self.plan_path(arg)?;
        let fallback = self.default_repo();
        Ok(plan::load_plan(&self.root, &path, fallback.as_ref())?)
    }

    /// `github.repo`, else the `origin` remote.
    fn default_repo(&self) -> Option<RepoRef> {
        if let Some(repo) = &self.config.github.repo {
            return Some(repo.clone());
        }
        let out = std::process::Command::new("git")
            .arg("-C")
            .arg(&self.root)
            .args(["remote", "get-url", "origin"])
            .stderr(std::process::Stdio::null())
            .output()
            .ok()?;
        if !out.status.success() {
            return None;
        }
        RepoRef::from_remote_url(&String::from_utf8_lossy(&out.stdout))
    }

    /// Opens the state store (creating it).
    pub fn store(&self) -> Result<Store, CliError> {
        Ok(Store::open(&Store::path_in(&self.root))?)
    }

    /// The recorded facts of a plan without creating anything (for dry runs).
    pub fn recorded_facts(&self, plan: &Plan) -> Result<RecordedFacts, CliError> {
        let path = Store::path_in(&self.root);
        if !path.exists() {
            return Ok(RecordedFacts::default());
        }
        Ok(Store::open(&path)?.facts(&plan.key)?)
    }

    /// The trackers the plan's links need.
    pub fn trackers_for(&self, plan: &Plan) -> Result<TrackerSet, CliError> {
        let mut set = TrackerSet::default();
        let kinds: std::collections::BTreeSet<TrackerKind> =
            plan.links.iter().map(|l| l.issue.tracker()).collect();
        for kind in kinds {
            match kind {
                TrackerKind::GitHub if !self.config.github.enabled => set.unavailable(
                    kind,
                    "GitHub sync is disabled (github.enabled: false)".into(),
                ),
                TrackerKind::GitHub => set.insert(Arc::new(self.github()?)),
                TrackerKind::Jira => set.unavailable(
                    kind,
                    "Jira sync is not available in this version of gh debussy-sync".into(),
                ),
                TrackerKind::Local => set.insert(Arc::new(self.local())),
            }
        }
        Ok(set)
    }

    /// The local tracker of this repository.
    pub fn local(&self) -> LocalTracker {
        LocalTracker::new(&self.root, self.env.crash_before_rename)
    }

    /// The GitHub tracker, with credentials.
    pub fn github(&self) -> Result<GitHubTracker, CliError> {
        let endpoint = GitHubEndpoint::resolve(
            self.config.github.api_url.as_deref(),
            self.config.github.host.as_deref(),
        );
        let found = credentials::github_token(&endpoint.host, &self.env.github_tokens).ok_or_else(
            || {
                CliError::new(
                    exit::FAILURE,
                    format!("no GitHub credentials for {}", endpoint.host),
                )
                .hint("set GH_TOKEN, or run `gh auth login`")
            },
        )?;
        if self.ui.verbose {
            eprintln!(
                "GitHub: {} with a token from {}",
                endpoint.api_url, found.source
            );
        }
        let mut policy = RetryPolicy::default();
        if let Some(scale) = self.env.backoff_scale {
            policy.scale = scale;
        }
        GitHubTracker::new(&endpoint, found.token, policy, self.ui.verbose)
            .map_err(|e| CliError::new(exit::FAILURE, e.to_string()))
    }

    /// A single-threaded runtime: the work is I/O, run concurrently on one thread.
    pub fn runtime(&self) -> Result<tokio::runtime::Runtime, CliError> {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| CliError::new(exit::FAILURE, format!("cannot start the runtime: {e}")))
    }
}

fn find_root(cwd: &Path) -> PathBuf {
    cwd.ancestors()
        .find(|d| d.join(".debussy").is_dir() || d.join(".git").exists())
        .unwrap_or(cwd)
        .to_path_buf()
}
