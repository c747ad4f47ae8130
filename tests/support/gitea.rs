//! A stateful fake of Gitea's REST API (1.22; Forgejo serves the same API for issues,
//! labels, milestones, comments and dependencies), with a request log and fault
//! injection, for the Gitea tracker's tests.
//!
//! It serves `<web root>/api/v1`, where the web root is the server itself or a sub-path
//! of it (`FakeGitea::start_at("/gitea")`, a self-hosted Gitea behind a reverse proxy).
//! Every request needs `Authorization: token <token>` (Gitea also takes `Bearer`);
//! anything else is answered 401. Shapes and status codes are Gitea 1.22's
//! (`tests/e2e/specs/gitea-1.22.swagger.json`; `tests/e2e_gitea_prism.rs` checks both
//! directions through Prism), and so are the behaviors a tracker has to live with:
//! - Labels are identified by id: two labels may share a name. An issue's labels are
//!   added by id (or by name), removed one id at a time (204), and replaced wholesale by
//!   `PUT …/labels` — implemented and logged, so tests can assert it is never used.
//! - `PATCH …/issues/{n}` answers 201. A `state` other than `closed` means open.
//!   Closing an issue with open dependencies answers 412, after the other fields of the
//!   same request were stored (Gitea applies them first).
//! - Dependencies are `POST/DELETE …/issues/{n}/dependencies` with the blocker as
//!   `{owner, repo, index}` (without `owner`/`repo`: 404 naming an empty repository);
//!   both answer the blocked issue. With dependencies disabled in the repository their
//!   routes answer 404 and nothing blocks a close.
//! - Lists are paged by `page` and `limit` (default 30, capped at 50) with
//!   `X-Total-Count` and a `Link` header built on the root URL (Gitea's `ROOT_URL`,
//!   see [`FakeGitea::set_root_url`]); issues come newest first, labels by name.
//! - `labels=a,b` keeps issues carrying all the named labels; unknown names are
//!   ignored, and when no name is known nothing is filtered. Pull requests are issues
//!   with `pull_request` set; `type=issues` leaves them out.

use super::github::hooks::{self as hooks, FakeHook, Hooks};
use super::github::releases::{FakeRelease, Refused, Releases};
#[path = "gitea_comments.rs"]
mod comments;
#[path = "gitea_publish.rs"]
mod publish;
#[path = "gitea_query.rs"]
mod query;
#[path = "gitea_timeline.rs"]
mod timeline;

pub use super::http::Logged;
use super::http::{percent_decode, serve, Faults, Request, RequestLog, Response};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

/// The token the fake accepts unless told otherwise ([`FakeGitea::set_token`]).
pub const GITEA_TOKEN: &str = "gitea_SECRETtoken0123456789abcdefSECRET";
/// The account the token belongs to (`GET /user`, author of everything).
pub const GITEA_USER: &str = "sync-bot";
/// Gitea's `DEFAULT_PAGING_NUM`: the page size without `limit`.
pub const DEFAULT_LIMIT: usize = 30;
/// Gitea's `MAX_RESPONSE_ITEMS`: a larger `limit` is cut to it.
pub const MAX_LIMIT: usize = 50;
/// What Gitea answers to closing an issue whose dependencies are open (412).
pub const DEPENDENCIES_LEFT: &str =
    "cannot close this issue because it still has open dependencies";

const CREATED: &str = "2026-01-16T09:00:00Z";
const CLOSED_AT: &str = "2026-01-17T10:00:00Z";

/// An issue's or a milestone's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IssueState {
    Open,
    Closed,
}

impl IssueState {
    pub fn as_str(self) -> &'static str {
        match self {
            IssueState::Open => "open",
            IssueState::Closed => "closed",
        }
    }
}

/// An issue anywhere on the server: `owner/name` and its number there.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct IssueKey {
    pub repo: String,
    pub number: u64,
}

#[derive(Debug, Clone)]
pub struct FakeIssue {
    pub id: u64,
    pub number: u64,
    pub title: String,
    pub body: String,
    pub state: IssueState,
    /// Label ids, in the order they were put on.
    pub labels: Vec<u64>,
    /// Milestone id.
    pub milestone: Option<u64>,
    pub assignees: Vec<String>,
    pub pull_request: bool,
    /// The issues that block this one: it cannot be closed while one is open.
    pub depends_on: Vec<IssueKey>,
    /// When it was created and last updated (RFC 3339); unset, a fixed time.
    pub created: Option<String>,
}

#[derive(Debug, Clone)]
pub struct FakeLabel {
    pub id: u64,
    pub name: String,
    /// Six hex digits without `#`, as Gitea answers it.
    pub color: String,
    pub description: String,
}

#[derive(Debug, Clone)]
pub struct FakeMilestone {
    pub id: u64,
    pub title: String,
    pub description: String,
    pub state: IssueState,
    /// `due_on` as sent (RFC 3339).
    pub due_on: Option<String>,
}

#[derive(Debug, Clone)]
pub struct FakeComment {
    pub id: u64,
    pub issue: u64,
    pub body: String,
}

#[derive(Debug)]
struct Repo {
    id: u64,
    issues: BTreeMap<u64, FakeIssue>,
    labels: Vec<FakeLabel>,
    milestones: Vec<FakeMilestone>,
    comments: Vec<FakeComment>,
    dependencies_enabled: bool,
    releases: Releases,
    hooks: Hooks,
}

impl Repo {
    fn milestone(&self, id: u64) -> Option<&FakeMilestone> {
        self.milestones.iter().find(|m| m.id == id)
    }

    fn label(&self, id: u64) -> Option<&FakeLabel> {
        self.labels.iter().find(|l| l.id == id)
    }
}

/// What to do to a matching request.
#[derive(Debug, Clone)]
pub enum FaultKind {
    /// 429 with `Retry-After: N` (a rate-limiting proxy); not processed.
    TooManyRequests { retry_after: u64 },
    /// Processed, then answered 502 by the proxy in front: the write happened.
    BadGatewayAfterApply,
    /// Answered normally after a delay.
    Delay(Duration),
    /// 404 without processing (deleted between two reads).
    NotFound,
    /// Processed, then answered 200 with an issue that breaks Gitea's schema (a
    /// string number, labels as an object): what a wrong fake would send.
    MalformedIssue,
    /// Processed, then the connection is closed without an answer.
    DroppedAfterApply,
}

#[derive(Debug)]
struct State {
    /// Gitea's `ROOT_URL` without the final `/`: links and URLs are built on it.
    root: String,
    /// The path of the API root on this server (`/api/v1`, `/gitea/api/v1`).
    api_path: String,
    repos: BTreeMap<String, Repo>,
    log: RequestLog,
    faults: Faults<FaultKind>,
    next_id: u64,
    latency: Duration,
    token: String,
    version: String,
    timeline: timeline::Timeline,
}

