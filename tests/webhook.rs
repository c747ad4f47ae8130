//! `webhook register|list|remove`: the repository hooks that feed `serve`, on
//! GitHub and Gitea — registered once per URL with the secret from the
//! environment (sent in the request body only, never shown or stored), listed,
//! removed, and previewed unless `--apply`.

mod support;

use assert_cmd::Command;
use support::gitea::FakeGitea;
use support::github::{FakeGitHub, Logged};
use support::*;

const URL: &str = "https://hooks.example.com/webhook";
const SECRET: &str = "whsec_SECRETvalue0123456789SECRET";
const REPO: &str = "acme/widgets";

/// A workspace whose configuration names the GitHub repository, and the fake.
fn github() -> (Workspace, FakeGitHub) {
    let ws = Workspace::new();
    ws.write(".debussy/config.yaml", "github:\n  repo: acme/widgets\n");
    let gh = FakeGitHub::start();
    gh.add_issue(REPO, 1, "An issue");
    (ws, gh)
}

/// A workspace whose configuration names the Gitea repository, and the fake.
fn gitea() -> (Workspace, FakeGitea) {
    let ws = Workspace::new();
    ws.write(".debussy/config.yaml", "gitea:\n  repo: acme/widgets\n");
    let gitea = FakeGitea::start();
    gitea.add_issue(REPO, 1, "An issue");
    (ws, gitea)
}

/// `webhook ARGS…` against the fake GitHub, with the secret in its default variable.
fn gh_hook(ws: &Workspace, gh: &FakeGitHub, args: &[&str]) -> Command {
    let mut cmd = ws.gh(&gh.url);
    cmd.env("GITHUB_WEBHOOK_SECRET", SECRET)
        .arg("webhook")
        .args(args);
    cmd
}

fn gitea_hook(ws: &Workspace, gitea: &FakeGitea, args: &[&str]) -> Command {
    let mut cmd = ws.gitea(&gitea.url);
    cmd.env("GITEA_WEBHOOK_SECRET", SECRET)
        .arg("webhook")
        .args(args);
    cmd
}

