//! The fake Gitea keeps state and answers like Gitea 1.22, and injects faults. These
//! run without Prism; `e2e_gitea_prism` checks the same traffic against Gitea's
//! published description.

mod support;

use serde_json::{json, Value};
use std::time::{Duration, Instant};
use support::gitea::*;

const REPO: &str = "acme/widgets";

/// A fake with issues 1–7 (open), pull request 8, and a client holding its token.
fn seeded() -> (FakeGitea, ApiClient) {
    let gitea = FakeGitea::start();
    for n in 1..=7 {
        gitea.add_issue(REPO, n, &format!("Issue {n}"));
    }
    gitea.add_pull_request(REPO, 8, "A change");
    let api = ApiClient::new(&gitea.api_url, Some(GITEA_TOKEN));
    (gitea, api)
}

/// The `number`s of a list answer, in order.
fn numbers(reply: &Reply) -> Vec<u64> {
    reply
        .json
        .as_array()
        .unwrap_or_else(|| panic!("not a list: {}", reply.text))
        .iter()
        .map(|i| i["number"].as_u64().expect("number"))
        .collect()
}

fn issues(api: &ApiClient, query: &str) -> Vec<u64> {
    let reply = api.get(&format!("/repos/{REPO}/issues?{query}"));
    assert_eq!(reply.status, 200, "{}", reply.text);
    numbers(&reply)
}

fn send(api: &ApiClient, method: &str, path: &str, body: Value) -> Reply {
    api.send(method, &format!("/repos/{REPO}{path}"), Some(&body))
}

#[test]
fn only_the_token_opens_the_api() {
    let (gitea, api) = seeded();
    let path = format!("/repos/{REPO}/issues/1");
    let anonymous = ApiClient::new(&gitea.api_url, None).get(&path);
    assert_eq!(anonymous.status, 401, "{}", anonymous.text);
    assert_eq!(anonymous.json["message"], "token is required");
    let wrong = ApiClient::new(&gitea.api_url, Some("not-the-token")).get(&path);
    assert_eq!(wrong.status, 401);
    assert_eq!(api.get(&path).status, 200);
    gitea.set_token("another");
    assert_eq!(api.get(&path).status, 401);
    // Refused requests are logged too.
    assert_eq!(gitea.requests_to("GET", "/issues/1").len(), 4);
}

#[test]
fn version_and_user_describe_the_server_and_the_token_owner() {
    let (gitea, api) = seeded();
    assert_eq!(api.get("/version").json, json!({"version": "1.22.0"}));
    gitea.set_version("7.0.0+gitea-1.22.0");
    assert_eq!(api.get("/version").json["version"], "7.0.0+gitea-1.22.0");
    let user = api.get("/user");
    assert_eq!(user.status, 200);
    assert_eq!(user.json["login"], GITEA_USER);
}

#[test]
fn issues_come_in_pages_newest_first_with_a_total_and_links() {
    let (_gitea, api) = seeded();
    let first = api.get(&format!(
        "/repos/{REPO}/issues?state=all&type=issues&limit=3"
    ));
    assert_eq!(numbers(&first), [7, 6, 5]);
    assert_eq!(first.header("x-total-count"), Some("7"));
    let next = first.link("next").expect("a next link");
    assert!(
        next.ends_with("/api/v1/repos/acme/widgets/issues?limit=3&page=2&state=all&type=issues"),
        "{next}"
    );
    assert!(first.link("last").expect("a last link").contains("page=3"));
    assert_eq!(first.link("prev"), None);

    let mut seen = numbers(&first);
    let mut link = first.link("next");
    let mut last = first;
    while let Some(url) = link {
        last = api.get(&url);
        seen.extend(numbers(&last));
        link = last.link("next");
    }
    assert_eq!(seen, [7, 6, 5, 4, 3, 2, 1], "the pull request is left out");
    assert!(last.link("first").expect("first").contains("page=1"));
    assert!(last.link("prev").expect("prev").contains("page=2"));
    assert_eq!(last.link("last"), None);
}

