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

/// Lines of `after` not in `before` and lines of `before` not in `after`, by a
/// longest-common-subsequence line diff: what a `diff` of the two files shows.
fn changed_lines<'a>(before: &'a str, after: &'a str) -> Vec<&'a str> {
    let (a, b): (Vec<&str>, Vec<&str>) = (before.lines().collect(), after.lines().collect());
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut changed) = (0, 0, Vec::new());
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            (i, j) = (i + 1, j + 1);
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            changed.push(b[j]);
            j += 1;
        } else {
            changed.push(a[i]);
            i += 1;
        }
    }
    changed
}

/// Asserts that every changed line is one of `keys`' front-matter lines.
fn assert_only_keys_changed(before: &str, after: &str, keys: &[&str]) {
    let changed = changed_lines(before, after);
    let foreign: Vec<&&str> = changed
        .iter()
        .filter(|line| !keys.iter().any(|k| line.starts_with(&format!("{k}: "))))
        .collect();
    assert!(
        foreign.is_empty(),
        "lines other than {keys:?} changed: {foreign:?}\n--- before\n{before}\n--- after\n{after}"
    );
}

const COMMENT: &str = "<!-- comment by ana at 2026-01-02T03:04:05Z -->\nI will take this one.\n";

/// Seed 002's roadmap issue, made a local issue: `number` added, a comment of the
/// roadmap tool's in the front matter, and one comment under the body.
fn roadmap_issue(number: u64, milestone: &str) -> String {
    let seed = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/issues/roadmap-002.md"),
    )
    .unwrap();
    let front = seed
        .strip_prefix("---\n")
        .unwrap()
        .replacen(
            "priority: medium\n",
            "priority: medium # set by triage\n",
            1,
        )
        .replacen("milestone: null\n", &format!("milestone: {milestone}\n"), 1);
    format!(
        "---\nnumber: {number}\n{}\n## Comments\n\n{COMMENT}",
        front.trim_end()
    )
}

#[test]
fn close_and_reopen_keep_every_front_matter_key_we_do_not_own() {
    let ws = Workspace::new();
    let original = roadmap_issue(1, "null");
    ws.write(".debussy/issues/1.md", &original);
    succeed(ws.cmd().args(["issue", "close", "local#1"]));
    let closed = ws.read(".debussy/issues/1.md");
    assert!(closed.contains("\nstate: closed\n"), "{closed}");
    assert_only_keys_changed(&original, &closed, &["state", "state_reason", "updated"]);
    succeed(ws.cmd().args(["issue", "reopen", "local#1"]));
    let reopened = ws.read(".debussy/issues/1.md");
    assert!(reopened.contains("\nstate: open\n"), "{reopened}");
    assert_only_keys_changed(&original, &reopened, &["state", "state_reason", "updated"]);
    // The body and the comment follow the front matter unchanged.
    let tail = original.split_once("\n---\n").unwrap().1;
    assert!(reopened.ends_with(tail), "{reopened}");
}

#[test]
fn phase_events_change_only_our_keys_and_append_their_comment() {
    let ws = Workspace::new();
    let original = roadmap_issue(1, "1");
    ws.write(".debussy/issues/1.md", &original);
    let milestone = "---\nnumber: 1\ntitle: v1\nowner: 'roadmap' # theirs\n---\n\nFirst release.\n";
    ws.write(".debussy/issues/milestones/1.md", milestone);
    ws.write(
        "plans/p/MASTER_PLAN.md",
        "# Roadmap - Master Plan\n**Issues:** local#1\n\n| Phase | Title | Status |\n|---|---|---|\n| 1 | A | Pending |\n",
    );
    for args in [
        &["phase", "start", "1"][..],
        &["phase", "complete", "1"],
        &["plan", "complete", "--auto-close"],
    ] {
        run(&ws, args);
    }
    let after = ws.read(".debussy/issues/1.md");
    assert_eq!(local_labels(&ws, 1), ["debussy:completed"]);
    let (kept, appended) = after
        .split_once(COMMENT)
        .map(|(head, rest)| (format!("{head}{COMMENT}"), rest))
        .unwrap_or_else(|| panic!("the existing comment was changed:\n{after}"));
    assert_only_keys_changed(
        &original,
        &kept,
        &["labels", "state", "state_reason", "updated"],
    );
    assert!(
        appended.starts_with("\n<!-- comment by gh-debussy-sync at ")
            && appended.contains("<!-- debussy-sync:completion:plans/p/MASTER_PLAN.md -->"),
        "{appended}"
    );
    let milestone_after = ws.read(".debussy/issues/milestones/1.md");
    assert!(
        milestone_after.starts_with("---\nnumber: 1\ntitle: v1\nowner: 'roadmap' # theirs\n---\n\nFirst release.\n\nDebussy progress — Roadmap: 1/1 phases (100%)"),
        "{milestone_after}"
    );
}

#[test]
fn a_new_label_is_added_to_labels_yaml_as_one_line_keeping_the_rest() {
    let ws = local_standard();
    let labels = "# Team labels, shared with the roadmap tool\nbug: { color: 'd73a4a', description: \"Broken\", owner: qa }\n";
    ws.write(".debussy/issues/labels.yaml", labels);
    run(&ws, &["phase", "start", "1"]);
    let after = ws.read(".debussy/issues/labels.yaml");
    assert_eq!(
        after,
        format!("{labels}\"debussy:in-progress\": {{ color: \"1D76DB\", description: \"Debussy: phase in progress\" }}\n")
    );
}
