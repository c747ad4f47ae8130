//! `plan publish` on GitHub, through the binary against the fake GitHub: a
//! 3-phase plan with no links is previewed (nothing written), published (a
//! tracking issue and three phase issues with their checklists, sub-issues of the
//! tracking issue, a blocked-by link where the plan says so, one link line per
//! plan file), and published again (no write). A task ticked in a phase file and a
//! sentence added to the issue by hand both survive the next publish.

mod support;

use support::github::FakeGitHub;
use support::*;

const REPO: &str = "acme/widgets";
const PLAN: &str = "plans/pub/MASTER_PLAN.md";

const MASTER: &str = "\
# Widgets Release - Master Plan

**GitHub Repo:** acme/widgets

## Overview

Ship the widgets.

| Phase | Title | Status |
|---|---|---|
| 1 | [Storage](phase-1.md) | Pending |
| 2 | [API](phase-2.md) | Pending |
| 3 | [Docs](phase-3.md) | Pending |
";

fn phase(n: u32, title: &str, depends: &str) -> String {
    format!(
        "# Widgets Release Phase {n}: {title}\n\n**Status:** Pending\n**Depends On:** {depends}\n\n---\n\n## Overview\n\nWhy {title} matters.\n\n## Tasks\n- [ ] {n}.1: Build {title}\n- [ ] {n}.2: Test {title}\n"
    )
}

const FILES: [&str; 4] = [
    PLAN,
    "plans/pub/phase-1.md",
    "plans/pub/phase-2.md",
    "plans/pub/phase-3.md",
];

fn setup() -> (Workspace, FakeGitHub) {
    let ws = Workspace::new();
    ws.write(PLAN, MASTER);
    ws.write("plans/pub/phase-1.md", &phase(1, "Storage", "N/A"));
    ws.write("plans/pub/phase-2.md", &phase(2, "API", "Phase 1"));
    ws.write("plans/pub/phase-3.md", &phase(3, "Docs", "N/A"));
    ws.write(".debussy/config.yaml", "publish:\n  labels: [roadmap]\n");
    let gh = FakeGitHub::start();
    gh.add_repo(REPO);
    (ws, gh)
}

fn files(ws: &Workspace) -> Vec<String> {
    FILES.iter().map(|f| ws.read(f)).collect()
}

fn publish(ws: &Workspace, gh: &FakeGitHub, extra: &[&str]) -> serde_json::Value {
    let out = succeed(
        ws.gh(&gh.url)
            .args(["--json", "plan", "publish", "--plan", PLAN])
            .args(extra),
    );
    json_stdout(&out)
}