/// The fake server and a handle on its state.
#[derive(Clone)]
pub struct FakeGitea {
    /// The web root (what `gitea.url` / `GITEA_URL` name), e.g. `http://127.0.0.1:4000/gitea`.
    pub url: String,
    /// `<url>/api/v1`.
    pub api_url: String,
    state: Arc<Mutex<State>>,
}

impl FakeGitea {
    /// A Gitea at the root of its server.
    pub fn start() -> FakeGitea {
        FakeGitea::start_at("")
    }

    /// A Gitea under `sub_path` (e.g. `/gitea`), as behind a reverse proxy.
    pub fn start_at(sub_path: &str) -> FakeGitea {
        let sub_path = sub_path.trim_end_matches('/').to_string();
        let state = Arc::new(Mutex::new(State {
            root: String::new(),
            api_path: format!("{sub_path}/api/v1"),
            repos: BTreeMap::new(),
            log: RequestLog::default(),
            faults: Faults::default(),
            next_id: 1000,
            latency: Duration::ZERO,
            token: GITEA_TOKEN.into(),
            version: "1.22.0".into(),
            timeline: timeline::Timeline::default(),
        }));
        let handler_state = state.clone();
        let server = serve(Arc::new(move |req| handle(&handler_state, req)));
        let url = format!("{server}{sub_path}");
        lock(&state).root = url.clone();
        FakeGitea {
            api_url: format!("{url}/api/v1"),
            url,
            state,
        }
    }

    fn with<T>(&self, f: impl FnOnce(&mut State) -> T) -> T {
        f(&mut lock(&self.state))
    }

    fn with_repo<T>(&self, repo: &str, f: impl FnOnce(&mut Repo, u64) -> T) -> T {
        self.with(|s| {
            s.ensure_repo(repo);
            let id = s.new_id();
            f(s.repos.get_mut(repo).expect("repository just ensured"), id)
        })
    }

    fn with_issue(&self, repo: &str, number: u64, f: impl FnOnce(&mut FakeIssue)) {
        self.with(|s| {
            let issue = s
                .repos
                .get_mut(repo)
                .and_then(|r| r.issues.get_mut(&number));
            f(issue.unwrap_or_else(|| panic!("no issue {repo}#{number} in the fake")))
        })
    }

    // ---- Seeding, and changes made as a person would make them ----

    /// An empty repository.
    pub fn add_repo(&self, repo: &str) {
        self.with(|s| s.ensure_repo(repo));
    }

    /// An open issue; returns its id.
    pub fn add_issue(&self, repo: &str, number: u64, title: &str) -> u64 {
        self.with_repo(repo, |r, id| {
            r.issues.insert(number, new_issue(id, number, title));
            id
        })
    }

    /// An open pull request (an issue with `pull_request` set); returns its id.
    pub fn add_pull_request(&self, repo: &str, number: u64, title: &str) -> u64 {
        self.with_repo(repo, |r, id| {
            let mut issue = new_issue(id, number, title);
            issue.pull_request = true;
            r.issues.insert(number, issue);
            id
        })
    }

    /// A label (names may repeat, as in Gitea); returns its id.
    pub fn add_label(&self, repo: &str, name: &str, color: &str) -> u64 {
        self.with_repo(repo, |r, id| {
            r.labels.push(FakeLabel {
                id,
                name: name.into(),
                color: color.trim_start_matches('#').into(),
                description: String::new(),
            });
            id
        })
    }

    /// An open milestone; returns its id.
    pub fn add_milestone(&self, repo: &str, title: &str, description: &str) -> u64 {
        self.with_repo(repo, |r, id| {
            r.milestones.push(FakeMilestone {
                id,
                title: title.into(),
                description: description.into(),
                state: IssueState::Open,
                due_on: None,
            });
            id
        })
    }

    /// A comment already on an issue; returns its id.
    pub fn add_comment(&self, repo: &str, number: u64, body: &str) -> u64 {
        self.with_repo(repo, |r, id| {
            r.comments.push(FakeComment {
                id,
                issue: number,
                body: body.into(),
            });
            id
        })
    }

    /// Puts exactly these labels (ids) on an issue.
    pub fn set_issue_labels(&self, repo: &str, number: u64, label_ids: &[u64]) {
        self.with_issue(repo, number, |i| i.labels = label_ids.to_vec());
    }

    /// Gives an issue exactly these assignees (logins).
    pub fn set_issue_assignees(&self, repo: &str, number: u64, logins: &[&str]) {
        self.with_issue(repo, number, |i| {
            i.assignees = logins.iter().map(|l| l.to_string()).collect()
        });
    }

    /// When an issue was created (and last updated), RFC 3339.
    pub fn set_issue_created(&self, repo: &str, number: u64, at: &str) {
        self.with_issue(repo, number, |i| i.created = Some(at.into()));
    }

    pub fn set_issue_milestone(&self, repo: &str, number: u64, milestone: Option<u64>) {
        self.with_issue(repo, number, |i| i.milestone = milestone);
    }

    /// Closes or reopens an issue.
    pub fn set_issue_state(&self, repo: &str, number: u64, state: IssueState) {
        self.with_issue(repo, number, |i| i.state = state);
    }

    /// Issue `blocker` of the same repository must be closed before `blocked`.
    pub fn add_dependency(&self, repo: &str, blocked: u64, blocker: u64) {
        let key = IssueKey {
            repo: repo.into(),
            number: blocker,
        };
        self.with_issue(repo, blocked, |i| i.depends_on.push(key));
    }

    /// Turns a repository's issue dependencies on or off (on by default).
    pub fn set_dependencies_enabled(&self, repo: &str, enabled: bool) {
        self.with_repo(repo, |r, _| r.dependencies_enabled = enabled);
    }

