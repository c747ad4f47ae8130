//! The Gitea tracker through the library API, against the stateful fake Gitea: what
//! it reads in how many requests, what reaches the server, and what is stored.

mod support;

use gh_debussy_sync::context::{Env, TrackerFactory};
use gh_debussy_sync::refs::{IssueRef, RepoRef};
use gh_debussy_sync::tracker::gitea::{GiteaTracker, KIND, MODULE};
use gh_debussy_sync::tracker::progress::progress_marker;
use gh_debussy_sync::tracker::registry::TrackerModule;
use gh_debussy_sync::tracker::wire::RetryPolicy;
use gh_debussy_sync::tracker::{
    Change, CloseReason, IssueEdit, IssueFilter, LabelSpec, NewIssue, ObserveRequest, Outcome,
    Space, StateFilter, Target, Tracker, TrackerError,
};
use octocrab::secrecy::SecretString;
use serde_json::json;
use support::gitea::{FakeGitea, FaultKind, Logged, GITEA_TOKEN};

const REPO: &str = "acme/widgets";
const IN_PROGRESS: &str = "debussy:in-progress";
const COMPLETED: &str = "debussy:completed";

fn repo() -> RepoRef {
    RepoRef::parse(REPO).expect("owner/repo")
}

fn issue(number: u64) -> IssueRef {
    IssueRef::Repo {
        kind: KIND,
        repo: repo(),
        number,
    }
}

fn space() -> Space {
    Space::Repo(KIND, repo())
}

/// Retries without noticeable waits.
fn quick() -> RetryPolicy {
    RetryPolicy {
        scale: 0.001,
        ..RetryPolicy::default()
    }
}

fn tracker_with(fake: &FakeGitea, token: &str) -> GiteaTracker {
    GiteaTracker::new(
        &fake.url,
        SecretString::from(token.to_string()),
        quick(),
        false,
    )
    .expect("tracker")
}

fn tracker(fake: &FakeGitea) -> GiteaTracker {
    tracker_with(fake, GITEA_TOKEN)
}

fn run<T>(future: impl std::future::Future<Output = T>) -> T {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
        .block_on(future)
}

/// A fake with open issues 1..=n.
fn fake_with_issues(n: u64) -> FakeGitea {
    let fake = FakeGitea::start();
    for number in 1..=n {
        fake.add_issue(REPO, number, &format!("Issue {number}"));
    }
    fake
}

/// Requests for the repository's issue list (not single issues).
fn issue_lists(fake: &FakeGitea) -> Vec<Logged> {
    fake.requests_to("GET", "/issues")
        .into_iter()
        .filter(|r| r.path.ends_with("/issues"))
        .collect()
}

/// Single-issue reads.
fn single_reads(fake: &FakeGitea) -> Vec<String> {
    fake.requests_to("GET", "/issues/")
        .into_iter()
        .map(|r| r.path)
        .filter(|p| {
            p.rsplit('/')
                .next()
                .is_some_and(|n| n.parse::<u64>().is_ok())
        })
        .collect()
}

fn spec(name: &str, color: &str) -> LabelSpec {
    LabelSpec {
        name: name.into(),
        color: color.into(),
        description: format!("Debussy: {name}"),
    }
}

fn marker() -> String {
    "<!-- debussy-sync:complete:docs/plans/x/MASTER_PLAN.md -->".to_string()
}

fn comment() -> Change {
    Change::Comment {
        body: format!("All phases are complete.\n\n{}", marker()),
        marker: marker(),
    }
}

fn close() -> Change {
    Change::Close {
        reason: CloseReason::Completed,
    }
}

