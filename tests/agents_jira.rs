//! Dependencies, `issue ready`, progress and activity on the fake Jira (PRODUCT
//! §14), Cloud and Data Center: links of type Blocks, the issue property
//! `debussy-sync.progress`, the changelog.

mod support;

use serde_json::{json, Value};
use support::jira::{FakeJira, FakeLink, Flavor};
use support::*;

const AGENT: &str = "agent-7";
const FLAVORS: [(Flavor, &str); 2] = [(Flavor::Cloud, "cloud"), (Flavor::DataCenter, "server")];

fn workspace(deployment: &str) -> Workspace {
    let ws = Workspace::new();
    ws.write(
        ".debussy/config.yaml",
        &format!("jira:\n  deployment: {deployment}\n  project: PROJ\n"),
    );
    ws
}

fn cmd(ws: &Workspace, fake: &FakeJira) -> assert_cmd::Command {
    let mut cmd = jira_cmd(ws, fake);
    cmd.env("GH_DEBUSSY_SYNC_AGENT", AGENT);
    cmd
}

fn run(ws: &Workspace, fake: &FakeJira, args: &[&str]) -> Value {
    json_stdout(&succeed(cmd(ws, fake).arg("--json").args(args)))
}

fn refs(list: &Value) -> Vec<String> {
    let mut out: Vec<String> = list
        .as_array()
        .expect("list")
        .iter()
        .map(|i| i["ref"].as_str().expect("ref").to_string())
        .collect();
    out.sort_by_key(|r| r.trim_start_matches("PROJ-").parse::<u32>().unwrap_or(0));
    out
}

fn keys(ns: &[u32]) -> Vec<String> {
    ns.iter().map(|n| format!("PROJ-{n}")).collect()
}

/// The ten issues of tests/deps.rs, without claims: 1 open; 2 waits for 1; 3 for
/// 1 and 2; 4 done; 5 waits for 4; 6, 7 open; 8 blocks 9; 10 waits for 5.
fn ten(fake: &FakeJira) {
    for n in 1..=10 {
        fake.add_issue(&format!("PROJ-{n}"), &format!("Task {n}"));
    }
    fake.set_status("PROJ-4", "Done");
    for (blocker, blocked) in [(1, 2), (1, 3), (2, 3), (4, 5), (8, 9), (5, 10)] {
        fake.add_blocks_link(&format!("PROJ-{blocker}"), &format!("PROJ-{blocked}"));
    }
}

#[test]
fn ready_lists_the_unblocked_open_issues_from_one_search() {
    for (flavor, deployment) in FLAVORS {
        let fake = FakeJira::start(flavor);
        let ws = workspace(deployment);
        ten(&fake);
        let out = run(&ws, &fake, &["issue", "ready", "PROJ"]);
        assert_eq!(refs(&out["ready"]), keys(&[1, 5, 6, 7, 8]), "{deployment}");
        let waiting = out["waiting"].as_array().expect("waiting").clone();
        let of = |r: &str| waiting.iter().find(|i| i["ref"] == r).cloned().expect(r);
        assert_eq!(of("PROJ-3")["blocked_by"], json!(["PROJ-1", "PROJ-2"]));
        assert_eq!(of("PROJ-9")["blocked_by"], json!(["PROJ-8"]));
        assert_eq!(of("PROJ-10")["blocked_by"], json!(["PROJ-5"]));
        // One search, no issue read one by one (the done blocker came with its link).
        let reads: Vec<String> = fake.requests().into_iter().map(|r| r.target).collect();
        assert_eq!(
            reads.iter().filter(|t| t.contains("/search")).count(),
            1,
            "{reads:?}"
        );
        // Issues are not read one by one; only the ready ones' claim comments are.
        let one_by_one: Vec<&String> = reads.iter().filter(|t| t.contains("/issue/")).collect();
        assert!(
            one_by_one.iter().all(|t| t.contains("/comment")),
            "{reads:?}"
        );
        assert_eq!(one_by_one.len(), 5, "{reads:?}");
        // Closing a blocker in Jira makes its dependents ready.
        fake.transition_by("PROJ-1", "Done", "Ann");
        let out = run(&ws, &fake, &["issue", "ready", "PROJ"]);
        assert_eq!(refs(&out["ready"]), keys(&[2, 5, 6, 7, 8]), "{deployment}");
        fake.transition_by("PROJ-2", "Done", "Ann");
        let out = run(&ws, &fake, &["issue", "ready", "PROJ"]);
        assert_eq!(refs(&out["ready"]), keys(&[3, 5, 6, 7, 8]), "{deployment}");
    }
}

