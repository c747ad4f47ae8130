//! Agent progress and the activity stream (PRODUCT §14).

mod support;

use serde_json::Value;
use support::*;

const AGENT: &str = "agent-7";

fn as_agent(mut cmd: assert_cmd::Command) -> assert_cmd::Command {
    cmd.env("GH_DEBUSSY_SYNC_AGENT", AGENT);
    cmd
}

fn entries(out: &Value) -> Vec<Value> {
    out["entries"].as_array().expect("entries").clone()
}

/// The entry of `event` from `source`.
fn find(entries: &[Value], source: &str, event: &str) -> Option<Value> {
    entries
        .iter()
        .find(|e| e["source"] == source && e["event"] == event)
        .cloned()
}

fn one_local_issue() -> Workspace {
    let ws = Workspace::new();
    ws.write(
        ".debussy/issues/1.md",
        "---\nnumber: 1\ntitle: Storage\nstate: open\nowner: ana # roadmap\n---\n\nBody.\n",
    );
    ws
}

#[test]
fn progress_is_kept_in_the_front_matter_and_shown_by_view() {
    let ws = one_local_issue();
    succeed(as_agent(ws.cmd()).args([
        "issue",
        "progress",
        "local#1",
        "--percent",
        "40",
        "--stage",
        "impl",
    ]));
    succeed(as_agent(ws.cmd()).args(["issue", "progress", "local#1", "--checkpoint", "tests"]));
    let text = ws.read(".debussy/issues/1.md");
    let line = text
        .lines()
        .find(|l| l.starts_with("progress: "))
        .expect("progress line");
    assert!(
        line.starts_with("progress: {percent: 40, stage: \"impl\", checkpoint: \"tests\", agent: \"agent-7\", at: \""),
        "{line}"
    );
    assert!(text.contains("\nowner: ana # roadmap\n"), "{text}");
    let view = json_stdout(&succeed(
        ws.cmd().args(["--json", "issue", "view", "local#1"]),
    ));
    assert_eq!(view["progress"]["percent"], 40);
    assert_eq!(view["progress"]["stage"], "impl");
    assert_eq!(view["progress"]["checkpoint"], "tests");
    assert_eq!(view["progress"]["agent"], AGENT);
    let human = succeed(ws.cmd().args(["issue", "view", "local#1"]));
    let human = String::from_utf8_lossy(&human.stdout);
    assert!(
        human.contains("Progress  40% · stage impl · checkpoint tests (agent-7, "),
        "{human}"
    );
}

#[test]
fn progress_runs_at_once_each_keep_their_field() {
    for round in 0..5 {
        let ws = one_local_issue();
        let fields: [&[&str]; 3] = [
            &["--percent", "40"],
            &["--stage", "impl"],
            &["--checkpoint", "tests"],
        ];
        let cmds = fields
            .iter()
            .map(|field| {
                let mut cmd = as_agent(ws.cmd());
                cmd.args(["issue", "progress", "local#1"]).args(*field);
                cmd
            })
            .collect();
        for out in run_all_at_once(cmds) {
            assert!(out.status.success(), "{out:?}");
        }
        let view = json_stdout(&succeed(
            ws.cmd().args(["--json", "issue", "view", "local#1"]),
        ));
        let progress = &view["progress"];
        assert_eq!(progress["percent"], 40, "round {round}: {progress}");
        assert_eq!(progress["stage"], "impl", "round {round}: {progress}");
        assert_eq!(progress["checkpoint"], "tests", "round {round}: {progress}");
    }
}

