//! `serve`, the webhook receiver (PRODUCT §15): the real binary over real HTTP,
//! with the fake GitHub and Gitea as the trackers.

mod support;

use std::process::Command;
use support::gitea::IssueState;
use support::gitea_cli::{gitea_standard, REPO};
use support::github::FakeGitHub;
use support::serve::{
    eventually, github_headers, handled_counts, issues_payload, request, serve_binary, sign,
    try_request, Server, GITEA_SECRET, GITHUB_SECRET,
};
use support::{standard, succeed, Workspace, TOKEN};

fn apply_on_drift(ws: &Workspace) {
    ws.write(".debussy/config.yaml", "serve:\n  on_drift: apply\n");
}

/// Started and done with its catch-up (every plan judged once).
fn started(cmd: Command) -> Server {
    let server = Server::start(cmd, &[]);
    eventually("the catch-up judged the plan", || {
        !server.health()["last_sync"].is_null()
    });
    server
}

fn handled(ws: &Workspace, id: &str) -> Option<i64> {
    handled_counts(ws.path())
        .into_iter()
        .find(|(i, _)| i == id)
        .map(|(_, n)| n)
}

/// The standard plan with phase 1 started, so #11 should be open.
fn github_started() -> (Workspace, FakeGitHub) {
    let (ws, gh) = standard();
    succeed(ws.gh(&gh.url).args(["phase", "start", "1"]));
    (ws, gh)
}

#[test]
fn githubs_test_vector_passes_the_server_and_a_flipped_byte_is_401() {
    let ws = Workspace::new();
    let mut cmd = serve_binary(&ws, None, None);
    cmd.env("GITHUB_WEBHOOK_SECRET", "It's a Secret to Everybody");
    let server = Server::start(cmd, &[]);
    let good = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";
    let headers = |sig: &str| {
        vec![
            ("X-GitHub-Event".to_string(), "issues".to_string()),
            ("X-Hub-Signature-256".to_string(), sig.to_string()),
        ]
    };
    // Verified, then found not to be JSON: 400, not 401.
    assert_eq!(server.post(&headers(good), "Hello, World!"), 400);
    assert_eq!(server.post(&headers(good), "Hello, World?"), 401);
    let flipped = good.replace("757107", "757108");
    assert_eq!(server.post(&headers(&flipped), "Hello, World!"), 401);
    assert_eq!(server.post(&headers(""), "Hello, World!"), 401);
    let (status, _) = server.terminate();
    assert!(status.success());
}

#[test]
fn closed_by_hand_is_reopened_by_its_delivery_with_on_drift_apply() {
    let (ws, gh) = github_started();
    apply_on_drift(&ws);
    let server = started(serve_binary(&ws, Some(&gh), None));
    gh.close_issue(REPO, 11, "completed");
    let body = issues_payload(REPO, 11, "closed");
    assert_eq!(
        server.post(
            &github_headers("d-1", "issues", GITHUB_SECRET, &body),
            &body
        ),
        200
    );
    eventually("#11 reopened", || gh.issue(REPO, 11).state == "open");
    eventually("the delivery handled", || {
        handled(&ws, "github:d-1") == Some(1)
    });
    let (health, metrics) = (server.health(), server.get("/metrics").1);
    assert!(health["drift"].as_array().unwrap().is_empty(), "{health}");
    assert_eq!(health["trackers"], serde_json::json!(["github"]));
    assert!(
        metrics.contains("deliveries_total{source=\"github\",result=\"accepted\"} 1"),
        "{metrics}"
    );
    let (status, output) = server.terminate();
    assert!(status.success(), "{output}");
    // The secrets and the token never show: output, /healthz, /metrics, files.
    for secret in [GITHUB_SECRET, GITEA_SECRET, TOKEN] {
        for text in [&output, &health.to_string(), &metrics] {
            assert!(!text.contains(secret), "{text}");
        }
        ws.assert_no_file_holds(secret);
    }
}

#[test]
fn by_default_drift_is_reported_and_nothing_is_written() {
    let (ws, gh) = github_started();
    let server = started(serve_binary(&ws, Some(&gh), None));
    gh.close_issue(REPO, 11, "completed");
    gh.clear_log();
    let body = issues_payload(REPO, 11, "closed");
    assert_eq!(
        server.post(
            &github_headers("d-2", "issues", GITHUB_SECRET, &body),
            &body
        ),
        200
    );
    eventually("the delivery handled", || {
        handled(&ws, "github:d-2") == Some(1)
    });
    let health = server.health();
    let drift = health["drift"].as_array().unwrap();
    assert!(
        drift
            .iter()
            .any(|d| d["target"] == "acme/widgets#11" && d["action"] == "reopen"),
        "{health}"
    );
    let output = server.output();
    assert!(
        output
            .lines()
            .any(|l| l.contains("acme/widgets#11") && l.contains("reopen")),
        "{output}"
    );
    assert!(output.contains("not repaired"), "{output}");
    assert!(gh.writes().is_empty(), "{:?}", gh.writes());
    assert!(!gh.requests().is_empty(), "the issue was read again");
    assert_eq!(gh.issue(REPO, 11).state, "closed");
    server.terminate();
}

