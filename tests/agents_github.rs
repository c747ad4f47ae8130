//! The agent facets on a remote tracker (PRODUCT §14), through the binary against
//! the fake GitHub: claims kept as issue comments decide `claimed:` and `issue
//! ready`, blocked-by links decide `blocked:`, the progress block decides `stage:`.

mod support;

use serde_json::Value;
use support::github::FakeGitHub;
use support::*;

const REPO: &str = "acme/widgets";

/// Three open issues: #2 waits for #1, agent-1 claims #3, #1 is at stage impl.
fn board() -> (Workspace, FakeGitHub) {
    let ws = Workspace::new();
    let gh = FakeGitHub::start();
    for (n, title) in [(1, "Storage"), (2, "Sync"), (3, "Docs")] {
        gh.add_issue(REPO, n, title);
    }
    gh.add_blocked_by(REPO, 2, 1);
    let mut claim = ws.gh(&gh.url);
    claim.env("GH_DEBUSSY_SYNC_AGENT", "agent-1");
    succeed(claim.args(["issue", "claim", "acme/widgets#3"]));
    succeed(
        ws.gh(&gh.url)
            .args(["issue", "progress", "acme/widgets#1", "--stage", "impl"]),
    );
    (ws, gh)
}

fn titles(ws: &Workspace, gh: &FakeGitHub, query: &str) -> Vec<String> {
    let mut cmd = ws.gh(&gh.url);
    cmd.env("GH_DEBUSSY_SYNC_AGENT", "agent-1");
    let out = json_stdout(&succeed(
        cmd.args(["--json", "issue", "search", "--in", REPO, query]),
    ));
    let mut got: Vec<String> = out["issues"]
        .as_array()
        .expect("issues")
        .iter()
        .map(|i| i["title"].as_str().unwrap_or_default().to_string())
        .collect();
    got.sort();
    got
}

#[test]
fn claims_blockers_and_stages_on_github_answer_the_query() {
    let (ws, gh) = board();
    assert_eq!(titles(&ws, &gh, "claimed:me"), ["Docs"]);
    assert_eq!(titles(&ws, &gh, "claimed:agent-1"), ["Docs"]);
    assert_eq!(titles(&ws, &gh, "claimed:none"), ["Storage", "Sync"]);
    assert_eq!(titles(&ws, &gh, "blocked:true"), ["Sync"]);
    assert_eq!(titles(&ws, &gh, "blocked:false"), ["Docs", "Storage"]);
    assert_eq!(titles(&ws, &gh, "stage:impl"), ["Storage"]);
    // Only the issues the rest of the query leaves are asked for their claims.
    gh.clear_log();
    assert_eq!(titles(&ws, &gh, "Docs claimed:me"), ["Docs"]);
    let read: Vec<String> = gh
        .requests_to("GET", "/comments")
        .iter()
        .map(|r| r.path.clone())
        .collect();
    assert!(
        !read.is_empty() && read.iter().all(|p| p.contains("/issues/3/")),
        "{read:?}"
    );
    // Without a facet term, no claim or dependency is read.
    gh.clear_log();
    assert_eq!(titles(&ws, &gh, "Docs"), ["Docs"]);
    assert!(gh.requests_to("GET", "/comments").is_empty());
    assert!(gh.requests_to("GET", "/dependencies").is_empty());
}

#[test]
fn ready_on_github_leaves_out_the_claimed_and_the_blocked() {
    let (ws, gh) = board();
    let ready = |ws: &Workspace| -> Vec<String> {
        let out: Value = json_stdout(&succeed(
            ws.gh(&gh.url).args(["--json", "issue", "ready", REPO]),
        ));
        out["ready"]
            .as_array()
            .expect("ready")
            .iter()
            .map(|i| i["ref"].as_str().unwrap_or_default().to_string())
            .collect()
    };
    assert_eq!(ready(&ws), ["acme/widgets#1"]);
    let mut release = ws.gh(&gh.url);
    release.env("GH_DEBUSSY_SYNC_AGENT", "agent-1");
    succeed(release.args(["issue", "claim", "release", "acme/widgets#3"]));
    let mut got = ready(&ws);
    got.sort();
    assert_eq!(got, ["acme/widgets#1", "acme/widgets#3"]);
}
