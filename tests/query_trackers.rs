//! `issue search` and `issue list --query` on Gitea and Jira (fakes): the same
//! twelve issues as tests/query.rs give the same titles as locally, with what
//! the trackers' own filters can say pushed down to them, and every result
//! checked again here.

mod support;

use support::gitea::{FakeGitea, IssueState};
use support::jira::{FakeJira, Flavor};
use support::*;

const REPO: &str = "acme/widgets";

/// The twelve issues locally, on a fake Gitea and on a fake Jira Cloud.
fn twelve() -> (Workspace, FakeGitea, FakeJira) {
    let ws = Workspace::new();
    ws.write(".debussy/config.yaml", "jira:\n  deployment: cloud\n");
    let gitea = FakeGitea::start();
    let jira = FakeJira::start(Flavor::Cloud);
    let mut label_ids = std::collections::HashMap::new();
    for name in ["bug", "ui", "perf", "docs", "wontfix", "ci"] {
        label_ids.insert(name, gitea.add_label(REPO, name, "ee0701"));
    }
    twelve::write_local(&ws, |n, (title, open, labels, assignee)| {
        let at = twelve::opened(n);
        gitea.add_issue(REPO, n, title);
        let ids: Vec<u64> = labels.iter().map(|l| label_ids[l]).collect();
        gitea.set_issue_labels(REPO, n, &ids);
        gitea.set_issue_assignees(REPO, n, assignee.as_slice());
        gitea.set_issue_created(REPO, n, &at.to_string());
        if !open {
            gitea.set_issue_state(REPO, n, IssueState::Closed);
        }
        let key = format!("PROJ-{n}");
        jira.add_issue(&key, title);
        jira.edit(&key, |i| {
            i.labels = labels.iter().map(|l| l.to_string()).collect();
            i.assignee = assignee.map(str::to_string);
            i.created = Some(at.strftime("%Y-%m-%dT%H:%M:%S%.3f+0000").to_string());
        });
        if !open {
            jira.set_status(&key, "Done");
        }
    });
    (ws, gitea, jira)
}

fn titles(out: &std::process::Output) -> Vec<String> {
    json_stdout(out)["issues"]
        .as_array()
        .expect("issues")
        .iter()
        .map(|i| i["title"].as_str().expect("title").to_string())
        .collect()
}

/// `args` with the place of `place` put where the command wants it.
fn at(args: &[&'static str], place: &'static str) -> Vec<&'static str> {
    let mut out = args.to_vec();
    match args {
        ["issue", "search", ..] => out.extend(["--in", place]),
        _ => out.insert(2, place),
    }
    out
}

