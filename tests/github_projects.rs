//! GitHub Projects (v2): phase events put linked issues on the project board and
//! set their Status (and a progress number field), through the real binary
//! against the stateful fake.

mod support;

use serde_json::Value;
use support::github::FakeGitHub;
use support::*;

const REPO: &str = "acme/widgets";
const OPTIONS: &[&str] = &["Todo", "In Progress", "Done", "Blocked"];

const PROJECT_CONFIG: &str = "\
github:
  project: https://github.com/orgs/acme/projects/7
  project_status:
    pending: Todo
    running: In Progress
    completed: Done
    failed: Blocked
";

/// The standard plan (#10, #11 plan-level, #12 on phase 1) with project acme/7.
fn with_project(config: &str) -> (Workspace, FakeGitHub) {
    let (ws, gh) = standard();
    gh.add_project("acme", 7, OPTIONS);
    ws.write(".debussy/config.yaml", config);
    (ws, gh)
}

fn status_of(gh: &FakeGitHub, n: u64) -> Option<String> {
    gh.project_item_status(REPO, n).flatten()
}

fn operations<'a>(report: &'a Value, action: &str) -> Vec<&'a Value> {
    report["operations"]
        .as_array()
        .expect("operations")
        .iter()
        .filter(|o| o["action"] == action)
        .collect()
}

#[test]
fn phase_start_puts_issues_on_the_board_with_the_mapped_status() {
    let (ws, gh) = with_project(PROJECT_CONFIG);
    let out = succeed(ws.gh(&gh.url).args(["--json", "phase", "start", "1"]));
    let report = json_stdout(&out);
    assert_eq!(operations(&report, "add_to_project").len(), 3, "{report}");
    assert_eq!(
        operations(&report, "set_project_status").len(),
        3,
        "{report}"
    );
    for n in [10, 11, 12] {
        assert_eq!(status_of(&gh, n).as_deref(), Some("In Progress"), "#{n}");
    }
    succeed(ws.gh(&gh.url).args(["phase", "complete", "1"]));
    assert_eq!(status_of(&gh, 12).as_deref(), Some("Done"));
    assert_eq!(status_of(&gh, 10).as_deref(), Some("In Progress"));
    succeed(
        ws.gh(&gh.url)
            .args(["phase", "fail", "2", "--reason", "red"]),
    );
    assert_eq!(status_of(&gh, 10).as_deref(), Some("Blocked"));
    assert_eq!(gh.project_items(), 3, "no card added twice");
}

#[test]
fn a_repeated_event_writes_nothing() {
    let (ws, gh) = with_project(PROJECT_CONFIG);
    succeed(ws.gh(&gh.url).args(["phase", "start", "1"]));
    gh.clear_log();
    succeed(ws.gh(&gh.url).args(["phase", "start", "1"]));
    assert_eq!(gh.write_operations(), 0, "{:?}", gh.writes());
}

#[test]
fn dry_run_lists_the_same_actions_and_writes_nothing() {
    let (ws, gh) = with_project(PROJECT_CONFIG);
    let dry = json_stdout(&succeed(ws.gh(&gh.url).args([
        "--json",
        "--dry-run",
        "phase",
        "start",
        "1",
    ])));
    assert_eq!(gh.write_operations(), 0);
    assert_eq!(gh.project_items(), 0);
    let real = json_stdout(&succeed(
        ws.gh(&gh.url).args(["--json", "phase", "start", "1"]),
    ));
    assert_eq!(operation_keys(&dry), operation_keys(&real));
    assert!(operation_keys(&real)
        .iter()
        .any(|k| k[2] == "set_project_status" && k[3] == "In Progress"));
}

#[test]
fn the_number_field_receives_plan_progress() {
    let config = format!("{PROJECT_CONFIG}  project_progress_field: Progress\n");
    let (ws, gh) = with_project(&config);
    gh.add_project_number_field("acme", 7, "Progress");
    succeed(ws.gh(&gh.url).args(["phase", "start", "1"]));
    assert_eq!(gh.project_item_number(REPO, 10), Some(0.0));
    succeed(ws.gh(&gh.url).args(["phase", "complete", "1"]));
    for n in [10, 11, 12] {
        assert_eq!(gh.project_item_number(REPO, n), Some(50.0), "#{n}");
    }
    gh.clear_log();
    succeed(ws.gh(&gh.url).args(["phase", "complete", "1"]));
    assert_eq!(gh.write_operations(), 0);
}

#[test]
fn a_user_project_is_read_through_the_user() {
    let (ws, gh) = standard();
    gh.add_project("users/octo", 3, OPTIONS);
    ws.write(
        ".debussy/config.yaml",
        "github:\n  project: users/octo/3\n  project_status:\n    running: in progress\n",
    );
    succeed(ws.gh(&gh.url).args(["phase", "start", "1"]));
    assert_eq!(status_of(&gh, 12).as_deref(), Some("In Progress"));
}

