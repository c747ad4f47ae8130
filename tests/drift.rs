//! `status` and `sync`: every kind of drift, made by hand on the fake trackers and
//! found; repaired in both directions.

mod support;

use serde_json::Value;
use support::github::{FakeGitHub, FaultKind};
use support::*;

const REPO: &str = "acme/widgets";

fn drift_of(report: &Value, reference: &str) -> Value {
    report["plans"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| p["issues"].as_array().unwrap().clone())
        .find(|i| i["ref"] == reference)
        .unwrap_or_else(|| panic!("{reference} not in {report}"))["drift"]
        .clone()
}

fn status(ws: &Workspace, gh: &FakeGitHub, args: &[&str]) -> (Option<i32>, Value) {
    let out = ws
        .gh(&gh.url)
        .args(["--json", "status"])
        .args(args)
        .output()
        .unwrap();
    (out.status.code(), json_stdout(&out))
}

#[test]
fn two_hundred_issues_are_read_in_two_requests() {
    let ws = Workspace::new();
    let gh = FakeGitHub::start();
    let list: Vec<String> = (1..=200).map(|n| format!("#{n}")).collect();
    ws.write(
        "plans/big/MASTER_PLAN.md",
        &format!("# Big - Master Plan\n\n**GitHub Repo:** {REPO}\n**GitHub Issues:** {}\n\n| Phase | Title | Status |\n|---|---|---|\n| 1 | One | Pending |\n", list.join(", ")),
    );
    for n in 1..=200 {
        gh.add_issue(REPO, n, &format!("Issue {n}"));
    }
    gh.clear_log();
    let (code, report) = status(&ws, &gh, &[]);
    assert_eq!(code, Some(0), "{report}");
    let requests = gh.requests().len();
    println!("status of 200 linked GitHub issues: {requests} request(s)");
    assert!(requests <= 2, "{requests} requests");
    assert_eq!(report["plans"][0]["issues"].as_array().unwrap().len(), 200);
    assert_eq!(report["drift_count"], 0);
}

/// The standard plan after `phase start 1`, with a milestone on #10.
fn started() -> (Workspace, FakeGitHub) {
    let (ws, gh) = standard();
    gh.add_milestone(REPO, 1, "v1", "Goals.");
    gh.set_issue_milestone(REPO, 10, 1);
    succeed(ws.gh(&gh.url).args(["phase", "start", "1"]));
    (ws, gh)
}

#[test]
fn every_drift_kind_made_by_hand_is_found() {
    let (ws, gh) = started();
    let (code, report) = status(&ws, &gh, &["--exit-status"]);
    assert_eq!(code, Some(0), "no drift yet: {report}");
    assert_eq!(drift_of(&report, "acme/widgets#10"), Value::Null);

    gh.set_issue_labels(REPO, 10, &["debussy:completed"]);
    gh.close_issue(REPO, 11, "completed");
    gh.set_milestone_description(REPO, 1, "Goals.\n\nDebussy progress — edited by hand <!-- debussy-sync:progress:docs/plans/sync/MASTER_PLAN.md -->");
    let (code, report) = status(&ws, &gh, &["--exit-status"]);
    assert_eq!(code, Some(5), "{report}");
    assert_eq!(drift_of(&report, "acme/widgets#10"), "label_mismatch");
    assert_eq!(drift_of(&report, "acme/widgets#11"), "closed_externally");
    assert_eq!(
        drift_of(&report, "acme/widgets milestone 1"),
        "progress_mismatch"
    );
    assert_eq!(drift_of(&report, "acme/widgets#12"), Value::Null);
    assert_eq!(report["drift_count"], 3);

    gh.remove_issue(REPO, 12);
    gh.transfer_issue(REPO, 11, "acme/elsewhere", 5);
    let (_, report) = status(&ws, &gh, &[]);
    assert_eq!(drift_of(&report, "acme/widgets#12"), "missing");
    assert_eq!(drift_of(&report, "acme/widgets#11"), "transferred");
}

#[test]
fn reopened_externally_only_for_what_we_closed() {
    let (ws, gh) = standard();
    for id in ["1", "2"] {
        succeed(ws.gh(&gh.url).args(["phase", "complete", id]));
    }
    succeed(ws.gh(&gh.url).args(["plan", "complete"]));
    // Completed without auto-close: open is right.
    let (code, report) = status(&ws, &gh, &["--exit-status"]);
    assert_eq!(code, Some(0), "{report}");
    succeed(ws.gh(&gh.url).args(["plan", "complete", "--auto-close"]));
    gh.reopen_issue(REPO, 10);
    let (code, report) = status(&ws, &gh, &["--exit-status"]);
    assert_eq!(code, Some(5));
    assert_eq!(drift_of(&report, "acme/widgets#10"), "reopened_externally");
    assert_eq!(drift_of(&report, "acme/widgets#11"), Value::Null);
}

