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

/// An executable script that writes phase rows the way Debussy does (naive local
/// timestamps, `datetime.now().isoformat()`): phase 1 runs and completes, phase 2
/// starts; then it ends with `ending`.
fn debussy_like_script(ws: &Workspace, ending: &str) -> String {
    let script = format!(
        r#"#!/usr/bin/env python3
import sqlite3, datetime, os, signal, subprocess, time
def now():
    return datetime.datetime.now().isoformat()
db = sqlite3.connect(".debussy/state.db")
db.execute("INSERT INTO runs (id, master_plan_path, started_at, status) VALUES ('scr00001', ?, ?, 'running')", (os.path.abspath("{PLAN}"), now()))
db.execute("INSERT INTO phase_executions (run_id, phase_id, attempt, status, started_at) VALUES ('scr00001', '1', 1, 'running', ?)", (now(),))
db.commit()
time.sleep(0.5)
db.execute("UPDATE phase_executions SET status = 'completed', completed_at = ? WHERE phase_id = '1'", (now(),))
db.execute("INSERT INTO phase_executions (run_id, phase_id, attempt, status, started_at) VALUES ('scr00001', '2', 1, 'running', ?)", (now(),))
db.commit()
time.sleep(0.5)
print("script output passes through", flush=True)
{ending}
"#
    );
    write_executable(ws, "debussy_like.py", &script)
}

/// Writes an executable script and returns how to call it (`./NAME`).
fn write_executable(ws: &Workspace, name: &str, text: &str) -> String {
    let path = ws.write(name, text);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    format!("./{name}")
}

/// The binary in `ws`, pointed at `gh`, in time zone `tz` (a POSIX TZ string).
fn in_zone(ws: &Workspace, gh: &FakeGitHub, tz: &str) -> assert_cmd::Command {
    let mut cmd = ws.gh(&gh.url);
    cmd.env("TZ", tz);
    cmd
}

/// `run --plan PLAN -- COMMAND` in time zone `tz`.
fn run_command(
    ws: &Workspace,
    gh: &FakeGitHub,
    tz: &str,
    command: &[&str],
) -> std::process::Output {
    in_zone(ws, gh, tz)
        .env("SYNC_BIN", assert_cmd::cargo::cargo_bin("gh-debussy-sync"))
        .args(["run", "--interval", "200ms", "--plan", PLAN, "--"])
        .args(command)
        .output()
        .expect("run")
}

/// The phase statuses `plan show` reports, in plan order.
fn statuses(ws: &Workspace, gh: &FakeGitHub, tz: &str) -> Vec<String> {
    let show = json_stdout(&succeed(
        in_zone(ws, gh, tz).args(["--json", "plan", "show", "--plan", PLAN]),
    ));
    show["phases"]
        .as_array()
        .expect("phases")
        .iter()
        .map(|p| p["status"].as_str().expect("status").to_string())
        .collect()
}

/// The reasons of the failures `history --issue ISSUE` shows.
fn failure_reasons(ws: &Workspace, gh: &FakeGitHub, tz: &str, issue: &str) -> Vec<String> {
    let history = json_stdout(&succeed(
        in_zone(ws, gh, tz).args(["--json", "history", "--issue", issue]),
    ));
    history["issues"][0]["failures"]
        .as_array()
        .unwrap_or_else(|| panic!("no failures for {issue}: {history}"))
        .iter()
        .map(|f| f["reason"].as_str().unwrap_or_default().to_string())
        .collect()
}

/// UTC, five hours west of it, nine hours east of it.
const ZONES: [&str; 3] = ["UTC0", "WST+5", "EST-9"];

#[test]
fn run_fails_the_phase_debussy_left_running_when_the_command_exits_in_any_time_zone() {
    for tz in ZONES {
        let (ws, gh) = workspace();
        DebussyDb::create(&ws);
        let script = debussy_like_script(&ws, "raise SystemExit(7)");
        let out = run_command(&ws, &gh, tz, &[&script]);
        assert_eq!(out.status.code(), Some(7), "{tz}: {}", stderr(&out));
        assert!(String::from_utf8_lossy(&out.stdout).contains("script output passes through"));
        assert!(
            stderr(&out)
                .contains("phase 2 was running when the command exited with code 7: marked failed"),
            "{tz}: {}",
            stderr(&out)
        );
        assert_eq!(
            statuses(&ws, &gh, tz),
            ["completed", "failed", "pending"],
            "{tz}"
        );
        assert_eq!(
            local_labels(&ws, 2),
            ["team:core", "debussy:failed"],
            "{tz}"
        );
        assert_eq!(
            local_labels(&ws, 1),
            ["team:core", "debussy:failed"],
            "{tz}"
        );
        assert_eq!(gh.issue(REPO, 10).labels, ["debussy:failed"], "{tz}");
        let reasons = failure_reasons(&ws, &gh, tz, "local#2");
        assert_eq!(reasons.len(), 1, "{tz}: {reasons:?}");
        assert!(
            reasons[0].contains(&format!(
                "`{script}` exited with code 7 while phase 2 was running"
            )),
            "{tz}: {reasons:?}"
        );

        // A second run settles nothing again: no event, no operation, same labels.
        let events = recorded_events(&ws);
        let out = run_command(&ws, &gh, tz, &["true"]);
        assert_eq!(out.status.code(), Some(0), "{tz}: {}", stderr(&out));
        assert!(
            !stderr(&out).contains("marked failed"),
            "{tz}: {}",
            stderr(&out)
        );
        assert_eq!(recorded_events(&ws), events, "{tz}");
        assert_eq!(
            statuses(&ws, &gh, tz),
            ["completed", "failed", "pending"],
            "{tz}"
        );
        assert_eq!(
            local_labels(&ws, 2),
            ["team:core", "debussy:failed"],
            "{tz}"
        );
        assert_eq!(failure_reasons(&ws, &gh, tz, "local#2").len(), 1, "{tz}");
    }
}

