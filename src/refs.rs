//! Issue references: the one strict grammar for every way a plan, a flag or a user
//! can name an issue.
//!
//! Debussy had three regex families that disagreed about the same text; here every
//! reference goes through [`parse_reference`] and is stored fully qualified, so
//! `#10` in one repository can never be mistaken for `#10` in another.

use crate::tracker::registry;
use std::fmt;

/// Which list a reference was written in; decides how a bare number resolves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListKind {
    /// One tracker's list (`**GitHub Issues:**`, `gitea_issues`, `**Jira Issues:**`):
    /// bare numbers and unqualified `owner/repo#N` belong to that tracker; references
    /// into another tracker are refused.
    Of(TrackerKind),
    /// `**Issues:**` / `issues` or a command-line argument: any explicit form.
    Mixed,
}

impl ListKind {
    /// Whether a reference into `kind` may stand in this list.
    fn admits(self, kind: TrackerKind) -> bool {
        match self {
            ListKind::Of(own) => own == kind,
            ListKind::Mixed => true,
        }
    }
}

/// How a tracker names its issues.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RefShape {
    /// A number in a repository: `owner/repo#12` (GitHub, Gitea).
    Repo,
    /// A project key: `PROJ-12` (Jira).
    Key,
    /// A number in the repository's own tracker: `local#3`.
    Number,
}

/// A kind of tracker, as references and reports name it. Each kind is declared by
/// its module under `src/tracker/` and listed once in `tracker::registry`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TrackerKind {
    name: &'static str,
    title: &'static str,
    qualifier: Option<&'static str>,
    shape: RefShape,
}

impl TrackerKind {
    /// A kind named `name` (`gitea`: reports, config section, `gitea_issues`),
    /// `title` (`Gitea`: messages, `**Gitea Issues:**`), whose references are
    /// shaped `shape` and, when `qualifier` is set, written with it (`gitea:o/r#1`,
    /// `local#1`).
    pub const fn new(
        name: &'static str,
        title: &'static str,
        qualifier: Option<&'static str>,
        shape: RefShape,
    ) -> TrackerKind {
        TrackerKind {
            name,
            title,
            qualifier,
            shape,
        }
    }

    pub fn as_str(self) -> &'static str {
        self.name
    }

    /// The name people read: `GitHub`, `Gitea`.
    pub fn title(self) -> &'static str {
        self.title
    }

    pub fn shape(self) -> RefShape {
        self.shape
    }

    /// What its qualified references start with (`gitea` of `gitea:o/r#1`).
    pub fn qualifier(self) -> Option<&'static str> {
        self.qualifier
    }
}

impl fmt::Display for TrackerKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name)
    }
}

impl serde::Serialize for TrackerKind {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name)
    }
}

impl std::str::FromStr for TrackerKind {
    type Err = String;

    /// A kind this build knows, by name or alias (`gh`); the error names them all.
    fn from_str(text: &str) -> Result<TrackerKind, String> {
        registry::named(text).ok_or_else(|| {
            format!(
                "unknown tracker '{text}' (this build knows {})",
                registry::names().join(", ")
            )
        })
    }
}

/// What bare numbers, unqualified repositories and issue URLs resolve against.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RefScope {
    /// The repository of each repository-shaped kind: a plan's `**GitHub Repo:**`,
    /// `github.repo`, or `origin` on that platform's host.
    pub repos: Vec<(TrackerKind, RepoRef)>,
    /// Web hosts that belong to a kind other than the default forge (the configured
    /// Gitea host), lowercase.
    pub hosts: Vec<(String, TrackerKind)>,
    /// The platform of `origin`: a bare `#12` in a mixed list is its issue.
    pub origin: Option<TrackerKind>,
}

impl RefScope {
    /// A scope with one repository of the default forge (GitHub): what commands
    /// and tests that know only a GitHub repository resolve against.
    pub fn forge_repo(repo: Option<&RepoRef>) -> RefScope {
        RefScope {
            repos: repo
                .map(|r| vec![(registry::default_forge(), r.clone())])
                .unwrap_or_default(),
            ..RefScope::default()
        }
    }

    /// The repository of `kind`, if known.
    pub fn repo(&self, kind: TrackerKind) -> Option<&RepoRef> {
        self.repos.iter().find(|(k, _)| *k == kind).map(|(_, r)| r)
    }

