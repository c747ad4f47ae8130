//! Auto-configuration (PRODUCT §11): which platform, host and repository this
//! checkout works with, and where each of those came from.
//!
//! Pure: the caller gathers the inputs (the `origin` remote's URL, the environment,
//! the configuration file) and this module decides, with the precedence of §5 —
//! flag > environment > config > remote. A host nobody named is reported as
//! unknown, never guessed: `github.com` is GitHub, `GH_HOST` names a GitHub
//! Enterprise host, `gitea.url` / `GITEA_URL` a Gitea host.

pub use crate::refs::Remote;
use serde::Serialize;
use std::fmt;

/// The URL of the `origin` remote of the repository at `root`, asking git (the one
/// place that does).
pub fn origin_url(root: &std::path::Path) -> Option<String> {
    let out = std::process::Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["remote", "get-url", "origin"])
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
        .filter(|u| !u.is_empty())
}

/// The platforms a host can be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Platform {
    #[serde(rename = "github")]
    GitHub,
    #[serde(rename = "github_enterprise")]
    GitHubEnterprise,
    #[serde(rename = "gitea")]
    Gitea,
    #[serde(rename = "unknown")]
    /// A host nobody said anything about.
    Unknown,
}

impl Platform {
    pub fn as_str(self) -> &'static str {
        match self {
            Platform::GitHub => "github",
            Platform::GitHubEnterprise => "github_enterprise",
            Platform::Gitea => "gitea",
            Platform::Unknown => "unknown",
        }
    }
}

impl fmt::Display for Platform {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Platform::GitHub => "GitHub",
            Platform::GitHubEnterprise => "GitHub Enterprise",
            Platform::Gitea => "Gitea/Forgejo",
            Platform::Unknown => "unknown",
        })
    }
}

/// Where a value came from, for `config detect`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "name", rename_all = "snake_case")]
pub enum Source {
    /// An environment variable, by name.
    Environment(String),
    /// A key of `.debussy/config.yaml`.
    Config(String),
    /// The `origin` remote.
    Remote,
    /// Nothing said otherwise (`github.com`).
    Default,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Environment(name) => write!(f, "environment ({name})"),
            Source::Config(key) => write!(f, "config ({key})"),
            Source::Remote => f.write_str("origin remote"),
            Source::Default => f.write_str("default"),
        }
    }
}

/// A value and where it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Found<T> {
    pub value: T,
    pub source: Source,
}

fn found<T>(value: T, source: Source) -> Found<T> {
    Found { value, source }
}

/// What the environment and the configuration say, gathered by the caller.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    /// `git remote get-url origin`, if there is one.
    pub origin: Option<String>,
    /// `GH_HOST`.
    pub gh_host: Option<String>,
    /// `github.repo` of the configuration.
    pub github_repo: Option<String>,
    /// The Gitea web root and where it was set (`GITEA_URL`, `FORGEJO_URL`,
    /// `gitea.url`).
    pub gitea_url: Option<Found<String>>,
    /// `gitea.repo` of the configuration.
    pub gitea_repo: Option<String>,
}

/// What `config detect` reports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Detected {
    pub platform: Found<Platform>,
    pub host: Option<Found<String>>,
    pub repo: Option<Found<String>>,
    /// Why something could not be decided (an unknown host, no remote).
    pub warnings: Vec<String>,
}

/// The host of a web root URL (`https://example.com/gitea` → `example.com`),
/// lowercase, with its port.
pub fn url_host(url: &str) -> Option<String> {
    let parsed = url::Url::parse(url).ok()?;
    let host = parsed.host_str()?.to_ascii_lowercase();
    Some(match parsed.port() {
        Some(port) => format!("{host}:{port}"),
        None => host,
    })
}

/// The path of a web root URL (`https://example.com/gitea` → `gitea`), if any.
fn url_path(url: &str) -> String {
    url::Url::parse(url)
        .map(|u| u.path().trim_matches('/').to_string())
        .unwrap_or_default()
}

/// Whether `remote_host` is `named` (a `host[:port]`): equal, or equal without the
/// port when the remote names none (an ssh remote of a web host on a port).
fn same_host(remote_host: &str, named: &str) -> bool {
    let named = named.to_ascii_lowercase();
    remote_host == named || named.split(':').next() == Some(remote_host)
}