#[test]
fn a_plan_with_no_links_is_published_once_with_its_structure() {
    let (ws, gh) = setup();
    let before = files(&ws);
    let preview = publish(&ws, &gh, &[]);
    assert_eq!(preview["applied"], false);
    assert!(gh.writes().is_empty(), "a preview writes nothing");
    assert!(gh.issues_in(REPO).is_empty());
    assert_eq!(files(&ws), before);

    let report = publish(&ws, &gh, &["--apply"]);
    let planned: Vec<_> = preview["actions"]
        .as_array()
        .expect("actions")
        .iter()
        .map(|a| a["action"].clone())
        .collect();
    let done: Vec<_> = report["actions"]
        .as_array()
        .expect("actions")
        .iter()
        .map(|a| a["action"].clone())
        .collect();
    let (mut planned, mut done) = (planned, done);
    planned.sort_by_key(|a| a.to_string());
    done.sort_by_key(|a| a.to_string());
    assert_eq!(planned, done, "the preview listed what --apply did");

    let issues = gh.issues_in(REPO);
    assert_eq!(issues.len(), 4, "{issues:?}");
    let titles: Vec<String> = issues.iter().map(|n| gh.issue(REPO, *n).title).collect();
    assert_eq!(
        titles,
        [
            "Widgets Release",
            "Phase 1: Storage",
            "Phase 2: API",
            "Phase 3: Docs"
        ]
    );
    let (tracking, storage, api, docs) = (issues[0], issues[1], issues[2], issues[3]);
    let body = gh.issue_body(REPO, api);
    assert!(
        body.contains("Why API matters.")
            && body.contains("- [ ] 2.1: Build API\n- [ ] 2.2: Test API"),
        "{body}"
    );
    assert!(body.contains("Phase file: `plans/pub/phase-2.md`"));
    assert_eq!(gh.issue(REPO, api).labels, vec!["roadmap".to_string()]);
    assert_eq!(gh.sub_issues(REPO, tracking), vec![storage, api, docs]);
    assert_eq!(gh.blocked_by(REPO, api), vec![storage]);
    assert!(gh.blocked_by(REPO, docs).is_empty());

    for ((file, b), a) in FILES.iter().zip(&before).zip(files(&ws)) {
        let added: Vec<&str> = a.lines().filter(|l| !b.lines().any(|x| x == *l)).collect();
        assert_eq!(added.len(), 1, "{file}: {added:?}");
        assert!(
            added[0].starts_with("**GitHub Issues:** #"),
            "{file}: {added:?}"
        );
        assert_eq!(
            a.replacen(&format!("{}\n", added[0]), "", 1),
            *b,
            "{file}: nothing else changed"
        );
    }
    assert!(ws
        .read("plans/pub/phase-2.md")
        .contains(&format!("**GitHub Issues:** #{api}\n")));

    gh.clear_log();
    let again = publish(&ws, &gh, &["--apply"]);
    assert_eq!(again["actions"], serde_json::json!([]));
    assert!(
        gh.writes().is_empty(),
        "a repeat writes nothing: {:?}",
        gh.writes()
    );
    assert!(
        gh.requests().len() <= 2,
        "a repeat reads in at most 2 requests: {}",
        gh.requests().len()
    );
}

#[test]
fn a_ticked_task_reaches_the_issue_and_a_sentence_written_there_stays() {
    let (ws, gh) = setup();
    publish(&ws, &gh, &["--apply"]);
    let storage = gh.issues_in(REPO)[1];
    let by_hand = format!(
        "{}\n\nA sentence written by hand.",
        gh.issue_body(REPO, storage)
    );
    gh.set_issue_body(REPO, storage, &by_hand);
    let file = ws
        .read("plans/pub/phase-1.md")
        .replace("- [ ] 1.1: Build", "- [x] 1.1: Build");
    ws.write("plans/pub/phase-1.md", &file);

    gh.clear_log();
    publish(&ws, &gh, &["--apply"]);
    let body = gh.issue_body(REPO, storage);
    assert!(body.contains("- [x] 1.1: Build Storage"), "{body}");
    assert!(body.contains("- [ ] 1.2: Test Storage"));
    assert!(body.ends_with("A sentence written by hand."), "{body}");
    assert_eq!(
        gh.graphql_requests("mutation").len(),
        1,
        "one update request"
    );
    assert_eq!(gh.issues_in(REPO).len(), 4, "nothing created again");
}

#[test]
fn a_milestone_is_created_with_its_due_date_and_set_on_new_issues() {
    let (ws, gh) = setup();
    publish(
        &ws,
        &gh,
        &["--milestone", "v1.0", "--due", "2026-12-31", "--apply"],
    );
    let milestone = gh
        .milestone_titled(REPO, "v1.0")
        .expect("milestone created");
    for n in gh.issues_in(REPO) {
        assert_eq!(gh.issue(REPO, n).milestone, Some(milestone));
    }
    publish(&ws, &gh, &["--milestone", "v1.0", "--apply"]);
    assert_eq!(gh.issues_in(REPO).len(), 4);
}

#[test]
fn github_down_writes_no_link_and_the_next_run_publishes() {
    let (ws, gh) = setup();
    let before = files(&ws);
    gh.inject("POST", "/graphql", support::github::FaultKind::NotFound, 1);
    let out = ws
        .gh(&gh.url)
        .args(["plan", "publish", "--plan", PLAN, "--apply"])
        .output()
        .expect("run");
    assert_ne!(out.status.code(), Some(0));
    assert_eq!(files(&ws), before, "no link without its issue");
    assert!(gh.issues_in(REPO).is_empty());
    publish(&ws, &gh, &["--apply"]);
    assert_eq!(gh.issues_in(REPO).len(), 4);
}