#[test]
fn a_card_moved_by_hand_is_drift_and_sync_moves_it_back() {
    let (ws, gh) = with_project(PROJECT_CONFIG);
    succeed(ws.gh(&gh.url).args(["phase", "start", "1"]));
    gh.move_card(REPO, 12, "Done");
    let out = ws.gh(&gh.url).args(["--json", "status"]).output().unwrap();
    let report = json_stdout(&out);
    let issue = report["plans"][0]["issues"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["ref"] == "acme/widgets#12")
        .cloned()
        .expect("#12");
    assert_eq!(issue["drift"], "project_status_mismatch", "{issue}");
    assert_eq!(issue["expected"]["project_status"], "In Progress");
    assert!(
        issue["detail"].as_str().unwrap().contains("'Done'"),
        "{issue}"
    );
    let table = succeed(ws.gh(&gh.url).args(["status"]));
    assert!(String::from_utf8_lossy(&table.stdout).contains("In Progress on the board"));

    succeed(ws.gh(&gh.url).args(["sync", "--apply"]));
    assert_eq!(status_of(&gh, 12).as_deref(), Some("In Progress"));
    let report = json_stdout(&ws.gh(&gh.url).args(["--json", "status"]).output().unwrap());
    assert_eq!(report["drift_count"], 0, "{report}");
}

fn refused(ws: &Workspace, gh: &FakeGitHub, args: &[&str]) -> String {
    gh.clear_log();
    let out = ws.gh(&gh.url).args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert_eq!(gh.write_operations(), 0, "{:?}", gh.writes());
    stderr
}

#[test]
fn a_project_that_does_not_parse_is_refused_naming_the_key_and_forms() {
    let (ws, gh) = with_project("github:\n  project: acme/widgets\n");
    let stderr = refused(&ws, &gh, &["phase", "start", "1"]);
    assert!(stderr.contains("github.project"), "{stderr}");
    assert!(stderr.contains("users/NAME/N"), "{stderr}");
}

#[test]
fn an_unknown_status_option_is_refused_before_any_write() {
    let config = PROJECT_CONFIG.replace("failed: Blocked", "failed: Stuck");
    let (ws, gh) = with_project(&config);
    let stderr = refused(&ws, &gh, &["phase", "start", "1"]);
    assert!(stderr.contains("'Stuck'"), "{stderr}");
    assert!(
        stderr.contains("Todo, In Progress, Done, Blocked"),
        "{stderr}"
    );
    assert_eq!(gh.project_items(), 0);
    assert!(
        gh.issue(REPO, 10).labels.is_empty(),
        "no label written either"
    );
}

#[test]
fn a_status_key_that_is_not_a_phase_status_is_refused() {
    let config = PROJECT_CONFIG.replace("pending: Todo", "waiting: Todo");
    let (ws, gh) = with_project(&config);
    let stderr = refused(&ws, &gh, &["phase", "start", "1"]);
    assert!(stderr.contains("project_status.waiting"), "{stderr}");
    assert!(
        stderr.contains("pending, running, completed, failed"),
        "{stderr}"
    );
}

#[test]
fn twenty_issues_read_in_one_query_and_write_in_two_mutation_requests() {
    let ws = Workspace::new();
    let gh = FakeGitHub::start();
    gh.add_project("acme", 7, OPTIONS);
    let list: Vec<String> = (1..=20).map(|n| format!("#{n}")).collect();
    ws.write(
        "plans/big/MASTER_PLAN.md",
        &format!("# Big - Master Plan\n\n**GitHub Repo:** {REPO}\n**GitHub Issues:** {}\n\n| Phase | Title | Status |\n|---|---|---|\n| 1 | One | Pending |\n", list.join(", ")),
    );
    ws.write(".debussy/config.yaml", PROJECT_CONFIG);
    for n in 1..=20 {
        gh.add_issue(REPO, n, &format!("Issue {n}"));
    }
    gh.clear_log();
    succeed(ws.gh(&gh.url).args(["phase", "start", "1"]));
    let queries = gh.graphql_requests("query").len();
    let mutations = gh.graphql_requests("mutation").len();
    let rest = gh
        .requests()
        .iter()
        .filter(|r| !r.path.ends_with("/graphql"))
        .count();
    println!("phase start, 20 issues on a project: {queries} query, {mutations} mutation request(s), {rest} REST");
    assert_eq!(queries, 1);
    assert!(mutations <= 2, "{mutations} mutation requests");
    assert_eq!(rest, 0);
    assert_eq!(gh.project_items(), 20);
    assert!((1..=20).all(|n| status_of(&gh, n).as_deref() == Some("In Progress")));
}

#[test]
fn without_a_project_the_query_asks_for_no_cards() {
    let (ws, gh) = standard();
    succeed(ws.gh(&gh.url).args(["phase", "start", "1"]));
    let query = &gh.graphql_requests("query")[0];
    let text = query.body["query"].as_str().unwrap();
    assert!(
        !text.contains("projectItems") && !text.contains("projectV2"),
        "{text}"
    );
}