#[test]
fn thirty_issues_labels_milestone_and_comments_are_read_in_a_few_requests() {
    let fake = fake_with_issues(30);
    fake.add_pull_request(REPO, 31, "A change");
    let milestone = fake.add_milestone(REPO, "M1", "Goals");
    fake.set_issue_milestone(REPO, 4, Some(milestone));
    let label = fake.add_label(REPO, IN_PROGRESS, "1d76db");
    fake.set_issue_labels(REPO, 5, &[label]);
    fake.add_comment(REPO, 3, &format!("done {}", marker()));
    let wanted: Vec<IssueRef> = (1..=31).map(issue).collect();
    let request = ObserveRequest {
        issues: wanted.clone(),
        marker: Some(marker()),
        marked: vec![issue(3), issue(6)],
        labels: vec![(space(), IN_PROGRESS.into()), (space(), COMPLETED.into())],
        milestones: true,
        transitions: Vec::new(),
        project: None,
    };

    let seen = run(tracker(&fake).observe(&request));

    for number in 1..=30 {
        let snapshot = seen.issues[&issue(number)].as_ref().expect("read");
        assert_eq!(snapshot.title, format!("Issue {number}"));
        assert!(snapshot.open && !snapshot.pull_request);
        assert_eq!(snapshot.state_reason, None);
    }
    let pr = seen.issues[&issue(31)].as_ref().expect("pull request read");
    assert!(pr.pull_request);
    assert_eq!(
        seen.issues[&issue(5)].as_ref().expect("read").labels,
        [IN_PROGRESS]
    );
    assert_eq!(
        seen.issues[&issue(4)].as_ref().expect("read").milestone,
        Some(milestone)
    );
    let m = seen.milestones[&(space(), milestone)]
        .as_ref()
        .expect("milestone");
    assert_eq!((m.title.as_str(), m.description.as_str()), ("M1", "Goals"));
    assert_eq!(seen.marked[&issue(3)], Ok(true));
    assert_eq!(seen.marked[&issue(6)], Ok(false));
    assert_eq!(seen.labels[&(space(), IN_PROGRESS.to_string())], Ok(true));
    assert_eq!(seen.labels[&(space(), COMPLETED.to_string())], Ok(false));

    let lists = issue_lists(&fake);
    assert_eq!(lists.len(), 1, "one page holds the 30 issues");
    assert_eq!(lists[0].query("state"), Some("all"));
    assert_eq!(lists[0].query("type"), Some("issues"));
    assert_eq!(lists[0].query("limit"), Some("50"));
    // Only the pull request, which the issue list leaves out, is read alone.
    assert_eq!(single_reads(&fake), [format!("/repos/{REPO}/issues/31")]);
    assert_eq!(fake.requests_to("GET", "/labels").len(), 1);
    assert_eq!(fake.requests_to("GET", "/comments").len(), 2);
    assert_eq!(
        fake.requests().len(),
        5,
        "list, pull request, labels, two comment lists"
    );
    assert!(fake.writes().is_empty());
}

#[test]
fn a_large_repository_is_paged_and_a_deep_issue_read_alone() {
    let fake = fake_with_issues(120);
    let every: Vec<IssueRef> = (1..=120).map(issue).collect();
    let seen = run(tracker(&fake).observe(&ObserveRequest {
        issues: every,
        ..ObserveRequest::default()
    }));
    assert!(seen.issues.values().all(Result::is_ok));
    assert_eq!(seen.issues.len(), 120);
    let pages: Vec<Option<String>> = issue_lists(&fake)
        .iter()
        .map(|r| r.query("page").map(str::to_string))
        .collect();
    assert_eq!(
        pages,
        [Some("1".into()), Some("2".into()), Some("3".into())]
    );
    assert!(single_reads(&fake).is_empty());

    // The newest issue and one far down the list: one page, then one single read.
    fake.clear_log();
    let seen = run(tracker(&fake).observe(&ObserveRequest {
        issues: vec![issue(120), issue(2)],
        ..ObserveRequest::default()
    }));
    assert_eq!(
        seen.issues[&issue(2)].as_ref().expect("read").title,
        "Issue 2"
    );
    assert_eq!(issue_lists(&fake).len(), 1);
    assert_eq!(single_reads(&fake), [format!("/repos/{REPO}/issues/2")]);
}

