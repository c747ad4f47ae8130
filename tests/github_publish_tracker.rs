//! `plan publish` on GitHub through the `Tracker` trait, against the stateful fake
//! GitHub: what each stage costs in requests, what reaches the server, and what a
//! lost answer or an earlier link turns into.

mod support;

use gh_debussy_sync::refs::{IssueRef, RepoRef};
use gh_debussy_sync::tracker::github::{GitHubEndpoint, GitHubTracker, RetryPolicy, KIND};
use gh_debussy_sync::tracker::publish::{
    MilestoneSeen, PublishRead, PublishSeen, PublishWrite, Written,
};
use gh_debussy_sync::tracker::{LabelSpec, NewIssue, Space, Tracker, TrackerError};
use octocrab::secrecy::SecretString;
use support::github::{FakeGitHub, FaultKind};

const REPO: &str = "acme/widgets";

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

/// A tracker with nothing learnt yet, as a new run has, on a runtime of its own
/// (the client lives on the runtime it was built on).
struct Publisher {
    gh: GitHubTracker,
    rt: tokio::runtime::Runtime,
}

impl Publisher {
    fn observe(&self, space: &Space, read: &PublishRead) -> PublishSeen {
        self.rt.block_on(self.gh.publish_observe(space, read))
    }

    fn apply(&self, writes: &[PublishWrite]) -> Vec<Result<Written, TrackerError>> {
        self.rt.block_on(self.gh.publish_apply(&space(), writes))
    }
}

fn tracker(fake: &FakeGitHub) -> Publisher {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let endpoint = GitHubEndpoint::resolve(Some(&fake.url), None);
    let quick = RetryPolicy {
        scale: 0.001,
        ..RetryPolicy::default()
    };
    let gh = {
        let _inside = rt.enter();
        GitHubTracker::new(
            &endpoint,
            SecretString::from("test".to_string()),
            quick,
            false,
        )
        .expect("tracker")
    };
    assert!(gh.publish_structure().sub_issues);
    Publisher { gh, rt }
}

fn label(name: &str) -> PublishWrite {
    PublishWrite::CreateLabel(LabelSpec {
        name: name.into(),
        color: "0e8a16".into(),
        description: "Debussy plan".into(),
    })
}

fn marker(phase: u64) -> String {
    format!("<!-- debussy:plan=widgets phase={phase} -->")
}

fn create(title: &str, phase: u64, labels: &[&str], milestone: Option<u64>) -> PublishWrite {
    PublishWrite::Create(NewIssue {
        title: title.into(),
        body: format!("- [ ] Task\n{}", marker(phase)),
        labels: labels.iter().map(|l| l.to_string()).collect(),
        assignees: vec![],
        milestone,
    })
}

fn published(results: Vec<Result<Written, TrackerError>>) -> Vec<IssueRef> {
    results
        .into_iter()
        .map(|r| match r {
            Ok(Written::Issue(i)) => i,
            other => panic!("expected a created issue, got {other:?}"),
        })
        .collect()
}

/// A fake with `acme/widgets` and no issues.
fn empty_repo() -> FakeGitHub {
    let fake = FakeGitHub::start();
    fake.add_repo(REPO);
    fake
}

fn sorted(mut v: Vec<u64>) -> Vec<u64> {
    v.sort_unstable();
    v
}

