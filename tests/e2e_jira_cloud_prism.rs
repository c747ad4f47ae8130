//! End-to-end: the binary's Jira Cloud traffic, sent through Prism's validating
//! proxy to the fake Jira (Cloud flavor). Prism checks every request and every
//! response against Atlassian's published REST v3 description; any violation fails
//! the suite. Two tests show that it would: a transition with the wrong body shape
//! is refused by Prism and never reaches the fake, and a fake answer that breaks the
//! description comes back as a 500 with `sl-violations`. Jira Data Center is checked
//! against `jira820` instead (`tests/e2e_jira820.rs`).
//!
//! Needs Node and the tools of `tests/e2e/` (`.ci/run` installs them, prepares the
//! description with `tests/e2e/prepare-jira-spec.mjs` and sets
//! `JIRA_CLOUD_OPENAPI_SPEC`); run with
//! `cargo test --test e2e_jira_cloud_prism -- --ignored`. How it works:
//! `tests/e2e/README.md`.

mod support;

use serde_json::{json, Value};
use std::process::Output;
use support::jira::{FakeJira, Flavor, JiraFault, JIRA_EMAIL, JIRA_TOKEN};
use support::prism::{description, Prism};
use support::*;

/// Prism in front of a fake Jira Cloud, validating against Atlassian's description.
fn in_front_of(jira: &FakeJira) -> Prism {
    Prism::start(&description("JIRA_CLOUD_OPENAPI_SPEC"), &jira.url)
}

/// Asserts that every request the fake received came through Prism, and that
/// Prism found nothing wrong with any of them or their answers.
fn assert_clean(prism: &Prism, jira: &FakeJira) {
    let received = jira.requests().len();
    assert!(received > 0, "nothing reached the fake");
    prism.wait_for(|p| p.forwarded() >= received);
    assert_eq!(prism.forwarded(), received, "requests that bypassed Prism");
    prism.assert_no_violations();
    eprintln!("{received} requests through Prism, no violation");
}

/// The binary, configured for the fake's credentials, pointed at Prism.
fn through(ws: &Workspace, jira: &FakeJira, prism: &Prism) -> assert_cmd::Command {
    let mut cmd = jira_cmd(ws, jira);
    cmd.env("JIRA_URL", &prism.url);
    cmd
}

/// Runs the binary through Prism; it must succeed.
fn run(ws: &Workspace, jira: &FakeJira, prism: &Prism, args: &[&str]) -> Output {
    run_with(ws, jira, prism, args, None)
}

fn run_with(
    ws: &Workspace,
    jira: &FakeJira,
    prism: &Prism,
    args: &[&str],
    stdin: Option<&str>,
) -> Output {
    let mut cmd = through(ws, jira, prism);
    cmd.args(args);
    if let Some(input) = stdin {
        cmd.write_stdin(input);
    }
    let out = cmd.output().expect("run the binary");
    assert!(
        out.status.success(),
        "{args:?} failed:\n{}\n{}\nPrism:\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
        prism.violations().join("\n")
    );
    out
}

fn json_of(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).expect("a JSON document on stdout")
}

/// How many requests of `method` reached the fake at a path starting with `prefix`.
fn count(jira: &FakeJira, method: &str, prefix: &str) -> usize {
    jira.requests()
        .iter()
        .filter(|r| r.method == method && r.target.starts_with(prefix))
        .count()
}

/// The text of an ADF document's paragraphs.
fn adf_text(doc: &Value) -> String {
    fn collect(v: &Value, out: &mut String) {
        if let Some(t) = v["text"].as_str() {
            out.push_str(t);
        }
        for child in v["content"].as_array().into_iter().flatten() {
            collect(child, out);
        }
    }
    let mut out = String::new();
    collect(doc, &mut out);
    out
}

