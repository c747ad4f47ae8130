//! Following real Debussy runs: `watch`, `run`, the completion history, the guard
//! and `history`, against a state.db with Debussy's own schema.

mod support;

use serde_json::Value;
use std::time::{Duration, Instant};
use support::github::FakeGitHub;
use support::*;

const REPO: &str = "acme/widgets";

/// Three phases; `acme/widgets#10` and `local#1` follow the plan, `local#3` phase 3.
const MASTER: &str = "\
# Release - Master Plan

**GitHub Repo:** acme/widgets
**Issues:** #10, local#1

| Phase | Title | Status |
|---|---|---|
| 1 | [One](phase-1.md) | Pending |
| 2 | [Two](phase-2.md) | Pending |
| 3 | [Three](phase-3.md) | Pending |
";

const PLAN: &str = "docs/plans/release/MASTER_PLAN.md";

fn workspace() -> (Workspace, FakeGitHub) {
    let ws = Workspace::new();
    ws.write(PLAN, MASTER);
    ws.write("docs/plans/release/phase-1.md", "# Release Phase 1: One\n");
    ws.write(
        "docs/plans/release/phase-2.md",
        "# Release Phase 2: Two\n\n**Issues:** local#2\n",
    );
    ws.write(
        "docs/plans/release/phase-3.md",
        "# Release Phase 3: Three\n\n**Issues:** local#3\n",
    );
    for n in 1..=3 {
        ws.write(
            &format!(".debussy/issues/{n}.md"),
            &local_issue_file(n, &format!("Local {n}"), None),
        );
    }
    let gh = FakeGitHub::start();
    gh.add_issue(REPO, 10, "Release");
    (ws, gh)
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Run A completed phases 1 and 2 (2 on its second attempt); run B, resumed from a
/// container path, completed phase 3.
fn resumed_runs(db: &DebussyDb) {
    db.start_run(
        "runA0001",
        "/home/ana/widgets/docs/plans/release/MASTER_PLAN.md",
    );
    db.start_phase("runA0001", "1", 1);
    db.end_phase("runA0001", "1", 1, "completed");
    db.start_phase("runA0001", "2", 1);
    db.end_phase("runA0001", "2", 1, "failed");
    db.start_phase("runA0001", "2", 2);
    db.end_phase("runA0001", "2", 2, "completed");
    db.end_run("runA0001", "paused");
    db.start_run("runB0002", "/workspace/docs/plans/release/MASTER_PLAN.md");
    db.start_phase("runB0002", "3", 1);
    db.end_phase("runB0002", "3", 1, "completed");
    db.end_run("runB0002", "completed");
}

#[test]
fn resumed_runs_complete_the_plan_and_watch_once_converges_and_records_it() {
    let (ws, gh) = workspace();
    let db = DebussyDb::create(&ws);
    resumed_runs(&db);
    let schema = |db: &DebussyDb| -> Vec<String> {
        let mut stmt = db
            .conn
            .prepare("SELECT name FROM sqlite_master ORDER BY name")
            .unwrap();
        let names = stmt.query_map([], |r| r.get(0)).unwrap();
        names.map(Result::unwrap).collect()
    };
    let before = schema(&db);
    let out = succeed(
        ws.gh(&gh.url)
            .args(["--json", "watch", "--once", "--plan", PLAN]),
    );
    let report = json_stdout(&out);
    assert_eq!(report["plan"], PLAN);
    assert_eq!(gh.issue(REPO, 10).labels, ["debussy:completed"]);
    for n in 1..=3 {
        assert_eq!(
            local_labels(&ws, n),
            ["team:core", "debussy:completed"],
            "local#{n}"
        );
    }
    let show = json_stdout(&succeed(
        ws.cmd().args(["--json", "plan", "show", "--plan", PLAN]),
    ));
    let statuses: Vec<&str> = show["phases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["completed"; 3]);

    // The completion is recorded once, with fully qualified issues and the run.
    succeed(ws.gh(&gh.url).args(["watch", "--once", "--plan", PLAN]));
    let history = json_stdout(&succeed(ws.cmd().args(["--json", "history"])));
    let completions = history["completions"].as_array().unwrap();
    assert_eq!(completions.len(), 1, "{history}");
    assert_eq!(completions[0]["run"], "runB0002");
    assert_eq!(completions[0]["plan"], PLAN);
    assert_eq!(
        completions[0]["issues"],
        serde_json::json!(["acme/widgets#10", "local#1", "local#2", "local#3"])
    );
    // Debussy's database was only read.
    assert_eq!(schema(&db), before, "nothing was created in state.db");
}

#[test]
fn watch_follows_phase_changes_and_waits_out_a_locked_database() {
    let (ws, gh) = workspace();
    let db = DebussyDb::create(&ws);
    db.start_run("run00001", &ws.path().join(PLAN).display().to_string());
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("gh-debussy-sync"));
    cmd.current_dir(ws.path())
        .env("NO_COLOR", "1")
        .env("GITHUB_API_URL", &gh.url)
        .env("GH_TOKEN", TOKEN)
        .args(["--json", "watch", "--interval", "300ms"]);
    let (mut child, log) = spawn_logged(cmd);
    let interval = Duration::from_millis(300);
    let wait_for = |what: &str, cond: &dyn Fn() -> bool| {
        let started = Instant::now();
        // Two intervals, plus room for a busy 2-core machine.
        while !cond() {
            assert!(
                started.elapsed() < interval * 2 + Duration::from_secs(5),
                "{what} not seen; watch said: {:?}",
                log.lock().unwrap()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        eprintln!("{what}: converged {:?} after the change", started.elapsed());
    };
    wait_for("first convergence", &|| !log.lock().unwrap().is_empty());
    db.start_phase("run00001", "1", 1);
    wait_for("phase 1 started", &|| {
        gh.issue(REPO, 10).labels == ["debussy:in-progress"]
    });

    // Another process holds an exclusive lock for three seconds, with the next
    // change inside its transaction.
    let path = ws.path().join(".debussy/state.db");
    let holder = std::thread::spawn(move || {
        let conn = rusqlite::Connection::open(path).unwrap();
        conn.execute_batch("BEGIN EXCLUSIVE").unwrap();
        conn.execute(
            "UPDATE phase_executions SET status = 'completed', completed_at = ?1 WHERE phase_id = '1'",
            [DebussyDb::now()],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO phase_executions (run_id, phase_id, attempt, status, started_at) VALUES ('run00001', '2', 1, 'running', ?1)",
            [DebussyDb::now()],
        )
        .unwrap();
        std::thread::sleep(Duration::from_secs(3));
        conn.execute_batch("COMMIT").unwrap();
    });
    std::thread::sleep(Duration::from_millis(1500));
    assert!(
        child.try_wait().unwrap().is_none(),
        "watch keeps running while locked"
    );
    holder.join().unwrap();
    wait_for("phase 2 started after the lock", &|| {
        local_labels(&ws, 2) == ["team:core", "debussy:in-progress"]
    });
    assert!(child.try_wait().unwrap().is_none());
    let lines = log.lock().unwrap().clone();
    assert!(lines.iter().all(|l| !l.starts_with("error")), "{lines:?}");
    // Every stdout line is one JSON document.
    for line in lines.iter().filter(|l| l.starts_with('{')) {
        serde_json::from_str::<Value>(line).unwrap_or_else(|e| panic!("{e}: {line}"));
    }
    // Ctrl-C ends it cleanly.
    std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0));
}

/// A script that writes phase rows like Debussy, then ends as told.
fn debussy_like_script(ws: &Workspace, ending: &str) -> String {
    let script = format!(
        r#"import sqlite3, datetime, os, time
def now():
    return datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None).isoformat(timespec="milliseconds")
db = sqlite3.connect(".debussy/state.db")
db.execute("INSERT INTO runs (id, master_plan_path, started_at, status) VALUES ('scr00001', ?, ?, 'running')", (os.path.abspath("{PLAN}"), now()))
db.execute("INSERT INTO phase_executions (run_id, phase_id, attempt, status, started_at) VALUES ('scr00001', '1', 1, 'running', ?)", (now(),))
db.commit()
time.sleep(0.5)
db.execute("UPDATE phase_executions SET status = 'completed', completed_at = ? WHERE phase_id = '1'", (now(),))
db.execute("INSERT INTO phase_executions (run_id, phase_id, attempt, status, started_at) VALUES ('scr00001', '2', 1, 'running', ?)", (now(),))
db.commit()
time.sleep(0.5)
print("script output passes through")
{ending}
"#
    );
    ws.write("debussy_like.py", &script);
    "debussy_like.py".to_string()
}

