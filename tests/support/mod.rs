//! Shared test support: fake servers, a scratch repository with a plan, and a
//! command builder for the real binary.

#![allow(dead_code)]

pub mod gitea;
pub mod gitea_cli;
pub mod github;
pub mod http;
pub mod jira;
pub mod jira820;
pub mod kill9;
pub mod prism;
pub mod redis;
pub mod serve;
pub mod twelve;

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
            "GITEA_URL",
            "GITEA_TOKEN",
            "FORGEJO_URL",
            "FORGEJO_TOKEN",
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

    /// Asserts that no file under the workspace holds `secret`.
    pub fn assert_no_file_holds(&self, secret: &str) {
        let needle = secret.as_bytes();
        for (path, bytes) in self.all_file_bytes() {
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle),
                "secret found in {}",
                path.display()
            );
        }
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

/// Makes the workspace a git checkout with one commit; returns its sha.
pub fn git_commit(ws: &Workspace) -> String {
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git")
            .current_dir(ws.path())
            .args(["-c", "user.name=t", "-c", "user.email=t@example.com"])
            .args(args)
            .output()
            .expect("git");
        assert!(out.status.success(), "git {args:?}: {out:?}");
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    };
    git(&["init", "-q"]);
    git(&["add", "-A"]);
    git(&["commit", "-q", "-m", "plan"]);
    git(&["rev-parse", "HEAD"])
}

