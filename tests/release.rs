//! `release create`: a draft release whose body is the plan's notes, made on the
//! plan's forge (GitHub, Gitea) — created once, edited when the notes change, left
//! alone when they do not, and previewed unless `--apply`.

mod support;

use assert_cmd::Command;
use serde_json::Value;
use support::gitea::FakeGitea;
use support::gitea_cli::{gitea_standard, REPO};
use support::github::releases::FakeRelease;
use support::*;

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Runs a command that must fail with exit 2 and returns its stderr.
fn refused(cmd: &mut Command) -> String {
    let out = cmd.output().expect("run");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The standard GitHub plan in a git checkout, phase 1 completed; the log cleared.
fn github_done() -> (Workspace, support::github::FakeGitHub, String) {
    let (ws, gh) = standard();
    let sha = git_commit(&ws);
    for event in ["start", "complete"] {
        succeed(ws.gh(&gh.url).args(["phase", event, "1", "--plan", PLAN]));
    }
    gh.clear_log();
    (ws, gh, sha)
}

/// The standard Gitea plan in a git checkout, phase 1 completed; the log cleared.
fn gitea_done() -> (Workspace, FakeGitea, String) {
    let (ws, gitea) = gitea_standard();
    let sha = git_commit(&ws);
    for event in ["start", "complete"] {
        succeed(
            ws.gitea(&gitea.url)
                .args(["phase", event, "1", "--plan", PLAN]),
        );
    }
    gitea.clear_log();
    (ws, gitea, sha)
}

fn release_of(list: &[FakeRelease]) -> &FakeRelease {
    assert_eq!(list.len(), 1, "exactly one release: {list:?}");
    &list[0]
}

/// The notes' markdown, as `plan notes` prints it.
fn notes(cmd: &mut Command) -> String {
    stdout(&succeed(cmd.args(["plan", "notes", "--plan", PLAN])))
}

#[test]
fn github_release_is_created_as_a_draft_with_the_notes_then_updated_then_left_alone() {
    let (ws, gh, sha) = github_done();
    let body = notes(&mut ws.gh(&gh.url));
    assert!(
        body.contains("### Phase 1: GitHub Issue Status Sync"),
        "{body}"
    );
    assert!(body.contains("[Issue 12]"), "{body}");
    let create = || {
        let mut cmd = ws.gh(&gh.url);
        cmd.args(["release", "create", "v1.0.0", "--plan", PLAN, "--apply"]);
        cmd
    };
    let report = json_stdout(&succeed(create().arg("--json")));
    assert_eq!(report["operations"][0]["action"], "create_release");
    assert_eq!(report["operations"][0]["status"], "applied");
    let list = gh.releases("acme/widgets");
    let stored = release_of(&list);
    assert_eq!(stored.tag, "v1.0.0");
    assert!(stored.draft, "a draft by default");
    assert_eq!(stored.target, sha);
    assert_eq!(stored.body, body);
    assert_eq!(gh.requests_to("POST", "/releases").len(), 1);

    // The notes change: issue 12 is closed, so the body says so; one PATCH.
    gh.close_issue("acme/widgets", 12, "completed");
    gh.clear_log();
    succeed(&mut create());
    let list = gh.releases("acme/widgets");
    let stored = release_of(&list);
    assert!(
        stored.body.contains("(`acme/widgets#12`, closed)"),
        "{}",
        stored.body
    );
    assert!(stored.draft);
    assert_eq!(gh.requests_to("PATCH", "/releases/").len(), 1);
    assert!(gh.requests_to("POST", "/releases").is_empty());

    gh.clear_log();
    let out = succeed(&mut create());
    assert!(stdout(&out).contains("up to date"), "{}", stdout(&out));
    let release_writes: Vec<_> = gh
        .writes()
        .into_iter()
        .filter(|w| w.path.contains("/releases"))
        .collect();
    assert!(release_writes.is_empty(), "{release_writes:?}");
    assert_eq!(gh.releases("acme/widgets").len(), 1);
}

#[test]
fn gitea_release_is_created_as_a_draft_with_the_notes_then_updated_then_left_alone() {
    let (ws, gitea, sha) = gitea_done();
    let body = notes(&mut ws.gitea(&gitea.url));
    assert!(body.contains("[Issue 12]"), "{body}");
    let create = || {
        let mut cmd = ws.gitea(&gitea.url);
        cmd.args(["release", "create", "v1.0.0", "--apply"]);
        cmd
    };
    succeed(&mut create());
    let list = gitea.releases(REPO);
    let stored = release_of(&list);
    assert_eq!((stored.tag.as_str(), stored.draft), ("v1.0.0", true));
    assert_eq!(stored.target, sha);
    assert_eq!(stored.body, body);

    gitea.set_issue_state(REPO, 12, support::gitea::IssueState::Closed);
    gitea.clear_log();
    succeed(&mut create());
    let list = gitea.releases(REPO);
    assert!(release_of(&list).body.contains("closed)"), "{list:?}");
    assert_eq!(gitea.requests_to("PATCH", "/releases/").len(), 1);
    assert!(gitea.requests_to("POST", "/releases").is_empty());

    gitea.clear_log();
    succeed(&mut create());
    assert!(gitea.writes().is_empty(), "{:?}", gitea.writes());
    assert_eq!(gitea.releases(REPO).len(), 1);
}

#[test]
fn preview_shows_the_release_and_writes_nothing() {
    let (ws, gh, sha) = github_done();
    let journal_before = journal_count(&ws);
    let out = succeed(
        ws.gh(&gh.url)
            .args(["release", "create", "v1.0.0", "--plan", PLAN]),
    );
    let text = stdout(&out);
    assert!(text.contains("create draft release v1.0.0 at "), "{text}");
    assert!(text.contains(&sha), "{text}");
    assert!(
        text.contains("### Phase 1: GitHub Issue Status Sync"),
        "{text}"
    );
    assert!(text.contains("--apply"), "{text}");
    assert!(gh.writes().is_empty(), "{:?}", gh.writes());
    assert!(gh.releases("acme/widgets").is_empty());
    assert_eq!(journal_count(&ws), journal_before);
    let report = json_stdout(&succeed(
        ws.gh(&gh.url)
            .args(["--json", "release", "create", "v1.0.0", "--plan", PLAN]),
    ));
    assert_eq!(report["dry_run"], true);
    assert_eq!(report["operations"][0]["status"], "planned");
    assert_eq!(report["release"]["draft"], true);
}

fn journal_count(ws: &Workspace) -> i64 {
    let conn = rusqlite::Connection::open(ws.path().join(".debussy/sync.db")).expect("sync.db");
    conn.query_row("SELECT count(*) FROM journal", [], |r| r.get(0))
        .expect("count")
}

#[test]
fn the_write_is_journaled_for_the_plan() {
    let (ws, gh, _) = github_done();
    let before = journal_count(&ws);
    succeed(
        ws.gh(&gh.url)
            .args(["release", "create", "v1.0.0", "--plan", PLAN, "--apply"]),
    );
    let conn = rusqlite::Connection::open(ws.path().join(".debussy/sync.db")).expect("sync.db");
    let (plan, action, target, status): (String, String, String, String) = conn
        .query_row(
            "SELECT plan, action, target, status FROM journal ORDER BY id DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .expect("row");
    assert_eq!(journal_count(&ws), before + 1);
    assert_eq!(plan, PLAN);
    assert_eq!(action, "create_release");
    assert_eq!(target, "acme/widgets release v1.0.0");
    assert_eq!(status, "applied");
}

#[test]
fn bad_input_exits_2_naming_it_and_writes_nothing() {
    let (ws, gh, _) = github_done();
    let cases: [(&[&str], &str); 6] = [
        (&["release", "create", "v 1"], "not a valid tag"),
        (&["release", "create", "v1..2"], "not a valid tag"),
        (&["release", "create", ""], "not a valid tag"),
        (
            &["release", "create", "v1", "--tracker", "bitbucket"],
            "--tracker",
        ),
        (
            &["release", "create", "v1", "--tracker", "jira"],
            "jira has no releases",
        ),
        (
            &["release", "create", "v1", "--target", "no-such-ref"],
            "--target",
        ),
    ];
    for (args, says) in cases {
        let err = refused(ws.gh(&gh.url).args(args).args(["--plan", PLAN, "--apply"]));
        assert!(err.contains(says), "{args:?}: {err}");
        assert!(err.contains("hint:"), "{args:?}: {err}");
    }
    assert!(gh.requests().is_empty(), "{:?}", gh.requests());
    assert!(gh.releases("acme/widgets").is_empty());
}

#[test]
fn a_plan_without_completed_work_has_nothing_to_release() {
    let (ws, gh) = standard();
    git_commit(&ws);
    let err = refused(
        ws.gh(&gh.url)
            .args(["release", "create", "v1.0.0", "--plan", PLAN, "--apply"]),
    );
    assert!(err.contains("nothing to release"), "{err}");
    assert!(gh.writes().is_empty(), "{:?}", gh.writes());
}

#[test]
fn a_local_plan_has_no_forge_to_release_on() {
    let ws = local_standard();
    succeed(ws.cmd().args(["phase", "start", "1"]));
    succeed(ws.cmd().args(["phase", "complete", "1"]));
    let err = refused(ws.cmd().args(["release", "create", "v1.0.0", "--apply"]));
    assert!(err.contains("no GitHub or Gitea repository"), "{err}");
}

#[test]
fn two_runs_at_once_make_one_release() {
    let (ws, gh, _) = github_done();
    succeed_all_at_once(2, || {
        let mut cmd = ws.gh(&gh.url);
        cmd.args(["release", "create", "v1.0.0", "--plan", PLAN, "--apply"]);
        cmd
    });
    release_of(&gh.releases("acme/widgets"));
    assert_eq!(gh.requests_to("POST", "/releases").len(), 1);
}

#[test]
fn publish_makes_the_draft_a_release_and_a_later_run_never_makes_it_a_draft_again() {
    let (ws, gitea, _) = gitea_done();
    let run = |extra: &[&str]| {
        succeed(
            ws.gitea(&gitea.url)
                .args(["release", "create", "v1.0.0", "--apply"])
                .args(extra),
        )
    };
    run(&[]);
    run(&["--publish"]);
    assert!(!release_of(&gitea.releases(REPO)).draft);
    gitea.clear_log();
    run(&[]);
    assert!(!release_of(&gitea.releases(REPO)).draft);
    assert!(gitea.writes().is_empty(), "{:?}", gitea.writes());
}

#[test]
fn close_milestone_closes_the_milestone_the_notes_were_selected_by() {
    let (ws, gitea, _) = gitea_done();
    let v1 = gitea.add_milestone(REPO, "v1.0", "");
    gitea.set_issue_milestone(REPO, 12, Some(v1));
    let report = json_stdout(&succeed(ws.gitea(&gitea.url).args([
        "--json",
        "release",
        "create",
        "v1.0.0",
        "--milestone",
        "v1.0",
        "--close-milestone",
        "--apply",
    ])));
    let actions: Vec<&Value> = report["operations"]
        .as_array()
        .expect("operations")
        .iter()
        .map(|o| &o["action"])
        .collect();
    assert_eq!(actions, ["create_release", "close_milestone"]);
    let milestone = gitea.milestone(REPO, v1).expect("milestone");
    assert_eq!(milestone.state, support::gitea::IssueState::Closed);
    assert_eq!(gitea.releases(REPO).len(), 1);
}

#[test]
fn close_milestone_without_milestone_is_refused_by_the_command_line() {
    let (ws, gitea, _) = gitea_done();
    let out = ws
        .gitea(&gitea.url)
        .args(["release", "create", "v1.0.0", "--close-milestone"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--milestone"));
    assert!(gitea.requests().is_empty());
}