#[test]
fn run_fails_the_phase_its_command_started_with_our_events_when_a_signal_ends_it() {
    let (ws, gh) = workspace();
    let script = write_executable(
        &ws,
        "phases.sh",
        &format!(
            "#!/bin/sh\nset -e\nfor step in 'start 1' 'complete 1' 'start 2'; do\n  \"$SYNC_BIN\" phase $step --plan {PLAN} >/dev/null\ndone\nkill -TERM $$\n"
        ),
    );
    let out = run_command(&ws, &gh, "UTC0", &[&script]);
    assert_eq!(out.status.code(), Some(128 + 15), "{}", stderr(&out));
    assert!(
        stderr(&out)
            .contains("phase 2 was running when the command was killed by signal 15 (SIGTERM)"),
        "{}",
        stderr(&out)
    );
    // Phase 1 completed before: it stays completed, and so does its issue state.
    assert_eq!(
        statuses(&ws, &gh, "UTC0"),
        ["completed", "failed", "pending"]
    );
    assert_eq!(local_labels(&ws, 2), ["team:core", "debussy:failed"]);
    assert_eq!(local_labels(&ws, 1), ["team:core", "debussy:failed"]);
    assert_eq!(local_labels(&ws, 3), ["team:core"]);
    assert_eq!(gh.issue(REPO, 10).labels, ["debussy:failed"]);
    let reasons = failure_reasons(&ws, &gh, "UTC0", "local#2");
    assert_eq!(
        reasons,
        [format!(
            "`{script}` was killed by signal 15 (SIGTERM) while phase 2 was running"
        )]
    );

    let events = recorded_events(&ws);
    let out = run_command(&ws, &gh, "UTC0", &["true"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(recorded_events(&ws), events);
    assert_eq!(local_labels(&ws, 2), ["team:core", "debussy:failed"]);
}

#[test]
fn run_killed_command_marks_its_running_phase_failed() {
    let (ws, gh) = workspace();
    DebussyDb::create(&ws);
    let script = debussy_like_script(&ws, "os.kill(os.getpid(), signal.SIGKILL)");
    let out = run_command(&ws, &gh, "UTC0", &[&script]);
    assert_eq!(out.status.code(), Some(137), "{}", stderr(&out));
    assert_eq!(local_labels(&ws, 2), ["team:core", "debussy:failed"]);
    assert!(gh
        .issue(REPO, 10)
        .labels
        .iter()
        .all(|l| l != "debussy:in-progress"));
    let reasons = failure_reasons(&ws, &gh, "UTC0", "local#2");
    assert!(
        reasons[0].contains("killed by signal 9 (SIGKILL)"),
        "{reasons:?}"
    );
}

#[test]
fn run_leaves_a_phase_running_from_before_the_command_as_it_was() {
    let (ws, gh) = workspace();
    succeed(ws.gh(&gh.url).args(["phase", "start", "3", "--plan", PLAN]));
    let out = run_command(&ws, &gh, "UTC0", &["sh", "-c", "exit 3"]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert_eq!(
        statuses(&ws, &gh, "UTC0"),
        ["pending", "pending", "running"]
    );
    assert_eq!(local_labels(&ws, 3), ["team:core", "debussy:in-progress"]);
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

#[test]
fn a_dry_run_shows_the_failure_of_the_phase_left_running_and_writes_nothing() {
    let (ws, gh) = workspace();
    DebussyDb::create(&ws);
    let script = debussy_like_script(&ws, "raise SystemExit(7)");
    let issues = snapshot_issues(&ws);
    let out = in_zone(&ws, &gh, "UTC0")
        .args([
            "--dry-run",
            "run",
            "--interval",
            "200ms",
            "--plan",
            PLAN,
            "--",
        ])
        .arg(&script)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(7), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains(
            "phase 2 was running when the command exited with code 7: would be marked failed"
        ),
        "{err}"
    );
    assert!(
        err.contains("planned local#2 add_label debussy:failed"),
        "{err}"
    );
    assert!(
        err.contains("planned acme/widgets#10 add_label debussy:failed"),
        "{err}"
    );
    assert_eq!(snapshot_issues(&ws), issues, "no issue file was written");
    assert!(gh.issue(REPO, 10).labels.is_empty());
    assert!(
        !ws.path().join(".debussy/sync.db").exists(),
        "nothing recorded"
    );
}
