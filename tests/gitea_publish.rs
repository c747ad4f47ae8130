//! `plan publish` on Gitea, through the binary against the fake Gitea: a preview
//! writes nothing; `--apply` creates the tracking issue and one issue per phase
//! with their checklists, the milestone with its due date, a dependency where the
//! plan says `**Depends On:**`, and one `**Gitea Issues:**` line per file; a repeat
//! writes nothing; a create whose answer was lost is not made twice.

mod support;

use support::gitea::{FakeGitea, FaultKind};
use support::*;

const REPO: &str = "acme/widgets";
const PLAN: &str = "plans/pub/MASTER_PLAN.md";

const MASTER: &str = "\
# Widgets Release - Master Plan

**Gitea Repo:** acme/widgets

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

const FILES: [&str; 4] = [
    PLAN,
    "plans/pub/phase-1.md",
    "plans/pub/phase-2.md",
    "plans/pub/phase-3.md",
];

fn phase(n: u32, title: &str, depends: &str) -> String {
    format!(
        "# Widgets Release Phase {n}: {title}\n\n**Status:** Pending\n**Depends On:** {depends}\n\n---\n\n## Overview\n\nWhy {title} matters.\n\n## Tasks\n\n- [ ] {n}.1: Do the {title} thing\n- [ ] {n}.2: Test the {title} thing\n"
    )
}

fn setup() -> (Workspace, FakeGitea) {
    let gitea = FakeGitea::start();
    gitea.add_repo(REPO);
    let ws = Workspace::new();
    ws.write(PLAN, MASTER);
    ws.write("plans/pub/phase-1.md", &phase(1, "Storage", "N/A"));
    ws.write(
        "plans/pub/phase-2.md",
        &phase(2, "API", "[Phase 1: Storage](phase-1.md)"),
    );
    ws.write("plans/pub/phase-3.md", &phase(3, "Docs", "N/A"));
    (ws, gitea)
}

fn publish(ws: &Workspace, gitea: &FakeGitea, extra: &[&str]) -> assert_cmd::Command {
    let mut cmd = ws.gitea(&gitea.url);
    cmd.args([
        "--json",
        "plan",
        "publish",
        "--plan",
        PLAN,
        "--tracker",
        "gitea",
    ])
    .args(extra);
    cmd
}

fn plan_files(ws: &Workspace) -> Vec<String> {
    FILES.iter().map(|f| ws.read(f)).collect()
}

#[test]
fn a_preview_writes_nothing_and_apply_publishes_once() {
    let (ws, gitea) = setup();
    let before = plan_files(&ws);
    let milestone = ["--milestone", "v1.0", "--due", "2026-12-31"];
    let preview = json_stdout(&succeed(&mut publish(&ws, &gitea, &milestone)));
    let creates = preview["actions"]
        .as_array()
        .expect("actions")
        .iter()
        .filter(|a| a["action"] == "create_issue")
        .count();
    assert_eq!(creates, 4, "{preview}");
    assert!(gitea.writes().is_empty(), "a preview sends no write");
    assert_eq!(plan_files(&ws), before);

    let mut apply = publish(&ws, &gitea, &milestone);
    succeed(apply.arg("--apply"));
    let issues = gitea.all_issues(REPO);
    let titles: Vec<&str> = issues.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Widgets Release",
            "Phase 1: Storage",
            "Phase 2: API",
            "Phase 3: Docs"
        ]
    );
    let milestones = gitea.milestones(REPO);
    assert_eq!(milestones.len(), 1);
    assert_eq!(milestones[0].title, "v1.0");
    assert_eq!(
        milestones[0].due_on.as_deref(),
        Some("2026-12-31T23:59:59Z")
    );
    assert!(issues.iter().all(|i| i.milestone == Some(milestones[0].id)));
    assert!(issues[2]
        .body
        .contains("- [ ] 2.1: Do the API thing\n- [ ] 2.2: Test the API thing"));
    assert!(issues[0].body.contains("- [ ] Phase 3: Docs"));
    // Phase 2 depends on phase 1: issue #3 is blocked by #2, nothing else is.
    let deps: Vec<(u64, Vec<u64>)> = issues
        .iter()
        .map(|i| (i.number, i.depends_on.iter().map(|k| k.number).collect()))
        .collect();
    assert_eq!(deps, [(1, vec![]), (2, vec![]), (3, vec![2]), (4, vec![])]);
    for (n, file) in FILES.iter().enumerate() {
        let text = ws.read(file);
        let line = format!("**Gitea Issues:** #{}\n", n + 1);
        assert_eq!(text.matches("**Gitea Issues:**").count(), 1, "{file}");
        assert!(text.contains(&line), "{file}: {text}");
    }

    let files = plan_files(&ws);
    gitea.clear_log();
    let mut again = publish(&ws, &gitea, &milestone);
    let out = json_stdout(&succeed(again.arg("--apply")));
    assert_eq!(out["actions"], serde_json::json!([]), "{out}");
    assert!(gitea.writes().is_empty(), "a repeat writes nothing");
    assert_eq!(plan_files(&ws), files);
    assert!(
        gitea.requests().len() <= 4,
        "issues from the list, labels, milestone: {:?}",
        gitea.requests()
    );
}

#[test]
fn sub_issues_are_not_planned_and_a_lost_create_is_not_made_twice() {
    let (ws, gitea) = setup();
    // The first issue POST (the tracking issue) is applied, then its answer is lost.
    gitea.inject(
        "POST",
        "/repos/acme/widgets/issues",
        FaultKind::DroppedAfterApply,
        1,
    );
    let mut first = publish(&ws, &gitea, &[]);
    let out = first.arg("--apply").output().expect("run");
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("no clear answer"),
        "{out:?}"
    );
    assert_eq!(
        gitea.all_issues(REPO).len(),
        4,
        "the lost create was applied"
    );

    let mut second = publish(&ws, &gitea, &[]);
    let report = json_stdout(&succeed(second.arg("--apply")));
    let creates: Vec<&serde_json::Value> = report["actions"]
        .as_array()
        .expect("actions")
        .iter()
        .filter(|a| a["action"] == "create_issue")
        .collect();
    assert!(creates.is_empty(), "found by its marker: {report}");
    let plan_link = report["actions"]
        .as_array()
        .expect("actions")
        .iter()
        .find(|a| a["action"] == "write_link" && a["item"] == "plan");
    assert!(plan_link.is_some(), "{report}");
    let issues = gitea.all_issues(REPO);
    assert_eq!(issues.len(), 4, "one issue per item: {report}");
    let mut titles: Vec<String> = issues.into_iter().map(|i| i.title).collect();
    titles.sort();
    assert_eq!(
        titles,
        [
            "Phase 1: Storage",
            "Phase 2: API",
            "Phase 3: Docs",
            "Widgets Release"
        ]
    );
    for file in FILES {
        assert_eq!(
            ws.read(file).matches("**Gitea Issues:**").count(),
            1,
            "{file}"
        );
    }
    assert!(
        !report.to_string().contains("add_sub_issue"),
        "Gitea has no sub-issues: {report}"
    );
    let scans = gitea.requests_to("GET", "/repos/acme/widgets/issues");
    assert!(
        scans.iter().all(|r| r.query("q").is_none()),
        "never the search"
    );
}
