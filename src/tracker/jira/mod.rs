//! Jira Cloud (REST v3, ADF bodies, `search/jql` with `nextPageToken`) and Jira
//! Server/Data Center (REST v2, wiki-markup bodies, `search` with `startAt`).
//!
//! The deployment comes from configuration (default: Cloud for `*.atlassian.net`),
//! never guessed per request. Workflow state is reasoned about through
//! `statusCategory.key` (`new`, `indeterminate`, `done`), not English status names.
//! Transition request bodies use gouqi's `TransitionTriggerOptions`; the requests
//! themselves go through [`http`] (see there why).

mod activity;
pub mod adf;
mod claim;
pub mod config;
mod deps;
mod http;
pub mod markup;
pub mod module;
mod progress;
mod publish;
mod query;
mod versions;

use crate::refs::{IssueRef, TrackerKind};
use crate::tracker::wire::Reply;
use crate::tracker::wire::RetryPolicy;
use crate::tracker::workflow::{choose_transition, TransitionOutcome};
use crate::tracker::{
    Change, CloseReason, CommentView, IssueDetails, IssueEdit, IssueFilter, IssueSnapshot,
    IssueState, Listed, Milestone, MilestoneNames, NewIssue, Observation, ObserveRequest,
    ScreenField, Space, StateFilter, StatusCategory, Target, Tracker, TrackerError, TransitionInfo,
};
use async_trait::async_trait;
use base64::Engine as _;
pub use config::{JiraAuthType, JiraDeployment};
use http::JiraHttp;
pub use module::{jira_login, site, NoJiraSite, KIND, MODULE};
use octocrab::secrecy::{ExposeSecret, SecretString};
use reqwest::header::HeaderValue;
use reqwest::Method;
use serde_json::{json, Map, Value};
use std::collections::HashMap;

/// How to authenticate.
pub enum JiraAuth {
    /// Cloud: `email:api_token`.
    Basic { email: String, token: SecretString },
    /// Server/Data Center personal access token.
    Bearer { token: SecretString },
}

impl JiraAuth {
    fn header(&self) -> Result<HeaderValue, TrackerError> {
        let value = match self {
            JiraAuth::Basic { email, token } => format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD
                    .encode(format!("{email}:{}", token.expose_secret()))
            ),
            JiraAuth::Bearer { token } => format!("Bearer {}", token.expose_secret()),
        };
        HeaderValue::from_str(&value).map_err(|_| {
            TrackerError::Auth("the Jira token contains characters that cannot be sent".into())
        })
    }
}

/// A Jira site.
#[derive(Debug, Clone)]
pub struct JiraSite {
    pub url: String,
    pub deployment: JiraDeployment,
}

impl JiraSite {
    /// Cloud for `*.atlassian.net` unless configured otherwise.
    pub fn new(url: &str, deployment: Option<JiraDeployment>) -> JiraSite {
        let deployment = deployment.unwrap_or_else(|| {
            let host = url::Url::parse(url)
                .ok()
                .and_then(|u| u.host_str().map(str::to_ascii_lowercase))
                .unwrap_or_default();
            if host.ends_with(".atlassian.net") {
                JiraDeployment::Cloud
            } else {
                JiraDeployment::Server
            }
        });
        JiraSite {
            url: url.trim_end_matches('/').to_string(),
            deployment,
        }
    }
}

/// What a search found, and what the server said of the issues it did not send.
#[derive(Debug, Clone)]
pub struct Found {
    pub issues: Vec<JiraIssue>,
    /// How many issues match, when the server counts them (Data Center).
    pub total: Option<usize>,
    /// The server has more matching issues than it sent.
    pub more: bool,
}

/// An issue as the bridge shows it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct JiraIssue {
    pub key: String,
    pub summary: String,
    pub status: String,
    pub category: StatusCategory,
    pub resolution: Option<String>,
    pub issue_type: Option<String>,
    /// The assignee's display name.
    pub assignee: Option<String>,
    /// The assignee's account, as `users:` maps people and edits name them:
    /// `accountId` on Cloud, the user `name` on Data Center.
    #[serde(skip)]
    pub assignee_account: Option<String>,
    pub labels: Vec<String>,
    pub created: Option<String>,
    pub updated: Option<String>,
    pub description: Option<String>,
    /// The fix versions' names.
    pub fix_versions: Vec<String>,
    pub url: String,
}

/// A comment as the bridge shows it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct JiraComment {
    pub id: String,
    pub author: Option<String>,
    pub created: Option<String>,
    pub body: String,
}

/// The authenticated user.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct JiraUser {
    pub name: String,
    pub display_name: Option<String>,
    pub email: Option<String>,
}

const FIELDS: &str =
    "summary,status,resolution,labels,assignee,issuetype,created,updated,description,fixVersions";

