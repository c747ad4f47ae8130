//! What a new user meets in the first hour: errors in our words, commands that say
//! what they did not do, options that refuse to contradict each other.

mod support;

use support::*;

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).to_string()
}

#[test]
fn a_duplicate_config_key_names_its_line_in_our_words() {
    let ws = local_standard();
    ws.write(
        ".debussy/config.yaml",
        "github:\n  repo: a/b\n  repo: c/d\n",
    );
    let out = ws.cmd().args(["config", "validate"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains(".debussy/config.yaml:3:"), "{err}");
    assert!(err.contains("`repo` is given twice"), "{err}");
    assert!(!err.contains("DuplicateKeyPolicy"), "{err}");
}

#[test]
fn auth_status_without_any_credentials_exits_1() {
    let ws = local_standard();
    let out = ws
        .cmd()
        .env("PATH", "/nonexistent")
        .env("GH_DEBUSSY_SYNC_KEYRING", "none")
        .args(["auth", "status"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("no credentials found"));
    let out = ws
        .cmd()
        .env("PATH", "/nonexistent")
        .env("GH_DEBUSSY_SYNC_KEYRING", "none")
        .env("GH_TOKEN", TOKEN)
        .args(["--json", "auth", "status"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        json_stdout(&out)["credentials"][0]["token_source"],
        "GH_TOKEN"
    );
}

#[test]
fn config_path_says_when_the_file_does_not_exist() {
    let ws = local_standard();
    let out = succeed(ws.cmd().args(["config", "path"]));
    assert!(String::from_utf8_lossy(&out.stdout).ends_with(".debussy/config.yaml\n"));
    assert!(
        stderr(&out).contains("does not exist yet"),
        "{}",
        stderr(&out)
    );
    let out = succeed(ws.cmd().args(["--json", "config", "path"]));
    assert_eq!(json_stdout(&out)["exists"], false);
    ws.write(".debussy/config.yaml", "github:\n  auto_close: false\n");
    let out = succeed(ws.cmd().args(["config", "path"]));
    assert!(!stderr(&out).contains("does not exist"));
    let out = succeed(ws.cmd().args(["--json", "config", "path"]));
    assert_eq!(json_stdout(&out)["exists"], true);
}

#[test]
fn json_and_markdown_together_are_refused() {
    let ws = local_standard();
    let out = ws
        .cmd()
        .args(["--json", "status", "--format", "markdown"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let doc = json_stdout(&out);
    assert_eq!(doc["error"]["code"], 2);
    assert!(doc["error"]["message"]
        .as_str()
        .unwrap()
        .contains("--format markdown"));
}

#[test]
fn a_sync_preview_says_to_run_it_with_apply() {
    let ws = local_standard();
    succeed(ws.cmd().args(["phase", "start", "1"]));
    // Someone removes our label by hand: sync has something to repair.
    let issue = ws.read(".debussy/issues/3.md");
    ws.write(
        ".debussy/issues/3.md",
        &issue
            .replace(", \"debussy:in-progress\"", "")
            .replace("\"debussy:in-progress\", ", "")
            .replace("- debussy:in-progress\n", ""),
    );
    let out = succeed(ws.cmd().arg("sync"));
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(text.contains("Run with --apply to apply."), "{text}");
    assert!(!text.contains("--dry-run"), "{text}");
    let out = succeed(ws.cmd().args(["--dry-run", "phase", "complete", "1"]));
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(text.contains("Run without --dry-run to apply."), "{text}");
}

#[test]
fn a_missing_phase_file_is_said_in_words_without_an_os_error_number() {
    let ws = local_standard();
    std::fs::remove_file(ws.path().join("plans/local/phase-2.md")).unwrap();
    let out = ws.cmd().args(["plan", "check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8_lossy(&out.stdout).to_string() + &stderr(&out);
    assert!(
        text.contains("cannot read plans/local/phase-2.md: no such file or directory"),
        "{text}"
    );
    assert!(!text.contains("os error"), "{text}");
}

#[test]
fn counts_are_said_in_singular_and_plural() {
    let ws = local_standard();
    let out = succeed(ws.cmd().arg("status"));
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(text.contains("1 plan, 3 checked"), "{text}");
    let out = succeed(ws.cmd().arg("doctor"));
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(text.contains("2 phases, 3 linked issues"), "{text}");
    assert!(!text.contains("(s)"), "{text}");
    ws.write(".debussy/config.yaml", "github:\n  auto_clse: false\n");
    let out = succeed(ws.cmd().args(["config", "validate"]));
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(text.contains("(1 warning)"), "{text}");
}

#[test]
fn nothing_to_do_counts_the_issues_in_proper_plural() {
    let ws = local_standard();
    succeed(ws.cmd().args(["phase", "start", "1"]));
    let out = succeed(ws.cmd().args(["--dry-run", "phase", "start", "1"]));
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(text.contains("3 linked issues already in sync"), "{text}");
}

#[test]
fn status_json_gives_expected_and_scope_as_structure() {
    let ws = local_standard();
    succeed(ws.cmd().args(["phase", "start", "1"]));
    let out = succeed(ws.cmd().args(["--json", "status"]));
    let doc = json_stdout(&out);
    let issue = |r: &str| {
        doc["plans"][0]["issues"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["ref"] == r)
            .unwrap_or_else(|| panic!("{r} in {doc}"))
            .clone()
    };
    let phase_issue = issue("local#3");
    assert_eq!(
        phase_issue["scope"],
        serde_json::json!({"level": "phase", "phase": "1"})
    );
    assert_eq!(
        phase_issue["expected"],
        serde_json::json!({"state": "open", "labels": ["debussy:in-progress"]})
    );
    let plan_issue = issue("local#1");
    assert_eq!(plan_issue["scope"], serde_json::json!({"level": "plan"}));
    // Human output keeps the words.
    let out = succeed(ws.cmd().arg("status"));
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        text.contains("phase 1") && text.contains("open, debussy:in-progress"),
        "{text}"
    );
}
