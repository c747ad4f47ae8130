//! One issue linked by two master plans: its state comes from both of them, so that
//! neither plan's events undo what the other's did.

mod support;

use support::*;

const PLAN_A: &str = "plans/a/MASTER_PLAN.md";
const PLAN_B: &str = "plans/b/MASTER_PLAN.md";

/// Plan A (two phases) links local#1 and local#4, plan B (one phase) links
/// local#2 and local#4; local#4 is in milestone 1.
fn two_plans() -> Workspace {
    let ws = Workspace::new();
    ws.write(
        PLAN_A,
        "# Alpha - Master Plan\n\n**Issues:** local#1, local#4\n\n| Phase | Title | Status |\n|---|---|---|\n| 1 | [One](phase-1.md) | Pending |\n| 2 | [Two](phase-2.md) | Pending |\n",
    );
    ws.write("plans/a/phase-1.md", "# Alpha Phase 1: One\n");
    ws.write("plans/a/phase-2.md", "# Alpha Phase 2: Two\n");
    ws.write(
        PLAN_B,
        "# Beta - Master Plan\n\n**Issues:** local#2, local#4\n\n| Phase | Title | Status |\n|---|---|---|\n| 1 | [One](phase-1.md) | Pending |\n",
    );
    ws.write("plans/b/phase-1.md", "# Beta Phase 1: One\n");
    for (n, milestone) in [(1, None), (2, None), (4, Some(1))] {
        ws.write(
            &format!(".debussy/issues/{n}.md"),
            &local_issue_file(n, &format!("Issue {n}"), milestone),
        );
    }
    ws.write(
        ".debussy/issues/milestones/1.md",
        "---\nnumber: 1\ntitle: v1\n---\n\nGoals.\n",
    );
    ws
}

/// `phase EVENT ID --plan PLAN`, which must succeed.
fn event(ws: &Workspace, plan: &str, event: &str, id: &str) -> std::process::Output {
    succeed(
        ws.cmd()
            .args(["--json", "phase", event, id, "--plan", plan]),
    )
}

fn state_labels(ws: &Workspace, n: u64) -> Vec<String> {
    local_labels(ws, n)
        .into_iter()
        .filter(|l| l.starts_with("debussy:"))
        .collect()
}

/// The `warning: …` lines of a command's stderr.
fn warnings(out: &std::process::Output) -> Vec<String> {
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .filter_map(|l| l.strip_prefix("warning: "))
        .map(str::to_string)
        .collect()
}

#[test]
fn a_shared_issue_carries_the_combined_state_of_both_plans_and_a_repeat_writes_nothing() {
    let ws = two_plans();
    event(&ws, PLAN_A, "fail", "1");
    assert_eq!(state_labels(&ws, 4), ["debussy:failed"]);

    // B starting does not hide A's failure.
    event(&ws, PLAN_B, "start", "1");
    assert_eq!(state_labels(&ws, 4), ["debussy:failed"]);
    assert_eq!(state_labels(&ws, 2), ["debussy:in-progress"]);
    assert_eq!(state_labels(&ws, 1), ["debussy:failed"]);

    // Neither plan's repeated event writes anything.
    for (plan, what) in [(PLAN_A, "fail"), (PLAN_B, "start"), (PLAN_A, "fail")] {
        let before = snapshot_issues(&ws);
        let out = event(&ws, plan, what, "1");
        assert_eq!(
            json_stdout(&out)["operations"],
            serde_json::json!([]),
            "{plan}"
        );
        assert_eq!(snapshot_issues(&ws), before, "{plan} rewrote files");
    }

    // A completes: the shared issue is in progress while B runs; A's own is done.
    event(&ws, PLAN_A, "complete", "1");
    event(&ws, PLAN_A, "complete", "2");
    assert_eq!(state_labels(&ws, 1), ["debussy:completed"]);
    assert_eq!(state_labels(&ws, 4), ["debussy:in-progress"]);
    // B completes: now both plans are done with it.
    event(&ws, PLAN_B, "complete", "1");
    assert_eq!(state_labels(&ws, 4), ["debussy:completed"]);
    let before = snapshot_issues(&ws);
    let out = event(&ws, PLAN_A, "complete", "2");
    assert_eq!(json_stdout(&out)["operations"], serde_json::json!([]));
    assert_eq!(snapshot_issues(&ws), before);

    // Each plan keeps its own progress line in the shared issue's milestone.
    let milestone = ws.read(".debussy/issues/milestones/1.md");
    assert!(
        milestone.contains("Debussy progress — Alpha: 2/2 phases (100%)"),
        "{milestone}"
    );
    assert!(
        milestone.contains("Debussy progress — Beta: 1/1 phases (100%)"),
        "{milestone}"
    );
}

