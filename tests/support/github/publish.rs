//! What `plan publish` needs of the fake GitHub: issues with a numeric `id`
//! (GraphQL's `databaseId`) apart from their number, `createIssue` / `updateIssue`,
//! the repository's milestones and newest issues in GraphQL, and over REST the
//! milestones, sub-issues and blocked-by dependencies, in the shapes of GitHub's
//! REST description.

use super::super::http::{Request, Response};
use super::graphql::Exec;
use super::{error, existing, Ctx, FakeGitHub, FakeIssue, FakeMilestone, Repo, State};
use graphql_parser::query::{Field, Value as Gql};
use serde_json::{json, Value};

/// Issue numbers and ids are far apart, so that one taken for the other is caught.
const ID_BASE: u64 = 100_000;

/// The numeric id of issue `n` (REST `id`, GraphQL `databaseId`).
pub fn database_id(n: u64) -> u64 {
    ID_BASE + n
}

/// The number of the issue with numeric id `id`, if it is one of `repo`'s.
fn number_of(repo: &Repo, id: u64) -> Option<u64> {
    id.checked_sub(ID_BASE)
        .filter(|n| repo.issues.contains_key(n))
}

fn invalid(field: &str, code: &str, message: &str) -> Response {
    Response::json(
        422,
        &json!({"message": "Validation Failed", "documentation_url": "https://docs.github.com/rest",
                "errors": [{"resource": "Issue", "field": field, "code": code, "message": message}]}),
    )
}

/// The REST routes of publish; `None` for a route that is not one of them.
pub(super) fn route(
    repo: &mut Repo,
    ctx: &Ctx,
    m: &str,
    rest: &[&str],
    req: &Request,
) -> Option<Response> {
    Some(match (m, rest) {
        ("GET", ["milestones"]) => {
            let state = req.query("state").unwrap_or_else(|| "open".into());
            let all: Vec<Value> = repo
                .milestones
                .iter()
                .filter(|_| state != "closed")
                .map(|(n, ms)| ctx.milestone(*n, ms, repo))
                .collect();
            Response::json(200, &Value::Array(all))
        }
        ("POST", ["milestones"]) => {
            let body = req.json();
            let Some(title) = body["title"].as_str() else {
                return Some(invalid("title", "missing_field", "title is missing"));
            };
            if repo
                .milestones
                .values()
                .any(|ms| ms.title.eq_ignore_ascii_case(title))
            {
                return Some(invalid("title", "already_exists", "title already exists"));
            }
            let n = repo.milestones.keys().max().copied().unwrap_or(0) + 1;
            let ms = FakeMilestone {
                title: title.into(),
                description: body["description"].as_str().map(str::to_string),
            };
            repo.milestones.insert(n, ms.clone());
            Response::json(201, &ctx.milestone(n, &ms, repo))
        }
        ("GET", ["issues", n, "sub_issues"]) => listed(repo, ctx, n, |r, n| r.sub_issues.get(&n)),
        ("GET", ["issues", n, "dependencies", "blocked_by"]) => {
            listed(repo, ctx, n, |r, n| r.blocked_by.get(&n))
        }
        ("POST", ["issues", n, "sub_issues"]) => {
            let Some(n) = existing(repo, n) else {
                return Some(error(404, "Not Found"));
            };
            let Some(child) = req.json()["sub_issue_id"]
                .as_u64()
                .and_then(|id| number_of(repo, id))
            else {
                return Some(error(404, "Not Found"));
            };
            let parent_of = repo
                .sub_issues
                .iter()
                .find(|(_, c)| c.contains(&child))
                .map(|(p, _)| *p);
            match parent_of {
                Some(p) if p == n => {
                    return Some(invalid(
                        "sub_issue_id",
                        "custom",
                        "Issue may not contain duplicate sub-issues",
                    ))
                }
                Some(_) => {
                    return Some(invalid(
                        "sub_issue_id",
                        "custom",
                        "Sub issue may only have one parent",
                    ))
                }
                None => repo.sub_issues.entry(n).or_default().push(child),
            }
            Response::json(201, &ctx.issue(n, &repo.issues[&n], repo))
        }
        ("POST", ["issues", n, "dependencies", "blocked_by"]) => {
            let Some(n) = existing(repo, n) else {
                return Some(error(404, "Not Found"));
            };
            let Some(blocker) = req.json()["issue_id"]
                .as_u64()
                .and_then(|id| number_of(repo, id))
            else {
                return Some(error(404, "Not Found"));
            };
            let blockers = repo.blocked_by.entry(n).or_default();
            if blockers.contains(&blocker) {
                return Some(invalid(
                    "issue_id",
                    "custom",
                    "Issue dependency already exists",
                ));
            }
            blockers.push(blocker);
            Response::json(201, &ctx.issue(n, &repo.issues[&n], repo))
        }
        _ => return None,
    })
}

