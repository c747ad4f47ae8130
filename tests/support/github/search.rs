//! `GET /search/issues?q=`: GitHub's issue search over the fake's repositories,
//! for the qualifiers the client sends — `repo:`, `is:issue|open|closed`,
//! `label:"a","b"` (any of; several `label:` all hold), `-label:`, `no:assignee`,
//! `[-]assignee:`, `[-]author:`, `[-]milestone:`, `created:`/`updated:` with
//! `>=`, `>`, `<=`, `<` or `A..B`, `in:title,body` and words or quoted phrases
//! (whole words, case-insensitive). Other qualifiers are refused with 422, as a
//! misspelled one would be.

use super::super::http::{Request, Response};
use super::{error, updated_at, Ctx, FakeGitHub, FakeIssue, State};
use serde_json::{json, Value};

impl FakeGitHub {
    /// Sets when issue `number` was opened (seconds after the fake's epoch).
    pub fn set_created(&self, repo: &str, number: u64, seconds: u64) {
        self.with(|s| {
            let issue = s
                .repos
                .get_mut(repo)
                .and_then(|r| r.issues.get_mut(&number));
            issue.expect("issue").created = seconds;
        })
    }

    /// Sets who opened issue `number`.
    pub fn set_author(&self, repo: &str, number: u64, login: &str) {
        self.with(|s| {
            let issue = s
                .repos
                .get_mut(repo)
                .and_then(|r| r.issues.get_mut(&number));
            issue.expect("issue").author = Some(login.into());
        })
    }

    /// The `q` of every search request, in order.
    pub fn searches(&self) -> Vec<String> {
        self.requests()
            .iter()
            .filter(|r| r.path.starts_with("/search/issues"))
            .filter_map(|r| r.query("q").map(str::to_string))
            .collect()
    }
}

/// One qualifier or word of `q`.
struct Word {
    negated: bool,
    key: Option<String>,
    value: String,
}

fn words(q: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let (mut current, mut quoted) = (String::new(), false);
    for c in q.chars().chain([' ']) {
        match c {
            '"' => {
                quoted = !quoted;
                current.push(c);
            }
            c if c.is_whitespace() && !quoted => {
                if !current.is_empty() {
                    out.push(word(&std::mem::take(&mut current)));
                }
            }
            c => current.push(c),
        }
    }
    out
}

fn word(text: &str) -> Word {
    let (negated, text) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    match text.split_once(':').filter(|(k, _)| !k.starts_with('"')) {
        Some((k, v)) => Word {
            negated,
            key: Some(k.to_string()),
            value: v.to_string(),
        },
        None => Word {
            negated,
            key: None,
            value: text.to_string(),
        },
    }
}

fn unquote(v: &str) -> String {
    v.trim_matches('"').to_string()
}

fn text_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn has_phrase(field: &str, phrase: &str) -> bool {
    let (have, want) = (text_words(field), text_words(phrase));
    want.is_empty() || have.windows(want.len()).any(|w| w == want.as_slice())
}

/// Whether `at` satisfies `>=T`, `>T`, `<=T`, `<T` or `A..B` (dates or times).
fn date_holds(at: &str, cond: &str) -> Option<bool> {
    let at: jiff::Timestamp = at.parse().ok()?;
    let time = |t: &str| -> Option<jiff::Timestamp> {
        t.parse().ok().or_else(|| {
            let d: jiff::civil::Date = t.parse().ok()?;
            d.to_zoned(jiff::tz::TimeZone::UTC)
                .ok()
                .map(|z| z.timestamp())
        })
    };
    if let Some((a, b)) = cond.split_once("..") {
        return Some(at >= time(a)? && at <= time(b)?);
    }
    for (op, test) in [
        (
            ">=",
            (|a, t| a >= t) as fn(jiff::Timestamp, jiff::Timestamp) -> bool,
        ),
        ("<=", |a, t| a <= t),
        (">", |a, t| a > t),
        ("<", |a, t| a < t),
    ] {
        if let Some(rest) = cond.strip_prefix(op) {
            return Some(test(at, time(rest)?));
        }
    }
    None
}

/// Whether issue `i` of the repository matches one word; `None`: not understood.
fn holds(w: &Word, i: &FakeIssue, milestone: Option<&str>) -> Option<bool> {
    let same = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
    let yes = match (w.key.as_deref(), w.value.as_str()) {
        (Some("is"), "issue") => !i.pull_request,
        (Some("is"), "open" | "closed") => i.state == w.value,
        (Some("label"), v) => v
            .split(',')
            .map(unquote)
            .any(|l| i.labels.iter().any(|x| same(x, &l))),
        (Some("no"), "assignee") => i.assignees.is_empty(),
        (Some("assignee"), v) => i.assignees.iter().any(|a| same(a, &unquote(v))),
        (Some("author"), v) => same(i.author.as_deref().unwrap_or("octocat"), &unquote(v)),
        (Some("milestone"), v) => milestone.is_some_and(|m| same(m, &unquote(v))),
        (Some("created"), v) => date_holds(&updated_at(i.created), v)?,
        (Some("updated"), v) => date_holds(&updated_at(i.updated), v)?,
        (Some("in"), "title,body") => true,
        (None, v) => {
            let body = i.body.as_deref().unwrap_or_default();
            has_phrase(&i.title, &unquote(v)) || has_phrase(body, &unquote(v))
        }
        _ => return None,
    };
    Some(yes != w.negated)
}

pub(super) fn route(s: &mut State, req: &Request) -> Response {
    let q = req.query("q").unwrap_or_default();
    let words = words(&q);
    let Some(repo_name) = words
        .iter()
        .find(|w| w.key.as_deref() == Some("repo"))
        .map(|w| w.value.clone())
    else {
        return error(422, "Validation Failed");
    };
    let per_page: usize = req
        .query("per_page")
        .and_then(|v| v.parse().ok())
        .unwrap_or(30);
    let page: usize = req.query("page").and_then(|v| v.parse().ok()).unwrap_or(1);
    let base = s.base.clone();
    let Some(repo) = s.repos.get(&repo_name) else {
        return error(422, "Validation Failed");
    };
    let mut hits = Vec::new();
    for (n, i) in &repo.issues {
        let milestone = i
            .milestone
            .and_then(|m| repo.milestones.get(&m))
            .map(|m| m.title.as_str());
        let mut all = true;
        for w in words.iter().filter(|w| w.key.as_deref() != Some("repo")) {
            match holds(w, i, milestone) {
                Some(yes) => all &= yes,
                None => return error(422, "Validation Failed"),
            }
        }
        if all {
            hits.push((*n, i));
        }
    }
    let key = req.query("sort").unwrap_or_default();
    hits.sort_by_key(|(n, i)| {
        (
            if key == "updated" {
                i.updated
            } else {
                i.created
            },
            *n,
        )
    });
    if req.query("order").as_deref() != Some("asc") {
        hits.reverse();
    }
    let ctx = Ctx {
        base: &base,
        repo: &repo_name,
    };
    let items: Vec<Value> = hits
        .iter()
        .skip((page - 1) * per_page)
        .take(per_page)
        .map(|(n, i)| {
            let mut v = ctx.issue(*n, i, repo);
            v["score"] = json!(1.0);
            v
        })
        .collect();
    Response::json(
        200,
        &json!({"total_count": hits.len(), "incomplete_results": false, "items": items}),
    )
}