/// `run` of a script that writes phase rows like Debussy and ends with `ending`.
fn run_like_debussy(ending: &str) -> (Workspace, FakeGitHub, std::process::Output) {
    let (ws, gh) = workspace();
    DebussyDb::create(&ws);
    let script = debussy_like_script(&ws, ending);
    let out = ws
        .gh(&gh.url)
        .args([
            "run",
            "--interval",
            "200ms",
            "--plan",
            PLAN,
            "--",
            "python3",
            &script,
        ])
        .output()
        .unwrap();
    (ws, gh, out)
}

#[test]
fn run_returns_the_commands_exit_code_and_leaves_no_phase_in_progress() {
    let (ws, gh, out) = run_like_debussy("raise SystemExit(7)");
    assert_eq!(out.status.code(), Some(7), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("script output passes through"));
    assert_eq!(local_labels(&ws, 2), ["team:core", "debussy:failed"]);
    assert_eq!(gh.issue(REPO, 10).labels, ["debussy:failed"]);
    assert_eq!(local_labels(&ws, 1), ["team:core", "debussy:failed"]);
    let history = json_stdout(&succeed(
        ws.cmd().args(["--json", "history", "--issue", "local#2"]),
    ));
    let reason = history["issues"][0]["failures"][0]["reason"]
        .as_str()
        .unwrap();
    assert!(
        reason.contains("ended (exit 7) while phase 2 was running"),
        "{history}"
    );
}

