//! Jira: workflow transitions on phase events and the shell bridge, against the
//! fake Jira in its Cloud and Data Center flavors.

mod support;

use support::jira::{FakeJira, Flavor, JiraFault, JIRA_TOKEN};
use support::*;

fn setup(flavor: Flavor) -> (Workspace, FakeJira) {
    let fake = FakeJira::start(flavor);
    fake.add_issue("PROJ-1", "Plan issue");
    fake.add_issue("PROJ-2", "Phase issue");
    let ws = jira_workspace(match flavor {
        Flavor::Cloud => "cloud",
        Flavor::DataCenter => "server",
    });
    (ws, fake)
}

fn ok(ws: &Workspace, fake: &FakeJira, args: &[&str]) -> std::process::Output {
    succeed(jira_cmd(ws, fake).args(args))
}

fn transition_posts(fake: &FakeJira) -> usize {
    fake.writes()
        .iter()
        .filter(|w| w.target.ends_with("/transitions"))
        .count()
}

fn lifecycle(flavor: Flavor) {
    let (ws, fake) = setup(flavor);
    ok(&ws, &fake, &["phase", "start", "1"]);
    assert_eq!(fake.issue("PROJ-1").status, "In Progress");
    assert_eq!(fake.issue("PROJ-2").status, "In Progress");
    ok(&ws, &fake, &["phase", "complete", "1"]);
    assert_eq!(fake.issue("PROJ-2").status, "In Review");
    assert_eq!(
        fake.issue("PROJ-1").status,
        "In Progress",
        "the plan is still running"
    );
    ok(&ws, &fake, &["phase", "start", "2"]);
    ok(&ws, &fake, &["phase", "complete", "2"]);
    assert_eq!(fake.issue("PROJ-1").status, "In Review");
    ok(&ws, &fake, &["plan", "complete"]);
    for key in ["PROJ-1", "PROJ-2"] {
        let i = fake.issue(key);
        assert_eq!(i.status, "Done", "{key}");
        assert_eq!(i.resolution.as_deref(), Some("Done"), "{key}");
    }
    // Every request used this deployment's API version.
    let version = if flavor == Flavor::Cloud {
        "/rest/api/3/"
    } else {
        "/rest/api/2/"
    };
    assert!(fake
        .requests()
        .iter()
        .all(|r| r.target.starts_with(version)));
    // Re-running any event sends no transition.
    fake.clear_log();
    ok(&ws, &fake, &["plan", "complete"]);
    ok(&ws, &fake, &["phase", "complete", "2"]);
    assert_eq!(transition_posts(&fake), 0, "{:?}", fake.writes());
}

#[test]
fn cloud_lifecycle_moves_issues_through_the_workflow() {
    lifecycle(Flavor::Cloud);
}

#[test]
fn data_center_lifecycle_moves_issues_through_the_workflow() {
    lifecycle(Flavor::DataCenter);
}

