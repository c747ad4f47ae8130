//! `issue activity` on the fake Gitea: the issue timeline (PRODUCT §14).

mod support;

use support::gitea::FakeGitea;
use support::*;

const REPO: &str = "acme/widgets";
const AGENT: &str = "agent-7";

#[test]
fn activity_reads_the_gitea_timeline_with_comments_and_state_changes() {
    let ws = Workspace::new();
    let gitea = FakeGitea::start();
    gitea.add_issue(REPO, 1, "Storage");
    let issue = format!("gitea:{REPO}#1");
    let cmd = || {
        let mut c = ws.gitea(&gitea.url);
        c.env("GH_DEBUSSY_SYNC_AGENT", AGENT);
        c
    };
    succeed(cmd().args(["issue", "comment", &issue, "--body", "Halfway"]));
    succeed(cmd().args(["issue", "close", &issue]));
    let out = json_stdout(&succeed(
        cmd().args(["--json", "issue", "activity", &issue]),
    ));
    let tracker: Vec<(String, Option<String>)> = out["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .filter(|e| e["source"] == "tracker")
        .map(|e| {
            (
                e["event"].as_str().unwrap_or_default().to_string(),
                e["agent"].as_str().map(str::to_string),
            )
        })
        .collect();
    assert_eq!(
        tracker,
        [
            ("commented".to_string(), Some(AGENT.to_string())),
            ("closed".to_string(), None)
        ]
    );
    assert_eq!(
        gitea
            .requests()
            .iter()
            .filter(|r| r.path.contains("/issues/1/timeline"))
            .count(),
        1
    );
}
