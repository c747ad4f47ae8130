//! Auto-configuration (PRODUCT §11): which platform, host and repository this
//! checkout works with, and where each of those came from.
//!
//! Pure: the caller gathers the inputs (the `origin` remote's URL, the environment,
//! the configuration file) and this module decides, with the precedence of §5 —
//! flag > environment > config > remote. A host nobody named is reported as
//! unknown, never guessed. Which hosts are whose is said by each tracker's module
//! ([`TrackerModule::claims`]): `github.com` is GitHub, `GH_HOST` names a GitHub
//! Enterprise host, `gitea.url` / `GITEA_URL` a Gitea host.
//!
//! [`TrackerModule::claims`]: crate::tracker::registry::TrackerModule::claims

pub use crate::refs::Remote;
use crate::refs::TrackerKind;
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

/// A platform `config detect` reports: a tracker, or one of its variants
/// (`github_enterprise`), or `unknown`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Platform {
    name: &'static str,
    #[serde(skip)]
    title: &'static str,
    #[serde(skip)]
    kind: Option<TrackerKind>,
}

impl Platform {
    /// A host nobody said anything about.
    pub const UNKNOWN: Platform = Platform {
        name: "unknown",
        title: "unknown",
        kind: None,
    };

    /// The platform `name` (`github_enterprise`), shown as `title`, of `kind`.
    pub const fn new(name: &'static str, title: &'static str, kind: TrackerKind) -> Platform {
        Platform {
            name,
            title,
            kind: Some(kind),
        }
    }

    pub fn as_str(self) -> &'static str {
        self.name
    }

    /// The tracker of the platform, unless it is unknown.
    pub fn tracker(self) -> Option<TrackerKind> {
        self.kind
    }
}

impl fmt::Display for Platform {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.title)
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

/// What one tracker's configuration says about a platform: where it is, and the
/// repository set for it. Gathered by the tracker's module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    pub platform: Platform,
    /// Its web root — a URL (`https://example.com/gitea`) or a host
    /// (`github.com`) — and where that was set; `None` when only a repository is.
    pub root: Option<Found<String>>,
    /// The repository its section names (`github.repo`), and the key.
    pub repo: Option<Found<String>>,
    /// How to make a host this platform's, for the unknown-host warning
    /// (`set GH_HOST for GitHub Enterprise`).
    pub hint: Option<&'static str>,
}

impl Claim {
    /// The host of its web root, lowercase, with its port.
    fn host(&self) -> Option<Found<String>> {
        let root = self.root.as_ref()?;
        let host = if root.value.contains("://") {
            url_host(&root.value)?
        } else {
            root.value.to_ascii_lowercase()
        };
        Some(found(host, root.source.clone()))
    }

    /// The path its web root has under its host (`gitea` of `https://example.com/gitea`).
    fn sub_path(&self) -> String {
        self.root
            .as_ref()
            .filter(|r| r.value.contains("://"))
            .map(|r| url_path(&r.value))
            .unwrap_or_default()
    }
}