#[test]
fn unavailable_transition_is_skipped_with_the_available_ones() {
    let (ws, fake) = setup(Flavor::DataCenter);
    ws.write(
        ".debussy/config.yaml",
        "jira:\n  deployment: server\n  transitions:\n    on_phase_start: \"Done\"\n",
    );
    let out = ok(&ws, &fake, &["--json", "phase", "start", "1"]);
    let report = json_stdout(&out);
    let op = &report["operations"][0];
    assert_eq!(op["status"], "skipped");
    assert_eq!(op["action"], "transition");
    let message = op["message"].as_str().unwrap();
    assert!(
        message.contains(
            "'Done' is not available from 'To Do'; available: 'Start Progress' → In Progress"
        ),
        "{message}"
    );
    assert!(report["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|w| w.as_str().unwrap().contains("not available")));
    assert_eq!(transition_posts(&fake), 0);
    assert_eq!(fake.issue("PROJ-1").status, "To Do");
}

#[test]
fn transition_answered_500_is_failed_never_applied() {
    let (ws, fake) = setup(Flavor::Cloud);
    fake.inject(
        "POST",
        "/issue/PROJ-1/transitions",
        JiraFault::ServerError,
        1,
    );
    let out = jira_cmd(&ws, &fake)
        .args(["--json", "phase", "start", "1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let report = json_stdout(&out);
    let ops = report["operations"].as_array().unwrap();
    let p1 = ops.iter().find(|o| o["target"] == "PROJ-1").unwrap();
    assert_eq!(p1["status"], "failed");
    assert!(p1["message"].as_str().unwrap().contains("HTTP 500"), "{p1}");
    assert!(
        p1["message"].as_str().unwrap().contains("now in 'To Do'"),
        "{p1}"
    );
    let p2 = ops.iter().find(|o| o["target"] == "PROJ-2").unwrap();
    assert_eq!(p2["status"], "applied");
    assert_eq!(
        transition_posts(&fake),
        2,
        "the failed POST was not repeated"
    );
    // Re-running converges.
    ok(&ws, &fake, &["phase", "start", "1"]);
    assert_eq!(fake.issue("PROJ-1").status, "In Progress");
}

#[test]
fn too_many_requests_is_waited_out() {
    let (ws, fake) = setup(Flavor::Cloud);
    fake.inject(
        "GET",
        "/issue/PROJ-1",
        JiraFault::TooManyRequests { retry_after: 20 },
        1,
    );
    ok(&ws, &fake, &["phase", "start", "1"]);
    assert_eq!(fake.issue("PROJ-1").status, "In Progress");
}

#[test]
fn required_screen_field_without_config_is_skipped() {
    let (ws, fake) = setup(Flavor::Cloud);
    fake.set_status("PROJ-1", "In Review");
    fake.set_status("PROJ-2", "In Review");
    ws.write(
        ".debussy/config.yaml",
        "jira:\n  deployment: cloud\n  transitions:\n    on_phase_start: Done\n",
    );
    let out = ok(&ws, &fake, &["--json", "phase", "start", "1"]);
    let report = json_stdout(&out);
    assert!(report["operations"][0]["message"]
        .as_str()
        .unwrap()
        .contains("jira.transition_fields.resolution"));
    assert_eq!(transition_posts(&fake), 0);
}

#[test]
fn cloud_search_walks_next_page_tokens_and_comments_are_adf() {
    let fake = FakeJira::start(Flavor::Cloud);
    for n in 1..=7 {
        fake.add_issue(&format!("PROJ-{n}"), &format!("Issue {n}"));
    }
    fake.cap_page_size(2);
    let ws = jira_workspace("cloud");
    let out = ok(
        &ws,
        &fake,
        &[
            "--json",
            "jira",
            "search",
            "project = PROJ",
            "--limit",
            "100",
        ],
    );
    let keys: Vec<String> = json_stdout(&out)["issues"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["key"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(keys.len(), 7);
    let pages: Vec<_> = fake
        .requests()
        .into_iter()
        .filter(|r| r.target.starts_with("/rest/api/3/search/jql"))
        .collect();
    assert_eq!(pages.len(), 4);
    assert!(
        pages[1].target.contains("nextPageToken=tok2"),
        "{}",
        pages[1].target
    );
    assert!(pages[3].target.contains("nextPageToken=tok6"));
    assert!(fake.requests().iter().all(|r| r
        .authorization
        .as_deref()
        .unwrap_or_default()
        .starts_with("Basic ")));

    let mut cmd = jira_cmd(&ws, &fake);
    cmd.args(["jira", "comment", "PROJ-3", "--body-file", "-"])
        .write_stdin("From stdin.\n\nSecond paragraph.");
    cmd.assert().success();
    let body = &fake.issue("PROJ-3").comments[0];
    assert_eq!(body["type"], "doc");
    assert_eq!(body["content"].as_array().unwrap().len(), 2);
    assert_eq!(body["content"][0]["content"][0]["text"], "From stdin.");
}

#[test]
fn data_center_uses_bearer_v2_and_start_at_paging() {
    let fake = FakeJira::start(Flavor::DataCenter);
    for n in 1..=5 {
        fake.add_issue(&format!("PROJ-{n}"), &format!("Issue {n}"));
    }
    fake.cap_page_size(2);
    let ws = jira_workspace("server");
    let out = ok(&ws, &fake, &["--json", "jira", "search", "project = PROJ"]);
    assert_eq!(json_stdout(&out)["issues"].as_array().unwrap().len(), 5);
    let pages: Vec<String> = fake
        .requests()
        .into_iter()
        .filter(|r| r.target.starts_with("/rest/api/2/search"))
        .map(|r| r.target)
        .collect();
    assert_eq!(pages.len(), 3);
    assert!(
        pages[1].contains("startAt=2") && pages[2].contains("startAt=4"),
        "{pages:?}"
    );
    assert!(fake
        .requests()
        .iter()
        .all(|r| r.authorization.as_deref() == Some(format!("Bearer {JIRA_TOKEN}").as_str())));
    ok(
        &ws,
        &fake,
        &["jira", "comment", "PROJ-1", "--body", "plain text"],
    );
    assert_eq!(
        fake.issue("PROJ-1").comments[0],
        serde_json::json!("plain text")
    );
}

#[test]
fn search_limit_is_respected() {
    let fake = FakeJira::start(Flavor::Cloud);
    for n in 1..=9 {
        fake.add_issue(&format!("PROJ-{n}"), "x");
    }
    fake.cap_page_size(2);
    let ws = jira_workspace("cloud");
    let out = ok(
        &ws,
        &fake,
        &["--json", "jira", "search", "project = PROJ", "--limit", "3"],
    );
    assert_eq!(json_stdout(&out)["issues"].as_array().unwrap().len(), 3);
}

#[test]
fn bridge_view_transitions_transition_and_whoami() {
    for flavor in [Flavor::Cloud, Flavor::DataCenter] {
        let (ws, fake) = setup(flavor);
        let v = json_stdout(&ok(&ws, &fake, &["--json", "jira", "view", "PROJ-1"]));
        assert_eq!(v["key"], "PROJ-1");
        assert_eq!(v["status"], "To Do");
        assert_eq!(v["category"], "new");
        let human = String::from_utf8(ok(&ws, &fake, &["jira", "view", "PROJ-1"]).stdout).unwrap();
        assert!(human.starts_with("PROJ-1  Plan issue\n"), "{human}");
        let t = json_stdout(&ok(
            &ws,
            &fake,
            &["--json", "jira", "transitions", "PROJ-1"],
        ));
        assert_eq!(t["transitions"][0]["name"], "Start Progress");
        let r = json_stdout(&ok(
            &ws,
            &fake,
            &[
                "--json",
                "jira",
                "transition",
                "PROJ-1",
                "In Progress",
                "--comment",
                "started",
            ],
        ));
        assert_eq!(r["status"], "applied");
        assert_eq!(r["to"], "In Progress");
        assert!(r["comment_id"].is_string());
        assert_eq!(fake.issue("PROJ-1").status, "In Progress");
        assert_eq!(fake.issue("PROJ-1").comments.len(), 1);
        let again = json_stdout(&ok(
            &ws,
            &fake,
            &["--json", "jira", "transition", "PROJ-1", "in progress"],
        ));
        assert_eq!(again["status"], "already");
        let who = json_stdout(&ok(&ws, &fake, &["--json", "jira", "whoami"]));
        assert_eq!(who["display_name"], "Dev Eloper");
        let out = jira_cmd(&ws, &fake)
            .args(["jira", "transition", "PROJ-1", "Done"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        assert!(String::from_utf8_lossy(&out.stderr)
            .contains("available: 'Request Review' → In Review"));
    }
}

#[test]
fn transition_with_resolution_sets_it() {
    let (ws, fake) = setup(Flavor::DataCenter);
    fake.set_status("PROJ-1", "In Review");
    ws.write(".debussy/config.yaml", "jira:\n  deployment: server\n");
    let r = json_stdout(&ok(
        &ws,
        &fake,
        &[
            "--json",
            "jira",
            "transition",
            "PROJ-1",
            "Done",
            "--resolution",
            "Won't Do",
        ],
    ));
    assert_eq!(r["resolution"], "Won't Do");
    assert_eq!(fake.issue("PROJ-1").resolution.as_deref(), Some("Won't Do"));
}

#[test]
fn bad_key_is_exit_2_before_any_request() {
    let (ws, fake) = setup(Flavor::Cloud);
    let out = jira_cmd(&ws, &fake)
        .args(["jira", "view", "PROJ1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("hint: write KEY-123"));
    assert!(fake.requests().is_empty());
}

#[test]
fn auto_close_comments_once_on_jira_with_a_marker() {
    let (ws, fake) = setup(Flavor::DataCenter);
    for args in [["phase", "complete", "1"], ["phase", "complete", "2"]] {
        ok(&ws, &fake, &args);
    }
    ok(&ws, &fake, &["plan", "complete", "--auto-close"]);
    ok(&ws, &fake, &["plan", "complete", "--auto-close"]);
    let comments = fake.issue("PROJ-1").comments;
    assert_eq!(comments.len(), 1, "{comments:?}");
    let text = comments[0].as_str().unwrap();
    assert!(
        text.contains("[debussy-sync:completion:plans/j/MASTER_PLAN.md]"),
        "{text}"
    );
    assert!(!text.contains("<!--"));
}

#[test]
fn token_never_appears_in_output_or_files() {
    let (ws, fake) = setup(Flavor::Cloud);
    for args in [
        &["-v", "phase", "start", "1"][..],
        &["-v", "--json", "jira", "view", "PROJ-1"],
        &["-v", "auth", "status"],
        &["-v", "--json", "auth", "status"],
    ] {
        let out = jira_cmd(&ws, &fake).args(args).output().unwrap();
        let all = String::from_utf8_lossy(&[out.stdout, out.stderr].concat()).to_string();
        assert!(!all.contains(JIRA_TOKEN), "{args:?}: {all}");
    }
    ws.assert_no_file_holds(JIRA_TOKEN);
}

#[test]
fn auth_login_without_a_keyring_names_the_variable() {
    let ws = Workspace::new();
    let out = ws
        .cmd()
        .env("GH_DEBUSSY_SYNC_KEYRING", "none")
        .env("XDG_CONFIG_HOME", ws.path().join("home-config"))
        .args([
            "auth",
            "login",
            "jira",
            "--url",
            "https://acme.atlassian.net",
            "--email",
            "a@b.c",
            "--with-token",
        ])
        .write_stdin(format!("{JIRA_TOKEN}\n"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("JIRA_API_TOKEN"), "{stderr}");
    assert!(!stderr.contains(JIRA_TOKEN));
    assert!(!ws.path().join("home-config").exists(), "nothing written");
}

#[test]
fn missing_jira_credentials_say_what_to_set() {
    let (ws, fake) = setup(Flavor::Cloud);
    let out = ws
        .cmd()
        .env("JIRA_URL", &fake.url)
        .env("GH_DEBUSSY_SYNC_KEYRING", "none")
        .args(["phase", "start", "1"])
        .output()
        .unwrap();
    // The event is kept; the Jira issues fail with what to set (exit 3).
    assert_eq!(out.status.code(), Some(3));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("set JIRA_API_TOKEN"), "{stdout}");
    assert!(fake.requests().is_empty());
}

#[test]
fn dry_run_plans_transitions_without_posting() {
    let (ws, fake) = setup(Flavor::Cloud);
    let dry = json_stdout(&ok(
        &ws,
        &fake,
        &["--json", "--dry-run", "phase", "start", "1"],
    ));
    assert_eq!(fake.writes().len(), 0);
    let real = json_stdout(&ok(&ws, &fake, &["--json", "phase", "start", "1"]));
    assert_eq!(operation_keys(&dry).len(), 2);
    assert_eq!(operation_keys(&dry), operation_keys(&real));
}

#[test]
fn issues_are_read_with_one_search_per_hundred_keys() {
    let (ws, fake) = setup(Flavor::Cloud);
    ok(&ws, &fake, &["phase", "start", "1"]);
    fake.clear_log();
    ok(&ws, &fake, &["phase", "start", "1"]);
    let reads: Vec<String> = fake
        .requests()
        .into_iter()
        .filter(|r| r.method == "GET")
        .map(|r| r.target)
        .collect();
    assert_eq!(reads.len(), 1, "{reads:?}");
    assert!(reads[0].starts_with("/rest/api/3/search/jql?"), "{reads:?}");
    assert!(
        reads[0].contains("key+in") || reads[0].contains("key%20in"),
        "{reads:?}"
    );
    // A key the search does not return is read on its own, then reported missing.
    ws.write(
        "plans/j/phase-2.md",
        "# Jira Sync Phase 2: Two\n\n**Jira Issues:** PROJ-99\n",
    );
    let out = jira_cmd(&ws, &fake)
        .args(["--json", "phase", "start", "2"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let report = json_stdout(&out);
    let missing = operation_where(&report, "target", "PROJ-99");
    assert!(
        missing["message"].as_str().unwrap().contains("not found"),
        "{report}"
    );
}
