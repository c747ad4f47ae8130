//! A stateful fake of the GitHub REST API: issues, labels, milestones and comments,
//! with a request log and fault injection. Its responses follow GitHub's official
//! REST description (the end-to-end suite checks both directions through Prism).

mod comments;
mod deps;
mod graphql;
pub mod hooks;
mod projects;
mod publish;
pub mod releases;
mod search;

pub use super::http::Logged;
use super::http::{percent_decode as decode, serve, Faults, Request, RequestLog, Response};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// What to do to a matching request.
#[derive(Debug, Clone)]
pub enum FaultKind {
    /// 429 with `retry-after: N`; the request is not processed.
    TooManyRequests { retry_after: u64 },
    /// 403 secondary rate limit without `retry-after`; not processed.
    SecondaryLimit,
    /// The request is processed, then answered 502.
    BadGatewayAfterApply,
    /// Answered normally after a delay.
    Delay(Duration),
    /// 404 without processing (something deleted between two reads).
    NotFound,
    /// The issue is deleted, then the request is processed (deleted meanwhile).
    DeleteIssue { repo: String, number: u64 },
    /// The request is processed, then the connection is closed without an answer.
    DropAfterApply,
    /// Someone edits the issue's body, then the request is processed.
    EditIssue {
        repo: String,
        number: u64,
        body: String,
    },
    /// Someone edits a file by hand (a local issue's), then the request is processed.
    WriteFile {
        path: std::path::PathBuf,
        text: String,
    },
}

#[derive(Debug, Clone, Default)]
pub struct FakeIssue {
    pub title: String,
    pub body: Option<String>,
    pub assignees: Vec<String>,
    pub state: String,
    pub state_reason: Option<String>,
    pub labels: Vec<String>,
    pub milestone: Option<u64>,
    /// A pull request, which the issues endpoints also serve.
    pub pull_request: bool,
    /// Seconds after `CREATED` of the last change (`updated_at`).
    pub updated: u64,
    /// Seconds after `CREATED` it was opened (`created_at`).
    pub created: u64,
    /// Who opened it (`user`); `octocat` when not set.
    pub author: Option<String>,
}

#[derive(Debug, Clone)]
pub struct FakeLabel {
    pub name: String,
    pub color: String,
    pub description: Option<String>,
}

#[derive(Debug, Clone)]
struct FakeMilestone {
    title: String,
    description: Option<String>,
}

#[derive(Debug, Clone)]
struct FakeComment {
    id: u64,
    issue: u64,
    body: String,
}

#[derive(Debug, Default)]
struct Repo {
    issues: BTreeMap<u64, FakeIssue>,
    /// Issues transferred away: number → (repository, number there).
    moved: BTreeMap<u64, (String, u64)>,
    labels: Vec<FakeLabel>,
    milestones: BTreeMap<u64, FakeMilestone>,
    comments: Vec<FakeComment>,
    releases: releases::Releases,
    hooks: hooks::Hooks,
    /// Parent number → the numbers of its sub-issues.
    sub_issues: BTreeMap<u64, Vec<u64>>,
    /// Issue number → the numbers of the issues blocking it.
    blocked_by: BTreeMap<u64, Vec<u64>>,
}

#[derive(Debug, Default)]
struct State {
    base: String,
    repos: BTreeMap<String, Repo>,
    log: RequestLog,
    faults: Faults<FaultKind>,
    next_id: u64,
    /// Seconds after `CREATED` of the last change to any issue.
    clock: u64,
    /// Added to every answer, half before the request is processed, half after.
    latency: Duration,
    /// When set, only this token is accepted (others get 401 Bad credentials).
    token: Option<String>,
    projects: projects::Projects,
}

/// The fake server and a handle on its state.
#[derive(Clone)]
pub struct FakeGitHub {
    pub url: String,
    state: Arc<Mutex<State>>,
}

impl FakeGitHub {
    pub fn start() -> FakeGitHub {
        let state = Arc::new(Mutex::new(State {
            next_id: 1000,
            ..State::default()
        }));
        let handler_state = state.clone();
        let url = serve(Arc::new(move |req| handle(&handler_state, req)));
        state.lock().unwrap().base = url.clone();
        FakeGitHub { url, state }
    }

    fn with<T>(&self, f: impl FnOnce(&mut State) -> T) -> T {
        f(&mut self.state.lock().unwrap())
    }

    pub fn add_issue(&self, repo: &str, number: u64, title: &str) {
        self.with(|s| {
            s.repos.entry(repo.into()).or_default().issues.insert(
                number,
                FakeIssue {
                    title: title.into(),
                    state: "open".into(),
                    ..FakeIssue::default()
                },
            );
        });
    }