#[test]
fn a_failed_read_is_unknown_not_closed_and_exits_3() {
    let (ws, gh) = started();
    gh.inject_graphql("query", FaultKind::BadGatewayAfterApply, 10);
    let (code, report) = status(&ws, &gh, &[]);
    assert_eq!(code, Some(3), "{report}");
    let row = &report["plans"][0]["issues"][0];
    assert_eq!(row["state"], "unknown");
    assert_eq!(row["drift"], "unknown");
    assert_eq!(report["drift_count"], 0, "unknown is not drift");

    // With another issue drifted, --exit-status says 5.
    let (ws, gh) = started();
    let local = "plans/l/MASTER_PLAN.md";
    ws.write(
        local,
        "# Mixed - Master Plan\n\n**GitHub Repo:** acme/widgets\n**Issues:** #10, local#1\n\n| Phase | Title | Status |\n|---|---|---|\n| 1 | One | Pending |\n",
    );
    ws.write(".debussy/issues/1.md", &local_issue_file(1, "Local", None));
    succeed(
        ws.gh(&gh.url)
            .args(["phase", "start", "1", "--plan", local]),
    );
    ws.write(
        ".debussy/issues/1.md",
        &ws.read(".debussy/issues/1.md")
            .replace("\"debussy:in-progress\"", "\"debussy:failed\""),
    );
    gh.inject_graphql("query", FaultKind::BadGatewayAfterApply, 10);
    let (code, report) = status(&ws, &gh, &["--plan", local, "--exit-status"]);
    assert_eq!(code, Some(5), "{report}");
    assert_eq!(drift_of(&report, "local#1"), "label_mismatch");
    assert_eq!(drift_of(&report, "acme/widgets#10"), "unknown");
}

