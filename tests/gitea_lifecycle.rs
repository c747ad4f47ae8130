//! The whole GitHub lifecycle, held on Gitea/Forgejo (PRODUCT §4, §8, §10, §11):
//! the real binary against the stateful fake Gitea.

mod support;

use serde_json::Value;
use support::gitea::{FakeGitea, FaultKind, IssueState, Logged, GITEA_TOKEN};
use support::gitea_cli::{gitea_standard, gitea_workspace, target, REPO};
use support::*;

fn labels(gitea: &FakeGitea, n: u64) -> Vec<String> {
    gitea.issue_label_names(REPO, n)
}

fn state(gitea: &FakeGitea, n: u64) -> IssueState {
    gitea
        .issue(REPO, n)
        .unwrap_or_else(|| panic!("no issue {n}"))
        .state
}

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Completes both phases of the standard plan.
fn finish_all_phases(ws: &Workspace, gitea: &FakeGitea) {
    for args in [["phase", "complete", "1"], ["phase", "complete", "2"]] {
        succeed(ws.gitea(&gitea.url).args(args));
    }
}

/// Whether `text` holds a hidden HTML marker `<!-- … -->`.
fn has_html_marker(text: &str) -> bool {
    text.find("<!--")
        .is_some_and(|start| text[start + 4..].contains("-->"))
}

/// GETs of one issue or of anything under one issue (`/issues/{n}…`).
fn single_issue_reads(gitea: &FakeGitea) -> Vec<Logged> {
    gitea.requests_to("GET", &format!("/repos/{REPO}/issues/"))
}

/// The `debussy progress` lines of a milestone description.
fn progress_lines(description: &str) -> Vec<String> {
    description
        .lines()
        .filter(|l| l.starts_with("Debussy progress — "))
        .map(str::to_string)
        .collect()
}

// Labels (§4).

/// The repository's label `name`, if it has one.
fn repo_label(gitea: &FakeGitea, name: &str) -> Option<support::gitea::FakeLabel> {
    gitea.labels(REPO).into_iter().find(|l| l.name == name)
}

/// The report of a run that exited 3 with exactly one failed operation, on issue
/// `n`, and that operation.
fn the_one_failure(out: &std::process::Output, n: u64) -> (Value, Value) {
    assert_eq!(out.status.code(), Some(3), "{}", stderr(out));
    let report = json_stdout(out);
    let failed = operations_where(&report, "status", "failed");
    assert_eq!(failed.len(), 1, "{report}");
    assert_eq!(failed[0]["target"], target(n));
    let one = failed[0].clone();
    (report, one)
}

#[test]
fn phase_start_marks_plan_and_phase_issues_in_progress_and_creates_the_label() {
    let (ws, gitea) = gitea_standard();
    let out = succeed(ws.gitea(&gitea.url).args(["--json", "phase", "start", "1"]));
    for n in [10, 11, 12] {
        assert_eq!(labels(&gitea, n), ["debussy:in-progress"], "issue {n}");
    }
    let created: Vec<_> = gitea
        .labels(REPO)
        .into_iter()
        .filter(|l| l.name == "debussy:in-progress")
        .collect();
    assert_eq!(created.len(), 1, "created once: {created:?}");
    assert!(
        created[0].color.eq_ignore_ascii_case("1D76DB"),
        "{created:?}"
    );
    assert!(!created[0].description.is_empty(), "{created:?}");

    let report = json_stdout(&out);
    let ops = report["operations"].as_array().expect("operations");
    assert!(!ops.is_empty(), "{report}");
    assert!(ops.iter().all(|o| o["tracker"] == "gitea"), "{report}");
    for n in [10, 11, 12] {
        let added = operations_where(&report, "target", &target(n));
        assert!(
            added.iter().any(|o| o["action"] == "add_label"
                && o["value"] == "debussy:in-progress"
                && o["status"] == "applied"),
            "issue {n}: {report}"
        );
    }
}

#[test]
fn an_existing_label_is_used_and_not_created_again_even_when_its_name_repeats() {
    let (ws, gitea) = gitea_standard();
    // Gitea allows two labels with one name; #12 carries the second.
    gitea.add_label(REPO, "debussy:in-progress", "1d76db");
    let second = gitea.add_label(REPO, "debussy:in-progress", "1d76db");
    gitea.set_issue_labels(REPO, 12, &[second]);
    succeed(ws.gitea(&gitea.url).args(["phase", "start", "1"]));
    assert!(
        gitea
            .requests_to("POST", &format!("/repos/{REPO}/labels"))
            .is_empty(),
        "no label created"
    );
    assert_eq!(gitea.labels(REPO).len(), 2);
    for n in [10, 11, 12] {
        assert_eq!(labels(&gitea, n), ["debussy:in-progress"], "issue {n}");
    }
    assert!(
        gitea
            .writes()
            .iter()
            .all(|w| !w.path.contains("/issues/12")),
        "#12 already carries the label: {:?}",
        gitea.writes()
    );
}

#[test]
fn labels_use_names_and_colors_of_the_shared_sync_section() {
    let (ws, gitea) = gitea_standard();
    ws.write(
        ".debussy/config.yaml",
        "sync:\n  labels:\n    in_progress: \"wip\"\n    color_in_progress: \"abcdef\"\n",
    );
    let out = succeed(ws.gitea(&gitea.url).args(["phase", "start", "1"]));
    assert!(!stderr(&out).contains("warning"), "{}", stderr(&out));
    for n in [10, 11, 12] {
        assert_eq!(labels(&gitea, n), ["wip"], "issue {n}");
    }
    let wip = repo_label(&gitea, "wip").expect("label wip created");
    assert!(wip.color.eq_ignore_ascii_case("abcdef"), "{wip:?}");
    assert!(gitea
        .labels(REPO)
        .iter()
        .all(|l| l.name != "debussy:in-progress"));
}

#[test]
fn the_old_github_labels_keys_still_name_the_labels_on_gitea() {
    let (ws, gitea) = gitea_standard();
    ws.write(
        ".debussy/config.yaml",
        "github:\n  labels:\n    completed: \"shipped\"\n    color_completed: \"123456\"\n",
    );
    succeed(ws.gitea(&gitea.url).args(["phase", "complete", "1"]));
    assert_eq!(labels(&gitea, 12), ["shipped"]);
    let shipped = repo_label(&gitea, "shipped").expect("label shipped created");
    assert!(shipped.color.eq_ignore_ascii_case("123456"), "{shipped:?}");
}

