//! The trackers this build knows: each is one module under `src/tracker/` that
//! declares its [`TrackerKind`] and implements [`TrackerModule`]; this list is
//! the one place that names them all.

use crate::config::{Config, ConfigError, EnvOverrides, SectionReader, TrackerSection};
use crate::context::TrackerFactory;
use crate::error::CliError;
use crate::refs::{IssueRef, RefScope, RefShape, RepoRef, TrackerKind};
use std::sync::Arc;

/// What the rest of the program asks of a kind of tracker, beyond the
/// [`Tracker`](super::Tracker) it builds.
pub trait TrackerModule: Sync {
    /// Its name, title and reference shape.
    fn kind(&self) -> TrackerKind;

    /// Other names `name#12` may use (`gh` for GitHub).
    fn aliases(&self) -> &'static [&'static str] {
        &[]
    }

    /// How its references are written, for hints (`#12`, `owner/repo#12`).
    fn reference_forms(&self) -> &'static [&'static str];

    /// For a key-shaped kind: the key `text` names (`PROJ-7`, or its browse URL),
    /// as stored.
    fn key(&self, _text: &str) -> Option<String> {
        None
    }

    /// The repository bare numbers of this kind resolve to when a plan names none
    /// (`github.repo`).
    fn configured_repo(&self, _config: &Config) -> Option<RepoRef> {
        None
    }

    /// Where `plan publish` creates issues of this kind for a plan whose
    /// references resolve with `scope`: the plan's repository, or the tracker's one
    /// space.
    fn publish_space(&self, _config: &Config, scope: &RefScope) -> Option<super::Space> {
        let kind = self.kind();
        match kind.shape() {
            RefShape::Repo => scope
                .repo(kind)
                .map(|r| super::Space::Repo(kind, r.clone())),
            RefShape::Number => Some(super::Space::Whole(kind)),
            RefShape::Key => None,
        }
    }

    /// Whether its trackers read every dependency at once from files of this
    /// repository (`DependencyLinks::all_dependencies`): read before any walk
    /// of the graph, since they may link issues of other trackers. Others are
    /// not built for that (building one may ask for credentials).
    fn dependencies_in_files(&self) -> bool {
        false
    }

    /// The links this kind keeps in its own issue files (the local tracker's front
    /// matter): each issue with the issues on other trackers it mirrors.
    fn issue_file_links(
        &self,
        _root: &std::path::Path,
        _scope: &RefScope,
    ) -> Result<Vec<(IssueRef, Vec<IssueRef>)>, String> {
        Ok(Vec::new())
    }

    /// A label as this kind holds it (Jira: no spaces). Field sync compares labels
    /// in the form both ends of a link hold them.
    fn label_as_held(&self, label: &str) -> String {
        label.to_string()
    }

    /// A body as this kind holds it (Jira: Markdown as its markup reads back).
    /// Field sync compares bodies in the form both ends of a link hold them.
    fn body_as_held(&self, body: &str) -> String {
        body.to_string()
    }

    /// Adds or removes the link to `other` in `issue`'s own file; `None` when this
    /// kind keeps no links in its issues (the pair goes to `.debussy/links.yaml`).
    fn edit_issue_link(
        &self,
        _root: &std::path::Path,
        _issue: &IssueRef,
        _other: &IssueRef,
        _add: bool,
    ) -> Option<Result<(), String>> {
        None
    }

    /// The web root this kind is configured at when it is not the default forge's
    /// (`git.example.com`, `example.com/gitea`), lowercase, without scheme: issue
    /// URLs there, and an `origin` on that host, are this kind's.
    fn configured_host(&self, _config: &Config) -> Option<String> {
        None
    }

    /// The environment variables it reads (its URL, its token): the process
    /// environment is read once, these among it.
    fn env_vars(&self) -> &'static [&'static str] {
        &[]
    }

    /// Its own section of `.debussy/config.yaml` (named as the tracker), or
    /// `None` when it has none.
    fn section(&self) -> Option<&'static Section> {
        None
    }

    /// What its configuration says about where it is, for `config detect`: its
    /// platforms' web roots and its repository.
    fn claims(&self, _config: &Config) -> Vec<crate::detect::Claim> {
        Vec::new()
    }

    /// Its section in the file `config init` writes, with `repo` (found by
    /// `config detect`) written in; `None` to leave it out.
    fn config_template(&self, _config: &Config, _repo: Option<&str>) -> Option<String> {
        None
    }

    /// A web host its references may leave implicit (`GH_HOST` for the default
    /// forge): `ghe.corp/o/r#1` and `o/r#1` are then one issue, spelled the short way.
    fn implicit_host(&self, _config: &Config) -> Option<String> {
        None
    }

    /// Where a person sees `issue` (its web page, or its file for the local
    /// tracker), from the configuration alone.
    fn issue_url(&self, _config: &Config, _issue: &IssueRef) -> Option<String> {
        None
    }

    /// Why this tracker is turned off or not set up, if it is: its issues are
    /// skipped with this reason, and it is never contacted.
    fn off(&self, _f: &TrackerFactory) -> Option<String> {
        None
    }

    /// Whether its section closes its issues when their plan is complete even
    /// when the completion did not ask (`gitea.auto_close`).
    fn auto_close(&self, _config: &Config) -> bool {
        false
    }

    /// The variable that holds its token (`GH_TOKEN`), for hints; `None` for a
    /// tracker without credentials, which `auth` does not offer.
    fn token_variable(&self) -> Option<&'static str> {
        None
    }

    /// The keyring account `auth login` stores a token under, from its options
    /// and the configuration; checked before the token is read.
    fn login_account(&self, _f: &TrackerFactory, _o: &LoginOptions) -> Result<String, CliError> {
        Err(CliError::input(format!(
            "{} has no credentials to store",
            self.kind().title()
        )))
    }

    /// Saves what a login needs besides the token (Jira's site and email).
    fn save_login(&self, _f: &TrackerFactory, _o: &LoginOptions) -> Result<(), CliError> {
        Ok(())
    }

    /// The keyring account `auth logout` removes, and forgets what
    /// [`save_login`](Self::save_login) saved.
    fn logout_account(&self, f: &TrackerFactory, o: &LoginOptions) -> Result<String, CliError> {
        self.login_account(f, o)
    }

    /// `auth status`: where the tracker is and where its token comes from.
    fn credential_status(&self, _f: &TrackerFactory) -> Option<CredentialStatus> {
        None
    }

    /// `doctor`: its line (reachable, credentials valid), or `None` when there is
    /// nothing to check; `linked` says whether some plan links its issues.
    fn doctor(
        &self,
        _f: &TrackerFactory,
        _linked: bool,
        _rt: &tokio::runtime::Runtime,
    ) -> Option<Health> {
        None
    }

    /// Its workflow settings, for a tracker whose issues move through a workflow.
    fn workflow<'c>(&self, _config: &'c Config) -> Option<crate::engine::Workflow<'c>> {
        None
    }

    /// The error of an `issue` command about `issue`, which the tracker does not
    /// have, when the tracker can say more than "not found" (paths shown relative
    /// to `cwd`).
    fn not_found(
        &self,
        _f: &TrackerFactory,
        _issue: &IssueRef,
        _cwd: &std::path::Path,
    ) -> Option<CliError> {
        None
    }

    /// Whether its section's `dry_run` keeps its operations planned.
    fn dry_run(&self, config: &Config) -> bool;

    /// The tracker, with its credentials.
    fn build(&self, f: &TrackerFactory) -> Result<Arc<dyn super::Tracker>, CliError>;
}