#[test]
fn pull_requests_are_issues_unless_type_issues_is_asked() {
    let (_gitea, api) = seeded();
    assert_eq!(issues(&api, "state=all"), [8, 7, 6, 5, 4, 3, 2, 1]);
    assert_eq!(issues(&api, "type=pulls"), [8]);
    let pr = api.get(&format!("/repos/{REPO}/issues/8"));
    assert!(pr.json["pull_request"]["html_url"]
        .as_str()
        .expect("pull_request")
        .ends_with("/acme/widgets/pulls/8"));
    assert_eq!(
        api.get(&format!("/repos/{REPO}/issues/7")).json["pull_request"],
        Value::Null
    );
}

#[test]
fn page_size_defaults_to_thirty_and_is_capped_at_fifty() {
    let gitea = FakeGitea::start();
    for n in 1..=60 {
        gitea.add_issue(REPO, n, "x");
    }
    let api = ApiClient::new(&gitea.api_url, Some(GITEA_TOKEN));
    assert_eq!(issues(&api, "").len(), DEFAULT_LIMIT);
    let capped = api.get(&format!("/repos/{REPO}/issues?limit=100"));
    assert_eq!(numbers(&capped).len(), MAX_LIMIT);
    assert_eq!(capped.header("x-total-count"), Some("60"));
    assert_eq!(issues(&api, "limit=50&page=2").len(), 10);
    assert!(issues(&api, "limit=50&page=3").is_empty());
}

#[test]
fn state_filter_defaults_to_open() {
    let (gitea, api) = seeded();
    gitea.set_issue_state(REPO, 2, IssueState::Closed);
    assert_eq!(issues(&api, "type=issues"), [7, 6, 5, 4, 3, 1]);
    assert_eq!(issues(&api, "type=issues&state=closed"), [2]);
    assert_eq!(issues(&api, "type=issues&state=all").len(), 7);
}

#[test]
fn label_filter_needs_every_known_name_and_ignores_unknown_ones() {
    let (gitea, api) = seeded();
    let bug = gitea.add_label(REPO, "bug", "ee0701");
    let p1 = gitea.add_label(REPO, "p1", "0000ff");
    gitea.set_issue_labels(REPO, 1, &[bug, p1]);
    gitea.set_issue_labels(REPO, 2, &[bug]);
    assert_eq!(issues(&api, "labels=bug,p1"), [1]);
    assert_eq!(issues(&api, "labels=bug"), [2, 1]);
    assert_eq!(issues(&api, "labels=bug,nope"), [2, 1]);
    // No known name: Gitea filters nothing.
    assert_eq!(issues(&api, "labels=nope&type=issues").len(), 7);
}

#[test]
fn milestone_filter_takes_titles_or_ids() {
    let (gitea, api) = seeded();
    let v1 = gitea.add_milestone(REPO, "v1", "");
    gitea.set_issue_milestone(REPO, 3, Some(v1));
    assert_eq!(issues(&api, "milestones=v1"), [3]);
    assert_eq!(issues(&api, &format!("milestones={v1}")), [3]);
}

#[test]
fn a_label_is_created_with_its_color_and_names_may_repeat() {
    let (gitea, api) = seeded();
    let created = send(
        &api,
        "POST",
        "/labels",
        json!({"name": "debussy:in-progress", "color": "#FBCA04", "description": "Phase running"}),
    );
    assert_eq!(created.status, 201, "{}", created.text);
    assert_eq!(created.json["color"], "fbca04");
    let again = send(
        &api,
        "POST",
        "/labels",
        json!({"name": "debussy:in-progress", "color": "fbca04"}),
    );
    assert_eq!(again.status, 201);
    assert_ne!(again.json["id"], created.json["id"]);
    let listed = api.get(&format!("/repos/{REPO}/labels"));
    assert_eq!(listed.header("x-total-count"), Some("2"));
    assert_eq!(gitea.labels(REPO).len(), 2);
}