#[test]
fn phase_complete_moves_only_the_phase_issue() {
    let (ws, gitea) = gitea_standard();
    succeed(ws.gitea(&gitea.url).args(["phase", "start", "1"]));
    succeed(ws.gitea(&gitea.url).args(["phase", "complete", "1"]));
    assert_eq!(labels(&gitea, 12), ["debussy:completed"]);
    assert_eq!(labels(&gitea, 10), ["debussy:in-progress"]);
    assert_eq!(labels(&gitea, 11), ["debussy:in-progress"]);
    let completed = repo_label(&gitea, "debussy:completed").expect("label created");
    assert!(completed.color.eq_ignore_ascii_case("0E8A16"));
}

#[test]
fn phase_fail_marks_the_phase_and_the_plan_failed() {
    let (ws, gitea) = gitea_standard();
    succeed(ws.gitea(&gitea.url).args(["phase", "start", "1"]));
    succeed(
        ws.gitea(&gitea.url)
            .args(["phase", "fail", "1", "--reason", "tests red"]),
    );
    for n in [10, 11, 12] {
        assert_eq!(labels(&gitea, n), ["debussy:failed"], "issue {n}");
    }
    let failed = repo_label(&gitea, "debussy:failed").expect("label created");
    assert!(failed.color.eq_ignore_ascii_case("D93F0B"));
}

#[test]
fn foreign_labels_are_kept_and_a_state_change_is_one_add_and_one_remove_by_id() {
    let (ws, gitea) = gitea_standard();
    let bug = gitea.add_label(REPO, "bug", "ee0701");
    let team = gitea.add_label(REPO, "team:core", "c5def5");
    gitea.set_issue_labels(REPO, 12, &[bug, team]);
    succeed(ws.gitea(&gitea.url).args(["phase", "start", "1"]));
    assert_eq!(
        labels(&gitea, 12),
        ["bug", "team:core", "debussy:in-progress"]
    );
    let in_progress = repo_label(&gitea, "debussy:in-progress")
        .expect("label created")
        .id;

    gitea.clear_log();
    succeed(ws.gitea(&gitea.url).args(["phase", "complete", "1"]));
    assert_eq!(
        labels(&gitea, 12),
        ["bug", "team:core", "debussy:completed"]
    );
    let completed = repo_label(&gitea, "debussy:completed")
        .expect("label created")
        .id;
    // The new label is created, added to #12 by id, and the old one removed by id;
    // #10 and #11 stay in progress, and nothing is replaced wholesale.
    let writes: Vec<(String, String)> = gitea
        .writes()
        .iter()
        .map(|w| (w.method.clone(), w.path.clone()))
        .collect();
    let expected = [
        ("POST", format!("/repos/{REPO}/labels")),
        ("POST", format!("/repos/{REPO}/issues/12/labels")),
        (
            "DELETE",
            format!("/repos/{REPO}/issues/12/labels/{in_progress}"),
        ),
    ];
    assert_eq!(writes.len(), expected.len(), "{writes:?}");
    for (method, path) in expected {
        assert!(
            writes.iter().any(|(m, p)| *m == method && *p == path),
            "{method} {path} missing from {writes:?}"
        );
    }
    let added = gitea.requests_to("POST", "/issues/12/labels");
    assert_eq!(added[0].body["labels"], serde_json::json!([completed]));
    assert!(
        gitea.requests().iter().all(|r| r.method != "PUT"),
        "never a full replace"
    );
}

// Milestone progress (§4).

#[test]
fn milestone_description_keeps_its_text_and_one_progress_line_per_plan() {
    let (ws, gitea) = gitea_standard();
    let text = "Ship the sync.\n\nOwner: core team";
    let v1 = gitea.add_milestone(REPO, "v1", text);
    gitea.set_issue_milestone(REPO, 10, Some(v1));
    // A second plan sharing the milestone.
    let other = "docs/plans/other/MASTER_PLAN.md";
    ws.write(
        other,
        "# Other - Master Plan\n**Gitea Repo:** acme/widgets\n**Gitea Issues:** #20\n\n| Phase | Title | Status |\n|---|---|---|\n| 1 | [A](a.md) | Pending |\n",
    );
    ws.write("docs/plans/other/a.md", "# Other Phase 1: A\n");
    gitea.add_issue(REPO, 20, "Other");
    gitea.set_issue_milestone(REPO, 20, Some(v1));

    succeed(
        ws.gitea(&gitea.url)
            .args(["phase", "complete", "1", "--plan", PLAN]),
    );
    let d = gitea.milestone(REPO, v1).expect("v1").description;
    assert!(d.starts_with(&format!("{text}\n\n")), "{d:?}");
    let lines = progress_lines(&d);
    assert_eq!(lines.len(), 1, "{d:?}");
    assert!(
        lines[0].contains("Issue Tracker Sync: 1/2 phases (50%)") && lines[0].contains(PLAN),
        "{d:?}"
    );

    succeed(
        ws.gitea(&gitea.url)
            .args(["phase", "start", "1", "--plan", other]),
    );
    succeed(
        ws.gitea(&gitea.url)
            .args(["phase", "complete", "2", "--plan", PLAN]),
    );
    let d = gitea.milestone(REPO, v1).expect("v1").description;
    assert!(d.starts_with(&format!("{text}\n\n")), "{d:?}");
    let lines = progress_lines(&d);
    assert_eq!(lines.len(), 2, "one line per plan: {d:?}");
    assert!(
        lines
            .iter()
            .any(|l| l.contains("Issue Tracker Sync: 2/2 phases (100%)")),
        "updated in place: {d:?}"
    );
    assert!(
        lines.iter().any(|l| l.contains("Other: 0/1 phases (0%)")),
        "{d:?}"
    );
    assert_eq!(d.matches("Issue Tracker Sync:").count(), 1, "{d:?}");
}

// Auto-close (§4, §10).