/// What the environment and the configuration say, gathered by the caller.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    /// `git remote get-url origin`, if there is one.
    pub origin: Option<String>,
    /// Every tracker's claims, the default forge's first.
    pub claims: Vec<Claim>,
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
    // A repository set explicitly decides the platform (the last tracker's that
    // sets one: a Gitea repository beats the default forge's); otherwise the
    // remote's host.
    let set: Vec<&Found<String>> = inputs
        .claims
        .iter()
        .filter_map(|c| c.repo.as_ref())
        .collect();
    if let [.., other, deciding] = set.as_slice() {
        warnings.push(format!(
            "{} and {} both name a repository; {} decides (remove one)",
            other.source, deciding.source, deciding.source
        ));
    }
    if let Some((claim, repo)) = inputs
        .claims
        .iter()
        .rev()
        .find_map(|c| Some((c, c.repo.clone()?)))
    {
        let source = repo.source.clone();
        return Detected {
            platform: found(claim.platform, source),
            host: claim.host(),
            repo: Some(repo),
            warnings,
        };
    }
    let Some(remote) = remote else {
        if inputs.origin.is_none() {
            let keys: Vec<String> = crate::tracker::registry::kinds()
                .filter(|k| k.shape() == crate::refs::RefShape::Repo)
                .map(|k| format!("{k}.repo"))
                .collect();
            warnings.push(format!(
                "no origin remote: set {} in .debussy/config.yaml",
                keys.join(" or ")
            ));
        }
        let default = inputs.claims.first();
        return Detected {
            platform: default.map_or(found(Platform::UNKNOWN, Source::Default), |c| {
                let source = c
                    .root
                    .as_ref()
                    .map_or(Source::Default, |r| r.source.clone());
                found(c.platform, source)
            }),
            host: default.and_then(Claim::host),
            repo: None,
            warnings,
        };
    };
    let (platform, repo) = remote_platform(&remote, inputs, &mut warnings);
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
    warnings: &mut Vec<String>,
) -> (Found<Platform>, String) {
    let path = remote.path.clone();
    let claim = inputs.claims.iter().find_map(|c| {
        let host = c.host()?;
        same_host(&remote.host, &host.value).then_some((c, host.source))
    });
    if let Some((claim, source)) = claim {
        // A tracker served under a sub-path has it in its remote URLs too.
        let prefix = claim.sub_path();
        let path = Some(prefix)
            .filter(|p| !p.is_empty())
            .and_then(|p| path.strip_prefix(&format!("{p}/")).map(str::to_string))
            .unwrap_or(path);
        // The platform's default host (github.com) is read off the remote.
        let source = if source == Source::Default {
            Source::Remote
        } else {
            source
        };
        return (found(claim.platform, source), path);
    }
    let hints: Vec<&str> = inputs.claims.iter().filter_map(|c| c.hint).collect();
    warnings.push(format!(
        "{} is not a host we know: {}",
        remote.host,
        hints.join(", or ")
    ));
    (found(Platform::UNKNOWN, Source::Remote), path)
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

    use crate::config::Config;
    use crate::tracker::gitea::config::GiteaConfig;
    use crate::tracker::registry;

    /// What the registered trackers claim under `config`, with `origin`.
    fn inputs_with(origin: Option<&str>, config: &Config) -> Inputs {
        Inputs {
            origin: origin.map(str::to_string),
            claims: registry::all()
                .iter()
                .flat_map(|m| m.claims(config))
                .collect(),
        }
    }

    fn inputs(origin: &str) -> Inputs {
        inputs_with(Some(origin), &Config::default())
    }

    /// A configuration with Gitea at `url`, set by `source`.
    fn gitea_at(url: &str, source: Source) -> Config {
        let mut config = Config::default();
        config.sections.insert(
            "gitea",
            std::sync::Arc::new(GiteaConfig {
                url: Some(url.into()),
                url_source: Some(source),
                ..GiteaConfig::default()
            }),
        );
        config
    }

    #[test]
    fn github_com_is_github_from_the_remote() {
        let d = detect(&inputs("git@github.com:acme/widgets.git"));
        assert_eq!(d.platform.value.as_str(), "github");
        assert_eq!(d.platform.source, Source::Remote);
        assert_eq!(d.repo, Some(found("acme/widgets".into(), Source::Remote)));
        assert!(d.warnings.is_empty());
    }

    #[test]
    fn gh_host_names_an_enterprise_host() {
        let config = crate::config::parse("", "c").unwrap();
        let env = crate::config::EnvOverrides {
            tracker_vars: [("GH_HOST", "GHE.corp".to_string().into())].into(),
        };
        let config = crate::config::with_env(config, &env).unwrap();
        let d = detect(&inputs_with(
            Some("ssh://git@ghe.corp:2222/acme/widgets"),
            &config,
        ));
        assert_eq!(d.platform.value.as_str(), "github_enterprise");
        assert_eq!(d.platform.source, Source::Environment("GH_HOST".into()));
        assert_eq!(d.host.unwrap().value, "ghe.corp");
        let d = detect(&inputs_with(None, &config));
        assert_eq!(
            d.platform.value.as_str(),
            "github_enterprise",
            "without a remote too"
        );
    }

    #[test]
    fn gitea_url_names_a_gitea_host_even_under_a_sub_path() {
        let config = gitea_at(
            "https://example.com/gitea",
            Source::Config("gitea.url".into()),
        );
        let d = detect(&inputs_with(
            Some("https://example.com/acme/widgets.git"),
            &config,
        ));
        assert_eq!(d.platform.value.as_str(), "gitea");
        assert_eq!(d.platform.source, Source::Config("gitea.url".into()));
        let config = gitea_at(
            "https://git.example.com:3000",
            Source::Environment("GITEA_URL".into()),
        );
        let d = detect(&inputs_with(
            Some("git@git.example.com:acme/widgets.git"),
            &config,
        ));
        assert_eq!(d.platform.value.as_str(), "gitea");
        assert_eq!(d.platform.source, Source::Environment("GITEA_URL".into()));
    }

    #[test]
    fn a_gitea_sub_path_is_not_part_of_the_repository() {
        let config = gitea_at(
            "https://example.com/gitea",
            Source::Config("gitea.url".into()),
        );
        let i = inputs_with(Some("https://example.com/gitea/acme/widgets.git"), &config);
        assert_eq!(detect(&i).repo.unwrap().value, "acme/widgets");
    }

    #[test]
    fn an_unknown_host_is_reported_not_guessed() {
        let d = detect(&inputs("https://gitlab.example.com/group/sub/proj.git"));
        assert_eq!(d.platform.value, Platform::UNKNOWN);
        assert_eq!(d.repo.unwrap().value, "group/sub/proj");
        assert_eq!(
            d.warnings[0],
            "gitlab.example.com is not a host we know: set GH_HOST for GitHub Enterprise, or gitea.url (GITEA_URL) for Gitea/Forgejo"
        );
    }

    #[test]
    fn configuration_beats_the_remote() {
        let config = crate::config::parse("github:\n  repo: other/repo\n", "c").unwrap();
        let d = detect(&inputs_with(
            Some("git@github.com:acme/widgets.git"),
            &config,
        ));
        assert_eq!(
            d.repo,
            Some(found(
                "other/repo".into(),
                Source::Config("github.repo".into())
            ))
        );
        let mut config = Config::default();
        config.sections.insert(
            "gitea",
            std::sync::Arc::new(GiteaConfig {
                repo: crate::refs::RepoRef::parse("team/app"),
                ..GiteaConfig::default()
            }),
        );
        let d = detect(&inputs_with(
            Some("git@github.com:acme/widgets.git"),
            &config,
        ));
        assert_eq!(d.platform.value.as_str(), "gitea");
        assert!(d.warnings.is_empty(), "{:?}", d.warnings);
        let both = crate::config::parse("github:\n  repo: other/repo\n", "c").unwrap();
        config.sections.extend(both.sections);
        let d = detect(&inputs_with(None, &config));
        assert_eq!(d.platform.value.as_str(), "gitea");
        assert_eq!(
            d.warnings,
            ["config (github.repo) and config (gitea.repo) both name a repository; config (gitea.repo) decides (remove one)"]
        );
    }

    #[test]
    fn no_remote_is_said() {
        let d = detect(&inputs_with(None, &Config::default()));
        assert_eq!(d.platform.value.as_str(), "github");
        assert_eq!(d.repo, None);
        assert!(d.warnings[0].contains("no origin remote"));
    }
}
