//! `plan publish` on the local tracker, through the binary: a preview writes
//! nothing; `--apply` creates a tracking issue and one issue per phase, ties them
//! together, and inserts exactly one link line per plan file; a repeat writes
//! nothing; an edited phase file updates its issue without losing what a person
//! wrote there; runs at once create every issue once; bad input is exit 2.

mod support;

use support::*;

const PLAN: &str = "plans/pub/MASTER_PLAN.md";

const MASTER: &str = "\
# Widgets Release - Master Plan

**Created:** 2026-01-16
**Status:** Draft

---

## Overview

Ship the widgets.

## Phases

| Phase | Title | Focus | Risk | Status |
|-------|-------|-------|------|--------|
| 1 | [Storage](phase-1.md) | x | Low | Pending |
| 2 | [API](phase-2.md) | x | Low | Pending |
| 3 | [Docs](phase-3.md) | x | Low | Pending |
";

fn phase(n: u32, title: &str, depends: &str) -> String {
    format!(
        "# Widgets Release Phase {n}: {title}\n\n**Status:** Pending\n**Depends On:** {depends}\n\n---\n\n## Overview\n\nWhy {title} matters.\n\n## Tasks\n\n### 1. First\n- [ ] {n}.1: Do the {title} thing\n- [ ] {n}.2: Test the {title} thing\n\n## Notes\n- [ ] not a task\n"
    )
}

fn workspace() -> Workspace {
    let ws = Workspace::new();
    ws.write(PLAN, MASTER);
    ws.write("plans/pub/phase-1.md", &phase(1, "Storage", "N/A"));
    ws.write(
        "plans/pub/phase-2.md",
        &phase(2, "API", "[Phase 1: Storage](phase-1.md)"),
    );
    ws.write("plans/pub/phase-3.md", &phase(3, "Docs", "Phase 2"));
    ws
}

const FILES: [&str; 4] = [
    PLAN,
    "plans/pub/phase-1.md",
    "plans/pub/phase-2.md",
    "plans/pub/phase-3.md",
];

fn plan_files(ws: &Workspace) -> Vec<String> {
    FILES.iter().map(|f| ws.read(f)).collect()
}

fn issue(ws: &Workspace, n: u64) -> String {
    ws.read(&format!(".debussy/issues/{n}.md"))
}

fn issue_files(ws: &Workspace) -> usize {
    std::fs::read_dir(ws.path().join(".debussy/issues"))
        .map(|d| {
            d.flatten()
                .filter(|e| e.file_name().to_string_lossy().ends_with(".md"))
                .count()
        })
        .unwrap_or(0)
}

/// The lines `after` has that `before` has not, in order; and whether every line
/// of `before` is still there in order (nothing else changed).
fn inserted(before: &str, after: &str) -> Vec<String> {
    let mut added = Vec::new();
    let mut old = before.split_inclusive('\n').peekable();
    for line in after.split_inclusive('\n') {
        if old.peek() == Some(&line) {
            old.next();
        } else {
            added.push(line.to_string());
        }
    }
    assert!(
        old.next().is_none(),
        "a line of the plan file changed or went away"
    );
    added
}

