//! Issue references: the one strict grammar for every way a plan, a flag or a user
//! can name an issue.
//!
//! Debussy had three regex families that disagreed about the same text; here every
//! reference goes through [`parse_reference`] and is stored fully qualified, so
//! `#10` in one repository can never be mistaken for `#10` in another.

use std::fmt;

/// Which list a reference was written in; decides how a bare number resolves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListKind {
    /// `**GitHub Issues:**` / `github_issues`: bare numbers are GitHub issues.
    GitHub,
    /// `**Jira Issues:**` / `jira_issues`: only Jira keys and browse URLs.
    Jira,
    /// `**Issues:**` / `issues` or a command-line argument: any explicit form.
    Mixed,
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
    /// See [`RepoRef::on_default_host`].
    pub fn on_default_host(self, default_host: Option<&str>) -> IssueRef {
        match self {
            IssueRef::GitHub { repo, number } => IssueRef::GitHub {
                repo: repo.on_default_host(default_host),
                number,
            },
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
    GitHub { repo: RepoRef, number: u64 },
    Jira { key: String },
    Local { number: u64 },
}

impl IssueRef {
    /// The tracker that owns the issue.
    pub fn tracker(&self) -> TrackerKind {
        match self {
            IssueRef::GitHub { .. } => TrackerKind::GitHub,
            IssueRef::Jira { .. } => TrackerKind::Jira,
            IssueRef::Local { .. } => TrackerKind::Local,
        }
    }

    /// Parses the stored (fully qualified) form written by `Display`.
    pub fn parse_qualified(text: &str) -> Option<IssueRef> {
        parse_reference(text, ListKind::Mixed, None).ok()
    }
}

impl fmt::Display for IssueRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IssueRef::GitHub { repo, number } => write!(f, "{repo}#{number}"),
            IssueRef::Jira { key } => f.write_str(key),
            IssueRef::Local { number } => write!(f, "local#{number}"),
        }
    }
}

/// The kinds of tracker a reference can point into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TrackerKind {
    GitHub,
    Jira,
    Local,
}

impl TrackerKind {
    /// Every kind this build knows.
    pub const ALL: [TrackerKind; 3] = [TrackerKind::GitHub, TrackerKind::Jira, TrackerKind::Local];

    pub fn as_str(self) -> &'static str {
        match self {
            TrackerKind::GitHub => "github",
            TrackerKind::Jira => "jira",
            TrackerKind::Local => "local",
        }
    }
}

/// Why a piece of text is not a reference; `Display` is the user-facing reason.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RefError {
    #[error("'{0}' is not an issue reference")]
    Unrecognized(String),
    #[error("'{0}' needs a repository: add **GitHub Repo:** to the plan, set github.repo, or add an origin remote")]
    NoRepo(String),
    #[error("'{0}' is a bare number outside a GitHub list; write #{0} or owner/repo#{0}")]
    AmbiguousNumber(String),
    #[error("'{0}' is not a Jira key (expected KEY-123 or https://…/browse/KEY-123)")]
    NotJira(String),
    /// Almost a reference: `locl#2`, `PROJ_12`.
    #[error("'{text}' is not an issue reference; did you mean {meant}?")]
    Resembles { text: String, meant: String },
}

/// The forms accepted, for hints.
pub const ACCEPTED_FORMS: &str =
    "#12, gh#12, owner/repo#12, https://HOST/owner/repo/issues/12, PROJ-7, https://…/browse/PROJ-7, local#3";

/// Parses one reference written in a list of kind `list`; bare and `#N` numbers
/// resolve against `default_repo`. Text that is almost a reference says which
/// reference it resembles.
pub fn parse_reference(
    text: &str,
    list: ListKind,
    default_repo: Option<&RepoRef>,
) -> Result<IssueRef, RefError> {
    parse_exact(text, list, default_repo).map_err(|e| match &e {
        RefError::Unrecognized(t) | RefError::NotJira(t) => resembled(t, list, default_repo)
            .map_or(e.clone(), |meant| RefError::Resembles {
                text: t.clone(),
                meant,
            }),
        _ => e,
    })
}