#[test]
fn a_label_without_a_valid_color_or_name_is_refused() {
    let (gitea, api) = seeded();
    for body in [
        json!({"name": "bug"}),
        json!({"name": "bug", "color": "red"}),
        json!({"color": "ee0701"}),
    ] {
        assert_eq!(send(&api, "POST", "/labels", body).status, 422);
    }
    assert!(gitea.labels(REPO).is_empty());
}

#[test]
fn issue_labels_are_added_by_id_or_name_and_removed_one_at_a_time() {
    let (gitea, api) = seeded();
    let bug = gitea.add_label(REPO, "bug", "ee0701");
    let p1 = gitea.add_label(REPO, "p1", "0000ff");
    let added = send(&api, "POST", "/issues/1/labels", json!({"labels": [bug]}));
    assert_eq!(added.status, 200, "{}", added.text);
    assert_eq!(added.json[0]["name"], "bug");
    let by_name = send(&api, "POST", "/issues/1/labels", json!({"labels": ["p1"]}));
    assert_eq!(by_name.json.as_array().map(Vec::len), Some(2));
    let mixed = send(
        &api,
        "POST",
        "/issues/1/labels",
        json!({"labels": [bug, "p1"]}),
    );
    assert_eq!(mixed.status, 400);
    let removed = api.send(
        "DELETE",
        &format!("/repos/{REPO}/issues/1/labels/{bug}"),
        None,
    );
    assert_eq!(removed.status, 204);
    assert_eq!(gitea.issue_label_names(REPO, 1), ["p1"]);
    let unknown = api.send(
        "DELETE",
        &format!("/repos/{REPO}/issues/1/labels/424242"),
        None,
    );
    assert_eq!(unknown.status, 422);
    assert_eq!(gitea.issue(REPO, 1).expect("issue").labels, [p1]);
}

#[test]
fn replacing_all_labels_is_served_and_logged() {
    let (gitea, api) = seeded();
    let bug = gitea.add_label(REPO, "bug", "ee0701");
    let p1 = gitea.add_label(REPO, "p1", "0000ff");
    gitea.set_issue_labels(REPO, 1, &[bug]);
    let replaced = send(&api, "PUT", "/issues/1/labels", json!({"labels": [p1]}));
    assert_eq!(replaced.status, 200);
    assert_eq!(gitea.issue_label_names(REPO, 1), ["p1"]);
    let puts = gitea.requests_to("PUT", "/labels");
    assert_eq!(puts.len(), 1);
    assert_eq!(puts[0].body, json!({"labels": [p1]}));
}

#[test]
fn a_label_add_whose_labels_are_not_a_list_is_refused() {
    let (gitea, api) = seeded();
    gitea.add_label(REPO, "bug", "ee0701");
    let reply = send(&api, "POST", "/issues/1/labels", json!({"labels": "bug"}));
    assert_eq!(reply.status, 422);
    assert!(gitea.issue_label_names(REPO, 1).is_empty());
}

#[test]
fn an_edit_answers_201_and_any_state_but_closed_means_open() {
    let (gitea, api) = seeded();
    let closed = send(&api, "PATCH", "/issues/1", json!({"state": "closed"}));
    assert_eq!(closed.status, 201, "{}", closed.text);
    assert_eq!(closed.json["state"], "closed");
    assert!(closed.json["closed_at"].is_string());
    let reopened = send(&api, "PATCH", "/issues/1", json!({"state": "reopened"}));
    assert_eq!(reopened.json["state"], "open");
    assert_eq!(reopened.json["closed_at"], Value::Null);
    assert_eq!(gitea.issue(REPO, 1).expect("issue").state, IssueState::Open);
}