#[test]
fn a_missing_issue_is_not_found_and_the_others_are_read() {
    let fake = fake_with_issues(3);
    fake.remove_issue(REPO, 2);
    let seen = run(tracker(&fake).observe(&ObserveRequest {
        issues: vec![issue(1), issue(2), issue(3)],
        ..ObserveRequest::default()
    }));
    assert_eq!(seen.issues[&issue(2)], Err(TrackerError::NotFound));
    assert!(seen.issues[&issue(1)].is_ok() && seen.issues[&issue(3)].is_ok());
}

#[test]
fn an_issue_list_that_cannot_be_read_leaves_each_issue_to_its_own_read() {
    let fake = fake_with_issues(3);
    // The first request is the list: it answers an issue that breaks the schema.
    fake.inject("GET", "/issues", FaultKind::MalformedIssue, 1);
    let seen = run(tracker(&fake).observe(&ObserveRequest {
        issues: vec![issue(1), issue(2), issue(3)],
        ..ObserveRequest::default()
    }));
    for n in 1..=3 {
        assert_eq!(
            seen.issues[&issue(n)].as_ref().expect("read").title,
            format!("Issue {n}")
        );
    }
    assert_eq!(single_reads(&fake).len(), 3);
}

#[test]
fn labels_are_created_once_with_their_colors_and_added_by_id() {
    let fake = fake_with_issues(2);
    let t = tracker(&fake);
    let changes = vec![
        (
            Target::Space(space()),
            Change::CreateLabel(spec(IN_PROGRESS, "1D76DB")),
        ),
        (
            Target::Issue(issue(1)),
            Change::AddLabel(IN_PROGRESS.into()),
        ),
        (
            Target::Issue(issue(2)),
            Change::AddLabel(IN_PROGRESS.into()),
        ),
    ];
    let outcomes = run(t.apply_all(&changes));
    assert!(
        outcomes.iter().all(|o| *o == Outcome::Applied(None)),
        "{outcomes:?}"
    );
    // The same create again (another plan of the run): the label exists.
    let again = run(t.apply_all(&changes[..1]));
    assert_eq!(again, [Outcome::Applied(None)]);

    let labels = fake.labels(REPO);
    assert_eq!(labels.len(), 1, "{labels:?}");
    assert_eq!(labels[0].color, "1d76db");
    assert_eq!(labels[0].description, format!("Debussy: {IN_PROGRESS}"));
    let posts = fake.requests_to("POST", "/labels");
    let creates: Vec<&Logged> = posts
        .iter()
        .filter(|r| r.path.ends_with("/acme/widgets/labels"))
        .collect();
    assert_eq!(creates.len(), 1);
    assert_eq!(creates[0].body["color"], "#1d76db");
    for n in [1, 2] {
        assert_eq!(fake.issue_label_names(REPO, n), [IN_PROGRESS]);
        let add = fake.requests_to("POST", &format!("/issues/{n}/labels"));
        assert_eq!(add.len(), 1);
        assert_eq!(add[0].body, json!({ "labels": [labels[0].id] }));
    }
    assert!(fake.requests_to("PUT", "/labels").is_empty());
}

#[test]
fn labels_change_one_at_a_time_and_foreign_labels_stay() {
    let fake = fake_with_issues(1);
    let bug = fake.add_label(REPO, "bug", "ee0701");
    let running = fake.add_label(REPO, IN_PROGRESS, "1d76db");
    let done = fake.add_label(REPO, COMPLETED, "0e8a16");
    // A second label of the same name, created later: the older one is ours.
    fake.add_label(REPO, COMPLETED, "000000");
    fake.set_issue_labels(REPO, 1, &[bug, running]);
    let t = tracker(&fake);
    let seen = run(t.observe(&ObserveRequest {
        issues: vec![issue(1)],
        labels: vec![(space(), COMPLETED.into())],
        ..ObserveRequest::default()
    }));
    assert_eq!(seen.labels[&(space(), COMPLETED.to_string())], Ok(true));

    let outcomes = run(t.apply_all(&[
        (Target::Issue(issue(1)), Change::AddLabel(COMPLETED.into())),
        (
            Target::Issue(issue(1)),
            Change::RemoveLabel(IN_PROGRESS.into()),
        ),
    ]));
    assert_eq!(outcomes, [Outcome::Applied(None), Outcome::Applied(None)]);
    assert_eq!(fake.issue(REPO, 1).expect("issue").labels, [bug, done]);
    assert_eq!(
        fake.requests_to("POST", "/issues/1/labels")[0].body,
        json!({ "labels": [done] })
    );
    let deletes = fake.requests_to("DELETE", "/issues/1/labels");
    assert_eq!(deletes.len(), 1);
    assert_eq!(
        deletes[0].path,
        format!("/repos/{REPO}/issues/1/labels/{running}")
    );
    assert!(
        fake.requests_to("PUT", "/labels").is_empty(),
        "never replaced"
    );
}