    pub fn set_milestone_description(&self, repo: &str, id: u64, text: &str) {
        self.with_repo(repo, |r, _| {
            if let Some(m) = r.milestones.iter_mut().find(|m| m.id == id) {
                m.description = text.into();
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

    // ---- Server settings ----

    /// Only `token` is accepted from now on.
    pub fn set_token(&self, token: &str) {
        self.with(|s| s.token = token.into());
    }

    /// Every request waits this long before it is processed and answered.
    pub fn set_latency(&self, latency: Duration) {
        self.with(|s| s.latency = latency);
    }

    /// Gitea's `ROOT_URL`: the base of every URL and `Link` it answers (e.g. the
    /// address of a proxy in front of it).
    pub fn set_root_url(&self, url: &str) {
        self.with(|s| s.root = url.trim_end_matches('/').into());
    }

    /// What `GET /version` answers (Forgejo: e.g. `7.0.0+gitea-1.22.0`).
    pub fn set_version(&self, version: &str) {
        self.with(|s| s.version = version.into());
    }

    /// Applies `kind` to the next `times` requests whose method is `method` and whose
    /// path contains `path_contains`.
    pub fn inject(&self, method: &str, path_contains: &str, kind: FaultKind, times: usize) {
        self.with(|s| s.faults.add(method, path_contains, None, kind, times));
    }

    // ---- What is stored ----

    /// The hooks of a repository, oldest first (with the secrets as sent).
    pub fn hooks(&self, repo: &str) -> Vec<FakeHook> {
        self.with(|s| {
            s.repos
                .get(repo)
                .map(|r| r.hooks.list.clone())
                .unwrap_or_default()
        })
    }

    /// The releases of a repository, oldest first.
    pub fn releases(&self, repo: &str) -> Vec<FakeRelease> {
        self.with(|s| {
            s.repos
                .get(repo)
                .map(|r| r.releases.list.clone())
                .unwrap_or_default()
        })
    }

    pub fn issue(&self, repo: &str, number: u64) -> Option<FakeIssue> {
        self.with(|s| s.repos.get(repo)?.issues.get(&number).cloned())
    }

    /// The names of an issue's labels, in the order they were put on.
    pub fn issue_label_names(&self, repo: &str, number: u64) -> Vec<String> {
        self.with(|s| {
            let Some(r) = s.repos.get(repo) else {
                return Vec::new();
            };
            r.issues.get(&number).map_or_else(Vec::new, |i| {
                i.labels
                    .iter()
                    .filter_map(|id| r.label(*id).map(|l| l.name.clone()))
                    .collect()
            })
        })
    }

    pub fn labels(&self, repo: &str) -> Vec<FakeLabel> {
        self.with(|s| {
            s.repos
                .get(repo)
                .map_or_else(Vec::new, |r| r.labels.clone())
        })
    }

    pub fn milestone(&self, repo: &str, id: u64) -> Option<FakeMilestone> {
        self.with(|s| s.repos.get(repo)?.milestone(id).cloned())
    }

    /// The bodies of an issue's comments, oldest first.
    pub fn comments(&self, repo: &str, number: u64) -> Vec<String> {
        self.with(|s| {
            s.repos.get(repo).map_or_else(Vec::new, |r| {
                r.comments
                    .iter()
                    .filter(|c| c.issue == number)
                    .map(|c| c.body.clone())
                    .collect()
            })
        })
    }

    // ---- The request log ----

    pub fn requests(&self) -> Vec<Logged> {
        self.with(|s| s.log.all())
    }

    /// Requests that change state (anything but GET).
    pub fn writes(&self) -> Vec<Logged> {
        self.requests()
            .into_iter()
            .filter(|r| r.method != "GET")
            .collect()
    }

    /// Requests with `method` whose path contains `path_contains`, in order.
    pub fn requests_to(&self, method: &str, path_contains: &str) -> Vec<Logged> {
        self.with(|s| s.log.to(method, path_contains))
    }

    pub fn clear_log(&self) {
        self.with(|s| s.log.clear())
    }
}

fn lock(state: &Mutex<State>) -> MutexGuard<'_, State> {
    state.lock().unwrap_or_else(PoisonError::into_inner)
}

fn new_issue(id: u64, number: u64, title: &str) -> FakeIssue {
    FakeIssue {
        id,
        number,
        title: title.into(),
        body: String::new(),
        state: IssueState::Open,
        labels: Vec::new(),
        milestone: None,
        assignees: Vec::new(),
        pull_request: false,
        depends_on: Vec::new(),
        created: None,
    }
}

impl State {
    fn new_id(&mut self) -> u64 {
        self.next_id += 1;
        self.next_id
    }

    fn ensure_repo(&mut self, repo: &str) {
        if !self.repos.contains_key(repo) {
            let id = self.new_id();
            self.repos.insert(
                repo.into(),
                Repo {
                    id,
                    issues: BTreeMap::new(),
                    labels: Vec::new(),
                    milestones: Vec::new(),
                    comments: Vec::new(),
                    dependencies_enabled: true,
                    releases: Releases::default(),
                    hooks: Hooks::default(),
                },
            );
        }
    }

    /// The path under the API root, if the request is under it.
    fn api_relative<'a>(&self, path: &'a str) -> Option<&'a str> {
        let rest = path.strip_prefix(self.api_path.as_str())?;
        (rest.is_empty() || rest.starts_with('/')).then_some(rest)
    }

    fn record(&mut self, req: &Request) {
        let path = req.path();
        let logged = self.api_relative(path).unwrap_or(path);
        self.log.record(req, logged);
    }

    /// 401 unless the request carries the token as `token X` or `Bearer X`.
    fn refuse(&self, req: &Request) -> Option<Response> {
        let Some(auth) = req.header("authorization") else {
            return Some(self.error(401, "token is required"));
        };
        let parts: Vec<&str> = auth.split_whitespace().collect();
        let accepted = matches!(parts.as_slice(), [scheme, token]
            if (*scheme == "token" || scheme.eq_ignore_ascii_case("bearer")) && *token == self.token);
        (!accepted).then(|| self.error(401, "user does not exist [uid: 0, name: ]"))
    }

    fn error(&self, status: u16, message: &str) -> Response {
        Response::json(
            status,
            &json!({"message": message, "url": format!("{}/api/swagger", self.root)}),
        )
    }

    fn not_found(&self) -> Response {
        Response::json(
            404,
            &json!({"message": "The target couldn't be found.", "url": format!("{}/api/swagger", self.root), "errors": null}),
        )
    }

    fn repo(&self, repo: &str) -> &Repo {
        &self.repos[repo]
    }

    fn repo_mut(&mut self, repo: &str) -> &mut Repo {
        self.repos
            .get_mut(repo)
            .expect("routed to an existing repository")
    }

    fn issue(&self, key: &IssueKey) -> &FakeIssue {
        &self.repo(&key.repo).issues[&key.number]
    }

    fn issue_mut(&mut self, key: &IssueKey) -> &mut FakeIssue {
        self.repo_mut(&key.repo)
            .issues
            .get_mut(&key.number)
            .expect("routed to an existing issue")
    }

    fn exists(&self, key: &IssueKey) -> bool {
        self.repos
            .get(&key.repo)
            .is_some_and(|r| r.issues.contains_key(&key.number))
    }

    /// The open issues that keep `key` from being closed (none when the repository
    /// has dependencies disabled).
    fn open_blockers(&self, key: &IssueKey) -> Vec<IssueKey> {
        if !self.repo(&key.repo).dependencies_enabled {
            return Vec::new();
        }
        self.issue(key)
            .depends_on
            .iter()
            .filter(|b| {
                self.repos
                    .get(&b.repo)
                    .and_then(|r| r.issues.get(&b.number))
                    .is_some_and(|i| i.state == IssueState::Open)
            })
            .cloned()
            .collect()
    }

    fn view(&self) -> View<'_> {
        View { s: self }
    }
}