    pub fn add_label(&self, repo: &str, name: &str, color: &str) {
        self.with(|s| {
            s.repos
                .entry(repo.into())
                .or_default()
                .labels
                .push(FakeLabel {
                    name: name.into(),
                    color: color.into(),
                    description: None,
                })
        });
    }

    /// Puts labels on an issue (creating unknown ones as GitHub does).
    pub fn set_issue_labels(&self, repo: &str, number: u64, labels: &[&str]) {
        self.with(|s| {
            let r = s.repos.entry(repo.into()).or_default();
            for l in labels {
                ensure_label(r, l);
            }
            if let Some(i) = r.issues.get_mut(&number) {
                i.labels = labels.iter().map(|l| l.to_string()).collect();
            }
        });
    }

    pub fn add_milestone(&self, repo: &str, number: u64, title: &str, description: &str) {
        self.with(|s| {
            s.repos.entry(repo.into()).or_default().milestones.insert(
                number,
                FakeMilestone {
                    title: title.into(),
                    description: Some(description.into()),
                },
            );
        });
    }

    pub fn set_issue_milestone(&self, repo: &str, number: u64, milestone: u64) {
        self.with(|s| {
            if let Some(i) = s
                .repos
                .entry(repo.into())
                .or_default()
                .issues
                .get_mut(&number)
            {
                i.milestone = Some(milestone);
            }
        });
    }

    /// Only `token` is accepted from now on.
    pub fn require_token(&self, token: &str) {
        self.with(|s| s.token = Some(token.into()));
    }

    /// Every request waits this long before it is processed and answered.
    pub fn set_latency(&self, latency: Duration) {
        self.with(|s| s.latency = latency);
    }

    /// Makes an existing issue a pull request.
    pub fn mark_pull_request(&self, repo: &str, number: u64) {
        self.with(|s| {
            if let Some(i) = s
                .repos
                .get_mut(repo)
                .and_then(|r| r.issues.get_mut(&number))
            {
                i.pull_request = true;
            }
        });
    }

    /// Deletes an issue.
    pub fn remove_issue(&self, repo: &str, number: u64) {
        self.with(|s| {
            if let Some(r) = s.repos.get_mut(repo) {
                r.issues.remove(&number);
            }
        });
    }

    /// Transfers an issue to another repository (as number `to_number` there).
    pub fn transfer_issue(&self, repo: &str, number: u64, to: &str, to_number: u64) {
        self.with(|s| {
            let Some(issue) = s.repos.get_mut(repo).and_then(|r| r.issues.remove(&number)) else {
                return;
            };
            s.repos
                .entry(to.into())
                .or_default()
                .issues
                .insert(to_number, issue);
            if let Some(r) = s.repos.get_mut(repo) {
                r.moved.insert(number, (to.into(), to_number));
            }
        });
    }

    /// Reopens an issue as a person would.
    pub fn reopen_issue(&self, repo: &str, number: u64) {
        self.with(|s| {
            if let Some(i) = s
                .repos
                .get_mut(repo)
                .and_then(|r| r.issues.get_mut(&number))
            {
                i.state = "open".into();
                i.state_reason = Some("reopened".into());
            }
        });
    }

    /// Replaces a milestone's description, as a person would.
    pub fn set_milestone_description(&self, repo: &str, number: u64, text: &str) {
        self.with(|s| {
            if let Some(m) = s
                .repos
                .get_mut(repo)
                .and_then(|r| r.milestones.get_mut(&number))
            {
                m.description = Some(text.into());
            }
        });
    }

    /// Closes an issue as a person would.
    pub fn close_issue(&self, repo: &str, number: u64, reason: &str) {
        self.with(|s| {
            if let Some(i) = s
                .repos
                .get_mut(repo)
                .and_then(|r| r.issues.get_mut(&number))
            {
                i.state = "closed".into();
                i.state_reason = Some(reason.into());
            }
        });
    }

    /// The hooks of a repository, oldest first (with the secrets as sent).
    pub fn hooks(&self, repo: &str) -> Vec<hooks::FakeHook> {
        self.with(|s| {
            s.repos
                .get(repo)
                .map(|r| r.hooks.list.clone())
                .unwrap_or_default()
        })
    }

    /// The releases of a repository, oldest first.
    pub fn releases(&self, repo: &str) -> Vec<releases::FakeRelease> {
        self.with(|s| {
            s.repos
                .get(repo)
                .map(|r| r.releases.list.clone())
                .unwrap_or_default()
        })
    }

    pub fn issue(&self, repo: &str, number: u64) -> FakeIssue {
        self.with(|s| s.repos[repo].issues[&number].clone())
    }