/// The reference `text` (which is none) was probably meant to be, in `list`: a
/// misspelled prefix (`locl#2`, `gihub#3`), a Jira key with `_` or a space for its
/// dash (`PROJ_12`), an issue URL with `issue` for `issues`.
fn resembled(text: &str, list: ListKind, default_repo: Option<&RepoRef>) -> Option<String> {
    let mut candidates = Vec::new();
    if let Some((prefix, n)) = text.split_once('#') {
        let prefix = prefix.to_ascii_lowercase();
        if !prefix.is_empty() && prefix.bytes().all(|b| b.is_ascii_alphabetic()) {
            // One typo: two would make `gitlab` read as `github`.
            let nearest = ["local", "github", "gh"]
                .into_iter()
                .find(|word| strsim::damerau_levenshtein(&prefix, word) <= 1);
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
            parse_exact(c, list, default_repo),
            Ok(_) | Err(RefError::NoRepo(_))
        )
    })
}

fn parse_exact(
    text: &str,
    list: ListKind,
    default_repo: Option<&RepoRef>,
) -> Result<IssueRef, RefError> {
    let t = text.trim();
    let unrecognized = || RefError::Unrecognized(t.to_string());
    if t.is_empty() {
        return Err(unrecognized());
    }
    if let Some(key) = jira_key(t) {
        return if list == ListKind::GitHub {
            Err(unrecognized())
        } else {
            Ok(IssueRef::Jira { key })
        };
    }
    if list == ListKind::Jira {
        return Err(RefError::NotJira(t.to_string()));
    }
    let github_number = |n: &str| -> Result<IssueRef, RefError> {
        let number = parse_number(n).ok_or_else(unrecognized)?;
        let repo = default_repo.ok_or_else(|| RefError::NoRepo(t.to_string()))?;
        Ok(IssueRef::GitHub {
            repo: repo.clone(),
            number,
        })
    };
    if let Some(n) = t.strip_prefix("local#") {
        return if list == ListKind::GitHub {
            Err(unrecognized())
        } else {
            parse_number(n)
                .map(|number| IssueRef::Local { number })
                .ok_or_else(unrecognized)
        };
    }
    for prefix in ["github#", "gh#", "#"] {
        if let Some(n) = t.strip_prefix(prefix) {
            return github_number(n);
        }
    }
    if t.bytes().all(|b| b.is_ascii_digit()) {
        return if list == ListKind::GitHub {
            github_number(t)
        } else {
            Err(RefError::AmbiguousNumber(t.to_string()))
        };
    }
    if let Some(rest) = t
        .strip_prefix("https://")
        .or_else(|| t.strip_prefix("http://"))
    {
        return github_url(rest).ok_or_else(unrecognized);
    }
    if let Some((repo, n)) = t.rsplit_once('#') {
        let mut parts: Vec<&str> = repo.split('/').collect();
        let host = if parts.len() == 3 {
            Some(parts.remove(0))
        } else {
            None
        };
        if parts.len() == 2 {
            let mut repo = RepoRef::parse(&parts.join("/")).ok_or_else(unrecognized)?;
            repo.host = host.and_then(normalize_host);
            let number = parse_number(n).ok_or_else(unrecognized)?;
            return Ok(IssueRef::GitHub { repo, number });
        }
    }
    Err(unrecognized())
}

