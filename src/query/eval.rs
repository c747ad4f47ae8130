//! Deciding issues against a [`Query`], sorting and limiting: pure functions of
//! the issues, what the trackers know of them ([`Facets`]) and the time.

use super::{Facets, Filter, Query, Sort, SortKey, StateIs, Who};
use crate::tracker::{IssueDetails, IssueState};
use jiff::Timestamp;

/// Who is asking, and what the words of a query mean on one tracker.
pub struct Env<'a> {
    /// The agent's account on this tracker (`assignee:me`), when it has one.
    pub me: Option<String>,
    /// The agent's id (`claimed:me`).
    pub agent: &'a str,
    /// The label that says an issue is in progress (`is:in-progress`).
    pub in_progress_label: &'a str,
    pub facets: &'a dyn Facets,
}

/// Whether `issue` satisfies every term of `query`.
pub fn matches(query: &Query, issue: &IssueDetails, env: &Env<'_>) -> bool {
    query.terms.iter().all(|t| {
        if t.filter.is_facet() && !env.facets.knows(issue) {
            return false;
        }
        holds(&t.filter, issue, env) != t.negated
    })
}

fn holds(filter: &Filter, issue: &IssueDetails, env: &Env<'_>) -> bool {
    let open = issue.state == IssueState::Open;
    match filter {
        Filter::Is(StateIs::Open) => open,
        Filter::Is(StateIs::Closed) => !open,
        Filter::Is(StateIs::InProgress) => open && has_label(issue, env.in_progress_label),
        Filter::Label(any) => any.iter().any(|l| has_label(issue, l)),
        Filter::Assignee(who) => person(who, &issue.assignees, env.me.as_deref()),
        Filter::Author(who) => person(who, issue.author.as_slice(), env.me.as_deref()),
        Filter::Milestone(title) => issue.milestone.as_deref().is_some_and(|m| {
            let shown = m.split_once(": ").map_or(m, |(_, t)| t);
            shown.eq_ignore_ascii_case(title) || m.eq_ignore_ascii_case(title)
        }),
        Filter::Created(span) => {
            timestamp(issue.created.as_deref()).is_some_and(|t| span.contains(t))
        }
        Filter::Updated(span) => {
            timestamp(issue.updated.as_deref()).is_some_and(|t| span.contains(t))
        }
        Filter::Claimed(who) => {
            let holder = env.facets.claimed_by(issue);
            person(who, holder.as_slice(), Some(env.agent))
        }
        Filter::Blocked(b) => env.facets.blocked(issue) == *b,
        Filter::Stage(stage) => env
            .facets
            .stage(issue)
            .is_some_and(|s| s.eq_ignore_ascii_case(stage)),
        Filter::Text(text) => has_text(issue, text),
    }
}

fn has_label(issue: &IssueDetails, name: &str) -> bool {
    issue.labels.iter().any(|l| l.eq_ignore_ascii_case(name))
}

/// `who` among `people`: `me` is `me` (nobody when the agent has no account here).
fn person(who: &Who, people: &[String], me: Option<&str>) -> bool {
    match who {
        Who::Nobody => people.is_empty(),
        Who::Me => me.is_some_and(|me| people.iter().any(|p| p.eq_ignore_ascii_case(me))),
        Who::Named(name) => people.iter().any(|p| p.eq_ignore_ascii_case(name)),
    }
}

/// Whole words, case-insensitively, in the title or the body: every word of
/// `text`, in order and next to each other.
fn has_text(issue: &IssueDetails, text: &str) -> bool {
    let wanted = words(text);
    if wanted.is_empty() {
        return true;
    }
    [&issue.title, &issue.body].into_iter().any(|field| {
        let have = words(field);
        have.windows(wanted.len()).any(|w| w == wanted.as_slice())
    })
}

/// Lowercased words: runs of letters and digits.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// A tracker's time: RFC 3339, or Jira's `2026-01-16T09:00:00.000+0000`.
pub fn timestamp(text: Option<&str>) -> Option<Timestamp> {
    let text = text?;
    if let Ok(t) = text.parse() {
        return Some(t);
    }
    jiff::fmt::strtime::parse("%Y-%m-%dT%H:%M:%S%.f%z", text)
        .ok()?
        .to_timestamp()
        .ok()
}

/// The matching issues, sorted (newest first unless the query says otherwise;
/// ties by issue number, the newer first), and how many match before `limit`.
pub fn select(
    query: &Query,
    issues: Vec<IssueDetails>,
    env: &Env<'_>,
    limit: usize,
) -> (Vec<IssueDetails>, usize) {
    let mut kept: Vec<IssueDetails> = issues
        .into_iter()
        .filter(|i| matches(query, i, env))
        .collect();
    let sort = query.sort.unwrap_or_default();
    let mut keyed: Vec<(Option<Timestamp>, u64, IssueDetails)> = kept
        .drain(..)
        .map(|i| (sort_time(&i, sort), number(&i.reference), i))
        .collect();
    keyed.sort_by(|a, b| {
        let by = a.0.cmp(&b.0).then(a.1.cmp(&b.1));
        if sort.descending {
            by.reverse()
        } else {
            by
        }
    });
    let total = keyed.len();
    let shown = keyed
        .into_iter()
        .take(query.limit.unwrap_or(limit))
        .map(|(_, _, i)| i)
        .collect();
    (shown, total)
}

fn sort_time(issue: &IssueDetails, sort: Sort) -> Option<Timestamp> {
    match sort.key {
        SortKey::Created => timestamp(issue.created.as_deref()),
        SortKey::Updated => timestamp(issue.updated.as_deref()),
    }
}

/// The number at the end of a reference (`acme/widgets#12`, `PROJ-12`, `local#12`).
fn number(reference: &str) -> u64 {
    let digits = reference.len()
        - reference
            .chars()
            .rev()
            .take_while(char::is_ascii_digit)
            .count();
    reference[digits..].parse().unwrap_or(0)
}

#[cfg(test)]
mod tests;