/// Decides platform, host and repository (PRODUCT §11).
pub fn detect(inputs: &Inputs) -> Detected {
    let remote = inputs.origin.as_deref().and_then(Remote::parse);
    let mut warnings = Vec::new();
    if inputs.origin.is_some() && remote.is_none() {
        warnings.push("the origin remote is not a URL with a host and a repository".into());
    }
    let gitea_host = inputs
        .gitea_url
        .as_ref()
        .and_then(|u| url_host(&u.value).map(|h| found(h, u.source.clone())));
    // A repository set explicitly decides the platform; otherwise the remote's host.
    if let Some(repo) = &inputs.gitea_repo {
        let host = gitea_host.clone();
        return Detected {
            platform: found(Platform::Gitea, Source::Config("gitea.repo".into())),
            host,
            repo: Some(found(repo.clone(), Source::Config("gitea.repo".into()))),
            warnings,
        };
    }
    if let Some(repo) = &inputs.github_repo {
        let (platform, host) = github_host(inputs, Source::Config("github.repo".into()));
        return Detected {
            platform,
            host: Some(host),
            repo: Some(found(repo.clone(), Source::Config("github.repo".into()))),
            warnings,
        };
    }
    let Some(remote) = remote else {
        if inputs.origin.is_none() {
            warnings.push(
                "no origin remote: set github.repo or gitea.repo in .debussy/config.yaml".into(),
            );
        }
        let (platform, host) = github_host(inputs, Source::Default);
        return Detected {
            platform,
            host: Some(host),
            repo: None,
            warnings,
        };
    };
    let (platform, repo) = remote_platform(&remote, inputs, gitea_host.as_ref(), &mut warnings);
    Detected {
        platform,
        host: Some(found(remote.host, Source::Remote)),
        repo: Some(found(repo, Source::Remote)),
        warnings,
    }
}

/// The platform of the remote's host, and the repository path on it.
fn remote_platform(
    remote: &Remote,
    inputs: &Inputs,
    gitea_host: Option<&Found<String>>,
    warnings: &mut Vec<String>,
) -> (Found<Platform>, String) {
    let path = remote.path.clone();
    if remote.host == "github.com" {
        return (found(Platform::GitHub, Source::Remote), path);
    }
    if inputs
        .gh_host
        .as_deref()
        .is_some_and(|h| same_host(&remote.host, h))
    {
        let source = Source::Environment("GH_HOST".into());
        return (found(Platform::GitHubEnterprise, source), path);
    }
    if let Some(g) = gitea_host.filter(|g| same_host(&remote.host, &g.value)) {
        // A Gitea served under a sub-path has it in its remote URLs too.
        let prefix = inputs.gitea_url.as_ref().map(|u| url_path(&u.value));
        let path = prefix
            .filter(|p| !p.is_empty())
            .and_then(|p| path.strip_prefix(&format!("{p}/")).map(str::to_string))
            .unwrap_or(path);
        return (found(Platform::Gitea, g.source.clone()), path);
    }
    warnings.push(format!(
        "{} is not a host we know: set GH_HOST for GitHub Enterprise, or gitea.url (GITEA_URL) for Gitea/Forgejo",
        remote.host
    ));
    (found(Platform::Unknown, Source::Remote), path)
}

