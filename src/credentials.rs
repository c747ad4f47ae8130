//! Where tokens come from, in go-gh's order, and how they are kept out of sight.
//!
//! Tokens live in [`SecretString`]s from the moment they are read: `Debug` prints
//! `[REDACTED]`, nothing here formats them, and they never reach argv or a file.

use crate::secrets::{Keyring, KeyringError};
use octocrab::secrecy::SecretString;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The environment variables that can hold a GitHub token.
#[derive(Debug, Default, Clone)]
pub struct GitHubTokenEnv {
    pub gh_token: Option<String>,
    pub github_token: Option<String>,
    pub gh_enterprise_token: Option<String>,
    pub github_enterprise_token: Option<String>,
}

/// A token and where it came from (the source is safe to show).
pub struct FoundToken {
    pub token: SecretString,
    pub source: String,
}

/// The keyring account of a GitHub host.
pub fn github_account(host: &str) -> String {
    format!("github:{host}")
}

/// The keyring account of a Jira site.
pub fn jira_account(url: &str) -> String {
    format!("jira:{}", url.trim_end_matches('/'))
}

/// GitHub token for `host`: `GH_TOKEN`/`GITHUB_TOKEN` (Enterprise variables for
/// other hosts), then `gh auth token --hostname HOST`, then our keyring entry.
pub fn github_token(host: &str, env: &GitHubTokenEnv, keyring: &Keyring) -> Option<FoundToken> {
    let candidates = if host == "github.com" || host.ends_with(".ghe.com") {
        [
            ("GH_TOKEN", &env.gh_token),
            ("GITHUB_TOKEN", &env.github_token),
        ]
    } else {
        [
            ("GH_ENTERPRISE_TOKEN", &env.gh_enterprise_token),
            ("GITHUB_ENTERPRISE_TOKEN", &env.github_enterprise_token),
        ]
    };
    for (name, value) in candidates {
        if let Some(v) = value.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
            return Some(FoundToken {
                token: SecretString::from(v.to_string()),
                source: name.to_string(),
            });
        }
    }
    if let Some(token) = gh_cli_token(host) {
        return Some(FoundToken {
            token,
            source: "gh auth token".to_string(),
        });
    }
    keyring
        .get(&github_account(host))
        .ok()
        .flatten()
        .map(|token| FoundToken {
            token,
            source: "keyring".to_string(),
        })
}

/// Jira token for the site at `url`: `JIRA_API_TOKEN`, then the keyring entry
/// written by `auth login jira`. A keyring that cannot be used is reported so the
/// caller can name the variable to set.
pub fn jira_token(
    url: &str,
    env_token: Option<&str>,
    keyring: &Keyring,
) -> Result<Option<FoundToken>, KeyringError> {
    if let Some(v) = env_token.map(str::trim).filter(|v| !v.is_empty()) {
        return Ok(Some(FoundToken {
            token: SecretString::from(v.to_string()),
            source: "JIRA_API_TOKEN".to_string(),
        }));
    }
    Ok(keyring.get(&jira_account(url))?.map(|token| FoundToken {
        token,
        source: "keyring".to_string(),
    }))
}

/// What `auth login jira` remembers besides the token (which goes to the keyring):
/// the site, the account email and the auth type. Kept in the user's config
/// directory as JSON; nothing secret is in it.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct JiraLogin {
    pub url: String,
    pub email: Option<String>,
    pub auth_type: Option<String>,
}

/// The user's settings directory: `$XDG_CONFIG_HOME/gh-debussy-sync` when that is
/// set (on every platform, as gh does), else the platform's own place
/// (`~/.config/gh-debussy-sync`, `~/Library/Application Support/gh-debussy-sync`,
/// `%APPDATA%\gh-debussy-sync\config`).
pub fn user_config_dir(xdg_config_home: Option<&Path>) -> Option<PathBuf> {
    xdg_config_home
        .map(|d| d.join("gh-debussy-sync"))
        .or_else(|| {
            directories::ProjectDirs::from("", "", "gh-debussy-sync")
                .map(|p| p.config_dir().to_path_buf())
        })
}

fn login_path(dir: &Path) -> PathBuf {
    dir.join("jira.json")
}

/// The saved Jira login, if any.
pub fn load_jira_login(dir: &Path) -> Option<JiraLogin> {
    let text = std::fs::read_to_string(login_path(dir)).ok()?;
    serde_json::from_str(&text).ok()
}

/// Saves the Jira login (not the token).
pub fn save_jira_login(dir: &Path, login: &JiraLogin) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let text = serde_json::to_string_pretty(login).unwrap_or_default();
    std::fs::write(login_path(dir), text + "\n")
}

/// Forgets the Jira login; returns whether there was one.
pub fn remove_jira_login(dir: &Path) -> std::io::Result<bool> {
    match std::fs::remove_file(login_path(dir)) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(e),
    }
}

/// Asks the gh CLI; the token comes back on stdout, never through argv.
fn gh_cli_token(host: &str) -> Option<SecretString> {
    let output = Command::new("gh")
        .args(["auth", "token", "--hostname", host])
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    if !output.status.success() {
        return None;
    }
    let token = String::from_utf8(output.stdout).ok()?;
    let token = token.trim();
    (!token.is_empty()).then(|| SecretString::from(token.to_string()))
}
