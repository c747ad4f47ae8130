//! `plan notes`: release notes of completed work, with each issue's title, link and
//! state read from its tracker — and nothing written anywhere.

mod support;

use serde_json::Value;
use support::github::FaultKind;
use support::*;

fn run(ws: &Workspace, args: &[&str]) -> std::process::Output {
    succeed(ws.cmd().args(args))
}

/// The local plan with phase 1 started and completed.
fn local_done() -> Workspace {
    let ws = local_standard();
    run(&ws, &["phase", "start", "1"]);
    run(&ws, &["phase", "complete", "1"]);
    ws
}

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn phase_issue(report: &Value, phase: usize, issue: usize) -> &Value {
    &report["plans"][0]["phases"][phase]["issues"][issue]
}

#[test]
fn markdown_lists_the_completed_phase_with_its_issues_titles_and_states() {
    let ws = local_done();
    let text = stdout(&run(&ws, &["plan", "notes"]));
    assert!(text.starts_with("## Local Sync\n"), "{text}");
    assert!(
        text.contains("- [Plan one](.debussy/issues/1.md) (`local#1`, open)"),
        "{text}"
    );
    assert!(
        text.contains("- [Plan two](.debussy/issues/2.md) (`local#2`, open)"),
        "{text}"
    );
    let phase = text
        .lines()
        .find(|l| l.starts_with("### Phase 1: Storage — completed "))
        .unwrap_or_else(|| panic!("no phase 1 heading:\n{text}"));
    assert!(phase.ends_with(" UTC"), "{phase}");
    assert!(
        text.contains("- [Phase one](.debussy/issues/3.md) (`local#3`, open)"),
        "{text}"
    );
    assert!(
        !text.contains("Phase 2"),
        "phase 2 is not completed:\n{text}"
    );
}

#[test]
fn a_closed_issue_is_shown_closed() {
    let ws = local_done();
    run(&ws, &["issue", "close", "local#3"]);
    let text = stdout(&run(&ws, &["plan", "notes"]));
    assert!(text.contains("(`local#3`, closed)"), "{text}");
}

#[test]
fn json_format_has_plans_phases_and_issues_with_their_fields() {
    let ws = local_done();
    for args in [
        &["plan", "notes", "--format", "json"][..],
        &["--json", "plan", "notes"],
    ] {
        let report = json_stdout(&run(&ws, args));
        let plan = &report["plans"][0];
        assert_eq!(plan["plan"], LOCAL_PLAN);
        assert_eq!(plan["name"], "Local Sync");
        assert_eq!(plan["completed_at"], Value::Null);
        assert_eq!(plan["issues"][0]["ref"], "local#1");
        assert_eq!(plan["phases"].as_array().map(Vec::len), Some(1));
        assert_eq!(plan["phases"][0]["id"], "1");
        assert_eq!(plan["phases"][0]["title"], "Storage");
        assert!(plan["phases"][0]["completed_at"].is_string(), "{report}");
        let issue = phase_issue(&report, 0, 0);
        assert_eq!(issue["ref"], "local#3");
        assert_eq!(issue["tracker"], "local");
        assert_eq!(issue["title"], "Phase one");
        assert_eq!(issue["state"], "open");
        assert!(issue["url"].is_string(), "{report}");
        assert_eq!(report["warnings"], serde_json::json!([]));
    }
}

#[test]
fn jq_filters_the_notes() {
    let ws = local_done();
    let out = run(
        &ws,
        &["--jq", ".plans[].phases[].issues[].ref", "plan", "notes"],
    );
    assert_eq!(stdout(&out).trim(), "local#3");
}

#[test]
fn a_completed_plan_says_when() {
    let ws = local_done();
    run(&ws, &["phase", "start", "2"]);
    run(&ws, &["phase", "complete", "2"]);
    run(&ws, &["plan", "complete"]);
    let report = json_stdout(&run(&ws, &["--json", "plan", "notes"]));
    let plan = &report["plans"][0];
    assert!(plan["completed_at"].is_string(), "{report}");
    assert_eq!(plan["phases"].as_array().map(Vec::len), Some(2));
    let text = stdout(&run(&ws, &["plan", "notes"]));
    assert!(text.starts_with("## Local Sync — completed 2"), "{text}");
}