#[test]
fn closing_with_open_dependencies_answers_412_after_storing_the_other_fields() {
    let (gitea, api) = seeded();
    let added = send(
        &api,
        "POST",
        "/issues/1/dependencies",
        json!({"owner": "acme", "repo": "widgets", "index": 2}),
    );
    assert_eq!(added.status, 201, "{}", added.text);
    assert_eq!(added.json["number"], 1, "Gitea answers the blocked issue");
    let listed = api.get(&format!("/repos/{REPO}/issues/1/dependencies"));
    assert_eq!(numbers(&listed), [2]);
    assert_eq!(
        numbers(&api.get(&format!("/repos/{REPO}/issues/2/blocks"))),
        [1]
    );

    let refused = send(
        &api,
        "PATCH",
        "/issues/1",
        json!({"title": "Renamed", "state": "closed"}),
    );
    assert_eq!(refused.status, 412);
    assert_eq!(refused.json["message"], DEPENDENCIES_LEFT);
    let stored = gitea.issue(REPO, 1).expect("issue");
    assert_eq!(
        (stored.title.as_str(), stored.state),
        ("Renamed", IssueState::Open)
    );

    gitea.set_issue_state(REPO, 2, IssueState::Closed);
    let closed = send(&api, "PATCH", "/issues/1", json!({"state": "closed"}));
    assert_eq!(closed.status, 201);
}

#[test]
fn a_dependency_is_removed_and_no_longer_blocks() {
    let (gitea, api) = seeded();
    gitea.add_dependency(REPO, 1, 2);
    let blocker = json!({"owner": "acme", "repo": "widgets", "index": 2});
    let removed = send(&api, "DELETE", "/issues/1/dependencies", blocker.clone());
    assert_eq!(removed.status, 200, "{}", removed.text);
    assert!(gitea.issue(REPO, 1).expect("issue").depends_on.is_empty());
    assert_eq!(
        send(&api, "DELETE", "/issues/1/dependencies", blocker).status,
        500
    );
    assert_eq!(
        send(&api, "PATCH", "/issues/1", json!({"state": "closed"})).status,
        201
    );
}

#[test]
fn a_dependency_without_owner_and_repo_names_an_empty_repository() {
    let (gitea, api) = seeded();
    let reply = send(&api, "POST", "/issues/1/dependencies", json!({"index": 2}));
    assert_eq!(reply.status, 404);
    assert!(reply.json["message"]
        .as_str()
        .expect("message")
        .starts_with("repository does not exist"));
    assert!(gitea.issue(REPO, 1).expect("issue").depends_on.is_empty());
}

#[test]
fn with_dependencies_disabled_their_routes_are_404_and_nothing_blocks() {
    let (gitea, api) = seeded();
    gitea.add_dependency(REPO, 1, 2);
    gitea.set_dependencies_enabled(REPO, false);
    let repo = api.get(&format!("/repos/{REPO}"));
    assert_eq!(
        repo.json["internal_tracker"]["enable_issue_dependencies"],
        false
    );
    assert_eq!(
        api.get(&format!("/repos/{REPO}/issues/1/dependencies"))
            .status,
        404
    );
    assert_eq!(
        send(&api, "PATCH", "/issues/1", json!({"state": "closed"})).status,
        201
    );
}

#[test]
fn comments_are_stored_listed_and_counted() {
    let (gitea, api) = seeded();
    let marker = "<!-- debussy-sync:plan-complete -->\nAll phases completed.";
    let posted = send(&api, "POST", "/issues/3/comments", json!({"body": marker}));
    assert_eq!(posted.status, 201, "{}", posted.text);
    assert!(posted.json["html_url"]
        .as_str()
        .expect("html_url")
        .contains("/acme/widgets/issues/3#issuecomment-"));
    let listed = api.get(&format!("/repos/{REPO}/issues/3/comments"));
    assert_eq!(listed.json[0]["body"], marker);
    assert_eq!(
        api.get(&format!("/repos/{REPO}/issues/3")).json["comments"],
        1
    );
    assert_eq!(
        send(&api, "POST", "/issues/3/comments", json!({"body": ""})).status,
        422
    );
    assert_eq!(gitea.comments(REPO, 3), [marker]);
}