fn handle(state: &Arc<Mutex<State>>, req: Request) -> Response {
    let latency = lock(state).latency;
    if !latency.is_zero() {
        std::thread::sleep(latency);
    }
    let fault = {
        let mut s = lock(state);
        s.record(&req);
        s.faults.take(&req)
    };
    if let Some(refused) = lock(state).refuse(&req) {
        return refused;
    }
    match fault {
        Some(FaultKind::TooManyRequests { retry_after }) => {
            return lock(state)
                .error(429, "rate limit exceeded")
                .header("Retry-After", &retry_after.to_string());
        }
        Some(FaultKind::NotFound) => return lock(state).not_found(),
        Some(FaultKind::Delay(d)) => std::thread::sleep(d),
        Some(FaultKind::BadGatewayAfterApply) => {
            let _ = route(&mut lock(state), &req);
            return Response {
                status: 502,
                headers: vec![("Content-Type".into(), "text/html".into())],
                body: "<html><body>502 Bad Gateway</body></html>".into(),
            };
        }
        Some(FaultKind::MalformedIssue) => {
            let _ = route(&mut lock(state), &req);
            return Response::json(
                200,
                &json!({"id": "one", "number": "1", "title": 7, "state": "open", "labels": {"name": "bug"}}),
            );
        }
        Some(FaultKind::DroppedAfterApply) => {
            let _ = route(&mut lock(state), &req);
            return Response::dropped();
        }
        None => {}
    }
    route(&mut lock(state), &req)
}

fn route(s: &mut State, req: &Request) -> Response {
    let Some(rest) = s.api_relative(req.path()) else {
        return s.not_found();
    };
    let segments: Vec<String> = rest
        .trim_matches('/')
        .split('/')
        .map(percent_decode)
        .collect();
    let seg: Vec<&str> = segments.iter().map(String::as_str).collect();
    match (req.method.as_str(), seg.as_slice()) {
        ("GET", ["version"]) => Response::json(200, &json!({"version": s.version})),
        ("GET", ["user"]) => Response::json(200, &s.view().user(GITEA_USER)),
        (_, ["repos", owner, name, rest @ ..]) => {
            let repo = format!("{owner}/{name}");
            if !s.repos.contains_key(&repo) {
                return s.not_found();
            }
            repo_route(s, req, &repo, rest)
        }
        _ => s.not_found(),
    }
}

fn repo_route(s: &mut State, req: &Request, repo: &str, rest: &[&str]) -> Response {
    match (req.method.as_str(), rest) {
        ("GET", []) => Response::json(200, &s.view().repository(repo)),
        ("GET", ["issues"]) => list_issues(s, req, repo),
        ("POST", ["issues"]) => create_issue(s, req, repo),
        (_, ["issues", "comments", id]) => comments::route(s, req, repo, id),
        (_, ["issues", n, tail @ ..]) => {
            let key = IssueKey {
                repo: repo.into(),
                number: n.parse().unwrap_or(0),
            };
            if !s.exists(&key) {
                return s.not_found();
            }
            issue_route(s, req, &key, tail)
        }
        ("GET", ["labels"]) => {
            let mut labels = s.repo(repo).labels.clone();
            labels.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
            let items = labels.iter().map(|l| s.view().label(repo, l)).collect();
            paged(s, req, items)
        }
        ("POST", ["labels"]) => create_label(s, req, repo),
        (_, ["releases", ..]) => release_route(s, req, repo, rest),
        (_, ["hooks", ..]) => hook_route(s, req, repo, rest),
        ("GET", ["milestones"]) => list_milestones(s, req, repo),
        ("POST", ["milestones"]) => create_milestone(s, req, repo),
        (_, ["milestones", id]) => {
            let r = s.repo(repo);
            let found = id
                .parse::<u64>()
                .ok()
                .and_then(|id| r.milestone(id))
                .or_else(|| r.milestones.iter().find(|m| m.title == *id));
            match found.map(|m| m.id) {
                Some(id) => milestone_route(s, req, repo, id),
                None => s.not_found(),
            }
        }
        _ => s.not_found(),
    }
}

fn issue_route(s: &mut State, req: &Request, key: &IssueKey, tail: &[&str]) -> Response {
    let dependencies = s.repo(&key.repo).dependencies_enabled;
    match (req.method.as_str(), tail) {
        ("GET", []) => Response::json(200, &s.view().issue(key)),
        ("PATCH", []) => edit_issue(s, req, key),
        ("GET", ["labels"]) => Response::json(200, &s.view().issue_labels(key)),
        ("POST" | "PUT", ["labels"]) => put_labels(s, req, key),
        ("DELETE", ["labels", id]) => remove_label(s, key, id),
        ("GET", ["comments"]) => {
            let r = s.repo(&key.repo);
            let items: Vec<Value> = r
                .comments
                .iter()
                .filter(|c| c.issue == key.number)
                .map(|c| s.view().comment(&key.repo, c))
                .collect();
            Response::json(200, &Value::Array(items))
        }
        ("POST", ["comments"]) => create_comment(s, req, key),
        ("GET", ["timeline"]) => timeline::list(s, req, key),
        (_, ["dependencies" | "blocks"]) if !dependencies => s.not_found(),
        ("GET", ["dependencies"]) => {
            let blockers = s.issue(key).depends_on.clone();
            let items = blockers.iter().map(|b| s.view().issue(b)).collect();
            sliced(req, items)
        }
        ("POST" | "DELETE", ["dependencies"]) => change_dependency(s, req, key),
        ("GET", ["blocks"]) => {
            let blocked: Vec<IssueKey> = s
                .repos
                .iter()
                .flat_map(|(name, r)| {
                    r.issues
                        .values()
                        .filter(|i| i.depends_on.contains(key))
                        .map(|i| IssueKey {
                            repo: name.clone(),
                            number: i.number,
                        })
                })
                .collect();
            let items = blocked.iter().map(|b| s.view().issue(b)).collect();
            sliced(req, items)
        }
        _ => s.not_found(),
    }
}