#[test]
fn a_gitea_delivery_is_verified_and_repairs_the_same_way() {
    let (ws, gitea) = gitea_standard();
    succeed(ws.gitea(&gitea.url).args(["phase", "start", "1"]));
    apply_on_drift(&ws);
    let server = started(serve_binary(&ws, None, Some(&gitea)));
    gitea.set_issue_state(REPO, 11, IssueState::Closed);
    let body = issues_payload(REPO, 11, "closed");
    let bare = sign(GITEA_SECRET, body.as_bytes())
        .trim_start_matches("sha256=")
        .to_string();
    // What Gitea really sends: its own headers, and GitHub's for compatibility
    // (signed with the Gitea secret, which is not GitHub's).
    let headers = |sig: &str| {
        vec![
            ("X-Gitea-Event".to_string(), "issues".to_string()),
            ("X-Gitea-Delivery".to_string(), "g-1".to_string()),
            ("X-Gitea-Signature".to_string(), sig.to_string()),
            ("X-GitHub-Event".to_string(), "issues".to_string()),
            ("X-GitHub-Delivery".to_string(), "g-1".to_string()),
            ("X-Hub-Signature-256".to_string(), format!("sha256={sig}")),
        ]
    };
    let forged = sign(GITHUB_SECRET, body.as_bytes())
        .trim_start_matches("sha256=")
        .to_string();
    assert_eq!(server.post(&headers(&forged), &body), 401);
    assert_eq!(server.post(&headers(&bare), &body), 200);
    eventually("#11 reopened", || {
        gitea.issue(REPO, 11).map(|i| i.state) == Some(IssueState::Open)
    });
    eventually("the delivery handled", || {
        handled(&ws, "gitea:g-1") == Some(1)
    });
    server.terminate();
}

#[test]
fn a_flood_of_unsigned_deliveries_costs_no_tracker_request() {
    let (ws, gh) = github_started();
    apply_on_drift(&ws);
    let server = started(serve_binary(&ws, Some(&gh), None));
    gh.close_issue(REPO, 11, "completed");
    gh.clear_log();
    let body = issues_payload(REPO, 11, "closed");
    for n in 0..100 {
        let mut headers = github_headers(&format!("f-{n}"), "issues", "a guess", &body);
        if n % 2 == 0 {
            headers.retain(|(k, _)| k != "X-Hub-Signature-256");
        }
        assert_eq!(server.post(&headers, &body), 401);
    }
    let metrics = server.get("/metrics").1;
    assert!(
        metrics.contains("result=\"unauthorized\"} 100"),
        "{metrics}"
    );
    // Nor does an unsigned "Jira" delivery, in a project that does not use Jira.
    let jira = r#"{"webhookEvent":"jira:issue_updated","issue":{"key":"PROJ-1"}}"#;
    let forged = [(
        "X-Atlassian-Webhook-Identifier".to_string(),
        "forged-1".to_string(),
    )];
    assert_eq!(server.post(&forged, jira), 401);
    assert_eq!(server.health()["queue_length"], 0);
    server.terminate();
    assert!(gh.requests().is_empty(), "{:?}", gh.requests());
    assert_eq!(gh.issue(REPO, 11).state, "closed");
    assert!(handled_counts(ws.path()).is_empty());
}

#[test]
fn repeats_oversized_malformed_and_unused_deliveries_are_answered_as_the_contract_says() {
    let (ws, gh) = github_started();
    let server = started(serve_binary(&ws, Some(&gh), None));
    let body = issues_payload(REPO, 11, "edited");
    let headers = github_headers("r-1", "issues", GITHUB_SECRET, &body);
    assert_eq!(server.post(&headers, &body), 200);
    assert_eq!(server.post(&headers, &body), 200);
    let ping = r#"{"zen":"Design for failure."}"#;
    assert_eq!(
        server.post(&github_headers("p-1", "ping", GITHUB_SECRET, ping), ping),
        202
    );
    let bad = "{\"issue\":";
    assert_eq!(
        server.post(&github_headers("m-1", "issues", GITHUB_SECRET, bad), bad),
        400
    );
    let big = format!("{{\"pad\":\"{}\"}}", "x".repeat(1024 * 1024));
    assert_eq!(
        server.post(&github_headers("b-1", "issues", GITHUB_SECRET, &big), &big),
        413
    );
    assert_eq!(request(&server.addr, "GET", "/webhook", &[], b"").0, 405);
    eventually("the delivery handled", || {
        handled(&ws, "github:r-1") == Some(1)
    });
    let metrics = server.get("/metrics").1;
    for result in [
        "accepted\"} 1",
        "duplicate\"} 1",
        "unused\"} 1",
        "malformed\"} 1",
        "too_large\"} 1",
    ] {
        assert!(metrics.contains(result), "{result}: {metrics}");
    }
    let (status, _) = server.terminate();
    assert!(status.success());
    assert_eq!(handled_counts(ws.path()), [("github:r-1".to_string(), 1)]);
}