#[test]
fn full_lifecycle_with_auto_close_closes_every_issue_with_one_marked_comment() {
    let (ws, gitea) = gitea_standard();
    let v1 = gitea.add_milestone(REPO, "v1", "Release one.");
    gitea.set_issue_milestone(REPO, 10, Some(v1));
    for args in [
        ["phase", "start", "1"],
        ["phase", "complete", "1"],
        ["phase", "start", "2"],
        ["phase", "complete", "2"],
    ] {
        succeed(ws.gitea(&gitea.url).args(args));
    }
    let out = succeed(
        ws.gitea(&gitea.url)
            .args(["--json", "plan", "complete", "--auto-close"]),
    );
    let report = json_stdout(&out);
    for n in [10, 11, 12] {
        assert_eq!(state(&gitea, n), IssueState::Closed, "issue {n}");
        assert_eq!(labels(&gitea, n), ["debussy:completed"], "issue {n}");
        let comments = gitea.comments(REPO, n);
        assert_eq!(comments.len(), 1, "issue {n}: {comments:?}");
        assert!(has_html_marker(&comments[0]), "{comments:?}");
        // A plain close: Gitea has no close reason.
        let closes = gitea.requests_to("PATCH", &format!("/repos/{REPO}/issues/{n}"));
        assert_eq!(closes.len(), 1, "issue {n}: {closes:?}");
        assert_eq!(closes[0].body["state"], "closed");
        assert!(closes[0].body.get("state_reason").is_none(), "{closes:?}");
        let close = operations_where(&report, "target", &target(n))
            .into_iter()
            .find(|o| o["action"] == "close")
            .unwrap_or_else(|| panic!("no close of #{n}: {report}"));
        assert_eq!(close["status"], "applied");
        assert_eq!(close["tracker"], "gitea");
    }
    let progress = gitea.milestone(REPO, v1).expect("v1").description;
    assert!(progress.contains("2/2 phases (100%)"), "{progress:?}");
    assert!(
        gitea.requests().iter().all(|r| r.method != "PUT"),
        "never a full replace of labels"
    );

    // Again: nothing more happens.
    gitea.clear_log();
    succeed(
        ws.gitea(&gitea.url)
            .args(["plan", "complete", "--auto-close"]),
    );
    assert!(gitea.writes().is_empty(), "{:?}", gitea.writes());
    assert_eq!(gitea.comments(REPO, 10).len(), 1);

    // The history keeps the fully qualified references.
    let history = json_stdout(&succeed(ws.cmd().args(["--json", "history"])));
    assert_eq!(
        history["completions"][0]["issues"],
        serde_json::json!([target(10), target(11), target(12)]),
        "{history}"
    );
}

#[test]
fn plan_complete_without_auto_close_leaves_the_issues_open() {
    let (ws, gitea) = gitea_standard();
    finish_all_phases(&ws, &gitea);
    succeed(ws.gitea(&gitea.url).args(["plan", "complete"]));
    for n in [10, 11, 12] {
        assert_eq!(state(&gitea, n), IssueState::Open, "issue {n}");
        assert_eq!(labels(&gitea, n), ["debussy:completed"]);
        assert!(gitea.comments(REPO, n).is_empty());
    }
}

#[test]
fn gitea_auto_close_in_the_config_closes_without_the_flag() {
    let (ws, gitea) = gitea_standard();
    ws.write(".debussy/config.yaml", "gitea:\n  auto_close: true\n");
    finish_all_phases(&ws, &gitea);
    succeed(ws.gitea(&gitea.url).args(["plan", "complete"]));
    for n in [10, 11, 12] {
        assert_eq!(state(&gitea, n), IssueState::Closed, "issue {n}");
        assert_eq!(gitea.comments(REPO, n).len(), 1, "issue {n}");
    }
}

#[test]
fn bad_gateway_after_the_comment_was_stored_makes_no_duplicate() {
    let (ws, gitea) = gitea_standard();
    finish_all_phases(&ws, &gitea);
    // The comment on #10 is stored, then answered 502; so is the close of #11.
    gitea.inject(
        "POST",
        "/issues/10/comments",
        FaultKind::BadGatewayAfterApply,
        1,
    );
    gitea.inject(
        "PATCH",
        &format!("/repos/{REPO}/issues/11"),
        FaultKind::BadGatewayAfterApply,
        1,
    );
    succeed(
        ws.gitea(&gitea.url)
            .args(["plan", "complete", "--auto-close"]),
    );
    for n in [10, 11, 12] {
        assert_eq!(gitea.comments(REPO, n).len(), 1, "issue {n}");
        assert_eq!(state(&gitea, n), IssueState::Closed, "issue {n}");
    }
    assert_eq!(
        gitea.requests_to("POST", "/issues/10/comments").len(),
        1,
        "the stored comment is never sent again"
    );
}