#[test]
fn a_milestone_is_read_by_id_or_title_and_its_description_patched() {
    let (gitea, api) = seeded();
    let v1 = gitea.add_milestone(REPO, "v1", "First release.");
    gitea.set_issue_milestone(REPO, 1, Some(v1));
    gitea.set_issue_milestone(REPO, 2, Some(v1));
    gitea.set_issue_state(REPO, 2, IssueState::Closed);
    let by_id = api.get(&format!("/repos/{REPO}/milestones/{v1}"));
    assert_eq!(
        (&by_id.json["open_issues"], &by_id.json["closed_issues"]),
        (&json!(1), &json!(1))
    );
    assert_eq!(
        api.get(&format!("/repos/{REPO}/milestones/v1")).json["id"],
        v1
    );
    let text = "First release.\n\nProgress: 1/2 phases (50%)";
    let patched = send(
        &api,
        "PATCH",
        &format!("/milestones/{v1}"),
        json!({"description": text}),
    );
    assert_eq!(patched.status, 200, "{}", patched.text);
    assert_eq!(
        gitea.milestone(REPO, v1).expect("milestone").description,
        text
    );
    let listed = api.get(&format!("/repos/{REPO}/milestones?state=all"));
    assert_eq!(listed.header("x-total-count"), Some("1"));
    assert_eq!(api.get(&format!("/repos/{REPO}/milestones/v9")).status, 404);
}

#[test]
fn an_issue_is_created_with_the_next_number_its_labels_and_milestone() {
    let (gitea, api) = seeded();
    let bug = gitea.add_label(REPO, "bug", "ee0701");
    let v1 = gitea.add_milestone(REPO, "v1", "");
    let created = send(
        &api,
        "POST",
        "/issues",
        json!({"title": "Filed", "body": "Details", "labels": [bug], "milestone": v1}),
    );
    assert_eq!(created.status, 201, "{}", created.text);
    assert_eq!(
        created.json["number"], 9,
        "numbers are shared with pull requests"
    );
    assert_eq!(created.json["milestone"]["id"], v1);
    assert_eq!(gitea.issue_label_names(REPO, 9), ["bug"]);
    assert_eq!(
        send(&api, "POST", "/issues", json!({"body": "no title"})).status,
        422
    );
}

#[test]
fn unknown_issues_and_repositories_are_404() {
    let (gitea, api) = seeded();
    assert_eq!(api.get(&format!("/repos/{REPO}/issues/99")).status, 404);
    assert_eq!(api.get("/repos/acme/nothing/issues").status, 404);
    gitea.remove_issue(REPO, 7);
    assert_eq!(api.get(&format!("/repos/{REPO}/issues/7")).status, 404);
}

#[test]
fn a_bad_gateway_after_apply_has_stored_the_comment() {
    let (gitea, api) = seeded();
    gitea.inject("POST", "/comments", FaultKind::BadGatewayAfterApply, 1);
    let body = json!({"body": "<!-- debussy-sync:phase-1 -->"});
    let reply = send(&api, "POST", "/issues/3/comments", body.clone());
    assert_eq!(reply.status, 502);
    assert_eq!(gitea.comments(REPO, 3).len(), 1);
    assert_eq!(send(&api, "POST", "/issues/3/comments", body).status, 201);
    assert_eq!(gitea.comments(REPO, 3).len(), 2);
}

#[test]
fn too_many_requests_carries_retry_after_and_changes_nothing() {
    let (gitea, api) = seeded();
    gitea.inject(
        "PATCH",
        "/issues/1",
        FaultKind::TooManyRequests { retry_after: 7 },
        1,
    );
    let reply = send(&api, "PATCH", "/issues/1", json!({"state": "closed"}));
    assert_eq!(reply.status, 429);
    assert_eq!(reply.header("retry-after"), Some("7"));
    assert_eq!(gitea.issue(REPO, 1).expect("issue").state, IssueState::Open);
    let again = send(&api, "PATCH", "/issues/1", json!({"state": "closed"}));
    assert_eq!(again.status, 201);
}

