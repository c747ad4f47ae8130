//! `issue list --query` and `issue search`: one query language over the local
//! tracker and GitHub (fake), the same answers from both.

mod support;

use support::github::FakeGitHub;
use support::*;

/// The same twelve issues, opened an hour apart, in both trackers.
fn twelve() -> (Workspace, FakeGitHub) {
    let ws = Workspace::new();
    let gh = FakeGitHub::start();
    twelve::write_local(&ws, |n, (title, open, labels, assignee)| {
        gh.add_issue("acme/widgets", n, title);
        gh.set_issue_labels("acme/widgets", n, labels);
        if let Some(a) = assignee {
            gh.set_assignees("acme/widgets", n, &[a]);
        }
        if !open {
            gh.close_issue("acme/widgets", n, "completed");
        }
        gh.set_created("acme/widgets", n, 3600 * n);
    });
    (ws, gh)
}

fn titles(out: &std::process::Output) -> Vec<String> {
    json_stdout(out)["issues"]
        .as_array()
        .expect("issues")
        .iter()
        .map(|i| i["title"].as_str().expect("title").to_string())
        .collect()
}

/// The titles a query gives locally and on GitHub, which must be the same.
fn both(ws: &Workspace, gh: &FakeGitHub, args: &[&str]) -> Vec<String> {
    let local = titles(&succeed(ws.cmd().arg("--json").args(args)));
    let mut remote_args: Vec<&str> = args.to_vec();
    match args {
        ["issue", "search", ..] => remote_args.extend(["--in", "acme/widgets"]),
        _ => remote_args.insert(2, "acme/widgets"),
    }
    let remote = titles(&succeed(ws.gh(&gh.url).arg("--json").args(&remote_args)));
    assert_eq!(local, remote, "{args:?}: local and GitHub differ");
    local
}

