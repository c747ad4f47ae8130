//! Dependencies and `issue ready` (PRODUCT §14), locally and on the fake GitHub.

mod support;

use serde_json::Value;
use support::*;

/// `issue ready`'s ready issues, as references.
fn ready(out: &Value) -> Vec<String> {
    out["ready"]
        .as_array()
        .expect("ready list")
        .iter()
        .map(|i| i["ref"].as_str().expect("ref").to_string())
        .collect()
}

fn local_file(n: u64, state: &str, extra: &str) -> String {
    format!("---\nnumber: {n}\ntitle: Task {n}\nstate: {state}\npriority: high # roadmap\n{extra}---\n\nBody {n}.\n")
}

/// Ten issues: 1 open; 2 waits for 1; 3 for 1 and 2; 4 closed; 5 waits for 4;
/// 6 claimed until far ahead; 7's claim expired; 8 blocks 9 (said on 8);
/// 10 waits for 5.
fn ten_local(ws: &Workspace) {
    let claim = |until: &str| {
        format!("claim: {{agent: \"agent-x\", claimed: \"2026-01-01T00:00:00Z\", expires: \"{until}\"}}\n")
    };
    let files = [
        local_file(1, "open", ""),
        local_file(2, "open", "depends_on: [1]\n"),
        local_file(3, "open", "depends_on:\n  - 1\n  - \"local#2\"\n"),
        local_file(4, "closed", ""),
        local_file(5, "open", "depends_on: [4]\n"),
        local_file(6, "open", &claim("2999-01-01T00:00:00Z")),
        local_file(7, "open", &claim("2001-01-01T00:00:00Z")),
        local_file(8, "open", "blocks: [9]\n"),
        local_file(9, "open", ""),
        local_file(10, "open", "depends_on: [5]\n"),
    ];
    for (k, text) in files.iter().enumerate() {
        ws.write(&format!(".debussy/issues/{}.md", k + 1), text);
    }
}

fn json(ws: &Workspace, args: &[&str]) -> Value {
    json_stdout(&succeed(ws.cmd().arg("--json").args(args)))
}

#[test]
fn ready_lists_the_open_unclaimed_issues_whose_blockers_are_all_closed() {
    let ws = Workspace::new();
    ten_local(&ws);
    let out = json(&ws, &["issue", "ready"]);
    assert_eq!(ready(&out), ["local#1", "local#5", "local#7", "local#8"]);
    let waiting = &out["waiting"];
    let of = |r: &str| {
        waiting
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["ref"] == r)
            .cloned()
    };
    assert_eq!(of("local#6").unwrap()["claimed_by"], "agent-x");
    assert_eq!(
        of("local#3").unwrap()["blocked_by"],
        serde_json::json!(["local#1", "local#2"])
    );
    assert_eq!(
        of("local#9").unwrap()["blocked_by"],
        serde_json::json!(["local#8"])
    );
    // Closing a blocker makes its dependents ready.
    succeed(ws.cmd().args(["issue", "close", "local#1"]));
    let out = json(&ws, &["issue", "ready"]);
    assert_eq!(ready(&out), ["local#2", "local#5", "local#7", "local#8"]);
    succeed(ws.cmd().args(["issue", "close", "local#2"]));
    assert!(ready(&json(&ws, &["issue", "ready"])).contains(&"local#3".to_string()));
    let human = succeed(ws.cmd().args(["issue", "ready"]));
    let text = String::from_utf8_lossy(&human.stdout);
    assert!(
        text.contains("local#3") && text.contains("Task 3"),
        "{text}"
    );
}

#[test]
fn the_blocked_facet_agrees_with_ready_on_blocks_and_closed_blockers() {
    let ws = Workspace::new();
    let files = [
        local_file(1, "closed", ""),
        local_file(2, "open", "depends_on: [\"local#1\"]\n"),
        local_file(3, "open", ""),
        local_file(4, "open", ""),
        local_file(5, "open", "blocks: [4]\n"),
    ];
    for (k, text) in files.iter().enumerate() {
        ws.write(&format!(".debussy/issues/{}.md", k + 1), text);
    }
    let titles = |query: &str| -> Vec<String> {
        let out = json(&ws, &["issue", "search", query]);
        let mut got: Vec<String> = out["issues"]
            .as_array()
            .expect("issues")
            .iter()
            .map(|i| i["title"].as_str().expect("title").to_string())
            .collect();
        got.sort();
        got
    };
    let mut ready: Vec<String> = ready(&json(&ws, &["issue", "ready"]))
        .iter()
        .map(|r| r.replace("local#", "Task "))
        .collect();
    ready.sort();
    assert_eq!(ready, ["Task 2", "Task 3", "Task 5"]);
    assert_eq!(titles("is:open blocked:false"), ready);
    assert_eq!(titles("is:open blocked:true"), ["Task 4"]);
}