    /// Sets the repository of `kind` (a plan's own `**Gitea Repo:**` wins).
    pub fn set_repo(&mut self, kind: TrackerKind, repo: RepoRef) {
        self.repos.retain(|(k, _)| *k != kind);
        self.repos.push((kind, repo));
    }

    /// The platform of an `origin` remote and its repository there: the kind
    /// configured at the remote's host (its sub-path, if any, taken off the remote's
    /// path), else the default forge with the host kept.
    pub fn origin_repo(&self, remote: &Remote) -> (TrackerKind, Option<RepoRef>) {
        let configured = self.hosts.iter().find(|(h, _)| {
            let host = h.split('/').next().unwrap_or(h);
            host.eq_ignore_ascii_case(&remote.host)
                || host.split(':').next() == Some(remote.host.as_str())
        });
        let two_parts = |path: &str| RepoRef::parse(path).filter(|_| path.split('/').count() == 2);
        match configured {
            Some((root, kind)) => {
                let path = match root.split_once('/') {
                    Some((_, prefix)) => remote
                        .path
                        .strip_prefix(&format!("{prefix}/"))
                        .unwrap_or(&remote.path),
                    None => &remote.path,
                };
                (*kind, two_parts(path))
            }
            None => {
                let repo = two_parts(&remote.path).map(|mut r| {
                    r.host = normalize_host(&remote.host);
                    r
                });
                (registry::default_forge(), repo)
            }
        }
    }

    /// The kind whose web host is `host`, if it is not the default forge's.
    fn kind_of_host(&self, host: &str) -> Option<TrackerKind> {
        self.hosts
            .iter()
            .find(|(h, _)| h.eq_ignore_ascii_case(host))
            .map(|(_, k)| *k)
    }

    /// The repository-shaped kind an unqualified `owner/repo` belongs to: the
    /// platform of `origin` when it is one, else the default forge.
    pub fn forge(&self) -> TrackerKind {
        self.numbered_kind(ListKind::Mixed)
            .unwrap_or_else(registry::default_forge)
    }

    /// The repository `value` of a `**Gitea Repo:**`-style line names for `kind`:
    /// `owner/repo`, or a URL of it (on the configured host, its sub-path taken
    /// off and its host left implicit).
    pub fn repo_named(&self, kind: TrackerKind, value: &str) -> Option<RepoRef> {
        if let Some(repo) = RepoRef::parse(value) {
            return Some(repo);
        }
        let remote = Remote::parse(value)?;
        match self.origin_repo(&remote) {
            (found, repo) if found == kind => repo,
            (_, repo) if kind == registry::default_forge() => repo,
            _ => None,
        }
    }

    /// The repository-shaped kind a bare `#12` in `list` belongs to.
    fn numbered_kind(&self, list: ListKind) -> Option<TrackerKind> {
        let kind = match list {
            ListKind::Of(kind) => kind,
            ListKind::Mixed => self.origin.unwrap_or_else(registry::default_forge),
        };
        (kind.shape == RefShape::Repo).then_some(kind)
    }
}

/// A GitHub repository, optionally on a GitHub Enterprise host.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RepoRef {
    /// `None` means the configured host (github.com unless `GH_HOST` says otherwise).
    pub host: Option<String>,
    pub owner: String,
    pub name: String,
}

impl RepoRef {
    /// Parses `owner/repo` (each part: letters, digits, `-`, `_`, `.`).
    pub fn parse(text: &str) -> Option<RepoRef> {
        let (owner, name) = text.trim().split_once('/')?;
        let name = name.strip_suffix(".git").unwrap_or(name);
        if valid_repo_part(owner) && valid_repo_part(name) {
            Some(RepoRef {
                host: None,
                owner: owner.to_string(),
                name: name.to_string(),
            })
        } else {
            None
        }
    }

    /// Reads the repository out of a git remote URL (`https://github.com/o/r.git`,
    /// `git@github.com:o/r.git`, `ssh://git@host/o/r`); `None` for a path with more
    /// than two segments (a GitLab subgroup is no GitHub repository).
    pub fn from_remote_url(url: &str) -> Option<RepoRef> {
        let remote = Remote::parse(url)?;
        let mut repo = RepoRef::parse(&remote.path)?;
        repo.host = normalize_host(&remote.host);
        Some(repo)
    }

    /// The same repository spelled one way: GitHub and Gitea compare owners,
    /// names and hosts without regard to case.
    pub fn canonical(&self) -> RepoRef {
        RepoRef {
            host: self.host.as_ref().map(|h| h.to_ascii_lowercase()),
            owner: self.owner.to_ascii_lowercase(),
            name: self.name.to_ascii_lowercase(),
        }
    }
}

