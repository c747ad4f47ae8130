//! The JQL clauses the fake Jira understands beyond `key in` and `project =`:
//! `statusCategory (=|!=) Done`, `labels in (…)`, `labels = "x"`,
//! `(labels is EMPTY OR labels not in (…))`, `assignee is [not] EMPTY`,
//! `created|updated (<=|>=) -Nm` (also `h`, `d`, `w`), `text ~ "words"` (every
//! word somewhere in the summary or description, as a prefix of a longer word
//! too: Jira stems), and `ORDER BY created DESC`. Any other clause matches all.

use super::{category, FakeJiraIssue};

/// Whether `issue` passes every clause of `jql` the fake understands.
pub fn keeps(jql: &str, issue: &FakeJiraIssue, now: jiff::Timestamp) -> bool {
    let (filter, _) = split_order(jql);
    filter
        .split(" AND ")
        .all(|clause| clause_holds(clause.trim(), issue, now))
}

/// Whether the JQL asks for the newest first.
pub fn newest_first(jql: &str) -> bool {
    split_order(jql)
        .1
        .is_some_and(|o| o.trim().eq_ignore_ascii_case("created DESC"))
}

/// The creation time the fake gives an issue that was not given one.
pub const CREATED: &str = "2026-11-20T06:00:00.000+0000";

/// The update time of an issue not given a creation time; one given one was
/// last updated when it was created.
pub const UPDATED: &str = "2026-11-21T06:00:00.000+0000";

pub fn created_of(issue: &FakeJiraIssue) -> &str {
    issue.created.as_deref().unwrap_or(CREATED)
}

pub fn updated_of(issue: &FakeJiraIssue) -> &str {
    issue.created.as_deref().unwrap_or(UPDATED)
}

fn split_order(jql: &str) -> (&str, Option<&str>) {
    match jql.split_once(" ORDER BY ") {
        Some((f, o)) => (f, Some(o)),
        None => (jql, None),
    }
}

fn clause_holds(clause: &str, issue: &FakeJiraIssue, now: jiff::Timestamp) -> bool {
    let has = |l: &str| issue.labels.iter().any(|x| x == l);
    if let Some(rest) = clause.strip_prefix("statusCategory ") {
        let done = category(&issue.status) == "done";
        return match rest {
            "= Done" => done,
            "!= Done" => !done,
            _ => true,
        };
    }
    if let Some(list) = clause.strip_prefix("labels in ") {
        return values(list).iter().any(|l| has(l));
    }
    if let Some(list) = clause.strip_prefix("(labels is EMPTY OR labels not in ") {
        return !values(list.trim_end_matches(')')).iter().any(|l| has(l));
    }
    if let Some(value) = clause.strip_prefix("labels = ") {
        return values(value).iter().any(|l| has(l));
    }
    match clause {
        "assignee is EMPTY" => return issue.assignee.is_none(),
        "assignee is not EMPTY" => return issue.assignee.is_some(),
        _ => {}
    }
    if let Some(words) = clause.strip_prefix("text ~ ") {
        return has_words(issue, &values(words).concat());
    }
    for field in ["created", "updated"] {
        if let Some(rest) = clause.strip_prefix(field) {
            return in_window(issue, field, rest.trim(), now);
        }
    }
    true
}

/// The quoted values of `"a"` or `("a", "b")`, unescaped.
fn values(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '"' {
            continue;
        }
        let mut value = String::new();
        while let Some(c) = chars.next() {
            match c {
                '\\' => value.extend(chars.next()),
                '"' => break,
                c => value.push(c),
            }
        }
        out.push(value);
    }
    out
}

fn has_words(issue: &FakeJiraIssue, words: &str) -> bool {
    let text = format!(
        "{} {}",
        issue.summary,
        issue
            .description
            .as_ref()
            .map(|d| d.to_string())
            .unwrap_or_default()
    )
    .to_lowercase();
    words
        .split_whitespace()
        .all(|w| text.contains(&w.to_lowercase()))
}

/// `<= -Nm` or `>= -Nm` against the issue's creation or update time.
fn in_window(issue: &FakeJiraIssue, field: &str, rest: &str, now: jiff::Timestamp) -> bool {
    let Some((op, amount)) = rest.split_once(' ') else {
        return true;
    };
    let amount = amount.trim().trim_matches('"');
    let Some(digits) = amount.strip_prefix('-') else {
        return true;
    };
    let unit = match digits.chars().last() {
        Some('m') => 60,
        Some('h') => 3600,
        Some('d') => 86_400,
        Some('w') => 604_800,
        _ => return true,
    };
    let Ok(n) = digits[..digits.len() - 1].parse::<i64>() else {
        return true;
    };
    let bound = now - jiff::SignedDuration::from_secs(n * unit);
    let time = if field == "created" {
        created_of(issue)
    } else {
        updated_of(issue)
    };
    let at = jiff::fmt::strtime::parse("%Y-%m-%dT%H:%M:%S%.f%z", time)
        .and_then(|t| t.to_timestamp())
        .expect("the fake's times parse");
    match op {
        "<=" => at <= bound,
        ">=" => at >= bound,
        _ => true,
    }
}