/// Runs `cmd` and asserts that it succeeded, showing its output when it did not.
pub fn succeed(cmd: &mut Command) -> std::process::Output {
    let out = cmd.output().expect("run the binary");
    assert!(
        out.status.success(),
        "{cmd:?} exit {:?}:\n{}\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// The identity of each reported operation (tracker, target, action, value), for
/// comparing a dry run with the real run that follows it.
pub fn operation_keys(report: &serde_json::Value) -> Vec<serde_json::Value> {
    report["operations"]
        .as_array()
        .expect("operations")
        .iter()
        .map(|o| serde_json::json!([o["tracker"], o["target"], o["action"], o["value"]]))
        .collect()
}

/// Parses stdout as the one JSON document it must be.
pub fn json_stdout(output: &std::process::Output) -> serde_json::Value {
    let text = String::from_utf8_lossy(&output.stdout);
    serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("stdout is not one JSON document ({e}):\n{text}"))
}

/// A plan whose issues live in the local tracker: local#1 and local#2 follow the
/// plan, local#3 follows phase 1.
pub const LOCAL_MASTER: &str = "\
# Local Sync - Master Plan

**Issues:** local#1, local#2

| Phase | Title | Focus | Risk | Status |
|-------|-------|-------|------|--------|
| 1 | [Storage](phase-1.md) | x | Low | Pending |
| 2 | [API](phase-2.md) | x | Low | Pending |
";

pub const LOCAL_PLAN: &str = "plans/local/MASTER_PLAN.md";

/// A local issue file as a person would write it.
pub fn local_issue_file(number: u64, title: &str, milestone: Option<u64>) -> String {
    let milestone = milestone.map_or("null".to_string(), |m| m.to_string());
    format!(
        "---\nnumber: {number}\ntitle: {title}\nstate: open\nlabels: [\"team:core\"]\nmilestone: {milestone}\n---\n\nBody of {title}.\n"
    )
}

/// A workspace with the local plan and issues 1–3 (1 in milestone 1).
pub fn local_standard() -> Workspace {
    let ws = Workspace::new();
    ws.write(LOCAL_PLAN, LOCAL_MASTER);
    ws.write(
        "plans/local/phase-1.md",
        "# Local Sync Phase 1: Storage\n\n**Issues:** local#3\n",
    );
    ws.write("plans/local/phase-2.md", "# Local Sync Phase 2: API\n");
    ws.write(
        ".debussy/issues/1.md",
        &local_issue_file(1, "Plan one", Some(1)),
    );
    ws.write(
        ".debussy/issues/2.md",
        &local_issue_file(2, "Plan two", None),
    );
    ws.write(
        ".debussy/issues/3.md",
        &local_issue_file(3, "Phase one", None),
    );
    ws.write(
        ".debussy/issues/milestones/1.md",
        "---\nnumber: 1\ntitle: v1\n---\n\nFirst release.\n",
    );
    ws
}

/// The front matter `labels:` list of a local issue file.
pub fn local_labels(ws: &Workspace, number: u64) -> Vec<String> {
    let text = ws.read(&format!(".debussy/issues/{number}.md"));
    let line = text
        .lines()
        .find(|l| l.starts_with("labels:"))
        .expect("labels line");
    serde_json::from_str(line.trim_start_matches("labels:").trim()).expect("labels list")
}

/// Every file under `.debussy/issues` with its bytes and modification time.
pub fn snapshot_issues(ws: &Workspace) -> Vec<(PathBuf, Vec<u8>, std::time::SystemTime)> {
    let mut out: Vec<_> = ws
        .all_file_bytes()
        .into_iter()
        .filter(|(p, _)| p.to_string_lossy().contains(".debussy/issues/") && !p.ends_with(".lock"))
        .map(|(p, b)| {
            let t = std::fs::metadata(&p)
                .and_then(|m| m.modified())
                .expect("mtime");
            (p, b, t)
        })
        .collect();
    out.sort();
    out
}

/// The binary pointed at a fake Jira, with its credentials in the environment and
/// the deployment set in the workspace's config.
pub fn jira_cmd(ws: &Workspace, fake: &jira::FakeJira) -> Command {
    let mut cmd = ws.cmd();
    cmd.env("JIRA_URL", &fake.url)
        .env("JIRA_API_TOKEN", jira::JIRA_TOKEN);
    if fake.flavor == jira::Flavor::Cloud {
        cmd.env("JIRA_EMAIL", jira::JIRA_EMAIL);
    }
    cmd.env("GH_DEBUSSY_SYNC_KEYRING", "none");
    cmd
}

/// A Jira plan: PROJ-1 follows the plan, PROJ-2 follows phase 1; transitions per
/// PRODUCT §5 on the given deployment.
pub fn jira_workspace(deployment: &str) -> Workspace {
    let ws = Workspace::new();
    ws.write(
        ".debussy/config.yaml",
        &format!(
            "jira:\n  deployment: {deployment}\n  transitions:\n    on_phase_start: \"In Progress\"\n    on_phase_complete: \"In Review\"\n    on_phase_failed: null\n    on_plan_complete: \"Done\"\n  transition_fields:\n    resolution: Done\n"
        ),
    );
    ws.write(
        "plans/j/MASTER_PLAN.md",
        "# Jira Sync - Master Plan\n\n**Jira Issues:** PROJ-1\n\n| Phase | Title | Focus | Risk | Status |\n|---|---|---|---|---|\n| 1 | [One](phase-1.md) | x | Low | Pending |\n| 2 | [Two](phase-2.md) | x | Low | Pending |\n",
    );
    ws.write(
        "plans/j/phase-1.md",
        "# Jira Sync Phase 1: One\n\n**Jira Issues:** PROJ-2\n",
    );
    ws.write("plans/j/phase-2.md", "# Jira Sync Phase 2: Two\n");
    ws
}

/// Starts `cmd` with its stdout and stderr collected line by line.
pub fn spawn_logged(
    mut cmd: std::process::Command,
) -> (
    std::process::Child,
    std::sync::Arc<std::sync::Mutex<Vec<String>>>,
) {
    use std::io::BufRead;
    let mut child = cmd
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {cmd:?}: {e}"));
    let log = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let streams: [Box<dyn std::io::Read + Send>; 2] = [
        Box::new(child.stdout.take().expect("stdout")),
        Box::new(child.stderr.take().expect("stderr")),
    ];
    for stream in streams {
        let log = log.clone();
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(stream)
                .lines()
                .map_while(Result::ok)
            {
                log.lock().expect("log").push(line);
            }
        });
    }
    (child, log)
}

/// Runs every command at once and returns their outputs, in order.
pub fn run_all_at_once(cmds: Vec<Command>) -> Vec<std::process::Output> {
    let handles: Vec<_> = cmds
        .into_iter()
        .map(|mut cmd| std::thread::spawn(move || cmd.output().expect("run the binary")))
        .collect();
    handles
        .into_iter()
        .map(|h| h.join().expect("runner thread"))
        .collect()
}

