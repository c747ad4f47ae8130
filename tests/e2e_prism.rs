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

#[test]
#[ignore = "needs Prism; run by .ci/run"]
fn webhook_traffic_conforms_to_githubs_rest_description() {
    let (ws, gh) = standard();
    let prism = Prism::start(&description("GITHUB_OPENAPI_SPEC"), &gh.url);
    let url = "https://hooks.example.com/webhook";
    let run = |args: &[&str]| {
        let out = ws
            .gh(&prism.url)
            .env("GITHUB_WEBHOOK_SECRET", "whsec_prism")
            .args(["webhook"])
            .args(args)
            .args(["--repo", "acme/widgets"])
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
    run(&["register", url, "--apply"]);
    run(&["register", url, "--events", "issues", "--apply"]);
    run(&["list"]);
    let hooks = gh.hooks("acme/widgets");
    assert_eq!(hooks.len(), 1, "{hooks:?}");
    run(&["remove", &hooks[0].id.to_string(), "--apply"]);
    assert!(gh.hooks("acme/widgets").is_empty());
    for (method, path) in [
        ("POST", "/hooks"),
        ("PATCH", "/hooks/"),
        ("DELETE", "/hooks/"),
    ] {
        assert_eq!(gh.requests_to(method, path).len(), 1, "{method} {path}");
    }
    prism.assert_no_violations();
}

#[test]
#[ignore = "needs Prism; run by .ci/run"]
fn publish_links_conform_to_githubs_rest_description() {
    use gh_debussy_sync::refs::{IssueRef, RepoRef};
    use gh_debussy_sync::tracker::github::{GitHubEndpoint, GitHubTracker, RetryPolicy, KIND};
    use gh_debussy_sync::tracker::publish::{PublishRead, PublishWrite, Written};
    use gh_debussy_sync::tracker::{Space, Tracker};

    let gh = github::FakeGitHub::start();
    for n in 1..=3 {
        gh.add_issue("acme/widgets", n, &format!("Issue {n}"));
    }
    let prism = Prism::start(&description("GITHUB_OPENAPI_SPEC"), &gh.url);
    // REST through Prism, GraphQL (the reads of the ids) to the fake directly.
    let endpoint = GitHubEndpoint::resolve(Some(&prism.url), None)
        .with_graphql_url(Some(&format!("{}/graphql", gh.url)));
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let tracker = {
        let _inside = rt.enter();
        let token = octocrab::secrecy::SecretString::from("test".to_string());
        GitHubTracker::new(&endpoint, token, RetryPolicy::default(), false).unwrap()
    };
    let repo = RepoRef::parse("acme/widgets").unwrap();
    let space = Space::Repo(KIND, repo.clone());
    let issue = |number| IssueRef::Repo {
        kind: KIND,
        repo: repo.clone(),
        number,
    };
    let writes = [
        PublishWrite::CreateMilestone {
            title: "v1".into(),
            due: Some("2026-03-01".into()),
        },
        PublishWrite::SubIssue {
            parent: issue(1),
            child: issue(2),
        },
        PublishWrite::SubIssue {
            parent: issue(1),
            child: issue(3),
        },
        PublishWrite::BlockedBy {
            issue: issue(3),
            blocker: issue(2),
        },
    ];
    let done = |results: Vec<_>| {
        assert!(
            results
                .iter()
                .all(|r| matches!(r, Ok(Written::Done | Written::Milestone(_)))),
            "{results:?}\nPrism:\n{}",
            prism.violations().join("\n")
        )
    };
    done(rt.block_on(tracker.publish_apply(&space, &writes)));
    // Linked already: GitHub's 422 validation error, which counts as done.
    done(rt.block_on(tracker.publish_apply(&space, &writes[1..])));
    let read = PublishRead {
        children_of: Some(issue(1)),
        ..PublishRead::default()
    };
    let seen = rt.block_on(tracker.publish_observe(&space, &read));
    let mut children = seen.children.expect("asked").expect("read");
    children.sort();
    assert_eq!(children, [issue(2), issue(3)]);
    assert_eq!(gh.sub_issues("acme/widgets", 1), [2, 3]);
    assert_eq!(gh.blocked_by("acme/widgets", 3), [2]);
    // The blocked-by list read back through Prism as well.
    let (status, body) = support::http::call(
        "GET",
        &format!(
            "{}/repos/acme/widgets/issues/3/dependencies/blocked_by",
            prism.url
        ),
        None,
    );
    assert_eq!(status, 200, "{body}");
    // Over REST: the milestone, two rounds of the blocked-by link, the sub-issues
    // read and the blocked-by read (sub-issues are added over GraphQL).
    prism.wait_for(|p| p.forwarded() >= 5);
    assert!(
        prism.forwarded() >= 5,
        "only {} requests",
        prism.forwarded()
    );
    prism.assert_no_violations();
}