/// What references resolve against from the configuration alone: each kind's
/// configured repository and web host (`origin` is added by the plans).
pub fn configured_scope(config: &Config) -> RefScope {
    let mut scope = RefScope::default();
    for module in ALL {
        if let Some(repo) = module.configured_repo(config) {
            scope.set_repo(module.kind(), repo);
        }
        if let Some(host) = module.configured_host(config) {
            scope.hosts.push((host, module.kind()));
        }
    }
    scope
}

/// A section as a tracker's module keeps it.
pub type SectionBox = Arc<dyn TrackerSection>;

/// A tracker's section of `.debussy/config.yaml`, as its module reads it.
pub struct Section {
    /// Its keys.
    pub keys: &'static [&'static str],
    /// Reads it from the file.
    pub read: fn(&SectionReader<'_>) -> Result<Arc<dyn TrackerSection>, ConfigError>,
    /// It with the environment over it (`GITEA_URL`), or `None` when the
    /// environment says nothing.
    pub with_env: fn(&Config, &EnvOverrides) -> Result<Option<SectionBox>, ConfigError>,
    /// What `config show` prints of it.
    pub show: fn(&Config) -> Option<serde_json::Value>,
}

/// The options of `auth login|logout`, as given.
#[derive(Debug, Clone, Default)]
pub struct LoginOptions {
    pub url: Option<String>,
    pub email: Option<String>,
    pub auth_type: Option<String>,
    pub hostname: Option<String>,
}

/// One line of `auth status`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct CredentialStatus {
    /// The host or site, `-` when none is configured.
    pub target: String,
    /// Where the token comes from (`GH_TOKEN`, `gh auth token`, `keyring`, …).
    pub token_source: Option<String>,
    pub detail: Option<String>,
}

/// How a `doctor` check went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum HealthStatus {
    Ok,
    Warn,
    Fail,
}

/// A tracker's line in `doctor`: reachable, credentials valid, what to do.
#[derive(Debug, Clone)]
pub struct Health {
    pub status: HealthStatus,
    pub message: String,
    pub hint: Option<String>,
}

impl Health {
    pub fn new(status: HealthStatus, message: impl Into<String>) -> Health {
        Health {
            status,
            message: message.into(),
            hint: None,
        }
    }

