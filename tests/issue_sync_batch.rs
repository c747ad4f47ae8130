//! `issue sync` over many links reads in batches: 200 linked local ↔ GitHub pairs
//! with nothing changed cost two GitHub requests (one query per 100 issues), and
//! 200 title changes six in all (the reads, the check right before writing, and
//! the edits as aliased mutations), through the binary against the fake GitHub.

mod support;

use support::github::FakeGitHub;
use support::*;

const REPO: &str = "acme/widgets";
const PAIRS: u64 = 200;

fn issue_file(n: u64, title: &str) -> String {
    format!(
        "---\nnumber: {n}\ntitle: \"{title}\"\nstate: open\nlabels: []\nmilestone: null\nlinks: [\"acme/widgets#{n}\"]\n---\n\nBody {n}.\n"
    )
}

/// 200 local issues, each linked to the GitHub issue of its number, alike on both
/// sides, and a first sync done (the bases).
fn linked() -> (Workspace, FakeGitHub) {
    let ws = Workspace::new();
    ws.write(".debussy/config.yaml", "github:\n  repo: acme/widgets\n");
    let gh = FakeGitHub::start();
    for n in 1..=PAIRS {
        ws.write(
            &format!(".debussy/issues/{n}.md"),
            &issue_file(n, &format!("Task {n}")),
        );
        gh.add_issue(REPO, n, &format!("Task {n}"));
        gh.set_issue_body(REPO, n, &format!("Body {n}."));
    }
    let out = sync(&ws, &gh);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    gh.clear_log();
    (ws, gh)
}

fn sync(ws: &Workspace, gh: &FakeGitHub) -> std::process::Output {
    ws.gh(&gh.url)
        .args(["--json", "issue", "sync", "--all", "--apply"])
        .output()
        .expect("run")
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The pairs of the report and how many are `synced`.
fn synced(out: &std::process::Output) -> (usize, usize) {
    let report = json_stdout(out);
    let pairs = report["pairs"].as_array().expect("pairs");
    let ok = pairs.iter().filter(|p| p["status"] == "synced").count();
    (pairs.len(), ok)
}

#[test]
fn two_hundred_pairs_with_nothing_changed_cost_two_requests() {
    let (ws, gh) = linked();
    let out = sync(&ws, &gh);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(synced(&out), (PAIRS as usize, PAIRS as usize));
    let requests = gh.requests();
    assert!(requests.len() <= 2, "{} requests", requests.len());
    assert_eq!(gh.graphql_requests("query").len(), requests.len());
    assert_eq!(gh.write_operations(), 0, "nothing written");
}

#[test]
fn two_hundred_title_changes_cost_six_requests_in_all() {
    let (ws, gh) = linked();
    for n in 1..=PAIRS {
        ws.write(
            &format!(".debussy/issues/{n}.md"),
            &issue_file(n, &format!("Task {n}, renamed")),
        );
    }
    let out = sync(&ws, &gh);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(synced(&out), (PAIRS as usize, PAIRS as usize));
    let requests = gh.requests();
    assert!(requests.len() <= 6, "{} requests", requests.len());
    assert_eq!(
        gh.mutations("updateIssue"),
        PAIRS as usize,
        "one edit per issue"
    );
    assert!(
        requests.iter().all(|r| r.path.ends_with("/graphql")),
        "nothing over REST"
    );
    for n in 1..=PAIRS {
        assert_eq!(gh.issue(REPO, n).title, format!("Task {n}, renamed"));
        assert_eq!(gh.issue_body(REPO, n), format!("Body {n}."));
    }
    // A repeat finds both sides alike: reads only.
    gh.clear_log();
    let again = sync(&ws, &gh);
    assert_eq!(synced(&again), (PAIRS as usize, PAIRS as usize));
    assert!(gh.graphql_requests("mutation").is_empty());
}