#[test]
fn progress_without_a_field_or_out_of_range_is_exit_2_and_writes_nothing() {
    let ws = one_local_issue();
    let before = snapshot_issues(&ws);
    for args in [
        &["issue", "progress", "local#1"][..],
        &["issue", "progress", "local#1", "--percent", "101"],
    ] {
        let out = ws.cmd().args(args).output().expect("run");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
    assert_eq!(snapshot_issues(&ws), before);
}

#[test]
fn activity_shows_comments_progress_claims_and_journal_rows_with_their_agent() {
    let ws = one_local_issue();
    succeed(as_agent(ws.cmd()).args(["issue", "comment", "local#1", "--body", "Starting on it"]));
    succeed(as_agent(ws.cmd()).args(["issue", "progress", "local#1", "--percent", "10"]));
    // Another agent claims it, through the command.
    let mut claim = ws.cmd();
    claim.env("GH_DEBUSSY_SYNC_AGENT", "agent-9");
    succeed(claim.args(["issue", "claim", "local#1", "--ttl", "1h"]));
    // An old journal row, for --since.
    let db = rusqlite::Connection::open(ws.path().join(".debussy/sync.db")).expect("sync.db");
    db.execute(
        "INSERT INTO journal (at, plan, tracker, target, action, value, status, message, agent) VALUES ('2026-01-01T00:00:00.000Z', '', 'local', 'local#1', 'comment', NULL, 'applied', NULL, 'agent-3')",
        [],
    )
    .expect("journal row");
    let out = json_stdout(&succeed(
        ws.cmd().args(["--json", "issue", "activity", "local#1"]),
    ));
    let all = entries(&out);
    let comment = find(&all, "tracker", "commented").expect("comment");
    assert_eq!(
        (comment["agent"].as_str(), comment["detail"].as_str()),
        (Some(AGENT), Some("Starting on it"))
    );
    let progress = find(&all, "journal", "set_progress").expect("journal progress");
    assert_eq!(progress["agent"], AGENT);
    assert_eq!(
        find(&all, "tracker", "progress").expect("recorded progress")["agent"],
        AGENT
    );
    assert_eq!(
        find(&all, "journal", "claim").expect("journal claim")["agent"],
        "agent-9"
    );
    assert_eq!(
        find(&all, "tracker", "claimed").expect("claim")["agent"],
        "agent-9"
    );
    let times: Vec<&str> = all.iter().map(|e| e["at"].as_str().unwrap()).collect();
    let mut sorted = times.clone();
    sorted.sort();
    assert_eq!(times, sorted, "oldest first");
    // --agent keeps one agent's entries; --since drops the old ones.
    let mine = json_stdout(&succeed(
        ws.cmd()
            .args(["--json", "issue", "activity", "--agent", AGENT]),
    ));
    assert!(entries(&mine).iter().all(|e| e["agent"] == AGENT));
    assert_eq!(entries(&mine).len(), 3, "{mine}");
    let recent = json_stdout(&succeed(
        ws.cmd()
            .args(["--json", "issue", "activity", "--since", "1h"]),
    ));
    assert!(find(&entries(&recent), "journal", "comment").is_none());
    assert!(find(&all, "journal", "comment").is_some());
    assert!(find(&entries(&recent), "journal", "claim").is_some());
    assert!(find(&entries(&recent), "journal", "set_progress").is_some());
    let bad = ws
        .cmd()
        .args(["issue", "activity", "--since", "soon"])
        .output()
        .expect("run");
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn follow_prints_new_journal_entries_as_ndjson() {
    let ws = Workspace::new();
    succeed(
        ws.cmd()
            .args(["issue", "create", "--title", "Storage", "--body", "x"]),
    );
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("gh-debussy-sync"));
    cmd.current_dir(ws.path()).env("NO_COLOR", "1");
    cmd.args(["--json", "issue", "activity", "--follow"]);
    let (mut child, log) = spawn_logged(cmd);
    let lines_with = |word: &str| {
        log.lock()
            .expect("log")
            .iter()
            .filter(|l| l.contains(word))
            .cloned()
            .collect::<Vec<_>>()
    };
    // Wait for the first line (the issue's creation), then write.
    let mut waited = 0;
    while lines_with("\"created\"").is_empty() && waited < 600 {
        std::thread::sleep(std::time::Duration::from_millis(50));
        waited += 1;
    }
    succeed(as_agent(ws.cmd()).args(["issue", "progress", "local#1", "--stage", "review"]));
    let mut waited = 0;
    while lines_with("set_progress").is_empty() && waited < 600 {
        std::thread::sleep(std::time::Duration::from_millis(50));
        waited += 1;
    }
    let _ = child.kill();
    let _ = child.wait();
    let lines = lines_with("set_progress");
    assert_eq!(lines.len(), 1, "{:?}", log.lock().expect("log"));
    let line: Value = serde_json::from_str(&lines[0]).expect("one JSON document per line");
    assert_eq!(line["agent"], AGENT);
    assert_eq!(line["issue"], "local#1");
}

#[test]
fn on_github_progress_is_a_hidden_block_at_the_end_of_the_body_and_the_timeline_is_read() {
    let ws = Workspace::new();
    let gh = github::FakeGitHub::start();
    gh.add_issue("acme/widgets", 12, "Upstream");
    let gh_cmd = || as_agent(ws.gh(&gh.url));
    succeed(gh_cmd().args([
        "issue",
        "progress",
        "acme/widgets#12",
        "--percent",
        "40",
        "--stage",
        "impl",
    ]));
    let body = gh.issue("acme/widgets", 12).body.unwrap_or_default();
    let last = body
        .trim_end()
        .lines()
        .last()
        .unwrap_or_default()
        .to_string();
    assert!(last.starts_with("<!-- debussy-sync:progress {\"percent\":40,\"stage\":\"impl\",\"agent\":\"agent-7\",\"at\":\""), "{body}");
    let view = json_stdout(&succeed(gh_cmd().args([
        "--json",
        "issue",
        "view",
        "acme/widgets#12",
    ])));
    assert_eq!(view["progress"]["percent"], 40);
    assert!(!view["body"]
        .as_str()
        .unwrap_or_default()
        .contains("debussy-sync:progress"));
    succeed(gh_cmd().args(["issue", "progress", "acme/widgets#12", "--percent", "60"]));
    let body = gh.issue("acme/widgets", 12).body.unwrap_or_default();
    assert_eq!(body.matches("debussy-sync:progress").count(), 1, "{body}");
    succeed(gh_cmd().args(["issue", "comment", "acme/widgets#12", "--body", "Halfway"]));
    let out = json_stdout(&succeed(ws.gh(&gh.url).args([
        "--json",
        "issue",
        "activity",
        "acme/widgets#12",
    ])));
    let all = entries(&out);
    let comment = find(&all, "tracker", "commented").expect("timeline comment");
    assert_eq!(
        (comment["agent"].as_str(), comment["actor"].as_str()),
        (Some(AGENT), Some("octocat"))
    );
    assert_eq!(
        all.iter().filter(|e| e["event"] == "set_progress").count(),
        2
    );
    assert_eq!(gh.requests_to("GET", "/timeline").len(), 1);
}
