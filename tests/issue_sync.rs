//! `issue sync` between the local tracker and the fake GitHub, through the binary:
//! one-sided edits flow each way, labels merge as sets (our state labels stay out),
//! comments are mirrored once and never come back, conflicts are reported with both
//! values and the base and resolved with `--prefer`, a lost base overwrites nothing,
//! and an edit made on GitHub between the read and the write survives.

mod support;

use support::github::{FakeGitHub, FaultKind};
use support::*;

const REPO: &str = "acme/widgets";

/// A local issue linked to acme/widgets#12, both with the same title, body and
/// labels, and a first sync done (the bases).
fn linked() -> (Workspace, FakeGitHub) {
    let ws = Workspace::new();
    ws.write(".debussy/config.yaml", "github:\n  repo: acme/widgets\n");
    ws.write(
        ".debussy/issues/1.md",
        "---\nnumber: 1\ntitle: \"Flaky test\"\nstate: open\nlabels: [\"bug\"]\nmilestone: null\nlinks: [\"acme/widgets#12\"]\n---\n\nIt fails on Tuesdays.\n",
    );
    let gh = FakeGitHub::start();
    gh.add_issue(REPO, 12, "Flaky test");
    gh.set_issue_body(REPO, 12, "It fails on Tuesdays.");
    gh.add_label(REPO, "bug", "d73a4a");
    gh.set_issue_labels(REPO, 12, &["bug"]);
    (ws, gh)
}

fn sync(ws: &Workspace, gh: &FakeGitHub, args: &[&str]) -> std::process::Output {
    ws.gh(&gh.url)
        .args(["--json", "issue", "sync"])
        .args(args)
        .output()
        .expect("run")
}

fn local(ws: &Workspace) -> String {
    ws.read(".debussy/issues/1.md")
}

