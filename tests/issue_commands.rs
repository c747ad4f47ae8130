//! `issue …`: one interface over the local tracker, GitHub (fake) and Jira (fake).

mod support;

use serde_json::Value;
use support::jira::{FakeJira, Flavor};
use support::*;

fn refs(v: &Value) -> Vec<String> {
    v["issues"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["ref"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn local_issues_through_every_command() {
    let ws = Workspace::new();
    let created = json_stdout(&succeed(ws.cmd().args([
        "--json", "issue", "create", "--title", "First", "--body", "Do it", "--label", "bug",
    ])));
    assert_eq!(created["action"], "created");
    assert_eq!(created["issue"]["ref"], "local#1");
    succeed(ws.cmd().args([
        "issue",
        "create",
        "local",
        "--title",
        "Second",
        "--assignee",
        "ana",
    ]));
    let text = ws.read(".debussy/issues/1.md");
    assert!(
        text.starts_with("---\nnumber: 1\ntitle: \"First\"\n"),
        "{text}"
    );
    assert!(text.contains("\n---\n\nDo it\n"), "{text}");

    let list = json_stdout(&succeed(ws.cmd().args(["--json", "issue", "list"])));
    assert_eq!(refs(&list), ["local#2", "local#1"]);
    let human = String::from_utf8(succeed(ws.cmd().args(["issue", "list"])).stdout).unwrap();
    assert_eq!(human, "local#2  open  Second\nlocal#1  open  First   bug\n");
    assert_eq!(
        refs(&json_stdout(&succeed(
            ws.cmd().args(["--json", "issue", "list", "--label", "BUG"])
        ))),
        ["local#1"]
    );
    assert_eq!(
        refs(&json_stdout(&succeed(ws.cmd().args([
            "--json",
            "issue",
            "list",
            "--assignee",
            "ana"
        ])))),
        ["local#2"]
    );

    let edited = json_stdout(&succeed(ws.cmd().args([
        "--json",
        "issue",
        "edit",
        "local#1",
        "--title",
        "First!",
        "--add-label",
        "p1",
        "--remove-label",
        "bug",
        "--add-assignee",
        "bo",
        "--milestone",
        "4",
    ])));
    assert_eq!(edited["issue"]["title"], "First!");
    assert_eq!(edited["issue"]["labels"], serde_json::json!(["p1"]));
    assert_eq!(edited["issue"]["assignees"], serde_json::json!(["bo"]));
    assert_eq!(edited["issue"]["milestone"], "4");

    succeed(
        ws.cmd()
            .args(["issue", "comment", "local#1", "--body-file", "-"])
            .write_stdin("Looks good.\nShip it."),
    );
    let view = json_stdout(&succeed(
        ws.cmd().args(["--json", "issue", "view", "local#1"]),
    ));
    assert_eq!(view["comments"][0]["body"], "Looks good.\nShip it.");
    let human =
        String::from_utf8(succeed(ws.cmd().args(["issue", "view", "local#1"])).stdout).unwrap();
    assert!(
        human.starts_with("local#1  First!\n") && human.contains("Looks good."),
        "{human}"
    );

    let closed = json_stdout(&succeed(ws.cmd().args([
        "--json",
        "issue",
        "close",
        "local#2",
        "--reason",
        "not-planned",
    ])));
    assert_eq!(closed["issue"]["state"], "closed");
    assert_eq!(closed["issue"]["state_reason"], "not_planned");
    assert_eq!(
        refs(&json_stdout(&succeed(
            ws.cmd()
                .args(["--json", "issue", "list", "--state", "closed"])
        ))),
        ["local#2"]
    );
    let reopened = json_stdout(&succeed(
        ws.cmd().args(["--json", "issue", "reopen", "local#2"]),
    ));
    assert_eq!(reopened["issue"]["state"], "open");
}

#[test]
fn github_issues_through_every_command() {
    let (ws, gh) = standard();
    ws.write(".debussy/config.yaml", "github:\n  repo: acme/widgets\n");
    gh.set_issue_labels("acme/widgets", 12, &["bug", "team:core"]);
    let created = json_stdout(&succeed(ws.gh(&gh.url).args([
        "--json",
        "issue",
        "create",
        "acme/widgets",
        "--title",
        "New one",
        "--body",
        "Body",
        "--label",
        "p2",
    ])));
    assert_eq!(created["issue"]["ref"], "acme/widgets#13");
    assert_eq!(gh.issue("acme/widgets", 13).labels, ["p2"]);

    let list = json_stdout(&succeed(ws.gh(&gh.url).args([
        "--json",
        "issue",
        "list",
        "acme/widgets",
        "--label",
        "bug",
    ])));
    assert_eq!(refs(&list), ["acme/widgets#12"]);

    gh.clear_log();
    let edited = json_stdout(&succeed(ws.gh(&gh.url).args([
        "--json",
        "issue",
        "edit",
        "#12",
        "--add-label",
        "p1",
        "--remove-label",
        "bug",
        "--add-assignee",
        "ana",
        "--title",
        "Renamed",
    ])));
    assert_eq!(
        edited["issue"]["labels"],
        serde_json::json!(["team:core", "p1"])
    );
    assert_eq!(edited["issue"]["assignees"], serde_json::json!(["ana"]));
    assert_eq!(edited["issue"]["title"], "Renamed");
    assert!(
        gh.writes().iter().all(|w| w.method != "PUT"),
        "labels are never replaced wholesale"
    );

    succeed(
        ws.gh(&gh.url)
            .args(["issue", "comment", "acme/widgets#12", "--body", "Noted"]),
    );
    let view = json_stdout(&succeed(ws.gh(&gh.url).args([
        "--json",
        "issue",
        "view",
        "https://github.com/acme/widgets/issues/12",
    ])));
    assert_eq!(view["comments"][0]["body"], "Noted");
    assert_eq!(view["comments"][0]["author"], "octocat");

    let closed = json_stdout(&succeed(ws.gh(&gh.url).args([
        "--json",
        "issue",
        "close",
        "#12",
        "--reason",
        "not-planned",
        "--comment",
        "dup",
    ])));
    assert_eq!(closed["issue"]["state_reason"], "not_planned");
    assert_eq!(gh.comments("acme/widgets", 12).len(), 2);
    succeed(ws.gh(&gh.url).args(["issue", "reopen", "#12"]));
    assert_eq!(gh.issue("acme/widgets", 12).state, "open");
}

#[test]
fn jira_issues_through_every_command() {
    let fake = FakeJira::start(Flavor::Cloud);
    fake.add_issue("PROJ-1", "Existing");
    let ws = jira_workspace("cloud");
    let created = json_stdout(&succeed(jira_cmd(&ws, &fake).args([
        "--json",
        "issue",
        "create",
        "PROJ",
        "--title",
        "From the CLI",
        "--body",
        "Details",
        "--label",
        "cli",
    ])));
    assert_eq!(created["issue"]["ref"], "PROJ-2");
    assert_eq!(fake.issue("PROJ-2").description.unwrap()["type"], "doc");

    let list = json_stdout(&succeed(
        jira_cmd(&ws, &fake).args(["--json", "issue", "list", "PROJ"]),
    ));
    assert_eq!(refs(&list), ["PROJ-1", "PROJ-2"]);
    let human = String::from_utf8(
        succeed(jira_cmd(&ws, &fake).args(["issue", "list", "PROJ", "--label", "cli"])).stdout,
    )
    .unwrap();
    assert_eq!(human, "PROJ-2  To Do  From the CLI  cli\n");

    let edited = json_stdout(&succeed(jira_cmd(&ws, &fake).args([
        "--json",
        "issue",
        "edit",
        "PROJ-2",
        "--title",
        "Renamed",
        "--add-label",
        "p1",
        "--remove-label",
        "cli",
    ])));
    assert_eq!(edited["issue"]["title"], "Renamed");
    assert_eq!(edited["issue"]["labels"], serde_json::json!(["p1"]));

    succeed(
        jira_cmd(&ws, &fake)
            .args(["issue", "comment", "PROJ-2", "--body-file", "-"])
            .write_stdin("via stdin"),
    );
    let view = json_stdout(&succeed(
        jira_cmd(&ws, &fake).args(["--json", "issue", "view", "PROJ-2"]),
    ));
    assert_eq!(view["comments"][0]["body"], "via stdin");
    assert_eq!(view["status"], "To Do");

    // The restrictive workflow reaches Done only from In Review.
    let out = jira_cmd(&ws, &fake)
        .args(["issue", "close", "PROJ-2"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("no transition from 'To Do' leads to a done status"));
    fake.set_status("PROJ-2", "In Review");
    let closed = json_stdout(&succeed(jira_cmd(&ws, &fake).args([
        "--json",
        "issue",
        "close",
        "PROJ-2",
        "--reason",
        "not-planned",
    ])));
    assert_eq!(closed["issue"]["state"], "closed");
    assert_eq!(fake.issue("PROJ-2").resolution.as_deref(), Some("Won't Do"));
}

#[test]
fn unknown_reference_form_is_exit_2_listing_the_accepted_forms() {
    let ws = Workspace::new();
    for bad in ["foo", "12", "1proj-1", "local#x"] {
        let out = ws.cmd().args(["issue", "view", bad]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("hint: accepted forms: #12, gh#12, owner/repo#12"),
            "{bad}: {stderr}"
        );
        assert!(
            stderr.contains("PROJ-7") && stderr.contains("local#3"),
            "{stderr}"
        );
    }
}

#[test]
fn dry_run_issue_commands_write_nothing() {
    let ws = Workspace::new();
    succeed(ws.cmd().args(["issue", "create", "--title", "One"]));
    let before = ws.read(".debussy/issues/1.md");
    succeed(
        ws.cmd()
            .args(["--dry-run", "issue", "edit", "local#1", "--add-label", "x"]),
    );
    succeed(ws.cmd().args(["--dry-run", "issue", "close", "local#1"]));
    succeed(
        ws.cmd()
            .args(["--dry-run", "issue", "create", "--title", "Two"]),
    );
    assert_eq!(ws.read(".debussy/issues/1.md"), before);
    assert!(!ws.path().join(".debussy/issues/2.md").exists());
}

/// Local issues 1..=n, as a person would write them.
fn local_issues(ws: &Workspace, n: u64) {
    for number in 1..=n {
        ws.write(
            &format!(".debussy/issues/{number}.md"),
            &local_issue_file(number, &format!("Issue {number}"), None),
        );
    }
}

#[test]
fn missing_local_issue_names_the_file_and_how_to_find_or_create_one() {
    let ws = Workspace::new();
    local_issues(&ws, 2);
    let out = ws
        .cmd()
        .args(["issue", "view", "local#9"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("local#9 not found: no file .debussy/issues/9.md"),
        "{stderr}"
    );
    assert!(
        stderr.contains("hint:")
            && stderr.contains("issue list")
            && stderr.contains("issue create"),
        "{stderr}"
    );
    assert!(!stderr.contains("your account"), "{stderr}");
}

#[test]
fn local_list_is_newest_first_limited_and_says_how_many_match() {
    let ws = Workspace::new();
    local_issues(&ws, 35);
    let out = succeed(ws.cmd().args(["issue", "list"]));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<&str> = stdout.lines().collect();
    assert_eq!(rows.len(), 30, "{stdout}");
    assert!(
        rows[0].starts_with("local#35 ") && rows[29].starts_with("local#6 "),
        "{stdout}"
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "Showing 30 of 35 issues, newest first; --limit N shows more\n"
    );

    let list = json_stdout(&succeed(
        ws.cmd().args(["--json", "issue", "list", "--limit", "3"]),
    ));
    assert_eq!(refs(&list), ["local#35", "local#34", "local#33"]);
    assert_eq!(list["total"], 35);
    assert_eq!(list["truncated"], true);

    // Not cut: no line, and the total is still given.
    let out = succeed(ws.cmd().args(["issue", "list", "--limit", "35"]));
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let list = json_stdout(&succeed(
        ws.cmd().args(["--json", "issue", "list", "--limit", "40"]),
    ));
    assert_eq!(
        (list["total"].clone(), list["truncated"].clone()),
        (35.into(), false.into())
    );
    let out = ws
        .cmd()
        .args(["issue", "list", "--limit", "0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn one_issue_more_than_the_limit_is_said_in_the_singular() {
    let ws = Workspace::new();
    local_issues(&ws, 2);
    let out = succeed(ws.cmd().args(["issue", "list", "--limit", "1"]));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "Showing 1 of 2 issues, newest first; --limit N shows more\n"
    );
    let out = succeed(ws.cmd().args(["issue", "list", "--state", "closed"]));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "No issues match.\n");
}

#[test]
fn github_list_asks_newest_first_and_gives_a_total_only_when_every_page_was_read() {
    let (ws, gh) = standard();
    for n in 13..=150 {
        gh.add_issue("acme/widgets", n, &format!("Issue {n}"));
    }
    gh.clear_log();
    let list = json_stdout(&succeed(ws.gh(&gh.url).args([
        "--json",
        "issue",
        "list",
        "acme/widgets",
        "--limit",
        "5",
    ])));
    assert_eq!(list["issues"].as_array().unwrap().len(), 5);
    assert_eq!(
        list["total"],
        Value::Null,
        "one page of 100 does not tell the total"
    );
    assert_eq!(list["truncated"], true);
    let reads = gh.requests_to("GET", "/repos/acme/widgets/issues?");
    assert_eq!(reads.len(), 1, "{reads:?}");
    assert!(
        reads[0].path.contains("sort=created") && reads[0].path.contains("direction=desc"),
        "{}",
        reads[0].path
    );
    let out = succeed(
        ws.gh(&gh.url)
            .args(["issue", "list", "acme/widgets", "--limit", "5"]),
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "Showing the newest 5 issues; more match, --limit N shows more\n"
    );

    let list = json_stdout(&succeed(ws.gh(&gh.url).args([
        "--json",
        "issue",
        "list",
        "acme/widgets",
        "--limit",
        "120",
    ])));
    assert_eq!(list["issues"].as_array().unwrap().len(), 120);
    assert_eq!(list["total"], 141, "every page was read (issues 10 to 150)");
    assert_eq!(list["truncated"], true);
}

#[test]
fn jira_list_asks_newest_first_and_takes_the_total_data_center_reports() {
    let fake = FakeJira::start(Flavor::DataCenter);
    for n in 1..=12 {
        fake.add_issue(&format!("PROJ-{n}"), &format!("Issue {n}"));
    }
    let ws = jira_workspace("server");
    let list = json_stdout(&succeed(
        jira_cmd(&ws, &fake).args(["--json", "issue", "list", "PROJ", "--limit", "4"]),
    ));
    assert_eq!(list["issues"].as_array().unwrap().len(), 4);
    assert_eq!(list["total"], 12);
    assert_eq!(list["truncated"], true);
    let search = fake
        .requests()
        .into_iter()
        .find(|r| r.target.contains("/search?"))
        .unwrap();
    assert!(
        support::http::percent_decode(&search.target.replace('+', " "))
            .contains("ORDER BY created DESC"),
        "{}",
        search.target
    );
}

#[test]
fn jira_cloud_list_is_limited_and_leaves_the_total_unknown_when_pages_remain() {
    let fake = FakeJira::start(Flavor::Cloud);
    for n in 1..=12 {
        fake.add_issue(&format!("PROJ-{n}"), &format!("Issue {n}"));
    }
    let ws = jira_workspace("cloud");
    let list = json_stdout(&succeed(
        jira_cmd(&ws, &fake).args(["--json", "issue", "list", "PROJ", "--limit", "4"]),
    ));
    assert_eq!(list["issues"].as_array().unwrap().len(), 4);
    assert_eq!(list["total"], Value::Null);
    assert_eq!(list["truncated"], true);
    let list = json_stdout(&succeed(
        jira_cmd(&ws, &fake).args(["--json", "issue", "list", "PROJ", "--limit", "50"]),
    ));
    assert_eq!(
        (list["total"].clone(), list["truncated"].clone()),
        (12.into(), false.into())
    );
}

#[test]
fn reopening_an_open_issue_says_so_and_writes_nothing() {
    let ws = Workspace::new();
    local_issues(&ws, 1);
    let before = ws.read(".debussy/issues/1.md");
    let out = succeed(
        ws.cmd()
            .args(["issue", "reopen", "local#1", "--comment", "again"]),
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "! local#1 is already open  Issue 1\n"
    );
    assert_eq!(ws.read(".debussy/issues/1.md"), before);
    let report = json_stdout(&succeed(
        ws.cmd().args(["--json", "issue", "reopen", "local#1"]),
    ));
    assert_eq!(report["action"], "already_open");
    assert_eq!(report["issue"]["state"], "open");
    assert_eq!(ws.read(".debussy/issues/1.md"), before);
}

#[test]
fn closing_a_closed_issue_says_so_and_writes_nothing() {
    let (ws, gh) = standard();
    gh.close_issue("acme/widgets", 12, "completed");
    gh.clear_log();
    let out =
        succeed(
            ws.gh(&gh.url)
                .args(["issue", "close", "acme/widgets#12", "--comment", "done"]),
        );
    assert!(
        String::from_utf8_lossy(&out.stdout).starts_with("! acme/widgets#12 is already closed  "),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(gh.writes().is_empty(), "{:?}", gh.writes());
    assert!(gh.comments("acme/widgets", 12).is_empty());

    let local = Workspace::new();
    local_issues(&local, 1);
    succeed(local.cmd().args(["issue", "close", "local#1"]));
    let closed = local.read(".debussy/issues/1.md");
    let report = json_stdout(&succeed(
        local.cmd().args(["--json", "issue", "close", "local#1"]),
    ));
    assert_eq!(report["action"], "already_closed");
    assert_eq!(local.read(".debussy/issues/1.md"), closed);
}

#[test]
fn gitea_issues_through_every_command() {
    use support::gitea::FakeGitea;
    let gitea = FakeGitea::start();
    for n in [10, 11] {
        gitea.add_issue("acme/widgets", n, &format!("Issue {n}"));
    }
    let bug = gitea.add_label("acme/widgets", "bug", "ee0701");
    gitea.set_issue_labels("acme/widgets", 11, &[bug]);
    let ws = Workspace::new();
    ws.write(".debussy/config.yaml", "gitea:\n  repo: acme/widgets\n");
    let run = |args: &[&str]| json_stdout(&succeed(ws.gitea(&gitea.url).arg("--json").args(args)));

    let created = run(&[
        "issue",
        "create",
        "gitea:acme/widgets",
        "--title",
        "New one",
        "--body",
        "Body",
        "--label",
        "bug",
    ]);
    assert_eq!(created["issue"]["ref"], "gitea:acme/widgets#12");
    assert_eq!(created["issue"]["tracker"], "gitea");
    assert_eq!(gitea.issue_label_names("acme/widgets", 12), ["bug"]);

    let list = run(&["issue", "list", "gitea:acme/widgets", "--label", "bug"]);
    assert_eq!(
        refs(&list),
        ["gitea:acme/widgets#12", "gitea:acme/widgets#11"]
    );

    gitea.clear_log();
    let edited = run(&[
        "issue",
        "edit",
        "gitea:acme/widgets#11",
        "--add-label",
        "p1",
        "--remove-label",
        "bug",
        "--title",
        "Renamed",
    ]);
    assert_eq!(edited["issue"]["labels"], serde_json::json!(["p1"]));
    assert_eq!(edited["issue"]["title"], "Renamed");
    assert!(
        gitea.writes().iter().all(|w| w.method != "PUT"),
        "labels are never replaced wholesale"
    );

    let url = format!("{}/acme/widgets/issues/11", gitea.url);
    succeed(
        ws.gitea(&gitea.url)
            .args(["issue", "comment", &url, "--body", "Noted"]),
    );
    let view = run(&["issue", "view", "gitea:acme/widgets#11"]);
    assert_eq!(view["comments"][0]["body"], "Noted");

    let closed = run(&["issue", "close", "gitea:acme/widgets#11"]);
    assert_eq!(closed["issue"]["state"], "closed");
    assert_eq!(
        gitea.issue("acme/widgets", 11).map(|i| i.state.as_str()),
        Some("closed")
    );
    let missing = ws
        .gitea(&gitea.url)
        .args(["issue", "view", "gitea:acme/widgets#99"])
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("gitea:acme/widgets#99 not found"));
}
