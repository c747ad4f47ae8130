//! Queries pushed down to GitHub's issue search (`GET /search/issues?q=`): the
//! repository, the state, labels, assignees, author, milestone, dates and words.
//! What search cannot say (claims, blockers, stages, negated words) is left to
//! the check every result gets afterwards.

use super::{GitHubTracker, IssueBody, SEGMENT};
use crate::query::{Filter, Query, Span, Who};
use crate::refs::RepoRef;
use crate::tracker::{Listed, TrackerError};
use percent_encoding::utf8_percent_encode;
use serde::Deserialize;

/// Results per page; search answers at most 1000 results in all.
const PAGE: usize = 100;
const MOST: usize = 1000;

#[derive(Deserialize)]
struct Found {
    total_count: usize,
    #[serde(default)]
    incomplete_results: bool,
    items: Vec<IssueBody>,
}

/// The search terms of `query` in `repo`.
pub fn search_terms(repo: &RepoRef, query: &Query, me: Option<&str>) -> String {
    let mut q = vec![
        format!("repo:{}/{}", repo.owner, repo.name),
        "is:issue".to_string(),
    ];
    match query.states() {
        (true, false) => q.push("is:open".into()),
        (false, true) => q.push("is:closed".into()),
        _ => {}
    }
    for t in &query.terms {
        let sign = if t.negated { "-" } else { "" };
        match (&t.filter, t.negated) {
            (Filter::Label(names), false) => q.push(format!("label:{}", quoted_list(names))),
            (Filter::Label(names), true) => {
                q.extend(names.iter().map(|n| format!("-label:{}", quoted(n))))
            }
            (Filter::Assignee(Who::Nobody), false) => q.push("no:assignee".into()),
            (Filter::Assignee(who), _) | (Filter::Author(who), _) => {
                let key = if matches!(t.filter, Filter::Author(_)) {
                    "author"
                } else {
                    "assignee"
                };
                if let Some(login) = login(who, me) {
                    q.push(format!("{sign}{key}:{}", quoted(login)));
                }
            }
            (Filter::Milestone(title), _) => q.push(format!("{sign}milestone:{}", quoted(title))),
            (Filter::Created(span), false) => q.extend(dates("created", span)),
            (Filter::Updated(span), false) => q.extend(dates("updated", span)),
            (Filter::Text(text), false) => q.push(phrase(text)),
            _ => {}
        }
    }
    if query
        .terms
        .iter()
        .any(|t| matches!(t.filter, Filter::Text(_)) && !t.negated)
    {
        q.push("in:title,body".into());
    }
    q.join(" ")
}

fn login<'a>(who: &'a Who, me: Option<&'a str>) -> Option<&'a str> {
    match who {
        Who::Named(name) => Some(name),
        Who::Me => me,
        Who::Nobody => None,
    }
}

fn quoted(text: &str) -> String {
    if text.contains([' ', ':', ',', '"']) {
        format!("\"{}\"", text.replace('"', ""))
    } else {
        text.to_string()
    }
}

/// Free text, always quoted so that search never reads a word of it as an
/// operator (`-crash`, `NOT`, `label:x`); quotes and backslashes in it escaped.
fn phrase(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// `"a","b"`: any of these labels.
fn quoted_list(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("\"{}\"", n.replace('"', "")))
        .collect::<Vec<_>>()
        .join(",")
}

/// `created:>=T` and `created:<T`, seconds rounded outward.
fn dates(key: &str, span: &Span) -> Vec<String> {
    let second = jiff::SignedDuration::from_secs(1);
    let mut out = Vec::new();
    if let Some(from) = span.from.and_then(|f| f.round(jiff::Unit::Second).ok()) {
        out.push(format!(
            "{key}:>={}",
            from.saturating_sub(second).unwrap_or(from)
        ));
    }
    if let Some(to) = span.to.and_then(|t| t.round(jiff::Unit::Second).ok()) {
        out.push(format!(
            "{key}:<{}",
            to.saturating_add(second).unwrap_or(to)
        ));
    }
    out
}

impl GitHubTracker {
    /// Every search result for `query` in `repo`, page by page.
    pub(super) async fn search(
        &self,
        repo: &RepoRef,
        query: &Query,
        me: Option<&str>,
    ) -> Result<Listed, TrackerError> {
        let q = search_terms(repo, query, me);
        let mut found = Vec::new();
        let mut warnings = Vec::new();
        for page in 1..=MOST / PAGE {
            let path = format!(
                "/search/issues?q={}&sort=created&order=desc&per_page={PAGE}&page={page}",
                utf8_percent_encode(&q, SEGMENT)
            );
            let answer: Found = self.get(&path).await?.json()?;
            let last = answer.items.len() < PAGE;
            if answer.incomplete_results {
                warnings.push(format!(
                    "{repo}: GitHub's search answered incompletely; some issues may be missing"
                ));
            }
            found.extend(
                answer
                    .items
                    .into_iter()
                    .filter(|i| i.pull_request.is_none())
                    .map(|i| Self::details_of(repo, i, Vec::new())),
            );
            if last || found.len() >= answer.total_count {
                return Ok(Listed::counted(found, answer.total_count).with_warnings(warnings));
            }
        }
        warnings.push(format!("{repo}: GitHub's search gives at most {MOST} results; narrow the query to see the others"));
        Ok(Listed::more_than(found).with_warnings(warnings))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::parse;

    #[test]
    fn terms_carry_what_search_understands() {
        let repo: RepoRef = RepoRef {
            host: None,
            owner: "acme".into(),
            name: "widgets".into(),
        };
        let now = "2026-03-01T00:00:00Z".parse().unwrap();
        let q = parse(r#"is:open label:bug,"help wanted" -label:wontfix assignee:me no:assignee milestone:"Q1 Release" created:2026-01-01..2026-01-31 crash stage:x"#, now).unwrap();
        assert_eq!(
            search_terms(&repo, &q, Some("octocat")),
            r#"repo:acme/widgets is:issue is:open label:"bug","help wanted" -label:wontfix assignee:octocat no:assignee milestone:"Q1 Release" created:>=2025-12-31T23:59:59Z created:<2026-02-01T00:00:01Z "crash" in:title,body"#
        );
    }
}
