//! End-to-end: the calls the Gitea tracker makes, sent through Prism's validating
//! proxy to the fake Gitea. Prism checks every request and every response against
//! Gitea 1.22's official Swagger description; any violation fails the suite. Two
//! tests show that it would: a wrong request and a wrong fake answer are reported.
//!
//! Needs Node and the tools of `tests/e2e/` (`.ci/run` installs them, prepares the
//! description with `tests/e2e/prepare-gitea-spec.mjs` and sets `GITEA_OPENAPI_SPEC`);
//! run with `cargo test --test e2e_gitea_prism -- --ignored`. The last test runs the
//! binary's whole lifecycle through the proxy. How it works:
//! `tests/e2e/README.md`.

mod support;

use serde_json::{json, Value};
use support::gitea::*;
use support::gitea_cli::gitea_workspace;
use support::prism::{description, Prism};

const REPO: &str = "acme/widgets";

/// Prism in front of the fake Gitea, validating against Gitea's description.
fn in_front_of(gitea: &FakeGitea) -> Prism {
    Prism::start(&description("GITEA_OPENAPI_SPEC"), &gitea.url)
}

/// What the Gitea suite asks of Prism beyond the shared launcher.
impl Prism {
    /// Asserts that every request the fake received came through Prism, and that
    /// Prism found nothing wrong with any of them or their answers.
    fn assert_clean(&self, gitea: &FakeGitea) {
        let received = gitea.requests().len();
        self.wait_for(|p| p.forwarded() >= received);
        assert_eq!(self.forwarded(), received, "requests that bypassed Prism");
        self.assert_no_violations();
    }

    /// A client of the API behind Prism, with the fake's token.
    fn client(&self) -> ApiClient {
        ApiClient::new(&format!("{}/api/v1", self.url), Some(GITEA_TOKEN))
    }

    /// Sends a call that must pass Prism both ways and get `status` from the fake.
    fn call(
        &self,
        api: &ApiClient,
        method: &str,
        path: &str,
        body: Option<Value>,
        status: u16,
    ) -> Reply {
        let reply = api.send(method, path, body.as_ref());
        assert!(
            reply.status == status && reply.header("sl-violations").is_none(),
            "{method} {path}: {} {}\nPrism:\n{}",
            reply.status,
            reply.text,
            self.violations().join("\n")
        );
        reply
    }
}

/// The `number`s of a list answer.
fn numbers(reply: &Reply) -> Vec<u64> {
    reply
        .json
        .as_array()
        .map(|a| a.iter().filter_map(|i| i["number"].as_u64()).collect())
        .unwrap_or_default()
}

fn repo(path: &str) -> String {
    format!("/repos/{REPO}{path}")
}

/// Issues 1–5, pull request 6, label `bug` on issue 1, milestone `v1` holding 1 and 2.
fn seeded(gitea: &FakeGitea) -> (u64, u64) {
    for n in 1..=5 {
        gitea.add_issue(REPO, n, &format!("Issue {n}"));
    }
    gitea.add_pull_request(REPO, 6, "A change");
    let bug = gitea.add_label(REPO, "bug", "ee0701");
    gitea.set_issue_labels(REPO, 1, &[bug]);
    let v1 = gitea.add_milestone(REPO, "v1", "First release.");
    gitea.set_issue_milestone(REPO, 1, Some(v1));
    gitea.set_issue_milestone(REPO, 2, Some(v1));
    (bug, v1)
}

/// Reads every issue of the repository in pages of two, following `Link`.
fn read_all_issues(prism: &Prism, api: &ApiClient) -> (Vec<u64>, usize) {
    let mut seen = Vec::new();
    let mut pages = 0;
    let mut next = Some(repo("/issues?state=all&type=issues&limit=2"));
    while let Some(url) = next {
        let page = prism.call(api, "GET", &url, None, 200);
        assert_eq!(page.header("x-total-count"), Some("5"));
        seen.extend(numbers(&page));
        pages += 1;
        next = page.link("next");
    }
    (seen, pages)
}

