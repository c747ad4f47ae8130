//! `issue sync --apply` on a terminal: each conflict is asked, the side picked wins
//! that field, a skipped conflict stays (exit 6) and nothing is written for it.
//! `script` (util-linux) gives the command a terminal; the answers are its input.

mod support;

use support::github::FakeGitHub;
use support::*;

const REPO: &str = "acme/widgets";

/// A local issue linked to acme/widgets#12, synced once, then its title changed
/// differently on both sides.
fn conflicting() -> (Workspace, FakeGitHub) {
    let ws = Workspace::new();
    ws.write(".debussy/config.yaml", "github:\n  repo: acme/widgets\n");
    ws.write(
        ".debussy/issues/1.md",
        "---\nnumber: 1\ntitle: \"Flaky test\"\nstate: open\nlabels: []\nmilestone: null\nlinks: [\"acme/widgets#12\"]\n---\n\nIt fails on Tuesdays.\n",
    );
    let gh = FakeGitHub::start();
    gh.add_issue(REPO, 12, "Flaky test");
    gh.set_issue_body(REPO, 12, "It fails on Tuesdays.");
    succeed(ws.gh(&gh.url).args(["issue", "sync", "--all", "--apply"]));
    let text = ws.read(".debussy/issues/1.md");
    ws.write(
        ".debussy/issues/1.md",
        &text.replace("\"Flaky test\"", "\"Flaky test (local)\""),
    );
    gh.set_title(REPO, 12, "Flaky test (github)");
    gh.clear_log();
    (ws, gh)
}

/// `issue sync --all --apply` on a terminal, `answers` typed; exit code and screen.
fn on_terminal(ws: &Workspace, gh: &FakeGitHub, answers: &str) -> (Option<i32>, String) {
    use std::io::Write;
    let bin = assert_cmd::cargo::cargo_bin("gh-debussy-sync");
    let mut child = std::process::Command::new("script")
        .current_dir(ws.path())
        .env("GITHUB_API_URL", &gh.url)
        .env("GH_TOKEN", TOKEN)
        .env("NO_COLOR", "1")
        .args([
            "-qec",
            &format!("{} issue sync --all --apply", bin.display()),
            "/dev/null",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("script (util-linux) runs the command on a terminal");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(answers.as_bytes()).expect("answers");
    let out = child.wait_with_output().expect("the command ends");
    drop(stdin);
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn the_side_picked_at_the_terminal_wins_the_field() {
    let (ws, gh) = conflicting();
    let (code, screen) = on_terminal(&ws, &gh, "2\n");
    assert_eq!(code, Some(0), "{screen}");
    assert!(
        screen.contains("Conflict in title of local#1 ↔ acme/widgets#12 (base: \"Flaky test\")"),
        "{screen}"
    );
    assert!(
        screen.contains("2) acme/widgets#12: \"Flaky test (github)\""),
        "{screen}"
    );
    let local = ws.read(".debussy/issues/1.md");
    assert!(local.contains("title: \"Flaky test (github)\""), "{local}");
    assert_eq!(gh.issue(REPO, 12).title, "Flaky test (github)");
    assert!(
        gh.writes().is_empty(),
        "GitHub kept its title: {:?}",
        gh.writes()
    );
    // Settled: a plain sync afterwards finds nothing to do.
    let out = succeed(
        ws.gh(&gh.url)
            .args(["--json", "issue", "sync", "--all", "--apply"]),
    );
    assert_eq!(json_stdout(&out)["pairs"][0]["status"], "synced");
}

#[test]
fn a_skipped_conflict_is_left_as_it_is_and_exits_6() {
    let (ws, gh) = conflicting();
    let before = ws.read(".debussy/issues/1.md");
    let (code, screen) = on_terminal(&ws, &gh, "\n");
    assert_eq!(code, Some(6), "{screen}");
    assert!(screen.contains("Keep which?"), "{screen}");
    assert_eq!(ws.read(".debussy/issues/1.md"), before);
    assert!(gh.writes().is_empty(), "{:?}", gh.writes());
}

#[test]
fn without_a_terminal_nothing_is_asked() {
    let (ws, gh) = conflicting();
    let out = ws
        .gh(&gh.url)
        .args(["issue", "sync", "--all", "--apply"])
        .write_stdin("1\n")
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(6));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("Keep which?"));
    assert!(gh.writes().is_empty());
}