/// GitHub's host: `GH_HOST` (Enterprise) or github.com.
fn github_host(inputs: &Inputs, fallback: Source) -> (Found<Platform>, Found<String>) {
    match inputs.gh_host.as_deref().filter(|h| !h.is_empty()) {
        Some(h) if !h.eq_ignore_ascii_case("github.com") => (
            found(
                Platform::GitHubEnterprise,
                Source::Environment("GH_HOST".into()),
            ),
            found(
                h.to_ascii_lowercase(),
                Source::Environment("GH_HOST".into()),
            ),
        ),
        _ => (
            found(Platform::GitHub, fallback),
            found("github.com".into(), Source::Default),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remotes_in_every_form() {
        let cases = [
            (
                "https://github.com/acme/widgets.git",
                "github.com",
                "acme/widgets",
            ),
            (
                "https://github.com/acme/widgets",
                "github.com",
                "acme/widgets",
            ),
            (
                "https://git.example.com:8443/acme/widgets/",
                "git.example.com:8443",
                "acme/widgets",
            ),
            (
                "https://user:pw@git.example.com/acme/widgets.git",
                "git.example.com",
                "acme/widgets",
            ),
            (
                "git@github.com:acme/widgets.git",
                "github.com",
                "acme/widgets",
            ),
            (
                "git@Git.Example.com:acme/widgets",
                "git.example.com",
                "acme/widgets",
            ),
            (
                "ssh://git@git.example.com:2222/acme/widgets",
                "git.example.com",
                "acme/widgets",
            ),
            (
                "ssh://git@git.example.com/acme/widgets.git",
                "git.example.com",
                "acme/widgets",
            ),
            (
                "https://gitlab.example.com/group/sub/proj.git",
                "gitlab.example.com",
                "group/sub/proj",
            ),
            (
                "git@gitlab.example.com:group/sub/proj.git",
                "gitlab.example.com",
                "group/sub/proj",
            ),
        ];
        for (url, host, path) in cases {
            let r = Remote::parse(url).unwrap_or_else(|| panic!("{url}"));
            assert_eq!((r.host.as_str(), r.path.as_str()), (host, path), "{url}");
        }
        for bad in [
            "/srv/git/widgets.git",
            "C:\\repos\\w",
            "https://github.com/acme",
            "",
            "widgets",
        ] {
            assert_eq!(Remote::parse(bad), None, "{bad}");
        }
    }

    fn inputs(origin: &str) -> Inputs {
        Inputs {
            origin: Some(origin.into()),
            ..Inputs::default()
        }
    }

    #[test]
    fn github_com_is_github_from_the_remote() {
        let d = detect(&inputs("git@github.com:acme/widgets.git"));
        assert_eq!(d.platform, found(Platform::GitHub, Source::Remote));
        assert_eq!(d.repo, Some(found("acme/widgets".into(), Source::Remote)));
        assert!(d.warnings.is_empty());
    }

    #[test]
    fn gh_host_names_an_enterprise_host() {
        let mut i = inputs("ssh://git@ghe.corp:2222/acme/widgets");
        i.gh_host = Some("GHE.corp".into());
        let d = detect(&i);
        assert_eq!(d.platform.value, Platform::GitHubEnterprise);
        assert_eq!(d.platform.source, Source::Environment("GH_HOST".into()));
        assert_eq!(d.host.unwrap().value, "ghe.corp");
    }

    #[test]
    fn gitea_url_names_a_gitea_host_even_under_a_sub_path() {
        let mut i = inputs("https://example.com/acme/widgets.git");
        i.gitea_url = Some(found(
            "https://example.com/gitea".into(),
            Source::Config("gitea.url".into()),
        ));
        let d = detect(&i);
        assert_eq!(
            d.platform,
            found(Platform::Gitea, Source::Config("gitea.url".into()))
        );
        let mut i = inputs("git@git.example.com:acme/widgets.git");
        i.gitea_url = Some(found(
            "https://git.example.com:3000".into(),
            Source::Environment("GITEA_URL".into()),
        ));
        let d = detect(&i);
        assert_eq!(d.platform.value, Platform::Gitea);
        assert_eq!(d.platform.source, Source::Environment("GITEA_URL".into()));
    }

    #[test]
    fn a_gitea_sub_path_is_not_part_of_the_repository() {
        let mut i = inputs("https://example.com/gitea/acme/widgets.git");
        i.gitea_url = Some(found(
            "https://example.com/gitea".into(),
            Source::Config("gitea.url".into()),
        ));
        assert_eq!(detect(&i).repo.unwrap().value, "acme/widgets");
    }

    #[test]
    fn an_unknown_host_is_reported_not_guessed() {
        let d = detect(&inputs("https://gitlab.example.com/group/sub/proj.git"));
        assert_eq!(d.platform.value, Platform::Unknown);
        assert_eq!(d.repo.unwrap().value, "group/sub/proj");
        assert!(d.warnings[0].contains("gitlab.example.com is not a host we know"));
    }

    #[test]
    fn configuration_beats_the_remote() {
        let mut i = inputs("git@github.com:acme/widgets.git");
        i.github_repo = Some("other/repo".into());
        let d = detect(&i);
        assert_eq!(
            d.repo,
            Some(found(
                "other/repo".into(),
                Source::Config("github.repo".into())
            ))
        );
        let mut i = inputs("git@github.com:acme/widgets.git");
        i.gitea_repo = Some("team/app".into());
        let d = detect(&i);
        assert_eq!(d.platform.value, Platform::Gitea);
    }

    #[test]
    fn no_remote_is_said() {
        let d = detect(&Inputs::default());
        assert_eq!(d.platform.value, Platform::GitHub);
        assert_eq!(d.repo, None);
        assert!(d.warnings[0].contains("no origin remote"));
    }
}