/// Posts deliveries `from..to` about #11, one after another; the ids answered 2xx.
fn burst(addr: &str, from: usize, to: usize) -> Vec<String> {
    let body = issues_payload(REPO, 11, "edited");
    (from..to)
        .filter_map(|n| {
            let id = format!("k-{n}");
            let headers = github_headers(&id, "issues", GITHUB_SECRET, &body);
            let answered = try_request(addr, "POST", "/webhook", &headers, body.as_bytes());
            matches!(answered, Some((200..=299, _))).then(|| format!("github:{id}"))
        })
        .collect()
}

#[test]
fn kill_9_during_a_burst_loses_no_accepted_delivery_and_handles_each_once() {
    let (ws, gh) = github_started();
    apply_on_drift(&ws);
    gh.set_latency(std::time::Duration::from_millis(50));
    let server = started(serve_binary(&ws, Some(&gh), None));
    let addr = server.addr.clone();
    let poster = std::thread::spawn(move || burst(&addr, 0, 50));
    eventually("some deliveries queued", || {
        ws.path().join(".debussy/serve.db").exists() && handled_counts(ws.path()).len() >= 20
    });
    server.kill9();
    let at_kill = handled_counts(ws.path());
    eprintln!(
        "killed with {} of {} queued deliveries unhandled",
        at_kill.iter().filter(|(_, n)| *n == 0).count(),
        at_kill.len()
    );
    let accepted = poster.join().expect("poster");
    assert!(accepted.len() >= 20, "{accepted:?}");
    let server = started(serve_binary(&ws, Some(&gh), None));
    let again = burst(&server.addr, 0, 50);
    eventually("every accepted delivery handled", || {
        let counts = handled_counts(ws.path());
        accepted
            .iter()
            .all(|id| counts.iter().any(|(i, n)| i == id && *n >= 1))
            && server.health()["queue_length"] == 0
    });
    let (status, output) = server.terminate();
    assert!(status.success(), "{output}");
    let counts = handled_counts(ws.path());
    assert_eq!(counts.len(), 50, "{counts:?}");
    assert!(again.len() == 50, "re-sent deliveries are all answered 2xx");
    for (id, n) in &counts {
        assert_eq!(*n, 1, "{id} handled {n} times");
    }
}

#[test]
fn sigterm_drains_the_queue_and_exits_0() {
    let (ws, gh) = github_started();
    apply_on_drift(&ws);
    gh.set_latency(std::time::Duration::from_millis(50));
    let server = started(serve_binary(&ws, Some(&gh), None));
    let accepted = burst(&server.addr, 0, 10);
    assert_eq!(accepted.len(), 10);
    let (status, output) = server.terminate();
    assert_eq!(status.code(), Some(0), "{output}");
    let counts = handled_counts(ws.path());
    assert_eq!(counts.len(), 10);
    assert!(counts.iter().all(|(_, n)| *n == 1), "{counts:?}");
}

#[test]
fn with_no_delivery_for_poll_every_plan_is_judged_again() {
    let (ws, gh) = github_started();
    apply_on_drift(&ws);
    let server = Server::start(serve_binary(&ws, Some(&gh), None), &["--poll", "200ms"]);
    eventually("the catch-up judged the plan", || {
        !server.health()["last_sync"].is_null()
    });
    gh.close_issue(REPO, 11, "completed");
    eventually("#11 reopened by a poll", || {
        gh.issue(REPO, 11).state == "open"
    });
    assert!(
        handled_counts(ws.path()).is_empty(),
        "no delivery was involved"
    );
    server.terminate();
}