/// `n` commands built by `make`, run all at once; each must succeed.
pub fn succeed_all_at_once(n: usize, make: impl Fn() -> Command) -> Vec<std::process::Output> {
    let outputs = run_all_at_once((0..n).map(|_| make()).collect());
    for out in &outputs {
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    outputs
}

/// The number of recorded events in the workspace's sync.db.
pub fn recorded_events(ws: &Workspace) -> i64 {
    let conn = rusqlite::Connection::open(ws.path().join(".debussy/sync.db")).expect("sync.db");
    conn.query_row("SELECT count(*) FROM events", [], |r| r.get(0))
        .expect("count events")
}

/// Debussy's `.debussy/state.db` in a workspace, written the way Debussy writes it.
pub struct DebussyDb {
    pub conn: rusqlite::Connection,
}

impl DebussyDb {
    /// Creates the database with Debussy's schema (`tests/fixtures/debussy`).
    pub fn create(ws: &Workspace) -> DebussyDb {
        let conn =
            rusqlite::Connection::open(ws.path().join(".debussy/state.db")).expect("state.db");
        conn.execute_batch(include_str!("../fixtures/debussy/state-schema.sql"))
            .expect("Debussy's schema");
        DebussyDb { conn }
    }

    /// Debussy's timestamp style: ISO 8601 without a zone.
    pub fn now() -> String {
        gh_debussy_sync::store::now_rfc3339()
            .trim_end_matches('Z')
            .to_string()
    }

    pub fn start_run(&self, id: &str, master_plan_path: &str) {
        self.conn
            .execute(
                "INSERT INTO runs (id, master_plan_path, started_at, status, current_phase) VALUES (?1, ?2, ?3, 'running', NULL)",
                rusqlite::params![id, master_plan_path, Self::now()],
            )
            .expect("insert run");
    }

    pub fn end_run(&self, id: &str, status: &str) {
        self.conn
            .execute(
                "UPDATE runs SET status = ?2, completed_at = ?3 WHERE id = ?1",
                rusqlite::params![id, status, Self::now()],
            )
            .expect("update run");
    }

    /// Starts attempt `attempt` of a phase (status `running`).
    pub fn start_phase(&self, run: &str, phase: &str, attempt: i64) {
        self.conn
            .execute(
                "INSERT INTO phase_executions (run_id, phase_id, attempt, status, started_at) VALUES (?1, ?2, ?3, 'running', ?4)",
                rusqlite::params![run, phase, attempt, Self::now()],
            )
            .expect("insert execution");
    }

    /// Ends that attempt with `status` (`completed`, `failed`, …).
    pub fn end_phase(&self, run: &str, phase: &str, attempt: i64, status: &str) {
        self.conn
            .execute(
                "UPDATE phase_executions SET status = ?4, completed_at = ?5, error_message = CASE WHEN ?4 = 'failed' THEN 'gate failed: tests' END WHERE run_id = ?1 AND phase_id = ?2 AND attempt = ?3",
                rusqlite::params![run, phase, attempt, status, Self::now()],
            )
            .expect("update execution");
    }

    pub fn add_feature(&self, name: &str, plan_path: &str, issues_json: &str) {
        self.conn
            .execute(
                "INSERT INTO completed_features (name, completed_at, issues_json, plan_path) VALUES (?1, ?2, ?3, ?4)",
                rusqlite::params![name, Self::now(), issues_json, plan_path],
            )
            .expect("insert feature");
    }
}

/// The reported operations whose `field` is `value` (e.g. `"status"`, `"failed"`).
pub fn operations_where<'a>(
    report: &'a serde_json::Value,
    field: &str,
    value: &str,
) -> Vec<&'a serde_json::Value> {
    report["operations"]
        .as_array()
        .expect("operations")
        .iter()
        .filter(|o| o[field] == value)
        .collect()
}

/// The first reported operation whose `field` is `value`.
pub fn operation_where<'a>(
    report: &'a serde_json::Value,
    field: &str,
    value: &str,
) -> &'a serde_json::Value {
    operations_where(report, field, value)
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no operation with {field} {value}: {report}"))
}
