//! Agent identity (PRODUCT §14): where it comes from, and what records it.

mod support;

use serde_json::Value;
use support::*;

fn json(ws: &Workspace, env: &[(&str, &str)], args: &[&str]) -> Value {
    let mut cmd = ws.cmd();
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = succeed(cmd.arg("--json").args(args));
    serde_json::from_slice(&out.stdout).expect("JSON output")
}

#[test]
fn the_environment_beats_the_config_and_ours_beats_the_facade() {
    let ws = local_standard();
    ws.write(
        ".debussy/config.yaml",
        "agent:\n  id: config-agent\n  type: reviewer\n  capabilities: [rust]\n",
    );
    let agent = |env: &[(&str, &str)]| json(&ws, env, &["config", "show"])["agent"].clone();
    let shown = agent(&[]);
    assert_eq!(shown["id"], "config-agent");
    assert_eq!(shown["type"], "reviewer");
    assert_eq!(shown["capabilities"], serde_json::json!(["rust"]));
    assert_eq!(shown["source"], "config");
    let shown = agent(&[
        ("ISSUE_AGENT_ID", "facade-7"),
        ("ISSUE_AGENT_TYPE", "coder"),
    ]);
    assert_eq!(
        (shown["id"].as_str(), shown["type"].as_str()),
        (Some("facade-7"), Some("coder"))
    );
    let both = [
        ("ISSUE_AGENT_ID", "facade-7"),
        ("GH_DEBUSSY_SYNC_AGENT", "ours-1"),
    ];
    assert_eq!(agent(&both)["id"], "ours-1");
    assert_eq!(agent(&both)["source"], "env");
}

#[test]
fn comments_and_journal_rows_record_the_agent() {
    let ws = local_standard();
    let env = [("GH_DEBUSSY_SYNC_AGENT", "worker-3")];
    let mut cmd = ws.cmd();
    cmd.env(env[0].0, env[0].1);
    succeed(cmd.args(["issue", "comment", "local#1", "--body", "Looking into it."]));
    let file = ws.read(".debussy/issues/1.md");
    assert!(
        file.contains("Looking into it.\n\n<!-- debussy-sync:agent worker-3 -->"),
        "{file}"
    );
    let mut cmd = ws.cmd();
    cmd.env(env[0].0, env[0].1);
    succeed(cmd.args(["phase", "start", "1"]));
    let history = json(&ws, &[], &["history"]);
    let ops = history["operations"].as_array().expect("operations");
    assert!(!ops.is_empty(), "{history}");
    assert!(ops.iter().all(|o| o["agent"] == "worker-3"), "{history}");
}
