//! `plan publish` on Jira, through the binary against the fake Jira in its Cloud
//! and Data Center flavors: a preview writes nothing; `--apply` creates an Epic for
//! the plan and a Task per phase, ties each phase to the Epic through the parent
//! field, links a Blocks dependency where the plan says `**Depends On:**`, and
//! writes one `**Jira Issues:**` line per file; a repeat writes nothing.

mod support;

use serde_json::{json, Value};
use support::jira::{FakeJira, FakeLink, Flavor};
use support::*;

const PLAN: &str = "plans/pub/MASTER_PLAN.md";

const MASTER: &str = "\
# Widgets Release - Master Plan

## Overview

Ship the widgets.

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

fn setup(flavor: Flavor, publish: &str) -> (Workspace, FakeJira) {
    let fake = FakeJira::start(flavor);
    let ws = Workspace::new();
    let deployment = match flavor {
        Flavor::Cloud => "cloud",
        Flavor::DataCenter => "server",
    };
    ws.write(
        ".debussy/config.yaml",
        &format!("jira:\n  deployment: {deployment}\n  project: PROJ\n{publish}"),
    );
    ws.write(PLAN, MASTER);
    ws.write("plans/pub/phase-1.md", &phase(1, "Storage", "N/A"));
    ws.write("plans/pub/phase-2.md", &phase(2, "API", "Phase 1"));
    ws.write("plans/pub/phase-3.md", &phase(3, "Docs", "N/A"));
    (ws, fake)
}

fn publish(ws: &Workspace, fake: &FakeJira, apply: bool) -> Value {
    let mut cmd = jira_cmd(ws, fake);
    cmd.args([
        "--json",
        "plan",
        "publish",
        "--plan",
        PLAN,
        "--tracker",
        "jira",
    ]);
    if apply {
        cmd.arg("--apply");
    }
    json_stdout(&succeed(&mut cmd))
}

/// A description as the fake stores it, as text.
fn text(description: &Option<Value>) -> String {
    fn collect(v: &Value, out: &mut String) {
        if let Some(t) = v["text"].as_str() {
            out.push_str(t);
        }
        if v["type"] == "hardBreak" {
            out.push('\n');
        }
        for child in v["content"].as_array().into_iter().flatten() {
            collect(child, out);
        }
        if v["type"] == "paragraph" {
            out.push_str("\n\n");
        }
    }
    match description {
        Some(Value::String(s)) => s.clone(),
        Some(doc) => {
            let mut out = String::new();
            collect(doc, &mut out);
            out
        }
        None => String::new(),
    }
}

fn publishes_once(flavor: Flavor) {
    let (ws, fake) = setup(flavor, "");
    let before: Vec<String> = FILES.iter().map(|f| ws.read(f)).collect();
    let preview = publish(&ws, &fake, false);
    let creates = preview["actions"]
        .as_array()
        .expect("actions")
        .iter()
        .filter(|a| a["action"] == "create_issue")
        .count();
    assert_eq!(creates, 4, "{preview}");
    assert!(fake.writes().is_empty(), "a preview sends no write");
    assert_eq!(FILES.map(|f| ws.read(f)).to_vec(), before);

    publish(&ws, &fake, true);
    let issues = fake.issues();
    let kinds: Vec<(&str, &str, &str)> = issues
        .iter()
        .map(|(k, i)| (k.as_str(), i.summary.as_str(), i.issue_type.as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("PROJ-1", "Widgets Release", "Epic"),
            ("PROJ-2", "Phase 1: Storage", "Task"),
            ("PROJ-3", "Phase 2: API", "Task"),
            ("PROJ-4", "Phase 3: Docs", "Task"),
        ]
    );
    for key in ["PROJ-2", "PROJ-3", "PROJ-4"] {
        assert_eq!(
            issues[key].extra.get("parent"),
            Some(&json!({"key": "PROJ-1"})),
            "{key}"
        );
    }
    assert!(issues["PROJ-1"].extra.is_empty());
    // Phase 2 waits for phase 1: PROJ-2 blocks PROJ-3.
    assert_eq!(
        fake.links(),
        [FakeLink {
            kind: "Blocks".into(),
            inward: "PROJ-3".into(),
            outward: "PROJ-2".into(),
        }]
    );
    let body = text(&issues["PROJ-3"].description);
    assert!(
        body.contains("[debussy-sync:publish plan=\"plans/pub/MASTER_PLAN.md\" phase=\"2\"]"),
        "{body}"
    );
    assert!(body.contains("- [ ] 2.1: Do the API thing\n- [ ] 2.2: Test the API thing"));
    assert!(
        !body.contains("<!--"),
        "Jira keeps no HTML comments: {body}"
    );
    if flavor == Flavor::DataCenter {
        assert!(issues["PROJ-3"]
            .description
            .as_ref()
            .is_some_and(Value::is_string));
    }
    for (n, file) in FILES.iter().enumerate() {
        let text = ws.read(file);
        assert_eq!(text.matches("**Jira Issues:**").count(), 1, "{file}");
        assert!(
            text.contains(&format!("**Jira Issues:** PROJ-{}\n", n + 1)),
            "{text}"
        );
    }

    let files: Vec<String> = FILES.iter().map(|f| ws.read(f)).collect();
    fake.clear_log();
    let again = publish(&ws, &fake, true);
    assert_eq!(again["actions"], json!([]), "{again}");
    assert!(fake.writes().is_empty(), "a repeat writes nothing");
    assert_eq!(fake.requests().len(), 1, "one search reads every issue");
    assert_eq!(FILES.map(|f| ws.read(f)).to_vec(), files);
}

#[test]
fn cloud_publishes_an_epic_with_its_tasks_once() {
    publishes_once(Flavor::Cloud);
}

#[test]
fn data_center_publishes_an_epic_with_its_tasks_once() {
    publishes_once(Flavor::DataCenter);
}

#[test]
fn a_custom_parent_field_and_issue_types_come_from_the_configuration() {
    let settings = "  publish:\n    epic_type: Initiative\n    issue_type: Story\n    parent_field: customfield_10014\n";
    let (ws, fake) = setup(Flavor::DataCenter, settings);
    publish(&ws, &fake, true);
    let issues = fake.issues();
    assert_eq!(issues["PROJ-1"].issue_type, "Initiative");
    assert_eq!(issues["PROJ-2"].issue_type, "Story");
    assert_eq!(
        issues["PROJ-2"].extra.get("customfield_10014"),
        Some(&json!("PROJ-1"))
    );
    assert!(!issues["PROJ-2"].extra.contains_key("parent"));
    fake.clear_log();
    let again = publish(&ws, &fake, true);
    assert_eq!(
        again["actions"],
        json!([]),
        "the Epic Link reads back: {again}"
    );
}

#[test]
fn a_parent_field_that_is_no_field_is_exit_2_before_any_request() {
    let (ws, fake) = setup(Flavor::Cloud, "  publish:\n    parent_field: epic\n");
    let out = jira_cmd(&ws, &fake)
        .args([
            "plan",
            "publish",
            "--plan",
            PLAN,
            "--tracker",
            "jira",
            "--apply",
        ])
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("jira.publish.parent_field"), "{stderr}");
    assert!(fake.requests().is_empty());
    assert!(!ws.read(PLAN).contains("Jira Issues"));
}