/// A git remote URL taken apart: `https://host/o/r(.git)`, `git@host:o/r(.git)`,
/// `ssh://git@host:2222/o/r`, with GitLab-style subgroups (`group/sub/proj`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Remote {
    /// Lowercase; a web URL keeps its port (it is part of the web host), an ssh
    /// URL does not (the ssh port says nothing about the web host).
    pub host: String,
    /// `owner/repo`, or `group/sub/…/proj`.
    pub path: String,
}

impl Remote {
    /// Parses a remote URL; `None` for a local path or anything without a host and
    /// at least two path segments.
    pub fn parse(url: &str) -> Option<Remote> {
        let url = url.trim();
        let (host, path) = if let Some(rest) = url
            .strip_prefix("https://")
            .or_else(|| url.strip_prefix("http://"))
        {
            let rest = rest.split_once('/')?;
            (strip_user(rest.0).to_string(), rest.1)
        } else if let Some(rest) = url
            .strip_prefix("ssh://")
            .or_else(|| url.strip_prefix("git://"))
        {
            let (authority, path) = rest.split_once('/')?;
            let host = strip_user(authority);
            (host.split(':').next().unwrap_or(host).to_string(), path)
        } else {
            // scp-like `user@host:path`; a Windows drive (`C:\…`) or a plain path is
            // not a remote.
            let (user_host, path) = url.split_once(':')?;
            if user_host.len() < 2 || user_host.contains('/') || path.starts_with('\\') {
                return None;
            }
            (strip_user(user_host).to_string(), path)
        };
        let path = path.trim_matches('/');
        let path = path.strip_suffix(".git").unwrap_or(path);
        let segments: Vec<&str> = path.split('/').collect();
        if host.is_empty() || segments.len() < 2 || segments.iter().any(|s| s.is_empty()) {
            return None;
        }
        Some(Remote {
            host: host.to_ascii_lowercase(),
            path: path.to_string(),
        })
    }
}

fn strip_user(authority: &str) -> &str {
    authority.rsplit_once('@').map_or(authority, |(_, h)| h)
}

impl RepoRef {
    /// This repository with `default_host` (the configured `GH_HOST`, if any) left
    /// implicit: `127.0.0.1:4743/acme/w` and `acme/w` are one repository when
    /// `GH_HOST=127.0.0.1:4743`, with one spelling.
    pub fn on_default_host(mut self, default_host: Option<&str>) -> RepoRef {
        if let (Some(host), Some(default)) = (&self.host, default_host) {
            if host.eq_ignore_ascii_case(default) {
                self.host = None;
            }
        }
        self
    }
}

impl IssueRef {
    /// See [`RepoRef::on_default_host`]; only the default forge's repositories
    /// have a configured host to leave implicit.
    pub fn on_default_host(self, default_host: Option<&str>) -> IssueRef {
        match self {
            IssueRef::Repo { kind, repo, number } if kind == registry::default_forge() => {
                IssueRef::Repo {
                    kind,
                    repo: repo.on_default_host(default_host),
                    number,
                }
            }
            other => other,
        }
    }
}

impl serde::Serialize for RepoRef {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl fmt::Display for RepoRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(host) = &self.host {
            write!(f, "{host}/")?;
        }
        write!(f, "{}/{}", self.owner, self.name)
    }
}

/// A fully qualified reference to one issue in one tracker.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IssueRef {
    /// A numbered issue of a repository (GitHub, Gitea).
    Repo {
        kind: TrackerKind,
        repo: RepoRef,
        number: u64,
    },
    /// An issue named by its key (Jira).
    Key { kind: TrackerKind, key: String },
    /// A numbered issue of a tracker with one space (local).
    Number { kind: TrackerKind, number: u64 },
}

impl IssueRef {
    /// The tracker that owns the issue.
    pub fn tracker(&self) -> TrackerKind {
        match self {
            IssueRef::Repo { kind, .. }
            | IssueRef::Key { kind, .. }
            | IssueRef::Number { kind, .. } => *kind,
        }
    }

    /// Parses the stored (fully qualified) form written by `Display`.
    pub fn parse_qualified(text: &str) -> Option<IssueRef> {
        parse_reference(text, ListKind::Mixed, &RefScope::default()).ok()
    }

