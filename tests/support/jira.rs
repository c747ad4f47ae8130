//! A stateful fake Jira in two flavors: Cloud (REST v3, ADF comment bodies, Basic
//! auth, `search/jql` with `nextPageToken`) and Data Center (REST v2, text bodies,
//! Bearer auth, `search` with `startAt`). A request to the other flavor's API
//! version is a 404, so a client using the wrong one fails loudly. Its default
//! workflow is restrictive: To Do → In Progress → In Review → Done (Done asks for a
//! resolution).

mod agents;
#[path = "jira_comments.rs"]
mod comments;
mod jql;
mod versions;

use super::http::{serve, Request, Response};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
pub use versions::FakeVersion;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavor {
    Cloud,
    DataCenter,
}

/// One request the fake received.
#[derive(Debug, Clone)]
pub struct JiraLogged {
    pub method: String,
    pub target: String,
    pub authorization: Option<String>,
    pub body: Value,
}

/// Faults to inject.
#[derive(Debug, Clone)]
pub enum JiraFault {
    /// Answer 500 without applying.
    ServerError,
    /// 429 with `Retry-After: N`.
    TooManyRequests { retry_after: u64 },
    /// 429 with `Retry-After` as an HTTP date (one in the past: retry at once).
    TooManyRequestsUntil(&'static str),
    /// 200 with this JSON body, whatever was asked (an answer that breaks the API).
    Malformed(&'static str),
}

#[derive(Debug, Clone, Default)]
pub struct FakeJiraIssue {
    pub summary: String,
    pub status: String,
    pub resolution: Option<String>,
    pub labels: Vec<String>,
    /// As sent: ADF on Cloud, text on Data Center.
    pub description: Option<Value>,
    /// Bodies as sent (ADF objects on Cloud, strings on Data Center).
    pub comments: Vec<Value>,
    /// The ids of comments posted through the API, by position (0: one a test
    /// pushed, numbered by its position).
    pub comment_ids: Vec<u64>,
    /// The issue type's name (`Task` unless created with another).
    pub issue_type: String,
    /// `parent` and `customfield_*` fields as last set (`{key}` or a key).
    pub extra: BTreeMap<String, Value>,
    /// The assignee's account: its `accountId` on Cloud, its user `name` on Data
    /// Center. Its display name is another text ([`display_name`]), as on a real Jira.
    pub assignee: Option<String>,
    /// When it was created (`2026-01-16T09:00:00.000+0000`); unset, a fixed time.
    pub created: Option<String>,
    /// The fix versions' names.
    pub fix_versions: Vec<String>,
}

/// An issue link: `outward` blocks (or duplicates, …) `inward`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FakeLink {
    pub kind: String,
    pub inward: String,
    pub outward: String,
}

struct Transition {
    id: &'static str,
    name: &'static str,
    from: &'static [&'static str],
    to: &'static str,
    requires_resolution: bool,
}

const WORKFLOW: &[Transition] = &[
    Transition {
        id: "11",
        name: "Start Progress",
        from: &["To Do"],
        to: "In Progress",
        requires_resolution: false,
    },
    Transition {
        id: "21",
        name: "Request Review",
        from: &["In Progress"],
        to: "In Review",
        requires_resolution: false,
    },
    Transition {
        id: "31",
        name: "Resolve",
        from: &["In Review"],
        to: "Done",
        requires_resolution: true,
    },
    Transition {
        id: "41",
        name: "Stop Progress",
        from: &["In Progress"],
        to: "To Do",
        requires_resolution: false,
    },
    Transition {
        id: "51",
        name: "Back to Work",
        from: &["In Review"],
        to: "In Progress",
        requires_resolution: false,
    },
    Transition {
        id: "61",
        name: "Reopen",
        from: &["Done"],
        to: "In Progress",
        requires_resolution: false,
    },
];

fn category(status: &str) -> &'static str {
    match status {
        "To Do" => "new",
        "Done" => "done",
        _ => "indeterminate",
    }
}

struct State {
    flavor: Flavor,
    base: String,
    issues: BTreeMap<String, FakeJiraIssue>,
    log: Vec<JiraLogged>,
    faults: Vec<(String, String, JiraFault, usize)>,
    next_id: u64,
    page_cap: usize,
    expected_auth: String,
    links: Vec<FakeLink>,
    versions: Vec<FakeVersion>,
    agents: agents::Agents,
}

