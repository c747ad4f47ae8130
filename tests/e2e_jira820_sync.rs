//! End-to-end: `issue sync` between local issues and jira820, a third-party mock of
//! Jira Data Center 8.20 (PyPI `jira820`), bodies in wiki markup, with the
//! restrictive workflow To Do → In Progress → In Review → Done (Done asks for a
//! resolution, and is final).
//!
//! What jira820 keeps decides what is checked here: an edit's `fields` (summary,
//! description, labels) and transitions are kept; an edit's `update` operations
//! and `fixVersions`, and creating versions, are not. So summary, description and
//! state flow both ways, labels and fix versions from Jira to the local tracker
//! (the other direction, and version creation, are checked against the fake Jira
//! in `tests/jira_sync.rs` and through Prism in `tests/e2e_jira_cloud_prism.rs`).
//!
//! `.ci/run` installs jira820; run with
//! `cargo test --test e2e_jira820_sync -- --ignored`.

mod support;

use serde_json::Value;
use support::jira820::{workflow, Jira820};
use support::*;

/// A description with headings, nested lists, a code block, a link and emphasis.
const RICH: &str = "## Steps\n\n1. Run the suite\n   - on CI\n   - on a laptop\n2. Wait for _Tuesday_ and **watch**\n\n```sh\ncargo test --test flaky\n```\n\nSee [the log](https://ci.example.com/run/7).";

/// The tests run one at a time: each starts a jira820 of its own, and two at once
/// on a 2-core machine slow both for nothing.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn workspace(server: &Jira820) -> Workspace {
    let ws = Workspace::new();
    ws.write(
        ".debussy/config.yaml",
        &format!("jira:\n  url: {}\n  deployment: server\n  auth_type: bearer\n  transition_fields:\n    resolution: Done\n", server.url),
    );
    ws
}

fn sync(ws: &Workspace, args: &[&str]) -> Value {
    json_stdout(&succeed(
        ws.cmd()
            .env("JIRA_API_TOKEN", "pat-for-jira820")
            .env("GH_DEBUSSY_SYNC_KEYRING", "none")
            .args(["--json", "issue", "sync", "--all", "--apply"])
            .args(args),
    ))
}

/// A generated issue in To Do with a fix version: its key and the version's name.
fn to_do_with_a_version(server: &Jira820) -> (String, String) {
    let url = format!(
        "{}/rest/api/2/search?jql=&fields=status,fixVersions&maxResults=200",
        server.url
    );
    let (status, body) = support::http::call("GET", &url, None);
    assert_eq!(status, 200, "{body}");
    let found: Value = serde_json::from_str(&body).unwrap();
    found["issues"]
        .as_array()
        .unwrap()
        .iter()
        .find_map(|i| {
            let version = i["fields"]["fixVersions"][0]["name"].as_str()?;
            (i["fields"]["status"]["name"] == "To Do")
                .then(|| (i["key"].as_str().unwrap().to_string(), version.to_string()))
        })
        .expect("jira820 generates an issue in To Do with a fix version")
}

fn issue_file(title: &str, link: &str, body: &str) -> String {
    format!("---\nnumber: 1\ntitle: \"{title}\"\nstate: open\nlabels: [\"bug\"]\nmilestone: null\nlinks: [\"{link}\"]\n---\n\n{body}\n")
}

/// A repeat writes nothing on either end and reports every pair synced.
fn settled(ws: &Workspace, server: &Jira820) {
    let (writes, before) = (server.writes().len(), ws.read(".debussy/issues/1.md"));
    let report = sync(ws, &[]);
    assert_eq!(server.writes()[writes..], [] as [String; 0]);
    assert_eq!(ws.read(".debussy/issues/1.md"), before);
    for pair in report["pairs"].as_array().unwrap() {
        assert_eq!(pair["status"], "synced", "{report}");
    }
}

