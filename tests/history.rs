//! `history`: which issues a phase's failures are shown under.

mod support;

use serde_json::Value;
use support::*;

/// The local plan (local#1 and local#2 follow the plan, local#3 phase 1), with
/// local#4 following phase 2, after phase 1 completed and phase 2 failed.
fn phase_two_failed() -> Workspace {
    let ws = local_standard();
    ws.write(
        "plans/local/phase-2.md",
        "# Local Sync Phase 2: API\n\n**Issues:** local#4\n",
    );
    ws.write(
        ".debussy/issues/4.md",
        &local_issue_file(4, "Phase two", None),
    );
    for args in [
        &["phase", "start", "1"][..],
        &["phase", "complete", "1"],
        &["phase", "start", "2"],
        &["phase", "fail", "2", "--reason", "API tests red"],
    ] {
        succeed(ws.cmd().args(args));
    }
    ws
}

/// The `failures` of each issue of a `--json history` report, by reference.
fn failures_by_issue(report: &Value) -> Vec<(String, Vec<String>)> {
    report["issues"]
        .as_array()
        .expect("issues")
        .iter()
        .map(|i| {
            let reasons = i["failures"]
                .as_array()
                .expect("failures")
                .iter()
                .map(|f| format!("phase {}: {}", f["phase"], f["reason"]))
                .collect();
            (i["ref"].as_str().expect("ref").to_string(), reasons)
        })
        .collect()
}

#[test]
fn a_phase_failure_is_shown_under_the_plan_issues_and_that_phase_issues_only() {
    let ws = phase_two_failed();
    let history = json_stdout(&succeed(ws.cmd().args(["--json", "history"])));
    let mut failures = failures_by_issue(&history);
    failures.sort();
    let failed = vec![r#"phase "2": "API tests red""#.to_string()];
    assert_eq!(
        failures,
        [
            ("local#1".to_string(), failed.clone()),
            ("local#2".to_string(), failed.clone()),
            ("local#3".to_string(), vec![]),
            ("local#4".to_string(), failed),
        ],
        "{history}"
    );
}

#[test]
fn history_of_one_issue_lists_only_the_failures_that_concern_it() {
    let ws = phase_two_failed();
    // local#3 follows phase 1, which completed: phase 2's failure is not its own.
    let out = succeed(ws.cmd().args(["history", "--issue", "local#3"]));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("local#3"), "{text}");
    assert!(!text.contains("API tests red"), "{text}");
    assert!(!text.contains("Failures"), "{text}");
    let history = json_stdout(&succeed(
        ws.cmd().args(["--json", "history", "--issue", "local#3"]),
    ));
    assert_eq!(
        failures_by_issue(&history),
        [("local#3".to_string(), vec![])],
        "{history}"
    );

    // local#4 follows phase 2, local#1 the whole plan: both show it.
    for issue in ["local#4", "local#1"] {
        let out = succeed(ws.cmd().args(["history", "--issue", issue]));
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("Failures"), "{issue}: {text}");
        assert!(text.contains("phase 2"), "{issue}: {text}");
        assert!(text.contains("API tests red"), "{issue}: {text}");
        let history = json_stdout(&succeed(
            ws.cmd().args(["--json", "history", "--issue", issue]),
        ));
        assert_eq!(
            failures_by_issue(&history),
            [(
                issue.to_string(),
                vec![r#"phase "2": "API tests red""#.to_string()]
            )],
            "{history}"
        );
    }
}

#[test]
fn an_issue_linked_in_the_master_plan_and_a_phase_follows_that_phase_in_history_too() {
    let ws = phase_two_failed();
    // local#3 is now linked in the master plan as well; it still mirrors phase 1.
    ws.write(
        LOCAL_PLAN,
        &LOCAL_MASTER.replace("local#1, local#2", "local#1, local#2, local#3"),
    );
    let history = json_stdout(&succeed(
        ws.cmd().args(["--json", "history", "--issue", "local#3"]),
    ));
    assert_eq!(
        failures_by_issue(&history),
        [("local#3".to_string(), vec![])],
        "{history}"
    );
}

#[test]
fn failures_of_a_plan_that_can_no_longer_be_read_stay_under_its_issues() {
    let ws = phase_two_failed();
    std::fs::remove_file(ws.path().join(LOCAL_PLAN)).expect("remove the plan");
    let history = json_stdout(&succeed(
        ws.cmd().args(["--json", "history", "--issue", "local#3"]),
    ));
    assert_eq!(
        failures_by_issue(&history),
        [(
            "local#3".to_string(),
            vec![r#"phase "2": "API tests red""#.to_string()]
        )],
        "{history}"
    );
}