#[test]
fn since_in_the_future_leaves_nothing_and_since_in_the_past_keeps_the_phase() {
    let ws = local_done();
    let report = json_stdout(&run(
        &ws,
        &["--json", "plan", "notes", "--since", "2999-01-01"],
    ));
    assert_eq!(report["plans"], serde_json::json!([]));
    let text = stdout(&run(&ws, &["plan", "notes", "--since", "2999-01-01"]));
    assert!(!text.contains("Local Sync"), "{text}");
    let report = json_stdout(&run(
        &ws,
        &["--json", "plan", "notes", "--since", "2000-01-01T00:00:00Z"],
    ));
    assert_eq!(report["plans"][0]["phases"][0]["id"], "1");
}

#[test]
fn a_bad_since_is_an_input_error_naming_the_flag() {
    let ws = local_done();
    let out = ws
        .cmd()
        .args(["plan", "notes", "--since", "last tuesday"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--since"), "{err}");
}

#[test]
fn all_lists_only_plans_with_completed_work() {
    let ws = local_done();
    ws.write(
        "plans/other/MASTER_PLAN.md",
        "# Other - Master Plan\n\n| Phase | Title | Status |\n|---|---|---|\n| 1 | One | Pending |\n",
    );
    let report = json_stdout(&run(&ws, &["--json", "plan", "notes", "--all"]));
    let plans: Vec<&Value> = report["plans"]
        .as_array()
        .expect("plans")
        .iter()
        .map(|p| &p["plan"])
        .collect();
    assert_eq!(plans, vec![LOCAL_PLAN]);
}

#[test]
fn notes_write_nothing_to_the_store_or_the_issues() {
    let ws = local_done();
    let issues = snapshot_issues(&ws);
    let events = recorded_events(&ws);
    let journal = journal_rows(&ws);
    let plan_files: Vec<String> = ["plans/local/MASTER_PLAN.md", "plans/local/phase-1.md"]
        .iter()
        .map(|f| ws.read(f))
        .collect();
    run(&ws, &["plan", "notes"]);
    run(&ws, &["--json", "plan", "notes", "--all"]);
    assert_eq!(snapshot_issues(&ws), issues);
    assert_eq!(recorded_events(&ws), events);
    assert_eq!(journal_rows(&ws), journal);
    let after: Vec<String> = ["plans/local/MASTER_PLAN.md", "plans/local/phase-1.md"]
        .iter()
        .map(|f| ws.read(f))
        .collect();
    assert_eq!(after, plan_files);
}

fn journal_rows(ws: &Workspace) -> (i64, i64) {
    let conn = rusqlite::Connection::open(ws.path().join(".debussy/sync.db")).expect("sync.db");
    let count = |table: &str| -> i64 {
        conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .expect("count")
    };
    (count("journal"), count("completions"))
}

/// The standard GitHub plan with phase 1 completed, and the fake's log cleared.
fn github_done() -> (Workspace, support::github::FakeGitHub) {
    let (ws, gh) = standard();
    succeed(ws.gh(&gh.url).args(["phase", "start", "1", "--plan", PLAN]));
    succeed(
        ws.gh(&gh.url)
            .args(["phase", "complete", "1", "--plan", PLAN]),
    );
    gh.clear_log();
    (ws, gh)
}

#[test]
fn github_issues_come_with_titles_and_links_in_one_batched_read_and_no_writes() {
    let (ws, gh) = github_done();
    gh.close_issue("acme/widgets", 12, "completed");
    gh.clear_log();
    let report = json_stdout(&succeed(
        ws.gh(&gh.url)
            .args(["--json", "plan", "notes", "--plan", PLAN]),
    ));
    let plan = &report["plans"][0];
    assert_eq!(plan["issues"][0]["ref"], "acme/widgets#10");
    assert_eq!(plan["issues"][0]["title"], "Issue 10");
    assert_eq!(plan["issues"][1]["title"], "Issue 11");
    let issue = phase_issue(&report, 0, 0);
    assert_eq!(issue["ref"], "acme/widgets#12");
    assert_eq!(issue["tracker"], "github");
    assert_eq!(issue["title"], "Issue 12");
    assert_eq!(issue["state"], "closed");
    assert_eq!(issue["url"], "https://github.com/acme/widgets/issues/12");
    let requests = gh.requests();
    assert!(
        !requests.is_empty() && requests.len() <= 2,
        "three issues are one batched read: {requests:?}"
    );
    assert_eq!(gh.writes().len(), 0, "{:?}", gh.writes());
}

#[test]
fn an_issue_whose_read_failed_is_unknown_with_a_warning_and_exit_0() {
    let (ws, gh) = github_done();
    gh.inject_graphql("query", FaultKind::BadGatewayAfterApply, 10);
    let out = succeed(
        ws.gh(&gh.url)
            .args(["plan", "notes", "--plan", PLAN, "--format", "json"]),
    );
    let report = json_stdout(&out);
    let issue = phase_issue(&report, 0, 0);
    assert_eq!(issue["ref"], "acme/widgets#12");
    assert_eq!(issue["state"], "unknown");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("acme/widgets#12: state unknown"),
        "one warning naming the issue: {err}"
    );
    assert!(
        report["warnings"]
            .as_array()
            .expect("warnings")
            .iter()
            .any(|w| w.as_str().is_some_and(|w| w.contains("acme/widgets#12"))),
        "{report}"
    );
    assert_eq!(gh.writes().len(), 0);
}

#[test]
fn a_tracker_that_cannot_be_used_leaves_its_issues_unknown_never_closed() {
    let (ws, gh) = github_done();
    ws.write(".debussy/config.yaml", "github:\n  enabled: false\n");
    let out = succeed(ws.gh(&gh.url).args(["plan", "notes", "--plan", PLAN]));
    let text = stdout(&out);
    assert!(text.contains("(`acme/widgets#12`, unknown)"), "{text}");
    assert!(!text.contains("closed"), "{text}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("acme/widgets#12: state unknown"), "{err}");
    assert!(gh.requests().is_empty(), "{:?}", gh.requests());
}

#[test]
fn milestone_keeps_a_plan_whose_plan_issue_is_in_it_and_drops_one_that_is_not() {
    let ws = local_done();
    // local#1, a plan-level issue, is in milestone 1 ("v1").
    for name in ["v1", "V1"] {
        let report = json_stdout(&run(&ws, &["--json", "plan", "notes", "--milestone", name]));
        assert_eq!(
            report["plans"][0]["phases"][0]["id"], "1",
            "{name}: {report}"
        );
    }
    let report = json_stdout(&run(&ws, &["--json", "plan", "notes", "--milestone", "v2"]));
    assert_eq!(report["plans"], serde_json::json!([]));
}

#[test]
fn milestone_keeps_only_the_phases_whose_issues_are_in_it() {
    let ws = local_done();
    run(&ws, &["phase", "start", "2"]);
    run(&ws, &["phase", "complete", "2"]);
    ws.write(
        ".debussy/issues/1.md",
        &local_issue_file(1, "Plan one", None),
    );
    let report = json_stdout(&run(&ws, &["--json", "plan", "notes", "--milestone", "v1"]));
    assert_eq!(report["plans"], serde_json::json!([]), "no issue is in v1");
    ws.write(
        ".debussy/issues/3.md",
        &local_issue_file(3, "Phase one", Some(1)),
    );
    let report = json_stdout(&run(&ws, &["--json", "plan", "notes", "--milestone", "v1"]));
    let phases: Vec<&Value> = report["plans"][0]["phases"]
        .as_array()
        .expect("phases")
        .iter()
        .map(|p| &p["id"])
        .collect();
    assert_eq!(phases, ["1"], "phase 2 has no issue in v1: {report}");
}

#[test]
fn milestone_and_since_together_or_an_empty_milestone_are_input_errors() {
    let ws = local_done();
    for args in [
        &[
            "plan",
            "notes",
            "--milestone",
            "v1",
            "--since",
            "2026-01-01",
        ][..],
        &["plan", "notes", "--milestone", " "],
    ] {
        let out = ws.cmd().args(args).output().expect("run");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("--milestone"));
    }
}

#[test]
fn github_milestone_titles_come_with_the_one_batched_read() {
    let (ws, gh) = github_done();
    gh.add_milestone("acme/widgets", 4, "v1.0", "");
    gh.set_issue_milestone("acme/widgets", 12, 4);
    gh.clear_log();
    let report = json_stdout(&succeed(ws.gh(&gh.url).args([
        "--json",
        "plan",
        "notes",
        "--plan",
        PLAN,
        "--milestone",
        "v1.0",
    ])));
    assert_eq!(
        report["plans"][0]["phases"][0]["issues"][0]["ref"],
        "acme/widgets#12"
    );
    assert!(gh.requests().len() <= 2, "{:?}", gh.requests());
    assert_eq!(gh.writes().len(), 0);
    let report = json_stdout(&succeed(ws.gh(&gh.url).args([
        "--json",
        "plan",
        "notes",
        "--plan",
        PLAN,
        "--milestone",
        "v2.0",
    ])));
    assert_eq!(report["plans"], serde_json::json!([]));
}
