//! Command-line surface: help, usage errors, completions, man pages.

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

/// The pages shipped in `man/man1/`, by file name.
fn shipped_man_pages() -> std::collections::BTreeMap<String, Vec<u8>> {
    read_dir_files(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("man/man1"))
}

fn read_dir_files(dir: &std::path::Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&path).unwrap())
        })
        .collect()
}

#[test]
fn checked_in_man_pages_are_current() {
    let ws = Workspace::new();
    let out = ws.cmd().args(["man", "generated"]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let generated = read_dir_files(&ws.path().join("generated"));
    let shipped = shipped_man_pages();
    assert_eq!(
        generated.keys().collect::<Vec<_>>(),
        shipped.keys().collect::<Vec<_>>(),
        "man/man1 holds other pages than the commands': run `cargo run -q -- man man/man1`"
    );
    for (name, text) in &generated {
        assert!(
            shipped[name] == *text,
            "man/man1/{name} is stale: run `cargo run -q -- man man/man1`"
        );
    }
}

/// Every page another page links to (`gh-debussy-sync-phase(1)`) is shipped, one per
/// command; synopses show the values options take.
#[test]
fn man_page_links_resolve_and_synopses_show_option_values() {
    let pages = shipped_man_pages();
    for command in [
        "gh-debussy-sync",
        "gh-debussy-sync-phase-start",
        "gh-debussy-sync-issue-edit",
    ] {
        assert!(
            pages.contains_key(&format!("{command}.1")),
            "{command}.1 is not shipped"
        );
    }
    let mut dangling = Vec::new();
    for (name, text) in &pages {
        let text = String::from_utf8_lossy(text).replace("\\-", "-");
        for (at, _) in text.match_indices("(1)") {
            let before = &text[..at];
            let link = before
                .rsplit(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
                .next()
                .unwrap_or(before);
            if !pages.contains_key(&format!("{link}.1")) {
                dangling.push(format!("{name} links {link}(1)"));
            }
        }
    }
    assert!(dangling.is_empty(), "{}", dangling.join("\n"));
    let synopsis = |page: &str| {
        let text = String::from_utf8_lossy(&pages[page]).replace("\\-", "-");
        let from = text.find(".SH SYNOPSIS").unwrap();
        let to = text[from..].find(".SH DESCRIPTION").unwrap();
        text[from..from + to].to_string()
    };
    let root = synopsis("gh-debussy-sync.1");
    for shown in [
        "[-C <DIR>]",
        "[--jq <EXPRESSION>]",
        "[-q|--quiet]",
        "<COMMAND>",
    ] {
        assert!(root.contains(shown), "{shown} missing from:\n{root}");
    }
    let start = synopsis("gh-debussy-sync-phase-start.1");
    for shown in [
        "gh-debussy-sync phase start",
        "[--plan <PATH>]",
        "[--reason <TEXT>]",
        "<ID>",
    ] {
        assert!(start.contains(shown), "{shown} missing from:\n{start}");
    }
}

/// The README's `man` commands open the shipped pages from the checkout, synopsis with
/// option values included. Needs man (installed by `.ci/run`).
#[test]
#[ignore = "needs man (man-db): run by .ci/run"]
fn readme_man_commands_open_the_shipped_pages() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let lines: Vec<&str> = readme.lines().filter(|l| l.starts_with("man ")).collect();
    assert!(lines.len() >= 2, "the README's man commands: {lines:?}");
    for line in lines {
        let out = std::process::Command::new("bash")
            .args(["-c", line])
            .current_dir(root)
            .env("MANPAGER", "cat")
            .env("MANWIDTH", "200")
            .env("LC_ALL", "C")
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{line}: {stderr}");
        assert!(
            text.contains("SYNOPSIS") && text.contains("[-C <DIR>]"),
            "{line}:\n{text}"
        );
    }
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

/// Runs the README's completion install block (its `mkdir` and `cp` lines) with `home`
/// as HOME, from the checkout.
fn install_completions_as_the_readme_says(home: &std::path::Path) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let lines: Vec<&str> = readme
        .lines()
        .filter(|l| l.starts_with("mkdir ") || l.starts_with("cp completions/"))
        .collect();
    assert!(lines.len() >= 4, "the README's install block: {lines:?}");
    let out = std::process::Command::new("bash")
        .args(["-euc", &lines.join("\n")])
        .current_dir(root)
        .env("HOME", home)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Drives zsh's real completion system in a pseudo-terminal: compinit with `~/.zfunc`
/// in `fpath`, as the README says, then TAB after `$LINE`; every match offered is
/// appended to `$OFFERED`.
const ZSH_TAB: &str = r#"
zmodload zsh/zpty || exit 1
zpty shell zsh -f -i
zpty -w shell 'fpath=(~/.zfunc $fpath); autoload -U compinit && compinit -u -D'
zpty -w shell 'compadd() {
  if (( ${@[(I)-[OAD]]} )); then builtin compadd "$@"; return; fi
  local -a offered; builtin compadd -A offered "$@"; print -rl -- $offered >> $OFFERED
}'
zpty -w shell 'tab() { _main_complete; print -r -- "tab""-""done"; }; zle -C tab complete-word tab; bindkey "^I" tab'
zpty -w -n shell "$LINE"$'\t'
zpty -r shell seen '*tab-done*'
"#;

/// What `shell` offers when TAB is pressed after `line`, through the scripts installed
/// under `home`, with the binary on PATH. The shell must load them without a complaint.
fn offered_on_tab(shell: &str, home: &std::path::Path, line: &str) -> Vec<String> {
    let offered = home.join("offered");
    let _ = std::fs::remove_file(&offered);
    let script = match shell {
        // What bash-completion does when TAB is pressed: the words, the cursor's
        // word, then the function registered for the command.
        "bash" => {
            r#"source ~/.local/share/bash-completion/completions/gh-debussy-sync
            read -r -a COMP_WORDS <<< "$LINE"; [[ $LINE == *' ' ]] && COMP_WORDS+=('')
            COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMP_LINE=$LINE; COMP_POINT=${#LINE}
            spec=$(complete -p gh-debussy-sync); fn=${spec#*-F }; fn=${fn%% *}
            "$fn" gh-debussy-sync "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf '%s\n' "${COMPREPLY[@]}" > "$OFFERED""#
        }
        "zsh" => ZSH_TAB,
        // fish loads ~/.config/fish/completions/gh-debussy-sync.fish by itself.
        "fish" => r#"complete -C "$LINE" > $OFFERED"#,
        _ => unreachable!(),
    };
    let flag = if shell == "zsh" { "-fc" } else { "-c" };
    // The binary is installed: fish loads completions only for a command it finds.
    let bin = assert_cmd::cargo::cargo_bin("gh-debussy-sync");
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = std::process::Command::new("timeout")
        .args(["60", shell, flag, script])
        .env("HOME", home)
        .env("PATH", path)
        .env_remove("XDG_CONFIG_HOME")
        .env_remove("XDG_DATA_HOME")
        .env("LINE", line)
        .env("OFFERED", &offered)
        .output()
        .unwrap_or_else(|e| panic!("{shell} is needed for this test: {e}"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{shell} `{line}`: {stderr}");
    assert!(stderr.trim().is_empty(), "{shell} complained: {stderr}");
    std::fs::read_to_string(&offered)
        .unwrap_or_default()
        .lines()
        // fish follows each candidate with a tab and its description.
        .map(|l| l.split('\t').next().unwrap_or_default().to_owned())
        .collect()
}

/// The checked-in scripts, installed as the README says, complete commands,
/// subcommands and their options in bash, zsh and fish. Needs the three shells
/// (installed by `.ci/run`).
#[test]
#[ignore = "needs bash, zsh and fish: run by .ci/run"]
fn installed_completion_scripts_complete_subcommands_and_their_options() {
    let home = tempfile::tempdir().unwrap();
    install_completions_as_the_readme_says(home.path());
    let cases = [
        ("gh-debussy-sync pha", "phase"),
        ("gh-debussy-sync phase st", "start"),
        ("gh-debussy-sync phase start --p", "--plan"),
        ("gh-debussy-sync plan ", "show"),
        ("gh-debussy-sync issue list --st", "--state"),
        ("gh-debussy-sync sync --direction ", "from-tracker"),
    ];
    let mut wrong = Vec::new();
    for shell in ["bash", "zsh", "fish"] {
        for (line, expected) in cases {
            let offered = offered_on_tab(shell, home.path(), line);
            if !offered.iter().any(|o| o == expected) {
                wrong.push(format!(
                    "{shell}: `{line}<TAB>` offered {offered:?}, not {expected}"
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
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
    assert!(shown.contains("converging 3 linked issues…"), "{shown}");
    assert!(shown.contains("\x1b[2K"), "the line is erased: {shown:?}");
    // Not a terminal: no progress line.
    let out = ws
        .gh(&gh.url)
        .args(["phase", "start", "1"])
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&out.stderr).contains("converging"));
}
