//! The lifecycle against the local tracker: issues as markdown files.

mod support;

use support::*;

fn run(ws: &Workspace, args: &[&str]) -> std::process::Output {
    succeed(ws.cmd().args(args))
}

#[test]
fn lifecycle_labels_plan_and_phase_issues_and_auto_close_comments_once() {
    let ws = local_standard();
    run(&ws, &["phase", "start", "1"]);
    for n in [1, 2, 3] {
        assert_eq!(
            local_labels(&ws, n),
            ["team:core", "debussy:in-progress"],
            "local#{n}"
        );
    }
    assert!(ws
        .read(".debussy/issues/labels.yaml")
        .contains("\"debussy:in-progress\": { color: \"1D76DB\""));
    run(&ws, &["phase", "complete", "1"]);
    assert_eq!(local_labels(&ws, 3), ["team:core", "debussy:completed"]);
    assert_eq!(local_labels(&ws, 1), ["team:core", "debussy:in-progress"]);
    run(&ws, &["phase", "start", "2"]);
    run(&ws, &["phase", "complete", "2"]);
    run(&ws, &["plan", "complete", "--auto-close"]);
    for n in [1, 2, 3] {
        let text = ws.read(&format!(".debussy/issues/{n}.md"));
        assert!(text.contains("\nstate: closed\n"), "{text}");
        assert!(text.contains("\nstate_reason: completed\n"), "{text}");
        assert_eq!(
            text.matches("<!-- debussy-sync:completion:plans/local/MASTER_PLAN.md -->")
                .count(),
            1
        );
        assert_eq!(local_labels(&ws, n), ["team:core", "debussy:completed"]);
    }
    let milestone = ws.read(".debussy/issues/milestones/1.md");
    assert!(
        milestone.contains("First release.\n\nDebussy progress — Local Sync: 2/2 phases (100%)"),
        "{milestone}"
    );
}

#[test]
fn repeated_events_rewrite_no_file() {
    let ws = local_standard();
    for args in [
        &["phase", "start", "1"][..],
        &["phase", "complete", "1"],
        &["phase", "complete", "2"],
        &["plan", "complete", "--auto-close"],
    ] {
        run(&ws, args);
        let before = snapshot_issues(&ws);
        std::thread::sleep(std::time::Duration::from_millis(20));
        let out = run(&ws, &[&["--json"], args].concat());
        assert_eq!(
            json_stdout(&out)["operations"],
            serde_json::json!([]),
            "{args:?}"
        );
        assert_eq!(snapshot_issues(&ws), before, "{args:?} rewrote files");
    }
}

#[test]
fn dry_run_equals_the_applied_operations_and_changes_no_file() {
    let ws = local_standard();
    run(&ws, &["phase", "complete", "1"]);
    run(&ws, &["phase", "complete", "2"]);
    let before = snapshot_issues(&ws);
    let dry = run(
        &ws,
        &["--json", "--dry-run", "plan", "complete", "--auto-close"],
    );
    assert_eq!(snapshot_issues(&ws), before);
    let real = run(&ws, &["--json", "plan", "complete", "--auto-close"]);
    let planned = operation_keys(&json_stdout(&dry));
    assert!(planned.iter().any(|o| o[2] == "close"));
    assert!(planned.iter().any(|o| o[2] == "comment"));
    assert_eq!(planned, operation_keys(&json_stdout(&real)));
}

#[test]
fn hand_edit_is_seen_and_converged() {
    let ws = local_standard();
    run(&ws, &["phase", "start", "1"]);
    let path = ".debussy/issues/2.md";
    let edited = ws.read(path).replace(
        "[\"team:core\", \"debussy:in-progress\"]",
        "[\"team:core\"]",
    );
    ws.write(path, &edited);
    let out = run(&ws, &["--json", "phase", "start", "1"]);
    let ops = json_stdout(&out)["operations"].clone();
    assert_eq!(ops.as_array().unwrap().len(), 1, "{ops}");
    assert_eq!(ops[0]["target"], "local#2");
    assert_eq!(ops[0]["action"], "add_label");
    assert_eq!(local_labels(&ws, 2), ["team:core", "debussy:in-progress"]);
    // The body a person wrote is kept.
    assert!(ws.read(path).contains("Body of Plan two."));
}

/// Runs `phase EVENT 1` for plans p0…p(n-1) as concurrent processes; all must succeed.
fn run_plans_at_once(ws: &Workspace, n: usize, event: &str) {
    let children: Vec<_> = (0..n)
        .map(|p| {
            std::process::Command::new(assert_cmd::cargo::cargo_bin("gh-debussy-sync"))
                .current_dir(ws.path())
                .args([
                    "-q",
                    "phase",
                    event,
                    "1",
                    "--plan",
                    &format!("plans/p{p}/MASTER_PLAN.md"),
                ])
                .spawn()
                .unwrap()
        })
        .collect();
    for mut c in children {
        assert!(c.wait().unwrap().success());
    }
}

#[test]
fn eight_concurrent_plans_sharing_an_issue_and_milestone_lose_no_update() {
    let ws = Workspace::new();
    ws.write(
        ".debussy/issues/1.md",
        &local_issue_file(1, "Shared", Some(1)),
    );
    ws.write(
        ".debussy/issues/milestones/1.md",
        "---\nnumber: 1\ntitle: v1\n---\n\nGoals.\n",
    );
    for p in 0..8 {
        ws.write(
            &format!("plans/p{p}/MASTER_PLAN.md"),
            &format!("# Plan {p} - Master Plan\n**Issues:** local#1\n\n| Phase | Title | Status |\n|---|---|---|\n| 1 | A | Pending |\n"),
        );
    }
    run_plans_at_once(&ws, 8, "start");
    let milestone = ws.read(".debussy/issues/milestones/1.md");
    for p in 0..8 {
        assert!(
            milestone.contains(&format!(
                "<!-- debussy-sync:progress:plans/p{p}/MASTER_PLAN.md -->"
            )),
            "plan {p} lost its line:\n{milestone}"
        );
    }
    assert!(milestone.contains("Goals."));
    assert_eq!(local_labels(&ws, 1), ["team:core", "debussy:in-progress"]);
    // Eight concurrent label changes on one issue, via eight plans completing.
    run_plans_at_once(&ws, 8, "complete");
    let milestone = ws.read(".debussy/issues/milestones/1.md");
    assert_eq!(
        milestone.matches("1/1 phases (100%)").count(),
        8,
        "{milestone}"
    );
}

#[test]
fn malformed_issue_file_fails_that_issue_naming_the_file() {
    let ws = local_standard();
    ws.write(".debussy/issues/2.md", "no front matter here\n");
    let out = ws.cmd().args(["phase", "start", "1"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("2.md:1: expected YAML front matter"),
        "{stdout}"
    );
    assert_eq!(local_labels(&ws, 1), ["team:core", "debussy:in-progress"]);
}