    /// A failure that says what to do.
    pub fn hint(mut self, hint: impl Into<String>) -> Health {
        self.hint = Some(hint.into());
        self
    }

    /// A tracker that could not be built, as its error says.
    pub fn from_error(e: &CliError) -> Health {
        Health {
            status: HealthStatus::Fail,
            message: e.message.clone(),
            hint: e.hint.clone(),
        }
    }
}

/// Every tracker of this build. The first repository-shaped one is the default
/// forge: an unqualified `owner/repo#12` on an unknown host is its issue.
static ALL: &[&dyn TrackerModule] = &[
    &super::github::MODULE,
    &super::jira::MODULE,
    &super::local::MODULE,
    &super::gitea::MODULE,
];

pub fn all() -> &'static [&'static dyn TrackerModule] {
    ALL
}

/// Every kind, in registration order.
pub fn kinds() -> impl Iterator<Item = TrackerKind> {
    ALL.iter().map(|m| m.kind())
}

/// The names of every kind, for messages.
pub fn names() -> Vec<&'static str> {
    kinds().map(TrackerKind::as_str).collect()
}

/// The kind named `name` or one of its aliases, in any case.
pub fn named(name: &str) -> Option<TrackerKind> {
    let name = name.trim().to_ascii_lowercase();
    ALL.iter()
        .find(|m| m.kind().as_str() == name || m.aliases().contains(&name.as_str()))
        .map(|m| m.kind())
}

/// The module of `kind`.
pub fn module(kind: TrackerKind) -> &'static dyn TrackerModule {
    ALL.iter()
        .copied()
        .find(|m| m.kind() == kind)
        .unwrap_or(ALL[0])
}

/// Every name and alias `name#12` may use.
pub fn aliases() -> impl Iterator<Item = &'static str> {
    ALL.iter()
        .flat_map(|m| std::iter::once(m.kind().as_str()).chain(m.aliases().iter().copied()))
}

/// The place `text` names for the `issue` commands: a tracker with one space
/// (`local`), `owner/repo` (the platform of `origin`, else the default forge),
/// `gitea:owner/repo`, or a project
/// key (`PROJ`) of a key-shaped tracker.
pub fn space(text: &str, scope: &RefScope) -> Option<super::Space> {
    use super::Space;
    let text = text.trim();
    if let Some(kind) = kinds().find(|k| k.shape() == RefShape::Number && k.as_str() == text) {
        return Some(Space::Whole(kind));
    }
    if let Some((qualifier, path)) = text.split_once(':') {
        let kind = named(qualifier).filter(|k| k.shape() == RefShape::Repo)?;
        return RepoRef::parse(path).map(|repo| Space::Repo(kind, repo));
    }
    if let Some(repo) = RepoRef::parse(text) {
        return Some(Space::Repo(scope.forge(), repo));
    }
    let project_like = text.len() >= 2
        && text.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && text
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
    let keyed = kinds().find(|k| k.shape() == RefShape::Key)?;
    project_like.then(|| Space::Project(keyed, text.to_string()))
}

/// The first repository-shaped kind.
pub fn default_forge() -> TrackerKind {
    kinds()
        .find(|k| k.shape() == RefShape::Repo)
        .unwrap_or_else(|| ALL[0].kind())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_tracker_says_where_its_issues_are_seen() {
        let config = crate::config::parse(
            "jira:\n  url: https://acme.atlassian.net/\ngitea:\n  url: https://example.com/gitea\n",
            "c",
        )
        .expect("config");
        let url = |text: &str| {
            let issue = IssueRef::parse_qualified(text).expect("reference");
            module(issue.tracker()).issue_url(&config, &issue)
        };
        assert_eq!(
            url("acme/widgets#12").as_deref(),
            Some("https://github.com/acme/widgets/issues/12")
        );
        assert_eq!(
            url("ghe.corp/acme/widgets#3").as_deref(),
            Some("https://ghe.corp/acme/widgets/issues/3")
        );
        assert_eq!(
            url("gitea:acme/widgets#10").as_deref(),
            Some("https://example.com/gitea/acme/widgets/issues/10")
        );
        assert_eq!(
            url("PROJ-7").as_deref(),
            Some("https://acme.atlassian.net/browse/PROJ-7")
        );
        assert_eq!(url("local#3").as_deref(), Some(".debussy/issues/3.md"));
        let bare = crate::config::Config::default();
        let issue = IssueRef::parse_qualified("PROJ-7").expect("reference");
        assert_eq!(module(issue.tracker()).issue_url(&bare, &issue), None);
    }

    #[test]
    fn names_and_aliases_find_their_kind_and_an_unknown_one_is_said() {
        assert_eq!(named("GH").map(TrackerKind::as_str), Some("github"));
        assert_eq!(named("forgejo").map(TrackerKind::as_str), Some("gitea"));
        let e = "gitlab".parse::<TrackerKind>().unwrap_err();
        assert_eq!(
            e,
            "unknown tracker 'gitlab' (this build knows github, jira, local, gitea)"
        );
    }
}