    /// The same issue spelled one way, however it was typed: repositories in
    /// lowercase (`Acme/Widgets#12` is `acme/widgets#12`), keys in uppercase.
    pub fn canonical(&self) -> IssueRef {
        match self {
            IssueRef::Repo { kind, repo, number } => IssueRef::Repo {
                kind: *kind,
                repo: repo.canonical(),
                number: *number,
            },
            IssueRef::Key { kind, key } => IssueRef::Key {
                kind: *kind,
                key: key.to_ascii_uppercase(),
            },
            IssueRef::Number { .. } => self.clone(),
        }
    }
}

impl fmt::Display for IssueRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IssueRef::Repo { kind, repo, number } => match kind.qualifier {
                Some(q) => write!(f, "{q}:{repo}#{number}"),
                None => write!(f, "{repo}#{number}"),
            },
            IssueRef::Key { key, .. } => f.write_str(key),
            IssueRef::Number { kind, number } => {
                write!(f, "{}#{number}", kind.qualifier.unwrap_or(kind.name))
            }
        }
    }
}

/// Why a piece of text is not a reference; `Display` is the user-facing reason.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RefError {
    #[error("'{0}' is not an issue reference")]
    Unrecognized(String),
    #[error("'{text}' needs a repository: add **{} Repo:** to the plan, set {}.repo, or add an origin remote", kind.title, kind.name)]
    NoRepo { text: String, kind: TrackerKind },
    #[error("'{0}' is a bare number outside a repository's list; write #{0} or owner/repo#{0}")]
    AmbiguousNumber(String),
    #[error("'{text}' is not a {} key (expected KEY-123 or https://…/browse/KEY-123)", kind.title)]
    NotKey { text: String, kind: TrackerKind },
    /// Almost a reference: `locl#2`, `PROJ_12`.
    #[error("'{text}' is not an issue reference; did you mean {meant}?")]
    Resembles { text: String, meant: String },
}

