//! Safe in parallel, on incomplete plans and with a tracker missing: each defect of
//! the first release, reproduced as the user met it.

mod support;

use serde_json::Value;
use support::github::{FakeGitHub, FaultKind};
use support::*;

const REPO: &str = "acme/widgets";

/// A plan with `n` phases; phase i links acme/widgets#(100+i), the plan links #10.
fn many_phases(n: usize) -> (Workspace, FakeGitHub) {
    let ws = Workspace::new();
    let mut master = String::from(
        "# Many - Master Plan\n\n**GitHub Repo:** acme/widgets\n**GitHub Issues:** #10\n\n| Phase | Title | Status |\n|---|---|---|\n",
    );
    for i in 1..=n {
        master.push_str(&format!("| {i} | [P{i}](phase-{i}.md) | Pending |\n"));
        ws.write(
            &format!("plans/m/phase-{i}.md"),
            &format!(
                "# Many Phase {i}: P{i}\n\n**GitHub Issues:** #{}\n",
                100 + i
            ),
        );
    }
    ws.write("plans/m/MASTER_PLAN.md", &master);
    let gh = FakeGitHub::start();
    gh.add_issue(REPO, 10, "Plan");
    for i in 1..=n {
        gh.add_issue(REPO, 100 + i as u64, &format!("Phase {i}"));
    }
    (ws, gh)
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn finish_all_phases(ws: &Workspace, gh: &FakeGitHub) {
    for args in [["phase", "complete", "1"], ["phase", "complete", "2"]] {
        succeed(ws.gh(&gh.url).args(args));
    }
}

// 1. Parallel `plan complete --auto-close` posted duplicate completion comments.

#[test]
fn eight_parallel_auto_closes_post_one_comment_per_github_issue() {
    let (ws, gh) = standard();
    finish_all_phases(&ws, &gh);
    succeed_all_at_once(8, || {
        let mut cmd = ws.gh(&gh.url);
        cmd.args(["-q", "plan", "complete", "--auto-close"]);
        cmd
    });
    for n in [10, 11, 12] {
        assert_eq!(gh.comments(REPO, n).len(), 1, "issue {n}");
        assert_eq!(gh.issue(REPO, n).state, "closed");
    }
    assert_eq!(gh.mutations("addComment"), 3);
}

#[test]
fn eight_parallel_auto_closes_post_one_comment_per_local_issue() {
    let ws = local_standard();
    for id in ["1", "2"] {
        succeed(ws.cmd().args(["phase", "complete", id]));
    }
    succeed_all_at_once(8, || {
        let mut cmd = ws.cmd();
        cmd.args(["-q", "plan", "complete", "--auto-close"]);
        cmd
    });
    for n in [1, 2, 3] {
        let text = ws.read(&format!(".debussy/issues/{n}.md"));
        assert_eq!(
            text.matches("<!-- debussy-sync:completion:").count(),
            1,
            "local#{n}:\n{text}"
        );
        assert!(text.contains("state: closed"), "local#{n}");
    }
}

// 2. Parallel phase events left stale labels.

#[test]
fn parallel_phase_events_end_with_the_labels_plan_show_reports() {
    for trial in 0..20 {
        let (ws, gh) = many_phases(8);
        for event in ["start", "complete"] {
            let runs = (1..=8)
                .map(|i| {
                    let mut cmd = ws.gh(&gh.url);
                    cmd.args(["-q", "phase", event, &i.to_string()]);
                    cmd
                })
                .collect();
            for out in run_all_at_once(runs) {
                assert!(out.status.success(), "trial {trial}: {}", stderr(&out));
            }
        }
        let show = json_stdout(&succeed(ws.cmd().args(["--json", "plan", "show"])));
        let statuses: Vec<&str> = show["phases"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["status"].as_str().unwrap())
            .collect();
        assert_eq!(statuses, ["completed"; 8], "trial {trial}");
        for i in 1..=8u64 {
            assert_eq!(
                gh.issue(REPO, 100 + i).labels,
                ["debussy:completed"],
                "trial {trial}, phase {i}"
            );
        }
        assert_eq!(
            gh.issue(REPO, 10).labels,
            ["debussy:completed"],
            "trial {trial}"
        );
    }
}

#[test]
fn a_waiting_run_says_so_on_stderr_and_keeps_json_pure() {
    let ws = local_standard();
    let lock = ws.path().join(".debussy/sync.lock");
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock)
        .unwrap();
    file.lock().unwrap();
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("gh-debussy-sync"));
    cmd.current_dir(ws.path())
        .env("NO_COLOR", "1")
        .args(["--json", "phase", "start", "1"]);
    let child = cmd
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(2500));
    assert!(
        !ws.read(".debussy/issues/1.md")
            .contains("debussy:in-progress"),
        "nothing converges while another run holds the lock"
    );
    file.unlock().unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("waiting for another gh-debussy-sync run"));
    let report = json_stdout(&out);
    assert_eq!(report["operations"][0]["status"], "applied");
    assert_eq!(local_labels(&ws, 1), ["team:core", "debussy:in-progress"]);
}