#[test]
fn the_progress_line_is_merged_into_the_milestone_text() {
    let fake = fake_with_issues(1);
    let id = fake.add_milestone(REPO, "M1", "Goals\n\nShip it");
    fake.set_issue_milestone(REPO, 1, Some(id));
    let t = tracker(&fake);
    let plan = "docs/plans/x/MASTER_PLAN.md";
    let line = |n: u32| {
        format!("Debussy progress — X: {n}/4 phases <!-- debussy-sync:progress:{plan} -->")
    };
    let set = |n| {
        (
            Target::Milestone(space(), id),
            Change::SetProgressLine {
                plan_key: plan.into(),
                line: line(n),
            },
        )
    };
    assert_eq!(run(t.apply_all(&[set(1)])), [Outcome::Applied(None)]);
    // Someone edits the text meanwhile: it is kept, the line replaced in place.
    let edited = format!("Goals\n\nShip it\n\n{}\n\nAdded later", line(1));
    fake.set_milestone_description(REPO, id, &edited);
    assert_eq!(run(t.apply_all(&[set(2)])), [Outcome::Applied(None)]);
    assert_eq!(
        fake.milestone(REPO, id).expect("milestone").description,
        format!("Goals\n\nShip it\n\n{}\n\nAdded later", line(2))
    );
    assert!(fake
        .milestone(REPO, id)
        .expect("milestone")
        .description
        .contains(&progress_marker(plan)));
    // The same line again changes nothing, and writes nothing.
    assert_eq!(run(t.apply_all(&[set(2)])), [Outcome::Applied(None)]);
    assert_eq!(fake.requests_to("PATCH", "/milestones/").len(), 2);
}

#[test]
fn a_deleted_milestone_is_skipped_with_a_warning() {
    let fake = fake_with_issues(1);
    let outcome = run(tracker(&fake).apply_all(&[(
        Target::Milestone(space(), 4242),
        Change::SetProgressLine {
            plan_key: "p".into(),
            line: "x <!-- debussy-sync:progress:p -->".into(),
        },
    )]));
    assert!(
        matches!(&outcome[..], [Outcome::Skipped(why)] if why.contains("no longer exists")),
        "{outcome:?}"
    );
}

#[test]
fn a_close_refused_for_open_dependencies_names_them() {
    let fake = fake_with_issues(9);
    for blocker in [7, 8, 9] {
        fake.add_dependency(REPO, 1, blocker);
    }
    fake.set_issue_state(REPO, 8, support::gitea::IssueState::Closed);
    let outcomes = run(tracker(&fake).apply_all(&[
        (Target::Issue(issue(1)), close()),
        (Target::Issue(issue(1)), Change::AddLabel(COMPLETED.into())),
    ]));
    assert_eq!(
        outcomes[0],
        Outcome::Failed(TrackerError::Rejected(
            "blocked by open dependencies: #7, #9".into()
        ))
    );
    assert!(
        matches!(outcomes[1], Outcome::Skipped(_)),
        "held back: {outcomes:?}"
    );
    assert_eq!(
        fake.issue(REPO, 1).expect("issue").state,
        support::gitea::IssueState::Open
    );
    let patch = fake.requests_to("PATCH", "/issues/1");
    assert_eq!(
        patch[0].body,
        json!({ "state": "closed" }),
        "no close reason"
    );
}