/// The fake and a handle on its state.
#[derive(Clone)]
pub struct FakeJira {
    pub url: String,
    pub flavor: Flavor,
    state: Arc<Mutex<State>>,
}

/// The credentials the fake accepts.
pub const JIRA_TOKEN: &str = "jira_SECRET_token_0123456789_SECRET";
pub const JIRA_EMAIL: &str = "dev@acme.test";

impl FakeJira {
    pub fn start(flavor: Flavor) -> FakeJira {
        use base64::Engine as _;
        let expected_auth = match flavor {
            Flavor::Cloud => format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD
                    .encode(format!("{JIRA_EMAIL}:{JIRA_TOKEN}"))
            ),
            Flavor::DataCenter => format!("Bearer {JIRA_TOKEN}"),
        };
        let state = Arc::new(Mutex::new(State {
            flavor,
            base: String::new(),
            issues: BTreeMap::new(),
            log: Vec::new(),
            faults: Vec::new(),
            next_id: 10_000,
            page_cap: 50,
            expected_auth,
            links: Vec::new(),
            versions: Vec::new(),
            agents: agents::Agents::default(),
        }));
        let s = state.clone();
        let url = serve(Arc::new(move |req| handle(&s, req)));
        state.lock().unwrap().base = url.clone();
        FakeJira { url, flavor, state }
    }

    fn with<T>(&self, f: impl FnOnce(&mut State) -> T) -> T {
        f(&mut self.state.lock().unwrap())
    }

    /// Adds an issue in status "To Do".
    pub fn add_issue(&self, key: &str, summary: &str) {
        self.with(|s| {
            s.issues.insert(
                key.into(),
                FakeJiraIssue {
                    summary: summary.into(),
                    status: "To Do".into(),
                    ..FakeJiraIssue::default()
                },
            )
        });
    }

    /// Adds a version to the project (as someone would in Jira).
    pub fn add_version(&self, name: &str) {
        self.with(|s| {
            s.next_id += 1;
            let id = s.next_id;
            s.versions.push(FakeVersion {
                id,
                name: name.into(),
            })
        });
    }

    /// The project's versions' names.
    pub fn versions(&self) -> Vec<String> {
        self.with(|s| s.versions.iter().map(|v| v.name.clone()).collect())
    }

    pub fn set_status(&self, key: &str, status: &str) {
        self.with(|s| s.issues.get_mut(key).unwrap().status = status.into());
    }

    /// Changes an issue as someone editing it in Jira would.
    pub fn edit(&self, key: &str, f: impl FnOnce(&mut FakeJiraIssue)) {
        self.with(|s| f(s.issues.get_mut(key).unwrap()));
    }

    pub fn issue(&self, key: &str) -> FakeJiraIssue {
        self.with(|s| s.issues[key].clone())
    }

    /// Search pages hold at most `n` issues (Jira caps page sizes too).
    pub fn cap_page_size(&self, n: usize) {
        self.with(|s| s.page_cap = n);
    }

    pub fn requests(&self) -> Vec<JiraLogged> {
        self.with(|s| s.log.clone())
    }

    /// Every issue, by key.
    pub fn issues(&self) -> BTreeMap<String, FakeJiraIssue> {
        self.with(|s| s.issues.clone())
    }

    /// Issue links in the order they were made.
    pub fn links(&self) -> Vec<FakeLink> {
        self.with(|s| s.links.clone())
    }

    pub fn clear_log(&self) {
        self.with(|s| s.log.clear())
    }

    /// Requests that change state.
    pub fn writes(&self) -> Vec<JiraLogged> {
        self.requests()
            .into_iter()
            .filter(|r| r.method != "GET")
            .collect()
    }

    /// The issue property `name` of `key`, as stored.
    pub fn property(&self, key: &str, name: &str) -> Option<Value> {
        self.with(|s| s.agents.properties.get(&(key.into(), name.into())).cloned())
    }

    /// Someone moves `key` to `status` in Jira (recorded in its changelog).
    pub fn transition_by(&self, key: &str, status: &str, author: &str) {
        self.with(|s| {
            let from = std::mem::replace(&mut s.issues.get_mut(key).unwrap().status, status.into());
            agents::changed(s, key, "status", &from, status, author);
        });
    }

    pub fn inject(&self, method: &str, path_contains: &str, fault: JiraFault, times: usize) {
        self.with(|s| {
            s.faults
                .push((method.into(), path_contains.into(), fault, times))
        });
    }
}