#[test]
fn a_not_found_fault_hides_an_issue_once() {
    let (gitea, api) = seeded();
    gitea.inject("GET", "/issues/1", FaultKind::NotFound, 1);
    let path = format!("/repos/{REPO}/issues/1");
    assert_eq!(api.get(&path).status, 404);
    assert_eq!(api.get(&path).status, 200);
}

#[test]
fn a_malformed_issue_fault_answers_a_shape_gitea_never_sends() {
    let (gitea, api) = seeded();
    gitea.inject("GET", "/issues/1", FaultKind::MalformedIssue, 1);
    let reply = api.get(&format!("/repos/{REPO}/issues/1"));
    assert_eq!(reply.status, 200);
    assert!(reply.json["number"].is_string());
    assert!(reply.json["labels"].is_object());
}

#[test]
fn latency_delays_every_answer_and_a_delay_fault_one() {
    let (gitea, api) = seeded();
    gitea.inject(
        "GET",
        "/issues/2",
        FaultKind::Delay(Duration::from_millis(300)),
        1,
    );
    let started = Instant::now();
    api.get(&format!("/repos/{REPO}/issues/1"));
    assert!(started.elapsed() < Duration::from_millis(300));
    api.get(&format!("/repos/{REPO}/issues/2"));
    assert!(started.elapsed() >= Duration::from_millis(300));
    gitea.set_latency(Duration::from_millis(200));
    let started = Instant::now();
    api.get("/version");
    assert!(started.elapsed() >= Duration::from_millis(200));
}

#[test]
fn a_gitea_under_a_sub_path_serves_the_api_only_there() {
    let gitea = FakeGitea::start_at("/gitea");
    gitea.add_issue(REPO, 1, "One");
    gitea.add_issue(REPO, 2, "Two");
    assert!(gitea.api_url.ends_with("/gitea/api/v1"));
    let api = ApiClient::new(&gitea.api_url, Some(GITEA_TOKEN));
    let page = api.get(&format!("/repos/{REPO}/issues?limit=1"));
    assert_eq!(page.status, 200);
    let next = page.link("next").expect("next");
    assert!(next.starts_with(&format!("{}/repos/{REPO}/issues?", gitea.api_url)));
    assert_eq!(numbers(&api.get(&next)), [1]);
    let server_root = gitea.url.trim_end_matches("/gitea");
    let outside = ApiClient::new(&format!("{server_root}/api/v1"), Some(GITEA_TOKEN));
    assert_eq!(outside.get("/version").status, 404);
    let logged = gitea.requests();
    assert_eq!(logged[0].path, "/repos/acme/widgets/issues");
    assert_eq!(logged.last().expect("logged").path, "/api/v1/version");
}

#[test]
fn the_root_url_is_the_base_of_every_url_and_link() {
    let (gitea, api) = seeded();
    gitea.set_root_url("https://git.example.com/gitea/");
    let page = api.get(&format!("/repos/{REPO}/issues?limit=2"));
    assert!(page
        .link("next")
        .expect("next")
        .starts_with("https://git.example.com/gitea/api/v1/repos/acme/widgets/issues?"));
    assert_eq!(
        page.json[0]["html_url"],
        "https://git.example.com/gitea/acme/widgets/pulls/8"
    );
}

#[test]
fn the_log_keeps_method_path_query_and_body() {
    let (gitea, api) = seeded();
    api.get(&format!(
        "/repos/{REPO}/issues?state=all&labels=a%20b&page=2"
    ));
    send(&api, "PATCH", "/issues/1", json!({"title": "New"}));
    let log = gitea.requests();
    assert_eq!(log.len(), 2);
    assert_eq!(
        (log[0].method.as_str(), log[0].path.as_str()),
        ("GET", "/repos/acme/widgets/issues")
    );
    assert_eq!(log[0].query("labels"), Some("a b"));
    assert_eq!(log[0].query("page"), Some("2"));
    assert_eq!(log[0].body, Value::Null);
    let writes = gitea.writes();
    assert_eq!(writes.len(), 1);
    assert_eq!(writes[0].body, json!({"title": "New"}));
    gitea.clear_log();
    assert!(gitea.requests().is_empty());
}