#[test]
fn run_killed_command_marks_its_running_phase_failed() {
    let (ws, gh, out) = run_like_debussy("os.kill(os.getpid(), 9)");
    assert_eq!(out.status.code(), Some(137), "{}", stderr(&out));
    assert_eq!(local_labels(&ws, 2), ["team:core", "debussy:failed"]);
    assert!(gh
        .issue(REPO, 10)
        .labels
        .iter()
        .all(|l| l != "debussy:in-progress"));
}

/// A workspace whose plan links acme/widgets#20 and PROJ-7 (and nothing that can
/// be reached: the guard reads history only).
fn guard_workspace(links: &str) -> Workspace {
    let ws = Workspace::new();
    ws.write(
        "plans/next/MASTER_PLAN.md",
        &format!("# Next - Master Plan\n\n**Issues:** {links}\n\n| Phase | Title | Status |\n|---|---|---|\n| 1 | One | Pending |\n"),
    );
    ws
}

#[test]
fn guard_refuses_completed_work_without_a_terminal_and_force_records_a_bypass() {
    let ws = guard_workspace("Acme/Widgets#20, PROJ-7, acme/widgets#21");
    ws.write(
        "plans/old/MASTER_PLAN.md",
        "# Old - Master Plan\n\n**GitHub Repo:** acme/widgets\n\n| Phase | Title | Status |\n|---|---|---|\n| 1 | One | Done |\n",
    );
    let db = DebussyDb::create(&ws);
    db.add_feature(
        "Old feature",
        &ws.path()
            .join("plans/old/MASTER_PLAN.md")
            .display()
            .to_string(),
        r#"[{"type": "github", "id": "20"}, {"type": "jira", "id": "proj-7"}]"#,
    );
    db.add_feature("Broken row", "/x/MASTER_PLAN.md", "not json");
    let out = ws
        .cmd()
        .args(["guard", "--plan", "plans/next/MASTER_PLAN.md"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("partial match 2/3"), "{text}");
    assert!(text.contains("Acme/Widgets#20, PROJ-7"), "{text}");
    assert!(text.contains("Old feature"), "{text}");
    assert!(stderr(&out).contains("completed_features row 2 cannot be read"));

    // --yes is not consent; --force is, with the warning and a recorded bypass.
    let out = ws
        .cmd()
        .args(["--yes", "guard", "--plan", "plans/next/MASTER_PLAN.md"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    let out = succeed(
        ws.cmd()
            .args(["guard", "--force", "--plan", "plans/next/MASTER_PLAN.md"]),
    );
    assert!(
        stderr(&out).contains("partial match 2/3"),
        "{}",
        stderr(&out)
    );
    let history = json_stdout(&succeed(ws.cmd().args(["--json", "history"])));
    assert_eq!(
        history["bypasses"].as_array().unwrap().len(),
        1,
        "{history}"
    );
    assert_eq!(
        history["bypasses"][0]["issues"],
        serde_json::json!(["Acme/Widgets#20", "PROJ-7"])
    );

    // `run` refuses the same way, without starting its command.
    let out = ws
        .cmd()
        .args([
            "run",
            "--plan",
            "plans/next/MASTER_PLAN.md",
            "--",
            "touch",
            "started",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert!(!ws.path().join("started").exists());
}

#[test]
fn guard_never_matches_across_repositories_and_reports_full_matches() {
    let ws = guard_workspace("acme/other#20");
    let db = DebussyDb::create(&ws);
    db.add_feature(
        "Widgets",
        "/elsewhere/MASTER_PLAN.md",
        r#"[{"type": "github", "id": "acme/widgets#20"}]"#,
    );
    succeed(
        ws.cmd()
            .args(["guard", "--plan", "plans/next/MASTER_PLAN.md"]),
    );
    let ws = guard_workspace("acme/widgets#20");
    let db = DebussyDb::create(&ws);
    db.add_feature(
        "Widgets",
        "/elsewhere/MASTER_PLAN.md",
        r#"[{"type": "github", "id": "Acme/Widgets#20"}]"#,
    );
    let out = ws
        .cmd()
        .args(["--json", "guard", "--plan", "plans/next/MASTER_PLAN.md"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    let report = json_stdout(&out);
    assert_eq!(report["refused"], true);
    assert_eq!(report["matches"][0]["match"], "full");
}

#[test]
fn completing_twice_records_one_completion_and_posts_no_second_comment() {
    let (ws, gh) = standard();
    for id in ["1", "2"] {
        succeed(ws.gh(&gh.url).args(["phase", "complete", id]));
    }
    for _ in 0..2 {
        succeed(ws.gh(&gh.url).args(["plan", "complete", "--auto-close"]));
    }
    assert_eq!(gh.comments(REPO, 10).len(), 1);
    let history = json_stdout(&succeed(ws.cmd().args(["--json", "history"])));
    assert_eq!(history["completions"].as_array().unwrap().len(), 1);
    // The guard now refuses the completed plan.
    let out = ws.cmd().args(["guard"]).output().unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert!(String::from_utf8_lossy(&out.stdout).contains("full match"));
}

#[test]
fn history_shows_per_issue_sync_in_both_forms_and_rejects_bad_references() {
    let (ws, gh) = standard();
    succeed(ws.gh(&gh.url).args(["phase", "start", "1"]));
    succeed(
        ws.gh(&gh.url)
            .args(["phase", "fail", "1", "--reason", "tests red"]),
    );
    let out = succeed(ws.cmd().args(["history", "--issue", "#12"]));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("acme/widgets#12"), "{text}");
    assert!(text.contains("add_label debussy:failed"), "{text}");
    assert!(text.contains("tests red"), "{text}");
    let history = json_stdout(&succeed(ws.cmd().args([
        "--json",
        "history",
        "--issue",
        "Acme/Widgets#12",
    ])));
    let issues = history["issues"].as_array().unwrap();
    assert_eq!(issues.len(), 1);
    assert_eq!(issues[0]["ref"], "acme/widgets#12");
    assert_eq!(issues[0]["result"], "applied");
    assert_eq!(issues[0]["failures"][0]["reason"], "tests red");
    let out = ws
        .cmd()
        .args(["history", "--issue", "#abc"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("accepted forms"));
    // --plan resolves relative to the current directory.
    let out = succeed(ws.cmd().current_dir(ws.path().join("docs")).args([
        "--json",
        "history",
        "--plan",
        "plans/sync/MASTER_PLAN.md",
    ]));
    assert!(!json_stdout(&out)["operations"]
        .as_array()
        .unwrap()
        .is_empty());
}
