//! `coordination.redis_url` against a real `redis-server` (PRODUCT §14): claims are
//! `SET NX PX` keys holding the agent id, eight agents at once get one winner,
//! claims expire, convergence waits on the Redis lock instead of the lock file,
//! and an unreachable Redis is an error naming the URL (no fall-back).

mod support;

use ::redis::Commands;
use assert_cmd::Command;
use std::io::BufRead;
use std::time::{Duration, Instant};
use support::redis::RedisServer;
use support::*;

const KEY: &str = "gh-debussy-sync:claim:acme/widgets:local#2";

fn text(out: &std::process::Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// The local standard workspace, coordinated through `url`.
fn workspace(url: &str) -> Workspace {
    let ws = local_standard();
    ws.write(
        ".debussy/config.yaml",
        &format!("github:\n  repo: acme/widgets\ncoordination:\n  redis_url: {url}\n"),
    );
    ws
}

fn agent(ws: &Workspace, id: &str) -> Command {
    let mut cmd = ws.cmd();
    cmd.env("GH_DEBUSSY_SYNC_AGENT", id);
    cmd
}

#[test]
fn eight_agents_one_winner_every_time_through_redis() {
    let Some(server) = RedisServer::start() else {
        return;
    };
    let ws = workspace(&server.url());
    let mut conn = server.connection();
    for trial in 0..20 {
        let agents: Vec<String> = (0..8).map(|a| format!("r{trial}-{a}")).collect();
        let cmds = agents
            .iter()
            .map(|a| {
                let mut cmd = agent(&ws, a);
                cmd.args(["issue", "claim", "local#2", "--ttl", "10m"]);
                cmd
            })
            .collect();
        let outs = run_all_at_once(cmds);
        let codes: Vec<Option<i32>> = outs.iter().map(|o| o.status.code()).collect();
        let winners: Vec<&String> = agents
            .iter()
            .zip(&codes)
            .filter(|(_, c)| **c == Some(0))
            .map(|(a, _)| a)
            .collect();
        assert_eq!(winners.len(), 1, "{codes:?}");
        assert_eq!(codes.iter().filter(|c| **c == Some(4)).count(), 7);
        let winner = winners[0];
        for (out, code) in outs.iter().zip(&codes) {
            if *code == Some(4) {
                assert!(text(out).contains(&format!("is claimed by {winner} until")));
            }
        }
        let held: String = conn.get(KEY).unwrap();
        assert_eq!(&held, winner);
        let left: i64 = conn.pttl(KEY).unwrap();
        assert!(left > 9 * 60 * 1000, "{left}");
        let check = succeed(agent(&ws, "observer").args(["issue", "claim", "check", "local#2"]));
        assert!(text(&check).contains(&format!("is claimed by {winner} until")));
        succeed(agent(&ws, winner).args(["issue", "claim", "release", "local#2"]));
        let gone: Option<String> = conn.get(KEY).unwrap();
        assert_eq!(gone, None);
    }
    // Claims live in Redis only: the issue file is untouched.
    assert!(!ws.read(".debussy/issues/2.md").contains("claim"));
    let missing = agent(&ws, "a")
        .args(["issue", "claim", "local#99"])
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(1), "{}", text(&missing));
    assert!(text(&missing).contains("99"), "{}", text(&missing));
    let none: Option<String> = conn
        .get("gh-debussy-sync:claim:acme/widgets:local#99")
        .unwrap();
    assert_eq!(none, None, "no key for an issue that does not exist");
}