    pub fn label(&self, repo: &str, name: &str) -> Option<FakeLabel> {
        self.with(|s| {
            s.repos
                .get(repo)?
                .labels
                .iter()
                .find(|l| l.name.eq_ignore_ascii_case(name))
                .cloned()
        })
    }

    pub fn milestone_description(&self, repo: &str, number: u64) -> String {
        self.with(|s| {
            s.repos[repo].milestones[&number]
                .description
                .clone()
                .unwrap_or_default()
        })
    }

    /// Someone retitles an issue by hand.
    pub fn set_title(&self, repo: &str, number: u64, title: &str) {
        self.with(|s| {
            let before = fingerprints(s);
            if let Some(i) = s
                .repos
                .get_mut(repo)
                .and_then(|r| r.issues.get_mut(&number))
            {
                i.title = title.into();
            }
            touch_changed(s, &before);
        });
    }

    /// Someone assigns an issue by hand.
    pub fn set_assignees(&self, repo: &str, number: u64, logins: &[&str]) {
        self.with(|s| {
            let before = fingerprints(s);
            if let Some(i) = s
                .repos
                .get_mut(repo)
                .and_then(|r| r.issues.get_mut(&number))
            {
                i.assignees = logins.iter().map(|l| l.to_string()).collect();
            }
            touch_changed(s, &before);
        });
    }

    /// Someone comments on an issue by hand.
    pub fn add_comment(&self, repo: &str, number: u64, body: &str) {
        self.with(|s| {
            let before = fingerprints(s);
            s.next_id += 1;
            let id = s.next_id;
            let r = s.repos.entry(repo.into()).or_default();
            r.comments.push(FakeComment {
                id,
                issue: number,
                body: body.into(),
            });
            touch_changed(s, &before);
        });
    }

    pub fn comments(&self, repo: &str, number: u64) -> Vec<String> {
        self.with(|s| {
            s.repos[repo]
                .comments
                .iter()
                .filter(|c| c.issue == number)
                .map(|c| c.body.clone())
                .collect()
        })
    }

    pub fn requests(&self) -> Vec<Logged> {
        self.with(|s| s.log.all())
    }

    /// Requests that change state: REST writes and GraphQL mutations (a GraphQL
    /// query is a read, though it is a POST).
    pub fn writes(&self) -> Vec<Logged> {
        self.requests()
            .into_iter()
            .filter(|r| r.method != "GET" && !is_graphql_query(r))
            .collect()
    }

    /// How many `name` mutations (e.g. `addComment`) all GraphQL requests carried.
    pub fn mutations(&self, name: &str) -> usize {
        self.requests()
            .iter()
            .filter(|r| r.path.ends_with("/graphql") && !is_graphql_query(r))
            .map(|r| {
                r.body["query"]
                    .as_str()
                    .unwrap_or_default()
                    .matches(&format!(": {name}("))
                    .count()
            })
            .sum()
    }

    /// Requests with `method` whose path contains `path_contains`, in order.
    pub fn requests_to(&self, method: &str, path_contains: &str) -> Vec<Logged> {
        self.with(|s| s.log.to(method, path_contains))
    }

    pub fn clear_log(&self) {
        self.with(|s| s.log.clear())
    }

    /// Applies `kind` to the next `times` requests whose method is `method` and whose
    /// path contains `path_contains`.
    pub fn inject(&self, method: &str, path_contains: &str, kind: FaultKind, times: usize) {
        self.with(|s| s.faults.add(method, path_contains, None, kind, times));
    }

    /// A fault on the next `times` GraphQL requests of kind `operation` (`query`
    /// for reads, `mutation` for writes).
    pub fn inject_graphql(&self, operation: &str, kind: FaultKind, times: usize) {
        self.with(|s| {
            let body = format!("\"{operation} {{");
            s.faults.add("POST", "/graphql", Some(body), kind, times)
        });
    }

    /// The GraphQL requests of kind `operation` (`query` or `mutation`), in order.
    pub fn graphql_requests(&self, operation: &str) -> Vec<Logged> {
        self.requests()
            .into_iter()
            .filter(|r| {
                r.path.ends_with("/graphql")
                    && r.body["query"]
                        .as_str()
                        .is_some_and(|q| q.trim_start().starts_with(operation))
            })
            .collect()
    }

    /// Every change that reached the server: REST writes, and each mutation of a
    /// GraphQL request.
    pub fn write_operations(&self) -> usize {
        self.writes()
            .iter()
            .map(|r| {
                if r.path.ends_with("/graphql") {
                    r.body["query"]
                        .as_str()
                        .unwrap_or_default()
                        .split(' ')
                        .filter(|w| {
                            w.starts_with('m')
                                && w.ends_with(':')
                                && w[1..w.len() - 1].bytes().all(|b| b.is_ascii_digit())
                        })
                        .count()
                } else {
                    1
                }
            })
            .sum()
    }
}

