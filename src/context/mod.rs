//! Everything a command needs, built once in `main`: the configuration, the
//! output layer, the global flags, and the parts that are built and tested on
//! their own — the environment snapshot ([`env`]), the repository's plans
//! ([`plans`]), the facts from our store and Debussy's database ([`facts`]) and
//! the tracker factory ([`trackers`]). `Context` only holds them and shows their
//! warnings; its methods delegate, so commands keep one handle. Tests reach fakes
//! through the same environment (`GITHUB_API_URL`), so the binary under test is
//! the binary users run.

pub mod env;
pub mod facts;
pub mod plans;
#[cfg(test)]
pub(crate) mod testing;
pub mod trackers;

pub use env::Env;
pub use facts::{FactSources, STATE_DB_WAIT};
pub use plans::Plans;
pub use trackers::TrackerFactory;

use crate::config::{self, Config};
use crate::debussy::StateDbError;
use crate::engine::{Facts, SharedFacts, TrackerSet};
use crate::error::{exit, CliError};
use crate::output::Ui;
use crate::plan::Plan;
use crate::refs::{IssueRef, RepoRef, TrackerKind};
use crate::secrets::Keyring;
use crate::store::{Event, Store};
use crate::tracker::jira::{JiraSite, JiraTracker};
use crate::tracker::Tracker;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

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
    /// Who this process acts as (PRODUCT §14).
    pub agent: crate::agent::Agent,
    plans: Plans,
}

impl Context {
    /// The context of a command run in `cwd`, with the repository's configuration
    /// (its warnings go to the user).
    pub fn new(
        cwd: PathBuf,
        env: Env,
        ui: Ui,
        dry_run: bool,
        yes: bool,
    ) -> Result<Context, CliError> {
        let root = plans::find_root(&cwd);
        let config = config::load(&root, &env.overrides)?;
        for w in &config.warnings {
            ui.warn(w);
        }
        Ok(Context::assemble(cwd, root, env, ui, dry_run, yes, config))
    }

    /// A context with a configuration given rather than read (`doctor` goes on with
    /// the defaults when the file is invalid, to check everything else; tests build
    /// one around a scratch repository).
    pub fn with_config(
        cwd: PathBuf,
        env: Env,
        ui: Ui,
        dry_run: bool,
        yes: bool,
        config: Config,
    ) -> Context {
        let root = plans::find_root(&cwd);
        Context::assemble(cwd, root, env, ui, dry_run, yes, config)
    }

    /// The holder around its parts, for a root already found.
    fn assemble(
        cwd: PathBuf,
        root: PathBuf,
        env: Env,
        ui: Ui,
        dry_run: bool,
        yes: bool,
        config: Config,
    ) -> Context {
        let plans = Plans::new(
            cwd.clone(),
            root.clone(),
            crate::tracker::registry::configured_scope(&config),
            crate::tracker::registry::module(crate::tracker::registry::default_forge())
                .implicit_host(&config),
        );
        let agent = crate::agent::Agent::resolve(&env.agent, &config.agent);
        Context {
            cwd,
            root,
            agent,
            config,
            env,
            ui,
            dry_run,
            yes,
            plans,
        }
    }

    /// The repository's plans.
    pub fn plans(&self) -> &Plans {
        &self.plans
    }