#[test]
#[ignore = "needs Prism; run by .ci/run"]
fn every_call_of_the_gitea_tracker_conforms_to_giteas_description() {
    let gitea = FakeGitea::start();
    let (bug, v1) = seeded(&gitea);
    let prism = in_front_of(&gitea);
    gitea.set_root_url(&prism.url);
    let api = prism.client();
    let call = |method: &str, path: &str, body: Option<Value>, status: u16| {
        prism.call(&api, method, path, body, status)
    };

    // doctor: the server, the token's owner, the repository's settings.
    call("GET", "/version", None, 200);
    call("GET", "/user", None, 200);
    let settings = call("GET", &repo(""), None, 200);
    assert_eq!(
        settings.json["internal_tracker"]["enable_issue_dependencies"],
        true
    );

    // Observing many issues: paged list requests, following the Link header.
    let (seen, pages) = read_all_issues(&prism, &api);
    assert_eq!((seen, pages), (vec![5, 4, 3, 2, 1], 3));
    let labelled = call(
        "GET",
        &repo("/issues?labels=bug&type=issues&limit=50"),
        None,
        200,
    );
    assert_eq!(numbers(&labelled), [1]);
    call("GET", &repo("/issues/1"), None, 200);
    call("GET", &repo("/issues/99"), None, 404);

    // State labels: created with their color when missing, added by id, removed
    // one id at a time. The wholesale replace is checked too, though the tracker
    // must never send it.
    call("GET", &repo("/labels?limit=50"), None, 200);
    let created = call(
        "POST",
        &repo("/labels"),
        Some(
            json!({"name": "debussy:in-progress", "color": "#fbca04", "description": "A Debussy phase is running"}),
        ),
        201,
    );
    let state = created.json["id"].as_u64().expect("label id");
    call(
        "POST",
        &repo("/issues/1/labels"),
        Some(json!({"labels": [state]})),
        200,
    );
    call("GET", &repo("/issues/1/labels"), None, 200);
    call(
        "DELETE",
        &repo(&format!("/issues/1/labels/{bug}")),
        None,
        204,
    );
    call(
        "PUT",
        &repo("/issues/2/labels"),
        Some(json!({"labels": [state]})),
        200,
    );

    // The milestone's progress line.
    call("GET", &repo("/milestones?state=all&limit=50"), None, 200);
    call("GET", &repo(&format!("/milestones/{v1}")), None, 200);
    let progress = "First release.\n\n<!-- debussy-sync:progress -->1/2 phases (50%)";
    call(
        "PATCH",
        &repo(&format!("/milestones/{v1}")),
        Some(json!({"description": progress})),
        200,
    );

    // Auto-close: one marker-protected comment, then a plain close.
    call("GET", &repo("/issues/1/comments"), None, 200);
    let marker = "<!-- debussy-sync:plan-complete -->\nAll phases of the plan are completed.";
    call(
        "POST",
        &repo("/issues/1/comments"),
        Some(json!({"body": marker})),
        201,
    );
    call(
        "PATCH",
        &repo("/issues/1"),
        Some(json!({"state": "closed"})),
        201,
    );

    // Native dependencies: an open blocker makes Gitea refuse the close.
    let blocker = json!({"owner": "acme", "repo": "widgets", "index": 4});
    call(
        "POST",
        &repo("/issues/3/dependencies"),
        Some(blocker.clone()),
        201,
    );
    let blockers = call("GET", &repo("/issues/3/dependencies?limit=50"), None, 200);
    assert_eq!(numbers(&blockers), [4]);
    call("GET", &repo("/issues/4/blocks"), None, 200);
    let refused = call(
        "PATCH",
        &repo("/issues/3"),
        Some(json!({"state": "closed"})),
        412,
    );
    assert_eq!(refused.json["message"], DEPENDENCIES_LEFT);
    call(
        "DELETE",
        &repo("/issues/3/dependencies"),
        Some(blocker),
        200,
    );
    call(
        "PATCH",
        &repo("/issues/3"),
        Some(json!({"state": "closed"})),
        201,
    );
    call(
        "PATCH",
        &repo("/issues/3"),
        Some(json!({"state": "open"})),
        201,
    );

    // issue create.
    call(
        "POST",
        &repo("/issues"),
        Some(
            json!({"title": "Filed from the CLI", "body": "Details", "labels": [state], "milestone": v1}),
        ),
        201,
    );

    let closed = gitea.issue(REPO, 1).expect("issue 1");
    assert_eq!(closed.state, IssueState::Closed);
    assert_eq!(gitea.issue_label_names(REPO, 1), ["debussy:in-progress"]);
    assert_eq!(gitea.comments(REPO, 1), [marker]);
    assert_eq!(gitea.milestone(REPO, v1).expect("v1").description, progress);
    assert_eq!(gitea.requests().len(), 29);
    prism.assert_clean(&gitea);
}

