//! Comments by id on the fake Jira: `PUT` and `DELETE
//! /issue/{key}/comment/{id}` (claims edit and withdraw theirs).

use super::{error, FakeJiraIssue, Request, Response, State};

/// The id of the comment at position `n`.
pub(super) fn id_at(issue: &FakeJiraIssue, n: usize) -> u64 {
    issue
        .comment_ids
        .get(n)
        .copied()
        .filter(|id| *id != 0)
        .unwrap_or(n as u64 + 1)
}

pub(super) fn by_id(s: &mut State, req: &Request, key: &str, id: &str) -> Response {
    let Some(issue) = s.issues.get_mut(key) else {
        return error(404, "Issue does not exist");
    };
    let Some(at) = (0..issue.comments.len()).find(|n| id_at(issue, *n).to_string() == id) else {
        return error(404, "Can not find a comment for the id");
    };
    issue.comment_ids.resize(issue.comments.len(), 0);
    if req.method == "DELETE" {
        issue.comments.remove(at);
        issue.comment_ids.remove(at);
        return Response::empty(204);
    }
    let body = req.json()["body"].clone();
    if body.is_null() {
        return error(400, "Comment body can not be empty!");
    }
    issue.comments[at] = body.clone();
    Response::json(200, &serde_json::json!({"id": id, "body": body}))
}