fn list_issues(s: &State, req: &Request, repo: &str) -> Response {
    let r = s.repo(repo);
    let state = req.query("state");
    let kind = req.query("type");
    // Unknown label names are dropped; when none is left, nothing is filtered.
    let wanted: Vec<Vec<u64>> = req
        .query("labels")
        .unwrap_or_default()
        .split(',')
        .map(|name| {
            r.labels
                .iter()
                .filter(|l| l.name == name.trim())
                .map(|l| l.id)
                .collect::<Vec<u64>>()
        })
        .filter(|ids| !ids.is_empty())
        .collect();
    let milestones = req.query("milestones");
    let items = r
        .issues
        .values()
        .rev()
        .filter(|i| match state.as_deref() {
            Some("all") => true,
            Some("closed") => i.state == IssueState::Closed,
            _ => i.state == IssueState::Open,
        })
        .filter(|i| match kind.as_deref() {
            Some("issues") => !i.pull_request,
            Some("pulls") => i.pull_request,
            _ => true,
        })
        .filter(|i| {
            wanted
                .iter()
                .all(|ids| ids.iter().any(|id| i.labels.contains(id)))
        })
        .filter(|i| milestones.as_deref().is_none_or(|m| in_milestones(r, i, m)))
        .filter(|i| query::accepts(req, i))
        .map(|i| {
            s.view().issue(&IssueKey {
                repo: repo.into(),
                number: i.number,
            })
        })
        .collect();
    paged(s, req, items)
}

/// Whether the issue's milestone is among `list` (comma-separated titles or ids).
fn in_milestones(repo: &Repo, issue: &FakeIssue, list: &str) -> bool {
    let Some(m) = issue.milestone.and_then(|id| repo.milestone(id)) else {
        return false;
    };
    list.split(',')
        .any(|x| x == m.title || x.parse() == Ok(m.id))
}

fn create_issue(s: &mut State, req: &Request, repo: &str) -> Response {
    let body = req.json();
    let title = body["title"]
        .as_str()
        .unwrap_or_default()
        .trim()
        .to_string();
    if title.is_empty() {
        return s.error(422, "[Title]: Required");
    }
    let id = s.new_id();
    let r = s.repo_mut(repo);
    let number = r.issues.keys().max().copied().unwrap_or(0) + 1;
    let mut issue = new_issue(id, number, &title);
    issue.body = body["body"].as_str().unwrap_or_default().into();
    issue.labels = numbers(&body["labels"])
        .into_iter()
        .filter(|id| r.label(*id).is_some())
        .collect();
    issue.milestone = body["milestone"]
        .as_u64()
        .filter(|m| r.milestone(*m).is_some());
    issue.assignees = strings(&body["assignees"]);
    if body["closed"] == json!(true) {
        issue.state = IssueState::Closed;
    }
    r.issues.insert(number, issue);
    let key = IssueKey {
        repo: repo.into(),
        number,
    };
    Response::json(201, &s.view().issue(&key))
}

/// Gitea stores the edited fields first, then changes the state (412 when open
/// dependencies forbid closing), and answers 201.
fn edit_issue(s: &mut State, req: &Request, key: &IssueKey) -> Response {
    let body = req.json();
    if !body.is_object() {
        return s.error(422, "invalid JSON body");
    }
    if let Some(m) = body["milestone"].as_u64().filter(|m| *m != 0) {
        if s.repo(&key.repo).milestone(m).is_none() {
            return s.not_found();
        }
    }
    apply_issue_fields(s.issue_mut(key), &body);
    if let Some(state) = body["state"].as_str() {
        let wanted = if state == "closed" {
            IssueState::Closed
        } else {
            IssueState::Open
        };
        let closing = wanted == IssueState::Closed && s.issue(key).state == IssueState::Open;
        if closing && !s.open_blockers(key).is_empty() {
            return s.error(412, DEPENDENCIES_LEFT);
        }
        timeline::record_state(s, key, wanted);
        s.issue_mut(key).state = wanted;
    }
    Response::json(201, &s.view().issue(key))
}

/// The fields of an `EditIssueOption` other than `state`.
fn apply_issue_fields(issue: &mut FakeIssue, body: &Value) {
    if let Some(title) = body["title"].as_str().filter(|t| !t.is_empty()) {
        issue.title = title.into();
    }
    if let Some(text) = body["body"].as_str() {
        issue.body = text.into();
    }
    if body["assignees"].is_array() {
        issue.assignees = strings(&body["assignees"]);
    }
    if let Some(m) = body["milestone"].as_u64() {
        issue.milestone = (m != 0).then_some(m);
    }
}

/// `POST` adds labels, `PUT` replaces them all; both take ids or names (not mixed)
/// and answer the issue's labels.
fn put_labels(s: &mut State, req: &Request, key: &IssueKey) -> Response {
    let body = req.json();
    let Some(items) = body["labels"].as_array() else {
        return s.error(422, "labels: must be an array");
    };
    let ids: Vec<u64> = items.iter().filter_map(Value::as_u64).collect();
    let names: Vec<&str> = items.iter().filter_map(Value::as_str).collect();
    if !ids.is_empty() && !names.is_empty() {
        return s.error(400, "labels should be an array of strings or integers");
    }
    let r = s.repo(&key.repo);
    let chosen: Vec<u64> = r
        .labels
        .iter()
        .filter(|l| ids.contains(&l.id) || names.contains(&l.name.as_str()))
        .map(|l| l.id)
        .collect();
    let issue = s.issue_mut(key);
    if req.method == "PUT" {
        issue.labels.clear();
    }
    for id in chosen {
        if !issue.labels.contains(&id) {
            issue.labels.push(id);
        }
    }
    Response::json(200, &s.view().issue_labels(key))
}

fn remove_label(s: &mut State, key: &IssueKey, id: &str) -> Response {
    let Some(id) = id
        .parse::<u64>()
        .ok()
        .filter(|id| s.repo(&key.repo).label(*id).is_some())
    else {
        return s.error(422, &format!("label does not exist [label_id: {id}]"));
    };
    s.issue_mut(key).labels.retain(|l| *l != id);
    Response::empty(204)
}

fn create_comment(s: &mut State, req: &Request, key: &IssueKey) -> Response {
    let Some(body) = req.json()["body"]
        .as_str()
        .filter(|b| !b.is_empty())
        .map(str::to_string)
    else {
        return s.error(422, "[Body]: Required");
    };
    let comment = FakeComment {
        id: s.new_id(),
        issue: key.number,
        body,
    };
    s.repo_mut(&key.repo).comments.push(comment.clone());
    Response::json(201, &s.view().comment(&key.repo, &comment))
}

/// `POST` makes the issue of the body block `key`, `DELETE` undoes it; both answer
/// the blocked issue.
fn change_dependency(s: &mut State, req: &Request, key: &IssueKey) -> Response {
    let body = req.json();
    let owner = body["owner"].as_str().unwrap_or_default();
    let name = body["repo"].as_str().unwrap_or_default();
    let blocker = IssueKey {
        repo: format!("{owner}/{name}"),
        number: body["index"].as_u64().unwrap_or(0),
    };
    if !s.repos.contains_key(&blocker.repo) {
        return s.error(
            404,
            &format!(
                "repository does not exist [id: 0, uid: 0, owner_name: {owner}, name: {name}]"
            ),
        );
    }
    if !s.exists(&blocker) {
        return s.not_found();
    }
    let known = s.issue(key).depends_on.contains(&blocker);
    if req.method == "DELETE" {
        if !known {
            return s.error(500, "issue dependency does not exist");
        }
        s.issue_mut(key).depends_on.retain(|b| *b != blocker);
    } else {
        let circular = blocker == *key || s.issue(&blocker).depends_on.contains(key);
        if known || circular {
            return s.error(500, "issue dependency does already exist or is circular");
        }
        s.issue_mut(key).depends_on.push(blocker);
    }
    let status = if req.method == "DELETE" { 200 } else { 201 };
    Response::json(status, &s.view().issue(key))
}

