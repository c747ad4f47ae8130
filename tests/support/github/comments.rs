//! Comments by id on the fake GitHub: `PATCH` and `DELETE
//! /repos/{owner}/{repo}/issues/comments/{id}` (claims edit and withdraw theirs).

use super::super::http::{Request, Response};
use super::{error, FakeComment};
use serde_json::Value;

/// Answers the comment-by-id routes; `None` for any other route.
pub(super) fn route(
    comments: &mut Vec<FakeComment>,
    method: &str,
    rest: &[&str],
    req: &Request,
    render: &dyn Fn(&FakeComment) -> Value,
) -> Option<Response> {
    let ["issues", "comments", id] = rest else {
        return None;
    };
    let id: u64 = id.parse().ok()?;
    let at = comments.iter().position(|c| c.id == id);
    Some(match (method, at) {
        (_, None) => error(404, "Not Found"),
        ("GET", Some(i)) => Response::json(200, &render(&comments[i])),
        ("PATCH", Some(i)) => match req.json().get("body").and_then(Value::as_str) {
            Some(body) => {
                comments[i].body = body.to_string();
                Response::json(200, &render(&comments[i]))
            }
            None => error(422, "Validation Failed"),
        },
        ("DELETE", Some(i)) => {
            comments.remove(i);
            Response::empty(204)
        }
        _ => return None,
    })
}