#[test]
fn a_close_goes_through_once_the_blockers_are_closed() {
    let fake = fake_with_issues(2);
    fake.add_dependency(REPO, 1, 2);
    let t = tracker(&fake);
    fake.set_issue_state(REPO, 2, support::gitea::IssueState::Closed);
    assert_eq!(
        run(t.apply_all(&[(Target::Issue(issue(1)), close())])),
        [Outcome::Applied(None)]
    );
    assert_eq!(
        fake.issue(REPO, 1).expect("issue").state,
        support::gitea::IssueState::Closed
    );
    assert_eq!(
        run(t.apply_all(&[(Target::Issue(issue(1)), Change::Reopen)])),
        [Outcome::Applied(None)]
    );
    assert_eq!(
        fake.issue(REPO, 1).expect("issue").state,
        support::gitea::IssueState::Open
    );
}

#[test]
fn a_comment_stored_behind_a_bad_gateway_is_not_posted_twice() {
    let fake = fake_with_issues(1);
    fake.inject(
        "POST",
        "/issues/1/comments",
        FaultKind::BadGatewayAfterApply,
        1,
    );
    let outcomes = run(tracker(&fake).apply_all(&[
        (Target::Issue(issue(1)), comment()),
        (Target::Issue(issue(1)), close()),
    ]));
    assert!(
        matches!(&outcomes[0], Outcome::Applied(Some(note)) if note.contains("confirmed stored")),
        "{outcomes:?}"
    );
    assert_eq!(outcomes[1], Outcome::Applied(None));
    assert_eq!(fake.comments(REPO, 1).len(), 1);
    assert_eq!(fake.requests_to("POST", "/comments").len(), 1);
    assert_eq!(
        fake.issue(REPO, 1).expect("issue").state,
        support::gitea::IssueState::Closed
    );
}

#[test]
fn a_rate_limit_is_waited_out_for_reads_and_writes() {
    let fake = fake_with_issues(1);
    fake.inject(
        "GET",
        "/issues/1",
        FaultKind::TooManyRequests { retry_after: 1 },
        2,
    );
    fake.inject(
        "POST",
        "/issues/1/comments",
        FaultKind::TooManyRequests { retry_after: 1 },
        1,
    );
    let t = tracker(&fake);
    assert_eq!(run(t.issue(&issue(1))).expect("read").title, "Issue 1");
    assert_eq!(fake.requests_to("GET", "/issues/1").len(), 3);
    assert_eq!(
        run(t.apply_all(&[(Target::Issue(issue(1)), comment())])),
        [Outcome::Applied(None)]
    );
    assert_eq!(fake.requests_to("POST", "/comments").len(), 2);
    assert_eq!(
        fake.comments(REPO, 1).len(),
        1,
        "the refused POST was not processed"
    );
}

#[test]
fn a_gitea_under_a_sub_path_is_reached_there() {
    let fake = FakeGitea::start_at("/gitea");
    fake.add_issue(REPO, 1, "Issue 1");
    fake.add_issue(REPO, 2, "Issue 2");
    assert!(fake.url.ends_with("/gitea"));
    let t = tracker(&fake);
    let seen = run(t.observe(&ObserveRequest {
        issues: vec![issue(1), issue(2)],
        labels: vec![(space(), IN_PROGRESS.into())],
        ..ObserveRequest::default()
    }));
    assert!(seen.issues.values().all(Result::is_ok), "{:?}", seen.issues);
    let outcomes = run(t.apply_all(&[
        (
            Target::Space(space()),
            Change::CreateLabel(spec(IN_PROGRESS, "1d76db")),
        ),
        (
            Target::Issue(issue(1)),
            Change::AddLabel(IN_PROGRESS.into()),
        ),
    ]));
    assert_eq!(outcomes, [Outcome::Applied(None), Outcome::Applied(None)]);
    assert_eq!(fake.issue_label_names(REPO, 1), [IN_PROGRESS]);
    // What `doctor` asks: who the token is, and which server answers.
    fake.set_version("7.0.0+gitea-1.22.0");
    assert_eq!(run(t.account()).expect("account"), "sync-bot");
    assert_eq!(
        run(t.server_version()).expect("version"),
        "7.0.0+gitea-1.22.0"
    );
}