#[test]
fn publishing_30_phases_costs_one_request_a_stage_and_one_per_link() {
    let fake = empty_repo();
    let gh = tracker(&fake);
    let read = PublishRead {
        labels: vec!["plan".into(), "phase".into()],
        milestone: Some("v1".into()),
        ..PublishRead::default()
    };
    let seen = gh.observe(&space(), &read);
    assert_eq!(seen.labels["plan"], Ok(false));
    assert_eq!(seen.milestone, Some(Ok(MilestoneSeen::Missing)));

    let stage_a = vec![
        label("plan"),
        label("phase"),
        PublishWrite::CreateMilestone {
            title: "v1".into(),
            due: Some("2026-03-01".into()),
        },
    ];
    let written = gh.apply(&stage_a);
    assert_eq!(
        written,
        vec![
            Ok(Written::Done),
            Ok(Written::Done),
            Ok(Written::Milestone(1))
        ]
    );

    let mut stage_b = vec![create("Widgets", 0, &["plan"], Some(1))];
    stage_b.extend((1..=30).map(|n| create(&format!("Phase {n}: Step"), n, &["phase"], Some(1))));
    let created = published(gh.apply(&stage_b));
    assert_eq!(created, (1..=31).map(issue).collect::<Vec<_>>());

    let mut stage_c: Vec<PublishWrite> = created[1..]
        .iter()
        .map(|child| PublishWrite::SubIssue {
            parent: created[0].clone(),
            child: child.clone(),
        })
        .collect();
    stage_c.extend((3..=5).map(|n| PublishWrite::BlockedBy {
        issue: issue(n),
        blocker: issue(n - 1),
    }));
    let linked = gh.apply(&stage_c);
    assert!(linked.iter().all(|r| *r == Ok(Written::Done)), "{linked:?}");

    // 1 read, 1 label mutation, 1 milestone POST, 1 createIssue request, 1
    // addSubIssue request, and one REST request per blocked-by link.
    assert_eq!(fake.graphql_requests("query").len(), 1);
    assert_eq!(fake.graphql_requests("mutation").len(), 3);
    assert_eq!(fake.mutations("createLabel"), 2);
    assert_eq!(fake.mutations("createIssue"), 31);
    assert_eq!(fake.mutations("addSubIssue"), 30);
    assert_eq!(fake.requests_to("POST", "/milestones").len(), 1);
    assert!(fake.requests_to("POST", "/sub_issues").is_empty());
    assert_eq!(
        fake.requests_to("POST", "/dependencies/blocked_by").len(),
        3
    );
    assert_eq!(fake.requests().len(), 1 + 3 + 1 + 3);
    assert_eq!(
        fake.sub_issues(REPO, 1),
        (2..=31).collect::<Vec<u64>>(),
        "in phase order"
    );

    // What the server holds.
    assert_eq!(
        fake.requests_to("POST", "/milestones")[0].body["due_on"],
        "2026-03-01T00:00:00Z"
    );
    assert_eq!(
        sorted(fake.sub_issues(REPO, 1)),
        (2..=31).collect::<Vec<_>>()
    );
    assert_eq!(fake.blocked_by(REPO, 4), [3]);
    let phase = fake.issue(REPO, 7);
    assert_eq!(
        (phase.title.as_str(), phase.labels.clone(), phase.milestone),
        ("Phase 6: Step", vec!["phase".to_string()], Some(1))
    );
    assert!(fake.issue_body(REPO, 7).ends_with(&marker(6)));
}

#[test]
fn a_repeat_reads_in_one_query_and_one_sub_issues_read() {
    let fake = empty_repo();
    fake.add_label(REPO, "phase", "0e8a16");
    fake.add_milestone(REPO, 4, "v1", "");
    let gh = tracker(&fake);
    let mut writes = vec![create("Widgets", 0, &[], None)];
    writes.extend((1..=3).map(|n| create(&format!("Phase {n}"), n, &["phase"], Some(4))));
    gh.apply(&writes);
    let links: Vec<PublishWrite> = (2..=4)
        .map(|n| PublishWrite::SubIssue {
            parent: issue(1),
            child: issue(n),
        })
        .collect();
    gh.apply(&links);
    fake.clear_log();

    let again = tracker(&fake);
    let read = PublishRead {
        issues: (1..=4).map(issue).collect(),
        labels: vec!["phase".into()],
        milestone: Some("v1".into()),
        markers: vec![],
        children_of: Some(issue(1)),
    };
    let seen = again.observe(&space(), &read);
    let phase = seen.issues[&issue(3)].as_ref().expect("read");
    assert_eq!(phase.title, "Phase 2");
    assert!(phase.body.ends_with(&marker(2)));
    assert_eq!(seen.labels["phase"], Ok(true));
    assert_eq!(seen.milestone, Some(Ok(MilestoneSeen::Exists(4))));
    let mut children = seen.children.expect("asked").expect("read");
    children.sort();
    assert_eq!(children, [issue(2), issue(3), issue(4)]);
    assert_eq!(fake.graphql_requests("query").len(), 1);
    assert_eq!(fake.requests_to("GET", "/sub_issues").len(), 1);
    assert_eq!(fake.requests().len(), 2);
}

#[test]
fn updates_rewrite_title_and_body_in_one_request_and_keep_the_rest() {
    let fake = empty_repo();
    fake.add_issue(REPO, 1, "Phase 1: Old");
    fake.set_issue_body(REPO, 1, "old body");
    fake.set_issue_labels(REPO, 1, &["phase"]);
    let gh = tracker(&fake);
    let read = PublishRead {
        issues: vec![issue(1)],
        ..PublishRead::default()
    };
    gh.observe(&space(), &read);
    let writes = [PublishWrite::Update {
        issue: issue(1),
        title: Some("Phase 1: New".into()),
        body: Some("new body".into()),
    }];
    assert_eq!(gh.apply(&writes), [Ok(Written::Done)]);
    let now = fake.issue(REPO, 1);
    assert_eq!(
        (now.title.as_str(), now.labels),
        ("Phase 1: New", vec!["phase".to_string()])
    );
    assert_eq!(fake.issue_body(REPO, 1), "new body");
    assert_eq!(fake.mutations("updateIssue"), 1);
    assert_eq!(fake.requests().len(), 2, "one read, one mutation");
}