fn ensure_label(repo: &mut Repo, name: &str) {
    if !repo
        .labels
        .iter()
        .any(|l| l.name.eq_ignore_ascii_case(name))
    {
        // GitHub creates unknown labels silently, grey.
        repo.labels.push(FakeLabel {
            name: name.into(),
            color: "ededed".into(),
            description: None,
        });
    }
}

/// The number of an issue that exists in `repo`.
fn existing(repo: &Repo, n: &str) -> Option<u64> {
    n.parse::<u64>()
        .ok()
        .filter(|n| repo.issues.contains_key(n))
}

/// The strings of a JSON array (empty for anything else).
fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// A GraphQL request that only reads.
fn is_graphql_query(r: &Logged) -> bool {
    r.path.ends_with("/graphql")
        && r.body["query"]
            .as_str()
            .is_some_and(|q| q.trim_start().starts_with("query"))
}

/// With `GH_DEBUSSY_SYNC_GRAPHQL_LOG=DIR`, every GraphQL document received is kept in
/// DIR (one file per distinct document) for `.ci/run` to validate against GitHub's
/// published schema.
fn log_document(document: &str) {
    let Some(dir) = std::env::var_os("GH_DEBUSSY_SYNC_GRAPHQL_LOG") else {
        return;
    };
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    document.hash(&mut h);
    let dir = std::path::PathBuf::from(dir);
    let _ = std::fs::create_dir_all(&dir);
    let _ = std::fs::write(dir.join(format!("{:016x}.graphql", h.finish())), document);
}

fn error(status: u16, message: &str) -> Response {
    Response::json(
        status,
        &json!({"message": message, "documentation_url": "https://docs.github.com/rest"}),
    )
}

/// Half the latency passes before the request is processed and half after, so a
/// client killed while waiting may find its write applied or not.
fn handle(state: &Arc<Mutex<State>>, req: Request) -> Response {
    let latency = state.lock().unwrap().latency;
    std::thread::sleep(latency / 2);
    let before = fingerprints(&state.lock().unwrap());
    let answer = answer(state, req);
    touch_changed(&mut state.lock().unwrap(), &before);
    std::thread::sleep(latency - latency / 2);
    answer
}

/// What a change to an issue changes, for `updated_at`.
fn fingerprints(s: &State) -> BTreeMap<(String, u64), String> {
    let mut out = BTreeMap::new();
    for (name, repo) in &s.repos {
        for (n, i) in &repo.issues {
            let comments = repo.comments.iter().filter(|c| c.issue == *n).count();
            let print = format!(
                "{}|{:?}|{}|{:?}|{:?}|{:?}|{comments}",
                i.title, i.body, i.state, i.labels, i.milestone, i.assignees
            );
            out.insert((name.clone(), *n), print);
        }
    }
    out
}

/// Issues that changed get the next `updated_at`.
fn touch_changed(s: &mut State, before: &BTreeMap<(String, u64), String>) {
    let after = fingerprints(s);
    for (key, print) in after {
        if before.get(&key) != Some(&print) {
            s.clock += 1;
            let clock = s.clock;
            if let Some(i) = s
                .repos
                .get_mut(&key.0)
                .and_then(|r| r.issues.get_mut(&key.1))
            {
                i.updated = clock;
            }
        }
    }
}

/// `updated_at` of an issue changed `seconds` after `CREATED`.
pub fn updated_at(seconds: u64) -> String {
    let created: jiff::Timestamp = CREATED.parse().expect("CREATED");
    (created + jiff::SignedDuration::from_secs(seconds as i64)).to_string()
}