fn error(status: u16, message: &str) -> Response {
    Response::json(status, &json!({"errorMessages": [message], "errors": {}}))
}

fn handle(state: &Arc<Mutex<State>>, req: Request) -> Response {
    let mut s = state.lock().unwrap();
    s.log.push(JiraLogged {
        method: req.method.clone(),
        target: req.target.clone(),
        authorization: req.header("authorization").map(str::to_string),
        body: req.json(),
    });
    if req.header("authorization") != Some(s.expected_auth.as_str()) {
        return error(401, "You are not authenticated.");
    }
    let path = req.path().to_string();
    if let Some(f) = s
        .faults
        .iter_mut()
        .find(|(m, p, _, n)| *n > 0 && *m == req.method && path.contains(p.as_str()))
    {
        f.3 -= 1;
        return match f.2 {
            JiraFault::ServerError => Response {
                status: 500,
                headers: vec![("Content-Type".into(), "text/html".into())],
                body: "<html>Internal server error</html>".into(),
            },
            JiraFault::TooManyRequests { retry_after } => {
                error(429, "Rate limit exceeded.").header("Retry-After", &retry_after.to_string())
            }
            JiraFault::TooManyRequestsUntil(date) => {
                error(429, "Rate limit exceeded.").header("Retry-After", date)
            }
            JiraFault::Malformed(body) => Response {
                status: 200,
                headers: vec![("Content-Type".into(), "application/json".into())],
                body: body.into(),
            },
        };
    }
    // A site may live under a context path (`https://host/jira/`).
    let path = path.strip_prefix("/jira").unwrap_or(&path).to_string();
    let prefix = match s.flavor {
        Flavor::Cloud => "/rest/api/3",
        Flavor::DataCenter => "/rest/api/2",
    };
    let Some(rest) = path.strip_prefix(prefix) else {
        return error(
            404,
            "Not found (wrong REST API version for this deployment)",
        );
    };
    let seg: Vec<String> = rest
        .trim_matches('/')
        .split('/')
        .map(|x| x.replace("%2D", "-"))
        .collect();
    let seg: Vec<&str> = seg.iter().map(String::as_str).collect();
    if let Some(answer) = agents::route(&mut s, &req, &seg) {
        return answer;
    }
    match (req.method.as_str(), seg.as_slice()) {
        ("GET", ["serverInfo"]) => Response::json(
            200,
            &match s.flavor {
                Flavor::Cloud => json!({"version": "1001.0.0-SNAPSHOT", "deploymentType": "Cloud"}),
                Flavor::DataCenter => json!({"version": "9.12.2", "deploymentType": "Server"}),
            },
        ),
        ("GET", ["myself"]) => Response::json(
            200,
            &match s.flavor {
                Flavor::Cloud => {
                    json!({"accountId": "5b10ac8d82e05b22cc7d4ef5", "displayName": "Dev Eloper", "emailAddress": JIRA_EMAIL})
                }
                Flavor::DataCenter => {
                    json!({"name": "dev", "key": "dev", "displayName": "Dev Eloper", "emailAddress": JIRA_EMAIL})
                }
            },
        ),
        ("GET", ["issue", key]) => match s.issues.get(*key) {
            Some(i) => Response::json(200, &issue_json(&s, key, i)),
            None => error(
                404,
                "Issue does not exist or you do not have permission to see it.",
            ),
        },
        ("POST", ["issue"]) => {
            let body = req.json();
            let fields = &body["fields"];
            let project = fields["project"]["key"]
                .as_str()
                .unwrap_or("PROJ")
                .to_string();
            let n = s
                .issues
                .keys()
                .filter(|k| k.starts_with(&format!("{project}-")))
                .count()
                + 1;
            let key = format!("{project}-{n}");
            let description = match &fields["description"] {
                Value::Null => None,
                d => Some(d.clone()),
            };
            let assignee = assignee_of(s.flavor, fields).ok().flatten().flatten();
            s.issues.insert(
                key.clone(),
                FakeJiraIssue {
                    summary: fields["summary"].as_str().unwrap_or_default().into(),
                    status: "To Do".into(),
                    description,
                    labels: fields["labels"]
                        .as_array()
                        .map(|a| {
                            a.iter()
                                .filter_map(|v| v.as_str().map(str::to_string))
                                .collect()
                        })
                        .unwrap_or_default(),
                    issue_type: fields["issuetype"]["name"]
                        .as_str()
                        .unwrap_or("Task")
                        .into(),
                    extra: extra_fields(fields),
                    assignee,
                    ..FakeJiraIssue::default()
                },
            );
            Response::json(
                201,
                &json!({"id": "1", "key": key, "self": format!("{}{prefix}/issue/{key}", s.base)}),
            )
        }
        ("PUT", ["issue", key]) => {
            let flavor = s.flavor;
            let body = req.json();
            let fix_versions = match versions::edited(&s, &body["fields"]) {
                Ok(names) => names,
                Err(answer) => return answer,
            };
            let Some(i) = s.issues.get_mut(*key) else {
                return error(404, "Issue does not exist");
            };
            if let Some(names) = fix_versions {
                i.fix_versions = names;
            }
            if let Some(summary) = body["fields"]["summary"].as_str() {
                i.summary = summary.into();
            }
            match assignee_of(flavor, &body["fields"]) {
                Ok(Some(account)) => i.assignee = account,
                Ok(None) => {}
                Err(answer) => return answer,
            }
            i.extra.extend(extra_fields(&body["fields"]));
            match (&body["fields"]["description"], flavor) {
                (Value::Null, _) => {}
                (d @ Value::String(_), Flavor::DataCenter) => i.description = Some(d.clone()),
                (d, Flavor::Cloud) if d["type"] == "doc" => i.description = Some(d.clone()),
                _ => return error(400, "description is not valid for this API version"),
            }
            for op in body["update"]["labels"]
                .as_array()
                .cloned()
                .unwrap_or_default()
            {
                if let Some(l) = op["add"].as_str() {
                    if !i.labels.iter().any(|x| x == l) {
                        i.labels.push(l.into());
                    }
                }
                if let Some(l) = op["remove"].as_str() {
                    i.labels.retain(|x| x != l);
                }
            }
            Response::empty(204)
        }
        ("GET", ["issue", key, "transitions"]) => {
            let Some(i) = s.issues.get(*key) else {
                return error(404, "Issue does not exist");
            };
            let list: Vec<Value> = WORKFLOW
                .iter()
                .filter(|t| t.from.contains(&i.status.as_str()))
                .map(|t| {
                    // As Jira sends a screen field: `key` and `operations` too
                    // (both required by the Cloud description's FieldMetadata).
                    let fields = if t.requires_resolution {
                        json!({"resolution": {"required": true, "key": "resolution", "name": "Resolution", "operations": ["set"],
                               "schema": {"type": "resolution", "system": "resolution"},
                               "allowedValues": [{"id": "1", "name": "Done"}, {"id": "2", "name": "Won't Do"}]}})
                    } else {
                        json!({})
                    };
                    json!({"id": t.id, "name": t.name, "hasScreen": t.requires_resolution,
                           "to": {"name": t.to, "statusCategory": {"key": category(t.to)}}, "fields": fields})
                })
                .collect();
            Response::json(200, &json!({"expand": "transitions", "transitions": list}))
        }
        ("POST", ["issue", key, "transitions"]) => {
            let body = req.json();
            let id = body["transition"]["id"]
                .as_str()
                .unwrap_or_default()
                .to_string();
            let Some(i) = s.issues.get_mut(*key) else {
                return error(404, "Issue does not exist");
            };
            let Some(t) = WORKFLOW
                .iter()
                .find(|t| t.id == id && t.from.contains(&i.status.as_str()))
            else {
                return error(
                    400,
                    &format!("Transition id '{id}' is not valid for this issue."),
                );
            };
            let resolution = body["fields"]["resolution"]["name"]
                .as_str()
                .map(str::to_string);
            if t.requires_resolution && resolution.is_none() {
                return Response::json(
                    400,
                    &json!({"errorMessages": [], "errors": {"resolution": "Resolution is required."}}),
                );
            }
            let from = std::mem::replace(&mut i.status, t.to.into());
            i.resolution = if category(t.to) == "done" {
                resolution
            } else {
                None
            };
            agents::changed(&mut s, key, "status", &from, t.to, "Dev Eloper");
            Response::empty(204)
        }
        ("GET", ["issue", key, "comment"]) => {
            let Some(i) = s.issues.get(*key) else {
                return error(404, "Issue does not exist");
            };
            let start: usize = req
                .query("startAt")
                .and_then(|v| v.parse().ok())
                .unwrap_or(0);
            let max: usize = req
                .query("maxResults")
                .and_then(|v| v.parse().ok())
                .unwrap_or(50)
                .min(s.page_cap);
            let all: Vec<Value> = i
                .comments
                .iter()
                .enumerate()
                .map(|(n, b)| json!({"id": comments::id_at(i, n).to_string(), "body": b, "author": {"displayName": "Dev Eloper"}, "created": "2026-11-21T06:00:00.000+0000"}))
                .collect();
            let total = all.len();
            let page: Vec<Value> = all.into_iter().skip(start).take(max).collect();
            Response::json(
                200,
                &json!({"startAt": start, "maxResults": max, "total": total, "comments": page}),
            )
        }
        ("POST", ["issue", key, "comment"]) => {
            let flavor = s.flavor;
            s.next_id += 1;
            let id = s.next_id;
            let Some(i) = s.issues.get_mut(*key) else {
                return error(404, "Issue does not exist");
            };
            let body = req.json()["body"].clone();
            let valid = match flavor {
                Flavor::Cloud => {
                    body["type"] == "doc" && body["version"] == 1 && body["content"].is_array()
                }
                Flavor::DataCenter => body.is_string(),
            };
            if !valid {
                return error(400, "Comment body is not valid for this API version.");
            }
            i.comment_ids.resize(i.comments.len(), 0);
            i.comments.push(body.clone());
            i.comment_ids.push(id);
            Response::json(
                201,
                &json!({"id": id.to_string(), "body": body, "author": {"displayName": "Dev Eloper"}}),
            )
        }
        ("PUT" | "DELETE", ["issue", key, "comment", id]) => comments::by_id(&mut s, &req, key, id),
        ("GET", ["search", "jql"]) if s.flavor == Flavor::Cloud => {
            let keys = matching(&s, &req.query("jql").unwrap_or_default());
            let max: usize = req
                .query("maxResults")
                .and_then(|v| v.parse().ok())
                .unwrap_or(50)
                .min(s.page_cap);
            let start: usize = req
                .query("nextPageToken")
                .and_then(|t| t.strip_prefix("tok").and_then(|n| n.parse().ok()))
                .unwrap_or(0);
            let page: Vec<Value> = keys
                .iter()
                .skip(start)
                .take(max)
                .map(|k| issue_json(&s, k, &s.issues[k]))
                .collect();
            let next = start + page.len();
            let mut body = json!({"issues": page, "isLast": next >= keys.len()});
            if next < keys.len() {
                body["nextPageToken"] = json!(format!("tok{next}"));
            }
            Response::json(200, &body)
        }
        ("GET", ["search"]) if s.flavor == Flavor::DataCenter => {
            let keys = matching(&s, &req.query("jql").unwrap_or_default());
            let max: usize = req
                .query("maxResults")
                .and_then(|v| v.parse().ok())
                .unwrap_or(50)
                .min(s.page_cap);
            let start: usize = req
                .query("startAt")
                .and_then(|v| v.parse().ok())
                .unwrap_or(0);
            let page: Vec<Value> = keys
                .iter()
                .skip(start)
                .take(max)
                .map(|k| issue_json(&s, k, &s.issues[k]))
                .collect();
            Response::json(
                200,
                &json!({"startAt": start, "maxResults": max, "total": keys.len(), "issues": page}),
            )
        }
        ("POST", ["issueLink"]) => {
            let body = req.json();
            let key = |side: &str| body[side]["key"].as_str().unwrap_or_default().to_string();
            let link = FakeLink {
                kind: body["type"]["name"].as_str().unwrap_or_default().into(),
                inward: key("inwardIssue"),
                outward: key("outwardIssue"),
            };
            if !s.issues.contains_key(&link.inward) || !s.issues.contains_key(&link.outward) {
                return error(404, "Issue does not exist");
            }
            if link.kind != "Blocks" {
                return error(
                    404,
                    &format!("No issue link type with name '{}' found.", link.kind),
                );
            }
            // Jira answers a link that exists already as created.
            if !s.links.contains(&link) {
                s.links.push(link);
            }
            Response::empty(201)
        }
        _ => match versions::route(&mut s, &req, &seg) {
            Some(answer) => answer,
            None => error(404, "Not found"),
        },
    }
}