/// `HOST/owner/repo/issues/N` (scheme already removed), or a Jira browse URL.
fn github_url(rest: &str) -> Option<IssueRef> {
    let rest = rest.split(['?', '#']).next()?.trim_end_matches('/');
    let parts: Vec<&str> = rest.split('/').collect();
    match parts.as_slice() {
        [host, owner, name, "issues" | "pull", n] => {
            let mut repo = RepoRef::parse(&format!("{owner}/{name}"))?;
            repo.host = normalize_host(host);
            Some(IssueRef::GitHub {
                repo,
                number: parse_number(n)?,
            })
        }
        [.., "browse", key] => jira_key(key).map(|key| IssueRef::Jira { key }),
        _ => None,
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

fn parse_number(text: &str) -> Option<u64> {
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

/// A Jira key: a letter, then letters, digits or underscores, `-N`. Keys are
/// case-insensitive (`proj-7` is `PROJ-7`) and stored uppercase.
fn jira_key(text: &str) -> Option<String> {
    let (project, n) = text.rsplit_once('-')?;
    let mut chars = project.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    let rest_ok = project.len() >= 2 && chars.all(|c| c.is_ascii_alphanumeric() || c == '_');
    (first_ok && rest_ok && parse_number(n).is_some()).then(|| text.to_ascii_uppercase())
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

    fn repo() -> RepoRef {
        RepoRef::parse("acme/widgets").unwrap()
    }

    fn gh(text: &str) -> String {
        parse_reference(text, ListKind::GitHub, Some(&repo()))
            .unwrap()
            .to_string()
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
            parse_reference(t, ListKind::Mixed, None)
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
            parse_reference("12", ListKind::Mixed, Some(&repo())),
            Err(RefError::AmbiguousNumber("12".into()))
        );
    }

    #[test]
    fn number_without_repo_is_an_error() {
        assert!(matches!(
            parse_reference("#12", ListKind::GitHub, None),
            Err(RefError::NoRepo(_))
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
                parse_reference(bad, ListKind::Mixed, Some(&repo())).is_err(),
                "{bad}"
            );
        }
        assert!(parse_reference("#4", ListKind::Jira, Some(&repo())).is_err());
    }

    #[test]
    fn almost_references_say_what_they_resemble() {
        let meant = |text: &str, list: ListKind| match parse_reference(text, list, Some(&repo())) {
            Err(RefError::Resembles { meant, .. }) => Some(meant),
            _ => None,
        };
        assert_eq!(meant("locl#2", ListKind::Mixed).as_deref(), Some("local#2"));
        assert_eq!(
            meant("Local#2", ListKind::Mixed).as_deref(),
            Some("local#2")
        );
        assert_eq!(
            meant("gihub#3", ListKind::GitHub).as_deref(),
            Some("github#3")
        );
        assert_eq!(meant("hg#3", ListKind::GitHub).as_deref(), Some("gh#3"));
        assert_eq!(meant("PROJ_12", ListKind::Jira).as_deref(), Some("PROJ-12"));
        assert_eq!(
            meant("PROJ 12", ListKind::Mixed).as_deref(),
            Some("PROJ-12")
        );
        assert_eq!(
            meant("https://github.com/o/r/issue/4", ListKind::Mixed).as_deref(),
            Some("https://github.com/o/r/issues/4")
        );
        // Only a form the list accepts is suggested, and only when it is close.
        assert_eq!(meant("locl#2", ListKind::GitHub), None);
        assert_eq!(meant("#x", ListKind::Mixed), None);
        assert_eq!(meant("banana#2", ListKind::Mixed), None);
        assert_eq!(meant("gitlab#2", ListKind::Mixed), None);
        assert_eq!(
            parse_reference("locl#2", ListKind::Mixed, None)
                .unwrap_err()
                .to_string(),
            "'locl#2' is not an issue reference; did you mean local#2?"
        );
    }

    #[test]
    fn qualified_form_round_trips() {
        for text in ["acme/widgets#12", "ghe.corp/a/b#1", "PROJ-9", "local#2"] {
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
            None,
        )
        .unwrap();
        assert_eq!(url.to_string(), "127.0.0.1:4743/acme/widgets#1");
        let same = url.on_default_host(Some("127.0.0.1:4743"));
        assert_eq!(same.to_string(), "acme/widgets#1");
        let other = parse_reference(
            "https://ghe.corp/acme/widgets/issues/1",
            ListKind::Mixed,
            None,
        )
        .unwrap()
        .on_default_host(Some("127.0.0.1:4743"));
        assert_eq!(other.to_string(), "ghe.corp/acme/widgets#1");
    }

    #[test]
    fn lists_split_in_both_styles() {
        assert_eq!(split_list("#10, #11"), vec!["#10", "#11"]);
        assert_eq!(split_list("[PROJ-1, DEV-2]"), vec!["PROJ-1", "DEV-2"]);
        assert!(split_list("N/A").is_empty());
    }
}