#[test]
fn a_delivery_about_a_mirrored_issue_syncs_its_link_and_no_other() {
    let ws = Workspace::new();
    ws.write(".debussy/config.yaml", "github:\n  repo: acme/widgets\n");
    ws.write(
        ".debussy/issues/1.md",
        "---\nnumber: 1\ntitle: \"Flaky test\"\nstate: open\nlabels: []\nmilestone: null\nlinks: [\"acme/widgets#12\"]\n---\n\nIt fails on Tuesdays.\n",
    );
    let gh = FakeGitHub::start();
    gh.add_issue(REPO, 12, "Flaky test");
    gh.add_issue(REPO, 13, "Unlinked");
    gh.set_issue_body(REPO, 12, "It fails on Tuesdays.");
    let server = started(serve_binary(&ws, Some(&gh), None));
    gh.set_issue_body(REPO, 12, "It fails on Tuesdays.\n\nAnd on Fridays.");
    gh.clear_log();
    let unlinked = issues_payload(REPO, 13, "edited");
    let headers = github_headers("u-1", "issues", GITHUB_SECRET, &unlinked);
    assert_eq!(server.post(&headers, &unlinked), 200);
    eventually("handled", || handled(&ws, "github:u-1") == Some(1));
    // An issue nothing links costs one read: its claim comments, for expired ones.
    let asked: Vec<String> = gh
        .requests()
        .iter()
        .map(|r| format!("{} {}", r.method, r.path))
        .collect();
    assert_eq!(asked.len(), 1, "{asked:?}");
    assert!(
        asked[0].starts_with("GET /repos/acme/widgets/issues/13/comments"),
        "{asked:?}"
    );
    let body = issues_payload(REPO, 12, "edited");
    assert_eq!(
        server.post(
            &github_headers("e-1", "issues", GITHUB_SECRET, &body),
            &body
        ),
        200
    );
    eventually("the GitHub body reached the local issue", || {
        ws.read(".debussy/issues/1.md").contains("And on Fridays.")
    });
    server.terminate();
}

#[test]
fn a_bad_listen_address_or_poll_is_exit_2_naming_the_flag_and_writes_nothing() {
    let ws = Workspace::new();
    let cases: [(&[&str], &str); 3] = [
        (&["serve", "--listen", "localhost"], "--listen"),
        (&["serve", "--poll", "soon"], "--poll"),
        (
            &["--dry-run", "serve", "--listen", "127.0.0.1:0"],
            "--dry-run",
        ),
    ];
    for (args, flag) in cases {
        let mut cmd = serve_binary(&ws, None, None);
        cmd.args(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        let mut child = cmd.spawn().expect("run");
        eventually("serve refused to start", || {
            matches!(child.try_wait(), Ok(Some(_)))
        });
        let out = child.wait_with_output().expect("its output");
        assert_eq!(out.status.code(), Some(2));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(flag), "{stderr}");
    }
    assert!(!ws.path().join(".debussy/serve.db").exists());
}

#[test]
fn deliveries_waiting_for_the_repository_lock_are_counted_as_queued() {
    let (ws, gh) = github_started();
    let server = started(serve_binary(&ws, Some(&gh), None));
    // Another run holds the repository lock: the worker waits, the queue grows.
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(ws.path().join(".debussy/sync.lock"))
        .expect("the lock file");
    lock.lock().expect("the lock");
    let body = issues_payload(REPO, 11, "edited");
    for n in 0..3 {
        let id = format!("q-{n}");
        assert_eq!(
            server.post(&github_headers(&id, "issues", GITHUB_SECRET, &body), &body),
            200
        );
    }
    assert_eq!(server.health()["queue_length"], 3);
    assert!(
        server.get("/metrics").1.contains("queue_depth 3"),
        "{}",
        server.get("/metrics").1
    );
    drop(lock);
    eventually("the queue drained", || server.health()["queue_length"] == 0);
    server.terminate();
}

#[test]
fn a_delivery_frees_the_expired_claims_of_its_issue() {
    let ws = Workspace::new();
    ws.write(".debussy/config.yaml", "github:\n  repo: acme/widgets\n");
    let gh = FakeGitHub::start();
    gh.add_issue(REPO, 12, "Flaky test");
    let mut claim = ws.gh(&gh.url);
    claim.env("GH_DEBUSSY_SYNC_AGENT", "agent-1");
    succeed(claim.args(["issue", "claim", "acme/widgets#12", "--ttl", "1s"]));
    let claims = || {
        gh.comments(REPO, 12)
            .iter()
            .filter(|c| c.contains("debussy-sync:claim"))
            .count()
    };
    assert_eq!(claims(), 1);
    eventually("the claim expired", || {
        let out =
            succeed(
                ws.gh(&gh.url)
                    .args(["--json", "issue", "claim", "check", "acme/widgets#12"]),
            );
        support::json_stdout(&out)["status"] == "free"
    });
    assert_eq!(
        claims(),
        1,
        "an expired claim stays until something frees it"
    );
    let server = Server::start(serve_binary(&ws, Some(&gh), None), &[]);
    let body = issues_payload(REPO, 12, "edited");
    let headers = github_headers("c-1", "issues", GITHUB_SECRET, &body);
    assert_eq!(server.post(&headers, &body), 200);
    eventually("the expired claim comment is gone", || claims() == 0);
    let history = support::json_stdout(&succeed(ws.gh(&gh.url).args(["--json", "history"])));
    assert!(
        history.to_string().contains("freed 1 expired claim(s)"),
        "{history}"
    );
    server.terminate();
}
