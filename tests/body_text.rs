//! Text for a body or comment (`--body`, `--body-file FILE|-`) is read the same way
//! by `issue` and `jira` commands.

mod support;

use support::jira::{FakeJira, Flavor};
use support::*;

#[test]
fn jira_comment_with_a_missing_body_file_names_the_flag_and_posts_nothing() {
    let fake = FakeJira::start(Flavor::Cloud);
    fake.add_issue("PROJ-1", "Plan issue");
    let ws = jira_workspace("cloud");
    let out = jira_cmd(&ws, &fake)
        .args(["jira", "comment", "PROJ-1", "--body-file", "missing.md"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("--body-file missing.md: "), "{stderr}");
    assert!(fake.writes().is_empty());
}

#[test]
fn issue_comment_with_a_missing_body_file_names_the_flag_and_writes_nothing() {
    let ws = Workspace::new();
    let out = ws
        .cmd()
        .args(["issue", "comment", "local#1", "--body-file", "missing.md"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("--body-file missing.md: no such file or directory"),
        "{stderr}"
    );
    assert!(!stderr.contains("os error"), "{stderr}");
    assert!(!ws.path().join(".debussy/issues").exists());
}