fn create_label(s: &mut State, req: &Request, repo: &str) -> Response {
    let body = req.json();
    let name = body["name"].as_str().unwrap_or_default().to_string();
    if name.is_empty() {
        return s.error(422, "[Name]: Required");
    }
    let raw = body["color"].as_str().unwrap_or_default().trim();
    let color = raw.trim_start_matches('#');
    if !matches!(color.len(), 3 | 6) || !color.bytes().all(|b| b.is_ascii_hexdigit()) {
        return s.error(422, &format!("ColorPattern: bad color code: {raw}"));
    }
    let label = FakeLabel {
        id: s.new_id(),
        name,
        color: color.to_ascii_lowercase(),
        description: body["description"].as_str().unwrap_or_default().into(),
    };
    s.repo_mut(repo).labels.push(label.clone());
    Response::json(201, &s.view().label(repo, &label))
}

fn list_milestones(s: &State, req: &Request, repo: &str) -> Response {
    let state = req.query("state");
    let name = req.query("name").unwrap_or_default().to_lowercase();
    let r = s.repo(repo);
    let items = r
        .milestones
        .iter()
        .filter(|m| match state.as_deref() {
            Some("all") => true,
            Some("closed") => m.state == IssueState::Closed,
            _ => m.state == IssueState::Open,
        })
        .filter(|m| m.title.to_lowercase().contains(&name))
        .map(|m| s.view().milestone(r, m))
        .collect();
    paged(s, req, items)
}

fn create_milestone(s: &mut State, req: &Request, repo: &str) -> Response {
    let body = req.json();
    let Some(title) = body["title"].as_str().filter(|t| !t.is_empty()) else {
        return s.error(422, "[Title]: Required");
    };
    let milestone = FakeMilestone {
        id: s.new_id(),
        title: title.into(),
        description: body["description"].as_str().unwrap_or_default().into(),
        state: match body["state"].as_str() {
            Some("closed") => IssueState::Closed,
            _ => IssueState::Open,
        },
        due_on: body["due_on"].as_str().map(str::to_string),
    };
    s.repo_mut(repo).milestones.push(milestone.clone());
    Response::json(201, &s.view().milestone(s.repo(repo), &milestone))
}

/// `GET/POST …/releases`, `PATCH …/releases/{id}`, `GET …/releases/tags/{tag}`.
fn release_route(s: &mut State, req: &Request, repo: &str, rest: &[&str]) -> Response {
    let id = s.new_id();
    let refused = |s: &State, why: Refused| match why {
        Refused::MissingTag => s.error(422, "tag_name is required"),
        Refused::TagTaken => s.error(409, "release tag already exists"),
        Refused::NotFound => s.not_found(),
    };
    let answer = match (req.method.as_str(), rest) {
        ("GET", ["releases"]) => {
            let items = s.repo(repo).releases.newest_first().into_iter();
            let items = items.map(|r| s.view().release(repo, r)).collect();
            return paged(s, req, items);
        }
        ("POST", ["releases"]) => s.repo_mut(repo).releases.create(id, &req.json()).cloned(),
        ("PATCH", ["releases", n]) => {
            let n = n.parse().unwrap_or(0);
            s.repo_mut(repo).releases.edit(n, &req.json()).cloned()
        }
        ("GET", ["releases", "tags", tag]) => {
            let found = s.repo(repo).releases.list.iter().find(|r| r.tag == *tag);
            found.cloned().ok_or(Refused::NotFound)
        }
        _ => Err(Refused::NotFound),
    };
    let status = if req.method == "POST" { 201 } else { 200 };
    match answer {
        Ok(r) => Response::json(status, &s.view().release(repo, &r)),
        Err(why) => refused(s, why),
    }
}

/// `GET/POST …/hooks`, `GET/PATCH/DELETE …/hooks/{id}` (a URL may be taken twice).
fn hook_route(s: &mut State, req: &Request, repo: &str, rest: &[&str]) -> Response {
    let id = s.new_id();
    let number = |n: &str| n.parse::<u64>().unwrap_or(0);
    let answer = match (req.method.as_str(), rest) {
        ("GET", ["hooks"]) => {
            let items = s
                .repo(repo)
                .hooks
                .list
                .iter()
                .map(hooks::gitea_json)
                .collect();
            return paged(s, req, items);
        }
        ("POST", ["hooks"]) => {
            let body = req.json();
            if body["type"].as_str().is_none() {
                return s.error(422, "type is required");
            }
            s.repo_mut(repo).hooks.create(id, &body, false).cloned()
        }
        ("GET", ["hooks", n]) => {
            let found = s.repo(repo).hooks.list.iter().find(|h| h.id == number(n));
            found.cloned().ok_or(hooks::Refused::NotFound)
        }
        ("PATCH", ["hooks", n]) => s.repo_mut(repo).hooks.edit(number(n), &req.json()).cloned(),
        ("DELETE", ["hooks", n]) => {
            if s.repo_mut(repo).hooks.delete(number(n)) {
                return Response::empty(204);
            }
            Err(hooks::Refused::NotFound)
        }
        _ => Err(hooks::Refused::NotFound),
    };
    let status = if req.method == "POST" { 201 } else { 200 };
    match answer {
        Ok(h) => Response::json(status, &hooks::gitea_json(&h)),
        Err(hooks::Refused::Invalid(why)) => s.error(422, why),
        Err(hooks::Refused::NotFound) => s.not_found(),
    }
}

fn milestone_route(s: &mut State, req: &Request, repo: &str, id: u64) -> Response {
    if req.method == "PATCH" {
        let body = req.json();
        let r = s.repo_mut(repo);
        let Some(m) = r.milestones.iter_mut().find(|m| m.id == id) else {
            return s.not_found();
        };
        if let Some(title) = body["title"].as_str().filter(|t| !t.is_empty()) {
            m.title = title.into();
        }
        if let Some(text) = body["description"].as_str() {
            m.description = text.into();
        }
        match body["state"].as_str() {
            Some("closed") => m.state = IssueState::Closed,
            Some("open") => m.state = IssueState::Open,
            _ => {}
        }
    } else if req.method != "GET" {
        return s.not_found();
    }
    let r = s.repo(repo);
    match r.milestone(id) {
        Some(m) => Response::json(200, &s.view().milestone(r, m)),
        None => s.not_found(),
    }
}