#[test]
#[ignore = "needs Prism; run by .ci/run"]
fn phase_events_and_plan_complete_conform_to_jira_clouds_description() {
    let jira = FakeJira::start(Flavor::Cloud);
    jira.add_issue("PROJ-1", "Plan issue");
    jira.add_issue("PROJ-2", "Phase issue");
    let prism = in_front_of(&jira);
    let ws = jira_workspace("cloud");
    // A failed phase goes back to To Do (the default leaves it where it is).
    let config = ws.read(".debussy/config.yaml");
    ws.write(
        ".debussy/config.yaml",
        &config.replace("on_phase_failed: null", "on_phase_failed: \"To Do\""),
    );
    run(&ws, &jira, &prism, &["--dry-run", "phase", "start", "1"]);
    assert!(jira.writes().is_empty(), "the dry run wrote");
    run(&ws, &jira, &prism, &["phase", "start", "1"]);
    assert_eq!(jira.issue("PROJ-2").status, "In Progress");
    run(&ws, &jira, &prism, &["phase", "fail", "1"]);
    assert_eq!(jira.issue("PROJ-2").status, "To Do");
    run(&ws, &jira, &prism, &["phase", "start", "1"]);
    run(&ws, &jira, &prism, &["phase", "complete", "1"]);
    assert_eq!(jira.issue("PROJ-2").status, "In Review");
    run(&ws, &jira, &prism, &["phase", "start", "2"]);
    run(&ws, &jira, &prism, &["phase", "complete", "2"]);
    run(&ws, &jira, &prism, &["plan", "complete", "--auto-close"]);
    for key in ["PROJ-1", "PROJ-2"] {
        let issue = jira.issue(key);
        assert_eq!(issue.status, "Done", "{key}");
        assert_eq!(issue.resolution.as_deref(), Some("Done"), "{key}");
    }
    let comments = jira.issue("PROJ-1").comments;
    assert_eq!(comments.len(), 1, "{comments:?}");
    assert_eq!(comments[0]["type"], "doc");
    assert!(
        adf_text(&comments[0]).contains("[debussy-sync:completion:plans/j/MASTER_PLAN.md]"),
        "{}",
        comments[0]
    );
    // The repeat reads only.
    let writes = jira.writes().len();
    run(&ws, &jira, &prism, &["plan", "complete", "--auto-close"]);
    assert_eq!(jira.writes().len(), writes, "{:?}", jira.writes());
    assert!(count(&jira, "GET", "/rest/api/3/search/jql?") > 0);
    assert_eq!(
        count(&jira, "POST", "/rest/api/3/issue/PROJ-2/transitions"),
        5
    );
    assert!(count(&jira, "GET", "/rest/api/3/issue/PROJ-1/comment") > 0);
    assert_clean(&prism, &jira);
}

#[test]
#[ignore = "needs Prism; run by .ci/run"]
fn the_jira_bridge_conforms_to_jira_clouds_description() {
    let jira = FakeJira::start(Flavor::Cloud);
    for n in 1..=7 {
        jira.add_issue(&format!("PROJ-{n}"), &format!("Issue {n}"));
    }
    jira.cap_page_size(2);
    let prism = in_front_of(&jira);
    let ws = jira_workspace("cloud");

    let who = json_of(&run(&ws, &jira, &prism, &["--json", "jira", "whoami"]));
    assert_eq!(who["display_name"], "Dev Eloper");
    let found = json_of(&run(
        &ws,
        &jira,
        &prism,
        &[
            "--json",
            "jira",
            "search",
            "project = PROJ",
            "--limit",
            "100",
        ],
    ));
    assert_eq!(found["issues"].as_array().map(Vec::len), Some(7));
    assert_eq!(count(&jira, "GET", "/rest/api/3/search/jql?"), 4);
    assert!(jira
        .requests()
        .iter()
        .any(|r| r.target.contains("nextPageToken=tok6")));

    let view = json_of(&run(
        &ws,
        &jira,
        &prism,
        &["--json", "jira", "view", "PROJ-1"],
    ));
    assert_eq!(
        (view["key"].clone(), view["status"].clone()),
        (json!("PROJ-1"), json!("To Do"))
    );
    let transitions = json_of(&run(
        &ws,
        &jira,
        &prism,
        &["--json", "jira", "transitions", "PROJ-1"],
    ));
    assert_eq!(transitions["transitions"][0]["name"], "Start Progress");
    let moved = json_of(&run(
        &ws,
        &jira,
        &prism,
        &[
            "--json",
            "jira",
            "transition",
            "PROJ-1",
            "In Progress",
            "--comment",
            "started",
        ],
    ));
    assert_eq!(moved["status"], "applied");
    jira.set_status("PROJ-1", "In Review");
    run(
        &ws,
        &jira,
        &prism,
        &[
            "jira",
            "transition",
            "PROJ-1",
            "Done",
            "--resolution",
            "Won't Do",
        ],
    );
    assert_eq!(jira.issue("PROJ-1").resolution.as_deref(), Some("Won't Do"));
    run_with(
        &ws,
        &jira,
        &prism,
        &["jira", "comment", "PROJ-3", "--body-file", "-"],
        Some("From stdin.\n\nSecond paragraph."),
    );
    let comment = &jira.issue("PROJ-3").comments[0];
    assert_eq!(comment["content"].as_array().map(Vec::len), Some(2));
    assert_eq!(jira.issue("PROJ-1").comments.len(), 1);
    assert_clean(&prism, &jira);
}

