//! End-to-end against jira820, a third-party stateful mock of Jira Data Center 8.20
//! (PyPI `jira820`), configured with a restrictive workflow:
//! To Do → In Progress → In Review → Done, where Done's screen asks for a resolution.
//!
//! `.ci/run` installs jira820; run with `cargo test --test e2e_jira820 -- --ignored`.

mod support;

use serde_json::json;
use support::jira820::{workflow, Jira820};
use support::*;

fn workspace(server: &Jira820, transitions: &str) -> Workspace {
    let ws = Workspace::new();
    ws.write(
        ".debussy/config.yaml",
        &format!("jira:\n  url: {}\n  deployment: server\n  auth_type: bearer\n  transitions:\n{transitions}  transition_fields:\n    resolution: Done\n", server.url),
    );
    ws
}

fn run(ws: &Workspace, args: &[&str]) -> std::process::Output {
    succeed(
        ws.cmd()
            .env("JIRA_API_TOKEN", "pat-for-jira820")
            .env("GH_DEBUSSY_SYNC_KEYRING", "none")
            .args(args),
    )
}

#[test]
#[ignore = "needs jira820; run by .ci/run"]
fn phase_events_move_issues_through_a_restrictive_workflow() {
    let server = Jira820::start(&workflow(0));
    let plan_issue = server.create("Ship the sync");
    let phase_issue = server.create("Phase one work");
    let ws = workspace(
        &server,
        "    on_phase_start: \"In Progress\"\n    on_phase_complete: \"In Review\"\n    on_plan_complete: \"Done\"\n",
    );
    ws.write(
        "plans/MASTER_PLAN.md",
        &format!("# E2E - Master Plan\n\n**Jira Issues:** {plan_issue}\n\n| Phase | Title | Status |\n|---|---|---|\n| 1 | [One](phase-1.md) | Pending |\n| 2 | [Two](phase-2.md) | Pending |\n"),
    );
    ws.write(
        "plans/phase-1.md",
        &format!("# E2E Phase 1: One\n\n**Jira Issues:** {phase_issue}\n"),
    );
    ws.write("plans/phase-2.md", "# E2E Phase 2: Two\n");

    run(&ws, &["phase", "start", "1"]);
    assert_eq!(server.status(&plan_issue), "In Progress");
    assert_eq!(server.status(&phase_issue), "In Progress");
    run(&ws, &["phase", "complete", "1"]);
    assert_eq!(server.status(&phase_issue), "In Review");
    assert_eq!(server.status(&plan_issue), "In Progress");

    let before = server.transition_posts();
    let again = json_stdout(&run(&ws, &["--json", "phase", "complete", "1"]));
    assert_eq!(again["operations"], json!([]));
    assert_eq!(
        server.transition_posts(),
        before,
        "re-running sent a transition"
    );

    // The dashboard agrees with the workflow mid-way (judged by status category).
    let dashboard = json_stdout(&run(&ws, &["--json", "status", "--exit-status"]));
    assert_eq!(dashboard["drift_count"], 0, "{dashboard}");

    run(&ws, &["phase", "start", "2"]);
    run(&ws, &["phase", "complete", "2"]);
    run(&ws, &["plan", "complete"]);
    for key in [&plan_issue, &phase_issue] {
        let issue = server.get(key);
        assert_eq!(issue["fields"]["status"]["name"], "Done", "{key}");
        assert_eq!(issue["fields"]["resolution"]["name"], "Done", "{key}");
    }
    let dashboard = json_stdout(&run(&ws, &["--json", "status", "--exit-status"]));
    assert_eq!(dashboard["drift_count"], 0, "{dashboard}");
}

#[test]
#[ignore = "needs jira820; run by .ci/run"]
fn transition_the_workflow_forbids_is_skipped_and_leaves_the_issue() {
    let server = Jira820::start(&workflow(0));
    let key = server.create("Not yet");
    let ws = workspace(&server, "    on_phase_start: \"Done\"\n");
    ws.write(
        "plans/MASTER_PLAN.md",
        &format!("# Skip - Master Plan\n\n**Jira Issues:** {key}\n\n| Phase | Title | Status |\n|---|---|---|\n| 1 | [One](p1.md) | Pending |\n"),
    );
    let before = server.transition_posts();
    let out = run(&ws, &["--json", "phase", "start", "1"]);
    let report = json_stdout(&out);
    let op = &report["operations"][0];
    assert_eq!(op["status"], "skipped", "{report}");
    assert!(
        op["message"]
            .as_str()
            .unwrap()
            .contains("available: 'To In Progress' → In Progress"),
        "{op}"
    );
    assert_eq!(server.status(&key), "To Do");
    assert_eq!(server.transition_posts(), before);
}