/// `issue sync --all --apply`, which must exit `code` (its stderr shown if not).
fn applied(ws: &Workspace, gh: &FakeGitHub, code: i32) -> std::process::Output {
    let out = sync(ws, gh, &["--all", "--apply"]);
    assert_eq!(
        out.status.code(),
        Some(code),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn synced_once(ws: &Workspace, gh: &FakeGitHub) {
    applied(ws, gh, 0);
    gh.clear_log();
}

#[test]
fn edits_flow_both_ways_and_a_repeat_writes_nothing() {
    let (ws, gh) = linked();
    synced_once(&ws, &gh);
    // A local title edit, a GitHub body edit, a label added on each side, and one of
    // our state labels on GitHub.
    let text = local(&ws)
        .replace("title: \"Flaky test\"", "title: \"Flaky test on CI\"")
        .replace("labels: [\"bug\"]", "labels: [\"bug\", \"ci\"]");
    ws.write(".debussy/issues/1.md", &text);
    gh.set_issue_body(REPO, 12, "It fails on Tuesdays.\n\nAnd on Fridays.");
    gh.add_label(REPO, "p1", "000000");
    gh.add_label(REPO, "debussy:in-progress", "1D76DB");
    gh.set_issue_labels(REPO, 12, &["bug", "p1", "debussy:in-progress"]);

    let before = (local(&ws), gh.writes().len());
    let preview = sync(&ws, &gh, &["--all"]);
    assert_eq!(
        preview.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&preview.stdout)
    );
    assert_eq!(
        (local(&ws), gh.writes().len()),
        before,
        "a preview writes nothing"
    );
    let planned = json_stdout(&preview);
    assert!(!planned["pairs"][0]["writes"]
        .as_array()
        .expect("writes")
        .is_empty());

    applied(&ws, &gh, 0);
    let issue = gh.issue(REPO, 12);
    assert_eq!(
        issue.title, "Flaky test on CI",
        "the local title went to GitHub"
    );
    let text = local(&ws);
    assert!(
        text.contains("And on Fridays."),
        "the GitHub body came back: {text}"
    );
    let mut labels = issue.labels.clone();
    labels.sort();
    assert_eq!(labels, ["bug", "ci", "debussy:in-progress", "p1"]);
    assert_eq!(
        local_labels(&ws, 1),
        ["bug", "ci", "p1"],
        "never our state labels"
    );

    gh.clear_log();
    let again = sync(&ws, &gh, &["--all", "--apply"]);
    assert_eq!(again.status.code(), Some(0));
    assert!(
        gh.writes().is_empty(),
        "a repeat writes nothing: {:?}",
        gh.writes()
    );
    assert_eq!(json_stdout(&again)["pairs"][0]["status"], "synced");
}

#[test]
fn a_title_changed_on_both_sides_is_a_conflict_until_a_side_is_preferred() {
    let (ws, gh) = linked();
    synced_once(&ws, &gh);
    ws.write(
        ".debussy/issues/1.md",
        &local(&ws).replace("\"Flaky test\"", "\"Flaky test (local)\""),
    );
    gh.set_title(REPO, 12, "Flaky test (github)");
    let out = applied(&ws, &gh, 6);
    let report = json_stdout(&out);
    let conflict = &report["pairs"][0]["conflicts"][0];
    assert_eq!(conflict["field"], "title");
    assert_eq!(conflict["base"], "Flaky test");
    assert_eq!(conflict["left"], "Flaky test (local)");
    assert_eq!(conflict["right"], "Flaky test (github)");
    assert_eq!(
        gh.issue(REPO, 12).title,
        "Flaky test (github)",
        "neither title written"
    );
    assert!(local(&ws).contains("\"Flaky test (local)\""));
    // `status` shows the pair's state at no request cost.
    ws.write(
        "plans/p/MASTER_PLAN.md",
        "# P - Master Plan\n\n| Phase | Title | Status |\n|---|---|---|\n| 1 | One | Pending |\n",
    );
    gh.clear_log();
    let status = json_stdout(&succeed(ws.gh(&gh.url).args(["--json", "status"])));
    assert_eq!(status["links"][0]["state"], "conflict", "{status}");
    assert_eq!(
        status["links"][0]["conflicts"],
        serde_json::json!(["title"])
    );
    assert!(gh.requests().is_empty(), "no request for the sync status");
    let links = json_stdout(&succeed(ws.gh(&gh.url).args(["--json", "issue", "links"])));
    assert_eq!(links["links"][0]["state"], "conflict", "{links}");
    let view = json_stdout(&succeed(
        ws.gh(&gh.url).args(["--json", "issue", "view", "local#1"]),
    ));
    assert_eq!(view["links"][0]["issue"], "acme/widgets#12", "{view}");
    assert_eq!(view["links"][0]["state"], "conflict", "{view}");

    let out = sync(&ws, &gh, &["--all", "--apply", "--prefer", "github"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        local(&ws).contains("title: \"Flaky test (github)\""),
        "{}",
        local(&ws)
    );
}

#[test]
fn without_a_base_nothing_that_differs_is_overwritten() {
    let (ws, gh) = linked();
    gh.set_title(REPO, 12, "Another title");
    let out = sync(&ws, &gh, &["--all", "--apply"]);
    assert_eq!(out.status.code(), Some(6));
    assert_eq!(gh.issue(REPO, 12).title, "Another title");
    assert!(local(&ws).contains("\"Flaky test\""));
    std::fs::remove_file(ws.path().join(".debussy/sync.db")).expect("remove sync.db");
    let out = sync(&ws, &gh, &["--all", "--apply"]);
    assert_eq!(
        out.status.code(),
        Some(6),
        "a lost base is a conflict again"
    );
}

#[test]
fn after_a_lost_base_a_removed_label_is_a_conflict_not_re_added() {
    let (ws, gh) = linked();
    synced_once(&ws, &gh);
    gh.set_issue_labels(REPO, 12, &[]);
    std::fs::remove_file(ws.path().join(".debussy/sync.db")).expect("remove sync.db");
    let out = sync(&ws, &gh, &["--all", "--apply"]);
    let report = json_stdout(&out);
    assert_eq!(out.status.code(), Some(6), "{report}");
    let conflict = &report["pairs"][0]["conflicts"][0];
    assert_eq!(conflict["field"], "labels", "{report}");
    assert_eq!(conflict["base"], serde_json::Value::Null, "{report}");
    assert!(
        gh.issue(REPO, 12).labels.is_empty(),
        "not re-added on GitHub"
    );
    assert!(gh.writes().is_empty(), "{:?}", gh.writes());
    assert_eq!(local_labels(&ws, 1), ["bug"], "nor removed locally");
}

#[test]
fn a_comment_is_mirrored_once_and_never_comes_back() {
    let (ws, gh) = linked();
    synced_once(&ws, &gh);
    gh.add_comment(REPO, 12, "Seen on main too.");
    for round in 0..3 {
        let out = sync(&ws, &gh, &["--all", "--apply"]);
        assert_eq!(out.status.code(), Some(0), "round {round}");
    }
    let text = local(&ws);
    assert_eq!(text.matches("Seen on main too.").count(), 1, "{text}");
    assert_eq!(gh.comments(REPO, 12).len(), 1, "never mirrored back");
    ws.write(
        ".debussy/issues/1.md",
        &format!("{text}\n<!-- comment by alice at 2026-11-27T10:00:00Z -->\nFixed locally.\n"),
    );
    for _ in 0..3 {
        sync(&ws, &gh, &["--all", "--apply"]);
    }
    let on_github = gh.comments(REPO, 12);
    assert_eq!(on_github.len(), 2, "{on_github:?}");
    assert!(on_github[1].starts_with("Fixed locally."));
    assert_eq!(local(&ws).matches("Fixed locally.").count(), 1);
}

#[test]
fn an_edit_made_on_github_between_the_read_and_the_write_survives() {
    let (ws, gh) = linked();
    synced_once(&ws, &gh);
    let text = local(&ws).replace(
        "It fails on Tuesdays.",
        "It fails on Tuesdays.\n\nSeen locally.",
    );
    ws.write(".debussy/issues/1.md", &text);
    // After the sync read the issue, right before it checks it again, someone edits
    // its body.
    gh.inject_graphql(
        "query Updated",
        FaultKind::EditIssue {
            repo: REPO.into(),
            number: 12,
            body: "Edited on GitHub.\n\nIt fails on Tuesdays.".into(),
        },
        1,
    );
    applied(&ws, &gh, 0);
    let body = gh.issue_body(REPO, 12);
    assert!(
        body.contains("Edited on GitHub."),
        "the edit survived: {body}"
    );
    assert!(
        body.contains("Seen locally."),
        "the local edit merged in: {body}"
    );
    assert!(local(&ws).contains("Edited on GitHub."));
}

#[test]
fn a_hand_edit_of_the_local_file_between_the_read_and_the_write_survives() {
    let (ws, gh) = linked();
    let body = "It fails on Tuesdays.\n\nOnly on CI.\n\nNobody knows why.";
    ws.write(
        ".debussy/issues/1.md",
        &local(&ws).replace("It fails on Tuesdays.", body),
    );
    gh.set_issue_body(REPO, 12, body);
    synced_once(&ws, &gh);
    gh.set_issue_body(REPO, 12, &format!("{body}\n\nSeen on GitHub."));
    // After the sync read the local file, while it reads GitHub, someone edits the
    // file by hand, leaving `updated:` as it was.
    let edited = local(&ws).replace("It fails on Tuesdays.", "It fails on Tuesdays, at noon.");
    gh.inject_graphql(
        "query",
        FaultKind::WriteFile {
            path: ws.path().join(".debussy/issues/1.md"),
            text: edited,
        },
        1,
    );
    applied(&ws, &gh, 0);
    let text = local(&ws);
    assert!(text.contains("at noon."), "the hand edit survived: {text}");
    assert!(
        text.contains("Seen on GitHub."),
        "the GitHub edit merged in: {text}"
    );
    let body = gh.issue_body(REPO, 12);
    assert!(
        body.contains("at noon.") && body.contains("Seen on GitHub."),
        "{body}"
    );
}

#[test]
fn a_close_reason_is_mirrored_both_ways() {
    let (ws, gh) = linked();
    synced_once(&ws, &gh);
    gh.close_issue(REPO, 12, "not_planned");
    applied(&ws, &gh, 0);
    let text = local(&ws);
    assert!(text.contains("state: closed"), "{text}");
    assert!(text.contains("state_reason: not_planned"), "{text}");
    assert!(gh.writes().is_empty(), "{:?}", gh.writes());
    gh.clear_log();
    let again = sync(&ws, &gh, &["--all", "--apply"]);
    assert_eq!(again.status.code(), Some(0));
    assert!(gh.writes().is_empty(), "{:?}", gh.writes());
    assert_eq!(local(&ws), text, "a repeat writes nothing");

    // Set to completed locally: GitHub follows.
    ws.write(
        ".debussy/issues/1.md",
        &text.replace("state_reason: not_planned", "state_reason: completed"),
    );
    let out = sync(&ws, &gh, &["--all", "--apply"]);
    assert_eq!(out.status.code(), Some(0));
    let issue = gh.issue(REPO, 12);
    assert_eq!(
        (issue.state.as_str(), issue.state_reason.as_deref()),
        ("closed", Some("completed"))
    );
}

#[test]
fn bad_input_is_exit_2_and_writes_nothing() {
    let (ws, gh) = linked();
    for (args, says) in [
        (vec!["--all", "--prefer", "bitbucket"], "--prefer"),
        (
            vec!["--all", "--fields", "title,assignee"],
            "--fields: unknown field 'assignee'",
        ),
        (vec![], "--all"),
    ] {
        let out = sync(&ws, &gh, &args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(says), "{args:?}: {stderr}");
    }
    ws.write(
        ".debussy/links.yaml",
        "links:\n  - [acme/widgets#1, acme/widgets#2]\n",
    );
    let out = sync(&ws, &gh, &["--all"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains(".debussy/links.yaml:2"), "{stderr}");
    ws.write(".debussy/links.yaml", "links: [\n");
    let out = sync(&ws, &gh, &["--all"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(gh.writes().is_empty());
}

#[test]
fn issue_link_writes_the_front_matter_or_the_links_file() {
    let (ws, gh) = linked();
    ws.write(".debussy/issues/2.md", &local_issue_file(2, "Second", None));
    let out = ws
        .gh(&gh.url)
        .args(["issue", "link", "local#2", "acme/widgets#13"])
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(ws.read(".debussy/issues/2.md").contains("acme/widgets#13"));
    let out = ws
        .gh(&gh.url)
        .args(["issue", "link", "acme/widgets#14", "PROJ-7"])
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        ws.read(".debussy/links.yaml"),
        "links:\n  - [acme/widgets#14, PROJ-7]\n"
    );
    let same = ws
        .gh(&gh.url)
        .args(["issue", "link", "acme/widgets#1", "#2"])
        .output()
        .expect("run");
    assert_eq!(same.status.code(), Some(2));
    let listed = json_stdout(&succeed(ws.gh(&gh.url).args(["--json", "issue", "links"])));
    assert_eq!(
        listed["links"].as_array().expect("links").len(),
        3,
        "{listed}"
    );
    succeed(
        ws.gh(&gh.url)
            .args(["issue", "unlink", "PROJ-7", "acme/widgets#14"]),
    );
    assert_eq!(ws.read(".debussy/links.yaml"), "links: []\n");
    let links_left = |ws: &Workspace| {
        let listed = json_stdout(&succeed(ws.gh(&gh.url).args(["--json", "issue", "links"])));
        listed["links"].as_array().expect("links").len()
    };
    assert_eq!(
        links_left(&ws),
        2,
        "the file's last pair is gone, the rest read"
    );
    // `links:` with nothing under it, as an older unlink left it, is no pairs.
    ws.write(".debussy/links.yaml", "links:\n");
    assert_eq!(links_left(&ws), 2);
    succeed(
        ws.gh(&gh.url)
            .args(["issue", "link", "acme/widgets#14", "PROJ-7"]),
    );
    assert_eq!(
        ws.read(".debussy/links.yaml"),
        "links:\n  - [acme/widgets#14, PROJ-7]\n"
    );
    succeed(
        ws.gh(&gh.url)
            .args(["issue", "unlink", "PROJ-7", "acme/widgets#14"]),
    );
    succeed(
        ws.gh(&gh.url)
            .args(["issue", "link", "acme/widgets#15", "PROJ-8"]),
    );
    assert_eq!(
        ws.read(".debussy/links.yaml"),
        "links:\n  - [acme/widgets#15, PROJ-8]\n",
        "a link after the last was removed"
    );
    assert_eq!(links_left(&ws), 3);
}

#[test]
fn the_seed_002_roadmap_file_is_a_local_issue_whose_github_link_is_followed() {
    let ws = Workspace::new();
    ws.write(".debussy/config.yaml", "github:\n  repo: acme/widgets\n");
    let seed = include_str!("fixtures/issues/roadmap-002.md");
    ws.write(".debussy/issues/7.md", seed);
    let gh = FakeGitHub::start();
    gh.add_issue(
        REPO,
        221,
        "Implement automatic GitHub issue sync with bidirectional updates",
    );
    let view = json_stdout(&succeed(
        ws.gh(&gh.url).args(["--json", "issue", "view", "local#7"]),
    ));
    assert_eq!(
        view["title"],
        "Implement automatic GitHub issue sync with bidirectional updates"
    );
    assert_eq!(view["state"], "open", "status: todo is open");
    let links = json_stdout(&succeed(ws.gh(&gh.url).args(["--json", "issue", "links"])));
    assert_eq!(links["links"][0]["left"], "local#7", "{links}");
    assert_eq!(links["links"][0]["right"], "acme/widgets#221", "{links}");
    // The first sync finds the bodies different: a conflict, nothing written, and
    // the roadmap tool's file unchanged.
    applied(&ws, &gh, 6);
    assert_eq!(ws.read(".debussy/issues/7.md"), seed);
    let out = sync(
        &ws,
        &gh,
        &["--all", "--apply", "--prefer", "local", "--fields", "body"],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(gh.issue_body(REPO, 221).contains("## Phase 2 Features"));
    assert_eq!(
        ws.read(".debussy/issues/7.md"),
        seed,
        "a body sent to GitHub leaves the file alone"
    );
}

#[test]
fn watch_issues_syncs_on_a_schedule() {
    let (ws, gh) = linked();
    synced_once(&ws, &gh);
    gh.set_title(REPO, 12, "Retitled on GitHub");
    let out = ws
        .gh(&gh.url)
        .args(["watch", "--issues", "--every", "1m", "--once"])
        .output()
        .expect("run");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        local(&ws).contains("title: \"Retitled on GitHub\""),
        "{}",
        local(&ws)
    );
    let bad = ws
        .gh(&gh.url)
        .env("GH_DEBUSSY_SYNC_INTERVAL", "soon")
        .args(["watch", "--issues", "--once"])
        .output()
        .expect("run");
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("GH_DEBUSSY_SYNC_INTERVAL"));
}

#[test]
fn assignees_are_mapped_through_users_and_an_unmapped_account_is_never_cleared() {
    let (ws, gh) = linked();
    ws.write(
        ".debussy/config.yaml",
        "github:\n  repo: acme/widgets\nusers:\n  alice:\n    github: alice-gh\n  bob:\n    github: bob-gh\n",
    );
    synced_once(&ws, &gh);
    // Alice is assigned on GitHub, with someone no one mapped; Bob locally.
    gh.set_assignees(REPO, 12, &["alice-gh", "stranger"]);
    let text = local(&ws).replace(
        "milestone: null\n",
        "milestone: null\nassignees: [\"bob\"]\n",
    );
    ws.write(".debussy/issues/1.md", &text);
    applied(&ws, &gh, 0);
    let mut on_github = gh.issue(REPO, 12).assignees;
    on_github.sort();
    assert_eq!(
        on_github,
        ["alice-gh", "bob-gh", "stranger"],
        "the stranger stays"
    );
    assert!(
        local(&ws).contains("assignees: [\"bob\", \"alice\"]"),
        "{}",
        local(&ws)
    );
    assert!(
        !local(&ws).contains("stranger"),
        "an unmapped account is not copied"
    );
    gh.clear_log();
    let again = sync(&ws, &gh, &["--all", "--apply"]);
    assert_eq!(again.status.code(), Some(0));
    assert!(gh.writes().is_empty(), "{:?}", gh.writes());
}

#[test]
fn a_users_entry_naming_an_unknown_tracker_is_exit_2() {
    let (ws, gh) = linked();
    ws.write(
        ".debussy/config.yaml",
        "users:\n  alice:\n    bitbucket: alice\n",
    );
    let out = sync(&ws, &gh, &["--all"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("users.alice.bitbucket"), "{stderr}");
}