#[test]
#[ignore = "needs Prism; run by .ci/run"]
fn a_gitea_under_a_sub_path_conforms_through_the_proxy() {
    let gitea = FakeGitea::start_at("/gitea");
    seeded(&gitea);
    // Prism keeps the upstream's path: /api/v1/… is forwarded to /gitea/api/v1/….
    let prism = in_front_of(&gitea);
    gitea.set_root_url(&prism.url);
    let api = prism.client();
    let (seen, _) = read_all_issues(&prism, &api);
    assert_eq!(seen, [5, 4, 3, 2, 1]);
    prism.call(&api, "GET", &repo("/issues/2"), None, 200);
    let marker = json!({"body": "<!-- debussy-sync:plan-complete -->\nDone."});
    prism.call(&api, "POST", &repo("/issues/2/comments"), Some(marker), 201);
    prism.call(
        &api,
        "PATCH",
        &repo("/issues/2"),
        Some(json!({"state": "closed"})),
        201,
    );

    // The fake logs paths under its API root: these arrived at /gitea/api/v1.
    assert_eq!(
        gitea.requests_to("GET", "/repos/acme/widgets/issues").len(),
        4
    );
    assert_eq!(gitea.comments(REPO, 2).len(), 1);
    prism.assert_clean(&gitea);
}

#[test]
#[ignore = "needs Prism; run by .ci/run"]
fn prism_reports_requests_that_break_giteas_description() {
    let gitea = FakeGitea::start();
    seeded(&gitea);
    let prism = in_front_of(&gitea);
    let api = prism.client();
    for (method, path, body, field) in [
        // Labels must be a list (of ids or names), not one name.
        (
            "POST",
            "/issues/1/labels",
            json!({"labels": "bug"}),
            "labels",
        ),
        // An issue needs a title.
        ("POST", "/issues", json!({"body": "no title"}), "title"),
    ] {
        let reply = api.send(method, &repo(path), Some(&body));
        assert_eq!(reply.status, 422, "{method} {path}: {}", reply.text);
        assert!(
            reply.json["validation"].to_string().contains(field),
            "{}",
            reply.text
        );
    }
    assert!(gitea.writes().is_empty(), "Prism let a bad request through");
    prism.wait_for(|p| p.violations().len() >= 2);
    assert_eq!(prism.violations().len(), 2, "{}", prism.lines().join("\n"));
}

#[test]
#[ignore = "needs Prism; run by .ci/run"]
fn prism_reports_a_fake_answer_that_breaks_giteas_description() {
    let gitea = FakeGitea::start();
    seeded(&gitea);
    let prism = in_front_of(&gitea);
    let api = prism.client();
    gitea.inject("GET", "/issues/1", FaultKind::MalformedIssue, 1);
    let reply = api.get(&repo("/issues/1"));
    assert_eq!(reply.status, 500, "{}", reply.text);
    let violations = reply.header("sl-violations").unwrap_or_default();
    for field in ["number", "labels"] {
        assert!(violations.contains(field), "{violations}");
    }
    prism.wait_for(|p| !p.violations().is_empty());
    assert_eq!(prism.violations().len(), 1, "{}", prism.lines().join("\n"));
    // The same read, answered correctly, passes.
    prism.call(&api, "GET", &repo("/issues/1"), None, 200);
}