#[test]
#[ignore = "needs jira820; run by .ci/run"]
fn every_jira_subcommand_works_in_human_and_json_form() {
    let server = Jira820::start(&workflow(0));
    let a = server.create("Alpha");
    let _b = server.create("Beta");
    let _c = server.create("Gamma");
    let ws = workspace(&server, "    on_phase_start: null\n");

    let view = json_stdout(&run(&ws, &["--json", "jira", "view", &a]));
    assert_eq!(view["summary"], "Alpha");
    assert_eq!(view["status"], "To Do");
    let human = String::from_utf8(run(&ws, &["jira", "view", &a]).stdout).unwrap();
    assert!(
        human.contains("Alpha") && human.contains("To Do"),
        "{human}"
    );

    let t = json_stdout(&run(&ws, &["--json", "jira", "transitions", &a]));
    assert_eq!(t["transitions"][0]["to"], "In Progress");
    let human = String::from_utf8(run(&ws, &["jira", "transitions", &a]).stdout).unwrap();
    assert!(human.contains("To In Progress"), "{human}");

    let moved = json_stdout(&run(
        &ws,
        &["--json", "jira", "transition", &a, "In Progress"],
    ));
    assert_eq!(moved["status"], "applied");
    let human = String::from_utf8(
        run(
            &ws,
            &["jira", "transition", &a, "In Review", "--comment", "ready"],
        )
        .stdout,
    )
    .unwrap();
    assert!(human.contains("In Progress → In Review"), "{human}");
    let done = json_stdout(&run(
        &ws,
        &[
            "--json",
            "jira",
            "transition",
            &a,
            "Done",
            "--resolution",
            "Done",
        ],
    ));
    assert_eq!(done["resolution"], "Done");
    assert_eq!(server.status(&a), "Done");

    let mut cmd = ws.cmd();
    cmd.env("JIRA_API_TOKEN", "pat")
        .env("GH_DEBUSSY_SYNC_KEYRING", "none");
    cmd.args(["--json", "jira", "comment", &a, "--body-file", "-"])
        .write_stdin("Written from stdin");
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(json_stdout(&out)["id"].is_string());
    run(&ws, &["jira", "comment", &a, "--body", "human form"]);
    let comments = json_stdout(&run(&ws, &["--json", "jira", "view", &a]))["comments"].clone();
    let bodies: Vec<&str> = comments
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["body"].as_str().unwrap())
        .collect();
    assert!(
        bodies.contains(&"Written from stdin")
            && bodies.contains(&"human form")
            && bodies.contains(&"ready"),
        "{bodies:?}"
    );

    let found = json_stdout(&run(
        &ws,
        &[
            "--json",
            "jira",
            "search",
            "project = PROJ ORDER BY key ASC",
            "--limit",
            "2",
        ],
    ));
    assert_eq!(found["issues"].as_array().unwrap().len(), 2);
    let all = json_stdout(&run(&ws, &["--json", "jira", "search", "project = PROJ"]));
    assert_eq!(all["issues"].as_array().unwrap().len(), 3);
    let human = String::from_utf8(run(&ws, &["jira", "search", "project = PROJ"]).stdout).unwrap();
    assert_eq!(human.lines().count(), 3, "{human}");

    let me = json_stdout(&run(&ws, &["--json", "jira", "whoami"]));
    assert_eq!(me["deployment"], "server");
    assert!(me["name"].is_string());
    let human = String::from_utf8(run(&ws, &["jira", "whoami"]).stdout).unwrap();
    assert!(human.contains("[server]"), "{human}");
}

#[test]
#[ignore = "needs jira820; run by .ci/run"]
fn plan_publish_creates_an_epic_and_its_tasks_once() {
    let server = Jira820::start(&workflow(0));
    let ws = workspace(&server, "");
    let config = ws.read(".debussy/config.yaml");
    ws.write(
        ".debussy/config.yaml",
        &format!("{config}  project: PROJ\n  publish:\n    parent_field: customfield_10008\n"),
    );
    let plan = "plans/pub/MASTER_PLAN.md";
    ws.write(
        plan,
        "# Widgets - Master Plan\n\n## Overview\n\nShip it.\n\n| Phase | Title | Status |\n|---|---|---|\n| 1 | [Storage](phase-1.md) | Pending |\n| 2 | [API](phase-2.md) | Pending |\n",
    );
    ws.write(
        "plans/pub/phase-1.md",
        "# Phase 1: Storage\n\n**Depends On:** N/A\n\n## Tasks\n\n- [ ] 1.1: Store\n",
    );
    ws.write(
        "plans/pub/phase-2.md",
        "# Phase 2: API\n\n**Depends On:** Phase 1\n\n## Tasks\n\n- [ ] 2.1: Serve\n",
    );
    let publish = [
        "--json",
        "plan",
        "publish",
        "--plan",
        plan,
        "--tracker",
        "jira",
        "--apply",
    ];
    let first = json_stdout(&run(&ws, &publish));
    assert!(first["actions"].as_array().is_some_and(|a| !a.is_empty()));
    let key = |file: &str| {
        let text = ws.read(file);
        let line = text
            .lines()
            .find_map(|l| l.strip_prefix("**Jira Issues:** "))
            .unwrap_or_else(|| panic!("{file}: {text}"))
            .to_string();
        line
    };
    let (epic, one, two) = (
        key(plan),
        key("plans/pub/phase-1.md"),
        key("plans/pub/phase-2.md"),
    );
    let epic_issue = server.get(&epic);
    assert_eq!(epic_issue["fields"]["summary"], "Widgets");
    let api = server.get(&two);
    assert_eq!(api["fields"]["summary"], "Phase 2: API");
    let body = api["fields"]["description"].as_str().unwrap_or_default();
    assert!(body.contains("- [ ] 2.1: Serve"), "{api}");
    assert!(body.contains("[debussy-sync:publish "), "{body}");
    // jira820's Epic Link field; PROJ-2 blocks PROJ-3 as Jira shows links.
    assert_eq!(server.get(&one)["fields"]["customfield_10008"], json!(epic));
    assert_eq!(api["fields"]["customfield_10008"], json!(epic));
    let links = &api["fields"]["issuelinks"];
    assert_eq!(links[0]["type"]["name"], "Blocks", "{links}");
    assert_eq!(links[0]["outwardIssue"]["key"], json!(one), "{links}");
    let again = json_stdout(&run(&ws, &publish));
    assert_eq!(
        again["actions"],
        json!([]),
        "a repeat writes nothing: {again}"
    );
}