#[test]
fn five_queries_give_the_same_titles_locally_and_on_github() {
    let (ws, gh) = twelve();
    assert_eq!(
        both(
            &ws,
            &gh,
            &["issue", "search", "is:open label:bug -label:wontfix"]
        ),
        ["Memory leak", "Widget crash report", "Crash on start"]
    );
    assert_eq!(
        both(&ws, &gh, &["issue", "list", "--query", "label:docs,perf"]),
        ["Docs typo", "Widget renders slowly"]
    );
    assert_eq!(
        both(&ws, &gh, &["issue", "search", "label:docs,perf"]),
        ["Improve search", "Docs typo", "Widget renders slowly"]
    );
    assert_eq!(
        both(&ws, &gh, &["issue", "search", "assignee:none is:closed"]),
        ["Flaky widget test", "Crash when saving"]
    );
    assert_eq!(
        both(
            &ws,
            &gh,
            &["issue", "list", "--query", "sort:created-desc limit:3"]
        ),
        ["Crashing tests", "Memory leak", "Update deps"]
    );
    assert_eq!(
        both(&ws, &gh, &["issue", "search", "crash sort:created-asc"]),
        ["Crash on start", "Crash when saving", "Widget crash report"]
    );
    // Pushed down to GitHub's search, not listed and filtered here.
    let searches = gh.searches();
    assert!(searches[0].contains("is:open"), "{searches:?}");
    assert!(searches[0].contains(r#"label:"bug""#), "{searches:?}");
    assert!(searches[0].contains("-label:wontfix"), "{searches:?}");
    assert!(searches[3].contains("no:assignee"), "{searches:?}");
    assert!(
        searches[5].contains(r#""crash" in:title,body"#),
        "{searches:?}"
    );
    assert!(gh
        .requests_to("GET", "/repos/acme/widgets/issues?")
        .is_empty());
}

#[test]
fn free_text_is_pushed_down_quoted_never_as_a_search_operator() {
    let (ws, gh) = twelve();
    assert_eq!(
        both(
            &ws,
            &gh,
            &["issue", "search", r#""-crash" sort:created-asc"#]
        ),
        ["Crash on start", "Crash when saving", "Widget crash report"]
    );
    assert_eq!(
        both(&ws, &gh, &["issue", "search", "NOT"]),
        Vec::<String>::new()
    );
    let searches = gh.searches();
    assert!(
        searches[0].contains(r#" "-crash" in:title,body"#),
        "{searches:?}"
    );
    assert!(
        searches[1].contains(r#" "NOT" in:title,body"#),
        "{searches:?}"
    );
}

#[test]
fn list_query_shows_open_issues_unless_it_says_otherwise() {
    let (ws, _) = twelve();
    let open = titles(&succeed(
        ws.cmd()
            .args(["--json", "issue", "list", "--query", "label:ci"]),
    ));
    assert_eq!(open, ["Crashing tests"]);
    let all = titles(&succeed(
        ws.cmd().args(["--json", "issue", "search", "label:ci"]),
    ));
    assert_eq!(all, ["Flaky widget test", "Crashing tests"]);
    let closed = titles(&succeed(ws.cmd().args([
        "--json",
        "issue",
        "list",
        "--query",
        "label:ci is:closed",
    ])));
    assert_eq!(closed, ["Flaky widget test"]);
}

#[test]
fn assignee_me_is_the_agents_account_through_the_users_map() {
    let (ws, gh) = twelve();
    ws.write(
        ".debussy/config.yaml",
        "users:\n  alice:\n    local: agent-7\n    github: alice\n",
    );
    let args = ["issue", "search", "assignee:me"];
    let local = titles(&succeed(
        ws.cmd()
            .env("GH_DEBUSSY_SYNC_AGENT", "agent-7")
            .arg("--json")
            .args(args),
    ));
    assert!(
        local.is_empty(),
        "locally the agent's account is agent-7: {local:?}"
    );
    let remote = titles(&succeed(
        ws.gh(&gh.url)
            .env("GH_DEBUSSY_SYNC_AGENT", "agent-7")
            .args([
                "--json",
                "issue",
                "search",
                "assignee:me",
                "--in",
                "acme/widgets",
            ]),
    ));
    assert_eq!(remote, ["Widget crash report", "Crash on start"]);
    assert!(gh.searches()[0].contains("assignee:alice"));
}

#[test]
fn an_age_out_of_range_is_exit_2_naming_the_column() {
    let (ws, _gh) = twelve();
    for (query, column) in [
        ("created:>99999999999d", 9),
        ("is:open created:<-9999999d", 17),
        ("updated:<9999999999w", 9),
        ("created:>-1d", 9),
    ] {
        let out = ws.cmd().args(["issue", "search", query]).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{query}: {stderr}");
        let expected = format!("query column {column}: expected an age such as >7d");
        assert!(stderr.contains(&expected), "{query}: {stderr}");
        assert_eq!(
            stderr.lines().filter(|l| l.starts_with("error:")).count(),
            1,
            "{query}: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{query}: {stderr}");
    }
}

#[test]
fn a_bad_query_is_exit_2_naming_the_column_and_asks_nothing() {
    let (ws, gh) = twelve();
    for (query, expected) in [
        (
            "label:",
            "query column 7: expected a label name after \"label:\"",
        ),
        (
            "is:open sort:nonsense",
            "query column 14: expected created-desc",
        ),
        (
            "lable:bug",
            "query column 1: unknown qualifier \"lable:\"; did you mean label:?",
        ),
    ] {
        let out = ws
            .gh(&gh.url)
            .args(["issue", "search", query, "--in", "acme/widgets"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{query}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(expected), "{query}: {stderr}");
        assert_eq!(
            stderr.lines().filter(|l| l.starts_with("error:")).count(),
            1
        );
    }
    let out = ws
        .cmd()
        .args(["--json", "issue", "list", "--query", "sort:nonsense"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let doc = json_stdout(&out);
    assert_eq!(doc["error"]["code"], 2);
    assert!(doc["error"]["message"]
        .as_str()
        .unwrap()
        .starts_with("query column 6: "));
    assert!(
        gh.requests().is_empty(),
        "nothing is asked of a tracker for a bad query"
    );
}

#[test]
fn local_claims_blockers_and_stages_are_queried_from_the_front_matter() {
    let ws = Workspace::new();
    let far = "2999-01-01T00:00:00Z";
    let files = [
        (1, "Storage", "state: closed\n".to_string()),
        (2, "API", format!("claim: {{agent: \"agent-7\", claimed: \"2026-01-01T00:00:00Z\", expires: \"{far}\"}}\nprogress: {{percent: 40, stage: \"impl\"}}\ndepends_on: [1]\n")),
        (3, "CLI", "depends_on: [2]\n".to_string()),
        (4, "Docs", "claim: {agent: \"agent-9\", claimed: \"2020-01-01T00:00:00Z\", expires: \"2020-01-01T01:00:00Z\"}\n".to_string()),
    ];
    for (n, title, extra) in files {
        ws.write(
            &format!(".debussy/issues/{n}.md"),
            &format!("---\nnumber: {n}\ntitle: {title}\n{extra}created: 2026-01-0{n}T00:00:00Z\n---\n\nBody.\n"),
        );
    }
    let run = |q: &str| {
        titles(&succeed(
            ws.cmd()
                .env("GH_DEBUSSY_SYNC_AGENT", "agent-7")
                .args(["--json", "issue", "search", q]),
        ))
    };
    assert_eq!(run("claimed:me"), ["API"]);
    assert_eq!(
        run("claimed:none is:open"),
        ["Docs", "CLI"],
        "an expired claim is free"
    );
    assert_eq!(run("blocked:true"), ["CLI"]);
    assert_eq!(run("blocked:false is:open -claimed:me"), ["Docs"]);
    assert_eq!(run("stage:impl"), ["API"]);
}