#[test]
#[ignore = "needs Prism; run by .ci/run"]
fn the_binarys_lifecycle_traffic_conforms_to_giteas_description() {
    let gitea = FakeGitea::start();
    for n in [10, 11, 12] {
        gitea.add_issue(REPO, n, &format!("Issue {n}"));
    }
    let v1 = gitea.add_milestone(REPO, "v1", "Ship the sync.");
    gitea.set_issue_milestone(REPO, 10, Some(v1));
    let bug = gitea.add_label(REPO, "bug", "ee0701");
    gitea.set_issue_labels(REPO, 12, &[bug]);
    let prism = in_front_of(&gitea);
    // Links in list answers lead back through Prism.
    gitea.set_root_url(&prism.url);
    let ws = gitea_workspace();
    let run = |args: &[&str]| {
        let out = ws
            .gitea(&prism.url)
            .args(args)
            .output()
            .expect("run the binary");
        assert!(
            out.status.success(),
            "{args:?} failed:\n{}\n{}\nPrism:\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr),
            prism.violations().join("\n")
        );
    };
    run(&["--dry-run", "phase", "start", "1"]);
    assert!(gitea.writes().is_empty(), "the dry run wrote");
    run(&["phase", "start", "1"]);
    run(&["phase", "complete", "1"]);
    run(&["phase", "start", "2"]);
    run(&["phase", "complete", "2"]);
    run(&["plan", "complete", "--auto-close"]);
    // The repeat: reads only.
    let writes = gitea.writes().len();
    run(&["plan", "complete", "--auto-close"]);
    run(&["phase", "complete", "2"]);
    assert_eq!(gitea.writes().len(), writes, "{:?}", gitea.writes());

    for n in [10, 11, 12] {
        let issue = gitea.issue(REPO, n).expect("issue");
        assert_eq!(issue.state, IssueState::Closed, "issue {n}");
        assert_eq!(gitea.comments(REPO, n).len(), 1, "issue {n}");
    }
    assert_eq!(gitea.issue_label_names(REPO, 10), ["debussy:completed"]);
    assert_eq!(
        gitea.issue_label_names(REPO, 12),
        ["bug", "debussy:completed"]
    );
    let progress = gitea.milestone(REPO, v1).expect("v1").description;
    assert!(progress.starts_with("Ship the sync."), "{progress:?}");
    assert!(progress.contains("2/2 phases (100%)"), "{progress:?}");
    assert!(gitea.requests().iter().all(|r| r.method != "PUT"));
    prism.assert_clean(&gitea);
}

