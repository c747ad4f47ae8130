//! `issue sync` between the local tracker and the fake Jira, Cloud (ADF bodies) and
//! Data Center (wiki markup), through the binary: one-sided edits of the summary and
//! of a rich description flow both ways converted, labels merge (a space becomes
//! `-` on Jira, with a warning), closing one end moves the other through its
//! workflow (or says which transitions there are), a
//! mirrored comment keeps its marker, and a repeat writes nothing.

mod support;

use serde_json::{json, Value};
use support::jira::{FakeJira, FakeJiraIssue, Flavor};
use support::*;

/// A description with headings, nested lists, a code block, a link and emphasis.
const DESCRIPTION: &str = "## Steps\n\n1. Run the suite\n   - on CI\n   - on a laptop\n2. Wait for _Tuesday_ and **watch**\n\n```sh\ncargo test --test flaky\n```\n\nSee [the log](https://ci.example.com/run/7).";

/// local#1 linked to PROJ-7, both "Flaky test" with the same one-line body and the
/// label `bug`, and a first sync done (the bases).
fn linked(flavor: Flavor) -> (Workspace, FakeJira) {
    let deployment = match flavor {
        Flavor::Cloud => "cloud",
        Flavor::DataCenter => "server",
    };
    let ws = Workspace::new();
    ws.write(
        ".debussy/config.yaml",
        &format!("jira:\n  deployment: {deployment}\n"),
    );
    ws.write(
        ".debussy/issues/1.md",
        "---\nnumber: 1\ntitle: \"Flaky test\"\nstate: open\nlabels: [\"bug\"]\nmilestone: null\nlinks: [\"PROJ-7\"]\n---\n\nIt fails on Tuesdays.\n",
    );
    let fake = FakeJira::start(flavor);
    fake.add_issue("PROJ-7", "Flaky test");
    fake.edit("PROJ-7", |i| {
        i.labels = vec!["bug".into()];
        i.description = Some(jira_text(flavor, "It fails on Tuesdays."));
    });
    let out = sync(&ws, &fake, &["--all", "--apply"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(fake.writes().is_empty(), "equal ends: nothing written");
    fake.clear_log();
    (ws, fake)
}

/// One paragraph as the flavor stores it.
fn jira_text(flavor: Flavor, text: &str) -> Value {
    match flavor {
        Flavor::Cloud => json!({"type": "doc", "version": 1, "content": [
            {"type": "paragraph", "content": [{"type": "text", "text": text}]}]}),
        Flavor::DataCenter => json!(text),
    }
}

/// A paragraph added to the description on Jira: `adf` (its inline nodes) on
/// Cloud, `wiki` on Data Center.
fn add_paragraph(i: &mut FakeJiraIssue, flavor: Flavor, adf: Value, wiki: &str) {
    match flavor {
        Flavor::Cloud => {
            let d = i.description.as_mut().expect("doc");
            let content = d["content"].as_array_mut().expect("content");
            content.push(json!({"type": "paragraph", "content": adf}));
        }
        Flavor::DataCenter => {
            let d = i
                .description
                .as_ref()
                .and_then(Value::as_str)
                .expect("text");
            i.description = Some(json!(format!("{d}\n\n{wiki}")));
        }
    }
}

fn sync(ws: &Workspace, fake: &FakeJira, args: &[&str]) -> std::process::Output {
    jira_cmd(ws, fake)
        .args(["--json", "issue", "sync"])
        .args(args)
        .output()
        .expect("run")
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn local(ws: &Workspace) -> String {
    ws.read(".debussy/issues/1.md")
}

fn apply(ws: &Workspace, fake: &FakeJira) -> Value {
    let out = sync(ws, fake, &["--all", "--apply"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    json_stdout(&out)
}

/// A repeat reads, writes nothing on either end and reports the pair synced.
fn repeat_writes_nothing(ws: &Workspace, fake: &FakeJira) {
    fake.clear_log();
    let before = local(ws);
    let report = apply(ws, fake);
    assert!(fake.writes().is_empty(), "{:?}", fake.writes());
    assert_eq!(local(ws), before, "nothing written locally");
    assert_eq!(report["pairs"][0]["status"], "synced", "{report}");
}

/// The nodes of an ADF document, depth first, by type.
fn adf_types(node: &Value, out: &mut Vec<String>) {
    if let Some(t) = node["type"].as_str() {
        out.push(t.to_string());
    }
    for mark in node["marks"].as_array().into_iter().flatten() {
        out.push(format!(
            "mark:{}",
            mark["type"].as_str().unwrap_or_default()
        ));
    }
    for child in node["content"].as_array().into_iter().flatten() {
        adf_types(child, out);
    }
}

/// The description PROJ-7 received is the flavor's format, structure kept.
fn assert_converted(flavor: Flavor, sent: &Value) {
    match flavor {
        Flavor::Cloud => {
            assert_eq!(sent["type"], "doc", "{sent}");
            let mut types = Vec::new();
            adf_types(sent, &mut types);
            for t in [
                "heading",
                "orderedList",
                "bulletList",
                "codeBlock",
                "mark:link",
                "mark:em",
                "mark:strong",
            ] {
                assert!(types.iter().any(|x| x == t), "{t} missing: {sent}");
            }
            let text = sent.to_string();
            assert!(text.contains("https://ci.example.com/run/7"), "{text}");
            assert!(!text.contains("## Steps"), "no Markdown left: {text}");
        }
        Flavor::DataCenter => {
            let wiki = sent.as_str().expect("wiki markup is a string");
            for part in [
                "h2. Steps",
                "# Run the suite",
                "#* on CI",
                "{code:sh}",
                "[the log|https://ci.example.com/run/7]",
                "_Tuesday_",
                "*watch*",
            ] {
                assert!(wiki.contains(part), "{part:?} missing:\n{wiki}");
            }
        }
    }
}

fn edits_flow_both_ways(flavor: Flavor) {
    let (ws, fake) = linked(flavor);
    // Local: a new title and the rich description.
    let text = local(&ws)
        .replace("title: \"Flaky test\"", "title: \"Flaky test on CI\"")
        .replace("It fails on Tuesdays.", DESCRIPTION);
    ws.write(".debussy/issues/1.md", &text);
    apply(&ws, &fake);
    let issue = fake.issue("PROJ-7");
    assert_eq!(issue.summary, "Flaky test on CI");
    assert_converted(flavor, issue.description.as_ref().expect("a description"));
    let edits: Vec<_> = fake
        .writes()
        .into_iter()
        .filter(|w| w.method == "PUT")
        .collect();
    assert_eq!(edits.len(), 1, "title and body in one edit: {edits:?}");
    // Read back from Jira, the description is what was written: no change.
    repeat_writes_nothing(&ws, &fake);
    assert!(local(&ws).contains(DESCRIPTION), "{}", local(&ws));

    // Jira: a new summary and a paragraph added to the description.
    fake.edit("PROJ-7", |i| {
        i.summary = "Flaky test on CI and laptops".into();
        let adf = json!([{"type": "text", "text": "Fixed in "},
                         {"type": "text", "text": "main", "marks": [{"type": "code"}]}]);
        add_paragraph(i, flavor, adf, "Fixed in {{main}}");
    });
    apply(&ws, &fake);
    let text = local(&ws);
    assert!(
        text.contains("title: \"Flaky test on CI and laptops\""),
        "{text}"
    );
    assert!(
        text.contains(&format!("{DESCRIPTION}\n\nFixed in `main`")),
        "the Jira edit came back as Markdown, the rest unchanged:\n{text}"
    );
    assert!(
        fake.writes().is_empty(),
        "nothing went back: {:?}",
        fake.writes()
    );
    repeat_writes_nothing(&ws, &fake);
}

#[test]
fn cloud_edits_flow_both_ways_converted_and_a_round_trip_is_no_change() {
    edits_flow_both_ways(Flavor::Cloud);
}

#[test]
fn data_center_edits_flow_both_ways_converted_and_a_round_trip_is_no_change() {
    edits_flow_both_ways(Flavor::DataCenter);
}

fn labels_and_state(flavor: Flavor) {
    let (ws, fake) = linked(flavor);
    let text = local(&ws).replace("labels: [\"bug\"]", "labels: [\"bug\", \"good first\"]");
    ws.write(".debussy/issues/1.md", &text);
    fake.edit("PROJ-7", |i| i.labels.push("p1".into()));
    let out = sync(&ws, &fake, &["--all", "--apply"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("'good first' is written as 'good-first'"),
        "{}",
        stderr(&out)
    );
    let mut labels = fake.issue("PROJ-7").labels;
    labels.sort();
    assert_eq!(labels, ["bug", "good-first", "p1"]);
    assert!(local_labels(&ws, 1).contains(&"p1".to_string()));
    // Jira's `good-first` is the local `good first`: neither is renamed after.
    repeat_writes_nothing(&ws, &fake);
    assert_eq!(local_labels(&ws, 1), ["bug", "good first", "p1"]);

    // Closed locally while PROJ-7 is in To Do: the restrictive workflow has no
    // transition to a done status from there. The pair fails, saying which
    // transitions there are, and nothing moves.
    let text = local(&ws).replace("state: open", "state: closed");
    ws.write(".debussy/issues/1.md", &text);
    fake.clear_log();
    let out = sync(&ws, &fake, &["--all", "--apply"]);
    let report = json_stdout(&out);
    assert_ne!(out.status.code(), Some(0), "{report}");
    let error = report["pairs"][0]["error"].as_str().unwrap_or_default();
    assert!(
        error.contains("no transition from 'To Do' leads to a done status")
            && error.contains("'Start Progress' → In Progress"),
        "{report}"
    );
    assert!(fake.writes().is_empty(), "{:?}", fake.writes());
    assert_eq!(fake.issue("PROJ-7").status, "To Do");

    // In review, the close goes through, with a resolution.
    fake.set_status("PROJ-7", "In Review");
    apply(&ws, &fake);
    let issue = fake.issue("PROJ-7");
    assert_eq!(
        (issue.status.as_str(), issue.resolution.as_deref()),
        ("Done", Some("Done"))
    );
    let transitions: Vec<_> = fake
        .writes()
        .into_iter()
        .filter(|w| w.target.ends_with("/transitions"))
        .collect();
    assert_eq!(transitions.len(), 1, "{transitions:?}");
    assert_eq!(transitions[0].body["transition"]["id"], "31");
    repeat_writes_nothing(&ws, &fake);

    // Reopened on Jira: open again locally.
    fake.set_status("PROJ-7", "In Progress");
    apply(&ws, &fake);
    assert!(local(&ws).contains("state: open"), "{}", local(&ws));
    assert!(fake.writes().is_empty(), "{:?}", fake.writes());
}

#[test]
fn cloud_labels_and_state_flow_both_ways() {
    labels_and_state(Flavor::Cloud);
}

#[test]
fn data_center_labels_and_state_flow_both_ways() {
    labels_and_state(Flavor::DataCenter);
}

fn comments_keep_their_markers(flavor: Flavor) {
    let (ws, fake) = linked(flavor);
    fake.edit("PROJ-7", |i| {
        i.comments.push(jira_text(flavor, "Seen on main too."))
    });
    let text = local(&ws);
    ws.write(
        ".debussy/issues/1.md",
        &format!("{text}\n<!-- comment by alice at 2026-11-27T10:00:00Z -->\nFixed _locally_.\n"),
    );
    for round in 0..3 {
        let out = sync(&ws, &fake, &["--all", "--apply"]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "round {round}: {}",
            stderr(&out)
        );
    }
    assert_eq!(local(&ws).matches("Seen on main too.").count(), 1);
    let comments = fake.issue("PROJ-7").comments;
    assert_eq!(comments.len(), 2, "mirrored once, never back: {comments:?}");
    let mirrored = comments[1].to_string();
    assert!(
        mirrored.contains("[debussy-sync:mirror from="),
        "{mirrored}"
    );
    assert!(
        !mirrored.contains("<!--"),
        "no HTML comment on Jira: {mirrored}"
    );
    repeat_writes_nothing(&ws, &fake);
}

#[test]
fn cloud_comments_are_mirrored_once_with_their_markers() {
    comments_keep_their_markers(Flavor::Cloud);
}

#[test]
fn data_center_comments_are_mirrored_once_with_their_markers() {
    comments_keep_their_markers(Flavor::DataCenter);
}

/// The local issue's `milestone:` line and the local milestones' titles.
fn local_milestones(ws: &Workspace) -> (String, Vec<String>) {
    let line = local(ws)
        .lines()
        .find(|l| l.starts_with("milestone:"))
        .unwrap_or_default()
        .to_string();
    let mut titles = Vec::new();
    for n in 1..=5 {
        let path = format!(".debussy/issues/milestones/{n}.md");
        if ws.path().join(&path).exists() {
            let text = ws.read(&path);
            let title = text.lines().find_map(|l| l.strip_prefix("title: "));
            titles.push(title.unwrap_or_default().trim_matches('"').to_string());
        }
    }
    (line, titles)
}

fn milestones_flow_both_ways(flavor: Flavor) {
    let (ws, fake) = linked(flavor);
    // Local: milestone 1, "Sprint 12", which Jira has no version for yet.
    ws.write(
        ".debussy/issues/milestones/1.md",
        "---\nnumber: 1\ntitle: \"Sprint 12\"\n---\n",
    );
    let text = local(&ws).replace("milestone: null", "milestone: 1");
    ws.write(".debussy/issues/1.md", &text);
    let report = apply(&ws, &fake);
    assert_eq!(
        fake.issue("PROJ-7").fix_versions,
        ["Sprint 12"],
        "{report} {:?}",
        fake.requests()
    );
    assert_eq!(fake.versions(), ["Sprint 12"], "the version was created");
    let created: Vec<_> = fake
        .writes()
        .into_iter()
        .filter(|w| w.method == "POST")
        .collect();
    assert_eq!(created.len(), 1, "{created:?}");
    assert_eq!(created[0].body["name"], "Sprint 12");
    let writes = report["pairs"][0]["writes"].as_array().expect("writes");
    assert!(
        writes
            .iter()
            .any(|w| w["field"] == "milestone" && w["value"] == "Sprint 12"),
        "{report}"
    );
    let history = jira_cmd(&ws, &fake)
        .args(["--json", "history", "--issue", "PROJ-7"])
        .output()
        .expect("run");
    let history = String::from_utf8_lossy(&history.stdout).into_owned();
    assert!(
        history.contains("created milestone Sprint 12"),
        "journaled: {history}"
    );
    repeat_writes_nothing(&ws, &fake);

    // Jira: the issue moves to another version, which the local tracker lacks.
    fake.add_version("Sprint 13");
    fake.edit("PROJ-7", |i| i.fix_versions = vec!["Sprint 13".into()]);
    apply(&ws, &fake);
    assert!(fake.writes().is_empty(), "{:?}", fake.writes());
    let (line, titles) = local_milestones(&ws);
    assert_eq!(line, "milestone: 2");
    assert_eq!(titles, ["Sprint 12", "Sprint 13"]);
    repeat_writes_nothing(&ws, &fake);

    // Jira: a second fix version cannot be one local milestone: a conflict, exit 6,
    // nothing written.
    fake.edit("PROJ-7", |i| i.fix_versions.push("Sprint 12".into()));
    fake.clear_log();
    let before = local(&ws);
    let out = sync(&ws, &fake, &["--all", "--apply", "--fields", "milestone"]);
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    assert_eq!(
        json_stdout(&out)["pairs"][0]["conflicts"][0]["field"],
        "milestone"
    );
    assert!(fake.writes().is_empty());
    assert_eq!(local(&ws), before);
}

#[test]
fn cloud_milestones_flow_both_ways_as_fix_versions() {
    milestones_flow_both_ways(Flavor::Cloud);
}

#[test]
fn data_center_milestones_flow_both_ways_as_fix_versions() {
    milestones_flow_both_ways(Flavor::DataCenter);
}

/// A local body in Markdown that is not in canonical form (`*` bullets, `__strong__`,
/// `*emphasis*`) comes back from Jira in canonical form: the local file is rewritten
/// at most once, and never again after.
fn non_canonical_markdown_settles(flavor: Flavor) {
    let (ws, fake) = linked(flavor);
    let body = "Steps:\n\n* run __all__ of it\n* then *wait*\n    * nested\n\nDone.";
    let text = local(&ws).replace("It fails on Tuesdays.", body);
    ws.write(".debussy/issues/1.md", &text);
    apply(&ws, &fake);
    assert_eq!(
        fake.writes().iter().filter(|w| w.method == "PUT").count(),
        1,
        "{:?}",
        fake.writes()
    );
    let mut rewrites = 0;
    let mut before = local(&ws);
    for _ in 0..3 {
        fake.clear_log();
        let report = apply(&ws, &fake);
        assert!(fake.writes().is_empty(), "{:?}", fake.writes());
        let now = local(&ws);
        if now != before {
            rewrites += 1;
        }
        before = now;
        assert!(
            report["pairs"][0]["conflicts"]
                .as_array()
                .is_none_or(Vec::is_empty),
            "{report}"
        );
    }
    assert_eq!(rewrites, 0, "the local body was rewritten");
    repeat_writes_nothing(&ws, &fake);
    assert!(
        local(&ws).contains(body),
        "kept as written:\n{}",
        local(&ws)
    );
}

#[test]
fn cloud_non_canonical_markdown_is_never_rewritten() {
    non_canonical_markdown_settles(Flavor::Cloud);
}

#[test]
fn data_center_non_canonical_markdown_is_never_rewritten() {
    non_canonical_markdown_settles(Flavor::DataCenter);
}

/// What Jira's markup cannot hold (an image, raw HTML, a table) reaches Jira as
/// it can, and the local body keeps it: a round trip is no change on either end.
fn what_jira_cannot_hold_stays_local(flavor: Flavor) {
    let (ws, fake) = linked(flavor);
    let body = "See ![screenshot](https://ci.example.com/s.png).\n\n<details><summary>Log</summary>\n\nline 1\n\n</details>\n\n| a | b |\n|---|---|\n| 1 | 2 |";
    let text = local(&ws).replace("It fails on Tuesdays.", body);
    ws.write(".debussy/issues/1.md", &text);
    apply(&ws, &fake);
    assert_eq!(fake.writes().len(), 1, "{:?}", fake.writes());
    for _ in 0..2 {
        repeat_writes_nothing(&ws, &fake);
    }
    assert!(
        local(&ws).contains(body),
        "kept as written:\n{}",
        local(&ws)
    );
    // An edit on Jira still flows: the local body then takes Jira's form.
    fake.edit("PROJ-7", |i| {
        let adf = json!([{"type": "text", "text": "Fixed."}]);
        add_paragraph(i, flavor, adf, "Fixed.");
    });
    apply(&ws, &fake);
    assert!(local(&ws).contains("Fixed."), "{}", local(&ws));
    repeat_writes_nothing(&ws, &fake);
}

#[test]
fn cloud_what_jira_cannot_hold_stays_local() {
    what_jira_cannot_hold_stays_local(Flavor::Cloud);
}

#[test]
fn data_center_what_jira_cannot_hold_stays_local() {
    what_jira_cannot_hold_stays_local(Flavor::DataCenter);
}

/// A title changed on both ends of local#1 ↔ PROJ-7.
fn title_conflict(flavor: Flavor) -> (Workspace, FakeJira) {
    let (ws, fake) = linked(flavor);
    let text = local(&ws).replace("title: \"Flaky test\"", "title: \"Flaky test (local)\"");
    ws.write(".debussy/issues/1.md", &text);
    fake.edit("PROJ-7", |i| i.summary = "Flaky test (jira)".into());
    fake.clear_log();
    (ws, fake)
}

#[test]
fn preferring_a_tracker_on_neither_end_leaves_the_conflict() {
    let (ws, fake) = title_conflict(Flavor::Cloud);
    let out = sync(&ws, &fake, &["--all", "--apply", "--prefer", "github"]);
    let report = json_stdout(&out);
    assert_eq!(out.status.code(), Some(6), "{report}");
    assert_eq!(report["pairs"][0]["conflicts"][0]["field"], "title");
    assert!(fake.writes().is_empty(), "{:?}", fake.writes());
    assert_eq!(fake.issue("PROJ-7").summary, "Flaky test (jira)");
    assert!(local(&ws).contains("title: \"Flaky test (local)\""));

    let out = sync(&ws, &fake, &["--all", "--apply", "--prefer", "jira"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(local(&ws).contains("title: \"Flaky test (jira)\""));
}

/// local#1 ↔ PROJ-7 synced once, with Alice and Bob mapped to Jira accounts (an
/// `accountId` on Cloud, a user name on Data Center): the accounts.
fn linked_with_users(flavor: Flavor) -> (Workspace, FakeJira, [&'static str; 2]) {
    let (ws, fake) = linked(flavor);
    let (deployment, accounts) = match flavor {
        Flavor::Cloud => (
            "cloud",
            ["5b10a2844c20165700ede21g", "5b10ac8d82e05b22cc7d4ef5"],
        ),
        Flavor::DataCenter => ("server", ["alice.w", "bob.k"]),
    };
    ws.write(
        ".debussy/config.yaml",
        &format!(
            "jira:\n  deployment: {deployment}\nusers:\n  alice:\n    jira: {}\n  bob:\n    jira: {}\n",
            accounts[0], accounts[1]
        ),
    );
    (ws, fake, accounts)
}

fn assignees_flow_and_a_single_assignee_is_never_lost(flavor: Flavor) {
    let (ws, fake, [alice, bob]) = linked_with_users(flavor);
    // Assigned to Alice on Jira: she is assigned locally, and stays on both ends.
    fake.edit("PROJ-7", |i| i.assignee = Some(alice.into()));
    apply(&ws, &fake);
    assert!(
        local(&ws).contains("assignees: [\"alice\"]"),
        "{}",
        local(&ws)
    );
    repeat_writes_nothing(&ws, &fake);
    assert_eq!(fake.issue("PROJ-7").assignee.as_deref(), Some(alice));
    assert!(
        local(&ws).contains("assignees: [\"alice\"]"),
        "{}",
        local(&ws)
    );

    // Reassigned to Bob locally: Bob on Jira.
    let text = local(&ws).replace("assignees: [\"alice\"]", "assignees: [\"bob\"]");
    ws.write(".debussy/issues/1.md", &text);
    apply(&ws, &fake);
    assert_eq!(fake.issue("PROJ-7").assignee.as_deref(), Some(bob));
    repeat_writes_nothing(&ws, &fake);

    // Alice added locally too: Jira holds one assignee, so that is a conflict.
    let text = local(&ws).replace("assignees: [\"bob\"]", "assignees: [\"bob\", \"alice\"]");
    ws.write(".debussy/issues/1.md", &text);
    fake.clear_log();
    let out = sync(&ws, &fake, &["--all", "--apply"]);
    let report = json_stdout(&out);
    assert_eq!(out.status.code(), Some(6), "{report}");
    assert_eq!(report["pairs"][0]["conflicts"][0]["field"], "assignees");
    assert!(fake.writes().is_empty(), "{:?}", fake.writes());
    assert_eq!(fake.issue("PROJ-7").assignee.as_deref(), Some(bob));

    // Someone no one mapped takes the issue from Bob on Jira: Bob's removal flows,
    // the stranger is not copied; and Alice assigned locally never replaces them.
    let text = local(&ws).replace("assignees: [\"bob\", \"alice\"]", "assignees: [\"bob\"]");
    ws.write(".debussy/issues/1.md", &text);
    fake.edit("PROJ-7", |i| i.assignee = Some("stranger".into()));
    apply(&ws, &fake);
    assert!(local(&ws).contains("assignees: []"), "{}", local(&ws));
    repeat_writes_nothing(&ws, &fake);
    let text = local(&ws).replace("assignees: []", "assignees: [\"alice\"]");
    ws.write(".debussy/issues/1.md", &text);
    for _ in 0..2 {
        let out = sync(&ws, &fake, &["--all", "--apply", "--prefer", "local"]);
        assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    }
    assert_eq!(fake.issue("PROJ-7").assignee.as_deref(), Some("stranger"));
    assert!(
        local(&ws).contains("assignees: [\"alice\"]"),
        "{}",
        local(&ws)
    );
}

#[test]
fn cloud_assignees_are_read_by_account_id_and_one_assignee_is_never_lost() {
    assignees_flow_and_a_single_assignee_is_never_lost(Flavor::Cloud);
}

#[test]
fn data_center_assignees_are_read_by_user_name_and_one_assignee_is_never_lost() {
    assignees_flow_and_a_single_assignee_is_never_lost(Flavor::DataCenter);
}
