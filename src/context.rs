//! Everything a command needs, built once in `main`: where the repository is, its
//! configuration, the environment, the output layer, and on demand the state store,
//! the plan and the trackers. Tests reach fakes through the same environment
//! (`GITHUB_API_URL`), so the binary under test is the binary users run.

use crate::config::{self, Config, EnvOverrides};
use crate::credentials::JiraLogin;
use crate::credentials::{self, GitHubTokenEnv};
use crate::debussy::{Execution, Run, StateDb, StateDbError};
use crate::engine::TrackerSet;
use crate::engine::{Facts, SharedFacts};
use crate::error::{exit, CliError};
use crate::output::Ui;
use crate::plan::{self, Plan};
use crate::refs::{RepoRef, TrackerKind};
use crate::secrets::Keyring;
use crate::store::Event;
use crate::store::{RecordedFacts, Store};
use crate::tracker::github::{GitHubEndpoint, GitHubTracker, RetryPolicy};
use crate::tracker::jira::{JiraAuth, JiraSite, JiraTracker};
use crate::tracker::local::LocalTracker;
use crate::tracker::Tracker;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

/// How long a command waits for Debussy's database while Debussy holds a lock.
const STATE_DB_WAIT: Duration = Duration::from_secs(5);

/// The process environment, read once.
#[derive(Debug, Clone, Default)]
pub struct Env {
    pub overrides: EnvOverrides,
    pub github_tokens: GitHubTokenEnv,
    pub no_color: bool,
    /// `GH_DEBUSSY_SYNC_BACKOFF_SCALE`: multiplies every retry wait (tests use a
    /// small value so that a 60 s secondary-limit wait takes a moment).
    pub backoff_scale: Option<f64>,
    /// `JIRA_API_TOKEN`.
    pub jira_token: Option<String>,
    /// `GH_DEBUSSY_SYNC_KEYRING=none` turns the OS keyring off.
    pub keyring_disabled: bool,
    /// `XDG_CONFIG_HOME`, which overrides the platform's settings directory.
    pub config_home: Option<PathBuf>,
    /// The login name (`USER`/`USERNAME`): author of local comments.
    pub user: Option<String>,
}