fn prefix(flavor: Flavor) -> &'static str {
    match flavor {
        Flavor::Cloud => "/rest/api/3",
        Flavor::DataCenter => "/rest/api/2",
    }
}

/// The `parent` and `customfield_*` fields of a create or an edit.
fn extra_fields(fields: &Value) -> BTreeMap<String, Value> {
    fields
        .as_object()
        .map(|f| {
            f.iter()
                .filter(|(k, _)| *k == "parent" || k.starts_with("customfield_"))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect()
        })
        .unwrap_or_default()
}

/// Keys matching a tiny JQL subset: `key in (A, B)`, `project = X` and the clauses
/// of module `jql` (anything else matches all), in the order asked for.
fn matching(s: &State, jql: &str) -> Vec<String> {
    if let Some(list) = jql
        .strip_prefix("key in (")
        .and_then(|r| r.split_once(')'))
        .map(|(l, _)| l)
    {
        let wanted: Vec<String> = list
            .split(',')
            .map(|k| k.trim().to_ascii_uppercase())
            .collect();
        return s
            .issues
            .keys()
            .filter(|k| wanted.contains(k))
            .cloned()
            .collect();
    }
    let project = jql
        .split_once("project")
        .and_then(|(_, r)| r.trim_start().strip_prefix('='))
        .map(|r| {
            r.split_whitespace()
                .next()
                .unwrap_or_default()
                .trim_matches('"')
                .to_string()
        });
    let now = jiff::Timestamp::now();
    let mut keys: Vec<String> = s
        .issues
        .iter()
        .filter(|(k, i)| {
            project
                .as_ref()
                .is_none_or(|p| k.starts_with(&format!("{p}-")))
                && jql::keeps(jql, i, now)
        })
        .map(|(k, _)| k.clone())
        .collect();
    if jql::newest_first(jql) {
        keys.sort_by_key(|k| std::cmp::Reverse(jql::created_of(&s.issues[k]).to_string()));
    }
    keys
}

