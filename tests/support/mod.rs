//! Shared test support: fake servers, a scratch repository with a plan, and a
//! command builder for the real binary.

#![allow(dead_code)]

pub mod github;
pub mod http;

use assert_cmd::Command;
use std::path::{Path, PathBuf};

/// A recognizable token that must never appear in any output or file.
pub const TOKEN: &str = "ghp_SECRETtoken0123456789abcdefSECRET";

/// A temporary repository.
pub struct Workspace {
    pub dir: tempfile::TempDir,
}

impl Workspace {
    pub fn new() -> Workspace {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir_all(dir.path().join(".debussy")).expect("mkdir .debussy");
        Workspace { dir }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn write(&self, rel: &str, text: &str) -> PathBuf {
        let path = self.path().join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, text).expect("write");
        path
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path().join(rel)).expect("read")
    }

    /// The binary, run in this workspace with a clean environment.
    pub fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("gh-debussy-sync").expect("binary");
        cmd.current_dir(self.path());
        for var in [
            "GH_TOKEN",
            "GITHUB_TOKEN",
            "GH_ENTERPRISE_TOKEN",
            "GITHUB_ENTERPRISE_TOKEN",
            "GH_HOST",
            "GITHUB_API_URL",
            "JIRA_URL",
            "JIRA_API_TOKEN",
            "JIRA_EMAIL",
            "JIRA_AUTH_TYPE",
        ] {
            cmd.env_remove(var);
        }
        cmd.env("NO_COLOR", "1");
        cmd.env("GH_DEBUSSY_SYNC_BACKOFF_SCALE", "0.01");
        cmd
    }

    /// The binary pointed at a fake GitHub.
    pub fn gh(&self, url: &str) -> Command {
        let mut cmd = self.cmd();
        cmd.env("GITHUB_API_URL", url).env("GH_TOKEN", TOKEN);
        cmd
    }

    /// Every file under the workspace, as text (lossy), for secret scans.
    pub fn all_file_bytes(&self) -> Vec<(PathBuf, Vec<u8>)> {
        let mut out = Vec::new();
        let mut stack = vec![self.path().to_path_buf()];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).expect("read_dir").flatten() {
                let p = entry.path();
                if p.is_dir() {
                    stack.push(p);
                } else {
                    out.push((p.clone(), std::fs::read(&p).unwrap_or_default()));
                }
            }
        }
        out
    }
}

/// The standard plan: two plan-level issues, one phase-level issue on phase 1.
pub const MASTER: &str = "\
# Issue Tracker Sync - Master Plan

**GitHub Repo:** acme/widgets
**GitHub Issues:** #10, #11

| Phase | Title | Focus | Risk | Status |
|-------|-------|-------|------|--------|
| 1 | [GitHub Issue Status Sync](phase-1.md) | labels | Low | Pending |
| 2 | [Jira Issue Status Sync](phase-2.md) | jira | Low | Pending |
";

pub const PHASE_1: &str = "\
# Issue Tracker Sync Phase 1: GitHub Issue Status Sync

**Status:** Pending
**Depends On:** N/A
**GitHub Issues:** #12

---
";

pub const PHASE_2: &str = "\
# Issue Tracker Sync Phase 2: Jira Issue Status Sync

**Status:** Pending
**Depends On:** Phase 1
";

pub const PLAN: &str = "docs/plans/sync/MASTER_PLAN.md";

/// A workspace holding the standard plan, and a fake GitHub with its issues.
pub fn standard() -> (Workspace, github::FakeGitHub) {
    let ws = Workspace::new();
    ws.write(PLAN, MASTER);
    ws.write("docs/plans/sync/phase-1.md", PHASE_1);
    ws.write("docs/plans/sync/phase-2.md", PHASE_2);
    let gh = github::FakeGitHub::start();
    for n in [10, 11, 12] {
        gh.add_issue("acme/widgets", n, &format!("Issue {n}"));
    }
    (ws, gh)
}

/// Parses stdout as the one JSON document it must be.
pub fn json_stdout(output: &std::process::Output) -> serde_json::Value {
    let text = String::from_utf8_lossy(&output.stdout);
    serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("stdout is not one JSON document ({e}):\n{text}"))
}