#[test]
fn depends_add_writes_only_its_keys_and_remove_takes_them_out() {
    let ws = Workspace::new();
    ten_local(&ws);
    let out = json(
        &ws,
        &[
            "issue",
            "depends",
            "add",
            "local#9",
            "--on",
            "local#1,acme/widgets#12",
        ],
    );
    assert_eq!(out["dependencies"].as_array().map(Vec::len), Some(2));
    let text = ws.read(".debussy/issues/9.md");
    assert!(
        text.contains("\ndepends_on: [1, \"acme/widgets#12\"]\n"),
        "{text}"
    );
    assert!(text.contains("\npriority: high # roadmap\n"), "{text}");
    succeed(
        ws.cmd()
            .args(["issue", "depends", "add", "local#4", "--blocks", "local#7"]),
    );
    assert!(ws
        .read(".debussy/issues/7.md")
        .contains("\ndepends_on: [4]\n"));
    // 8 says it blocks 9; removing the dependency from 9's side takes it out there.
    succeed(ws.cmd().args([
        "issue",
        "depends",
        "remove",
        "local#9",
        "--on",
        "local#8,local#1",
    ]));
    assert!(ws.read(".debussy/issues/8.md").contains("\nblocks: []\n"));
    assert!(ws
        .read(".debussy/issues/9.md")
        .contains("\ndepends_on: [\"acme/widgets#12\"]\n"));
}

#[test]
fn a_dependency_closing_a_cycle_is_refused_with_exit_2_naming_it() {
    let ws = Workspace::new();
    ten_local(&ws);
    let before = snapshot_issues(&ws);
    let out = ws
        .cmd()
        .args(["issue", "depends", "add", "local#1", "--on", "local#3"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("dependency cycle: local#1 → local#3 → local#1"),
        "{err}"
    );
    let out = ws
        .cmd()
        .args(["issue", "depends", "add", "local#4", "--on", "local#10"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("local#4 → local#10 → local#5 → local#4"),
        "{err}"
    );
    assert_eq!(snapshot_issues(&ws), before, "nothing written");
    // A cycle written by hand keeps `issue ready` from answering.
    ws.write(
        ".debussy/issues/1.md",
        &local_file(1, "open", "depends_on: [3]\n"),
    );
    let out = ws.cmd().args(["issue", "ready"]).output().expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("local#1 → local#3 → local#1"));
}

#[test]
fn depends_show_walks_the_blockers_and_gives_the_graph_as_json() {
    let ws = Workspace::new();
    ten_local(&ws);
    let out = json(&ws, &["issue", "depends", "show", "local#3"]);
    assert_eq!(out["root"], "local#3");
    let edges: Vec<(String, String)> = out["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["issue"].as_str().unwrap().into(),
                e["blocked_by"].as_str().unwrap().into(),
            )
        })
        .collect();
    let want = [
        ("local#2", "local#1"),
        ("local#3", "local#1"),
        ("local#3", "local#2"),
    ];
    assert_eq!(edges, want.map(|(a, b)| (a.to_string(), b.to_string())));
    let states: Vec<&str> = out["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["state"].as_str().unwrap())
        .collect();
    assert_eq!(states, ["open", "open", "open"]);
    let human = succeed(ws.cmd().args(["issue", "depends", "show", "local#10"]));
    assert_eq!(
        String::from_utf8_lossy(&human.stdout),
        "local#10 [open] Task 10\n└─ local#5 [open] Task 5\n   └─ local#4 [closed] Task 4\n"
    );
}