fn answer(state: &Arc<Mutex<State>>, req: Request) -> Response {
    let fault = {
        let mut s = state.lock().unwrap();
        s.log.record(&req, &req.target);
        s.faults.take(&req)
    };
    let auth = req.header("authorization").unwrap_or_default();
    if !(auth.starts_with("Bearer ") || auth.starts_with("token ")) {
        return error(401, "Requires authentication");
    }
    let required = state.lock().unwrap().token.clone();
    if let Some(token) = required {
        if auth.split_once(' ').map(|(_, t)| t) != Some(token.as_str()) {
            return error(401, "Bad credentials");
        }
    }
    match fault {
        Some(FaultKind::TooManyRequests { retry_after }) => {
            return error(429, "API rate limit exceeded").header("retry-after", &retry_after.to_string())
        }
        Some(FaultKind::SecondaryLimit) => {
            return error(
                403,
                "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
            )
        }
        Some(FaultKind::Delay(d)) => std::thread::sleep(d),
        Some(FaultKind::NotFound) => return error(404, "Not Found"),
        Some(FaultKind::EditIssue { repo, number, body }) => {
            let mut s = state.lock().unwrap();
            s.clock += 1;
            let clock = s.clock;
            if let Some(i) = s.repos.get_mut(&repo).and_then(|r| r.issues.get_mut(&number)) {
                i.body = Some(body);
                i.updated = clock;
            }
        }
        Some(FaultKind::WriteFile { path, text }) => {
            std::fs::write(&path, text).expect("the hand edit");
        }
        Some(FaultKind::DeleteIssue { repo, number }) => {
            if let Some(r) = state.lock().unwrap().repos.get_mut(&repo) {
                r.issues.remove(&number);
            }
        }
        Some(FaultKind::BadGatewayAfterApply) => {
            let _ = route(&mut state.lock().unwrap(), &req);
            return Response {
                status: 502,
                headers: vec![("Content-Type".into(), "text/html".into())],
                body: "<html><body>502 Bad Gateway</body></html>".into(),
            };
        }
        Some(FaultKind::DropAfterApply) => {
            let _ = route(&mut state.lock().unwrap(), &req);
            return Response::dropped();
        }
        None => {}
    }
    let mut s = state.lock().unwrap();
    route(&mut s, &req)
}