    /// Where facts come from: our store and Debussy's database.
    pub fn fact_sources(&self) -> FactSources<'_> {
        FactSources::new(&self.plans, self.config.sync.auto_close).closing(
            crate::tracker::registry::all()
                .iter()
                .filter(|m| m.auto_close(&self.config))
                .map(|m| m.kind())
                .collect(),
        )
    }

    /// The tracker factory, with this repository's configuration and credentials.
    pub fn trackers(&self) -> TrackerFactory<'_> {
        TrackerFactory::new(&self.root, &self.config, &self.env, self.ui.verbose)
    }

    /// Every master plan in the repository (found on first use).
    pub fn master_plans(&self) -> &[PathBuf] {
        self.plans.master_plans()
    }

    /// The master plan: `--plan`, else Debussy's current run, else the only one.
    pub fn plan_path(&self, arg: Option<&Path>) -> Result<PathBuf, CliError> {
        self.plans.resolve(arg)
    }

    /// Loads and parses the plan as far as it can be read; lines that writing
    /// commands refuse are in `plan.errors` (see [`Context::load_plan_for_writing`]).
    pub fn load_plan(&self, arg: Option<&Path>) -> Result<Plan, CliError> {
        self.plans.load(arg)
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

    /// The repository's other master plans that link at least one issue `plan`
    /// links; a plan that cannot be read is left out with a warning.
    pub fn plans_sharing_issues(&self, plan: &Plan) -> Vec<Plan> {
        let sharing = self.plans.sharing_issues(plan);
        self.warn_all(&sharing.warnings);
        sharing.plans
    }

    /// One repository, one identity: a reference on the configured host is spelled
    /// without it, however it was written.
    pub fn canonical(&self, issue: IssueRef) -> IssueRef {
        self.plans.canonical(issue)
    }

    /// `github.repo`, else the `origin` remote's repository (for `#12` references).
    pub fn repo(&self) -> Option<RepoRef> {
        self.plans.default_repo()
    }

    /// Opens the state store (creating it).
    pub fn store(&self) -> Result<Store, CliError> {
        Ok(facts::open_store(&self.root)?.acting_as(&self.agent.id))
    }

    /// Everything known about a plan (see [`crate::engine::facts`]), without
    /// creating anything (dry runs read it too), with `extra` applied as if it had
    /// been recorded. When Debussy's database stays locked past the wait, its runs
    /// are left out with a warning.
    pub fn facts(&self, plan: &Plan, extra: Option<&Event>) -> Result<Facts, CliError> {
        let extra: Vec<Event> = extra.cloned().into_iter().collect();
        let (facts, busy) = self.fact_sources().own(plan, &extra, STATE_DB_WAIT)?;
        self.warn_busy(busy);
        Ok(facts)
    }

    /// The facts of `plan` (with `extra` applied as if recorded) and of every other
    /// master plan that links one of its issues; when Debussy's database stays
    /// locked, its runs are left out with a warning.
    pub fn shared_facts(&self, plan: &Plan, extra: &[Event]) -> Result<SharedFacts, CliError> {
        let (facts, busy) = self.shared_facts_waiting(plan, extra, STATE_DB_WAIT)?;
        self.warn_busy(busy);
        Ok(facts)
    }

    /// [`Context::shared_facts`], returning the database error instead of warning.
    pub fn shared_facts_waiting(
        &self,
        plan: &Plan,
        extra: &[Event],
        wait: Duration,
    ) -> Result<(SharedFacts, Option<StateDbError>), CliError> {
        let reading = self.fact_sources().shared(plan, extra, wait)?;
        self.warn_all(&reading.warnings);
        Ok((reading.facts, reading.busy))
    }

    /// The completion history the guard reads, with a warning per row or issue
    /// that cannot be read (see [`FactSources::completion_history`]).
    pub fn completion_history(
        &self,
    ) -> Result<(Vec<crate::guard::EarlierFeature>, Vec<String>), CliError> {
        self.fact_sources().completion_history()
    }

    /// The trackers the plan's links need (see [`TrackerFactory::for_plan`]).
    pub fn trackers_for(&self, plan: &Plan) -> TrackerSet {
        self.trackers().for_plan(plan)
    }

    /// The tracker of one kind, with its credentials.
    pub fn tracker(&self, kind: TrackerKind) -> Result<Arc<dyn Tracker>, CliError> {
        self.trackers().tracker(kind)
    }

    /// The Jira tracker, with credentials.
    pub fn jira(&self) -> Result<JiraTracker, CliError> {
        crate::tracker::jira::module::build(&self.trackers())
    }

    /// The configured Jira site, or why there is none.
    pub fn jira_site(&self) -> Result<JiraSite, crate::tracker::jira::NoJiraSite> {
        crate::tracker::jira::site(&self.trackers())
    }

    /// The OS keyring (or its absence).
    pub fn keyring(&self) -> Keyring {
        self.trackers().keyring()
    }

    /// How the engine plans, from the configuration; `repair` for `sync`.
    pub fn plan_options(&self, repair: bool) -> crate::engine::PlanOptions<'_> {
        let shared = &self.config.sync;
        crate::engine::PlanOptions {
            labels: &shared.labels,
            create_labels: shared.create_labels_if_missing,
            milestone_progress: shared.milestone_progress,
            workflows: crate::tracker::registry::all()
                .iter()
                .filter_map(|m| Some((m.kind(), m.workflow(&self.config)?)))
                .collect(),
            repair,
            project: crate::tracker::github::config::project(&self.config),
            agent: Some(&self.agent),
        }
    }

    /// Serializes convergence in this repository (PRODUCT §8): waits for any other
    /// writing run, saying so on stderr when that takes a while.
    pub fn lock(&self) -> Result<crate::lock::RepoLock, CliError> {
        if let Some(url) = &self.config.coordination.redis_url {
            return crate::lock::RepoLock::acquire_redis(url, &self.coordination_scope(), || {
                self.ui.note("waiting for another gh-debussy-sync run on this repository to finish (Redis lock)…")
            })
            .map_err(|e| {
                CliError::new(exit::FAILURE, format!("cannot lock: {e}"))
                    .hint("check that Redis is running and coordination.redis_url is right")
            });
        }
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

    /// What names this repository among every runner sharing Redis: its GitHub
    /// repository when known (in lowercase, as GitHub compares it), else its
    /// root directory.
    pub fn coordination_scope(&self) -> String {
        self.repo()
            .map(|r| r.canonical().to_string())
            .unwrap_or_else(|| self.root.display().to_string())
    }

    /// A single-threaded runtime: the work is I/O, run concurrently on one thread.
    pub fn runtime(&self) -> Result<tokio::runtime::Runtime, CliError> {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| CliError::new(exit::FAILURE, format!("cannot start the runtime: {e}")))
    }

    fn warn_all(&self, warnings: &[String]) {
        for w in warnings {
            self.ui.warn(w);
        }
    }

    /// Debussy's database stayed locked: say that its runs are left out.
    fn warn_busy(&self, busy: Option<StateDbError>) {
        if let Some(e) = busy {
            self.ui.warn(&format!(
                "{e}; its runs are not taken into account this time"
            ));
        }
    }
}