#[test]
fn linking_what_is_linked_already_is_done_and_another_parent_is_refused() {
    let fake = empty_repo();
    for n in 1..=4 {
        fake.add_issue(REPO, n, &format!("Issue {n}"));
    }
    let gh = tracker(&fake);
    let writes = [
        PublishWrite::SubIssue {
            parent: issue(1),
            child: issue(2),
        },
        PublishWrite::BlockedBy {
            issue: issue(3),
            blocker: issue(2),
        },
    ];
    assert_eq!(gh.apply(&writes), [Ok(Written::Done), Ok(Written::Done)]);
    assert_eq!(gh.apply(&writes), [Ok(Written::Done), Ok(Written::Done)]);
    assert_eq!(fake.sub_issues(REPO, 1), [2]);
    assert_eq!(fake.blocked_by(REPO, 3), [2]);
    assert_eq!(
        fake.mutations("addSubIssue"),
        2,
        "sent again, refused as a duplicate"
    );

    let elsewhere = [PublishWrite::SubIssue {
        parent: issue(4),
        child: issue(2),
    }];
    let refused = gh.apply(&elsewhere);
    assert!(
        matches!(&refused[0], Err(TrackerError::Rejected(m)) if m.contains("one parent")),
        "{refused:?}"
    );
}

#[test]
fn links_to_issues_published_earlier_read_their_ids_in_one_query() {
    let fake = empty_repo();
    for n in 1..=4 {
        fake.add_issue(REPO, n, &format!("Issue {n}"));
    }
    let gh = tracker(&fake);
    let writes: Vec<PublishWrite> = (2..=4)
        .map(|n| PublishWrite::SubIssue {
            parent: issue(1),
            child: issue(n),
        })
        .collect();
    let linked = gh.apply(&writes);
    assert!(linked.iter().all(|r| *r == Ok(Written::Done)), "{linked:?}");
    assert_eq!(fake.graphql_requests("query").len(), 1);
    assert_eq!(fake.graphql_requests("mutation").len(), 1);
    assert_eq!(fake.sub_issues(REPO, 1), [2, 3, 4]);
}

#[test]
fn a_lost_create_answer_is_ambiguous_and_the_next_run_finds_its_marker() {
    let fake = empty_repo();
    let gh = tracker(&fake);
    fake.inject_graphql("mutation", FaultKind::DropAfterApply, 1);
    let written = gh.apply(&[create("Phase 1: Step", 1, &[], None)]);
    assert!(
        matches!(written[0], Err(TrackerError::Ambiguous(_))),
        "{written:?}"
    );
    assert_eq!(fake.mutations("createIssue"), 1, "never sent again");
    assert_eq!(fake.issues_in(REPO), [1], "created once, answer lost");

    fake.add_issue(REPO, 2, "Someone else's");
    fake.clear_log();
    let next = tracker(&fake);
    let read = PublishRead {
        markers: vec![marker(1), marker(2)],
        ..PublishRead::default()
    };
    let seen = next.observe(&space(), &read);
    assert!(seen.scan_failed.is_none());
    assert_eq!(seen.found.get(&marker(1)), Some(&issue(1)));
    assert_eq!(seen.found.get(&marker(2)), None);
    assert_eq!(fake.requests().len(), 1, "one query, no search");
    assert!(fake.requests_to("GET", "/search").is_empty());
}

#[test]
fn a_failed_read_fails_every_item_and_never_reads_as_missing() {
    let fake = empty_repo();
    fake.add_issue(REPO, 1, "Widgets");
    fake.inject_graphql("query", FaultKind::NotFound, 1);
    let read = PublishRead {
        issues: vec![issue(1)],
        labels: vec!["plan".into()],
        milestone: Some("v1".into()),
        markers: vec![marker(1)],
        children_of: None,
    };
    let seen = tracker(&fake).observe(&space(), &read);
    assert!(seen.issues[&issue(1)].is_err());
    assert!(seen.labels["plan"].is_err());
    assert!(matches!(seen.milestone, Some(Err(_))));
    assert!(seen.scan_failed.is_some());

    let gone = Space::Repo(KIND, RepoRef::parse("acme/gone").expect("repo"));
    let seen = tracker(&fake).observe(&gone, &read);
    assert_eq!(
        seen.labels["plan"],
        Err(TrackerError::NotFound),
        "not a missing label"
    );
}

#[test]
fn a_milestone_that_exists_already_answers_with_its_number() {
    let fake = empty_repo();
    fake.add_milestone(REPO, 7, "v1", "");
    let writes = [PublishWrite::CreateMilestone {
        title: "v1".into(),
        due: None,
    }];
    let written = tracker(&fake).apply(&writes);
    assert_eq!(written, [Ok(Written::Milestone(7))]);
    assert_eq!(fake.milestone_titled(REPO, "v1"), Some(7));
}

#[test]
fn an_issue_with_an_unknown_label_is_refused_before_anything_is_sent() {
    let fake = empty_repo();
    let written = tracker(&fake).apply(&[create("Phase 1", 1, &["nope"], None)]);
    assert!(
        matches!(&written[0], Err(TrackerError::Rejected(m)) if m.contains("nope")),
        "{written:?}"
    );
    assert!(fake.issues_in(REPO).is_empty());
    assert_eq!(fake.graphql_requests("mutation").len(), 0);
}