#[test]
#[ignore = "needs Prism; run by .ci/run"]
fn issue_commands_on_a_jira_project_conform_to_jira_clouds_description() {
    let jira = FakeJira::start(Flavor::Cloud);
    for n in 1..=7 {
        jira.add_issue(&format!("PROJ-{n}"), &format!("Issue {n}"));
    }
    jira.cap_page_size(3);
    let prism = in_front_of(&jira);
    let ws = jira_workspace("cloud");

    let list = json_of(&run(
        &ws,
        &jira,
        &prism,
        &["--json", "issue", "list", "PROJ"],
    ));
    assert_eq!(list["issues"].as_array().map(Vec::len), Some(7));
    assert_eq!(list["total"], 7);
    assert_eq!(count(&jira, "GET", "/rest/api/3/search/jql?"), 3);
    assert!(jira
        .requests()
        .iter()
        .any(|r| r.target.contains("nextPageToken=tok3")));

    let created = json_of(&run(
        &ws,
        &jira,
        &prism,
        &[
            "--json",
            "issue",
            "create",
            "PROJ",
            "--title",
            "From the CLI",
            "--body",
            "Details",
            "--label",
            "cli",
        ],
    ));
    assert_eq!(created["issue"]["ref"], "PROJ-8");
    let description = jira.issue("PROJ-8").description.expect("a description");
    assert_eq!(adf_text(&description), "Details");
    run(
        &ws,
        &jira,
        &prism,
        &[
            "issue",
            "edit",
            "PROJ-8",
            "--title",
            "Renamed",
            "--body",
            "More details",
            "--add-label",
            "p1",
            "--remove-label",
            "cli",
        ],
    );
    assert_eq!(jira.issue("PROJ-8").labels, ["p1"]);
    assert_eq!(jira.issue("PROJ-8").summary, "Renamed");
    run_with(
        &ws,
        &jira,
        &prism,
        &["issue", "comment", "PROJ-8", "--body-file", "-"],
        Some("via stdin"),
    );
    let view = json_of(&run(
        &ws,
        &jira,
        &prism,
        &["--json", "issue", "view", "PROJ-8"],
    ));
    assert_eq!(view["comments"][0]["body"], "via stdin");
    assert_eq!(view["status"], "To Do");
    jira.set_status("PROJ-8", "In Review");
    run(
        &ws,
        &jira,
        &prism,
        &["issue", "close", "PROJ-8", "--reason", "not-planned"],
    );
    assert_eq!(jira.issue("PROJ-8").resolution.as_deref(), Some("Won't Do"));
    assert_clean(&prism, &jira);
}