/// A user as the flavor shows one: Cloud by `accountId`, Data Center by `name`
/// (and `key`), both with a display name that is neither.
fn user_json(flavor: Flavor, account: &str) -> Value {
    match flavor {
        Flavor::Cloud => json!({"accountId": account, "displayName": display_name(account)}),
        Flavor::DataCenter => {
            json!({"name": account, "key": account, "displayName": display_name(account)})
        }
    }
}

/// The display name the fake gives an account: `alice-7` → `Alice-7 (display)`.
pub fn display_name(account: &str) -> String {
    let mut chars = account.chars();
    let first = chars.next().map(|c| c.to_uppercase().collect::<String>());
    format!("{}{} (display)", first.unwrap_or_default(), chars.as_str())
}

/// The assignee an edit's `fields` set: `Some(None)` to clear it, `None` when it
/// does not touch it; a 400 when it names the user the way the flavor does not.
fn assignee_of(flavor: Flavor, fields: &Value) -> Result<Option<Option<String>>, Response> {
    let key = match flavor {
        Flavor::Cloud => "accountId",
        Flavor::DataCenter => "name",
    };
    match fields.get("assignee") {
        None => Ok(None),
        Some(Value::Null) => Ok(Some(None)),
        Some(user) => match user[key].as_str() {
            Some(account) => Ok(Some(Some(account.to_string()))),
            None => Err(error(400, &format!("assignee: expected {{\"{key}\": …}}"))),
        },
    }
}

fn issue_json(s: &State, key: &str, i: &FakeJiraIssue) -> Value {
    let prefix = match s.flavor {
        Flavor::Cloud => "/rest/api/3",
        Flavor::DataCenter => "/rest/api/2",
    };
    let mut issue = json!({
        "id": "10001", "key": key, "self": format!("{}{prefix}/issue/{key}", s.base),
        "fields": {
            "summary": i.summary,
            "status": {"name": i.status, "statusCategory": {"key": category(&i.status)}},
            "resolution": i.resolution.as_ref().map(|r| json!({"name": r})),
            "labels": i.labels,
            "issuetype": {"name": if i.issue_type.is_empty() { "Task" } else { i.issue_type.as_str() }},
            "assignee": i.assignee.as_ref().map(|a| user_json(s.flavor, a)),
            "created": jql::created_of(i),
            "updated": jql::updated_of(i),
            "description": i.description,
            "fixVersions": versions::fix_versions_json(s, &i.fix_versions),
            "issuelinks": agents::issuelinks(s, key),
        }
    });
    for (k, v) in &i.extra {
        issue["fields"][k] = v.clone();
    }
    issue
}