fn route(s: &mut State, req: &Request) -> Response {
    let segments: Vec<String> = req
        .path()
        .trim_matches('/')
        .split('/')
        .map(decode)
        .collect();
    let seg: Vec<&str> = segments.iter().map(String::as_str).collect();
    let m = req.method.as_str();
    if (m, seg.as_slice()) == ("POST", &["graphql"][..]) {
        let document = req.json()["query"].as_str().unwrap_or_default().to_string();
        log_document(&document);
        return Response::json(200, &graphql::execute(s, &document));
    }
    if (m, seg.as_slice()) == ("GET", &["search", "issues"][..]) {
        return search::route(s, req);
    }
    if (m, seg.as_slice()) == ("GET", &["user"][..]) {
        let ctx = Ctx {
            base: &s.base,
            repo: "",
        };
        let reset = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() + 3600)
            .unwrap_or_default();
        let mut user = ctx.user();
        for (k, v) in [
            ("name", json!("The Octocat")),
            ("company", Value::Null),
            ("blog", json!("")),
            ("location", Value::Null),
            ("email", Value::Null),
            ("hireable", Value::Null),
            ("bio", Value::Null),
            ("public_repos", json!(2)),
            ("public_gists", json!(1)),
            ("followers", json!(20)),
            ("following", json!(0)),
            ("created_at", json!(CREATED)),
            ("updated_at", json!(CREATED)),
        ] {
            user[k] = v;
        }
        return Response::json(200, &user)
            .header("x-ratelimit-limit", "5000")
            .header("x-ratelimit-remaining", "4999")
            .header("x-ratelimit-reset", &reset.to_string());
    }
    let ["repos", owner, name, rest @ ..] = seg.as_slice() else {
        return error(404, "Not Found");
    };
    let full = format!("{owner}/{name}");
    let base = s.base.clone();
    s.next_id += 1;
    let id = s.next_id;
    let Some(repo) = s.repos.get_mut(&full) else {
        return error(404, "Not Found");
    };
    let ctx = Ctx {
        base: &base,
        repo: &full,
    };
    let web = format!("{base}/{full}");
    let render =
        |r: &releases::FakeRelease| releases::github_json(&ctx.repo_url(), &web, ctx.user(), r);
    if let Some(answer) = releases::github_route(&mut repo.releases, req, rest, id, &render) {
        return answer;
    }
    if let Some(answer) = hooks::github_route(&mut repo.hooks, req, rest, id, &ctx.repo_url()) {
        return answer;
    }
    let show = |c: &FakeComment| ctx.comment(c);
    if let Some(answer) = comments::route(&mut repo.comments, m, rest, req, &show) {
        return answer;
    }
    match (m, rest) {
        ("GET", ["issues"]) => {
            let state = req.query("state").unwrap_or_else(|| "open".into());
            let label = req.query("labels");
            let assignee = req.query("assignee");
            let per_page: usize = req
                .query("per_page")
                .and_then(|v| v.parse().ok())
                .unwrap_or(30);
            let page: usize = req.query("page").and_then(|v| v.parse().ok()).unwrap_or(1);
            let items: Vec<Value> = repo
                .issues
                .iter()
                .filter(|(_, i)| state == "all" || i.state == state)
                .filter(|(_, i)| {
                    label
                        .as_ref()
                        .is_none_or(|l| i.labels.iter().any(|x| x.eq_ignore_ascii_case(l)))
                })
                .filter(|(_, i)| assignee.as_ref().is_none_or(|a| i.assignees.contains(a)))
                .skip((page - 1) * per_page)
                .take(per_page)
                .map(|(n, i)| ctx.issue(*n, i, repo))
                .collect();
            Response::json(200, &Value::Array(items))
        }
        ("POST", ["issues"]) => {
            let body = req.json();
            let Some(title) = body.get("title").and_then(Value::as_str) else {
                return error(422, "Validation Failed");
            };
            let n = repo.issues.keys().max().copied().unwrap_or(0) + 1;
            let labels = strings(&body["labels"]);
            for l in &labels {
                ensure_label(repo, l);
            }
            let issue = FakeIssue {
                title: title.into(),
                body: body.get("body").and_then(Value::as_str).map(str::to_string),
                assignees: strings(&body["assignees"]),
                state: "open".into(),
                state_reason: None,
                labels,
                milestone: body.get("milestone").and_then(Value::as_u64),
                pull_request: false,
                updated: 0,
                created: 0,
                author: None,
            };
            repo.issues.insert(n, issue.clone());
            Response::json(201, &ctx.issue(n, &issue, repo))
        }
        ("POST" | "DELETE", ["issues", n, "assignees"]) => {
            let Some(n) = existing(repo, n) else {
                return error(404, "Not Found");
            };
            let who: Vec<String> = strings(&req.json()["assignees"]);
            let issue = repo.issues.get_mut(&n).unwrap();
            if m == "POST" {
                for w in who {
                    if !issue.assignees.contains(&w) {
                        issue.assignees.push(w);
                    }
                }
            } else {
                issue.assignees.retain(|a| !who.contains(a));
            }
            let issue = repo.issues[&n].clone();
            Response::json(
                if m == "POST" { 201 } else { 200 },
                &ctx.issue(n, &issue, repo),
            )
        }
        ("GET", ["issues", n]) => match n
            .parse()
            .ok()
            .and_then(|n: u64| repo.issues.get(&n).map(|i| (n, i)))
        {
            Some((n, i)) => Response::json(200, &ctx.issue(n, i, repo)),
            None => error(404, "Not Found"),
        },
        ("PATCH", ["issues", n]) => {
            let Some(n) = existing(repo, n) else {
                return error(404, "Not Found");
            };
            let body = req.json();
            let known_milestone = body
                .get("milestone")
                .and_then(Value::as_u64)
                .is_none_or(|m| repo.milestones.contains_key(&m));
            if !known_milestone {
                return error(422, "Validation Failed");
            }
            let issue = repo.issues.get_mut(&n).unwrap();
            if let Some(t) = body.get("title").and_then(Value::as_str) {
                issue.title = t.into();
            }
            if let Some(b) = body.get("body") {
                issue.body = b.as_str().map(str::to_string);
            }
            if let Some(m) = body.get("milestone") {
                issue.milestone = m.as_u64();
            }
            if let Some(state) = body.get("state").and_then(Value::as_str) {
                if state != "open" && state != "closed" {
                    return error(422, "Validation Failed");
                }
                issue.state = state.into();
                issue.state_reason = match state {
                    "closed" => Some(
                        body.get("state_reason")
                            .and_then(Value::as_str)
                            .unwrap_or("completed")
                            .into(),
                    ),
                    _ => Some("reopened".into()),
                };
            }
            let issue = repo.issues[&n].clone();
            Response::json(200, &ctx.issue(n, &issue, repo))
        }
        ("POST", ["issues", n, "labels"]) => {
            let Some(n) = existing(repo, n) else {
                return error(404, "Not Found");
            };
            let names: Vec<String> = strings(&req.json()["labels"]);
            for name in &names {
                ensure_label(repo, name);
                let issue = repo.issues.get_mut(&n).unwrap();
                if !issue.labels.iter().any(|l| l.eq_ignore_ascii_case(name)) {
                    issue.labels.push(name.clone());
                }
            }
            Response::json(200, &ctx.issue_labels(&repo.issues[&n], repo))
        }
        ("DELETE", ["issues", n, "labels", label]) => {
            let Some(n) = existing(repo, n) else {
                return error(404, "Not Found");
            };
            let issue = repo.issues.get_mut(&n).unwrap();
            let before = issue.labels.len();
            issue.labels.retain(|l| !l.eq_ignore_ascii_case(label));
            if issue.labels.len() == before {
                return error(404, "Label does not exist");
            }
            Response::json(200, &ctx.issue_labels(&repo.issues[&n], repo))
        }
        ("GET", ["issues", n, "comments"]) => {
            let Some(n) = existing(repo, n) else {
                return error(404, "Not Found");
            };
            let per_page: usize = req
                .query("per_page")
                .and_then(|v| v.parse().ok())
                .unwrap_or(30);
            let page: usize = req.query("page").and_then(|v| v.parse().ok()).unwrap_or(1);
            let all: Vec<Value> = repo
                .comments
                .iter()
                .filter(|c| c.issue == n)
                .map(|c| ctx.comment(c))
                .collect();
            let items: Vec<Value> = all
                .into_iter()
                .skip((page - 1) * per_page)
                .take(per_page)
                .collect();
            Response::json(200, &Value::Array(items))
        }
        ("POST", ["issues", n, "comments"]) => {
            let Some(n) = existing(repo, n) else {
                return error(404, "Not Found");
            };
            let Some(body) = req
                .json()
                .get("body")
                .and_then(Value::as_str)
                .map(str::to_string)
            else {
                return error(422, "Validation Failed");
            };
            let c = FakeComment { id, issue: n, body };
            repo.comments.push(c.clone());
            Response::json(201, &ctx.comment(&c))
        }
        ("POST", ["labels"]) => {
            let body = req.json();
            let Some(name) = body.get("name").and_then(Value::as_str) else {
                return error(422, "Validation Failed");
            };
            if repo
                .labels
                .iter()
                .any(|l| l.name.eq_ignore_ascii_case(name))
            {
                return Response::json(
                    422,
                    &json!({"message": "Validation Failed", "errors": [{"resource": "Label", "code": "already_exists", "field": "name"}], "documentation_url": "https://docs.github.com/rest"}),
                );
            }
            let label = FakeLabel {
                name: name.into(),
                color: body
                    .get("color")
                    .and_then(Value::as_str)
                    .unwrap_or("ededed")
                    .into(),
                description: body
                    .get("description")
                    .and_then(Value::as_str)
                    .map(str::to_string),
            };
            repo.labels.push(label.clone());
            Response::json(201, &ctx.label(&label))
        }
        ("GET", ["labels", name]) => match repo
            .labels
            .iter()
            .find(|l| l.name.eq_ignore_ascii_case(name))
        {
            Some(l) => Response::json(200, &ctx.label(l)),
            None => error(404, "Not Found"),
        },
        ("GET", ["milestones", n]) => match n
            .parse()
            .ok()
            .and_then(|n: u64| repo.milestones.get(&n).map(|m| (n, m)))
        {
            Some((n, m)) => Response::json(200, &ctx.milestone(n, m, repo)),
            None => error(404, "Not Found"),
        },
        ("PATCH", ["milestones", n]) => {
            let Some(n) = n
                .parse::<u64>()
                .ok()
                .filter(|n| repo.milestones.contains_key(n))
            else {
                return error(404, "Not Found");
            };
            let body = req.json();
            let m = repo.milestones.get_mut(&n).unwrap();
            if let Some(d) = body.get("description") {
                m.description = d.as_str().map(str::to_string);
            }
            if let Some(t) = body.get("title").and_then(Value::as_str) {
                m.title = t.into();
            }
            let m = repo.milestones[&n].clone();
            Response::json(200, &ctx.milestone(n, &m, repo))
        }
        _ => publish::route(repo, &ctx, m, rest, req)
            .or_else(|| deps::route(repo, &ctx, m, rest, req))
            .unwrap_or_else(|| error(404, "Not Found")),
    }
}