#[test]
fn status_judges_a_shared_issue_against_both_plans() {
    let ws = two_plans();
    event(&ws, PLAN_A, "fail", "1");
    event(&ws, PLAN_B, "start", "1");
    for plan in [PLAN_A, PLAN_B] {
        let out = ws
            .cmd()
            .args(["--json", "status", "--exit-status", "--plan", plan])
            .output()
            .unwrap();
        let report = json_stdout(&out);
        assert_eq!(report["drift_count"], 0, "{plan}: {report}");
        assert_eq!(out.status.code(), Some(0), "{plan}");
    }
}

#[test]
fn a_shared_issue_is_auto_closed_only_when_every_linking_plan_is_complete() {
    let ws = two_plans();
    event(&ws, PLAN_A, "complete", "1");
    event(&ws, PLAN_A, "complete", "2");
    event(&ws, PLAN_B, "start", "1");
    let out = succeed(ws.cmd().args([
        "--json",
        "plan",
        "complete",
        "--auto-close",
        "--plan",
        PLAN_A,
    ]));
    let report = json_stdout(&out);
    assert!(ws
        .read(".debussy/issues/1.md")
        .contains("\nstate: closed\n"));
    let shared = ws.read(".debussy/issues/4.md");
    assert!(shared.contains("\nstate: open\n"), "{shared}");
    assert!(!shared.contains("debussy-sync:completion"), "{shared}");
    assert!(
        report["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|w| w
                == "local#4 stays open: plans/b/MASTER_PLAN.md links it too and is not complete"),
        "{report}"
    );

    event(&ws, PLAN_B, "complete", "1");
    succeed(
        ws.cmd()
            .args(["plan", "complete", "--auto-close", "--plan", PLAN_B]),
    );
    for n in [2, 4] {
        let text = ws.read(&format!(".debussy/issues/{n}.md"));
        assert!(text.contains("\nstate: closed\n"), "local#{n}: {text}");
        assert_eq!(text.matches("debussy-sync:completion").count(), 1, "{text}");
    }
}

#[test]
fn plan_check_warns_of_an_issue_another_plan_links_naming_both_plans() {
    let ws = two_plans();
    let expected = "plans/a/MASTER_PLAN.md:3: local#4 is linked by plans/a/MASTER_PLAN.md and by plans/b/MASTER_PLAN.md (plans/b/MASTER_PLAN.md:3); its state combines both plans (failed if one failed, completed when both are), and it is closed only when both are complete";
    let check = succeed(ws.cmd().args(["plan", "check", "--plan", PLAN_A]));
    assert_eq!(warnings(&check), [expected]);
    assert!(String::from_utf8_lossy(&check.stdout).contains(", 1 warning"));
    let json = json_stdout(&succeed(
        ws.cmd().args(["--json", "plan", "check", "--plan", PLAN_A]),
    ));
    assert_eq!(json["warnings"], serde_json::json!([expected]));

    let start = succeed(ws.cmd().args(["phase", "start", "1", "--plan", PLAN_A]));
    assert_eq!(warnings(&start), warnings(&check));
}

#[test]
fn plan_check_prints_every_warning_an_event_prints_about_the_plan() {
    let ws = local_standard();
    // local#1 follows the plan and phase 1: linked twice.
    ws.write(
        "plans/local/phase-1.md",
        "# Local Sync Phase 1: Storage\n\n**Issues:** local#3, local#1\n",
    );
    let start = succeed(ws.cmd().args(["phase", "start", "1"]));
    let check = succeed(ws.cmd().args(["plan", "check"]));
    let from_event = warnings(&start);
    assert!(
        from_event
            .iter()
            .any(|w| w.contains("local#1 is linked more than once")),
        "{from_event:?}"
    );
    assert_eq!(warnings(&check), from_event);
    assert!(String::from_utf8_lossy(&check.stdout).contains(", 1 warning"));
}
