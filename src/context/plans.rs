//! Where the plans are: the repository root, its master plans (found once), which
//! one a command means (`--plan`, else Debussy's current run, else the only one),
//! and the repository a bare `#12` refers to (`github.repo`, else the `origin`
//! remote, asked of git once).

use crate::debussy::StateDb;
use crate::error::CliError;
use crate::plan::{self, Plan};
use crate::refs::{IssueRef, RefScope, RepoRef};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use super::facts::STATE_DB_WAIT;

/// The repository's plans, as seen from the directory a command runs in.
#[derive(Debug)]
pub struct Plans {
    cwd: PathBuf,
    root: PathBuf,
    /// The configured repositories and web hosts of each kind (`github.repo`,
    /// `gitea.url`, …).
    configured: RefScope,
    /// `github.host` (`GH_HOST`), which references may leave implicit.
    host: Option<String>,
    master_plans: OnceLock<Vec<PathBuf>>,
    scope: OnceLock<RefScope>,
}

/// The other master plans that link an issue a plan links, and a warning per
/// plan that could not be read to find out.
#[derive(Debug, Default)]
pub struct Sharing {
    pub plans: Vec<Plan>,
    pub warnings: Vec<String>,
}

impl Plans {
    /// The plans of the repository at `root`, for a command run in `cwd`, with the
    /// configured repositories and hosts and the default forge's host.
    pub fn new(cwd: PathBuf, root: PathBuf, configured: RefScope, host: Option<String>) -> Plans {
        Plans {
            cwd,
            root,
            configured,
            host,
            master_plans: OnceLock::new(),
            scope: OnceLock::new(),
        }
    }

    /// The repository root.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Every master plan in the repository (found on first use).
    pub fn master_plans(&self) -> &[PathBuf] {
        self.master_plans
            .get_or_init(|| plan::discover_master_plans(&self.root))
    }

    /// [`Plans::master_plans`] as keys (paths relative to the root).
    pub fn master_plan_keys(&self) -> Vec<String> {
        self.master_plans()
            .iter()
            .map(|p| plan::relative_path(&self.root, p))
            .collect()
    }

