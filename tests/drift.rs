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