#[test]
#[ignore = "needs Prism; run by .ci/run"]
fn release_create_traffic_conforms_to_giteas_description() {
    let gitea = FakeGitea::start();
    for n in [10, 11, 12] {
        gitea.add_issue(REPO, n, &format!("Issue {n}"));
    }
    let v1 = gitea.add_milestone(REPO, "v1", "");
    gitea.set_issue_milestone(REPO, 12, Some(v1));
    let prism = in_front_of(&gitea);
    gitea.set_root_url(&prism.url);
    let ws = gitea_workspace();
    let sha = support::git_commit(&ws);
    let run = |args: &[&str]| {
        let out = ws
            .gitea(&prism.url)
            .args(args)
            .output()
            .expect("run the binary");
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
    gitea.set_issue_state(REPO, 12, IssueState::Closed);
    run(&[
        "release",
        "create",
        "v1.0.0",
        "--milestone",
        "v1",
        "--close-milestone",
        "--apply",
    ]);
    let releases = gitea.releases(REPO);
    assert_eq!(releases.len(), 1, "{releases:?}");
    assert_eq!(releases[0].target, sha);
    assert!(releases[0].draft);
    let milestone = gitea.milestone(REPO, v1).expect("v1");
    assert_eq!(milestone.state, IssueState::Closed);
    prism.assert_clean(&gitea);
}

#[test]
#[ignore = "needs Prism; run by .ci/run"]
fn webhook_traffic_conforms_to_giteas_description() {
    let gitea = FakeGitea::start();
    gitea.add_issue(REPO, 1, "Issue 1");
    let prism = in_front_of(&gitea);
    gitea.set_root_url(&prism.url);
    let ws = gitea_workspace();
    let url = "https://hooks.example.com/webhook";
    let run = |args: &[&str]| {
        let out = ws
            .gitea(&prism.url)
            .env("GITEA_WEBHOOK_SECRET", "gitea_hook_prism")
            .arg("webhook")
            .args(args)
            .args(["--tracker", "gitea", "--repo", REPO])
            .output()
            .expect("run the binary");
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
    let hooks = gitea.hooks(REPO);
    assert_eq!(hooks.len(), 1, "{hooks:?}");
    assert_eq!(hooks[0].events, vec!["issues".to_string()]);
    run(&["remove", &hooks[0].id.to_string(), "--apply"]);
    assert!(gitea.hooks(REPO).is_empty());
    prism.assert_clean(&gitea);
}

#[test]
#[ignore = "needs Prism; run by .ci/run"]
fn plan_publish_traffic_conforms_to_giteas_description() {
    let gitea = FakeGitea::start();
    gitea.add_repo(REPO);
    let prism = in_front_of(&gitea);
    gitea.set_root_url(&prism.url);
    let ws = support::Workspace::new();
    let plan = "plans/pub/MASTER_PLAN.md";
    ws.write(
        plan,
        "# Widgets - Master Plan\n\n**Gitea Repo:** acme/widgets\n\n## Overview\n\nShip it.\n\n| Phase | Title | Status |\n|---|---|---|\n| 1 | [Storage](phase-1.md) | Pending |\n| 2 | [API](phase-2.md) | Pending |\n",
    );
    ws.write(
        "plans/pub/phase-1.md",
        "# Phase 1: Storage\n\n**Depends On:** N/A\n\n## Tasks\n\n- [ ] 1.1: Store\n",
    );
    ws.write(
        "plans/pub/phase-2.md",
        "# Phase 2: API\n\n**Depends On:** Phase 1\n\n## Tasks\n\n- [ ] 2.1: Serve\n",
    );
    let run = || {
        let out = ws
            .gitea(&prism.url)
            .args(["plan", "publish", "--plan", plan, "--tracker", "gitea"])
            .args(["--milestone", "v1", "--due", "2026-12-31", "--apply"])
            .output()
            .expect("run the binary");
        assert!(
            out.status.success(),
            "{}\n{}\nPrism:\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr),
            prism.violations().join("\n")
        );
    };
    run();
    let writes = gitea.writes().len();
    run();
    assert_eq!(gitea.writes().len(), writes, "the repeat wrote");
    let blocked = gitea.issue(REPO, 3).expect("phase 2's issue");
    assert_eq!(blocked.depends_on.len(), 1);
    assert_eq!(gitea.milestones(REPO).len(), 1);
    prism.assert_clean(&gitea);
}

#[test]
#[ignore = "needs Prism; run by .ci/run"]
fn query_traffic_conforms_to_giteas_description() {
    let gitea = FakeGitea::start();
    let bug = gitea.add_label(REPO, "bug", "ee0701");
    for n in 1..=3 {
        gitea.add_issue(REPO, n, &format!("Crash {n}"));
    }
    gitea.set_issue_labels(REPO, 2, &[bug]);
    gitea.set_issue_assignees(REPO, 2, &["alice"]);
    let prism = in_front_of(&gitea);
    gitea.set_root_url(&prism.url);
    let ws = gitea_workspace();
    let query = r#"is:open label:BUG -label:wontfix assignee:alice author:sync-bot milestone:"Q1 Release" updated:<30d crash"#;
    let out = ws
        .gitea(&prism.url)
        .args([
            "--json",
            "issue",
            "search",
            query,
            "--in",
            "gitea:acme/widgets",
        ])
        .output()
        .expect("run the binary");
    assert!(
        out.status.success(),
        "{}\nPrism:\n{}",
        String::from_utf8_lossy(&out.stderr),
        prism.violations().join("\n")
    );
    let list = gitea
        .requests_to("GET", "/repos/acme/widgets/issues")
        .pop()
        .expect("an issue list");
    for key in [
        "labels",
        "assigned_by",
        "created_by",
        "milestones",
        "since",
        "q",
    ] {
        assert!(list.query(key).is_some(), "{key} not sent: {list:?}");
    }
    prism.assert_clean(&gitea);
}