#[test]
fn the_same_graph_on_github_is_read_from_blocked_by_and_written_there() {
    let ws = Workspace::new();
    let gh = github::FakeGitHub::start();
    let repo = "acme/widgets";
    for n in 1..=10 {
        gh.add_issue(repo, n, &format!("Task {n}"));
    }
    gh.close_issue(repo, 4, "completed");
    for (blocked, blocker) in [(2, 1), (3, 1), (3, 2), (5, 4), (9, 8), (10, 5)] {
        gh.add_blocked_by(repo, blocked, blocker);
    }
    let run = |args: &[&str]| json_stdout(&succeed(ws.gh(&gh.url).arg("--json").args(args)));
    // Claims on GitHub come through the claims module; none here.
    let want = [
        "acme/widgets#1",
        "acme/widgets#5",
        "acme/widgets#6",
        "acme/widgets#7",
        "acme/widgets#8",
    ];
    gh.clear_log();
    let mut got = ready(&run(&["issue", "ready", repo]));
    got.sort();
    assert_eq!(got, want);
    // One list; blockers read only for the five issues whose summary counts some.
    assert_eq!(gh.requests_to("GET", "/issues?").len(), 1);
    assert_eq!(gh.requests_to("GET", "/dependencies/blocked_by").len(), 5);
    gh.close_issue(repo, 1, "completed");
    let mut got = ready(&run(&["issue", "ready", repo]));
    got.sort();
    assert!(got.contains(&"acme/widgets#2".to_string()), "{got:?}");
    assert!(!got.contains(&"acme/widgets#3".to_string()), "{got:?}");
    // Written through GitHub's own dependencies, a cycle refused before any write.
    run(&[
        "issue",
        "depends",
        "add",
        "acme/widgets#7",
        "--on",
        "acme/widgets#6",
    ]);
    assert_eq!(gh.blocked_by(repo, 7), [6]);
    gh.clear_log();
    let out = ws
        .gh(&gh.url)
        .args([
            "issue",
            "depends",
            "add",
            "acme/widgets#6",
            "--on",
            "acme/widgets#7",
        ])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("acme/widgets#6 → acme/widgets#7 → acme/widgets#6"));
    assert!(gh.writes().is_empty(), "{:?}", gh.writes());
    run(&[
        "issue",
        "depends",
        "remove",
        "acme/widgets#7",
        "--on",
        "acme/widgets#6",
    ]);
    assert!(gh.blocked_by(repo, 7).is_empty());
}

#[test]
fn a_local_issue_waits_for_a_github_one_until_it_closes() {
    let ws = Workspace::new();
    let gh = github::FakeGitHub::start();
    gh.add_issue("acme/widgets", 12, "Upstream fix");
    ws.write(
        ".debussy/issues/1.md",
        &local_file(1, "open", "depends_on: [\"acme/widgets#12\"]\n"),
    );
    ws.write(".debussy/issues/2.md", &local_file(2, "open", ""));
    let run = || json_stdout(&succeed(ws.gh(&gh.url).args(["--json", "issue", "ready"])));
    assert_eq!(ready(&run()), ["local#2"]);
    gh.close_issue("acme/widgets", 12, "completed");
    assert_eq!(ready(&run()), ["local#1", "local#2"]);
}

#[test]
fn a_cycle_through_a_local_file_is_refused_between_github_issues() {
    let ws = Workspace::new();
    let gh = github::FakeGitHub::start();
    for n in [2, 3] {
        gh.add_issue("acme/widgets", n, &format!("Remote {n}"));
    }
    ws.write(".debussy/issues/1.md", &local_file(1, "open", ""));
    let add = |issue: &str, on: &str| {
        ws.gh(&gh.url)
            .args(["issue", "depends", "add", issue, "--on", on])
            .output()
            .expect("run")
    };
    let first = add("local#1", "acme/widgets#3");
    assert!(first.status.success(), "{first:?}");
    let second = add("acme/widgets#2", "local#1");
    assert!(second.status.success(), "{second:?}");
    let before = snapshot_issues(&ws);
    gh.clear_log();
    let out = add("acme/widgets#3", "acme/widgets#2");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("dependency cycle: "), "{stderr}");
    for issue in ["acme/widgets#2", "acme/widgets#3", "local#1"] {
        assert!(stderr.contains(issue), "{stderr}");
    }
    assert!(gh.writes().is_empty(), "{:?}", gh.writes());
    assert_eq!(snapshot_issues(&ws), before, "nothing written");
}
