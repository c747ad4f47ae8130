//! Dependencies and `issue ready` on the fake Gitea: its own dependency lists.

mod support;

use serde_json::Value;
use support::gitea::{FakeGitea, IssueState};
use support::*;

const REPO: &str = "acme/widgets";

fn ready(out: &Value) -> Vec<String> {
    let mut refs: Vec<String> = out["ready"]
        .as_array()
        .expect("ready list")
        .iter()
        .map(|i| i["ref"].as_str().expect("ref").to_string())
        .collect();
    refs.sort();
    refs
}

#[test]
fn ready_reads_gitea_dependencies_and_depends_writes_them() {
    let ws = Workspace::new();
    let gitea = FakeGitea::start();
    for n in 1..=4 {
        gitea.add_issue(REPO, n, &format!("Task {n}"));
    }
    gitea.add_dependency(REPO, 2, 1);
    gitea.add_dependency(REPO, 3, 2);
    let run = |args: &[&str]| json_stdout(&succeed(ws.gitea(&gitea.url).arg("--json").args(args)));
    let q = |n: u64| format!("gitea:{REPO}#{n}");
    assert_eq!(
        ready(&run(&["issue", "ready", "gitea:acme/widgets"])),
        [q(1), q(4)]
    );
    gitea.set_issue_state(REPO, 1, IssueState::Closed);
    assert_eq!(
        ready(&run(&["issue", "ready", "gitea:acme/widgets"])),
        [q(2), q(4)]
    );
    run(&["issue", "depends", "add", &q(4), "--on", &q(3)]);
    let blockers = gitea.issue(REPO, 4).expect("issue 4").depends_on;
    assert_eq!(blockers.len(), 1);
    assert_eq!(blockers[0].number, 3);
    let cycle = ws
        .gitea(&gitea.url)
        .args(["issue", "depends", "add", &q(2), "--on", &q(4)])
        .output()
        .expect("run");
    assert_eq!(cycle.status.code(), Some(2));
    let err = String::from_utf8_lossy(&cycle.stderr);
    assert!(
        err.contains(&format!("{} → {} → {} → {}", q(2), q(4), q(3), q(2))),
        "{err}"
    );
    run(&["issue", "depends", "remove", &q(4), "--on", &q(3)]);
    assert!(gitea.issue(REPO, 4).expect("issue 4").depends_on.is_empty());
}