/// Renders objects in the shapes of GitHub's schemas.
struct Ctx<'a> {
    base: &'a str,
    repo: &'a str,
}

const CREATED: &str = "2026-01-16T09:00:00Z";

impl Ctx<'_> {
    fn user(&self) -> Value {
        self.named_user("octocat")
    }

    fn named_user(&self, login: &str) -> Value {
        let u = format!("{}/users/{login}", self.base);
        let id = login
            .bytes()
            .fold(1u64, |h, b| h.wrapping_mul(31).wrapping_add(u64::from(b)))
            % 1_000_000;
        json!({
            "login": login, "id": id, "node_id": "MDQ6VXNlcjE=",
            "avatar_url": format!("{}/avatars/octocat", self.base), "gravatar_id": "",
            "url": u, "html_url": format!("{}/octocat", self.base),
            "followers_url": format!("{u}/followers"), "following_url": format!("{u}/following{{/other_user}}"),
            "gists_url": format!("{u}/gists{{/gist_id}}"), "starred_url": format!("{u}/starred{{/owner}}{{/repo}}"),
            "subscriptions_url": format!("{u}/subscriptions"), "organizations_url": format!("{u}/orgs"),
            "repos_url": format!("{u}/repos"), "events_url": format!("{u}/events{{/privacy}}"),
            "received_events_url": format!("{u}/received_events"), "type": "User", "site_admin": false
        })
    }

    fn repo_url(&self) -> String {
        format!("{}/repos/{}", self.base, self.repo)
    }

    fn label(&self, l: &FakeLabel) -> Value {
        let id = l
            .name
            .bytes()
            .fold(7u64, |h, b| h.wrapping_mul(31).wrapping_add(u64::from(b)))
            % 1_000_000_000;
        json!({
            "id": id, "node_id": format!("LA_{id}"),
            "url": format!("{}/labels/{}", self.repo_url(), l.name.replace(':', "%3A")),
            "name": l.name, "description": l.description, "color": l.color, "default": false
        })
    }

    fn issue_labels(&self, issue: &FakeIssue, repo: &Repo) -> Value {
        Value::Array(
            issue
                .labels
                .iter()
                .filter_map(|n| repo.labels.iter().find(|l| l.name.eq_ignore_ascii_case(n)))
                .map(|l| self.label(l))
                .collect(),
        )
    }

    fn milestone(&self, n: u64, m: &FakeMilestone, repo: &Repo) -> Value {
        let (open, closed) = repo
            .issues
            .values()
            .filter(|i| i.milestone == Some(n))
            .fold((0, 0), |(o, c), i| {
                if i.state == "open" {
                    (o + 1, c)
                } else {
                    (o, c + 1)
                }
            });
        let url = format!("{}/milestones/{n}", self.repo_url());
        json!({
            "url": url, "html_url": format!("{}/{}/milestone/{n}", self.base, self.repo),
            "labels_url": format!("{url}/labels"), "id": 500 + n, "node_id": publish::milestone_id(self.repo, n),
            "number": n, "state": "open", "title": m.title, "description": m.description,
            "creator": self.user(), "open_issues": open, "closed_issues": closed,
            "created_at": CREATED, "updated_at": CREATED, "closed_at": null, "due_on": null
        })
    }

    fn issue(&self, n: u64, i: &FakeIssue, repo: &Repo) -> Value {
        let url = format!("{}/issues/{n}", self.repo_url());
        let comments = repo.comments.iter().filter(|c| c.issue == n).count();
        let mut issue = self.plain_issue(n, i, repo, &url, comments);
        if i.pull_request {
            issue["pull_request"] = json!({
                "url": format!("{}/pulls/{n}", self.repo_url()),
                "html_url": format!("{}/{}/pull/{n}", self.base, self.repo),
                "diff_url": format!("{}/{}/pull/{n}.diff", self.base, self.repo),
                "patch_url": format!("{}/{}/pull/{n}.patch", self.base, self.repo),
                "merged_at": null
            });
        }
        issue
    }

    fn plain_issue(&self, n: u64, i: &FakeIssue, repo: &Repo, url: &str, comments: usize) -> Value {
        json!({
            "id": publish::database_id(n), "node_id": format!("I_{n}"), "url": url,
            "repository_url": self.repo_url(), "labels_url": format!("{url}/labels{{/name}}"),
            "comments_url": format!("{url}/comments"), "events_url": format!("{url}/events"),
            "html_url": format!("{}/{}/issues/{n}", self.base, self.repo), "number": n,
            "state": i.state, "state_reason": i.state_reason, "title": i.title, "body": i.body,
            "user": self.named_user(i.author.as_deref().unwrap_or("octocat")), "labels": self.issue_labels(i, repo),
            "assignee": i.assignees.first().map(|a| self.named_user(a)),
            "assignees": i.assignees.iter().map(|a| self.named_user(a)).collect::<Vec<_>>(),
            "milestone": i.milestone.and_then(|m| repo.milestones.get(&m).map(|ms| self.milestone(m, ms, repo))),
            "locked": false, "active_lock_reason": null, "comments": comments,
            "closed_at": if i.state == "closed" { json!(CREATED) } else { Value::Null },
            "created_at": updated_at(i.created), "updated_at": updated_at(i.updated), "author_association": "OWNER",
            "issue_dependencies_summary": deps::summary(n, repo)
        })
    }

    fn comment(&self, c: &FakeComment) -> Value {
        json!({
            "id": c.id, "node_id": format!("IC_{}", c.id),
            "url": format!("{}/issues/comments/{}", self.repo_url(), c.id), "body": c.body,
            "html_url": format!("{}/{}/issues/{}#issuecomment-{}", self.base, self.repo, c.issue, c.id),
            "user": self.user(), "created_at": updated_at(c.id), "updated_at": updated_at(c.id),
            "issue_url": format!("{}/issues/{}", self.repo_url(), c.issue), "author_association": "OWNER"
        })
    }
}