/// The issues `of` lists for issue `n`, as a page of issues.
fn listed(
    repo: &Repo,
    ctx: &Ctx,
    n: &str,
    of: impl Fn(&Repo, u64) -> Option<&Vec<u64>>,
) -> Response {
    let Some(n) = existing(repo, n) else {
        return error(404, "Not Found");
    };
    let items: Vec<Value> = of(repo, n)
        .into_iter()
        .flatten()
        .filter_map(|c| repo.issues.get(c).map(|i| ctx.issue(*c, i, repo)))
        .collect();
    Response::json(200, &Value::Array(items))
}

/// `repository { milestones, issues, milestone }` in GraphQL.
pub(super) fn repository_field(
    exec: &Exec,
    full: &str,
    repo: &Repo,
    f: &Field<'static, String>,
) -> Value {
    let int = |name: &str| match f.arguments.iter().find(|(n, _)| n == name).map(|(_, v)| v) {
        Some(Gql::Int(k)) => k.as_i64().map(|k| k as usize),
        _ => None,
    };
    let text = |name: &str| match f.arguments.iter().find(|(n, _)| n == name).map(|(_, v)| v) {
        Some(Gql::String(s)) => Some(s.to_ascii_lowercase()),
        _ => None,
    };
    let first = int("first").unwrap_or(100);
    let nodes: Vec<Value> = match f.name.as_str() {
        "milestone" => {
            let n = int("number").unwrap_or_default() as u64;
            return match repo.milestones.get(&n) {
                Some(ms) => exec.select(&milestone_node(full, n, ms), &f.selection_set),
                None => Value::Null,
            };
        }
        "milestones" => repo
            .milestones
            .iter()
            .filter(|(_, ms)| {
                text("query").is_none_or(|q| ms.title.to_ascii_lowercase().contains(&q))
            })
            .map(|(n, ms)| milestone_node(full, *n, ms))
            .collect(),
        // Newest first: the fake numbers issues in the order they were created.
        "issues" => repo
            .issues
            .keys()
            .rev()
            .filter_map(|n| exec.issue_json(full, repo, *n))
            .filter(|i| i["__typename"] == "Issue")
            .collect(),
        _ => return Value::Null,
    };
    let total = nodes.len();
    let nodes: Vec<Value> = nodes.into_iter().take(first).collect();
    exec.select(
        &json!({"totalCount": total, "nodes": nodes}),
        &f.selection_set,
    )
}

fn milestone_node(full: &str, n: u64, ms: &FakeMilestone) -> Value {
    json!({"id": milestone_id(full, n), "number": n, "title": ms.title, "description": ms.description})
}

/// A milestone's node id, the same in REST (`node_id`) and GraphQL.
pub fn milestone_id(full: &str, n: u64) -> String {
    format!("MI_{full}#{n}")
}

type Failure = (String, String);

fn not_found(id: &str) -> Failure {
    (
        "NOT_FOUND".into(),
        format!("Could not resolve to a node with the global id of '{id}'"),
    )
}

/// `createIssue` and `updateIssue`: the payload, or the failure.
pub(super) fn issue_mutation(
    exec: &mut Exec,
    name: &str,
    input: &Gql<'static, String>,
) -> Result<Value, Failure> {
    let text = |field: &str| match input {
        Gql::Object(map) => match map.get(field) {
            Some(Gql::String(s)) => Some(s.clone()),
            _ => None,
        },
        _ => None,
    };
    let (full, n) = if name == "createIssue" {
        let repo_id = text("repositoryId").unwrap_or_default();
        let full = repo_id
            .strip_prefix("R_")
            .filter(|f| exec.state.repos.contains_key(*f))
            .ok_or_else(|| not_found(&repo_id))?
            .to_string();
        let issue = new_issue(exec.state, &full, input, text("title"), text("body"))?;
        let repo = exec.state.repos.get_mut(&full).unwrap();
        let n = repo.issues.keys().max().copied().unwrap_or(0) + 1;
        repo.issues.insert(n, issue);
        (full, n)
    } else {
        let id = text("id").unwrap_or_default();
        let (full, n) = super::graphql::issue_id(&id).ok_or_else(|| not_found(&id))?;
        let issue = exec
            .state
            .repos
            .get_mut(&full)
            .and_then(|r| r.issues.get_mut(&n))
            .ok_or_else(|| not_found(&id))?;
        if let Some(title) = text("title") {
            issue.title = title;
        }
        if let Some(body) = text("body") {
            issue.body = Some(body);
        }
        (full, n)
    };
    let repo = &exec.state.repos[&full];
    let issue = exec.issue_json(&full, repo, n).unwrap_or(Value::Null);
    Ok(json!({"clientMutationId": null, "issue": issue}))
}