#[test]
#[ignore = "needs jira820; run by .ci/run"]
fn local_and_jira820_issues_mirror_each_other_and_a_round_trip_is_no_change() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let server = Jira820::start(&workflow(3));
    let (key, version) = to_do_with_a_version(&server);
    server.put_fields(
        &key,
        serde_json::json!({"summary": "Flaky test", "labels": ["bug"], "description": ""}),
    );
    let ws = workspace(&server);
    ws.write(
        ".debussy/issues/1.md",
        &issue_file("Flaky test", &key, RICH),
    );

    // First sync: there is no base yet, so every difference is a conflict. The
    // description goes to Jira as wiki markup (preferring the local end); then the fix
    // version becomes a local milestone (preferring Jira's end for that field).
    let writes = server.writes().len();
    let text_fields = "title,body,state,labels,assignees,comments";
    sync(&ws, &["--prefer", "local", "--fields", text_fields]);
    let report = sync(&ws, &["--prefer", "jira", "--fields", "milestone"]);
    let sent = &server.writes()[writes..];
    assert_eq!(sent.len(), 1, "one edit: {sent:?}");
    let wiki = server.get(&key)["fields"]["description"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    for part in [
        "h2. Steps",
        "#* on CI",
        "{code:sh}",
        "[the log|https://ci.example.com/run/7]",
        "_Tuesday_",
        "*watch*",
    ] {
        assert!(wiki.contains(part), "{part:?} missing:\n{wiki}");
    }
    let text = ws.read(".debussy/issues/1.md");
    assert!(
        text.contains("milestone: 1"),
        "{text}\n{report}\n{}\n{:?}",
        server.get(&key)["fields"]["fixVersions"],
        server.writes()
    );
    let milestone = ws.read(".debussy/issues/milestones/1.md");
    assert!(
        milestone.contains(&format!("title: \"{version}\"")),
        "{milestone}"
    );
    // Read back from jira820, the wiki markup is the same Markdown: no change.
    settled(&ws, &server);

    // Jira → local: summary, a paragraph, a label.
    server.put_fields(
        &key,
        serde_json::json!({"summary": "Flaky test on CI", "labels": ["bug", "p1"],
                           "description": format!("{wiki}\n\nFixed in {{{{main}}}}")}),
    );
    let writes = server.writes().len();
    sync(&ws, &[]);
    assert_eq!(server.writes().len(), writes, "nothing went back");
    let text = ws.read(".debussy/issues/1.md");
    for part in [
        "title: \"Flaky test on CI\"",
        "\"p1\"",
        &format!("{RICH}\n\nFixed in `main`"),
    ] {
        assert!(text.contains(part), "{part:?} missing:\n{text}");
    }
    settled(&ws, &server);

    // Local → Jira: a new title and body; closed once the issue is in review.
    server.move_to(&key, "In Progress");
    server.move_to(&key, "In Review");
    let text = ws
        .read(".debussy/issues/1.md")
        .replace("Flaky test on CI", "Flaky test, fixed")
        .replace("Fixed in `main`", "Fixed in `main` (*really*).")
        .replace("state: open", "state: closed");
    ws.write(".debussy/issues/1.md", &text);
    sync(&ws, &[]);
    let issue = server.get(&key);
    assert_eq!(issue["fields"]["summary"], "Flaky test, fixed");
    assert_eq!(issue["fields"]["status"]["name"], "Done");
    assert_eq!(issue["fields"]["resolution"]["name"], "Done");
    let wiki = issue["fields"]["description"].as_str().unwrap_or_default();
    assert!(wiki.ends_with("Fixed in {{main}} (_really_)."), "{wiki}");
    // `*really*` comes back from Jira as `_really_`: the same body as Jira holds
    // it, so nothing is written on either end, and the local file keeps its own.
    let writes = server.writes().len();
    let before = ws.read(".debussy/issues/1.md");
    sync(&ws, &[]);
    assert_eq!(server.writes().len(), writes, "nothing went back");
    let text = ws.read(".debussy/issues/1.md");
    assert!(text.contains("Fixed in `main` (*really*)."), "{text}");
    assert_eq!(text, before);
    settled(&ws, &server);
    settled(&ws, &server);
}

#[test]
#[ignore = "needs jira820; run by .ci/run"]
fn a_done_jira820_issue_closes_the_local_one() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let server = Jira820::start(&workflow(3));
    let (key, _) = to_do_with_a_version(&server);
    server.put_fields(
        &key,
        serde_json::json!({"summary": "Flaky test", "labels": ["bug"], "description": "It fails."}),
    );
    let ws = workspace(&server);
    ws.write(
        ".debussy/issues/1.md",
        &issue_file("Flaky test", &key, "It fails."),
    );
    // No base yet: the fix version the local issue lacks is a conflict until preferred.
    sync(&ws, &["--prefer", "jira"]);
    settled(&ws, &server);
    for to in ["In Progress", "In Review", "Done"] {
        server.move_to(&key, to);
    }
    let writes = server.writes().len();
    sync(&ws, &[]);
    assert_eq!(server.writes().len(), writes, "nothing went back");
    let text = ws.read(".debussy/issues/1.md");
    assert!(text.contains("state: closed"), "{text}");
    settled(&ws, &server);
}
