//! What `issue depends` and `issue activity` need of the fake GitHub, in the
//! shapes of GitHub's REST description: the issues an issue blocks, removing a
//! blocked-by link (`DELETE …/dependencies/blocked_by/{issue_id}`), and the issue
//! timeline (its comments as `commented` events, then `closed` when closed).

use super::super::http::{Request, Response};
use super::{error, existing, publish, updated_at, Ctx, FakeGitHub, Repo};
use serde_json::{json, Value};

/// The REST routes of dependencies and timelines; `None` for another route.
pub(super) fn route(
    repo: &mut Repo,
    ctx: &Ctx,
    m: &str,
    rest: &[&str],
    _req: &Request,
) -> Option<Response> {
    Some(match (m, rest) {
        ("GET", ["issues", n, "dependencies", "blocking"]) => {
            let Some(n) = existing(repo, n) else {
                return Some(error(404, "Not Found"));
            };
            let items: Vec<Value> = repo
                .blocked_by
                .iter()
                .filter(|(_, blockers)| blockers.contains(&n))
                .filter_map(|(i, _)| repo.issues.get(i).map(|issue| ctx.issue(*i, issue, repo)))
                .collect();
            Response::json(200, &Value::Array(items))
        }
        ("DELETE", ["issues", n, "dependencies", "blocked_by", id]) => {
            let Some(n) = existing(repo, n) else {
                return Some(error(404, "Not Found"));
            };
            let blocker = id
                .parse::<u64>()
                .ok()
                .and_then(|id| id.checked_sub(publish::database_id(0)));
            let blockers = repo.blocked_by.entry(n).or_default();
            let Some(at) = blockers.iter().position(|b| Some(*b) == blocker) else {
                return Some(error(404, "Not Found"));
            };
            blockers.remove(at);
            Response::json(200, &ctx.issue(n, &repo.issues[&n], repo))
        }
        ("GET", ["issues", n, "timeline"]) => {
            let Some(n) = existing(repo, n) else {
                return Some(error(404, "Not Found"));
            };
            let mut events: Vec<Value> = repo
                .comments
                .iter()
                .filter(|c| c.issue == n)
                .map(|c| {
                    json!({"event": "commented", "id": c.id, "node_id": format!("IC_{}", c.id),
                           "body": c.body, "user": ctx.user(), "actor": ctx.user(),
                           "created_at": updated_at(c.id), "updated_at": updated_at(c.id)})
                })
                .collect();
            if repo.issues[&n].state == "closed" {
                events.push(json!({"event": "closed", "id": 1, "node_id": "CE_1", "actor": ctx.user(),
                                   "commit_id": null, "commit_url": null, "created_at": updated_at(repo.issues[&n].updated)}));
            }
            Response::json(200, &Value::Array(events))
        }
        _ => return None,
    })
}

/// An issue's `issue_dependencies_summary`: its blockers (open ones and all)
/// and the issues it blocks.
pub(super) fn summary(n: u64, repo: &Repo) -> Value {
    let blockers = repo.blocked_by.get(&n).cloned().unwrap_or_default();
    let open = |i: &u64| repo.issues.get(i).is_some_and(|i| i.state == "open");
    let blocking: Vec<u64> = repo
        .blocked_by
        .iter()
        .filter(|(_, b)| b.contains(&n))
        .map(|(i, _)| *i)
        .collect();
    json!({
        "blocked_by": blockers.iter().filter(|b| open(b)).count(),
        "blocking": blocking.iter().filter(|b| open(b)).count(),
        "total_blocked_by": blockers.len(),
        "total_blocking": blocking.len()
    })
}

impl FakeGitHub {
    /// Issue `blocked` of `repo` waits for `blocker` (as set in GitHub's web UI).
    pub fn add_blocked_by(&self, repo: &str, blocked: u64, blocker: u64) {
        self.with(|s| {
            let r = s.repos.get_mut(repo).expect("repository");
            r.blocked_by.entry(blocked).or_default().push(blocker);
        });
    }
}