#[test]
fn the_token_never_shows_in_errors_or_debug_output() {
    let fake = fake_with_issues(1);
    let wrong = "gitea_WRONGtoken0123456789abcdefWRONG";
    let refused = tracker_with(&fake, wrong);
    let accepted = tracker(&fake);
    let mut shown = vec![format!("{refused:?}"), format!("{accepted:?}")];
    let error = run(refused.issue(&issue(1))).expect_err("401");
    assert!(matches!(error, TrackerError::Auth(_)), "{error:?}");
    shown.push(format!("{error} {error:?}"));
    let outcomes = run(refused.apply_all(&[(Target::Issue(issue(1)), comment())]));
    shown.push(format!("{outcomes:?}"));
    let observed = run(refused.observe(&ObserveRequest {
        issues: vec![issue(1), issue(2)],
        labels: vec![(space(), IN_PROGRESS.into())],
        ..ObserveRequest::default()
    }));
    shown.push(format!("{:?} {:?}", observed.issues, observed.labels));
    for text in shown {
        assert!(
            !text.contains(wrong) && !text.contains(GITEA_TOKEN),
            "{text}"
        );
    }
}

#[test]
fn issues_are_created_edited_closed_and_commented_on() {
    let fake = FakeGitea::start();
    fake.add_repo(REPO);
    let bug = fake.add_label(REPO, "bug", "ee0701");
    let t = tracker(&fake);
    let new = NewIssue {
        title: "New".into(),
        body: "Body".into(),
        labels: vec!["bug".into(), "triage".into()],
        ..NewIssue::default()
    };
    let created = run(t.create_issue(&space(), &new)).expect("created");
    assert_eq!(created.reference, "gitea:acme/widgets#1");
    assert_eq!(created.labels, ["bug", "triage"]);
    let triage = fake
        .labels(REPO)
        .into_iter()
        .find(|l| l.name == "triage")
        .expect("created");
    assert_eq!(
        triage.color, "ededed",
        "a missing label is created as GitHub would"
    );
    let post = &fake.requests_to("POST", "/repos/acme/widgets/issues")[0];
    assert_eq!(post.body["labels"], json!([bug, triage.id]));

    let edit = IssueEdit {
        title: Some("Renamed".into()),
        add_labels: vec![COMPLETED.into()],
        remove_labels: vec!["triage".into()],
        add_assignees: vec!["ada".into()],
        ..IssueEdit::default()
    };
    let edited = run(t.edit_issue(&issue(1), &edit)).expect("edited");
    assert_eq!(edited.title, "Renamed");
    assert_eq!(edited.labels, ["bug", COMPLETED]);
    assert_eq!(edited.assignees, ["ada"]);

    let closed = run(t.set_open(&issue(1), false, Some("not_planned"))).expect("closed");
    assert_eq!(closed.state.as_str(), "closed");
    assert_eq!(closed.state_reason, None);
    let patches = fake.requests_to("PATCH", "/issues/1");
    assert_eq!(
        patches.last().expect("patch").body,
        json!({ "state": "closed" }),
        "a plain close: the reason is not sent"
    );
    run(t.comment(&issue(1), "Thanks")).expect("commented");
    let details = run(t.details(&issue(1))).expect("details");
    assert_eq!(details.comments.len(), 1);
    assert_eq!(details.comments[0].body, "Thanks");
}

fn titles(listed: &gh_debussy_sync::tracker::Listed) -> Vec<&str> {
    listed.issues.iter().map(|i| i.title.as_str()).collect()
}

