use super::*;
use crate::query::{parse, Facets, Unknown};

struct Known;

impl Facets for Known {
    fn claimed_by(&self, i: &IssueDetails) -> Option<String> {
        (i.title == "one").then(|| "agent-1".to_string())
    }
    fn blocked(&self, i: &IssueDetails) -> bool {
        i.title == "two"
    }
    fn stage(&self, i: &IssueDetails) -> Option<String> {
        (i.title == "one").then(|| "impl".to_string())
    }
}

fn issue(n: u64, title: &str, created: &str, labels: &[&str]) -> IssueDetails {
    IssueDetails {
        reference: format!("local#{n}"),
        title: title.into(),
        created: Some(created.into()),
        updated: Some(created.into()),
        labels: labels.iter().map(|l| l.to_string()).collect(),
        body: "The widget crashes on start.".into(),
        ..IssueDetails::default()
    }
}

fn env(facets: &dyn Facets) -> Env<'_> {
    Env {
        me: Some("alice".into()),
        agent: "agent-1",
        in_progress_label: "debussy:in-progress",
        facets,
    }
}

fn titles(text: &str, issues: &[IssueDetails], facets: &dyn Facets) -> Vec<String> {
    let now = "2026-03-01T00:00:00Z".parse().unwrap();
    let q = parse(text, now).unwrap();
    select(&q, issues.to_vec(), &env(facets), 30)
        .0
        .into_iter()
        .map(|i| i.title)
        .collect()
}

fn sample() -> Vec<IssueDetails> {
    let mut closed = issue(3, "three", "2026-02-27T00:00:00Z", &["bug"]);
    closed.state = IssueState::Closed;
    closed.assignees = vec!["alice".into()];
    vec![
        issue(
            1,
            "one",
            "2026-01-01T00:00:00Z",
            &["bug", "debussy:in-progress"],
        ),
        issue(2, "two", "2026-02-28T12:00:00Z", &["ui"]),
        closed,
    ]
}

#[test]
fn filters_combine_and_sort_newest_first() {
    let all = sample();
    assert_eq!(
        titles("label:bug,ui", &all, &Unknown),
        ["two", "three", "one"]
    );
    assert_eq!(titles("is:open -label:ui", &all, &Unknown), ["one"]);
    assert_eq!(titles("is:in-progress", &all, &Unknown), ["one"]);
    assert_eq!(titles("assignee:me", &all, &Unknown), ["three"]);
    assert_eq!(
        titles("assignee:none sort:created-asc", &all, &Unknown),
        ["one", "two"]
    );
    assert_eq!(titles("created:>7d", &all, &Unknown), ["one"]);
    assert_eq!(titles("created:<2d limit:1", &all, &Unknown), ["two"]);
    assert_eq!(
        titles("WIDGET crashes", &all, &Unknown),
        ["two", "three", "one"]
    );
    assert!(titles("widg", &all, &Unknown).is_empty());
}

#[test]
fn facets_that_are_not_known_match_nothing() {
    let all = sample();
    assert!(titles("blocked:false", &all, &Unknown).is_empty());
    assert!(titles("-claimed:none", &all, &Unknown).is_empty());
    assert_eq!(titles("claimed:me stage:impl", &all, &Known), ["one"]);
    assert_eq!(titles("blocked:false", &all, &Known), ["three", "one"]);
    assert_eq!(titles("claimed:none", &all, &Known), ["two", "three"]);
}

#[test]
fn jira_times_are_read() {
    assert!(timestamp(Some("2026-01-16T09:00:00.000+0000")).is_some());
}