    /// The master plan: `--plan`, else Debussy's current run, else the only one.
    pub fn resolve(&self, arg: Option<&Path>) -> Result<PathBuf, CliError> {
        if let Some(p) = arg {
            let path = self.cwd.join(p);
            if !path.is_file() {
                return Err(CliError::input(format!("plan {} not found", p.display()))
                    .hint("pass the path of a master plan (MASTER_PLAN.md)"));
            }
            return Ok(path);
        }
        if let Some(key) = self.current_run_plan() {
            return Ok(self.root.join(key));
        }
        match self.master_plans() {
            [one] => Ok(one.clone()),
            [] => Err(CliError::input("no master plan found in this repository")
                .hint("pass one with --plan PATH (a MASTER_PLAN.md or *-MASTER_PLAN.md file)")),
            many => Err(
                CliError::input(format!("{} master plans found", many.len())).hint(format!(
                    "choose one with --plan: {}",
                    self.master_plan_keys().join(", ")
                )),
            ),
        }
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

    /// Loads and parses the plan as far as it can be read, its references spelled
    /// the one way this repository spells them.
    pub fn load(&self, arg: Option<&Path>) -> Result<Plan, CliError> {
        let path = self.resolve(arg)?;
        let mut plan = plan::load_plan(&self.root, &path, self.scope())?;
        for link in &mut plan.links {
            link.issue = self.canonical(link.issue.clone());
        }
        for (_, repo) in &mut plan.refs.repos {
            *repo = repo.clone().on_default_host(self.default_host());
        }
        Ok(plan)
    }

    /// The repository's other master plans that link at least one issue `plan`
    /// links: an issue's desired state comes from every plan that links it. A plan
    /// that cannot be read is left out with a warning.
    pub fn sharing_issues(&self, plan: &Plan) -> Sharing {
        let mut sharing = Sharing::default();
        for path in self.master_plans() {
            if plan::relative_path(&self.root, path) == plan.key {
                continue;
            }
            match self.load(Some(path)) {
                Ok(other) => {
                    if other
                        .links
                        .iter()
                        .any(|o| plan.links.iter().any(|l| l.issue == o.issue))
                    {
                        sharing.plans.push(other);
                    }
                }
                Err(e) => sharing.warnings.push(format!(
                    "{}; issues it may share with {} follow {} alone",
                    e.message, plan.key, plan.key
                )),
            }
        }
        sharing
    }

    /// The configured GitHub host (`GH_HOST`), which references may leave implicit.
    pub fn default_host(&self) -> Option<&str> {
        self.host.as_deref()
    }

    /// One repository, one identity: a reference on the configured host is spelled
    /// without it, however it was written.
    pub fn canonical(&self, issue: IssueRef) -> IssueRef {
        issue.on_default_host(self.default_host())
    }

    /// What references resolve against: the configured repositories and hosts,
    /// and the `origin` remote (asked of git once) for its platform's repository
    /// when none is configured.
    pub fn scope(&self) -> &RefScope {
        self.scope.get_or_init(|| {
            let mut scope = self.configured.clone();
            let origin = crate::detect::origin_url(&self.root)
                .and_then(|url| crate::refs::Remote::parse(&url));
            if let Some(remote) = origin {
                let (kind, repo) = scope.origin_repo(&remote);
                scope.origin = Some(kind);
                if let (None, Some(repo)) = (scope.repo(kind), repo) {
                    scope.set_repo(kind, repo.on_default_host(self.default_host()));
                }
            }
            scope
        })
    }

    /// The default forge's repository: `github.repo`, else the `origin` remote.
    pub fn default_repo(&self) -> Option<RepoRef> {
        self.scope()
            .repo(crate::tracker::registry::default_forge())
            .cloned()
    }
}

/// The repository root: the nearest ancestor of `cwd` with `.debussy/` or `.git`.
pub fn find_root(cwd: &Path) -> PathBuf {
    cwd.ancestors()
        .find(|d| d.join(".debussy").is_dir() || d.join(".git").exists())
        .unwrap_or(cwd)
        .to_path_buf()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::testing::{master, plans, repo};

    #[test]
    fn discovery_finds_master_plans_and_skips_hidden_and_build_folders() {
        let dir = repo(&[
            ("plans/a/MASTER_PLAN.md", &master("local#1")),
            ("plans/b/widgets-MASTER_PLAN.md", &master("local#2")),
            ("plans/b/phase-1.md", "# Phase 1\n"),
            (".debussy/old/MASTER_PLAN.md", &master("local#3")),
            ("target/MASTER_PLAN.md", &master("local#4")),
        ]);
        assert_eq!(
            plans(&dir).master_plan_keys(),
            ["plans/a/MASTER_PLAN.md", "plans/b/widgets-MASTER_PLAN.md"]
        );
    }

    #[test]
    fn the_only_master_plan_is_chosen_without_plan() {
        let dir = repo(&[("plans/a/MASTER_PLAN.md", &master("local#1"))]);
        let path = plans(&dir).resolve(None).expect("the only plan");
        assert_eq!(path, dir.path().join("plans/a/MASTER_PLAN.md"));
    }

    #[test]
    fn several_master_plans_ask_for_plan_and_name_them() {
        let dir = repo(&[
            ("plans/a/MASTER_PLAN.md", &master("local#1")),
            ("plans/b/MASTER_PLAN.md", &master("local#2")),
        ]);
        let e = plans(&dir).resolve(None).expect_err("ambiguous");
        assert_eq!(e.code, crate::error::exit::INPUT);
        assert_eq!(e.message, "2 master plans found");
        assert_eq!(
            e.hint.as_deref(),
            Some("choose one with --plan: plans/a/MASTER_PLAN.md, plans/b/MASTER_PLAN.md")
        );
    }

    #[test]
    fn no_master_plan_is_an_input_error() {
        let dir = repo(&[]);
        let e = plans(&dir).resolve(None).expect_err("none");
        assert_eq!(e.code, crate::error::exit::INPUT);
        assert_eq!(e.message, "no master plan found in this repository");
    }

    #[test]
    fn plan_resolves_against_the_working_directory() {
        let dir = repo(&[("plans/a/MASTER_PLAN.md", &master("local#1"))]);
        let plans = Plans::new(
            dir.path().join("plans"),
            dir.path().into(),
            RefScope::default(),
            None,
        );
        assert_eq!(
            plans
                .resolve(Some(Path::new("a/MASTER_PLAN.md")))
                .expect("found"),
            dir.path().join("plans/a/MASTER_PLAN.md")
        );
        let e = plans
            .resolve(Some(Path::new("b/MASTER_PLAN.md")))
            .expect_err("missing");
        assert_eq!(e.message, "plan b/MASTER_PLAN.md not found");
    }

    #[test]
    fn plans_sharing_an_issue_are_found_and_others_are_not() {
        let dir = repo(&[
            ("plans/a/MASTER_PLAN.md", &master("local#1, local#2")),
            ("plans/b/MASTER_PLAN.md", &master("local#2")),
            ("plans/c/MASTER_PLAN.md", &master("local#3")),
        ]);
        let plans = plans(&dir);
        let a = plans
            .load(Some(&dir.path().join("plans/a/MASTER_PLAN.md")))
            .expect("plan a");
        assert_eq!(a.links[0].issue.tracker(), crate::tracker::local::KIND);
        let sharing = plans.sharing_issues(&a);
        let keys: Vec<&str> = sharing.plans.iter().map(|p| p.key.as_str()).collect();
        assert_eq!(keys, ["plans/b/MASTER_PLAN.md"]);
        assert!(sharing.warnings.is_empty(), "{:?}", sharing.warnings);
    }

    #[test]
    fn the_configured_repository_comes_before_the_origin_remote() {
        let dir = repo(&[]);
        let repo = RepoRef::parse("acme/widgets").expect("repo");
        let plans = Plans::new(
            dir.path().into(),
            dir.path().into(),
            RefScope::forge_repo(Some(&repo)),
            None,
        );
        assert_eq!(plans.default_repo(), Some(repo));
    }

    #[test]
    fn the_root_is_the_nearest_folder_with_debussy_or_git() {
        let dir = repo(&[("plans/a/MASTER_PLAN.md", &master("local#1"))]);
        assert_eq!(find_root(&dir.path().join("plans/a")), dir.path());
    }
}
