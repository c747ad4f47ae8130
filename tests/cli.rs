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

/// Every command (nested ones too) has a description and an example, and every
/// argument a description; global flags sit under their own heading.
#[test]
fn every_command_and_argument_is_described_with_an_example() {
    use clap::CommandFactory;
    fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            let path = format!("{path} {}", sub.get_name());
            if sub.get_about().is_none() {
                missing.push(format!("{path}: no description"));
            }
            let example = sub
                .get_after_help()
                .is_some_and(|h| h.to_string().contains("gh debussy-sync "));
            if !example {
                missing.push(format!("{path}: no example"));
            }
            for arg in sub.get_arguments() {
                let id = arg.get_id().as_str();
                if arg.is_global_set() || id == "help" || id == "version" {
                    continue;
                }
                if arg.get_help().is_none() && arg.get_long_help().is_none() {
                    missing.push(format!("{path}: argument {id} has no description"));
                }
            }
            walk(sub, &path, missing);
        }
    }
    let root = gh_debussy_sync::cli::Cli::command();
    let mut missing = Vec::new();
    walk(&root, "gh debussy-sync", &mut missing);
    for arg in root.get_arguments().filter(|a| a.is_global_set()) {
        if arg.get_help_heading() != Some("Global options") {
            missing.push(format!("--{}: not under Global options", arg.get_id()));
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

/// The checked-in completion scripts load in their shells without a complaint, and
/// complete a subcommand. Needs bash, zsh and fish (installed by `.ci/run`).
#[test]
#[ignore = "needs bash, zsh and fish: run by .ci/run"]
fn completion_scripts_load_in_their_shells() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let file = |name: &str| dir.join(name).display().to_string();
    let cases = [
        (
            "bash",
            format!(
                "source '{}' && complete -p gh-debussy-sync",
                file("gh-debussy-sync.bash")
            ),
            "gh-debussy-sync",
        ),
        (
            "zsh",
            format!(
                "autoload -U compinit && compinit -u && source '{}' && print -r -- $_comps[gh-debussy-sync]",
                file("_gh-debussy-sync")
            ),
            "_gh-debussy-sync",
        ),
        (
            "fish",
            format!(
                "source '{}'; and complete -C 'gh-debussy-sync pha'",
                file("gh-debussy-sync.fish")
            ),
            "phase",
        ),
    ];
    for (shell, script, expected) in cases {
        let out = std::process::Command::new(shell)
            .args(["-c", &script])
            .env("HOME", std::env::temp_dir())
            .output()
            .unwrap_or_else(|e| panic!("{shell} is needed for this test: {e}"));
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{shell}: {stderr}");
        assert!(stderr.trim().is_empty(), "{shell} complained: {stderr}");
        assert!(stdout.contains(expected), "{shell}: {stdout}");
    }
}

#[test]
fn jq_prints_raw_strings_one_per_line_and_rejects_a_bad_expression() {
    let ws = support::local_standard();
    let out = ws
        .cmd()
        .args([
            "--dry-run",
            "--jq",
            ".operations[].target",
            "phase",
            "start",
            "1",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines.contains(&"local#1") && lines.contains(&"local#3"),
        "{text}"
    );
    assert!(
        lines.iter().all(|l| !l.starts_with('"')),
        "strings are raw: {text}"
    );
    let out = ws
        .cmd()
        .args(["--jq", ".operations[", "plan", "show"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("jq: error: syntax error"));
    // Without --jq, --json is one document on every command.
    for args in [
        &["plan", "show"][..],
        &["plan", "check"],
        &["history"],
        &["config", "show"],
        &["issue", "list"],
        &["status"],
        &["guard"],
    ] {
        let out = ws.cmd().arg("--json").args(args).output().unwrap();
        support::json_stdout(&out);
    }
}

/// Work that takes more than a second shows a progress line on a terminal's
/// stderr, erased when done; never when stderr is not a terminal.
#[test]
fn slow_work_shows_a_progress_line_on_a_terminal_only() {
    let (ws, gh) = support::standard();
    gh.set_latency(std::time::Duration::from_millis(700));
    let bin = assert_cmd::cargo::cargo_bin("gh-debussy-sync");
    // `script` gives the command a terminal and records what it showed.
    let out = std::process::Command::new("script")
        .current_dir(ws.path())
        .env("GITHUB_API_URL", &gh.url)
        .env("GH_TOKEN", support::TOKEN)
        .env("NO_COLOR", "1")
        .args([
            "-qec",
            &format!("{} phase start 1", bin.display()),
            "/dev/null",
        ])
        .output()
        .expect("script (util-linux) runs the command on a terminal");
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{shown}");
    assert!(shown.contains("converging 3 linked issue(s)…"), "{shown}");
    assert!(shown.contains("\x1b[2K"), "the line is erased: {shown:?}");
    // Not a terminal: no progress line.
    let out = ws
        .gh(&gh.url)
        .args(["phase", "start", "1"])
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&out.stderr).contains("converging"));
}