#[test]
fn a_close_refused_by_open_dependencies_fails_naming_the_blocker_and_the_rest_converges() {
    let (ws, gitea) = gitea_standard();
    gitea.add_issue(REPO, 7, "Blocker");
    gitea.add_dependency(REPO, 11, 7);
    finish_all_phases(&ws, &gitea);
    let out = ws
        .gitea(&gitea.url)
        .args(["--json", "plan", "complete", "--auto-close"])
        .output()
        .expect("run");
    let (_, failed) = the_one_failure(&out, 11);
    assert_eq!(failed["action"], "close");
    let message = failed["message"].as_str().unwrap_or_default();
    assert!(message.contains("#7"), "names the blocker: {message}");
    assert_eq!(state(&gitea, 11), IssueState::Open);
    assert!(gitea.comments(REPO, 11).len() <= 1);
    for n in [10, 12] {
        assert_eq!(state(&gitea, n), IssueState::Closed, "issue {n}");
        assert_eq!(gitea.comments(REPO, n).len(), 1, "issue {n}");
    }
    // The human report names it too.
    let out = ws
        .gitea(&gitea.url)
        .args(["plan", "complete", "--auto-close"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(3));
    assert!(stdout(&out).contains("#7"), "{}", stdout(&out));
    assert!(gitea.comments(REPO, 11).len() <= 1, "no second comment");

    // Once the blocker is closed, the same command closes it, with one comment.
    gitea.set_issue_state(REPO, 7, IssueState::Closed);
    succeed(
        ws.gitea(&gitea.url)
            .args(["plan", "complete", "--auto-close"]),
    );
    assert_eq!(state(&gitea, 11), IssueState::Closed);
    assert_eq!(gitea.comments(REPO, 11).len(), 1);
    for n in [10, 12] {
        assert_eq!(gitea.comments(REPO, n).len(), 1, "issue {n}");
    }
}

#[test]
fn a_pull_request_gets_labels_but_is_never_closed() {
    let ws = gitea_workspace();
    let gitea = FakeGitea::start();
    gitea.add_issue(REPO, 10, "Plan");
    gitea.add_pull_request(REPO, 11, "A change");
    gitea.add_issue(REPO, 12, "Phase");
    finish_all_phases(&ws, &gitea);
    let out = succeed(
        ws.gitea(&gitea.url)
            .args(["--json", "plan", "complete", "--auto-close"]),
    );
    let report = json_stdout(&out);
    assert_eq!(state(&gitea, 11), IssueState::Open);
    assert_eq!(labels(&gitea, 11), ["debussy:completed"]);
    assert!(gitea.comments(REPO, 11).is_empty());
    assert!(gitea.requests_to("PATCH", "/issues/11").is_empty());
    assert!(
        report["warnings"]
            .as_array()
            .expect("warnings")
            .iter()
            .any(|w| w.as_str().unwrap_or_default().contains("acme/widgets#11")),
        "a warning names the pull request: {report}"
    );
    assert_eq!(state(&gitea, 10), IssueState::Closed);
}

#[test]
fn auto_close_leaves_an_already_closed_issue_alone() {
    let (ws, gitea) = gitea_standard();
    finish_all_phases(&ws, &gitea);
    gitea.set_issue_state(REPO, 10, IssueState::Closed);
    gitea.clear_log();
    succeed(
        ws.gitea(&gitea.url)
            .args(["plan", "complete", "--auto-close"]),
    );
    assert!(gitea.comments(REPO, 10).is_empty());
    assert!(gitea
        .requests_to("PATCH", &format!("/repos/{REPO}/issues/10"))
        .is_empty());
    assert_eq!(gitea.comments(REPO, 11).len(), 1);
    assert_eq!(state(&gitea, 11), IssueState::Closed);
}

// Level-triggered: zero writes on repeat, dry run equals apply (§2).

#[test]
fn second_identical_event_makes_no_writes() {
    let (ws, gitea) = gitea_standard();
    let v1 = gitea.add_milestone(REPO, "v1", "Release one.");
    gitea.set_issue_milestone(REPO, 10, Some(v1));
    for args in [
        ["phase", "start", "1"],
        ["phase", "complete", "1"],
        ["phase", "fail", "2"],
    ] {
        gitea.clear_log();
        succeed(ws.gitea(&gitea.url).args(args));
        assert!(
            !gitea.writes().is_empty(),
            "{args:?}: the first run converges"
        );
        gitea.clear_log();
        let out = succeed(ws.gitea(&gitea.url).arg("--json").args(args));
        assert!(gitea.writes().is_empty(), "{args:?}: {:?}", gitea.writes());
        assert_eq!(
            json_stdout(&out)["operations"],
            serde_json::json!([]),
            "{args:?}"
        );
    }
}

#[test]
fn dry_run_prints_what_a_real_run_applies_and_writes_nothing() {
    let (ws, gitea) = gitea_standard();
    let v1 = gitea.add_milestone(REPO, "v1", "Release one.");
    gitea.set_issue_milestone(REPO, 10, Some(v1));
    succeed(ws.gitea(&gitea.url).args(["phase", "start", "1"]));
    for args in [
        &["phase", "complete", "1"][..],
        &["phase", "complete", "2"],
        &["plan", "complete", "--auto-close"],
    ] {
        gitea.clear_log();
        let dry = succeed(
            ws.gitea(&gitea.url)
                .args(["--dry-run", "--json"])
                .args(args),
        );
        assert!(
            gitea.writes().is_empty(),
            "{args:?}: dry run wrote: {:?}",
            gitea.writes()
        );
        let planned = json_stdout(&dry);
        assert_eq!(planned["dry_run"], true);
        let real = succeed(ws.gitea(&gitea.url).arg("--json").args(args));
        let applied = json_stdout(&real);
        assert!(!operation_keys(&planned).is_empty(), "{args:?}");
        assert_eq!(
            operation_keys(&planned),
            operation_keys(&applied),
            "{args:?}"
        );
        let statuses = |report: &Value| -> Vec<String> {
            report["operations"]
                .as_array()
                .expect("operations")
                .iter()
                .map(|o| o["status"].as_str().unwrap_or_default().to_string())
                .collect()
        };
        assert!(
            statuses(&planned).iter().all(|s| s == "planned"),
            "{planned}"
        );
        assert!(
            statuses(&applied).iter().all(|s| s == "applied"),
            "{applied}"
        );
        // Each planned operation is one write that reached the server.
        assert_eq!(
            gitea.writes().len(),
            operation_keys(&applied).len(),
            "{args:?}: {:?}",
            gitea.writes()
        );
    }
    assert_eq!(state(&gitea, 10), IssueState::Closed);
}

#[test]
fn dry_run_creates_no_state_database() {
    let (ws, gitea) = gitea_standard();
    let out = succeed(
        ws.gitea(&gitea.url)
            .args(["--dry-run", "--json", "phase", "start", "1"]),
    );
    let planned = json_stdout(&out);
    assert_eq!(
        operations_where(&planned, "tracker", "gitea").len(),
        operation_keys(&planned).len(),
        "{planned}"
    );
    assert!(
        operations_where(&planned, "action", "add_label").len() >= 3,
        "{planned}"
    );
    assert!(!ws.path().join(".debussy/sync.db").exists());
    assert!(gitea.writes().is_empty());
}

#[test]
fn gitea_dry_run_in_the_config_plans_without_writing_and_warns_once() {
    let (ws, gitea) = gitea_standard();
    ws.write(".debussy/config.yaml", "gitea:\n  dry_run: true\n");
    let out = succeed(ws.gitea(&gitea.url).args(["--json", "phase", "start", "1"]));
    let report = json_stdout(&out);
    assert!(gitea.writes().is_empty(), "{:?}", gitea.writes());
    let ops = report["operations"].as_array().expect("operations");
    assert!(!ops.is_empty(), "{report}");
    assert!(ops.iter().all(|o| o["status"] == "planned"), "{report}");
    let warnings: Vec<&str> = report["warnings"]
        .as_array()
        .expect("warnings")
        .iter()
        .filter_map(Value::as_str)
        .filter(|w| w.contains("gitea.dry_run"))
        .collect();
    assert_eq!(warnings.len(), 1, "{report}");
}

// Reads: many issues in few requests (§2).

/// A plan linking issues 1–30 of a repository holding 1–60, with one phase.
fn thirty_linked_issues() -> (Workspace, FakeGitea) {
    let gitea = FakeGitea::start();
    for n in 1..=60 {
        gitea.add_issue(REPO, n, &format!("Issue {n}"));
    }
    let list: Vec<String> = (1..=30).map(|n| format!("#{n}")).collect();
    let ws = Workspace::new();
    ws.write(
        "plans/big/MASTER_PLAN.md",
        &format!(
            "# Big - Master Plan\n\n**Gitea Repo:** {REPO}\n**Gitea Issues:** {}\n\n| Phase | Title | Status |\n|---|---|---|\n| 1 | [One](phase-1.md) | Pending |\n",
            list.join(", ")
        ),
    );
    ws.write("plans/big/phase-1.md", "# Big Phase 1: One\n");
    (ws, gitea)
}

/// Asserts that the issues were read with a few paged list requests of every
/// state, never one by one.
fn assert_read_in_pages(gitea: &FakeGitea, what: &str) {
    let gets = gitea.requests_to("GET", "");
    assert!(
        single_issue_reads(gitea).is_empty(),
        "{what}: one GET per issue: {:?}",
        single_issue_reads(gitea)
    );
    assert!(gets.len() < 10, "{what}: {} GETs: {gets:?}", gets.len());
    let lists = gitea.requests_to("GET", &format!("/repos/{REPO}/issues"));
    assert!(!lists.is_empty(), "{what}: no list request");
    assert!(
        lists.iter().all(|r| r.query("state") == Some("all")),
        "{what}: {lists:?}"
    );
}

#[test]
fn thirty_linked_issues_are_read_in_pages_not_one_by_one() {
    let (ws, gitea) = thirty_linked_issues();
    succeed(ws.gitea(&gitea.url).args(["phase", "start", "1"]));
    for n in 1..=30 {
        assert_eq!(labels(&gitea, n), ["debussy:in-progress"], "issue {n}");
    }
    assert!(labels(&gitea, 31).is_empty());
    assert_read_in_pages(&gitea, "phase start");

    gitea.clear_log();
    succeed(ws.gitea(&gitea.url).args(["phase", "start", "1"]));
    assert!(gitea.writes().is_empty(), "{:?}", gitea.writes());
    assert_read_in_pages(&gitea, "the repeat");

    gitea.clear_log();
    let out = ws
        .gitea(&gitea.url)
        .args(["--json", "status"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let report = json_stdout(&out);
    assert_eq!(
        report["plans"][0]["issues"].as_array().map(Vec::len),
        Some(30)
    );
    assert_eq!(report["drift_count"], 0);
    assert_read_in_pages(&gitea, "status");
}

// Failures: 429, 404, one tracker down (§8, §10).

#[test]
fn too_many_requests_is_waited_out() {
    let (ws, gitea) = gitea_standard();
    gitea.inject(
        "GET",
        &format!("/repos/{REPO}/issues"),
        FaultKind::TooManyRequests { retry_after: 30 },
        1,
    );
    gitea.inject(
        "POST",
        "/issues/10/labels",
        FaultKind::TooManyRequests { retry_after: 30 },
        1,
    );
    succeed(ws.gitea(&gitea.url).args(["phase", "start", "1"]));
    for n in [10, 11, 12] {
        assert_eq!(labels(&gitea, n), ["debussy:in-progress"], "issue {n}");
    }
    // The refused write was sent again, the same.
    let tries = gitea.requests_to("POST", "/issues/10/labels");
    assert_eq!(tries.len(), 2, "{tries:?}");
    assert_eq!(tries[0].body, tries[1].body);
}

#[test]
fn a_missing_issue_fails_alone_naming_it() {
    let (ws, gitea) = gitea_standard();
    ws.write(
        PLAN,
        &support::gitea_cli::GITEA_MASTER.replace(
            "**Gitea Issues:** #10, #11",
            "**Gitea Issues:** #10, #11, #404",
        ),
    );
    let out = ws
        .gitea(&gitea.url)
        .args(["--json", "phase", "start", "1"])
        .output()
        .expect("run");
    let (_, failed) = the_one_failure(&out, 404);
    assert_eq!(failed["tracker"], "gitea");
    for n in [10, 11, 12] {
        assert_eq!(labels(&gitea, n), ["debussy:in-progress"], "issue {n}");
    }
    let out = ws
        .gitea(&gitea.url)
        .args(["phase", "start", "1"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stdout(&out).contains("acme/widgets#404"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn an_issue_deleted_between_read_and_write_fails_alone() {
    let (ws, gitea) = gitea_standard();
    // After the list is read, #11 is gone: every request about it is answered 404.
    for method in ["GET", "POST", "PATCH", "DELETE"] {
        gitea.inject(method, "/issues/11", FaultKind::NotFound, 100);
    }
    let out = ws
        .gitea(&gitea.url)
        .args(["--json", "phase", "start", "1"])
        .output()
        .expect("run");
    let (report, _) = the_one_failure(&out, 11);
    for n in [10, 12] {
        assert_eq!(labels(&gitea, n), ["debussy:in-progress"], "issue {n}");
        let applied = operations_where(&report, "target", &target(n));
        assert!(applied.iter().all(|o| o["status"] == "applied"), "{report}");
    }
}

/// A plan linking Gitea's #10 and the local tracker's local#1, with local#1 on disk.
fn gitea_and_local() -> Workspace {
    let ws = Workspace::new();
    ws.write(
        "plans/mixed/MASTER_PLAN.md",
        "# Mixed - Master Plan\n\n**Issues:** gitea:acme/widgets#10, local#1\n\n| Phase | Title | Status |\n|---|---|---|\n| 1 | [One](phase-1.md) | Pending |\n",
    );
    ws.write("plans/mixed/phase-1.md", "# Mixed Phase 1: One\n");
    ws.write(".debussy/issues/1.md", &local_issue_file(1, "Local", None));
    ws
}

/// Asserts that Gitea's #10 failed and local#1 converged.
fn assert_gitea_failed_and_local_converged(ws: &Workspace, out: &std::process::Output) {
    assert_eq!(out.status.code(), Some(3), "{}", stderr(out));
    let report = json_stdout(out);
    let failed = operations_where(&report, "status", "failed");
    assert!(failed.iter().any(|o| o["target"] == target(10)), "{report}");
    assert!(
        operations_where(&report, "tracker", "gitea")
            .iter()
            .all(|o| o["status"] != "applied"),
        "{report}"
    );
    let local = operations_where(&report, "tracker", "local");
    assert!(!local.is_empty(), "{report}");
    assert!(local.iter().all(|o| o["status"] == "applied"), "{report}");
    assert_eq!(local_labels(ws, 1), ["team:core", "debussy:in-progress"]);
    assert_eq!(recorded_events(ws), 1);
}

#[test]
fn gitea_answering_502_everywhere_fails_its_issue_and_the_local_issue_converges() {
    let ws = gitea_and_local();
    let gitea = FakeGitea::start();
    gitea.add_issue(REPO, 10, "Plan");
    gitea.inject("GET", "/", FaultKind::BadGatewayAfterApply, 10_000);
    let out = ws
        .gitea(&gitea.url)
        .args(["--json", "phase", "start", "1"])
        .output()
        .expect("run");
    assert_gitea_failed_and_local_converged(&ws, &out);
    // A failed read is unknown: nothing is written on what could not be read.
    assert!(gitea.writes().is_empty(), "{:?}", gitea.writes());
    assert!(labels(&gitea, 10).is_empty());
}

#[test]
fn unreachable_gitea_fails_its_issue_and_the_local_issue_converges() {
    let ws = gitea_and_local();
    let out = ws
        .gitea("http://127.0.0.1:1")
        .args(["--json", "phase", "start", "1"])
        .output()
        .expect("run");
    assert_gitea_failed_and_local_converged(&ws, &out);
}

#[test]
fn disabled_gitea_gets_no_request_and_the_local_issue_converges() {
    let ws = gitea_and_local();
    ws.write(".debussy/config.yaml", "gitea:\n  enabled: false\n");
    let gitea = FakeGitea::start();
    gitea.add_issue(REPO, 10, "Plan");
    succeed(ws.gitea(&gitea.url).args(["phase", "start", "1"]));
    assert!(gitea.requests().is_empty(), "{:?}", gitea.requests());
    assert_eq!(local_labels(&ws, 1), ["team:core", "debussy:in-progress"]);
}

#[test]
fn missing_credentials_keep_the_event_and_name_gitea_token() {
    let (ws, gitea) = gitea_standard();
    let out = ws
        .cmd()
        .env("GITEA_URL", &gitea.url)
        .env("GH_DEBUSSY_SYNC_KEYRING", "none")
        .args(["phase", "start", "1"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(stdout(&out).contains("GITEA_TOKEN"), "{}", stdout(&out));
    assert!(gitea.requests().is_empty(), "{:?}", gitea.requests());
    assert_eq!(recorded_events(&ws), 1);
}

// Concurrency (§8).

#[test]
fn parallel_auto_closes_post_one_comment_per_issue() {
    let (ws, gitea) = gitea_standard();
    finish_all_phases(&ws, &gitea);
    succeed_all_at_once(4, || {
        let mut cmd = ws.gitea(&gitea.url);
        cmd.args(["-q", "plan", "complete", "--auto-close"]);
        cmd
    });
    for n in [10, 11, 12] {
        assert_eq!(gitea.comments(REPO, n).len(), 1, "issue {n}");
        assert_eq!(state(&gitea, n), IssueState::Closed, "issue {n}");
        assert_eq!(labels(&gitea, n), ["debussy:completed"], "issue {n}");
    }
    assert_eq!(gitea.requests_to("POST", "/comments").len(), 3);
}

/// A plan with `n` phases; phase i links #(100+i), the plan links #10.
fn many_phases(n: u64) -> (Workspace, FakeGitea) {
    let ws = Workspace::new();
    let mut master = String::from(
        "# Many - Master Plan\n\n**Gitea Repo:** acme/widgets\n**Gitea Issues:** #10\n\n| Phase | Title | Status |\n|---|---|---|\n",
    );
    let gitea = FakeGitea::start();
    gitea.add_issue(REPO, 10, "Plan");
    for i in 1..=n {
        master.push_str(&format!("| {i} | [P{i}](phase-{i}.md) | Pending |\n"));
        ws.write(
            &format!("plans/m/phase-{i}.md"),
            &format!("# Many Phase {i}: P{i}\n\n**Gitea Issues:** #{}\n", 100 + i),
        );
        gitea.add_issue(REPO, 100 + i, &format!("Phase {i}"));
    }
    ws.write("plans/m/MASTER_PLAN.md", &master);
    (ws, gitea)
}

#[test]
fn parallel_phase_events_end_with_the_right_labels() {
    for trial in 0..3 {
        let (ws, gitea) = many_phases(4);
        for event in ["start", "complete"] {
            let runs = (1..=4)
                .map(|i| {
                    let mut cmd = ws.gitea(&gitea.url);
                    cmd.args(["-q", "phase", event, &i.to_string()]);
                    cmd
                })
                .collect();
            for out in run_all_at_once(runs) {
                assert!(out.status.success(), "trial {trial}: {}", stderr(&out));
            }
        }
        for i in 1..=4 {
            assert_eq!(
                labels(&gitea, 100 + i),
                ["debussy:completed"],
                "trial {trial}, phase {i}"
            );
        }
        assert_eq!(labels(&gitea, 10), ["debussy:completed"], "trial {trial}");
        let state_labels = gitea
            .labels(REPO)
            .iter()
            .filter(|l| l.name.starts_with("debussy:"))
            .count();
        assert_eq!(state_labels, 2, "each label created once, trial {trial}");
    }
}

// Drift (§10).

fn drift_of(report: &Value, reference: &str) -> Value {
    report["plans"]
        .as_array()
        .expect("plans")
        .iter()
        .flat_map(|p| p["issues"].as_array().cloned().unwrap_or_default())
        .find(|i| i["ref"] == reference)
        .unwrap_or_else(|| panic!("{reference} not in {report}"))["drift"]
        .clone()
}

fn status(ws: &Workspace, gitea: &FakeGitea, args: &[&str]) -> (Option<i32>, Value) {
    let out = ws
        .gitea(&gitea.url)
        .args(["--json", "status"])
        .args(args)
        .output()
        .expect("run");
    (out.status.code(), json_stdout(&out))
}

#[test]
fn drift_made_by_hand_is_found_and_sync_repairs_it() {
    let (ws, gitea) = gitea_standard();
    succeed(ws.gitea(&gitea.url).args(["phase", "start", "1"]));
    let (code, report) = status(&ws, &gitea, &["--exit-status"]);
    assert_eq!(code, Some(0), "no drift yet: {report}");
    assert_eq!(drift_of(&report, &target(10)), Value::Null);
    let row = report["plans"][0]["issues"]
        .as_array()
        .expect("issues")
        .iter()
        .find(|i| i["ref"] == target(10).as_str())
        .cloned()
        .expect("row");
    assert_eq!(row["tracker"], "gitea");

    gitea.set_issue_labels(REPO, 10, &[]);
    gitea.set_issue_state(REPO, 11, IssueState::Closed);
    let (code, report) = status(&ws, &gitea, &["--exit-status"]);
    assert_eq!(code, Some(5), "{report}");
    assert_eq!(drift_of(&report, &target(10)), "label_mismatch");
    assert_eq!(drift_of(&report, &target(11)), "closed_externally");
    assert_eq!(drift_of(&report, &target(12)), Value::Null);

    gitea.clear_log();
    succeed(ws.gitea(&gitea.url).args(["sync"]));
    assert!(gitea.writes().is_empty(), "a preview writes nothing");
    succeed(ws.gitea(&gitea.url).args(["sync", "--apply"]));
    assert_eq!(labels(&gitea, 10), ["debussy:in-progress"]);
    assert_eq!(state(&gitea, 11), IssueState::Open);
    let (code, report) = status(&ws, &gitea, &["--exit-status"]);
    assert_eq!(code, Some(0), "{report}");
}

#[test]
fn a_failed_read_is_unknown_not_closed() {
    let (ws, gitea) = gitea_standard();
    succeed(ws.gitea(&gitea.url).args(["phase", "start", "1"]));
    gitea.inject("GET", "/", FaultKind::BadGatewayAfterApply, 10_000);
    let (code, report) = status(&ws, &gitea, &[]);
    assert_eq!(code, Some(3), "{report}");
    for n in [10, 11, 12] {
        assert_eq!(drift_of(&report, &target(n)), "unknown", "{report}");
    }
    assert_eq!(report["drift_count"], 0, "unknown is not drift");
}

// References and configuration (§11).

/// The references `plan show` lists, with their trackers.
fn shown_refs(mut cmd: assert_cmd::Command) -> Vec<(String, String)> {
    let show = json_stdout(&succeed(cmd.args(["--json", "plan", "show"])));
    show["issues"]
        .as_array()
        .expect("issues")
        .iter()
        .map(|i| {
            (
                i["ref"].as_str().unwrap_or_default().to_string(),
                i["tracker"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

#[test]
fn every_reference_form_resolves_to_the_same_fully_qualified_gitea_issue() {
    let gitea = FakeGitea::start();
    for n in [10, 11, 12, 13, 14, 15] {
        gitea.add_issue(REPO, n, &format!("Issue {n}"));
    }
    gitea.add_issue("acme/gadgets", 3, "Elsewhere");
    let ws = Workspace::new();
    // No **Gitea Repo:** line: bare numbers resolve against gitea.repo.
    ws.write(".debussy/config.yaml", "gitea:\n  repo: acme/widgets\n");
    ws.write(
        "plans/f/MASTER_PLAN.md",
        &format!(
            "# Forms - Master Plan\n\n**Gitea Issues:** #10, 11\n**Issues:** gitea:acme/widgets#13, {}/acme/widgets/issues/14, gitea:acme/gadgets#3\n\n| Phase | Title | Status |\n|---|---|---|\n| 1 | [One](phase-1.md) | Pending |\n| 2 | [Two](phase-2.md) | Pending |\n",
            gitea.url
        ),
    );
    ws.write(
        "plans/f/phase-1.md",
        &format!(
            "# Forms Phase 1: One\n\n**Gitea Issues:** {}/acme/widgets/issues/12\n",
            gitea.url
        ),
    );
    ws.write(
        "plans/f/phase-2.md",
        "---\ngitea_issues: [15]\n---\n# Forms Phase 2: Two\n",
    );
    let mut refs = shown_refs(ws.gitea(&gitea.url));
    refs.sort();
    let mut expected: Vec<(String, String)> = [10, 11, 12, 13, 14, 15]
        .into_iter()
        .map(|n| (target(n), "gitea".to_string()))
        .chain([("gitea:acme/gadgets#3".to_string(), "gitea".to_string())])
        .collect();
    expected.sort();
    assert_eq!(refs, expected);

    succeed(ws.gitea(&gitea.url).args(["phase", "start", "1"]));
    for n in [10, 11, 12, 13, 14] {
        assert_eq!(labels(&gitea, n), ["debussy:in-progress"], "issue {n}");
    }
    assert!(labels(&gitea, 15).is_empty(), "phase 2 has not started");
    assert_eq!(
        gitea.issue_label_names("acme/gadgets", 3),
        ["debussy:in-progress"]
    );
}

#[test]
fn the_plans_gitea_repo_beats_the_configured_one() {
    let (ws, gitea) = gitea_standard();
    ws.write(".debussy/config.yaml", "gitea:\n  repo: acme/other\n");
    let refs = shown_refs(ws.gitea(&gitea.url));
    assert!(
        refs.contains(&(target(10), "gitea".to_string())),
        "{refs:?}"
    );
    assert!(
        refs.iter().all(|(r, _)| !r.contains("acme/other")),
        "{refs:?}"
    );
}

#[test]
fn bare_numbers_follow_an_origin_remote_on_the_gitea_host() {
    let gitea = FakeGitea::start();
    for n in [10, 11, 12] {
        gitea.add_issue(REPO, n, &format!("Issue {n}"));
    }
    let ws = Workspace::new();
    for args in [
        &["init", "-q"][..],
        &[
            "remote",
            "add",
            "origin",
            &format!("{}/acme/widgets.git", gitea.url),
        ],
    ] {
        let ok = std::process::Command::new("git")
            .arg("-C")
            .arg(ws.path())
            .args(args)
            .output()
            .expect("git")
            .status
            .success();
        assert!(ok, "git {args:?}");
    }
    // A bare #10 in a mixed line belongs to origin's platform; a bare number in a
    // Gitea list resolves against origin's repository.
    ws.write(
        "plans/o/MASTER_PLAN.md",
        "# Origin - Master Plan\n\n**Issues:** #10, local#1\n\n| Phase | Title | Status |\n|---|---|---|\n| 1 | [One](phase-1.md) | Pending |\n",
    );
    ws.write(
        "plans/o/phase-1.md",
        "# Origin Phase 1: One\n\n**Gitea Issues:** 12\n",
    );
    ws.write(".debussy/issues/1.md", &local_issue_file(1, "Local", None));
    let mut refs = shown_refs(ws.gitea(&gitea.url));
    refs.sort();
    assert_eq!(
        refs,
        [
            (target(10), "gitea".to_string()),
            (target(12), "gitea".to_string()),
            ("local#1".to_string(), "local".to_string()),
        ]
    );
    succeed(ws.gitea(&gitea.url).args(["phase", "start", "1"]));
    assert_eq!(labels(&gitea, 10), ["debussy:in-progress"]);
    assert_eq!(labels(&gitea, 12), ["debussy:in-progress"]);
    assert!(labels(&gitea, 11).is_empty());
    assert_eq!(local_labels(&ws, 1), ["team:core", "debussy:in-progress"]);
}

#[test]
fn url_and_repo_from_the_config_section_with_the_token_from_the_environment() {
    let gitea = FakeGitea::start();
    for n in [10, 11, 12] {
        gitea.add_issue(REPO, n, &format!("Issue {n}"));
    }
    let ws = gitea_workspace();
    ws.write(
        PLAN,
        &support::gitea_cli::GITEA_MASTER.replace("**Gitea Repo:** acme/widgets\n", ""),
    );
    ws.write(
        ".debussy/config.yaml",
        &format!("gitea:\n  url: {}\n  repo: acme/widgets\n", gitea.url),
    );
    succeed(
        ws.cmd()
            .env("GITEA_TOKEN", GITEA_TOKEN)
            .env("GH_DEBUSSY_SYNC_KEYRING", "none")
            .args(["phase", "start", "1"]),
    );
    for n in [10, 11, 12] {
        assert_eq!(labels(&gitea, n), ["debussy:in-progress"], "issue {n}");
    }
}

#[test]
fn forgejo_variables_work_like_gitea_ones() {
    let (ws, gitea) = gitea_standard();
    gitea.set_version("7.0.0+gitea-1.22.0");
    succeed(
        ws.cmd()
            .env("FORGEJO_URL", &gitea.url)
            .env("FORGEJO_TOKEN", GITEA_TOKEN)
            .env("GH_DEBUSSY_SYNC_KEYRING", "none")
            .args(["phase", "start", "1"]),
    );
    for n in [10, 11, 12] {
        assert_eq!(labels(&gitea, n), ["debussy:in-progress"], "issue {n}");
    }
}

#[test]
fn a_gitea_under_a_sub_path_is_reached_under_it() {
    let gitea = FakeGitea::start_at("/gitea");
    for n in [10, 11, 12] {
        gitea.add_issue(REPO, n, &format!("Issue {n}"));
    }
    let ws = gitea_workspace();
    // The web URL of an issue carries the sub-path too.
    ws.write(
        "docs/plans/sync/phase-1.md",
        &support::gitea_cli::GITEA_PHASE_1.replace(
            "**Gitea Issues:** #12",
            &format!("**Gitea Issues:** {}/acme/widgets/issues/12", gitea.url),
        ),
    );
    finish_all_phases(&ws, &gitea);
    succeed(
        ws.gitea(&gitea.url)
            .args(["plan", "complete", "--auto-close"]),
    );
    for n in [10, 11, 12] {
        assert_eq!(labels(&gitea, n), ["debussy:completed"], "issue {n}");
        assert_eq!(state(&gitea, n), IssueState::Closed, "issue {n}");
        assert_eq!(gitea.comments(REPO, n).len(), 1, "issue {n}");
    }
    // The fake logs paths under its API root; anything else arrived outside it.
    let outside: Vec<Logged> = gitea
        .requests()
        .into_iter()
        .filter(|r| r.path.starts_with("/api") || r.path.starts_with("/gitea"))
        .collect();
    assert!(outside.is_empty(), "{outside:?}");
}

// Credentials (§6).

#[test]
fn token_never_appears_in_output_or_files_at_any_verbosity() {
    let (ws, gitea) = gitea_standard();
    let leaks = |out: &std::process::Output| {
        String::from_utf8_lossy(&[out.stdout.clone(), out.stderr.clone()].concat())
            .contains(GITEA_TOKEN)
    };
    for args in [
        &["-v", "phase", "start", "1"][..],
        &["-v", "--json", "phase", "complete", "1"],
        &["--dry-run", "-v", "phase", "fail", "2"],
        &["-v", "--json", "status"],
        &["-v", "history"],
        &["-v", "auth", "status"],
        &["-v", "--json", "auth", "status"],
        &["-v", "doctor"],
        &["-v", "--json", "config", "show"],
    ] {
        let out = ws.gitea(&gitea.url).args(args).output().expect("run");
        assert!(!leaks(&out), "{args:?}");
    }
    // Error paths: a dead URL, a refused token.
    let out = ws
        .gitea("http://127.0.0.1:9")
        .args(["-v", "phase", "start", "1"])
        .output()
        .expect("run");
    assert!(!leaks(&out), "dead URL");
    gitea.set_token("another-token");
    let out = ws
        .gitea(&gitea.url)
        .args(["-v", "--json", "phase", "complete", "2"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(!leaks(&out), "refused token");
    ws.assert_no_file_holds(GITEA_TOKEN);
}

#[test]
fn auth_login_gitea_without_a_keyring_names_gitea_token() {
    let ws = Workspace::new();
    let out = ws
        .cmd()
        .env("GH_DEBUSSY_SYNC_KEYRING", "none")
        .env("XDG_CONFIG_HOME", ws.path().join("home-config"))
        .args([
            "auth",
            "login",
            "gitea",
            "--hostname",
            "git.example.com",
            "--with-token",
        ])
        .write_stdin(format!("{GITEA_TOKEN}\n"))
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let all = format!("{}{}", stdout(&out), stderr(&out));
    assert!(stderr(&out).contains("GITEA_TOKEN"), "{all}");
    assert!(!all.contains(GITEA_TOKEN));
    assert!(!ws.path().join("home-config").exists(), "nothing written");
}

#[test]
fn a_malformed_gitea_reference_is_an_input_error_at_its_line_and_nothing_is_written() {
    let (ws, gitea) = gitea_standard();
    let broken = support::gitea_cli::GITEA_MASTER.replace("#10, #11", "#10, gitea:acme#11");
    ws.write(PLAN, &broken);
    let out = ws
        .gitea(&gitea.url)
        .args(["phase", "start", "1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("docs/plans/sync/MASTER_PLAN.md:4") && stderr.contains("gitea:acme#11"),
        "{stderr}"
    );
    assert!(
        gitea.writes().is_empty(),
        "nothing written: {:?}",
        gitea.writes()
    );
    let check = ws
        .gitea(&gitea.url)
        .args(["plan", "check"])
        .output()
        .unwrap();
    assert_eq!(check.status.code(), Some(2));
}

#[test]
fn a_gitea_list_without_a_repository_says_which_settings_name_one() {
    let gitea = FakeGitea::start();
    let ws = gitea_workspace();
    let no_repo = support::gitea_cli::GITEA_MASTER.replace("**Gitea Repo:** acme/widgets\n", "");
    ws.write(PLAN, &no_repo);
    let out = ws
        .gitea(&gitea.url)
        .args(["plan", "check"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        said.contains("MASTER_PLAN.md:3: '#10' needs a repository: add **Gitea Repo:**")
            && said.contains("gitea.repo"),
        "{said}"
    );
}
