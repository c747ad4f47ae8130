//! What ships around the binary: the GitHub Action's steps, the release workflow,
//! and the `.gitignore` that keeps local state out of commits.

mod support;

use serde_json::Value;
use std::path::Path;
use support::*;

fn repo_file(rel: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(rel))
        .unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn yaml(rel: &str) -> Value {
    serde_saphyr::from_str(&repo_file(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

#[test]
fn the_actions_steps_run_the_given_command_against_github() {
    let (ws, gh) = standard();
    let runner = tempfile::tempdir().unwrap();
    let summary = runner.path().join("summary.md");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("gh-extension/action.sh");
    let out = std::process::Command::new("bash")
        .arg(&script)
        .current_dir(ws.path())
        .env("GH_DEBUSSY_SYNC_BIN", assert_cmd::cargo::cargo_bin("gh-debussy-sync"))
        .env("RUNNER_TEMP", runner.path())
        .env("GITHUB_STEP_SUMMARY", &summary)
        .env("GITHUB_API_URL", &gh.url)
        .env("GH_TOKEN", TOKEN)
        .env("NO_COLOR", "1")
        .env(
            "INPUT_COMMAND",
            "--jq '.operations[] | \"- \\(.target): \\(.action) \\(.status)\"' phase start 1 >> \"$GITHUB_STEP_SUMMARY\"",
        )
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for n in [10, 11, 12] {
        assert_eq!(gh.issue("acme/widgets", n).labels, ["debussy:in-progress"]);
    }
    let written = std::fs::read_to_string(&summary).unwrap();
    assert!(
        written.contains("- acme/widgets#10: add_label applied"),
        "{written}"
    );
    assert!(!written.contains(TOKEN) && !String::from_utf8_lossy(&out.stderr).contains(TOKEN));

    let action = yaml("action.yml");
    assert_eq!(action["runs"]["using"], "composite");
    assert_eq!(
        action["inputs"]["command"]["default"],
        "status --all --exit-status --format markdown >> \"$GITHUB_STEP_SUMMARY\""
    );
    assert_eq!(action["inputs"]["token"]["default"], "${{ github.token }}");
}

#[test]
fn the_release_workflow_builds_all_six_targets_through_build_sh() {
    let workflow = yaml(".github/workflows/release.yml");
    let text = repo_file(".github/workflows/release.yml");
    for target in [
        "x86_64-unknown-linux-gnu",
        "aarch64-unknown-linux-gnu",
        "x86_64-apple-darwin",
        "aarch64-apple-darwin",
        "x86_64-pc-windows-msvc",
        "aarch64-pc-windows-msvc",
    ] {
        assert_eq!(
            text.matches(target).count(),
            2,
            "{target}: built, then published"
        );
    }
    let steps = workflow["jobs"]["release"]["steps"].as_array().unwrap();
    let precompile = steps
        .iter()
        .find(|s| {
            s["uses"]
                .as_str()
                .is_some_and(|u| u.starts_with("cli/gh-extension-precompile@"))
        })
        .expect("cli/gh-extension-precompile");
    assert_eq!(
        precompile["with"]["build_script_override"],
        "gh-extension/build.sh"
    );
    // build.sh maps every target to its asset name.
    let build = repo_file("gh-extension/build.sh");
    for asset in [
        "linux-amd64",
        "linux-arm64",
        "darwin-amd64",
        "darwin-arm64",
        "windows-amd64.exe",
        "windows-arm64.exe",
    ] {
        assert!(build.contains(&format!("asset={asset}")), "{asset}");
    }
}

#[test]
fn config_init_keeps_local_state_out_of_git_add() {
    let ws = local_standard();
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git")
            .current_dir(ws.path())
            .args(args)
            .output()
            .expect("git");
        assert!(out.status.success(), "git {args:?}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    git(&["init", "-q"]);
    succeed(ws.cmd().args(["config", "init"]));
    succeed(ws.cmd().args(["phase", "start", "1"]));
    assert!(ws.path().join(".debussy/sync.db").exists());
    let untracked = git(&["status", "--porcelain", "--untracked-files=all"]);
    for state in ["sync.db", "sync.lock", "issues/.lock"] {
        assert!(
            !untracked.contains(&format!(".debussy/{state}")),
            "{state} shows up:\n{untracked}"
        );
    }
    assert!(
        untracked.contains(".debussy/issues/1.md"),
        "issue files are content:\n{untracked}"
    );
    assert!(untracked.contains(".debussy/config.yaml"));
}
