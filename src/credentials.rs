//! Where tokens come from, in go-gh's order, and how they are kept out of sight.
//!
//! Tokens live in [`SecretString`]s from the moment they are read: `Debug` prints
//! `[REDACTED]`, nothing here formats them, and they never reach argv or a file.

use octocrab::secrecy::SecretString;
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

/// GitHub token for `host`: `GH_TOKEN`/`GITHUB_TOKEN` (Enterprise variables for
/// other hosts), then `gh auth token --hostname HOST`.
pub fn github_token(host: &str, env: &GitHubTokenEnv) -> Option<FoundToken> {
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
    gh_cli_token(host).map(|token| FoundToken {
        token,
        source: "gh auth token".to_string(),
    })
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
