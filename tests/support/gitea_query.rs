//! The issue list filters of the fake Gitea beyond `state`, `type`, `labels` and
//! `milestones`: `q` (a case-insensitive substring of the title or body, as
//! Gitea's database indexer matches), `created_by` (every issue is the token
//! owner's), `assigned_by`, and `since`/`before` on the update time.

use super::{FakeIssue, Request, CREATED, GITEA_USER};

/// When the issue was created (and last updated).
pub fn created_of(issue: &FakeIssue) -> &str {
    issue.created.as_deref().unwrap_or(CREATED)
}

/// Whether `issue` passes the query's extra filters.
pub fn accepts(req: &Request, issue: &FakeIssue) -> bool {
    let same = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
    let at: jiff::Timestamp = created_of(issue).parse().expect("the fake's times parse");
    let time = |key: &str| {
        req.query(key).map(|t| {
            t.parse::<jiff::Timestamp>()
                .expect("since/before are RFC 3339")
        })
    };
    req.query("q").is_none_or(|q| {
        let q = q.to_lowercase();
        issue.title.to_lowercase().contains(&q) || issue.body.to_lowercase().contains(&q)
    }) && req.query("created_by").is_none_or(|u| same(&u, GITEA_USER))
        && req
            .query("assigned_by")
            .is_none_or(|u| issue.assignees.iter().any(|a| same(a, &u)))
        && time("since").is_none_or(|t| at >= t)
        && time("before").is_none_or(|t| at <= t)
}