#[test]
fn issue_lists_are_filtered_here_as_well_as_by_gitea() {
    let fake = fake_with_issues(1);
    let done = fake.add_label(REPO, COMPLETED, "0e8a16");
    fake.set_issue_labels(REPO, 1, &[done]);
    fake.set_issue_state(REPO, 1, support::gitea::IssueState::Closed);
    fake.add_pull_request(REPO, 2, "A change");
    fake.add_issue(REPO, 3, "Open one");
    let t = tracker(&fake);
    let filter = |state, label: Option<&str>| IssueFilter {
        state,
        label: label.map(str::to_string),
        limit: 10,
        ..IssueFilter::default()
    };
    let open = run(t.list_issues(&space(), &filter(StateFilter::Open, None))).expect("list");
    assert_eq!(titles(&open), ["Open one"]);
    assert_eq!(open.total, Some(1));
    let labelled = filter(StateFilter::All, Some(COMPLETED));
    let labelled = run(t.list_issues(&space(), &labelled)).expect("list");
    assert_eq!(titles(&labelled), ["Issue 1"]);
    // Gitea ignores a label it does not know and sends every issue.
    let unknown = filter(StateFilter::All, Some("nope"));
    let unknown = run(t.list_issues(&space(), &unknown)).expect("list");
    assert!(unknown.issues.is_empty(), "{:?}", unknown.issues);
}

#[test]
fn a_long_issue_list_is_cut_at_the_limit_and_counted() {
    let fake = fake_with_issues(60);
    let filter = IssueFilter {
        state: StateFilter::Open,
        limit: 10,
        ..IssueFilter::default()
    };
    let listed = run(tracker(&fake).list_issues(&space(), &filter)).expect("list");
    assert_eq!(listed.issues.len(), 10);
    assert_eq!(listed.issues[0].title, "Issue 60", "newest first");
    assert_eq!((listed.total, listed.truncated), (Some(60), true));
    assert_eq!(issue_lists(&fake).len(), 1);
}

#[test]
fn the_registered_module_builds_the_tracker_from_the_url_and_gitea_token() {
    let fake = fake_with_issues(1);
    let dir = tempfile::tempdir().expect("tempdir");
    let config = gh_debussy_sync::config::parse(&format!("gitea:\n  url: {}/\n", fake.url), "c")
        .expect("config");
    let env = Env {
        keyring_disabled: true,
        tracker_vars: [("GITEA_TOKEN", GITEA_TOKEN.to_string().into())]
            .into_iter()
            .collect(),
        ..Env::default()
    };
    let factory = TrackerFactory::new(dir.path(), &config, &env, false);
    assert_eq!(MODULE.off(&factory), None);
    let built = factory.tracker(KIND).expect("built");
    assert_eq!(built.kind(), KIND);
    assert_eq!(run(built.issue(&issue(1))).expect("read").title, "Issue 1");
    assert_eq!(
        gh_debussy_sync::tracker::registry::named("forgejo"),
        Some(KIND)
    );
}

/// What reading an issue from the Gitea at `url` fails with: a transport error.
fn transport_error(url: &str) -> String {
    let t = GiteaTracker::new(
        url,
        SecretString::from(GITEA_TOKEN.to_string()),
        quick(),
        false,
    )
    .expect("tracker");
    match run(t.issue(&issue(1))) {
        Err(TrackerError::Transport(message)) => message,
        other => panic!("expected a transport error, got {other:?}"),
    }
}

#[test]
fn a_tls_failure_says_so_and_names_the_api() {
    let fake = fake_with_issues(1);
    // The fake speaks plain HTTP: a TLS handshake with it fails.
    let url = fake.url.replace("http://", "https://");
    let message = transport_error(&url);
    assert!(
        message.starts_with(&format!("TLS failure talking to {url}/api/v1")),
        "{message}"
    );
    assert!(message.contains("SSL_CERT_FILE"), "{message}");
}

#[test]
fn a_server_that_is_not_there_fails_at_once_naming_what_to_check() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let url = format!("http://127.0.0.1:{port}");
    let message = transport_error(&url);
    assert!(
        message.starts_with(&format!("cannot connect to {url}/api/v1")),
        "{message}"
    );
    assert!(message.contains("GITEA_URL"), "{message}");
}