#[test]
#[ignore = "needs Prism; run by .ci/run"]
fn plan_publish_on_jira_conforms_to_jira_clouds_description() {
    let jira = FakeJira::start(Flavor::Cloud);
    let prism = in_front_of(&jira);
    let ws = Workspace::new();
    let plan = "plans/pub/MASTER_PLAN.md";
    ws.write(
        ".debussy/config.yaml",
        "jira:\n  deployment: cloud\n  project: PROJ\n",
    );
    ws.write(
        plan,
        "# Widgets - Master Plan\n\n## Overview\n\nShip it.\n\n| Phase | Title | Status |\n|---|---|---|\n| 1 | [Storage](phase-1.md) | Pending |\n| 2 | [API](phase-2.md) | Pending |\n",
    );
    ws.write(
        "plans/pub/phase-1.md",
        "# Phase 1: Storage\n\n**Depends On:** N/A\n\n## Tasks\n\n- [ ] 1.1: Store\n",
    );
    ws.write(
        "plans/pub/phase-2.md",
        "# Phase 2: API\n\n**Depends On:** Phase 1\n\n## Tasks\n\n- [ ] 2.1: Serve\n",
    );
    let publish = [
        "plan",
        "publish",
        "--plan",
        plan,
        "--tracker",
        "jira",
        "--apply",
    ];
    run(&ws, &jira, &prism, &publish);
    let issues = jira.issues();
    assert_eq!(issues.len(), 3, "{issues:?}");
    assert_eq!(issues["PROJ-1"].issue_type, "Epic");
    assert!(issues["PROJ-2"]
        .description
        .as_ref()
        .is_some_and(|d| d["type"] == "doc"));
    assert_eq!(jira.links().len(), 1);
    assert!(ws.read(plan).contains("**Jira Issues:** PROJ-1"));
    let writes = jira.writes().len();
    run(&ws, &jira, &prism, &publish);
    assert_eq!(jira.writes().len(), writes, "the repeat wrote");
    assert_clean(&prism, &jira);
}

/// What came back through Prism: the status, Prism's `sl-violations` header (empty
/// when it found nothing wrong with the answer) and the body.
struct Reply {
    status: u16,
    violations: String,
    text: String,
}

/// Sends one request with the fake's credentials, as a plain HTTP client would.
fn send(url: &str, method: &str, body: Option<&Value>) -> Reply {
    use base64::Engine as _;
    let auth =
        base64::engine::general_purpose::STANDARD.encode(format!("{JIRA_EMAIL}:{JIRA_TOKEN}"));
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    let method = reqwest::Method::from_bytes(method.as_bytes()).expect("an HTTP method");
    let mut request = reqwest::Client::new()
        .request(method, url)
        .header("Authorization", format!("Basic {auth}"))
        .header("Accept", "application/json");
    if let Some(body) = body {
        request = request
            .header("Content-Type", "application/json")
            .body(body.to_string());
    }
    runtime.block_on(async {
        let reply = request.send().await.expect("an answer");
        let violations = reply
            .headers()
            .get("sl-violations")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string();
        Reply {
            status: reply.status().as_u16(),
            violations,
            text: reply.text().await.unwrap_or_default(),
        }
    })
}

#[test]
#[ignore = "needs Prism; run by .ci/run"]
fn prism_refuses_a_transition_with_the_wrong_body_shape() {
    let jira = FakeJira::start(Flavor::Cloud);
    jira.add_issue("PROJ-1", "Plan issue");
    let prism = in_front_of(&jira);
    let url = format!("{}/rest/api/3/issue/PROJ-1/transitions", prism.url);
    // `transition` is an object (`{"id": "11"}`), not the id itself.
    let refused = send(&url, "POST", Some(&json!({"transition": "11"})));
    assert_eq!(refused.status, 422, "{}", refused.text);
    assert!(refused.text.contains("transition"), "{}", refused.text);
    assert!(jira.writes().is_empty(), "Prism let a bad request through");
    prism.wait_for(|p| !p.violations().is_empty());
    assert_eq!(prism.violations().len(), 1, "{}", prism.lines().join("\n"));
    assert_eq!(jira.issue("PROJ-1").status, "To Do");
    // The same call, shaped right, passes both ways.
    let moved = send(&url, "POST", Some(&json!({"transition": {"id": "11"}})));
    assert_eq!(
        (moved.status, moved.violations.as_str()),
        (204, ""),
        "{}",
        moved.text
    );
    assert_eq!(jira.issue("PROJ-1").status, "In Progress");
    assert_eq!(prism.violations().len(), 1, "{}", prism.lines().join("\n"));
}