/// What an issue read looks like to the engine.
fn snapshot(issue: &IssueRef, i: JiraIssue) -> IssueSnapshot {
    IssueSnapshot {
        issue: issue.clone(),
        title: i.summary,
        open: i.category != StatusCategory::Done,
        state_reason: i.resolution,
        labels: i.labels,
        milestone: None,
        status: Some(i.status),
        category: Some(i.category),
        pull_request: false,
    }
}

/// The Jira tracker.
pub struct JiraTracker {
    http: JiraHttp,
    site: JiraSite,
    publish: config::JiraPublish,
}

impl JiraTracker {
    pub fn new(
        site: JiraSite,
        auth: &JiraAuth,
        policy: RetryPolicy,
        verbose: bool,
    ) -> Result<JiraTracker, TrackerError> {
        Ok(JiraTracker {
            http: JiraHttp::new(&site.url, auth.header()?, policy, verbose)?,
            site,
            publish: config::JiraPublish::default(),
        })
    }

    /// How `plan publish` creates and ties issues here (`jira.publish`).
    pub fn with_publish(mut self, publish: config::JiraPublish) -> JiraTracker {
        self.publish = publish;
        self
    }

    pub fn site(&self) -> &JiraSite {
        &self.site
    }

    fn api(&self) -> &'static str {
        match self.site.deployment {
            JiraDeployment::Cloud => "/rest/api/3",
            JiraDeployment::Server => "/rest/api/2",
        }
    }

    async fn get(&self, path: &str, query: &[(&str, String)]) -> Result<Reply, TrackerError> {
        check(
            self.http
                .send(
                    Method::GET,
                    &format!("{}{path}", self.api()),
                    query,
                    None,
                    true,
                )
                .await?,
        )
    }

    /// Reads one issue.
    pub async fn view(&self, key: &str) -> Result<JiraIssue, TrackerError> {
        let reply = self
            .get(
                &format!("/issue/{}", enc(key)),
                &[("fields", FIELDS.into())],
            )
            .await?;
        let issue: gouqi::Issue = reply.json()?;
        Ok(self.convert(&issue.key, &issue.fields))
    }

    fn convert(&self, key: &str, f: &std::collections::BTreeMap<String, Value>) -> JiraIssue {
        let text = |v: Option<&Value>| v.and_then(Value::as_str).map(str::to_string);
        let status = f.get("status");
        let account = match self.site.deployment {
            JiraDeployment::Cloud => "accountId",
            JiraDeployment::Server => "name",
        };
        let assignee = f.get("assignee");
        JiraIssue {
            key: key.to_string(),
            summary: text(f.get("summary")).unwrap_or_default(),
            status: text(status.and_then(|s| s.get("name"))).unwrap_or_default(),
            category: StatusCategory::from_key(
                text(
                    status
                        .and_then(|s| s.get("statusCategory"))
                        .and_then(|c| c.get("key")),
                )
                .unwrap_or_else(|| "new".into()),
            ),
            resolution: text(f.get("resolution").and_then(|r| r.get("name"))),
            issue_type: text(f.get("issuetype").and_then(|t| t.get("name"))),
            assignee: text(assignee.and_then(|a| a.get("displayName"))),
            assignee_account: text(assignee.and_then(|a| a.get(account))),
            labels: f
                .get("labels")
                .and_then(Value::as_array)
                .map(|l| {
                    l.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default(),
            created: text(f.get("created")),
            updated: text(f.get("updated")),
            fix_versions: f
                .get("fixVersions")
                .and_then(Value::as_array)
                .map(|l| l.iter().filter_map(|v| text(v.get("name"))).collect())
                .unwrap_or_default(),
            description: f
                .get("description")
                .filter(|d| !d.is_null())
                .map(|d| self.markdown_of(d)),
            url: format!("{}/browse/{key}", self.site.url),
        }
    }

    /// The transitions available now, with their screens.
    pub async fn list_transitions(&self, key: &str) -> Result<Vec<TransitionInfo>, TrackerError> {
        let reply = self
            .get(
                &format!("/issue/{}/transitions", enc(key)),
                &[("expand", "transitions.fields".into())],
            )
            .await?;
        let body: Value = reply.json()?;
        let list = body
            .get("transitions")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        Ok(list
            .iter()
            .map(|t| {
                let s =
                    |v: Option<&Value>| v.and_then(Value::as_str).unwrap_or_default().to_string();
                let fields = t
                    .get("fields")
                    .and_then(Value::as_object)
                    .map(|m| {
                        m.iter()
                            .map(|(key, f)| ScreenField {
                                key: key.clone(),
                                name: s(f.get("name")),
                                required: f
                                    .get("required")
                                    .and_then(Value::as_bool)
                                    .unwrap_or(false),
                                allowed: f
                                    .get("allowedValues")
                                    .and_then(Value::as_array)
                                    .map(|a| {
                                        a.iter()
                                            .filter_map(|v| {
                                                v.get("name").or_else(|| v.get("value"))
                                            })
                                            .filter_map(Value::as_str)
                                            .map(str::to_string)
                                            .collect()
                                    })
                                    .unwrap_or_default(),
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                TransitionInfo {
                    id: s(t.get("id")),
                    name: s(t.get("name")),
                    to: s(t.get("to").and_then(|to| to.get("name"))),
                    category: StatusCategory::from_key(s(t
                        .get("to")
                        .and_then(|to| to.get("statusCategory"))
                        .and_then(|c| c.get("key")))),
                    fields,
                }
            })
            .collect())
    }

    /// Decides how to reach `wanted` (a transition name or a target status) from the
    /// issue's current status, filling screen fields from `configured`.
    pub async fn plan_transition(
        &self,
        key: &str,
        current: &str,
        wanted: &str,
        configured: &Map<String, Value>,
    ) -> Result<TransitionOutcome, TrackerError> {
        if current.eq_ignore_ascii_case(wanted) {
            return Ok(TransitionOutcome::Already);
        }
        let available = self.list_transitions(key).await?;
        Ok(choose_transition(current, wanted, &available, configured))
    }

    /// Fires a transition and confirms the new status by reading it back.
    async fn transition(
        &self,
        key: &str,
        id: &str,
        to: &str,
        fields: &Map<String, Value>,
    ) -> Result<(), TrackerError> {
        let mut body = gouqi::TransitionTriggerOptions::new(id.to_string());
        body.fields = fields.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        let body =
            serde_json::to_value(&body).map_err(|e| TrackerError::Transport(e.to_string()))?;
        let path = format!("{}/issue/{}/transitions", self.api(), enc(key));
        let sent = self
            .http
            .send(Method::POST, &path, &[], Some(&body), false)
            .await;
        // Whatever the answer, the status read back is the truth.
        let after = self.view(key).await.map(|i| i.status);
        match sent {
            Ok(reply) if (200..300).contains(&reply.status) => match after {
                Ok(status) if status.eq_ignore_ascii_case(to) => Ok(()),
                Ok(status) => Err(TrackerError::Rejected(format!(
                    "Jira accepted the transition but {key} is in '{status}', not '{to}'"
                ))),
                Err(e) => Err(TrackerError::Rejected(format!(
                    "transition sent; reading {key} back failed: {e}"
                ))),
            },
            Ok(reply) => Err(check(reply)
                .err()
                .unwrap_or(TrackerError::Rejected("rejected".into()))),
            Err(e) => {
                let now = after
                    .map(|s| format!("; {key} is now in '{s}'"))
                    .unwrap_or_default();
                Err(TrackerError::Rejected(format!("{e}{now}")))
            }
        }
    }

    /// Adds a plain-text comment (ADF paragraphs on Cloud, text on Data Center).
    pub async fn add_comment(&self, key: &str, text: &str) -> Result<JiraComment, TrackerError> {
        let body = match self.site.deployment {
            JiraDeployment::Cloud => adf::from_text(text),
            JiraDeployment::Server => json!(text),
        };
        self.post_comment(key, body).await
    }

    /// Adds a comment whose body is already in this deployment's format.
    async fn post_comment(&self, key: &str, body: Value) -> Result<JiraComment, TrackerError> {
        let body = json!({ "body": body });
        let path = format!("{}/issue/{}/comment", self.api(), enc(key));
        let reply = check(
            self.http
                .send(Method::POST, &path, &[], Some(&body), false)
                .await?,
        )?;
        Ok(self.comment_of(&reply.json::<Value>()?))
    }

    /// Every comment of an issue.
    pub async fn comments(&self, key: &str) -> Result<Vec<JiraComment>, TrackerError> {
        let mut out = Vec::new();
        loop {
            let reply = self
                .get(
                    &format!("/issue/{}/comment", enc(key)),
                    &[
                        ("startAt", out.len().to_string()),
                        ("maxResults", "100".into()),
                    ],
                )
                .await?;
            let body: Value = reply.json()?;
            let page: Vec<JiraComment> = body
                .get("comments")
                .and_then(Value::as_array)
                .map(|c| c.iter().map(|c| self.comment_of(c)).collect())
                .unwrap_or_default();
            let total = body.get("total").and_then(Value::as_u64).unwrap_or(0) as usize;
            let empty = page.is_empty();
            out.extend(page);
            if empty || out.len() >= total {
                return Ok(out);
            }
        }
    }

    /// Issues matching `jql`, at most `limit`, walking pages the deployment's way.
    pub async fn search(&self, jql: &str, limit: usize) -> Result<Vec<JiraIssue>, TrackerError> {
        self.search_counted(jql, limit)
            .await
            .map(|found| found.issues)
    }

    /// Issues matching `jql`, at most `limit`, with what the server said of the rest:
    /// whether there are more, and how many match (Data Center counts; Cloud's
    /// `search/jql` does not).
    pub async fn search_counted(&self, jql: &str, limit: usize) -> Result<Found, TrackerError> {
        let mut out = Vec::new();
        let mut token: Option<String> = None;
        let (mut total, mut more) = (None, false);
        while out.len() < limit {
            let page_size = (limit - out.len()).min(100).to_string();
            let mut query = vec![
                ("jql", jql.to_string()),
                ("maxResults", page_size),
                ("fields", FIELDS.to_string()),
            ];
            let body: Value = match self.site.deployment {
                JiraDeployment::Cloud => {
                    if let Some(t) = &token {
                        query.push(("nextPageToken", t.clone()));
                    }
                    self.get("/search/jql", &query).await?.json()?
                }
                JiraDeployment::Server => {
                    query.push(("startAt", out.len().to_string()));
                    self.get("/search", &query).await?.json()?
                }
            };
            let issues: Vec<gouqi::Issue> = body
                .get("issues")
                .cloned()
                .map(serde_json::from_value)
                .transpose()
                .map_err(|e| TrackerError::Transport(format!("unexpected search response: {e}")))?
                .unwrap_or_default();
            let got = issues.len();
            out.extend(issues.iter().map(|i| self.convert(&i.key, &i.fields)));
            let server_has_more = match self.site.deployment {
                JiraDeployment::Cloud => {
                    token = body
                        .get("nextPageToken")
                        .and_then(Value::as_str)
                        .map(str::to_string);
                    token.is_some()
                }
                JiraDeployment::Server => {
                    total = body
                        .get("total")
                        .and_then(Value::as_u64)
                        .map(|t| t as usize);
                    out.len() < total.unwrap_or(0)
                }
            };
            more = server_has_more && got > 0;
            if !more {
                break;
            }
        }
        out.truncate(limit);
        Ok(Found {
            issues: out,
            total,
            more,
        })
    }

    fn details_of(&self, i: JiraIssue, comments: Vec<JiraComment>) -> IssueDetails {
        IssueDetails {
            reference: i.key.clone(),
            tracker: KIND.as_str(),
            title: i.summary,
            state: IssueState::of(i.category != StatusCategory::Done),
            state_reason: i.resolution,
            status: Some(i.status),
            labels: i.labels,
            assignees: i.assignee_account.into_iter().collect(),
            one_assignee: true,
            close_reasons: false,
            version: None,
            author: None,
            milestone: Some(i.fix_versions.join(", ")).filter(|m| !m.is_empty()),
            milestone_names: Some(MilestoneNames::Set(i.fix_versions.into_iter().collect())),
            body: i.description.unwrap_or_default(),
            url: Some(i.url),
            created: i.created,
            progress: None,
            updated: i.updated,
            comments: comments
                .into_iter()
                .map(|c| CommentView {
                    agent: None,
                    author: c.author,
                    created: c.created,
                    body: c.body,
                })
                .collect(),
        }
    }

    /// An assignee field: `accountId` on Cloud, `name` on Data Center.
    fn assignee(&self, who: &str) -> Value {
        match self.site.deployment {
            JiraDeployment::Cloud => json!({ "accountId": who }),
            JiraDeployment::Server => json!({ "name": who }),
        }
    }

    /// Markdown as this deployment keeps bodies: ADF on Cloud, wiki markup on Data
    /// Center. Our hidden markers become the bracketed tags ([`marker_text`]).
    fn body_of_markdown(&self, md: &str) -> Value {
        match self.site.deployment {
            JiraDeployment::Cloud => markup::markdown_to_adf(md),
            JiraDeployment::Server => json!(markup::markdown_to_wiki(md)),
        }
    }

    /// A body as this deployment keeps it, as Markdown in canonical form
    /// ([`markup::normalize_markdown`]): what was written comes back as it was
    /// compared, so a round trip is no change.
    fn markdown_of(&self, body: &Value) -> String {
        match (self.site.deployment, body) {
            (_, Value::Null) => String::new(),
            (JiraDeployment::Server, Value::String(wiki)) => markup::wiki_to_markdown(wiki),
            (_, body) => markup::adf_to_markdown(body),
        }
        .trim_end()
        .to_string()
    }

    fn comment_of(&self, v: &Value) -> JiraComment {
        let s = |v: Option<&Value>| v.and_then(Value::as_str).map(str::to_string);
        JiraComment {
            id: s(v.get("id")).unwrap_or_default(),
            author: s(v.get("author").and_then(|a| a.get("displayName"))),
            created: s(v.get("created")),
            body: v
                .get("body")
                .map(|b| self.markdown_of(b))
                .unwrap_or_default(),
        }
    }

    /// A plain-text field in this deployment's format (`plan publish` bodies).
    fn rich_text(&self, text: &str) -> Value {
        match self.site.deployment {
            JiraDeployment::Cloud => adf::from_text(text),
            JiraDeployment::Server => json!(text),
        }
    }

    /// Moves the issue to a status of the wanted categories, with a resolution for
    /// done statuses (`completed` → Done, `not_planned` → Won't Do when offered).
    async fn move_to_category(
        &self,
        key: &str,
        categories: &[StatusCategory],
        reason: Option<CloseReason>,
    ) -> Result<(), TrackerError> {
        let current = self.view(key).await?;
        if categories.contains(&current.category) {
            return Ok(());
        }
        let available = self.list_transitions(key).await?;
        let Some(t) = categories
            .iter()
            .find_map(|c| available.iter().find(|t| t.category == *c))
        else {
            let list: Vec<String> = available
                .iter()
                .map(|t| format!("'{}' → {}", t.name, t.to))
                .collect();
            return Err(TrackerError::Rejected(format!(
                "no transition from '{}' leads to a {} status; available: {}",
                current.status,
                StatusCategory::either(categories),
                if list.is_empty() {
                    "none".into()
                } else {
                    list.join(", ")
                }
            )));
        };
        let mut fields = Map::new();
        if let Some(f) = t.fields.iter().find(|f| f.key == "resolution") {
            let wanted = match reason {
                Some(CloseReason::NotPlanned) => ["Won't Do", "Won't Fix", "Declined"].as_slice(),
                _ => ["Done", "Fixed", "Resolved"].as_slice(),
            };
            let name = wanted
                .iter()
                .find(|w| f.allowed.iter().any(|a| a.eq_ignore_ascii_case(w)))
                .map(|w| w.to_string())
                .or_else(|| f.allowed.first().cloned())
                .unwrap_or_else(|| "Done".into());
            fields.insert("resolution".into(), json!({ "name": name }));
        }
        self.transition(key, &t.id, &t.to, &fields).await
    }

    /// The authenticated user (`/myself`): checks credentials.
    /// The server's version and deployment type (`serverInfo`).
    pub async fn server_info(&self) -> Result<(String, String), TrackerError> {
        let v: Value = self.get("/serverInfo", &[]).await?.json()?;
        let s = |k: &str| {
            v.get(k)
                .and_then(Value::as_str)
                .unwrap_or("unknown")
                .to_string()
        };
        Ok((s("version"), s("deploymentType")))
    }

    pub async fn myself(&self) -> Result<JiraUser, TrackerError> {
        let v: Value = self.get("/myself", &[]).await?.json()?;
        let s = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
        Ok(JiraUser {
            name: s("accountId").or_else(|| s("name")).unwrap_or_default(),
            display_name: s("displayName"),
            email: s("emailAddress"),
        })
    }
}

fn check(reply: Reply) -> Result<Reply, TrackerError> {
    match reply.status {
        200..=299 => Ok(reply),
        401 | 403 => Err(TrackerError::Auth(format!(
            "{}; check JIRA_API_TOKEN (and JIRA_EMAIL on Cloud)",
            reply.message()
        ))),
        404 => Err(TrackerError::NotFound),
        _ => Err(TrackerError::Rejected(reply.message())),
    }
}

fn enc(segment: &str) -> String {
    percent_encoding::utf8_percent_encode(segment, percent_encoding::NON_ALPHANUMERIC)
        .to_string()
        .replace("%2D", "-")
}

/// Jira has no HTML comments: our markers become a short bracketed tag.
pub fn marker_text(marker: &str) -> String {
    let inner = marker
        .trim()
        .trim_start_matches("<!--")
        .trim_end_matches("-->")
        .trim();
    format!("[{inner}]")
}

/// A label as Jira can hold it: no spaces (each run becomes `-`).
pub fn label_as_held(label: &str) -> String {
    label.split_whitespace().collect::<Vec<_>>().join("-")
}

/// Labels as Jira can hold them: no spaces (each becomes `-`, with a warning).
fn jira_labels(labels: &[String]) -> Vec<String> {
    labels
        .iter()
        .map(|l| {
            let mapped = label_as_held(l);
            if mapped != *l {
                eprintln!(
                    "warning: Jira labels cannot hold spaces: '{l}' is written as '{mapped}'"
                );
            }
            mapped
        })
        .collect()
}

fn jira_key(issue: &IssueRef) -> Result<&str, TrackerError> {
    match issue {
        IssueRef::Key { kind: KIND, key } => Ok(key),
        other => Err(TrackerError::Unavailable(format!(
            "{other} is not a Jira issue"
        ))),
    }
}

#[async_trait]
impl Tracker for JiraTracker {
    fn kind(&self) -> TrackerKind {
        KIND
    }

    fn dependency_links(&self) -> Option<&dyn crate::tracker::dependency_links::DependencyLinks> {
        Some(self)
    }

    async fn issue(&self, issue: &IssueRef) -> Result<IssueSnapshot, TrackerError> {
        let i = self.view(jira_key(issue)?).await?;
        Ok(snapshot(issue, i))
    }

    /// One JQL search (`key in (…)`, 100 keys a search) reads the issues; an issue
    /// the search did not return is read on its own (to tell "missing" from a
    /// server that ignores the JQL). Transitions are read only for issues not yet
    /// where they should be, comments only for issues to close.
    async fn observe(&self, request: &ObserveRequest) -> Observation {
        let mut out = Observation::default();
        for chunk in request.issues.chunks(100) {
            let keys: Vec<&str> = chunk.iter().filter_map(|i| jira_key(i).ok()).collect();
            if keys.is_empty() {
                continue;
            }
            let jql = format!("key in ({})", keys.join(", "));
            let found: HashMap<String, JiraIssue> = match self.search(&jql, keys.len()).await {
                Ok(found) => found
                    .into_iter()
                    .map(|i| (i.key.to_ascii_uppercase(), i))
                    .collect(),
                Err(_) => HashMap::new(),
            };
            for issue in chunk {
                let key = jira_key(issue)
                    .map(str::to_ascii_uppercase)
                    .unwrap_or_default();
                let read = match found.get(&key) {
                    Some(i) => Ok(snapshot(issue, i.clone())),
                    None => self.issue(issue).await,
                };
                out.issues.insert(issue.clone(), read);
            }
        }
        if let Some(marker) = &request.marker {
            for issue in &request.marked {
                let found = self.has_comment(issue, marker).await;
                out.marked.insert(issue.clone(), found);
            }
        }
        for (issue, wanted) in &request.transitions {
            let there = matches!(out.issues.get(issue), Some(Ok(s)) if s.status.as_deref().is_some_and(|st| st.eq_ignore_ascii_case(wanted)));
            if !there && matches!(out.issues.get(issue), Some(Ok(_))) {
                let available = self.transitions(issue).await;
                out.transitions.insert(issue.clone(), available);
            }
        }
        out
    }

    async fn label_exists(&self, space: &Space, _name: &str) -> Result<bool, TrackerError> {
        Err(TrackerError::Unavailable(format!(
            "{space} is not a Jira project"
        )))
    }

    async fn milestone(&self, space: &Space, _number: u64) -> Result<Milestone, TrackerError> {
        Err(TrackerError::Unavailable(format!(
            "{space} is not a Jira project"
        )))
    }

    async fn has_comment(&self, issue: &IssueRef, marker: &str) -> Result<bool, TrackerError> {
        // Bodies read back as Markdown carry the marker; the tag is matched too.
        let tag = marker_text(marker);
        Ok(self
            .comments(jira_key(issue)?)
            .await?
            .iter()
            .any(|c| c.body.contains(marker.trim()) || c.body.contains(&tag)))
    }

    async fn apply(&self, target: &Target, change: &Change) -> Result<(), TrackerError> {
        let Target::Issue(issue) = target else {
            return Err(TrackerError::Unavailable(format!(
                "cannot {} on {target}",
                change.action()
            )));
        };
        let key = jira_key(issue)?;
        match change {
            Change::Transition { id, to, fields, .. } => self.transition(key, id, to, fields).await,
            Change::Comment { body, .. } => {
                let body = self.body_of_markdown(body);
                self.post_comment(key, body).await.map(drop)
            }
            other => Err(TrackerError::Unavailable(format!(
                "cannot {} on {issue}",
                other.action()
            ))),
        }
    }

    async fn transitions(&self, issue: &IssueRef) -> Result<Vec<TransitionInfo>, TrackerError> {
        self.list_transitions(jira_key(issue)?).await
    }

    async fn list_issues(
        &self,
        space: &Space,
        filter: &IssueFilter,
    ) -> Result<Listed, TrackerError> {
        let Space::Project(KIND, project) = space else {
            return Err(TrackerError::Unavailable(format!(
                "{space} is not a Jira project"
            )));
        };
        let quote = |s: &str| format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""));
        let mut jql = format!("project = {}", quote(project));
        match filter.state {
            StateFilter::Open => jql.push_str(" AND statusCategory != Done"),
            StateFilter::Closed => jql.push_str(" AND statusCategory = Done"),
            StateFilter::All => {}
        }
        if let Some(l) = &filter.label {
            jql.push_str(&format!(" AND labels = {}", quote(l)));
        }
        if let Some(a) = &filter.assignee {
            jql.push_str(&format!(" AND assignee = {}", quote(a)));
        }
        // Newest first, as gh lists.
        jql.push_str(" ORDER BY created DESC");
        let found = self.search_counted(&jql, filter.limit).await?;
        let sent = found.issues.len();
        // Filters are applied again here: not every server honors all of JQL.
        let shown: Vec<IssueDetails> = found
            .issues
            .into_iter()
            .filter(|i| filter.state.matches(i.category != StatusCategory::Done))
            .filter(|i| {
                filter.accepts(
                    &i.labels,
                    &i.assignee_account.clone().into_iter().collect::<Vec<_>>(),
                )
            })
            .map(|i| self.details_of(i, Vec::new()))
            .collect();
        // The server's count is believed only when it agreed with the filters on
        // every issue it sent.
        Ok(match (found.more, found.total) {
            (false, _) => {
                let total = shown.len();
                Listed::counted(shown, total)
            }
            (true, Some(total)) if shown.len() == sent => Listed::counted(shown, total),
            (true, _) => Listed::more_than(shown),
        })
    }

    async fn query_candidates(
        &self,
        space: &Space,
        query: &crate::query::Query,
        _me: Option<&str>,
    ) -> Result<Listed, TrackerError> {
        self.query_search(query::project_of(space)?, query).await
    }

    async fn details(&self, issue: &IssueRef) -> Result<IssueDetails, TrackerError> {
        let key = jira_key(issue)?;
        let (i, comments) = (self.view(key).await?, self.comments(key).await?);
        let mut details = self.details_of(i, comments);
        details.progress = self.read_progress(key).await?;
        Ok(details)
    }

    async fn create_issue(
        &self,
        space: &Space,
        new: &NewIssue,
    ) -> Result<IssueDetails, TrackerError> {
        let Space::Project(KIND, project) = space else {
            return Err(TrackerError::Unavailable(format!(
                "{space} is not a Jira project"
            )));
        };
        if new.milestone.is_some() {
            return Err(TrackerError::Rejected(
                "Jira issues have no milestones".into(),
            ));
        }
        let mut fields = json!({
            "project": {"key": project},
            "summary": new.title,
            "issuetype": {"name": "Task"},
            "labels": jira_labels(&new.labels),
        });
        if !new.body.trim().is_empty() {
            fields["description"] = self.body_of_markdown(&new.body);
        }
        if let Some(a) = new.assignees.first() {
            fields["assignee"] = self.assignee(a);
        }
        let path = format!("{}/issue", self.api());
        let body = json!({ "fields": fields });
        let reply = check(
            self.http
                .send(Method::POST, &path, &[], Some(&body), false)
                .await?,
        )?;
        let created: Value = reply.json()?;
        let key = created.get("key").and_then(Value::as_str).ok_or_else(|| {
            TrackerError::Transport("Jira did not return the new issue's key".into())
        })?;
        Ok(self.details_of(self.view(key).await?, Vec::new()))
    }

    async fn edit_issue(
        &self,
        issue: &IssueRef,
        edit: &IssueEdit,
    ) -> Result<IssueDetails, TrackerError> {
        let key = jira_key(issue)?;
        if edit.milestone.is_some() {
            return Err(TrackerError::Rejected(
                "Jira issues have no milestones".into(),
            ));
        }
        let mut fields = Map::new();
        if let Some(t) = &edit.title {
            fields.insert("summary".into(), json!(t));
        }
        if let Some(b) = &edit.body {
            fields.insert("description".into(), self.body_of_markdown(b));
        }
        if let Some(a) = edit.add_assignees.first() {
            fields.insert("assignee".into(), self.assignee(a));
        } else if !edit.remove_assignees.is_empty() {
            fields.insert("assignee".into(), Value::Null);
        }
        let labels: Vec<Value> = jira_labels(&edit.add_labels)
            .iter()
            .map(|l| json!({ "add": l }))
            .chain(
                jira_labels(&edit.remove_labels)
                    .iter()
                    .map(|l| json!({ "remove": l })),
            )
            .collect();
        let mut body = json!({ "fields": fields });
        if !labels.is_empty() {
            body["update"] = json!({ "labels": labels });
        }
        let path = format!("{}/issue/{}", self.api(), enc(key));
        check(
            self.http
                .send(Method::PUT, &path, &[], Some(&body), true)
                .await?,
        )?;
        self.details(issue).await
    }

    async fn set_open(
        &self,
        issue: &IssueRef,
        open: bool,
        reason: Option<&str>,
    ) -> Result<IssueDetails, TrackerError> {
        let key = jira_key(issue)?;
        if open {
            let open = [StatusCategory::New, StatusCategory::Indeterminate];
            self.move_to_category(key, &open, None).await?;
        } else {
            // The reason comes from the command line as text.
            let reason = reason.and_then(CloseReason::parse);
            self.move_to_category(key, &[StatusCategory::Done], reason)
                .await?;
        }
        self.details(issue).await
    }

    async fn comment(&self, issue: &IssueRef, body: &str) -> Result<(), TrackerError> {
        let key = jira_key(issue)?;
        self.post_comment(key, self.body_of_markdown(body))
            .await
            .map(drop)
    }

    fn comment_ids(&self) -> Option<&dyn crate::tracker::comment_ids::CommentIds> {
        Some(self)
    }

    async fn set_milestones(
        &self,
        issue: &IssueRef,
        names: &std::collections::BTreeSet<String>,
    ) -> Result<Vec<String>, TrackerError> {
        self.set_fix_versions(jira_key(issue)?, names).await
    }

    /// Kept as the issue property `debussy-sync.progress`, not in the body.
    async fn set_progress(
        &self,
        issue: &IssueRef,
        progress: &crate::progress_meta::Progress,
    ) -> Result<IssueDetails, TrackerError> {
        self.write_progress(jira_key(issue)?, progress).await?;
        self.details(issue).await
    }

    async fn activity(
        &self,
        scope: &crate::activity::Scope,
    ) -> Result<Vec<crate::activity::Entry>, TrackerError> {
        self.read_activity(scope).await
    }

    fn publish_structure(&self) -> crate::tracker::publish::Structure {
        publish::STRUCTURE
    }

    async fn publish_observe(
        &self,
        space: &Space,
        read: &crate::tracker::publish::PublishRead,
    ) -> crate::tracker::publish::PublishSeen {
        self.publish_read(space, read).await
    }

    async fn publish_write(
        &self,
        space: &Space,
        write: &crate::tracker::publish::PublishWrite,
    ) -> Result<crate::tracker::publish::Written, TrackerError> {
        self.publish_one(space, write).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(id: &str, name: &str, to: &str, fields: Vec<ScreenField>) -> TransitionInfo {
        TransitionInfo {
            id: id.into(),
            name: name.into(),
            to: to.into(),
            category: if to == "Done" {
                StatusCategory::Done
            } else {
                StatusCategory::Indeterminate
            },
            fields,
        }
    }

    fn resolution(required: bool) -> ScreenField {
        ScreenField {
            key: "resolution".into(),
            name: "Resolution".into(),
            required,
            allowed: vec!["Done".into(), "Won't Do".into()],
        }
    }

    #[test]
    fn matches_by_transition_name_or_target_status() {
        let list = [t("21", "Start Progress", "In Progress", vec![])];
        for wanted in ["start progress", "In Progress"] {
            let TransitionOutcome::Take(Change::Transition { id, .. }) =
                choose_transition("To Do", wanted, &list, &Map::new())
            else {
                panic!("{wanted}")
            };
            assert_eq!(id, "21");
        }
    }

    #[test]
    fn unavailable_transition_lists_what_is_available() {
        let list = [t("21", "To In Progress", "In Progress", vec![])];
        let TransitionOutcome::Unavailable(reason) =
            choose_transition("To Do", "Done", &list, &Map::new())
        else {
            panic!()
        };
        assert_eq!(
            reason,
            "'Done' is not available from 'To Do'; available: 'To In Progress' → In Progress"
        );
    }

    #[test]
    fn required_screen_field_comes_from_config() {
        let list = [t("41", "Resolve", "Done", vec![resolution(true)])];
        assert!(matches!(
            choose_transition("In Review", "Done", &list, &Map::new()),
            TransitionOutcome::Unavailable(r) if r.contains("jira.transition_fields.resolution")
        ));
        let mut configured = Map::new();
        configured.insert("resolution".into(), json!("Done"));
        configured.insert("not_on_screen".into(), json!("x"));
        let TransitionOutcome::Take(Change::Transition { fields, .. }) =
            choose_transition("In Review", "Done", &list, &configured)
        else {
            panic!()
        };
        assert_eq!(
            Value::Object(fields),
            json!({"resolution": {"name": "Done"}})
        );
    }

    #[test]
    fn deployment_defaults_from_the_host() {
        assert_eq!(
            JiraSite::new("https://acme.atlassian.net/", None).deployment,
            JiraDeployment::Cloud
        );
        assert_eq!(
            JiraSite::new("http://127.0.0.1:8080", None).deployment,
            JiraDeployment::Server
        );
        assert_eq!(
            JiraSite::new("http://127.0.0.1:8080", Some(JiraDeployment::Cloud)).deployment,
            JiraDeployment::Cloud
        );
    }

    #[test]
    fn markers_become_tags() {
        assert_eq!(
            marker_text("<!-- debussy-sync:completion:p -->"),
            "[debussy-sync:completion:p]"
        );
    }
}