impl Env {
    pub fn from_process() -> Env {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        Env {
            overrides: EnvOverrides {
                github_api_url: var("GITHUB_API_URL"),
                github_graphql_url: var("GITHUB_GRAPHQL_URL"),
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
            jira_token: var("JIRA_API_TOKEN"),
            keyring_disabled: var("GH_DEBUSSY_SYNC_KEYRING")
                .is_some_and(|v| v.eq_ignore_ascii_case("none")),
            config_home: var("XDG_CONFIG_HOME").map(PathBuf::from),
            user: var("USER").or_else(|| var("USERNAME")),
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
    /// The master plans of the repository, found once (a walk of the tree).
    master_plans: std::sync::OnceLock<Vec<PathBuf>>,
    /// The `origin` remote's repository, asked of git once.
    origin: std::sync::OnceLock<Option<RepoRef>>,
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
        Ok(Context::with_config(cwd, env, ui, dry_run, yes, config))
    }

    /// A context with a configuration given rather than read (`doctor` goes on with
    /// the defaults when the file is invalid, to check everything else).
    pub fn with_config(
        cwd: PathBuf,
        env: Env,
        ui: Ui,
        dry_run: bool,
        yes: bool,
        config: Config,
    ) -> Context {
        let root = find_root(&cwd);
        Context {
            cwd,
            root,
            config,
            env,
            ui,
            dry_run,
            yes,
            master_plans: std::sync::OnceLock::new(),
            origin: std::sync::OnceLock::new(),
        }
    }

    /// Every master plan in the repository (found on first use).
    pub fn master_plans(&self) -> &[PathBuf] {
        self.master_plans
            .get_or_init(|| plan::discover_master_plans(&self.root))
    }

    /// [`Context::master_plans`] as keys (paths relative to the root).
    fn master_plan_keys(&self) -> Vec<String> {
        self.master_plans()
            .iter()
            .map(|p| plan::relative_path(&self.root, p))
            .collect()
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
        let found = self.master_plans();
        if let Some(key) = self.current_run_plan() {
            return Ok(self.root.join(key));
        }
        match found {
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

    /// Loads and parses the plan as far as it can be read; lines that writing
    /// commands refuse are in `plan.errors` (see [`Context::load_plan_for_writing`]).
    pub fn load_plan(&self, arg: Option<&Path>) -> Result<Plan, CliError> {
        let path = self.plan_path(arg)?;
        let fallback = self.default_repo();
        let mut plan = plan::load_plan(&self.root, &path, fallback.as_ref())?;
        for link in &mut plan.links {
            link.issue = self.canonical(link.issue.clone());
        }
        plan.repo = plan.repo.map(|r| r.on_default_host(self.default_host()));
        Ok(plan)
    }

    /// The repository's other master plans that link at least one issue `plan`
    /// links: an issue's desired state comes from every plan that links it. A plan
    /// that cannot be read is left out with a warning.
    pub fn plans_sharing_issues(&self, plan: &Plan) -> Vec<Plan> {
        let mut sharing = Vec::new();
        for path in self.master_plans() {
            if plan::relative_path(&self.root, path) == plan.key {
                continue;
            }
            match self.load_plan(Some(path)) {
                Ok(other) => {
                    if other
                        .links
                        .iter()
                        .any(|o| plan.links.iter().any(|l| l.issue == o.issue))
                    {
                        sharing.push(other);
                    }
                }
                Err(e) => self.ui.warn(&format!(
                    "{}; issues it may share with {} follow {} alone",
                    e.message, plan.key, plan.key
                )),
            }
        }
        sharing
    }

    /// The configured GitHub host (`GH_HOST`), which references may leave implicit.
    pub fn default_host(&self) -> Option<&str> {
        self.config.github.host.as_deref()
    }

    /// One repository, one identity: a reference on the configured host is spelled
    /// without it, however it was written.
    pub fn canonical(&self, issue: crate::refs::IssueRef) -> crate::refs::IssueRef {
        issue.on_default_host(self.default_host())
    }

    /// The plan for a command that writes: a malformed reference, or a bare number
    /// with no repository known, is an input error (exit 2). Warnings and what makes
    /// the plan incomplete go to the user.
    pub fn load_plan_for_writing(&self, arg: Option<&Path>) -> Result<Plan, CliError> {
        let plan = self.load_plan(arg)?.for_writing()?;
        for w in &plan.warnings {
            self.ui.warn(&w.to_string());
        }
        for p in &plan.problems {
            self.ui.warn(&format!(
                "{p} (the plan is incomplete: it will not be closed or recorded as completed)"
            ));
        }
        Ok(plan)
    }

    /// `github.repo`, else the `origin` remote.
    pub fn default_repo(&self) -> Option<RepoRef> {
        if let Some(repo) = &self.config.github.repo {
            return Some(repo.clone());
        }
        self.origin.get_or_init(|| self.origin_repo()).clone()
    }

    /// The `origin` remote's repository (asks git).
    fn origin_repo(&self) -> Option<RepoRef> {
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
            .map(|r| r.on_default_host(self.default_host()))
    }

    /// Opens the state store (creating it).
    pub fn store(&self) -> Result<Store, CliError> {
        Ok(Store::open(&Store::path_in(&self.root))?)
    }

    /// The master plan (relative key) of Debussy's current run — the latest running
    /// or paused one — among the repository's plans, if there is one.
    fn current_run_plan(&self) -> Option<String> {
        let db = StateDb::open(&self.root, STATE_DB_WAIT).ok()??;
        let keys = self.master_plan_keys();
        let runs = db.runs().ok()?;
        let current = runs.iter().rev().find(|r| r.status.is_current())?;
        crate::debussy::match_plan(&self.root, &current.master_plan_path, &keys).cloned()
    }

    /// The plan's runs and their phase executions in Debussy's database (nothing when
    /// there is no database); waits at most `wait` for a lock.
    pub fn debussy_runs(
        &self,
        plan: &Plan,
        wait: Duration,
    ) -> Result<(Vec<Run>, Vec<Execution>), StateDbError> {
        let Some(db) = StateDb::open(&self.root, wait)? else {
            return Ok((Vec::new(), Vec::new()));
        };
        let mut keys = self.master_plan_keys();
        if !keys.contains(&plan.key) {
            keys.push(plan.key.clone());
        }
        let runs: Vec<Run> = db
            .runs()?
            .into_iter()
            .filter(|r| {
                crate::debussy::match_plan(&self.root, &r.master_plan_path, &keys)
                    == Some(&plan.key)
            })
            .collect();
        let executions = if runs.is_empty() {
            Vec::new()
        } else {
            db.executions()?
        };
        Ok((runs, executions))
    }

    /// Everything known about a plan (see [`crate::engine::facts`]), without
    /// creating anything (dry runs read it too), with `extra` applied as if it had
    /// been recorded. When Debussy's database stays locked past the wait, its runs
    /// are left out with a warning.
    pub fn facts(&self, plan: &Plan, extra: Option<&Event>) -> Result<Facts, CliError> {
        let extra: Vec<Event> = extra.cloned().into_iter().collect();
        self.facts_with(plan, &extra)
    }

    /// [`Context::facts`] with several events applied as if recorded.
    pub fn facts_with(&self, plan: &Plan, extra: &[Event]) -> Result<Facts, CliError> {
        let (facts, busy) = self.facts_waiting(plan, extra, STATE_DB_WAIT)?;
        if let Some(e) = busy {
            self.ui.warn(&format!(
                "{e}; its runs are not taken into account this time"
            ));
        }
        Ok(facts)
    }

    /// [`Context::facts`], returning the database error instead of warning.
    pub fn facts_waiting(
        &self,
        plan: &Plan,
        extra: &[Event],
        wait: Duration,
    ) -> Result<(Facts, Option<StateDbError>), CliError> {
        let path = Store::path_in(&self.root);
        let mut recorded = if path.exists() {
            Store::open(&path)?.facts(&plan.key)?
        } else {
            RecordedFacts::default()
        };
        for event in extra {
            recorded = recorded.with(event);
        }
        let (runs, executions, error) = match self.debussy_runs(plan, wait) {
            Ok((runs, executions)) => (runs, executions, None),
            Err(e) => (Vec::new(), Vec::new(), Some(e)),
        };
        let facts = crate::engine::facts::merge(
            plan,
            &recorded,
            &runs,
            &executions,
            self.config.github.auto_close,
        );
        Ok((facts, error))
    }

    /// The facts of `plan` (with `extra` applied as if recorded) and of every other
    /// master plan that links one of its issues; when Debussy's database stays
    /// locked, its runs are left out with a warning.
    pub fn shared_facts(&self, plan: &Plan, extra: &[Event]) -> Result<SharedFacts, CliError> {
        let (facts, busy) = self.shared_facts_waiting(plan, extra, STATE_DB_WAIT)?;
        if let Some(e) = busy {
            self.ui.warn(&format!(
                "{e}; its runs are not taken into account this time"
            ));
        }
        Ok(facts)
    }

    /// [`Context::shared_facts`], returning the database error instead of warning.
    pub fn shared_facts_waiting(
        &self,
        plan: &Plan,
        extra: &[Event],
        wait: Duration,
    ) -> Result<(SharedFacts, Option<StateDbError>), CliError> {
        let (own, mut busy) = self.facts_waiting(plan, extra, wait)?;
        let mut sharing = Vec::new();
        for other in self.plans_sharing_issues(plan) {
            let (facts, error) = self.facts_waiting(&other, &[], wait)?;
            busy = busy.or(error);
            sharing.push((other, facts));
        }
        Ok((SharedFacts { own, sharing }, busy))
    }

    /// The tracker of one kind, with its credentials.
    pub fn tracker(&self, kind: TrackerKind) -> Result<Arc<dyn Tracker>, CliError> {
        Ok(match kind {
            TrackerKind::GitHub => Arc::new(self.github()?),
            TrackerKind::Jira => Arc::new(self.jira()?),
            TrackerKind::Local => Arc::new(self.local()),
        })
    }

    /// `github.repo`, else the `origin` remote's repository (for `#12` references).
    pub fn repo(&self) -> Option<RepoRef> {
        self.default_repo()
    }

    /// The completion history the guard reads: ours, then Debussy's
    /// `completed_features` (bare GitHub numbers resolved against the repository of
    /// their plan), with a warning per row or issue that cannot be read.
    pub fn completion_history(
        &self,
    ) -> Result<(Vec<crate::guard::EarlierFeature>, Vec<String>), CliError> {
        use crate::guard::{debussy_issue, EarlierFeature};
        let mut features = Vec::new();
        let mut warnings = Vec::new();
        let path = Store::path_in(&self.root);
        if path.exists() {
            for c in Store::open(&path)?.completions()? {
                features.push(EarlierFeature {
                    name: c.name,
                    completed_at: c.at,
                    plan: Some(c.plan),
                    issues: c.issues,
                    source: "gh-debussy-sync",
                });
            }
        }
        let db = match StateDb::open(&self.root, STATE_DB_WAIT) {
            Ok(db) => db,
            Err(e) => {
                warnings.push(format!("{e}; Debussy's completion history not read"));
                None
            }
        };
        let Some(db) = db else {
            return Ok((features, warnings));
        };
        let (rows, row_warnings) = match db.completed_features() {
            Ok(found) => found,
            Err(e) => {
                warnings.push(format!("{e}; Debussy's completion history not read"));
                return Ok((features, warnings));
            }
        };
        warnings.extend(row_warnings);
        let plans = self.master_plan_keys();
        let fallback = self.default_repo();
        for row in rows {
            let plan_key = row
                .plan_path
                .as_deref()
                .and_then(|p| crate::debussy::match_plan(&self.root, p, &plans))
                .cloned();
            let repo = plan_key
                .as_ref()
                .and_then(|k| {
                    plan::load_plan(&self.root, &self.root.join(k), fallback.as_ref()).ok()
                })
                .and_then(|p| p.repo)
                .or_else(|| fallback.clone());
            let mut issues = Vec::new();
            for (kind, id) in &row.issues {
                match debussy_issue(kind, id, repo.as_ref()) {
                    Some(issue) => issues.push(issue),
                    None => warnings.push(format!(
                        "Debussy's completed feature '{}': issue {kind} {id} cannot be resolved to a repository; skipped",
                        row.name
                    )),
                }
            }
            features.push(EarlierFeature {
                name: row.name,
                completed_at: row.completed_at,
                plan: plan_key.or(row.plan_path),
                issues,
                source: "debussy",
            });
        }
        Ok((features, warnings))
    }

    /// The trackers the plan's links need, built only for the kinds it links. One
    /// that cannot be built is recorded as failed (with what to do) or off, so that
    /// the other trackers still converge; a disabled tracker is never contacted.
    pub fn trackers_for(&self, plan: &Plan) -> TrackerSet {
        let mut set = TrackerSet::default();
        let kinds: std::collections::BTreeSet<TrackerKind> =
            plan.links.iter().map(|l| l.issue.tracker()).collect();
        for kind in kinds {
            match kind {
                TrackerKind::GitHub if !self.config.github.enabled => {
                    set.off(
                        kind,
                        "GitHub sync is disabled (github.enabled: false)".into(),
                    );
                    continue;
                }
                TrackerKind::Jira => {
                    if let Err(reason) = self.jira_site() {
                        set.off(kind, reason);
                        continue;
                    }
                }
                _ => {}
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
            let dry = match kind {
                TrackerKind::GitHub => self.config.github.dry_run,
                TrackerKind::Jira => self.config.jira.dry_run,
                TrackerKind::Local => false,
            };
            if dry {
                set.dry_run(kind);
            }
        }
        set
    }

    /// How the engine plans, from the configuration; `repair` for `sync`.
    pub fn plan_options(&self, repair: bool) -> crate::engine::PlanOptions<'_> {
        let github = &self.config.github;
        crate::engine::PlanOptions {
            labels: &github.labels,
            create_labels: github.create_labels_if_missing,
            milestone_progress: github.milestone_progress,
            jira_transitions: &self.config.jira.transitions,
            jira_fields: &self.config.jira.transition_fields,
            repair,
        }
    }

    /// Serializes convergence in this repository (PRODUCT §8): waits for any other
    /// writing run, saying so on stderr when that takes a while.
    pub fn lock(&self) -> Result<crate::lock::RepoLock, CliError> {
        crate::lock::RepoLock::acquire(&self.root, || {
            self.ui.note("waiting for another gh-debussy-sync run in this repository to finish (.debussy/sync.lock)…")
        })
        .map_err(|e| {
            CliError::new(
                exit::FAILURE,
                format!("cannot lock {}: {e}", crate::lock::RepoLock::path_in(&self.root).display()),
            )
            .hint("check that .debussy/ is writable")
        })
    }

    /// The local tracker of this repository.
    pub fn local(&self) -> LocalTracker {
        let tracker = LocalTracker::new(&self.root);
        match &self.env.user {
            Some(user) => tracker.with_user(user),
            None => tracker,
        }
    }

    /// The OS keyring (or its absence).
    pub fn keyring(&self) -> Keyring {
        Keyring::new(self.env.keyring_disabled)
    }

    /// The saved `auth login jira` settings.
    pub fn jira_login(&self) -> Option<JiraLogin> {
        credentials::user_config_dir(self.env.config_home.as_deref())
            .and_then(|d| credentials::load_jira_login(&d))
    }

    /// The configured Jira site, or why there is none.
    pub fn jira_site(&self) -> Result<JiraSite, String> {
        let jira = &self.config.jira;
        if jira.enabled == Some(false) {
            return Err("Jira sync is disabled (jira.enabled: false)".into());
        }
        let url = jira
            .url
            .clone()
            .or_else(|| self.jira_login().map(|l| l.url))
            .ok_or("Jira is not configured: set jira.url in .debussy/config.yaml or JIRA_URL")?;
        Ok(JiraSite::new(&url, jira.deployment))
    }

    /// The Jira tracker, with credentials.
    pub fn jira(&self) -> Result<JiraTracker, CliError> {
        let site = self.jira_site().map_err(|r| {
            CliError::new(exit::FAILURE, r)
                .hint("set JIRA_URL, or jira.url in .debussy/config.yaml")
        })?;
        let login = self
            .jira_login()
            .filter(|l| l.url.trim_end_matches('/') == site.url);
        let missing = |why: String| {
            CliError::new(exit::FAILURE, format!("no Jira credentials for {}{why}", site.url)).hint(format!(
                "set JIRA_API_TOKEN, or run `gh debussy-sync auth login jira --url {} --with-token`",
                site.url
            ))
        };
        let found =
            credentials::jira_token(&site.url, self.env.jira_token.as_deref(), &self.keyring())
                .map_err(|e| missing(format!(" ({e})")))?
                .ok_or_else(|| missing(String::new()))?;
        let auth_type = self
            .config
            .jira
            .auth_type
            .or_else(|| {
                login
                    .as_ref()
                    .and_then(|l| l.auth_type.as_deref()?.parse().ok())
            })
            .unwrap_or(config::JiraAuthType::default_for(site.deployment));
        let auth = if auth_type == config::JiraAuthType::Basic {
            let email = self
                .config
                .jira
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
        if self.ui.verbose {
            eprintln!(
                "Jira: {} ({:?}, {auth_type}) with a token from {}",
                site.url, site.deployment, found.source
            );
        }
        JiraTracker::new(site, &auth, self.retry_policy(), self.ui.verbose)
            .map_err(|e| CliError::new(exit::FAILURE, e.to_string()))
    }

    fn retry_policy(&self) -> RetryPolicy {
        let mut policy = RetryPolicy::default();
        if let Some(scale) = self.env.backoff_scale {
            policy.scale = scale;
        }
        policy
    }

    /// The GitHub tracker, with credentials.
    pub fn github(&self) -> Result<GitHubTracker, CliError> {
        let endpoint = GitHubEndpoint::resolve(
            self.config.github.api_url.as_deref(),
            self.config.github.host.as_deref(),
        )
        .with_graphql_url(self.config.github.graphql_url.as_deref());
        let found =
            credentials::github_token(&endpoint.host, &self.env.github_tokens, &self.keyring())
                .ok_or_else(|| {
                    CliError::new(
                        exit::FAILURE,
                        format!("no GitHub credentials for {}", endpoint.host),
                    )
                    .hint("set GH_TOKEN, or run `gh auth login`")
                })?;
        if self.ui.verbose {
            eprintln!(
                "GitHub: {} with a token from {}",
                endpoint.api_url, found.source
            );
        }
        GitHubTracker::new(&endpoint, found.token, self.retry_policy(), self.ui.verbose)
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