#[test]
fn depends_writes_blocks_links_and_refuses_a_cycle() {
    for (flavor, deployment) in FLAVORS {
        let fake = FakeJira::start(flavor);
        let ws = workspace(deployment);
        ten(&fake);
        fake.clear_log();
        run(
            &ws,
            &fake,
            &["issue", "depends", "add", "PROJ-7", "--on", "PROJ-6"],
        );
        let writes = fake.writes();
        assert_eq!(writes.len(), 1, "{deployment}: {writes:?}");
        assert!(writes[0].target.ends_with("/issueLink"), "{writes:?}");
        assert_eq!(
            writes[0].body,
            json!({"type": {"name": "Blocks"}, "inwardIssue": {"key": "PROJ-7"}, "outwardIssue": {"key": "PROJ-6"}})
        );
        let blocked = FakeLink {
            kind: "Blocks".into(),
            inward: "PROJ-7".into(),
            outward: "PROJ-6".into(),
        };
        assert!(fake.links().contains(&blocked));
        let out = run(&ws, &fake, &["issue", "ready", "PROJ"]);
        assert_eq!(refs(&out["ready"]), keys(&[1, 5, 6, 8]), "{deployment}");
        // From the blocker's side: 7 blocks 8 is 8 waiting for 7.
        run(
            &ws,
            &fake,
            &["issue", "depends", "add", "PROJ-7", "--blocks", "PROJ-8"],
        );
        assert_eq!(fake.links().len(), 8);
        let shown = run(&ws, &fake, &["issue", "depends", "show", "PROJ-8"]);
        assert!(shown.to_string().contains("PROJ-6"), "{shown}");

        // 1 waiting for 3 would close 1 → 3 → 1: exit 2, nothing written.
        fake.clear_log();
        let refused = cmd(&ws, &fake)
            .args(["issue", "depends", "add", "PROJ-1", "--on", "PROJ-3"])
            .output()
            .expect("run");
        assert_eq!(refused.status.code(), Some(2), "{deployment}");
        let err = String::from_utf8_lossy(&refused.stderr);
        assert!(err.contains("PROJ-1 → PROJ-3 → PROJ-1"), "{err}");
        assert!(fake.writes().is_empty(), "{:?}", fake.writes());

        run(
            &ws,
            &fake,
            &["issue", "depends", "remove", "PROJ-7", "--on", "PROJ-6"],
        );
        assert!(!fake.links().contains(&blocked));
        let deletes: Vec<String> = fake
            .writes()
            .into_iter()
            .filter(|w| w.method == "DELETE")
            .map(|w| w.target)
            .collect();
        assert_eq!(deletes.len(), 1, "{deletes:?}");
        assert!(deletes[0].contains("/issueLink/"), "{deletes:?}");
    }
}

#[test]
fn progress_is_the_issue_property_and_view_shows_it() {
    for (flavor, deployment) in FLAVORS {
        let fake = FakeJira::start(flavor);
        let ws = workspace(deployment);
        fake.add_issue("PROJ-1", "Storage");
        run(
            &ws,
            &fake,
            &[
                "issue",
                "progress",
                "PROJ-1",
                "--percent",
                "40",
                "--stage",
                "impl",
            ],
        );
        let stored = fake
            .property("PROJ-1", "debussy-sync.progress")
            .expect("property stored");
        assert_eq!(
            (&stored["percent"], &stored["stage"], &stored["agent"]),
            (&json!(40), &json!("impl"), &json!(AGENT)),
            "{deployment}"
        );
        assert!(stored["at"].is_string(), "{stored}");
        assert_eq!(fake.issue("PROJ-1").description, None, "body untouched");
        run(
            &ws,
            &fake,
            &["issue", "progress", "PROJ-1", "--checkpoint", "tests"],
        );
        let stored = fake
            .property("PROJ-1", "debussy-sync.progress")
            .expect("kept");
        assert_eq!(
            (&stored["percent"], &stored["checkpoint"]),
            (&json!(40), &json!("tests"))
        );
        let view = run(&ws, &fake, &["issue", "view", "PROJ-1"]);
        assert_eq!(view["progress"]["percent"], 40);
        assert_eq!(view["progress"]["checkpoint"], "tests");
        let human = succeed(cmd(&ws, &fake).args(["issue", "view", "PROJ-1"]));
        let text = String::from_utf8_lossy(&human.stdout);
        assert!(
            text.contains("40% · stage impl · checkpoint tests"),
            "{text}"
        );
    }
}

#[test]
fn activity_shows_the_changelog_and_the_comments() {
    for (flavor, deployment) in FLAVORS {
        let fake = FakeJira::start(flavor);
        let ws = workspace(deployment);
        fake.add_issue("PROJ-1", "Storage");
        fake.transition_by("PROJ-1", "In Progress", "Ann");
        succeed(cmd(&ws, &fake).args(["issue", "comment", "PROJ-1", "--body", "Halfway"]));
        let out = run(&ws, &fake, &["issue", "activity", "PROJ-1"]);
        let all = out["entries"].as_array().expect("entries").clone();
        let find = |event: &str| {
            all.iter()
                .find(|e| e["source"] == "tracker" && e["event"] == event)
                .cloned()
                .unwrap_or_else(|| panic!("{deployment}: no {event} in {all:?}"))
        };
        let moved = find("transitioned");
        assert_eq!(moved["detail"], "To Do → In Progress");
        assert_eq!(moved["actor"], "Ann");
        assert_eq!(moved["issue"], "PROJ-1");
        assert!(
            moved["at"].as_str().unwrap_or_default().ends_with('Z'),
            "{moved}"
        );
        let comment = find("commented");
        assert_eq!(comment["agent"], AGENT);
        assert_eq!(comment["detail"], "Halfway");
        let asked: Vec<String> = fake.requests().into_iter().map(|r| r.target).collect();
        let changelog = match flavor {
            Flavor::Cloud => asked.iter().any(|t| t.contains("/issue/PROJ-1/changelog")),
            Flavor::DataCenter => asked.iter().any(|t| t.contains("expand=changelog")),
        };
        assert!(changelog, "{deployment}: {asked:?}");
    }
}