/// The forms accepted, for hints: every tracker's, in registration order.
pub fn accepted_forms() -> String {
    registry::all()
        .iter()
        .flat_map(|m| m.reference_forms().iter().copied())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Parses one reference written in a list of kind `list`; bare and `#N` numbers,
/// unqualified repositories and issue URLs resolve against `scope`. Text that is
/// almost a reference says which reference it resembles.
pub fn parse_reference(text: &str, list: ListKind, scope: &RefScope) -> Result<IssueRef, RefError> {
    parse_exact(text, list, scope).map_err(|e| match &e {
        RefError::Unrecognized(t) | RefError::NotKey { text: t, .. } => resembled(t, list, scope)
            .map_or(e.clone(), |meant| RefError::Resembles {
                text: t.clone(),
                meant,
            }),
        _ => e,
    })
}

/// The reference `text` (which is none) was probably meant to be, in `list`: a
/// misspelled prefix (`locl#2`, `gihub#3`), a key with `_` or a space for its dash
/// (`PROJ_12`), an issue URL with `issue` for `issues`.
fn resembled(text: &str, list: ListKind, scope: &RefScope) -> Option<String> {
    let mut candidates = Vec::new();
    if let Some((prefix, n)) = text.split_once('#') {
        let prefix = prefix.to_ascii_lowercase();
        if !prefix.is_empty() && prefix.bytes().all(|b| b.is_ascii_alphabetic()) {
            // One typo: two would make `gitlab` read as `github`.
            let nearest =
                registry::aliases().find(|word| strsim::damerau_levenshtein(&prefix, word) <= 1);
            candidates.extend(nearest.map(|word| format!("{word}#{n}")));
        }
    }
    if let Some(at) = text.rfind(['_', ' ']) {
        candidates.push(format!("{}-{}", &text[..at], &text[at + 1..]));
    }
    if text.contains("/issue/") {
        candidates.push(text.replacen("/issue/", "/issues/", 1));
    }
    candidates.into_iter().find(|c| {
        matches!(
            parse_exact(c, list, scope),
            Ok(_) | Err(RefError::NoRepo { .. })
        )
    })
}

fn parse_exact(text: &str, list: ListKind, scope: &RefScope) -> Result<IssueRef, RefError> {
    let t = text.trim();
    let unrecognized = || RefError::Unrecognized(t.to_string());
    if t.is_empty() {
        return Err(unrecognized());
    }
    let admitted = |issue: IssueRef| {
        if list.admits(issue.tracker()) {
            Ok(issue)
        } else {
            Err(unrecognized())
        }
    };
    if let Some(issue) = keyed(t) {
        return admitted(issue);
    }
    if let ListKind::Of(kind) = list {
        if kind.shape == RefShape::Key {
            return Err(RefError::NotKey {
                text: t.to_string(),
                kind,
            });
        }
    }
    let numbered = |kind: Option<TrackerKind>, n: &str| -> Result<IssueRef, RefError> {
        let number = parse_number(n).ok_or_else(unrecognized)?;
        let kind = kind.ok_or_else(unrecognized)?;
        match kind.shape {
            RefShape::Number => admitted(IssueRef::Number { kind, number }),
            RefShape::Repo => {
                let repo = scope.repo(kind).ok_or_else(|| RefError::NoRepo {
                    text: t.to_string(),
                    kind,
                })?;
                admitted(IssueRef::Repo {
                    kind,
                    repo: repo.clone(),
                    number,
                })
            }
            RefShape::Key => Err(unrecognized()),
        }
    };
    if let Some((prefix, n)) = t.split_once('#') {
        if prefix.is_empty() {
            return numbered(scope.numbered_kind(list), n);
        }
        if prefix.bytes().all(|b| b.is_ascii_alphabetic()) {
            return numbered(qualified(prefix), n);
        }
    }
    if t.bytes().all(|b| b.is_ascii_digit()) {
        return match list {
            ListKind::Of(_) => numbered(scope.numbered_kind(list), t),
            ListKind::Mixed => Err(RefError::AmbiguousNumber(t.to_string())),
        };
    }
    if let Some(rest) = t
        .strip_prefix("https://")
        .or_else(|| t.strip_prefix("http://"))
    {
        return issue_url(rest, list, scope)
            .ok_or_else(unrecognized)
            .and_then(admitted);
    }
    repository_issue(t, list, scope)
        .ok_or_else(unrecognized)
        .and_then(admitted)
}

/// The kind a reference's prefix names (`local`, `gh`, `gitea`), spelled exactly.
fn qualified(prefix: &str) -> Option<TrackerKind> {
    registry::named(prefix).filter(|_| prefix.bytes().all(|b| b.is_ascii_lowercase()))
}

/// A key of a key-shaped kind (`PROJ-7`, or its browse URL).
fn keyed(text: &str) -> Option<IssueRef> {
    registry::all().iter().find_map(|module| {
        let kind = module.kind();
        (kind.shape == RefShape::Key)
            .then(|| module.key(text))
            .flatten()
            .map(|key| IssueRef::Key { kind, key })
    })
}

/// The kind an unqualified repository (`owner/repo#N`, `HOST/owner/repo#N`, an
/// issue URL) belongs to: the configured host's kind, else the list's, else
/// origin's platform, else the default forge.
fn repository_kind(host: Option<&str>, list: ListKind, scope: &RefScope) -> TrackerKind {
    host.and_then(|h| scope.kind_of_host(h))
        .or_else(|| match host {
            Some(_) => None,
            None => scope.numbered_kind(list),
        })
        .unwrap_or_else(registry::default_forge)
}

/// `owner/repo#N`, `HOST/owner/repo#N` or `gitea:owner/repo#N`.
fn repository_issue(text: &str, list: ListKind, scope: &RefScope) -> Option<IssueRef> {
    let (repo, n) = text.rsplit_once('#')?;
    let number = parse_number(n)?;
    // `gitea:owner/repo`; a host with a port (`ghe.corp:8443/o/r`) is no prefix.
    let prefixed = repo.split_once(':').and_then(|(qualifier, path)| {
        Some((
            qualified(qualifier).filter(|k| k.shape == RefShape::Repo)?,
            path,
        ))
    });
    if let Some((kind, path)) = prefixed {
        let repo = RepoRef::parse(path).filter(|_| path.split('/').count() == 2)?;
        return Some(IssueRef::Repo { kind, repo, number });
    }
    let mut parts: Vec<&str> = repo.split('/').collect();
    let host = (parts.len() == 3).then(|| parts.remove(0));
    if parts.len() != 2 {
        return None;
    }
    let repo = RepoRef::parse(&parts.join("/"))?;
    Some(on_host(
        repository_kind(host, list, scope),
        repo,
        host,
        scope,
        number,
    ))
}

/// The issue `number` of `repo` of `kind`, seen on `host`: the configured host of
/// a kind is left implicit, as github.com is.
fn on_host(
    kind: TrackerKind,
    mut repo: RepoRef,
    host: Option<&str>,
    scope: &RefScope,
    number: u64,
) -> IssueRef {
    repo.host = match host {
        Some(h) if scope.kind_of_host(h).is_some() => None,
        Some(h) => normalize_host(h),
        None => None,
    };
    IssueRef::Repo { kind, repo, number }
}

/// `HOST/owner/repo/issues/N` (scheme already removed).
fn issue_url(rest: &str, list: ListKind, scope: &RefScope) -> Option<IssueRef> {
    let rest = rest.split(['?', '#']).next()?.trim_end_matches('/');
    let parts: Vec<&str> = rest.split('/').collect();
    let [.., owner, name, "issues" | "pull" | "pulls", n] = parts.as_slice() else {
        return None;
    };
    let host = parts[..parts.len() - 4].join("/");
    let host = host.to_ascii_lowercase();
    let repo = RepoRef::parse(&format!("{owner}/{name}"))?;
    let kind = scope
        .hosts
        .iter()
        .find(|(h, _)| host == *h)
        .map(|(_, k)| *k);
    match kind {
        Some(kind) => Some(on_host(kind, repo, Some(&host), scope, parse_number(n)?)),
        // The default forge's URLs have the host alone before the repository.
        None if !host.contains('/') => Some(on_host(
            repository_kind(Some(&host), list, scope),
            repo,
            Some(&host),
            scope,
            parse_number(n)?,
        )),
        None => None,
    }
}

/// github.com (and its API host) is the default and is not stored.
fn normalize_host(host: &str) -> Option<String> {
    let host = host.to_ascii_lowercase();
    match host.as_str() {
        "github.com" | "www.github.com" | "api.github.com" => None,
        _ => Some(host),
    }
}

/// A positive issue number.
pub fn parse_number(text: &str) -> Option<u64> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok().filter(|n| *n > 0)
}