#[test]
fn a_preview_writes_nothing_and_apply_creates_links_and_structure_once() {
    let ws = workspace();
    let before = plan_files(&ws);
    let out = succeed(ws.cmd().args(["--json", "plan", "publish", "--plan", PLAN]));
    let report = json_stdout(&out);
    let actions: Vec<&str> = report["actions"]
        .as_array()
        .expect("actions")
        .iter()
        .map(|a| a["action"].as_str().expect("action"))
        .collect();
    assert_eq!(actions.iter().filter(|a| **a == "create_issue").count(), 4);
    assert_eq!(actions.iter().filter(|a| **a == "write_link").count(), 4);
    assert_eq!(plan_files(&ws), before, "a preview writes no plan file");
    assert_eq!(issue_files(&ws), 0, "a preview creates no issue");
    assert!(!ws.path().join(".debussy/sync.db").exists());

    succeed(
        ws.cmd()
            .args(["plan", "publish", "--plan", PLAN, "--apply"]),
    );
    assert_eq!(issue_files(&ws), 4);
    let after = plan_files(&ws);
    let expected = [
        "**Local Issues:** local#1\n",
        "**Local Issues:** local#2\n",
        "**Local Issues:** local#3\n",
        "**Local Issues:** local#4\n",
    ];
    for ((b, a), line) in before.iter().zip(&after).zip(expected) {
        assert_eq!(inserted(b, a), vec![line.to_string()]);
    }
    let tracking = issue(&ws, 1);
    assert!(
        tracking.contains("title: \"Widgets Release\""),
        "{tracking}"
    );
    assert!(tracking.contains("Ship the widgets.") && tracking.contains("- [ ] Phase 3: Docs"));
    let api = issue(&ws, 3);
    assert!(api.contains("title: \"Phase 2: API\""), "{api}");
    assert!(api.contains("- [ ] 2.1: Do the API thing\n- [ ] 2.2: Test the API thing"));
    assert!(
        !api.contains("not a task"),
        "only the Tasks section is the checklist"
    );
    assert!(api.contains("Phase file: `plans/pub/phase-2.md`"));
    assert!(
        api.contains("<!-- debussy-sync:publish plan=\"plans/pub/MASTER_PLAN.md\" phase=\"2\" -->")
    );
    assert!(
        api.contains("\nparent: 1\n") && api.contains("\ndepends_on: [2]\n"),
        "{api}"
    );
    assert!(issue(&ws, 2).contains("\nblocks: [3]\n"));
    assert!(issue(&ws, 4).contains("\ndepends_on: [3]\n"));

    // The plan's phases now follow their issues.
    let show = json_stdout(&succeed(
        ws.cmd().args(["--json", "plan", "show", "--plan", PLAN]),
    ));
    assert_eq!(show["phases"][1]["issues"][0], "local#3", "{show}");

    let snapshot = snapshot_issues(&ws);
    let files = plan_files(&ws);
    let again = json_stdout(&succeed(
        ws.cmd()
            .args(["--json", "plan", "publish", "--plan", PLAN, "--apply"]),
    ));
    assert_eq!(
        again["actions"],
        serde_json::json!([]),
        "a repeat writes nothing"
    );
    assert_eq!(snapshot_issues(&ws), snapshot);
    assert_eq!(plan_files(&ws), files);
}

#[test]
fn an_edited_phase_file_updates_its_issue_and_keeps_what_people_wrote() {
    let ws = workspace();
    succeed(
        ws.cmd()
            .args(["plan", "publish", "--plan", PLAN, "--apply"]),
    );
    // A person ticks a task on the issue and writes a sentence under our part.
    let path = ".debussy/issues/2.md";
    let text = issue(&ws, 2)
        .replace(
            "- [ ] 1.2: Test the Storage thing",
            "- [x] 1.2: Test the Storage thing",
        )
        .replace(
            "<!-- /debussy-sync:publish -->",
            "<!-- /debussy-sync:publish -->\n\nA sentence written by hand.",
        );
    ws.write(path, &text);
    // The phase file ticks another task and gets a new one.
    let file = ws
        .read("plans/pub/phase-1.md")
        .replace("- [ ] 1.1: Do", "- [x] 1.1: Do")
        .replace(
            "### 1. First\n",
            "### 1. First\n- [ ] 1.0: Plan the Storage thing\n",
        );
    ws.write("plans/pub/phase-1.md", &file);
    let master = ws
        .read(PLAN)
        .replace("[Storage](phase-1.md)", "[Storage layer](phase-1.md)");
    ws.write(PLAN, &master);

    let out = json_stdout(&succeed(
        ws.cmd()
            .args(["--json", "plan", "publish", "--plan", PLAN, "--apply"]),
    ));
    let updates: Vec<&serde_json::Value> = out["actions"]
        .as_array()
        .expect("actions")
        .iter()
        .filter(|a| a["action"] == "update_issue")
        .collect();
    assert_eq!(
        updates.len(),
        2,
        "the phase issue and the tracking issue's phase list: {out}"
    );
    let body = issue(&ws, 2);
    assert!(body.contains("title: \"Phase 1: Storage layer\""), "{body}");
    assert!(
        body.contains("- [x] 1.1: Do the Storage thing"),
        "ticked in the file: {body}"
    );
    assert!(
        body.contains("- [x] 1.2: Test the Storage thing"),
        "ticked on the issue stays: {body}"
    );
    assert!(body.contains("- [ ] 1.0: Plan the Storage thing"));
    assert!(body.contains("A sentence written by hand."));
    let again = json_stdout(&succeed(
        ws.cmd()
            .args(["--json", "plan", "publish", "--plan", PLAN, "--apply"]),
    ));
    assert_eq!(again["actions"], serde_json::json!([]));
}