/// The unsigned integers of a JSON array.
fn numbers(v: &Value) -> Vec<u64> {
    v.as_array()
        .map(|a| a.iter().filter_map(Value::as_u64).collect())
        .unwrap_or_default()
}

/// The strings of a JSON array.
fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// The page and page size a list request asks for, as Gitea reads them.
fn page_and_limit(req: &Request) -> (usize, usize) {
    let page = req
        .query("page")
        .and_then(|p| p.parse().ok())
        .filter(|p| *p > 0)
        .unwrap_or(1);
    let limit = match req.query("limit").and_then(|l| l.parse::<usize>().ok()) {
        Some(0) | None => DEFAULT_LIMIT,
        Some(l) => l.min(MAX_LIMIT),
    };
    (page, limit)
}

/// One page of `items`, without headers (Gitea's dependency lists).
fn sliced(req: &Request, items: Vec<Value>) -> Response {
    let (page, limit) = page_and_limit(req);
    let items: Vec<Value> = items
        .into_iter()
        .skip((page - 1) * limit)
        .take(limit)
        .collect();
    Response::json(200, &Value::Array(items))
}

/// One page of `items` with Gitea's `X-Total-Count` and `Link` headers.
fn paged(s: &State, req: &Request, items: Vec<Value>) -> Response {
    let total = items.len();
    let (page, limit) = page_and_limit(req);
    let mut response = sliced(req, items).header("X-Total-Count", &total.to_string());
    let links = page_links(s, req, total, limit, page);
    let exposed = if links.is_empty() {
        "X-Total-Count"
    } else {
        response = response.header("Link", &links.join(","));
        "X-Total-Count, Link"
    };
    response.header("Access-Control-Expose-Headers", exposed)
}

/// Gitea's `genAPILinks`: next, last, first and prev, on the root URL, with the
/// request's query (keys sorted, as Go encodes them) and another `page`.
fn page_links(s: &State, req: &Request, total: usize, limit: usize, page: usize) -> Vec<String> {
    let pages = total.div_ceil(limit).max(1);
    let current = page.min(pages);
    let link = |to: usize, rel: &str| {
        let mut query: Vec<(String, String)> = req
            .query_pairs()
            .into_iter()
            .filter(|(k, _)| k != "page")
            .collect();
        query.push(("page".into(), to.to_string()));
        query.sort_by(|a, b| a.0.cmp(&b.0));
        let encoded = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(query)
            .finish();
        let path = s.api_relative(req.path()).unwrap_or_default();
        format!("<{}/api/v1{path}?{encoded}>; rel=\"{rel}\"", s.root)
    };
    let mut links = Vec::new();
    if total > current * limit {
        links.push(link(current + 1, "next"));
    }
    let is_last = total == 0 || (total > (current - 1) * limit && total <= current * limit);
    if !is_last {
        links.push(link(pages, "last"));
    }
    if current != 1 {
        links.push(link(1, "first"));
    }
    if current > 1 {
        links.push(link(current - 1, "prev"));
    }
    links
}

/// Renders stored objects in the shapes of Gitea 1.22's `modules/structs`: fields
/// Gitea declares as pointers or nil slices are `null` when unset.
struct View<'a> {
    s: &'a State,
}