/// `addSubIssue`: the child joins the end of the parent's sub-issues; GitHub
/// refuses a duplicate and a second parent as the REST route does.
pub(super) fn add_sub_issue(
    exec: &mut Exec,
    input: &Gql<'static, String>,
) -> Result<Value, Failure> {
    let id = |field: &str| match input {
        Gql::Object(map) => match map.get(field) {
            Some(Gql::String(s)) => s.clone(),
            _ => String::new(),
        },
        _ => String::new(),
    };
    let (parent_id, child_id) = (id("issueId"), id("subIssueId"));
    let (full, parent) =
        super::graphql::issue_id(&parent_id).ok_or_else(|| not_found(&parent_id))?;
    let (child_full, child) =
        super::graphql::issue_id(&child_id).ok_or_else(|| not_found(&child_id))?;
    let repo = exec
        .state
        .repos
        .get_mut(&full)
        .filter(|r| r.issues.contains_key(&parent))
        .ok_or_else(|| not_found(&parent_id))?;
    if child_full != full || !repo.issues.contains_key(&child) {
        return Err(not_found(&child_id));
    }
    let has = repo
        .sub_issues
        .iter()
        .find(|(_, c)| c.contains(&child))
        .map(|(p, _)| *p);
    match has {
        Some(p) if p == parent => {
            return Err((
                "UNPROCESSABLE".into(),
                "Issue may not contain duplicate sub-issues".into(),
            ))
        }
        Some(_) => {
            return Err((
                "UNPROCESSABLE".into(),
                "Sub issue may only have one parent".into(),
            ))
        }
        None => repo.sub_issues.entry(parent).or_default().push(child),
    }
    let repo = &exec.state.repos[&full];
    let issue = exec.issue_json(&full, repo, parent).unwrap_or(Value::Null);
    let sub = exec.issue_json(&full, repo, child).unwrap_or(Value::Null);
    Ok(json!({"clientMutationId": null, "issue": issue, "subIssue": sub}))
}

/// The issue a `createIssue` input describes; its labels and milestone must exist.
fn new_issue(
    state: &State,
    full: &str,
    input: &Gql<'static, String>,
    title: Option<String>,
    body: Option<String>,
) -> Result<FakeIssue, Failure> {
    let repo = &state.repos[full];
    let ids = |field: &str| match input {
        Gql::Object(map) => match map.get(field) {
            Some(Gql::List(items)) => items
                .iter()
                .filter_map(|i| match i {
                    Gql::String(s) => Some(s.clone()),
                    _ => None,
                })
                .collect(),
            Some(Gql::String(s)) => vec![s.clone()],
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    let mut labels = Vec::new();
    for id in ids("labelIds") {
        let name = super::graphql::label_id(&id)
            .filter(|(r, name)| r == full && repo.labels.iter().any(|l| &l.name == name))
            .ok_or_else(|| not_found(&id))?
            .1;
        labels.push(name);
    }
    let mut milestone = None;
    for id in ids("milestoneId") {
        let n = repo
            .milestones
            .keys()
            .find(|n| milestone_id(full, **n) == id)
            .ok_or_else(|| not_found(&id))?;
        milestone = Some(*n);
    }
    let title = title.filter(|t| !t.is_empty()).ok_or_else(|| {
        (
            "UNPROCESSABLE".to_string(),
            "Title can't be blank".to_string(),
        )
    })?;
    Ok(FakeIssue {
        title,
        body,
        state: "open".into(),
        labels,
        milestone,
        ..FakeIssue::default()
    })
}

/// What tests read and set for publish.
impl FakeGitHub {
    /// The numbers of issue `n`'s sub-issues, in the order they were added.
    pub fn sub_issues(&self, repo: &str, n: u64) -> Vec<u64> {
        self.with(|s| {
            s.repos
                .get(repo)
                .and_then(|r| r.sub_issues.get(&n).cloned())
                .unwrap_or_default()
        })
    }

    /// The numbers of the issues that block issue `n`.
    pub fn blocked_by(&self, repo: &str, n: u64) -> Vec<u64> {
        self.with(|s| {
            s.repos
                .get(repo)
                .and_then(|r| r.blocked_by.get(&n).cloned())
                .unwrap_or_default()
        })
    }

    pub fn issue_body(&self, repo: &str, n: u64) -> String {
        self.issue(repo, n).body.unwrap_or_default()
    }

    /// Replaces an issue's body, as a person editing it would.
    pub fn set_issue_body(&self, repo: &str, n: u64, text: &str) {
        self.with(|s| {
            if let Some(i) = s.repos.get_mut(repo).and_then(|r| r.issues.get_mut(&n)) {
                i.body = Some(text.into());
            }
        });
    }

    /// The numbers of every issue in `repo`.
    pub fn issues_in(&self, repo: &str) -> Vec<u64> {
        self.with(|s| {
            s.repos
                .get(repo)
                .map(|r| r.issues.keys().copied().collect())
                .unwrap_or_default()
        })
    }

    /// The number of the milestone titled `title`.
    pub fn milestone_titled(&self, repo: &str, title: &str) -> Option<u64> {
        self.with(|s| {
            s.repos
                .get(repo)?
                .milestones
                .iter()
                .find(|(_, m)| m.title == title)
                .map(|(n, _)| *n)
        })
    }

    /// Makes sure `repo` exists, without issues.
    pub fn add_repo(&self, repo: &str) {
        self.with(|s| {
            s.repos.entry(repo.into()).or_default();
        });
    }
}