fn valid_repo_part(part: &str) -> bool {
    !part.is_empty()
        && part
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

/// Splits a list value: `a, b`, `[a, b]`, with `N/A`, `None` and `-` meaning empty.
pub fn split_list(value: &str) -> Vec<String> {
    let v = value.trim();
    let v = v
        .strip_prefix('[')
        .and_then(|v| v.strip_suffix(']'))
        .unwrap_or(v);
    let lowered = v.trim().to_ascii_lowercase();
    if lowered.is_empty() || lowered.starts_with("n/a") || lowered == "none" || lowered == "-" {
        return Vec::new();
    }
    v.split(',')
        .map(|s| s.trim().trim_matches(['"', '\'', '`']).trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const GH: ListKind = ListKind::Of(crate::tracker::github::KIND);
    const JIRA: ListKind = ListKind::Of(crate::tracker::jira::KIND);

    fn scope() -> RefScope {
        RefScope::forge_repo(Some(&repo()))
    }

    fn repo() -> RepoRef {
        RepoRef::parse("acme/widgets").unwrap()
    }

    fn gh(text: &str) -> String {
        parse_reference(text, GH, &scope()).unwrap().to_string()
    }

    #[test]
    fn every_github_form_resolves_fully_qualified() {
        for form in ["#12", "gh#12", "github#12", "12", "acme/widgets#12"] {
            assert_eq!(gh(form), "acme/widgets#12", "{form}");
        }
        assert_eq!(gh("https://github.com/other/repo/issues/7"), "other/repo#7");
        assert_eq!(
            gh("https://ghe.corp.example/team/app/issues/3"),
            "ghe.corp.example/team/app#3"
        );
    }

    #[test]
    fn jira_and_local_forms() {
        let p = |t| {
            parse_reference(t, ListKind::Mixed, &RefScope::default())
                .unwrap()
                .to_string()
        };
        assert_eq!(p("PROJ-123"), "PROJ-123");
        assert_eq!(p("https://acme.atlassian.net/browse/DEV-4"), "DEV-4");
        assert_eq!(p("local#3"), "local#3");
        assert_eq!(p("proj-7"), "PROJ-7", "keys are case-insensitive");
        assert_eq!(p("P2P-5"), "P2P-5");
        assert_eq!(p("AB_C-1"), "AB_C-1");
        assert_eq!(p("https://x.example/jira/browse/ab_c-2"), "AB_C-2");
    }

    #[test]
    fn bare_number_outside_github_list_is_ambiguous() {
        assert_eq!(
            parse_reference("12", ListKind::Mixed, &scope()),
            Err(RefError::AmbiguousNumber("12".into()))
        );
    }

    #[test]
    fn number_without_repo_is_an_error() {
        assert!(matches!(
            parse_reference("#12", GH, &RefScope::default()),
            Err(RefError::NoRepo { .. })
        ));
    }

    #[test]
    fn malformed_references_are_rejected() {
        for bad in [
            "#",
            "#abc",
            "acme#",
            "a/b/c/d#1",
            "1proj-1",
            "p-1",
            "#0",
            "http://x/y",
        ] {
            assert!(
                parse_reference(bad, ListKind::Mixed, &scope()).is_err(),
                "{bad}"
            );
        }
        assert!(parse_reference("#4", JIRA, &scope()).is_err());
    }

    #[test]
    fn almost_references_say_what_they_resemble() {
        let meant = |text: &str, list: ListKind| match parse_reference(text, list, &scope()) {
            Err(RefError::Resembles { meant, .. }) => Some(meant),
            _ => None,
        };
        assert_eq!(meant("locl#2", ListKind::Mixed).as_deref(), Some("local#2"));
        assert_eq!(
            meant("Local#2", ListKind::Mixed).as_deref(),
            Some("local#2")
        );
        assert_eq!(meant("gihub#3", GH).as_deref(), Some("github#3"));
        assert_eq!(meant("hg#3", GH).as_deref(), Some("gh#3"));
        assert_eq!(meant("PROJ_12", JIRA).as_deref(), Some("PROJ-12"));
        assert_eq!(
            meant("PROJ 12", ListKind::Mixed).as_deref(),
            Some("PROJ-12")
        );
        assert_eq!(
            meant("https://github.com/o/r/issue/4", ListKind::Mixed).as_deref(),
            Some("https://github.com/o/r/issues/4")
        );
        // Only a form the list accepts is suggested, and only when it is close.
        assert_eq!(meant("locl#2", GH), None);
        assert_eq!(meant("#x", ListKind::Mixed), None);
        assert_eq!(meant("banana#2", ListKind::Mixed), None);
        assert_eq!(meant("gitlab#2", ListKind::Mixed), None);
        assert_eq!(
            parse_reference("locl#2", ListKind::Mixed, &RefScope::default())
                .unwrap_err()
                .to_string(),
            "'locl#2' is not an issue reference; did you mean local#2?"
        );
    }

    #[test]
    fn qualified_form_round_trips() {
        for text in [
            "acme/widgets#12",
            "ghe.corp/a/b#1",
            "127.0.0.1:4743/acme/widgets#1",
            "gitea:acme/widgets#3",
            "PROJ-9",
            "local#2",
        ] {
            assert_eq!(IssueRef::parse_qualified(text).unwrap().to_string(), text);
        }
    }

    #[test]
    fn remote_urls() {
        for url in [
            "https://github.com/acme/widgets.git",
            "git@github.com:acme/widgets.git",
            "ssh://git@github.com/acme/widgets",
        ] {
            assert_eq!(RepoRef::from_remote_url(url), Some(repo()), "{url}");
        }
        let host = |url: &str| RepoRef::from_remote_url(url).and_then(|r| r.host);
        assert_eq!(
            host("https://127.0.0.1:4743/acme/widgets.git").as_deref(),
            Some("127.0.0.1:4743"),
            "a web port is part of the host"
        );
        assert_eq!(
            host("ssh://git@ghe.corp:2222/acme/widgets").as_deref(),
            Some("ghe.corp"),
            "an ssh port is not"
        );
    }

    #[test]
    fn the_configured_host_is_implicit() {
        let url = parse_reference(
            "https://127.0.0.1:4743/acme/widgets/issues/1",
            ListKind::Mixed,
            &RefScope::default(),
        )
        .unwrap();
        assert_eq!(url.to_string(), "127.0.0.1:4743/acme/widgets#1");
        let same = url.on_default_host(Some("127.0.0.1:4743"));
        assert_eq!(same.to_string(), "acme/widgets#1");
        let other = parse_reference(
            "https://ghe.corp/acme/widgets/issues/1",
            ListKind::Mixed,
            &RefScope::default(),
        )
        .unwrap()
        .on_default_host(Some("127.0.0.1:4743"));
        assert_eq!(other.to_string(), "ghe.corp/acme/widgets#1");
    }

    #[test]
    fn an_origin_on_the_configured_host_is_that_trackers_repository_under_its_sub_path() {
        let gitea = crate::tracker::gitea::KIND;
        let scope = RefScope {
            hosts: vec![("example.com/gitea".into(), gitea)],
            ..RefScope::default()
        };
        let remote = |url: &str| Remote::parse(url).unwrap();
        let (kind, repo) = scope.origin_repo(&remote("https://example.com/gitea/acme/widgets.git"));
        assert_eq!((kind, repo), (gitea, Some(repo_named("acme/widgets"))));
        let (kind, repo) = scope.origin_repo(&remote("git@example.com:acme/widgets.git"));
        assert_eq!((kind, repo), (gitea, Some(repo_named("acme/widgets"))));
        let (kind, repo) = scope.origin_repo(&remote("https://ghe.corp/acme/widgets"));
        assert_eq!(kind, crate::tracker::github::KIND);
        assert_eq!(repo.unwrap().to_string(), "ghe.corp/acme/widgets");
        let (_, repo) = scope.origin_repo(&remote("https://gitlab.com/group/sub/proj"));
        assert_eq!(
            repo, None,
            "a subgroup path is no repository of these trackers"
        );
    }

    fn repo_named(text: &str) -> RepoRef {
        RepoRef::parse(text).unwrap()
    }

    #[test]
    fn gitea_references_resolve_against_the_gitea_repository_and_host() {
        let gitea = crate::tracker::gitea::KIND;
        let scope = RefScope {
            repos: vec![(gitea, repo_named("acme/widgets"))],
            hosts: vec![("git.example.com".into(), gitea)],
            origin: Some(gitea),
        };
        for text in [
            "gitea:acme/widgets#10",
            "https://git.example.com/acme/widgets/issues/10",
            "#10",
            "gitea#10",
            "forgejo#10",
        ] {
            let issue = parse_reference(text, ListKind::Mixed, &scope).unwrap();
            assert_eq!(issue.to_string(), "gitea:acme/widgets#10", "{text}");
        }
        let listed = parse_reference("10", ListKind::Of(gitea), &scope).unwrap();
        assert_eq!(listed.to_string(), "gitea:acme/widgets#10");
        assert!(parse_reference("gitea:acme/widgets#10", GH, &scope).is_err());
        assert_eq!(
            IssueRef::parse_qualified("gitea:acme/widgets#10").map(|i| i.tracker()),
            Some(gitea)
        );
    }

    #[test]
    fn a_repo_line_may_be_a_url_of_the_repository_on_its_trackers_host() {
        let gitea = crate::tracker::gitea::KIND;
        let scope = RefScope {
            hosts: vec![("example.com/gitea".into(), gitea)],
            ..RefScope::default()
        };
        for value in [
            "acme/widgets",
            "https://example.com/gitea/acme/widgets",
            "https://example.com/gitea/acme/widgets.git",
        ] {
            assert_eq!(
                scope.repo_named(gitea, value),
                Some(repo_named("acme/widgets")),
                "{value}"
            );
        }
        let github = crate::tracker::github::KIND;
        let ghe = scope
            .repo_named(github, "https://ghe.corp/acme/widgets")
            .unwrap();
        assert_eq!(ghe.to_string(), "ghe.corp/acme/widgets");
        assert_eq!(scope.repo_named(gitea, "not a repo"), None);
    }

    #[test]
    fn an_unqualified_place_is_on_the_platform_of_origin() {
        let gitea = crate::tracker::gitea::KIND;
        let on_gitea = RefScope {
            origin: Some(gitea),
            ..RefScope::default()
        };
        let space = registry::space("acme/widgets", &on_gitea).unwrap();
        assert_eq!(space.tracker(), gitea);
        assert_eq!(space.to_string(), "gitea:acme/widgets");
        let space = registry::space("acme/widgets", &RefScope::default()).unwrap();
        assert_eq!(space.to_string(), "acme/widgets");
        assert_eq!(
            registry::space("gitea:acme/widgets", &RefScope::default()).map(|s| s.tracker()),
            Some(gitea)
        );
    }

    #[test]
    fn lists_split_in_both_styles() {
        assert_eq!(split_list("#10, #11"), vec!["#10", "#11"]);
        assert_eq!(split_list("[PROJ-1, DEV-2]"), vec!["PROJ-1", "DEV-2"]);
        assert!(split_list("N/A").is_empty());
    }
}