impl View<'_> {
    fn api(&self) -> String {
        format!("{}/api/v1", self.s.root)
    }

    fn user(&self, login: &str) -> Value {
        let id = login
            .bytes()
            .fold(1u64, |h, b| h.wrapping_mul(31).wrapping_add(u64::from(b)))
            % 100_000;
        let root = &self.s.root;
        json!({
            "id": id, "login": login, "login_name": "", "source_id": 0, "full_name": "",
            "email": format!("{login}@noreply.localhost"),
            "avatar_url": format!("{root}/avatars/{id}"), "html_url": format!("{root}/{login}"),
            "language": "", "is_admin": false, "last_login": CREATED, "created": CREATED,
            "restricted": false, "active": true, "prohibit_login": false, "location": "",
            "website": "", "description": "", "visibility": "public", "followers_count": 0,
            "following_count": 0, "starred_repos_count": 0, "username": login
        })
    }

    fn label(&self, repo: &str, l: &FakeLabel) -> Value {
        json!({
            "id": l.id, "name": l.name, "exclusive": false, "is_archived": false,
            "color": l.color, "description": l.description,
            "url": format!("{}/repos/{repo}/labels/{}", self.api(), l.id)
        })
    }

    fn issue_labels(&self, key: &IssueKey) -> Value {
        let r = self.s.repo(&key.repo);
        Value::Array(
            r.issues[&key.number]
                .labels
                .iter()
                .filter_map(|id| r.label(*id))
                .map(|l| self.label(&key.repo, l))
                .collect(),
        )
    }

    fn release(&self, repo: &str, r: &FakeRelease) -> Value {
        let root = &self.s.root;
        let api = format!("{}/repos/{repo}/releases/{}", self.api(), r.id);
        json!({
            "id": r.id, "tag_name": r.tag, "target_commitish": r.target, "name": r.name,
            "body": r.body, "url": api, "html_url": format!("{root}/{repo}/releases/tag/{}", r.tag),
            "tarball_url": format!("{root}/{repo}/archive/{}.tar.gz", r.tag),
            "zipball_url": format!("{root}/{repo}/archive/{}.zip", r.tag),
            "upload_url": format!("{api}/assets"), "draft": r.draft, "prerelease": r.prerelease,
            "created_at": CREATED, "published_at": CREATED,
            "author": self.user(GITEA_USER), "assets": []
        })
    }

    fn milestone(&self, r: &Repo, m: &FakeMilestone) -> Value {
        let (open, closed) = r
            .issues
            .values()
            .filter(|i| i.milestone == Some(m.id))
            .fold((0, 0), |(o, c), i| match i.state {
                IssueState::Open => (o + 1, c),
                IssueState::Closed => (o, c + 1),
            });
        json!({
            "id": m.id, "title": m.title, "description": m.description,
            "state": m.state.as_str(), "open_issues": open, "closed_issues": closed,
            "created_at": CREATED, "updated_at": CREATED,
            "closed_at": (m.state == IssueState::Closed).then_some(CLOSED_AT), "due_on": m.due_on
        })
    }

    fn issue(&self, key: &IssueKey) -> Value {
        let r = self.s.repo(&key.repo);
        let i = &r.issues[&key.number];
        let n = i.number;
        let repo = &key.repo;
        let kind = if i.pull_request { "pulls" } else { "issues" };
        let html = format!("{}/{repo}/{kind}/{n}", self.s.root);
        let assignees: Vec<Value> = i.assignees.iter().map(|a| self.user(a)).collect();
        let (owner, name) = repo.split_once('/').unwrap_or((repo, ""));
        json!({
            "id": i.id, "url": format!("{}/repos/{repo}/issues/{n}", self.api()),
            "html_url": html, "number": n, "user": self.user(GITEA_USER),
            "original_author": "", "original_author_id": 0, "title": i.title, "body": i.body,
            "ref": "", "assets": [], "labels": self.issue_labels(key),
            "milestone": i.milestone.and_then(|m| r.milestone(m)).map(|m| self.milestone(r, m)),
            "assignee": assignees.first(),
            "assignees": (!assignees.is_empty()).then_some(&assignees),
            "state": i.state.as_str(), "is_locked": false,
            "comments": r.comments.iter().filter(|c| c.issue == n).count(),
            "created_at": query::created_of(i), "updated_at": query::created_of(i),
            "closed_at": (i.state == IssueState::Closed).then_some(CLOSED_AT), "due_date": null,
            "pull_request": i.pull_request.then(|| json!({
                "merged": false, "merged_at": null, "draft": false, "html_url": html
            })),
            "repository": {"id": r.id, "name": name, "owner": owner, "full_name": repo},
            "pin_order": 0
        })
    }

    fn comment(&self, repo: &str, c: &FakeComment) -> Value {
        let issue = format!("{}/{repo}/issues/{}", self.s.root, c.issue);
        json!({
            "id": c.id, "html_url": format!("{issue}#issuecomment-{}", c.id),
            "pull_request_url": "", "issue_url": issue, "user": self.user(GITEA_USER),
            "original_author": "", "original_author_id": 0, "body": c.body, "assets": [],
            "created_at": comments::created_at(c.id), "updated_at": comments::created_at(c.id)
        })
    }

    fn repository(&self, repo: &str) -> Value {
        let r = self.s.repo(repo);
        let (owner, name) = repo.split_once('/').unwrap_or((repo, ""));
        let root = &self.s.root;
        let host = root.split("://").nth(1).unwrap_or(root).split('/').next();
        let open = |pulls: bool| {
            r.issues
                .values()
                .filter(|i| i.pull_request == pulls && i.state == IssueState::Open)
                .count()
        };
        let mut repository = json!({
            "id": r.id, "owner": self.user(owner), "name": name, "full_name": repo,
            "description": "", "empty": false, "private": true, "fork": false,
            "template": false, "parent": null, "mirror": false, "size": 0, "language": "",
            "languages_url": format!("{}/repos/{repo}/languages", self.api()),
            "html_url": format!("{root}/{repo}"), "url": format!("{}/repos/{repo}", self.api()),
            "link": "", "ssh_url": format!("git@{}:{repo}.git", host.unwrap_or_default()),
            "clone_url": format!("{root}/{repo}.git"), "original_url": "", "website": "",
            "stars_count": 0, "forks_count": 0, "watchers_count": 1,
            "open_issues_count": open(false), "open_pr_counter": open(true),
            "release_counter": 0, "default_branch": "main", "archived": false,
            "created_at": CREATED, "updated_at": CREATED, "archived_at": "1970-01-01T00:00:00Z",
            "permissions": {"admin": true, "push": true, "pull": true}
        });
        // Two objects: one would exceed the `json!` macro's recursion limit.
        let settings = json!({
            "has_issues": true,
            "internal_tracker": {
                "enable_time_tracker": true, "allow_only_contributors_to_track_time": true,
                "enable_issue_dependencies": r.dependencies_enabled
            },
            "has_wiki": true, "has_pull_requests": true, "has_projects": true,
            "projects_mode": "all", "has_releases": true, "has_packages": true,
            "has_actions": true, "ignore_whitespace_conflicts": false,
            "allow_merge_commits": true, "allow_rebase": true, "allow_rebase_explicit": true,
            "allow_squash_merge": true, "allow_fast_forward_only_merge": false,
            "allow_rebase_update": true, "default_delete_branch_after_merge": false,
            "default_merge_style": "merge", "default_allow_maintainer_edit": false,
            "avatar_url": "", "internal": false, "mirror_interval": "",
            "object_format_name": "sha1", "mirror_updated": "0001-01-01T00:00:00Z",
            "repo_transfer": null
        });
        if let (Some(all), Value::Object(settings)) = (repository.as_object_mut(), settings) {
            all.extend(settings);
        }
        repository
    }
}

/// A blocking HTTP client for driving a Gitea API from a test, the way the tracker
/// will: `Authorization: token …`, JSON bodies, `Accept: application/json`.
pub struct ApiClient {
    base: String,
    token: Option<String>,
    http: reqwest::Client,
    runtime: tokio::runtime::Runtime,
}

/// An answer: status, headers (names lowercase), body as text and as JSON.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub text: String,
    pub json: Value,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The URL of the `Link` header's `rel="…"` entry.
    pub fn link(&self, rel: &str) -> Option<String> {
        self.header("link")?.split(',').find_map(|part| {
            let (url, params) = part.split_once(';')?;
            params
                .contains(&format!("rel=\"{rel}\""))
                .then(|| url.trim().trim_matches(['<', '>']).to_string())
        })
    }
}

impl ApiClient {
    /// A client for the API at `base` (e.g. `FakeGitea::api_url`) with `token`.
    pub fn new(base: &str, token: Option<&str>) -> ApiClient {
        ApiClient {
            base: base.trim_end_matches('/').into(),
            token: token.map(str::to_string),
            http: reqwest::Client::new(),
            runtime: tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("a tokio runtime"),
        }
    }

    pub fn get(&self, path: &str) -> Reply {
        self.send("GET", path, None)
    }

    /// `method` on `path` (under the base, or a whole URL such as a `Link`), with a
    /// JSON body.
    pub fn send(&self, method: &str, path: &str, body: Option<&Value>) -> Reply {
        let url = if path.starts_with("http") {
            path.to_string()
        } else {
            format!("{}{path}", self.base)
        };
        let method = reqwest::Method::from_bytes(method.as_bytes()).expect("an HTTP method");
        let mut request = self
            .http
            .request(method, &url)
            .header("Accept", "application/json");
        if let Some(token) = &self.token {
            request = request.header("Authorization", format!("token {token}"));
        }
        if let Some(body) = body {
            request = request
                .header("Content-Type", "application/json")
                .body(body.to_string());
        }
        self.runtime.block_on(async move {
            let response = request
                .send()
                .await
                .unwrap_or_else(|e| panic!("{url}: {e}"));
            let status = response.status().as_u16();
            let headers = response
                .headers()
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_str().unwrap_or_default().to_string()))
                .collect();
            let text = response.text().await.unwrap_or_default();
            let json = serde_json::from_str(&text).unwrap_or(Value::Null);
            Reply {
                status,
                headers,
                text,
                json,
            }
        })
    }
}