#[test]
fn redis_claims_expire_extend_and_force_on_record() {
    let Some(server) = RedisServer::start() else {
        return;
    };
    let ws = workspace(&server.url());
    succeed(agent(&ws, "short").args(["issue", "claim", "local#2", "--ttl", "2s"]));
    let refused = agent(&ws, "other")
        .args(["issue", "claim", "extend", "local#2"])
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(4), "{}", text(&refused));
    let started = Instant::now();
    loop {
        let out = succeed(agent(&ws, "observer").args(["issue", "claim", "check", "local#2"]));
        if text(&out).contains("is free") {
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(60), "never freed");
        std::thread::sleep(Duration::from_millis(100));
    }
    succeed(agent(&ws, "other").args(["issue", "claim", "local#2"]));
    succeed(agent(&ws, "boss").args([
        "issue", "claim", "extend", "local#2", "--add", "1h", "--force",
    ]));
    let mut conn = server.connection();
    let left: i64 = conn.pttl(KEY).unwrap();
    assert!(left > 60 * 60 * 1000, "{left}");
    let listed = json_stdout(&succeed(
        agent(&ws, "other").args(["--json", "issue", "claim", "list", "--mine"]),
    ));
    assert_eq!(listed["claims"][0]["issue"], "local#2", "{listed}");
    succeed(agent(&ws, "boss").args(["issue", "claim", "release", "local#2", "--force"]));
    let history = json_stdout(&succeed(
        ws.cmd().args(["--json", "history", "--issue", "local#2"]),
    ));
    let rows = history.to_string();
    assert!(rows.contains("forced over other's claim"), "{history}");
    assert!(rows.contains("\"boss\""), "{history}");
}

#[test]
fn an_unreachable_redis_is_an_error_naming_it() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("redis://:hunter2pass@127.0.0.1:{port}/0");
    let ws = workspace(&url);
    let before = ws.read(".debussy/issues/2.md");
    for args in [
        &["issue", "claim", "local#2"][..],
        &["issue", "comment", "local#2", "--body", "hi"][..],
    ] {
        let out = agent(&ws, "a").args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{}", text(&out));
        let said = text(&out);
        assert!(said.contains(&format!("127.0.0.1:{port}")), "{said}");
        assert!(
            !said.contains("hunter2pass"),
            "the password never shows: {said}"
        );
    }
    assert_eq!(ws.read(".debussy/issues/2.md"), before, "nothing written");
}