/// Every request the fake GitHub had about hooks.
fn hook_requests(gh: &FakeGitHub) -> Vec<Logged> {
    let all = gh.requests().into_iter();
    all.filter(|r| r.path.contains("/hooks")).collect()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Runs a command that must fail with exit 2; returns its stderr.
fn refused(cmd: &mut Command) -> String {
    let out = cmd.output().expect("run");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(out.stdout.is_empty() || text(&out.stdout).contains("\"error\""));
    text(&out.stderr)
}

#[test]
fn github_register_creates_one_json_hook_with_the_secret_then_list_shows_it() {
    let (ws, gh) = github();
    let out = succeed(&mut gh_hook(&ws, &gh, &["register", URL, "--apply"]));
    let hooks = gh.hooks(REPO);
    assert_eq!(hooks.len(), 1, "{hooks:?}");
    let hook = &hooks[0];
    assert_eq!(hook.url, URL);
    assert_eq!(hook.content_type, "json");
    assert_eq!(hook.secret.as_deref(), Some(SECRET));
    assert_eq!(hook.events, vec!["issues", "issue_comment"]);
    assert!(hook.active);
    assert_eq!(gh.requests_to("POST", "/hooks").len(), 1);
    let shown = text(&out.stdout) + &text(&out.stderr);
    assert!(shown.contains("create hook"), "{shown}");

    let list = json_stdout(&succeed(&mut gh_hook(&ws, &gh, &["list", "--json"])));
    assert_eq!(list["target"], "acme/widgets");
    let listed = list["hooks"].as_array().expect("hooks");
    assert_eq!(listed.len(), 1, "{list}");
    assert_eq!(listed[0]["id"], hook.id);
    assert_eq!(listed[0]["url"], URL);
    assert_eq!(
        listed[0]["events"],
        serde_json::json!(["issues", "issue_comment"])
    );
    assert_eq!(listed[0]["active"], true);

    let table = text(&succeed(&mut gh_hook(&ws, &gh, &["list"])).stdout);
    assert!(
        table.contains(&hook.id.to_string()) && table.contains(URL),
        "{table}"
    );
    assert!(table.contains("issues,issue_comment"), "{table}");
}

#[test]
fn registering_the_same_url_again_keeps_the_hook_and_writes_nothing() {
    let (ws, gh) = github();
    succeed(&mut gh_hook(&ws, &gh, &["register", URL, "--apply"]));
    gh.clear_log();
    let out = succeed(&mut gh_hook(&ws, &gh, &["register", URL, "--apply"]));
    assert!(text(&out.stdout).contains("nothing to write"), "{out:?}");
    assert!(gh.writes().is_empty(), "{:?}", gh.writes());
    assert_eq!(gh.hooks(REPO).len(), 1);
}

#[test]
fn registering_the_url_with_other_events_edits_its_hook() {
    let (ws, gh) = github();
    succeed(&mut gh_hook(&ws, &gh, &["register", URL, "--apply"]));
    let id = gh.hooks(REPO)[0].id;
    gh.clear_log();
    let args = ["register", URL, "--events", "issues", "--apply", "--json"];
    let report = json_stdout(&succeed(&mut gh_hook(&ws, &gh, &args)));
    assert_eq!(report["operations"][0]["action"], "update_hook");
    assert_eq!(report["operations"][0]["status"], "applied");
    let hooks = gh.hooks(REPO);
    assert_eq!(hooks.len(), 1, "{hooks:?}");
    assert_eq!(
        (hooks[0].id, hooks[0].events.clone()),
        (id, vec!["issues".into()])
    );
    assert_eq!(
        hooks[0].secret.as_deref(),
        Some(SECRET),
        "an edit sends the secret too"
    );
    assert_eq!(gh.requests_to("PATCH", &format!("/hooks/{id}")).len(), 1);
    assert!(gh.requests_to("POST", "/hooks").is_empty());
}

#[test]
fn register_previews_without_apply_and_writes_nothing() {
    let (ws, gh) = github();
    let report = json_stdout(&succeed(&mut gh_hook(
        &ws,
        &gh,
        &["register", URL, "--json"],
    )));
    assert_eq!(report["dry_run"], true);
    assert_eq!(report["operations"][0]["action"], "create_hook");
    assert_eq!(report["operations"][0]["status"], "planned");
    assert!(gh.writes().is_empty(), "{:?}", gh.writes());
    assert!(gh.hooks(REPO).is_empty());
}

#[test]
fn the_secret_is_sent_in_the_body_only_and_never_shown_or_stored() {
    let (ws, gh) = github();
    let mut outputs = Vec::new();
    for args in [
        &["register", URL, "--apply", "--json"][..],
        &["register", URL, "--update-secret", "--apply", "--verbose"],
        &["list", "--json"],
        &["list", "--verbose"],
    ] {
        outputs.push(succeed(&mut gh_hook(&ws, &gh, args)));
    }
    for out in &outputs {
        let shown = text(&out.stdout) + &text(&out.stderr);
        assert!(!shown.contains(SECRET), "secret shown: {shown}");
    }
    let sent = hook_requests(&gh);
    assert!(
        sent.iter().all(|r| !r.path.contains(SECRET)),
        "never in a URL"
    );
    let with_secret = sent
        .iter()
        .filter(|r| r.body["config"]["secret"] == SECRET)
        .count();
    assert_eq!(
        with_secret, 2,
        "the create and the --update-secret edit carry it"
    );
    ws.assert_no_file_holds(SECRET);
}

#[test]
fn a_missing_secret_variable_is_exit_2_naming_it_and_nothing_is_sent() {
    let (ws, gh) = github();
    let mut cmd = ws.gh(&gh.url);
    cmd.env_remove("GITHUB_WEBHOOK_SECRET")
        .args(["webhook", "register", URL, "--apply"]);
    let err = refused(&mut cmd);
    assert!(err.contains("GITHUB_WEBHOOK_SECRET"), "{err}");
    let mut cmd = gh_hook(
        &ws,
        &gh,
        &["register", URL, "--secret-env", "HOOK_SECRET_X", "--apply"],
    );
    cmd.env_remove("HOOK_SECRET_X");
    let err = refused(&mut cmd);
    assert!(err.contains("HOOK_SECRET_X"), "{err}");
    assert!(hook_requests(&gh).is_empty());
    assert!(gh.hooks(REPO).is_empty());
}

#[test]
fn secret_env_names_the_variable_the_secret_is_read_from() {
    let (ws, gh) = github();
    let mut cmd = gh_hook(
        &ws,
        &gh,
        &["register", URL, "--secret-env", "MY_HOOK_SECRET", "--apply"],
    );
    cmd.env("MY_HOOK_SECRET", "another-secret-value");
    succeed(&mut cmd);
    assert_eq!(
        gh.hooks(REPO)[0].secret.as_deref(),
        Some("another-secret-value")
    );
}

#[test]
fn bad_input_is_exit_2_with_a_hint_and_sends_nothing() {
    let (ws, gh) = github();
    for (args, names) in [
        (
            &["register", "hooks.example.com/webhook", "--apply"][..],
            "URL",
        ),
        (&["register", "ftp://hooks.example.com/", "--apply"], "URL"),
        (
            &["register", URL, "--events", "issues,Push!", "--apply"],
            "--events",
        ),
        (
            &["register", URL, "--secret-env", "NOT=A NAME", "--apply"],
            "--secret-env",
        ),
        (
            &["register", URL, "--tracker", "jira", "--apply"],
            "not supported",
        ),
        (&["list", "--tracker", "local"], "not supported"),
        (&["list", "--tracker", "nope"], "--tracker"),
        (&["list", "--repo", "not-a-repo"], "--repo"),
        (&["remove", "not-a-number"], "not-a-number"),
    ] {
        let err = refused(&mut gh_hook(&ws, &gh, args));
        assert!(err.contains(names), "{args:?}: {err}");
        // Ours say what to do; clap's usage errors point at --help.
        assert!(
            err.contains("hint: ") || err.contains("--help"),
            "{args:?}: {err}"
        );
    }
    assert!(hook_requests(&gh).is_empty());
}

#[test]
fn remove_deletes_the_hook_and_an_unknown_id_is_a_clear_error() {
    let (ws, gh) = github();
    succeed(&mut gh_hook(&ws, &gh, &["register", URL, "--apply"]));
    let id = gh.hooks(REPO)[0].id.to_string();

    // A preview deletes nothing.
    succeed(&mut gh_hook(&ws, &gh, &["remove", &id]));
    assert_eq!(gh.hooks(REPO).len(), 1);

    let report = json_stdout(&succeed(&mut gh_hook(
        &ws,
        &gh,
        &["remove", &id, "--apply", "--json"],
    )));
    assert_eq!(report["operations"][0]["action"], "delete_hook");
    assert_eq!(report["operations"][0]["status"], "applied");
    assert!(gh.hooks(REPO).is_empty());
    assert_eq!(gh.requests_to("DELETE", &format!("/hooks/{id}")).len(), 1);

    let err = refused(&mut gh_hook(&ws, &gh, &["remove", &id, "--apply"]));
    assert!(err.contains(&format!("no hook {id}")), "{err}");
    assert!(err.contains("webhook list"), "{err}");
}

#[test]
fn writes_are_journaled_in_the_history() {
    let (ws, gh) = github();
    succeed(&mut gh_hook(&ws, &gh, &["register", URL, "--apply"]));
    let id = gh.hooks(REPO)[0].id.to_string();
    succeed(&mut gh_hook(&ws, &gh, &["remove", &id, "--apply"]));
    let db = rusqlite::Connection::open(ws.path().join(".debussy/sync.db")).expect("db");
    let mut stmt = db
        .prepare("SELECT action, status, value FROM journal ORDER BY id")
        .expect("journal");
    let rows: Vec<(String, String, Option<String>)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .expect("rows")
        .map(|r| r.expect("row"))
        .collect();
    assert_eq!(
        rows,
        vec![
            ("create_hook".into(), "applied".into(), Some(URL.into())),
            ("delete_hook".into(), "applied".into(), Some(URL.into())),
        ]
    );
}

#[test]
fn gitea_register_list_idempotent_and_remove() {
    let (ws, gitea) = gitea();
    succeed(&mut gitea_hook(&ws, &gitea, &["register", URL, "--apply"]));
    succeed(&mut gitea_hook(&ws, &gitea, &["register", URL, "--apply"]));
    let hooks = gitea.hooks(REPO);
    assert_eq!(
        hooks.len(),
        1,
        "Gitea takes a URL twice; we do not: {hooks:?}"
    );
    let hook = &hooks[0];
    assert_eq!(hook.kind, "gitea");
    assert_eq!(hook.content_type, "json");
    assert_eq!(hook.secret.as_deref(), Some(SECRET));
    assert_eq!(hook.events, vec!["issues", "issue_comment"]);

    let list = json_stdout(&succeed(&mut gitea_hook(&ws, &gitea, &["list", "--json"])));
    assert_eq!(list["tracker"], "gitea");
    assert_eq!(list["hooks"][0]["url"], URL);
    assert!(!list.to_string().contains(SECRET));

    let id = hook.id.to_string();
    succeed(&mut gitea_hook(&ws, &gitea, &["remove", &id, "--apply"]));
    assert!(gitea.hooks(REPO).is_empty());
    ws.assert_no_file_holds(SECRET);
}

#[test]
fn forgejo_webhook_secret_is_read_when_gitea_webhook_secret_is_not_set() {
    let (ws, gitea) = gitea();
    let mut cmd = ws.gitea(&gitea.url);
    cmd.env_remove("GITEA_WEBHOOK_SECRET")
        .env("FORGEJO_WEBHOOK_SECRET", "forgejo-secret")
        .args(["webhook", "register", URL, "--apply"]);
    succeed(&mut cmd);
    assert_eq!(
        gitea.hooks(REPO)[0].secret.as_deref(),
        Some("forgejo-secret")
    );
}

#[test]
fn a_create_without_a_clear_answer_is_looked_for_rather_than_sent_again() {
    let (ws, gh) = github();
    gh.inject(
        "POST",
        "/hooks",
        support::github::FaultKind::BadGatewayAfterApply,
        1,
    );
    let args = ["register", URL, "--apply", "--json"];
    let report = json_stdout(&succeed(&mut gh_hook(&ws, &gh, &args)));
    assert_eq!(report["operations"][0]["status"], "applied", "{report}");
    let message = report["operations"][0]["message"]
        .as_str()
        .unwrap_or_default();
    assert!(message.contains("confirmed stored"), "{report}");
    assert_eq!(gh.hooks(REPO).len(), 1);
    assert_eq!(gh.requests_to("POST", "/hooks").len(), 1);
}