#[test]
fn jira_drift_is_judged_by_status_category() {
    let ws = jira_workspace("cloud");
    let fake = jira::FakeJira::start(jira::Flavor::Cloud);
    fake.add_issue("PROJ-1", "Plan");
    fake.add_issue("PROJ-2", "Phase");
    succeed(jira_cmd(&ws, &fake).args(["phase", "start", "1"]));
    let out = jira_cmd(&ws, &fake)
        .args(["--json", "status", "--exit-status"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    fake.set_status("PROJ-1", "Done");
    let out = jira_cmd(&ws, &fake)
        .args(["--json", "status", "--exit-status"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5));
    let report = json_stdout(&out);
    assert_eq!(drift_of(&report, "PROJ-1"), "status_mismatch");
    assert_eq!(drift_of(&report, "PROJ-2"), Value::Null);
}

#[test]
fn markdown_renders_the_dashboard_for_a_step_summary() {
    let (ws, gh) = started();
    gh.set_issue_labels(REPO, 11, &["debussy:failed"]);
    let out = ws
        .gh(&gh.url)
        .args(["status", "--format", "markdown"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    let expected_path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/status/expected.md");
    if std::env::var_os("UPDATE_EXPECTED").is_some() {
        std::fs::write(&expected_path, text.as_bytes()).unwrap();
    }
    let expected = std::fs::read_to_string(&expected_path).unwrap();
    assert_eq!(
        text, expected,
        "UPDATE_EXPECTED=1 rewrites the expected file"
    );
}

fn operation_keys_of(ws: &Workspace, gh: &FakeGitHub, args: &[&str]) -> (Value, Vec<Value>) {
    let out = succeed(ws.gh(&gh.url).args(["--json", "sync"]).args(args));
    let report = json_stdout(&out);
    let keys = operation_keys(&report);
    (report, keys)
}

#[test]
fn sync_to_tracker_repairs_labels_and_state_and_then_writes_nothing() {
    let (ws, gh) = started();
    gh.set_issue_labels(REPO, 10, &["bug", "debussy:completed"]);
    gh.close_issue(REPO, 11, "not_planned");
    // A phase event never reopens what someone closed.
    succeed(ws.gh(&gh.url).args(["phase", "start", "1"]));
    assert_eq!(gh.issue(REPO, 11).state, "closed");

    gh.clear_log();
    let (preview, planned) = operation_keys_of(&ws, &gh, &[]);
    assert_eq!(preview["dry_run"], true);
    assert!(gh.writes().is_empty(), "a preview writes nothing");
    let (applied, done) = operation_keys_of(&ws, &gh, &["--apply"]);
    assert_eq!(planned, done, "the preview lists exactly what --apply runs");
    assert!(applied["operations"]
        .as_array()
        .unwrap()
        .iter()
        .all(|o| o["status"] == "applied"));
    assert_eq!(gh.issue(REPO, 10).labels, ["bug", "debussy:in-progress"]);
    assert_eq!(gh.issue(REPO, 11).state, "open");
    let (code, report) = status(&ws, &gh, &["--exit-status"]);
    assert_eq!(code, Some(0), "{report}");

    gh.clear_log();
    let (_, again) = operation_keys_of(&ws, &gh, &["--apply"]);
    assert!(again.is_empty(), "{again:?}");
    assert!(gh.writes().is_empty(), "{:?}", gh.writes());
}

#[test]
fn sync_from_tracker_edits_only_the_status_cell_and_other_trackers_follow() {
    let ws = local_standard();
    let gh = FakeGitHub::start();
    gh.add_issue(REPO, 20, "Phase one on GitHub");
    ws.write(
        "plans/local/phase-1.md",
        "# Local Sync Phase 1: Storage\n\n**Status:** In Progress\n**Issues:** local#3, acme/widgets#20\n",
    );
    succeed(ws.gh(&gh.url).args(["phase", "start", "1"]));
    // Someone closes the phase's local issue as completed.
    let issue = ws.read(".debussy/issues/3.md");
    ws.write(
        ".debussy/issues/3.md",
        &issue
            .replace("state: open", "state: closed")
            .replace("state_reason: null", "state_reason: completed"),
    );
    let before = ws.read(LOCAL_PLAN);
    let phase_before = ws.read("plans/local/phase-1.md");
    let (preview, planned) = operation_keys_of(&ws, &gh, &["--direction", "from-tracker"]);
    assert_eq!(ws.read(LOCAL_PLAN), before, "a preview changes nothing");
    assert_eq!(preview["operations"][0]["action"], "set_phase_status");
    let (_, done) = operation_keys_of(&ws, &gh, &["--direction", "from-tracker", "--apply"]);
    assert_eq!(planned, done);

    let after = ws.read(LOCAL_PLAN);
    let changed: Vec<(&str, &str)> = before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(
        changed,
        [(
            "| 1 | [Storage](phase-1.md) | x | Low | Pending |",
            "| 1 | [Storage](phase-1.md) | x | Low | Completed |"
        )],
        "only the row's Status cell"
    );
    assert_eq!(
        before.len() - "Pending".len(),
        after.len() - "Completed".len()
    );
    assert_eq!(
        ws.read("plans/local/phase-1.md"),
        phase_before.replace("**Status:** In Progress", "**Status:** Completed")
    );
    let show = json_stdout(&succeed(ws.cmd().args(["--json", "plan", "show"])));
    assert_eq!(show["phases"][0]["status"], "completed");
    // The GitHub issue of that phase converged to the new fact.
    assert_eq!(gh.issue(REPO, 20).labels, ["debussy:completed"]);
    let (code, report) = status(&ws, &gh, &["--exit-status"]);
    assert_eq!(code, Some(0), "{report}");
}

#[test]
fn sync_moves_a_done_jira_issue_back_and_says_so() {
    let ws = jira_workspace("cloud");
    let fake = jira::FakeJira::start(jira::Flavor::Cloud);
    fake.add_issue("PROJ-1", "Plan");
    fake.add_issue("PROJ-2", "Phase");
    succeed(jira_cmd(&ws, &fake).args(["phase", "start", "1"]));
    fake.set_status("PROJ-1", "Done");
    // A phase event leaves it done; sync --apply moves it back, and says so.
    succeed(jira_cmd(&ws, &fake).args(["phase", "start", "1"]));
    assert_eq!(fake.issue("PROJ-1").status, "Done");
    let out = succeed(jira_cmd(&ws, &fake).args(["--json", "sync", "--apply"]));
    let report = json_stdout(&out);
    assert_eq!(fake.issue("PROJ-1").status, "In Progress");
    let moved = operation_where(&report, "target", "PROJ-1");
    assert_eq!(moved["status"], "applied");
    assert!(
        moved["message"].as_str().unwrap().contains("out of done"),
        "{report}"
    );
}