#[test]
fn a_redis_url_that_is_not_one_is_refused() {
    let ws = workspace("http://127.0.0.1:6379");
    let out = agent(&ws, "a")
        .args(["issue", "claim", "local#2"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(
        text(&out).contains("coordination.redis_url"),
        "{}",
        text(&out)
    );
}

#[test]
fn convergence_waits_on_the_redis_lock_not_the_lock_file() {
    let Some(server) = RedisServer::start() else {
        return;
    };
    let ws = workspace(&server.url());
    let mut conn = server.connection();
    let lock = "gh-debussy-sync:lock:acme/widgets";
    let _: () = conn.set(lock, "another-machine").unwrap();
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("gh-debussy-sync"));
    cmd.current_dir(ws.path())
        .env("NO_COLOR", "1")
        .args(["issue", "comment", "local#2", "--body", "after the lock"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let stderr = child.stderr.take().unwrap();
    let mut lines = std::io::BufReader::new(stderr).lines();
    let first = lines.next().unwrap().unwrap();
    assert!(first.contains("Redis lock"), "{first}");
    assert!(child.try_wait().unwrap().is_none(), "it waits");
    assert!(!ws.read(".debussy/issues/2.md").contains("after the lock"));
    let _: () = conn.del(lock).unwrap();
    assert!(child.wait().unwrap().success());
    assert!(ws.read(".debussy/issues/2.md").contains("after the lock"));
    let left: Option<String> = conn.get(lock).unwrap();
    assert_eq!(left, None, "the lock is released");
    assert!(
        !ws.path().join(".debussy/sync.lock").exists(),
        "the lock file is not used"
    );
}

#[test]
fn one_issue_spelled_three_ways_is_one_claim_and_one_holder() {
    let Some(server) = RedisServer::start() else {
        return;
    };
    let gh = support::github::FakeGitHub::start();
    gh.add_issue("acme/widgets", 12, "Gears");
    gh.add_issue("acme/widgets", 13, "Springs");
    let ws = Workspace::new();
    ws.write(
        ".debussy/config.yaml",
        &format!(
            "github:\n  repo: acme/widgets\ncoordination:\n  redis_url: {}\n",
            server.url()
        ),
    );
    let spellings = [
        "acme/widgets#12",
        "Acme/Widgets#12",
        "https://github.com/ACME/widgets/issues/12",
    ];
    let cmds = spellings
        .iter()
        .enumerate()
        .map(|(n, spelling)| {
            let mut cmd = ws.gh(&gh.url);
            cmd.env("GH_DEBUSSY_SYNC_AGENT", format!("s{n}"));
            cmd.args(["issue", "claim", spelling]);
            cmd
        })
        .collect();
    let outs = run_all_at_once(cmds);
    let codes: Vec<Option<i32>> = outs.iter().map(|o| o.status.code()).collect();
    assert_eq!(
        codes.iter().filter(|c| **c == Some(0)).count(),
        1,
        "{codes:?}"
    );
    assert_eq!(
        codes.iter().filter(|c| **c == Some(4)).count(),
        2,
        "{codes:?}"
    );
    let mut conn = server.connection();
    let keys: Vec<String> = conn.keys("gh-debussy-sync:claim:*").unwrap();
    assert_eq!(keys, ["gh-debussy-sync:claim:acme/widgets#12"]);
    let winner: String = conn.get(&keys[0]).unwrap();
    let mut search = ws.gh(&gh.url);
    let found = json_stdout(&succeed(search.args([
        "--json",
        "issue",
        "search",
        "--in",
        "acme/widgets",
        &format!("claimed:{winner}"),
    ])));
    assert_eq!(found["issues"][0]["title"], "Gears", "{found}");
    assert_eq!(found["issues"].as_array().map(Vec::len), Some(1), "{found}");
    let ready = json_stdout(&succeed(ws.gh(&gh.url).args([
        "--json",
        "issue",
        "ready",
        "acme/widgets",
    ])));
    let refs: Vec<&str> = ready["ready"]
        .as_array()
        .expect("ready")
        .iter()
        .filter_map(|i| i["ref"].as_str())
        .collect();
    assert_eq!(refs, ["acme/widgets#13"], "{ready}");
}

#[test]
fn redis_claims_are_listed_and_queried_in_their_own_space() {
    let Some(server) = RedisServer::start() else {
        return;
    };
    let ws = workspace(&server.url());
    let gh = support::github::FakeGitHub::start();
    succeed(agent(&ws, "holder").args(["issue", "claim", "local#2"]));
    let mut conn = server.connection();
    for (key, agent) in [
        ("/elsewhere:local#3", "stranger"),
        ("other/repo#5", "stranger"),
        ("acme/widgets#7", "remote"),
    ] {
        let _: () = conn
            .set_ex(format!("gh-debussy-sync:claim:{key}"), agent, 600)
            .unwrap();
    }
    let issues = |doc: &serde_json::Value| -> Vec<String> {
        doc["claims"]
            .as_array()
            .expect("claims")
            .iter()
            .map(|c| c["issue"].as_str().expect("issue").to_string())
            .collect()
    };
    let local = json_stdout(&succeed(
        agent(&ws, "a").args(["--json", "issue", "claim", "list"]),
    ));
    assert_eq!(issues(&local), ["local#2"], "{local}");
    let mut remote = ws.gh(&gh.url);
    remote.env("GH_DEBUSSY_SYNC_AGENT", "a");
    let remote = json_stdout(&succeed(remote.args([
        "--json",
        "issue",
        "claim",
        "list",
        "acme/widgets",
    ])));
    assert_eq!(issues(&remote), ["acme/widgets#7"], "{remote}");
    let found = json_stdout(&succeed(agent(&ws, "a").args([
        "--json",
        "issue",
        "search",
        "claimed:holder",
    ])));
    assert_eq!(found["issues"][0]["title"], "Plan two", "{found}");
    assert_eq!(found["issues"].as_array().map(Vec::len), Some(1), "{found}");
}