/// The titles a query gives locally, on Gitea and on Jira, which must agree.
fn everywhere(
    ws: &Workspace,
    gitea: &FakeGitea,
    jira: &FakeJira,
    args: &[&'static str],
) -> Vec<String> {
    let local = titles(&succeed(ws.cmd().arg("--json").args(args)));
    let on_gitea = titles(&succeed(
        ws.gitea(&gitea.url)
            .arg("--json")
            .args(at(args, "gitea:acme/widgets")),
    ));
    assert_eq!(local, on_gitea, "{args:?}: local and Gitea differ");
    let on_jira = titles(&succeed(
        jira_cmd(ws, jira).arg("--json").args(at(args, "PROJ")),
    ));
    assert_eq!(local, on_jira, "{args:?}: local and Jira differ");
    local
}

/// The JQL of every search the fake Jira received, in order.
fn jql_sent(jira: &FakeJira) -> Vec<String> {
    jira.requests()
        .iter()
        .filter(|r| r.target.contains("/search/jql?"))
        .map(|r| {
            let query = r.target.split_once('?').expect("a query").1;
            let jql = query
                .split('&')
                .find_map(|kv| kv.strip_prefix("jql="))
                .expect("jql");
            support::http::percent_decode(&jql.replace('+', " "))
        })
        .collect()
}

/// The query parameters of every issue list the fake Gitea answered, in order.
fn gitea_lists(gitea: &FakeGitea) -> Vec<Vec<(String, String)>> {
    gitea
        .requests_to("GET", "/repos/acme/widgets/issues")
        .into_iter()
        .filter(|r| r.path.ends_with("/issues"))
        .map(|r| r.query)
        .collect()
}

fn has(params: &[(String, String)], key: &str, value: &str) -> bool {
    params.iter().any(|(k, v)| k == key && v == value)
}

fn lacks(params: &[(String, String)], key: &str) -> bool {
    !params.iter().any(|(k, _)| k == key)
}

#[test]
fn five_queries_give_the_same_titles_locally_on_gitea_and_on_jira() {
    let (ws, gitea, jira) = twelve();
    let run = |args: &[&'static str]| everywhere(&ws, &gitea, &jira, args);
    assert_eq!(
        run(&["issue", "search", "is:open label:bug -label:wontfix"]),
        ["Memory leak", "Widget crash report", "Crash on start"]
    );
    assert_eq!(
        run(&["issue", "list", "--query", "label:docs,perf"]),
        ["Docs typo", "Widget renders slowly"]
    );
    assert_eq!(
        run(&["issue", "search", "assignee:none is:closed"]),
        ["Flaky widget test", "Crash when saving"]
    );
    assert_eq!(
        run(&["issue", "list", "--query", "sort:created-desc limit:3"]),
        ["Crashing tests", "Memory leak", "Update deps"]
    );
    assert_eq!(
        run(&["issue", "search", "crash sort:created-asc"]),
        ["Crash on start", "Crash when saving", "Widget crash report"]
    );

    let lists = gitea_lists(&gitea);
    assert_eq!(lists.len(), 5, "one page per query: {lists:?}");
    // One label goes down; its negation is checked here ("Login fails" comes back).
    assert!(has(&lists[0], "state", "open") && has(&lists[0], "labels", "bug"));
    assert!(has(&lists[0], "type", "issues"));
    // Gitea reads two labels as both: any of two stays here.
    assert!(has(&lists[1], "state", "open") && lacks(&lists[1], "labels"));
    assert!(has(&lists[2], "state", "closed"));
    // One word of text goes down; Gitea also finds "Crashing tests".
    assert!(has(&lists[4], "state", "all") && has(&lists[4], "q", "crash"));

    let jql = jql_sent(&jira);
    assert_eq!(
        jql,
        [
            r#"project = "PROJ" AND statusCategory != Done AND labels in ("bug") AND (labels is EMPTY OR labels not in ("wontfix")) ORDER BY created DESC"#,
            r#"project = "PROJ" AND statusCategory != Done AND labels in ("docs", "perf") ORDER BY created DESC"#,
            r#"project = "PROJ" AND statusCategory = Done AND assignee is EMPTY ORDER BY created DESC"#,
            r#"project = "PROJ" AND statusCategory != Done ORDER BY created DESC"#,
            r#"project = "PROJ" AND text ~ "crash" ORDER BY created DESC"#,
        ]
    );
    // Jira was asked for the creation time (created: and sort: need it).
    let search = &jira.requests()[0].target;
    let fields = search
        .split('&')
        .find_map(|kv| kv.strip_prefix("fields="))
        .map(support::http::percent_decode)
        .expect("fields");
    assert!(fields.split(',').any(|f| f == "created"), "{fields}");
}

#[test]
fn results_the_tracker_lets_through_are_checked_again() {
    let (ws, gitea, jira) = twelve();
    // The fakes' text search matches inside words, as Jira's stemming and Gitea's
    // keyword search do: both send "Crashing tests", which is not the word "crash".
    let args = ["issue", "search", "crash is:open"];
    let on_gitea = titles(&succeed(
        ws.gitea(&gitea.url)
            .arg("--json")
            .args(at(&args, "gitea:acme/widgets")),
    ));
    assert_eq!(on_gitea, ["Widget crash report", "Crash on start"]);
    let on_jira = titles(&succeed(
        jira_cmd(&ws, &jira).arg("--json").args(at(&args, "PROJ")),
    ));
    assert_eq!(on_jira, ["Widget crash report", "Crash on start"]);
    // A label spelled another way goes down as the repository spells it.
    let out = succeed(ws.gitea(&gitea.url).arg("--json").args([
        "issue",
        "search",
        "label:CI",
        "--in",
        "gitea:acme/widgets",
    ]));
    assert_eq!(titles(&out), ["Flaky widget test", "Crashing tests"]);
    let last = gitea_lists(&gitea).pop().expect("a list");
    assert!(has(&last, "labels", "ci"), "{last:?}");
}

#[test]
fn dates_and_people_go_down_where_the_tracker_can_say_them() {
    let (ws, gitea, jira) = twelve();
    // Every issue is older than a day; none was updated within the last hour.
    let args = ["issue", "search", "created:>1d updated:<1h assignee:alice"];
    let on_gitea = titles(&succeed(
        ws.gitea(&gitea.url)
            .arg("--json")
            .args(at(&args, "gitea:acme/widgets")),
    ));
    assert!(on_gitea.is_empty(), "{on_gitea:?}");
    let list = gitea_lists(&gitea).pop().expect("a list");
    assert!(has(&list, "assigned_by", "alice"), "{list:?}");
    assert!(
        !lacks(&list, "since"),
        "updated:<1h is Gitea's since: {list:?}"
    );
    assert!(lacks(&list, "before"), "{list:?}");
    let on_jira = titles(&succeed(
        jira_cmd(&ws, &jira).arg("--json").args(at(&args, "PROJ")),
    ));
    assert!(on_jira.is_empty(), "{on_jira:?}");
    let jql = jql_sent(&jira).pop().expect("a search");
    assert!(jql.contains("created <= -1439m"), "{jql}");
    assert!(jql.contains("updated >= -61m"), "{jql}");

    let args = ["issue", "search", "created:>1d assignee:alice"];
    let local = titles(&succeed(ws.cmd().arg("--json").args(args)));
    assert_eq!(local, ["Widget crash report", "Crash on start"]);
    let on_gitea = titles(&succeed(
        ws.gitea(&gitea.url)
            .arg("--json")
            .args(at(&args, "gitea:acme/widgets")),
    ));
    assert_eq!(on_gitea, local);
    // Jira people are their accounts (the fake names them as the logins): the same answer.
    let on_jira = titles(&succeed(
        jira_cmd(&ws, &jira).arg("--json").args(at(&args, "PROJ")),
    ));
    assert_eq!(on_jira, local);
}
