//! Comments by id on the fake Gitea: `GET`, `PATCH` and `DELETE
//! /repos/{owner}/{repo}/issues/comments/{id}` (claims edit and withdraw theirs).

use super::{Request, Response, State};
use serde_json::Value;

/// A comment's creation time: later for a larger id, as on a real server.
pub(super) fn created_at(id: u64) -> String {
    let created: jiff::Timestamp = super::CREATED.parse().expect("CREATED");
    (created + jiff::SignedDuration::from_secs(id as i64)).to_string()
}

pub(super) fn route(s: &mut State, req: &Request, repo: &str, id: &str) -> Response {
    let Ok(id) = id.parse::<u64>() else {
        return s.not_found();
    };
    let Some(at) = s.repo(repo).comments.iter().position(|c| c.id == id) else {
        return s.not_found();
    };
    match req.method.as_str() {
        "GET" => {
            let c = s.repo(repo).comments[at].clone();
            Response::json(200, &s.view().comment(repo, &c))
        }
        "PATCH" => {
            let Some(body) = req.json()["body"].as_str().map(str::to_string) else {
                return s.error(422, "[Body]: Required");
            };
            s.repo_mut(repo).comments[at].body = body;
            let c = s.repo(repo).comments[at].clone();
            Response::json(200, &s.view().comment(repo, &c))
        }
        "DELETE" => {
            s.repo_mut(repo).comments.remove(at);
            Response::empty(204)
        }
        _ => Response::json(405, &Value::Null),
    }
}