#[test]
#[ignore = "needs Prism; run by .ci/run"]
fn prism_reports_a_fake_answer_that_breaks_jira_clouds_description() {
    let jira = FakeJira::start(Flavor::Cloud);
    jira.add_issue("PROJ-1", "Plan issue");
    // A transition's id is a string and its target a status object.
    jira.inject(
        "GET",
        "/issue/PROJ-1/transitions",
        JiraFault::Malformed(r#"{"transitions": [{"id": 11, "to": "In Progress"}]}"#),
        1,
    );
    let prism = in_front_of(&jira);
    let url = format!("{}/rest/api/3/issue/PROJ-1/transitions", prism.url);
    let reply = send(&url, "GET", None);
    assert_eq!(reply.status, 500, "{}", reply.text);
    for field in ["id", "to"] {
        assert!(
            reply
                .violations
                .contains(&format!("transitions.0.{field} must be")),
            "{}",
            reply.violations
        );
    }
    prism.wait_for(|p| !p.violations().is_empty());
    assert_eq!(prism.violations().len(), 1, "{}", prism.lines().join("\n"));
    // The same read, answered by the fake as Jira does, passes.
    let reply = send(&url, "GET", None);
    assert_eq!(
        (reply.status, reply.violations.as_str()),
        (200, ""),
        "{}",
        reply.text
    );
    assert!(reply.text.contains("Start Progress"), "{}", reply.text);
}

#[test]
#[ignore = "needs Prism; run by .ci/run"]
fn query_search_conforms_to_jira_clouds_description() {
    let jira = FakeJira::start(Flavor::Cloud);
    for n in 1..=5 {
        let key = format!("PROJ-{n}");
        jira.add_issue(&key, &format!("Crash {n}"));
        jira.edit(&key, |i| i.labels = vec!["bug".into()]);
    }
    jira.cap_page_size(2);
    let prism = in_front_of(&jira);
    let ws = jira_workspace("cloud");
    let query = r#"is:open label:bug -label:"won't fix" assignee:none created:<3650d crash sort:created-asc"#;
    let out = json_of(&run(
        &ws,
        &jira,
        &prism,
        &["--json", "issue", "search", query, "--in", "PROJ"],
    ));
    assert_eq!(out["issues"].as_array().map(Vec::len), Some(5));
    // Paged by nextPageToken: three pages of two.
    assert_eq!(count(&jira, "GET", "/rest/api/3/search/jql?"), 3);
    assert_clean(&prism, &jira);
}
#[test]
#[ignore = "needs Prism; run by .ci/run"]
fn agent_commands_on_jira_conform_to_jira_clouds_description() {
    let jira = FakeJira::start(Flavor::Cloud);
    for n in 1..=3 {
        jira.add_issue(&format!("PROJ-{n}"), &format!("Task {n}"));
    }
    jira.add_blocks_link("PROJ-1", "PROJ-2");
    jira.cap_page_size(2);
    let prism = in_front_of(&jira);
    let ws = jira_workspace("cloud");

    run(
        &ws,
        &jira,
        &prism,
        &["issue", "depends", "add", "PROJ-3", "--on", "PROJ-2"],
    );
    assert_eq!(jira.links().len(), 2);
    let ready = json_of(&run(
        &ws,
        &jira,
        &prism,
        &["--json", "issue", "ready", "PROJ"],
    ));
    assert_eq!(ready["ready"][0]["ref"], "PROJ-1");
    assert_eq!(ready["ready"].as_array().map(Vec::len), Some(1));
    run(
        &ws,
        &jira,
        &prism,
        &["issue", "depends", "remove", "PROJ-3", "--on", "PROJ-2"],
    );
    assert_eq!(count(&jira, "DELETE", "/rest/api/3/issueLink/"), 1);

    run(
        &ws,
        &jira,
        &prism,
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
    let stored = jira
        .property("PROJ-1", "debussy-sync.progress")
        .expect("the progress property");
    assert_eq!(stored["percent"], 40);
    let view = json_of(&run(
        &ws,
        &jira,
        &prism,
        &["--json", "issue", "view", "PROJ-1"],
    ));
    assert_eq!(view["progress"]["stage"], "impl");

    jira.transition_by("PROJ-1", "In Progress", "Ann");
    run(
        &ws,
        &jira,
        &prism,
        &["issue", "comment", "PROJ-1", "--body", "Halfway"],
    );
    let activity = json_of(&run(
        &ws,
        &jira,
        &prism,
        &["--json", "issue", "activity", "PROJ-1"],
    ));
    let events: Vec<&str> = activity["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .filter(|e| e["source"] == "tracker")
        .filter_map(|e| e["event"].as_str())
        .collect();
    assert!(
        events.contains(&"transitioned") && events.contains(&"commented"),
        "{events:?}"
    );
    assert_eq!(count(&jira, "GET", "/rest/api/3/issue/PROJ-1/changelog"), 1);
    assert_clean(&prism, &jira);
}

/// A description with headings, nested lists, a code block, a link and emphasis.
const RICH: &str = "## Steps\n\n1. Run the suite\n   - on CI\n   - on a laptop\n2. Wait for _Tuesday_ and **watch**\n\n```sh\ncargo test --test flaky\n```\n\nSee [the log](https://ci.example.com/run/7).";

/// `issue sync --all --apply` through Prism: the report.
fn sync_through(ws: &Workspace, jira: &FakeJira, prism: &Prism) -> Value {
    json_of(&run(
        ws,
        jira,
        prism,
        &["--json", "issue", "sync", "--all", "--apply"],
    ))
}

/// Writes (anything but GET) that reached the fake.
fn writes(jira: &FakeJira) -> Vec<String> {
    jira.writes()
        .into_iter()
        .map(|w| format!("{} {}", w.method, w.target))
        .collect()
}

/// A repeat through Prism: no write, the pair synced, the local file unchanged.
fn settled(ws: &Workspace, jira: &FakeJira, prism: &Prism) {
    let (before, sent) = (ws.read(".debussy/issues/1.md"), jira.writes().len());
    let report = sync_through(ws, jira, prism);
    assert_eq!(jira.writes().len(), sent, "{:?}", writes(jira));
    assert_eq!(report["pairs"][0]["status"], "synced", "{report}");
    assert_eq!(ws.read(".debussy/issues/1.md"), before);
}

#[test]
#[ignore = "needs Prism; run by .ci/run"]
fn issue_sync_with_jira_cloud_conforms_to_jira_clouds_description() {
    let jira = FakeJira::start(Flavor::Cloud);
    jira.add_issue("PROJ-7", "Flaky test");
    jira.edit("PROJ-7", |i| i.labels = vec!["bug".into()]);
    jira.add_version("Sprint 12");
    let prism = in_front_of(&jira);
    let ws = jira_workspace("cloud");
    ws.write(
        ".debussy/issues/milestones/1.md",
        "---\nnumber: 1\ntitle: \"Sprint 11\"\n---\n",
    );
    ws.write(
        ".debussy/issues/1.md",
        "---\nnumber: 1\ntitle: \"Flaky test\"\nstate: open\nlabels: [\"bug\"]\nmilestone: null\nlinks: [\"PROJ-7\"]\n---\n",
    );
    sync_through(&ws, &jira, &prism);
    assert!(writes(&jira).is_empty(), "equal ends: {:?}", writes(&jira));

    // Local → Jira: summary, the rich description, a label, the milestone (a new
    // version) and the state (closed: PROJ-7 is in review, one transition away).
    jira.set_status("PROJ-7", "In Review");
    let text = ws
        .read(".debussy/issues/1.md")
        .replace("Flaky test", "Flaky test on CI")
        .replace("labels: [\"bug\"]", "labels: [\"bug\", \"ci\"]")
        .replace("milestone: null", "milestone: 1")
        .replace("state: open", "state: closed")
        + &format!("\n{RICH}\n");
    ws.write(".debussy/issues/1.md", &text);
    sync_through(&ws, &jira, &prism);
    let issue = jira.issue("PROJ-7");
    assert_eq!(issue.summary, "Flaky test on CI");
    assert_eq!(
        (issue.status.as_str(), issue.resolution.as_deref()),
        ("Done", Some("Done"))
    );
    assert_eq!(issue.labels, ["bug", "ci"]);
    assert_eq!(issue.fix_versions, ["Sprint 11"]);
    assert_eq!(jira.versions(), ["Sprint 12", "Sprint 11"]);
    let sent = issue.description.expect("a description");
    assert!(
        adf_text(&sent).contains("cargo test --test flaky"),
        "{sent}"
    );
    assert_eq!(count(&jira, "POST", "/rest/api/3/version"), 1);
    assert_eq!(
        count(&jira, "POST", "/rest/api/3/issue/PROJ-7/transitions"),
        1
    );
    settled(&ws, &jira, &prism);

    // Jira → local: reopened, a new summary, a label gone, the other version, a
    // paragraph added to the description.
    jira.set_status("PROJ-7", "In Progress");
    jira.edit("PROJ-7", |i| {
        i.summary = "Flaky test, all platforms".into();
        i.labels.retain(|l| l != "ci");
        i.fix_versions = vec!["Sprint 12".into()];
        let d = i.description.as_mut().expect("doc");
        d["content"].as_array_mut().expect("content").push(json!({"type": "paragraph",
            "content": [{"type": "text", "text": "Seen on "}, {"type": "text", "text": "arm64", "marks": [{"type": "strong"}]}]}));
    });
    let sent = jira.writes().len();
    sync_through(&ws, &jira, &prism);
    assert_eq!(
        jira.writes().len(),
        sent,
        "nothing went back: {:?}",
        writes(&jira)
    );
    let text = ws.read(".debussy/issues/1.md");
    for part in [
        "title: \"Flaky test, all platforms\"",
        "state: open",
        "labels: [\"bug\"]",
        "milestone: 2",
        &format!("{RICH}\n\nSeen on **arm64**"),
    ] {
        assert!(text.contains(part), "{part:?} missing:\n{text}");
    }
    assert!(ws
        .read(".debussy/issues/milestones/2.md")
        .contains("Sprint 12"));
    settled(&ws, &jira, &prism);

    // Done on Jira closes the local issue.
    jira.set_status("PROJ-7", "Done");
    sync_through(&ws, &jira, &prism);
    assert!(ws.read(".debussy/issues/1.md").contains("state: closed"));
    settled(&ws, &jira, &prism);
    assert_clean(&prism, &jira);
}

#[test]
#[ignore = "needs Prism; run by .ci/run"]
fn prism_refuses_a_version_whose_project_id_is_not_a_number() {
    let jira = FakeJira::start(Flavor::Cloud);
    let prism = in_front_of(&jira);
    let url = format!("{}/rest/api/3/version", prism.url);
    // `projectId` is the project's numeric id, not its key.
    let refused = send(
        &url,
        "POST",
        Some(&json!({"name": "Sprint 12", "projectId": "PROJ"})),
    );
    assert_eq!(refused.status, 422, "{}", refused.text);
    assert!(refused.text.contains("projectId"), "{}", refused.text);
    assert!(jira.writes().is_empty(), "Prism let a bad request through");
    assert!(jira.versions().is_empty());
    // Shaped right, it passes both ways.
    let created = send(
        &url,
        "POST",
        Some(&json!({"name": "Sprint 12", "projectId": 10000})),
    );
    assert_eq!(
        (created.status, created.violations.as_str()),
        (201, ""),
        "{}",
        created.text
    );
    assert_eq!(jira.versions(), ["Sprint 12"]);
}
