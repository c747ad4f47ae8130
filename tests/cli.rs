//! Command-line surface: help, usage errors, completions.

mod support;

use support::Workspace;

const SHELLS: [(&str, &str); 5] = [
    ("bash", "gh-debussy-sync.bash"),
    ("zsh", "_gh-debussy-sync"),
    ("fish", "gh-debussy-sync.fish"),
    ("powershell", "_gh-debussy-sync.ps1"),
    ("elvish", "gh-debussy-sync.elv"),
];

#[test]
fn checked_in_completions_are_current() {
    let ws = Workspace::new();
    for (shell, file) in SHELLS {
        let out = ws.cmd().args(["completions", shell]).output().unwrap();
        assert!(out.status.success());
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("completions")
            .join(file);
        let checked_in = std::fs::read(&path).unwrap_or_default();
        assert!(
            checked_in == out.stdout,
            "completions/{file} is stale: run `cargo run -q -- completions {shell} > completions/{file}`"
        );
    }
}

#[test]
fn checked_in_man_page_is_current() {
    let ws = Workspace::new();
    let out = ws.cmd().arg("man").output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains(".TH gh-debussy-sync"));
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("man/gh-debussy-sync.1");
    assert!(
        std::fs::read(&path).unwrap_or_default() == out.stdout,
        "man/gh-debussy-sync.1 is stale: run `cargo run -q -- man > man/gh-debussy-sync.1`"
    );
}

#[test]
fn unknown_flag_is_a_usage_error() {
    let ws = Workspace::new();
    let out = ws
        .cmd()
        .args(["phase", "start", "1", "--frobnicate"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}

#[test]
fn help_lists_the_commands() {
    let ws = Workspace::new();
    let out = ws.cmd().arg("--help").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    for word in [
        "phase",
        "plan",
        "history",
        "completions",
        "--dry-run",
        "--json",
    ] {
        assert!(text.contains(word), "{word} missing from help:\n{text}");
    }
}

#[test]
fn no_plan_in_repository_is_exit_2_with_a_hint() {
    let ws = Workspace::new();
    let out = ws.cmd().args(["plan", "show"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("error: no master plan found"), "{stderr}");
    assert!(stderr.contains("hint: pass one with --plan"), "{stderr}");
}
