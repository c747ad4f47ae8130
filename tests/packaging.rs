//! What ships around the binary: the GitHub Action's steps, the release workflow,
//! the `.gitignore` that keeps local state out of commits, and the README, every
//! command of which runs somewhere.

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

/// The command lines of the README's `sh` blocks, as written.
fn readme_commands() -> Vec<String> {
    let mut commands = Vec::new();
    let mut in_sh = false;
    for line in repo_file("README.md").lines() {
        match line {
            "```sh" => in_sh = true,
            l if l.starts_with("```") => in_sh = false,
            l if in_sh && !l.trim().is_empty() => commands.push(l.to_string()),
            _ => {}
        }
    }
    commands
}

/// A README command without its trailing `# comment`.
fn without_comment(line: &str) -> &str {
    line.split(" # ").next().unwrap_or(line).trim_end()
}

/// Where a README command that is not `gh debussy-sync …` runs.
enum RunBy {
    /// `.ci/run` holds the command as written.
    CiRun,
    /// The named test (`file.rs::function`) runs the README's line itself.
    Test(&'static str),
    /// Nowhere, for the reason given.
    Nowhere(&'static str),
}

const OTHER_COMMANDS: &[(&str, RunBy)] = &[
    ("cargo run -q --example quickstart", RunBy::CiRun),
    ("cargo test", RunBy::CiRun),
    (
        "gh extension install OWNER/gh-debussy-sync",
        RunBy::Nowhere("downloads a published release from github.com"),
    ),
    (
        "(cd gh-extension/gh-debussy-sync && gh extension install .)",
        RunBy::CiRun,
    ),
    ("cargo install --locked --path .", RunBy::CiRun),
    (
        "mkdir -p ~/.local/share/bash-completion/completions ~/.config/fish/completions ~/.zfunc",
        RunBy::Test(COMPLETION_TEST),
    ),
    (
        "cp completions/gh-debussy-sync.bash ~/.local/share/bash-completion/completions/gh-debussy-sync",
        RunBy::Test(COMPLETION_TEST),
    ),
    (
        "cp completions/gh-debussy-sync.fish ~/.config/fish/completions/",
        RunBy::Test(COMPLETION_TEST),
    ),
    ("cp completions/_gh-debussy-sync ~/.zfunc/", RunBy::Test(COMPLETION_TEST)),
    ("man -M ./man gh-debussy-sync", RunBy::Test(MAN_TEST)),
    ("man -M ./man gh-debussy-sync-phase-start", RunBy::Test(MAN_TEST)),
];

const COMPLETION_TEST: &str =
    "cli.rs::installed_completion_scripts_complete_subcommands_and_their_options";
const MAN_TEST: &str = "cli.rs::readme_man_commands_open_the_shipped_pages";

/// Every README command other than `gh debussy-sync …` is run by `.ci/run` or by a
/// test, or says why not; the list holds no command the README lost.
#[test]
fn other_readme_commands_are_run_by_ci_or_a_test() {
    let ci = repo_file(".ci/run");
    let readme: Vec<String> = readme_commands()
        .iter()
        .filter(|l| !l.starts_with("gh debussy-sync "))
        .map(|l| without_comment(l).to_string())
        .collect();
    let mut wrong = Vec::new();
    for command in &readme {
        match OTHER_COMMANDS.iter().find(|(c, _)| c == command) {
            None => wrong.push(format!("`{command}`: not in OTHER_COMMANDS")),
            Some((_, RunBy::CiRun)) if !ci.contains(command.as_str()) => {
                wrong.push(format!("`{command}`: not in .ci/run"))
            }
            Some((_, RunBy::Test(test))) => {
                let (file, function) = test.split_once("::").unwrap();
                if !repo_file(&format!("tests/{file}")).contains(&format!("fn {function}(")) {
                    wrong.push(format!("`{command}`: no test {test}"));
                }
            }
            Some((_, RunBy::Nowhere(why))) => println!("not run: `{command}`: {why}"),
            Some(_) => {}
        }
    }
    for (command, _) in OTHER_COMMANDS {
        if !readme.iter().any(|c| c == command) {
            wrong.push(format!("`{command}`: no longer in the README"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// What a README `gh debussy-sync …` command does in the sandbox, when it is not
/// exit 0 with no error.
enum Outcome {
    /// Still following when interrupted (it runs until Ctrl-C).
    Follows,
    /// Exit 1 naming the variable to set: the sandbox has no OS keyring.
    NoKeyring(&'static str),
    /// Exit 4, the guard naming the completed work: the README's usage example has
    /// completed the plan by then.
    Refused,
    /// Exit 6: the linked issues differ and no sync has recorded a base yet, so every
    /// difference is a conflict, reported and not written.
    Conflicts,
}

const NOT_PLAIN_EXIT_0: &[(&str, Outcome)] = &[
    ("gh debussy-sync watch", Outcome::Follows),
    ("gh debussy-sync serve", Outcome::Follows),
    (
        "gh debussy-sync serve --listen 127.0.0.1:9000 --poll 10m",
        Outcome::Follows,
    ),
    (
        "gh debussy-sync --json watch --interval 5s",
        Outcome::Follows,
    ),
    (
        "gh debussy-sync auth login jira --url https://acme.atlassian.net --email dev@acme.com --with-token < token.txt",
        Outcome::NoKeyring("JIRA_API_TOKEN"),
    ),
    (
        "gh debussy-sync auth logout jira",
        Outcome::NoKeyring("JIRA_API_TOKEN"),
    ),
    (
        "gh debussy-sync auth login gitea --hostname git.example.com --with-token < token.txt",
        Outcome::NoKeyring("GITEA_TOKEN"),
    ),
    (
        "gh debussy-sync run -- debussy run docs/plans/x/MASTER_PLAN.md",
        Outcome::Refused,
    ),
    ("gh debussy-sync guard", Outcome::Refused),
    ("gh debussy-sync issue sync --all", Outcome::Conflicts),
    ("gh debussy-sync issue sync local#3 --apply", Outcome::Conflicts),
];

/// A repository whose plan links GitHub issues (acme/widgets#10–12, on the fake
/// GitHub), with local issues 1–3, the fake Jira's PROJ-7, the files the README's
/// commands read, and a stand-in `debussy` on PATH.
struct Sandbox {
    ws: Workspace,
    github: support::github::FakeGitHub,
    jira: support::jira::FakeJira,
}

impl Sandbox {
    fn new() -> Sandbox {
        let (ws, github) = standard();
        let jira = support::jira::FakeJira::start(support::jira::Flavor::Cloud);
        jira.add_issue("PROJ-7", "Seven");
        ws.write(
            ".debussy/config.yaml",
            "github:\n  repo: acme/widgets\njira:\n  deployment: cloud\n",
        );
        for n in 1..=3 {
            let file = local_issue_file(n, &format!("Local {n}"), None);
            ws.write(&format!(".debussy/issues/{n}.md"), &file);
        }
        ws.write("notes.md", "Release notes.\n");
        ws.write("token.txt", "jira-token\n");
        let debussy = ws.write("bin/debussy", "#!/bin/sh\nexit 0\n");
        std::fs::set_permissions(
            &debussy,
            std::os::unix::fs::PermissionsExt::from_mode(0o755),
        )
        .unwrap();
        Sandbox { ws, github, jira }
    }

    /// Runs `line` in bash, `gh debussy-sync` being the binary, stopped with SIGINT
    /// after `seconds`; stdin holds a line of text.
    fn run(&self, line: &str, seconds: u32) -> std::process::Output {
        let script = format!("gh() {{ shift; \"$GH_DEBUSSY_SYNC_BIN\" \"$@\"; }}\n{line}");
        let path = format!(
            "{}:{}",
            self.ws.path().join("bin").display(),
            std::env::var("PATH").unwrap_or_default()
        );
        let mut child = std::process::Command::new("timeout")
            .args(["-s", "INT", &seconds.to_string(), "bash", "-c", &script])
            .current_dir(self.ws.path())
            .env_clear()
            .env("PATH", path)
            .env("HOME", self.ws.path())
            .env(
                "GH_DEBUSSY_SYNC_BIN",
                assert_cmd::cargo::cargo_bin("gh-debussy-sync"),
            )
            .env("GITHUB_API_URL", &self.github.url)
            .env("GH_TOKEN", TOKEN)
            .env("JIRA_URL", &self.jira.url)
            .env("JIRA_API_TOKEN", support::jira::JIRA_TOKEN)
            .env("JIRA_EMAIL", support::jira::JIRA_EMAIL)
            .env("GH_DEBUSSY_SYNC_KEYRING", "none")
            .env("GH_DEBUSSY_SYNC_BACKOFF_SCALE", "0.01")
            .env("NO_COLOR", "1")
            .env("GITHUB_STEP_SUMMARY", self.ws.path().join("summary.md"))
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write as _;
        let _ = child.stdin.take().unwrap().write_all(b"Looks good.\n");
        child.wait_with_output().unwrap()
    }
}

/// Every `gh debussy-sync …` command of the README runs, in the README's order and
/// as a shell would split it, and does what the README says.
#[test]
fn readme_gh_debussy_sync_commands_run_as_documented() {
    let sandbox = Sandbox::new();
    let mut wrong = Vec::new();
    for line in readme_commands() {
        if !line.starts_with("gh debussy-sync ") {
            continue;
        }
        // Between the README's examples, PROJ-7 is back in review, where its workflow
        // allows Done.
        sandbox.jira.set_status("PROJ-7", "In Review");
        let outcome = NOT_PLAIN_EXIT_0
            .iter()
            .find(|(c, _)| *c == without_comment(&line))
            .map(|(_, o)| o);
        let seconds = match outcome {
            Some(Outcome::Follows | Outcome::NoKeyring(_)) => 2,
            _ => 20,
        };
        let out = sandbox.run(&line, seconds);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let as_documented = match outcome {
            // timeout(1) exits 124 when it had to stop the command.
            Some(Outcome::Follows) => out.status.code() == Some(124) && !stderr.contains("error"),
            Some(Outcome::NoKeyring(var)) => {
                out.status.code() == Some(1) && stderr.contains(&format!("set {var}"))
            }
            Some(Outcome::Refused) => {
                out.status.code() == Some(4) && stderr.to_lowercase().contains("match")
            }
            Some(Outcome::Conflicts) => {
                out.status.code() == Some(6)
                    && String::from_utf8_lossy(&out.stdout).contains("conflict")
            }
            None => out.status.success() && !stderr.contains("error"),
        };
        if !as_documented {
            wrong.push(format!("`{line}`: exit {:?}\n{stderr}", out.status.code()));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    let summary = sandbox.ws.read("summary.md");
    assert!(summary.contains('|'), "the step summary: {summary}");
    for (command, _) in NOT_PLAIN_EXIT_0 {
        assert!(
            readme_commands()
                .iter()
                .any(|l| without_comment(l) == *command),
            "`{command}` is no longer in the README"
        );
    }
}

/// The README's list of global flags is the binary's: `--plan` belongs to the
/// commands that work on a plan, and is not in it.
#[test]
fn readme_global_flags_are_the_global_options() {
    use clap::CommandFactory;
    let readme = repo_file("README.md");
    let from = readme
        .find("Global flags")
        .expect("a Global flags paragraph");
    let paragraph = readme[from..].split("\n\n").next().unwrap_or_default();
    let mut listed: Vec<String> = paragraph
        .split('`')
        .skip(1)
        .step_by(2)
        .filter_map(|code| code.split(' ').next())
        .filter(|flag| flag.starts_with('-'))
        .map(str::to_string)
        .collect();
    listed.sort();
    let mut global: Vec<String> = gh_debussy_sync::cli::Cli::command()
        .get_arguments()
        .filter(|a| a.is_global_set())
        .map(|a| match (a.get_short(), a.get_long()) {
            (Some(short), _) => format!("-{short}"),
            (None, Some(long)) => format!("--{long}"),
            (None, None) => String::new(),
        })
        .collect();
    global.sort();
    assert_eq!(listed, global, "{paragraph}");
}
