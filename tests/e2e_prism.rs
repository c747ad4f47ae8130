//! End-to-end: the real binary talks to the fake GitHub through Prism's validating
//! proxy, which checks every request and response against GitHub's official REST
//! description. Any violation fails the suite.
//!
//! Needs Node and the tools of `tests/e2e/` (`.ci/run` installs them and sets
//! `GITHUB_OPENAPI_SPEC`); run with `cargo test --test e2e_prism -- --ignored`.

mod support;

use support::prism::{description, Prism};
use support::*;

#[test]
#[ignore = "needs Prism; run by .ci/run"]
fn lifecycle_traffic_conforms_to_githubs_rest_description() {
    let (ws, gh) = standard();
    gh.add_milestone("acme/widgets", 3, "v1", "Ship the sync.");
    gh.set_issue_milestone("acme/widgets", 10, 3);
    gh.set_issue_labels("acme/widgets", 12, &["bug"]);
    let prism = Prism::start(&description("GITHUB_OPENAPI_SPEC"), &gh.url);
    // REST goes through Prism; GraphQL (not part of the REST description) goes to
    // the fake directly, and its documents are validated against GitHub's GraphQL
    // schema by `.ci/run`.
    let graphql = format!("{}/graphql", gh.url);
    let run = |args: &[&str]| {
        let out = ws
            .gh(&prism.url)
            .env("GITHUB_GRAPHQL_URL", &graphql)
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?} failed:\n{}\n{}\nPrism:\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr),
            prism.violations().join("\n")
        );
    };
    run(&["--dry-run", "phase", "start", "1"]);
    run(&["phase", "start", "1"]);
    run(&["phase", "start", "1"]);
    run(&["phase", "complete", "1"]);
    run(&["phase", "fail", "2"]);
    run(&["phase", "start", "2"]);
    run(&["phase", "complete", "2"]);
    run(&["--yes", "plan", "complete", "--auto-close"]);
    run(&["plan", "complete", "--auto-close"]);

    // The issue commands, through the same validating proxy.
    run(&[
        "issue",
        "create",
        "acme/widgets",
        "--title",
        "Filed from the CLI",
        "--body",
        "Details",
        "--label",
        "p1",
        "--assignee",
        "ana",
    ]);
    run(&[
        "issue",
        "list",
        "acme/widgets",
        "--state",
        "all",
        "--label",
        "p1",
    ]);
    run(&[
        "issue",
        "edit",
        "acme/widgets#13",
        "--title",
        "Renamed",
        "--add-label",
        "p2",
        "--remove-label",
        "p1",
        "--add-assignee",
        "bo",
        "--remove-assignee",
        "ana",
        "--milestone",
        "3",
    ]);
    run(&["issue", "comment", "acme/widgets#13", "--body", "A note"]);
    run(&[
        "issue",
        "close",
        "acme/widgets#13",
        "--reason",
        "not-planned",
    ]);
    run(&["issue", "reopen", "acme/widgets#13"]);
    run(&["issue", "view", "acme/widgets#13"]);
    let filed = gh.issue("acme/widgets", 13);
    assert_eq!(filed.title, "Renamed");
    assert_eq!(filed.labels, ["p2"]);
    assert_eq!(filed.assignees, ["bo"]);
    assert_eq!(filed.state, "open");

    let issue = gh.issue("acme/widgets", 10);
    assert_eq!(issue.state, "closed");
    assert_eq!(gh.comments("acme/widgets", 10).len(), 1);
    assert!(gh
        .milestone_description("acme/widgets", 3)
        .contains("2/2 phases (100%)"));
    // The lifecycle reads and writes issues through GraphQL; REST carries the
    // milestone descriptions and every issue command.
    assert!(
        prism.forwarded() >= 20,
        "only {} requests went through Prism",
        prism.forwarded()
    );
    prism.assert_no_violations();
}

#[test]
#[ignore = "needs Prism; run by .ci/run"]
fn release_traffic_conforms_to_githubs_rest_description() {
    let (ws, gh) = standard();
    let sha = git_commit(&ws);
    let prism = Prism::start(&description("GITHUB_OPENAPI_SPEC"), &gh.url);
    let graphql = format!("{}/graphql", gh.url);
    let run = |args: &[&str]| {
        let out = ws
            .gh(&prism.url)
            .env("GITHUB_GRAPHQL_URL", &graphql)
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?} failed:\n{}\n{}\nPrism:\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr),
            prism.violations().join("\n")
        );
    };
    run(&["phase", "start", "1"]);
    run(&["phase", "complete", "1"]);
    run(&["release", "create", "v1.0.0", "--apply"]);
    gh.close_issue("acme/widgets", 12, "completed");
    run(&["release", "create", "v1.0.0", "--apply"]);
    run(&["release", "create", "v1.0.0", "--publish", "--apply"]);
    let releases = gh.releases("acme/widgets");
    assert_eq!(releases.len(), 1, "{releases:?}");
    assert_eq!(releases[0].target, sha);
    assert!(!releases[0].draft);
    assert!(releases[0].body.contains("closed)"), "{}", releases[0].body);
    prism.assert_no_violations();
}