#[test]
fn runs_at_once_create_every_issue_once() {
    let ws = workspace();
    succeed_all_at_once(4, || {
        let mut cmd = ws.cmd();
        cmd.args(["plan", "publish", "--plan", PLAN, "--apply"]);
        cmd
    });
    assert_eq!(issue_files(&ws), 4);
    for file in FILES {
        let links = ws.read(file).matches("**Local Issues:**").count();
        assert_eq!(links, 1, "{file}");
    }
}

#[test]
fn crlf_plan_files_keep_their_line_endings() {
    let ws = workspace();
    let crlf = phase(1, "Storage", "N/A").replace('\n', "\r\n");
    ws.write("plans/pub/phase-1.md", &crlf);
    succeed(
        ws.cmd()
            .args(["plan", "publish", "--plan", PLAN, "--apply"]),
    );
    let after = ws.read("plans/pub/phase-1.md");
    assert_eq!(
        after,
        crlf.replace(
            "**Depends On:** N/A\r\n",
            "**Depends On:** N/A\r\n**Local Issues:** local#2\r\n"
        )
    );
}

#[test]
fn milestones_are_created_once_with_their_due_date() {
    let ws = workspace();
    let mut cmd = ws.cmd();
    cmd.args([
        "plan",
        "publish",
        "--plan",
        PLAN,
        "--milestone",
        "v1.0",
        "--due",
        "2026-12-31",
        "--apply",
    ]);
    succeed(&mut cmd);
    let milestone = ws.read(".debussy/issues/milestones/1.md");
    assert!(milestone.contains("title: \"v1.0\"") && milestone.contains("due: \"2026-12-31\""));
    assert!(issue(&ws, 3).contains("\nmilestone: 1\n"));
    succeed(ws.cmd().args([
        "plan",
        "publish",
        "--plan",
        PLAN,
        "--milestone",
        "v1.0",
        "--apply",
    ]));
    assert!(!ws.path().join(".debussy/issues/milestones/2.md").exists());
}

#[test]
fn bad_input_is_exit_2_and_writes_nothing() {
    let ws = workspace();
    let before = plan_files(&ws);
    for (args, says) in [
        (
            vec!["--tracker", "bitbucket"],
            "unknown tracker 'bitbucket'",
        ),
        (
            vec!["--milestone", "v1", "--due", "next friday"],
            "is not a date",
        ),
        (vec!["--tracker", "jira"], "no place to create issues"),
        (vec!["--milestone", " "], "--milestone is empty"),
    ] {
        let out = ws
            .cmd()
            .args(["plan", "publish", "--plan", PLAN, "--apply"])
            .args(&args)
            .output()
            .expect("run");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(says), "{args:?}: {stderr}");
        assert!(stderr.contains("hint:"), "{args:?}: {stderr}");
    }
    assert_eq!(plan_files(&ws), before);
    assert_eq!(issue_files(&ws), 0);
}