// 3. An unreadable phase row shrank the plan, and auto-close closed issues early.

const TWO_PHASES_ONE_BROKEN: &str = "\
# Local Sync - Master Plan

**Issues:** local#1, local#2

| Phase | Title | Focus | Risk | Status |
|-------|-------|-------|------|--------|
| 1 | [Storage](phase-1.md) | x | Low | Pending |
| 2 | [API](phase-2.md) |
";

#[test]
fn unreadable_row_makes_the_plan_incomplete_and_it_is_never_auto_closed() {
    let ws = local_standard();
    ws.write(LOCAL_PLAN, TWO_PHASES_ONE_BROKEN);
    let out = succeed(ws.cmd().args(["phase", "complete", "1"]));
    assert!(
        stderr(&out).contains("plans/local/MASTER_PLAN.md:8: phase row 2 not read"),
        "{}",
        stderr(&out)
    );
    let out = ws
        .cmd()
        .args(["--json", "plan", "complete", "--auto-close"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let doc = json_stdout(&out);
    assert!(
        doc["error"]["message"]
            .as_str()
            .unwrap()
            .starts_with("nothing was closed: plans/local/MASTER_PLAN.md is incomplete"),
        "{doc}"
    );
    for n in [1, 2] {
        let text = ws.read(&format!(".debussy/issues/{n}.md"));
        assert!(text.contains("state: open"), "local#{n} stays open");
        assert!(!text.contains("debussy-sync:completion"), "no comment");
        assert_eq!(local_labels(&ws, n), ["team:core", "debussy:in-progress"]);
    }
    let milestone = ws.read(".debussy/issues/milestones/1.md");
    assert!(milestone.contains("1/2 phases (50%)"), "{milestone}");
    let history = json_stdout(&succeed(ws.cmd().args(["--json", "history"])));
    assert!(history["completions"].as_array().unwrap().is_empty());

    let out = ws.cmd().args(["plan", "check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("plans/local/MASTER_PLAN.md:8: phase row 2 not read"),
        "{text}"
    );
}

#[test]
fn plan_check_names_the_line_of_each_problem_and_exits_2() {
    let ws = local_standard();
    ws.write(
        LOCAL_PLAN,
        "# Local Sync - Master Plan\n\n**Issues:** local#1\n\n| Phase | Title | Status |\n|---|---|---|\n| 1 | [Storage](phase-1.md) | Done |\n| 2 | [API](phase-2.md) | Done |\n| 2 | [Again](phase-2.md) | Done |\n| 3 | [Gone](missing.md) | Done |\n| 4 | [Binary](binary.md) | Done |\n| 5 | [x](y.md) |\n",
    );
    std::fs::write(
        ws.path().join("plans/local/binary.md"),
        [0xff, 0xfe, 0x00, 0x80],
    )
    .unwrap();
    let out = ws.cmd().args(["--json", "plan", "check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let report = json_stdout(&out);
    assert_eq!(report["valid"], false);
    let problems: Vec<String> = report["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            format!(
                "{}:{}: {}",
                p["file"].as_str().unwrap(),
                p["line"],
                p["message"].as_str().unwrap()
            )
        })
        .collect();
    let at = |line: usize| format!("plans/local/MASTER_PLAN.md:{line}: ");
    assert_eq!(problems.len(), 4, "{problems:?}");
    assert!(problems[0].starts_with(&at(9)) && problems[0].contains("listed twice"));
    assert!(problems[1].starts_with(&at(10)) && problems[1].contains("missing.md"));
    assert!(problems[2].starts_with(&at(11)) && problems[2].contains("not UTF-8"));
    assert!(problems[3].starts_with(&at(12)) && problems[3].contains("not read"));

    // Every readable phase says completed, yet the plan is never complete: closing
    // it is refused.
    let out = ws
        .cmd()
        .args(["plan", "complete", "--auto-close"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert!(
        stderr(&out).contains("error: nothing was closed: plans/local/MASTER_PLAN.md is incomplete (4 phases could not be read)"),
        "{}",
        stderr(&out)
    );
    assert!(ws.read(".debussy/issues/1.md").contains("state: open"));
}

#[test]
fn empty_master_plan_is_an_input_error() {
    let ws = local_standard();
    ws.write(LOCAL_PLAN, "");
    for args in [&["plan", "check"][..], &["phase", "start", "1"]] {
        let out = ws.cmd().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&out).contains("plans/local/MASTER_PLAN.md:1: the master plan is empty"),
            "{}",
            stderr(&out)
        );
    }
    ws.write(LOCAL_PLAN, "# Local Sync - Master Plan\n\nNo table yet.\n");
    let out = ws.cmd().args(["plan", "check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no phase table found"));
}

#[test]
fn bare_number_without_a_repository_warns_in_plan_show_and_refuses_writes() {
    let ws = local_standard();
    ws.write(
        "plans/local/phase-2.md",
        "# Local Sync Phase 2: API\n\n**GitHub Issues:** #17\n",
    );
    let out = succeed(ws.cmd().args(["plan", "show"]));
    assert!(stderr(&out).contains("phase-2.md:3: '#17' needs a repository"));
    assert!(String::from_utf8_lossy(&out.stdout).contains("local#3"));
    let out = ws.cmd().args(["phase", "start", "1"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("phase-2.md:3"), "{}", stderr(&out));
    assert!(!ws.path().join(".debussy/sync.db").exists());
}

// 4. Missing GitHub credentials discarded the event.

const MIXED: &str = "\
# Mixed - Master Plan

**GitHub Repo:** acme/widgets
**Issues:** #10, local#1

| Phase | Title | Status |
|---|---|---|
| 1 | [One](phase-1.md) | Pending |
";

#[test]
fn without_github_credentials_the_event_is_kept_and_local_issues_converge() {
    let ws = local_standard();
    ws.write(LOCAL_PLAN, MIXED);
    let gh = FakeGitHub::start();
    gh.add_issue(REPO, 10, "Plan");
    let out = ws
        .cmd()
        .env("GITHUB_API_URL", &gh.url)
        .env("PATH", "/nonexistent")
        .args(["--json", "phase", "start", "1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let report = json_stdout(&out);
    let failed: Vec<&Value> = operations_where(&report, "status", "failed");
    assert_eq!(failed.len(), 1, "{report}");
    assert_eq!(failed[0]["target"], "acme/widgets#10");
    assert!(failed[0]["message"].as_str().unwrap().contains("GH_TOKEN"));
    assert_eq!(local_labels(&ws, 1), ["team:core", "debussy:in-progress"]);
    assert!(gh.requests().is_empty());
    assert_eq!(recorded_events(&ws), 1);

    // With credentials, the same command converges GitHub; no second event.
    succeed(ws.gh(&gh.url).args(["phase", "start", "1"]));
    assert_eq!(gh.issue(REPO, 10).labels, ["debussy:in-progress"]);
    assert_eq!(recorded_events(&ws), 1);
}

#[test]
fn dry_run_with_failed_reads_counts_only_what_is_planned_and_exits_like_a_real_run() {
    let ws = local_standard();
    ws.write(LOCAL_PLAN, MIXED);
    let gh = FakeGitHub::start();
    gh.add_issue(REPO, 10, "Plan");
    let without_token = |args: &[&str]| {
        ws.cmd()
            .env("GITHUB_API_URL", &gh.url)
            .env("PATH", "/nonexistent")
            .args(args)
            .output()
            .unwrap()
    };
    let dry = without_token(&["--dry-run", "phase", "start", "1"]);
    let stdout = String::from_utf8_lossy(&dry.stdout);
    assert!(
        stdout.lines().any(|l| l.starts_with('✗')
            && l.contains("acme/widgets#10  ")
            && l.contains(" read — ")),
        "{stdout}"
    );
    assert_eq!(stdout.lines().filter(|l| l.starts_with('•')).count(), 4);
    assert!(
        stdout.contains(
            "Dry run: 4 operations planned, 1 read failed (nothing can be planned for what could not be read), nothing changed."
        ),
        "{stdout}"
    );
    let real = without_token(&["phase", "start", "1"]);
    assert_eq!(real.status.code(), Some(3), "{}", stderr(&real));
    assert_eq!(dry.status.code(), real.status.code(), "{}", stderr(&dry));

    // Every read failed: nothing is planned, and the line says so.
    ws.write(
        LOCAL_PLAN,
        &MIXED.replace("**Issues:** #10, local#1", "**Issues:** #10, #11"),
    );
    let dry = without_token(&["--dry-run", "phase", "start", "1"]);
    let stdout = String::from_utf8_lossy(&dry.stdout);
    assert!(
        stdout.contains("Dry run: 0 operations planned, 2 reads failed"),
        "{stdout}"
    );
    assert_eq!(dry.status.code(), Some(3));
}

#[test]
fn unreachable_github_fails_its_issues_naming_the_host_and_local_converges() {
    let ws = local_standard();
    ws.write(LOCAL_PLAN, MIXED);
    let out = ws
        .cmd()
        .env("GITHUB_API_URL", "http://127.0.0.1:1")
        .env("GH_TOKEN", TOKEN)
        .args(["phase", "start", "1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("cannot connect to http://127.0.0.1:1") && text.contains("GITHUB_API_URL"),
        "{text}"
    );
    assert!(!text.contains("Service Error"), "{text}");
    assert_eq!(local_labels(&ws, 1), ["team:core", "debussy:in-progress"]);
}

#[test]
fn disabled_github_gets_no_request_and_jira_dry_run_posts_nothing() {
    let ws = local_standard();
    ws.write(LOCAL_PLAN, MIXED);
    ws.write(".debussy/config.yaml", "github:\n  enabled: false\n");
    let gh = FakeGitHub::start();
    gh.add_issue(REPO, 10, "Plan");
    succeed(ws.gh(&gh.url).args(["phase", "start", "1"]));
    assert!(gh.requests().is_empty(), "{:?}", gh.requests());
    assert_eq!(local_labels(&ws, 1), ["team:core", "debussy:in-progress"]);

    let ws = jira_workspace("cloud");
    let config = ws.read(".debussy/config.yaml");
    ws.write(
        ".debussy/config.yaml",
        &config.replace("jira:\n", "jira:\n  dry_run: true\n"),
    );
    let fake = support::jira::FakeJira::start(support::jira::Flavor::Cloud);
    fake.add_issue("PROJ-1", "Plan");
    fake.add_issue("PROJ-2", "Phase");
    let out = succeed(jira_cmd(&ws, &fake).args(["--json", "phase", "start", "1"]));
    let report = json_stdout(&out);
    assert!(fake.writes().is_empty(), "{:?}", fake.writes());
    let ops = report["operations"].as_array().unwrap();
    assert!(!ops.is_empty());
    assert!(ops.iter().all(|o| o["status"] == "planned"), "{report}");
    let warnings: Vec<&str> = report["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .filter(|w| w.contains("jira.dry_run"))
        .collect();
    assert_eq!(warnings.len(), 1, "{report}");
}

// 5. `--json` errors printed no JSON; `-q` hid warnings.

#[test]
fn every_error_with_json_is_one_json_document() {
    let (ws, gh) = standard();
    for args in [
        &["--json", "phase", "start", "99"][..],
        &["--json", "phase", "frobnicate", "1"],
        &["--json", "issue", "view", "what?"],
        &["--json", "plan", "show", "--plan", "nope.md"],
    ] {
        let out = ws.gh(&gh.url).args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let doc = json_stdout(&out);
        assert!(doc["error"]["message"].is_string(), "{args:?}: {doc}");
        assert_eq!(doc["error"]["code"], 2);
        let message = doc["error"]["message"].as_str().unwrap();
        assert!(stderr(&out).contains(message), "the same text on stderr");
    }
    ws.write(".debussy/config.yaml", "github:\n  auto_close: sometimes\n");
    let out = ws
        .gh(&gh.url)
        .args(["--json", "phase", "start", "1"])
        .output()
        .unwrap();
    let doc = json_stdout(&out);
    assert!(doc["error"]["message"]
        .as_str()
        .unwrap()
        .contains("github.auto_close"));
    assert!(doc["error"]["hint"].is_string());
}

#[test]
fn quiet_keeps_warnings_and_json_reports_carry_config_warnings() {
    let (ws, gh) = standard();
    ws.write(".debussy/config.yaml", "github:\n  auto_clos: true\n");
    let out = succeed(ws.gh(&gh.url).args(["-q", "phase", "start", "1"]));
    assert!(out.stdout.is_empty());
    assert!(stderr(&out).contains("did you mean github.auto_close"));
    let out = succeed(ws.gh(&gh.url).args(["--json", "phase", "complete", "1"]));
    let report = json_stdout(&out);
    assert!(
        report["warnings"].as_array().unwrap().iter().any(|w| w
            .as_str()
            .unwrap()
            .contains("did you mean github.auto_close")),
        "{report}"
    );
}

// 6. One corrupt local issue file broke `issue list`.

#[test]
fn corrupt_local_issue_is_skipped_with_a_warning_naming_its_line() {
    let ws = local_standard();
    ws.write(
        ".debussy/issues/2.md",
        "---\nnumber: 2\ntitle: [unclosed\n---\nBody\n",
    );
    let out = succeed(ws.cmd().args(["--json", "issue", "list", "local"]));
    let list = json_stdout(&out);
    let refs: Vec<&str> = list["issues"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["ref"].as_str().unwrap())
        .collect();
    assert_eq!(refs, ["local#3", "local#1"], "newest first");
    let warning = list["warnings"][0].as_str().unwrap();
    assert!(
        warning.contains(".debussy/issues/2.md:3:"),
        "the line counts from the top of the file: {warning}"
    );
}

#[test]
fn local_issue_whose_number_disagrees_with_its_file_name_is_refused() {
    let ws = local_standard();
    ws.write(
        ".debussy/issues/4.md",
        &local_issue_file(7, "Misnumbered", None),
    );
    let out = ws
        .cmd()
        .args(["issue", "view", "local#4"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("4.md: number: 7 does not match the file name"),
        "{}",
        stderr(&out)
    );
    let out = succeed(
        ws.cmd()
            .args(["issue", "create", "local", "--title", "New"]),
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("local#5"));
}

// §10: GitHub edge cases.

#[test]
fn pull_request_gets_labels_but_is_never_closed() {
    let (ws, gh) = standard();
    gh.mark_pull_request(REPO, 11);
    finish_all_phases(&ws, &gh);
    let out = succeed(ws.gh(&gh.url).args(["plan", "complete", "--auto-close"]));
    assert!(stderr(&out).contains("acme/widgets#11 is a pull request"));
    assert_eq!(gh.issue(REPO, 11).state, "open");
    assert_eq!(gh.issue(REPO, 11).labels, ["debussy:completed"]);
    assert!(gh.comments(REPO, 11).is_empty());
    assert_eq!(gh.issue(REPO, 10).state, "closed");
}

#[test]
fn auto_close_leaves_an_already_closed_issue_alone() {
    let (ws, gh) = standard();
    finish_all_phases(&ws, &gh);
    gh.close_issue(REPO, 10, "not_planned");
    gh.clear_log();
    succeed(ws.gh(&gh.url).args(["plan", "complete", "--auto-close"]));
    assert!(gh.comments(REPO, 10).is_empty());
    assert!(gh.requests_to("PATCH", "/issues/10").is_empty());
    assert_eq!(
        gh.issue(REPO, 10).state_reason.as_deref(),
        Some("not_planned")
    );
    assert_eq!(gh.comments(REPO, 11).len(), 1);
}

#[test]
fn deleted_milestone_is_a_warning_and_crlf_descriptions_keep_crlf() {
    let (ws, gh) = standard();
    gh.add_milestone(REPO, 1, "v1", "Goals.\r\nShip it.");
    gh.set_issue_milestone(REPO, 10, 1);
    succeed(ws.gh(&gh.url).args(["phase", "start", "1"]));
    let description = gh.milestone_description(REPO, 1);
    assert!(
        description.starts_with("Goals.\r\nShip it.\r\n\r\nDebussy progress"),
        "{description:?}"
    );
    // Deleted between this run's read and its write: skipped, not a failure.
    gh.inject("PATCH", "/milestones/1", FaultKind::NotFound, 1);
    let out = succeed(ws.gh(&gh.url).args(["--json", "phase", "complete", "1"]));
    let report = json_stdout(&out);
    let milestone = operation_where(&report, "action", "update_milestone");
    assert_eq!(milestone["status"], "skipped", "{report}");
    assert!(milestone["message"]
        .as_str()
        .unwrap()
        .contains("milestone 1 of acme/widgets no longer exists"));
}

// §10: Jira edge cases.

#[test]
fn phase_events_never_move_a_done_jira_issue_back() {
    let ws = jira_workspace("cloud");
    let fake = support::jira::FakeJira::start(support::jira::Flavor::Cloud);
    fake.add_issue("PROJ-1", "Plan");
    fake.add_issue("PROJ-2", "Phase");
    fake.set_status("PROJ-1", "Done");
    let out = succeed(jira_cmd(&ws, &fake).args(["--json", "phase", "start", "1"]));
    let report = json_stdout(&out);
    assert_eq!(fake.issue("PROJ-1").status, "Done");
    assert_eq!(fake.issue("PROJ-2").status, "In Progress");
    let skipped = operation_where(&report, "target", "PROJ-1");
    assert_eq!(skipped["status"], "skipped");
    assert!(skipped["message"].as_str().unwrap().contains("is done"));
}

#[test]
fn jira_context_path_lowercase_keys_and_transition_names_and_http_date_retry() {
    let ws = jira_workspace("cloud");
    ws.write(
        "plans/j/MASTER_PLAN.md",
        &ws.read("plans/j/MASTER_PLAN.md")
            .replace("PROJ-1", "proj-1"),
    );
    let config = ws.read(".debussy/config.yaml");
    ws.write(
        ".debussy/config.yaml",
        &config.replace("\"In Progress\"", "\"in progress\""),
    );
    let fake = support::jira::FakeJira::start(support::jira::Flavor::Cloud);
    fake.add_issue("PROJ-1", "Plan");
    fake.add_issue("PROJ-2", "Phase");
    fake.inject(
        "GET",
        "/search",
        support::jira::JiraFault::TooManyRequestsUntil("Sun, 06 Nov 1994 08:49:37 GMT"),
        1,
    );
    let mut cmd = jira_cmd(&ws, &fake);
    cmd.env("JIRA_URL", format!("{}/jira/", fake.url));
    succeed(cmd.args(["phase", "start", "1"]));
    assert_eq!(fake.issue("PROJ-1").status, "In Progress");
    assert_eq!(fake.issue("PROJ-2").status, "In Progress");
    let transition_reads = fake
        .requests()
        .iter()
        .filter(|r| r.method == "GET" && r.target.contains("/transitions"))
        .count();
    assert_eq!(transition_reads, 2, "one GET of transitions per issue");
    assert!(fake
        .requests()
        .iter()
        .all(|r| r.target.starts_with("/jira/")));
}

#[test]
fn persistent_jira_rate_limit_fails_the_operation_with_exit_3() {
    let ws = jira_workspace("cloud");
    let fake = support::jira::FakeJira::start(support::jira::Flavor::Cloud);
    fake.add_issue("PROJ-1", "Plan");
    fake.add_issue("PROJ-2", "Phase");
    fake.inject(
        "GET",
        "/issue/PROJ-1",
        support::jira::JiraFault::TooManyRequests { retry_after: 1 },
        100,
    );
    let out = jira_cmd(&ws, &fake)
        .args(["phase", "start", "1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("rate limited"));
    assert_eq!(fake.issue("PROJ-2").status, "In Progress");
}

#[test]
fn phase_completed_only_in_the_table_counts_as_completed() {
    let ws = local_standard();
    ws.write(
        LOCAL_PLAN,
        &LOCAL_MASTER.replace(
            "| 2 | [API](phase-2.md) | x | Low | Pending |",
            "| 2 | [API](phase-2.md) | x | Low | ✅ Done |",
        ),
    );
    succeed(ws.cmd().args(["phase", "complete", "1"]));
    succeed(ws.cmd().args(["plan", "complete", "--auto-close"]));
    for n in [1, 2] {
        assert!(ws
            .read(&format!(".debussy/issues/{n}.md"))
            .contains("state: closed"));
    }
    assert!(ws
        .read(".debussy/issues/milestones/1.md")
        .contains("2/2 phases (100%)"));
}

#[test]
fn unreachable_jira_names_its_url_and_fails_only_its_issues() {
    let ws = jira_workspace("server");
    let out = ws
        .cmd()
        .env("JIRA_URL", "http://127.0.0.1:1")
        .env("JIRA_API_TOKEN", "x")
        .env("GH_DEBUSSY_SYNC_KEYRING", "none")
        .args(["phase", "start", "1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("cannot connect: http://127.0.0.1:1") && text.contains("JIRA_URL"),
        "{text}"
    );
    assert_eq!(recorded_events(&ws), 1);
}
