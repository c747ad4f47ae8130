//! `plan publish` on Jira (Cloud REST v3 and Data Center REST v2).
//!
//! - The tracking issue is created with issue type `jira.publish.epic_type`
//!   (default `Epic`), phase issues with `jira.publish.issue_type` (default `Task`).
//!   The tracking issue is told by its body: its hidden marker names no phase.
//! - Sub-issues: a phase issue is tied to the tracking issue through
//!   `jira.publish.parent_field` — `parent` (`{"key": …}`, Cloud and recent Data
//!   Center) or a custom field id such as the classic Epic Link, set to the key.
//!   The tracking issue is created in the same stage as its phases, so the tie is
//!   an edit of the child (`PUT /issue/{key}`), read back from the same field.
//! - Dependencies: an issue link of type `jira.publish.blocks_link` (default
//!   `Blocks`). Jira's outward issue is the one the link type's outward phrase
//!   ("blocks") starts from: the blocker is `outwardIssue`, the blocked issue
//!   `inwardIssue`. Jira answers a link that exists already as created.
//! - Milestones: none. Jira's counterpart, fixVersions, is not set by publish; the
//!   driver warns when a milestone is asked for.
//! - Labels need no creating in Jira: every label "exists".
//!
//! Bodies go out as the deployment writes descriptions (ADF on Cloud, text on Data
//! Center). Jira keeps no HTML comments, so our hidden markers travel as the
//! bracketed plain-text tags the Jira tracker already uses for comment markers
//! ([`super::marker_text`]): `[debussy-sync:publish plan="…" phase="1"]` …
//! `[/debussy-sync:publish]`, each on a line of its own, which both formats keep
//! as they are. Read back, the tags become the markers again, so the body merge
//! and the marker scan see what every other tracker shows.
//!
//! Reads: the issues a plan links in one JQL search (`key in (…)`, falling back
//! to one read per issue when the search is refused, e.g. for a deleted key);
//! markers among the project's issues created in the last day. Jira's search
//! index may lag behind a create: the journal is the primary record, the scan only
//! its fallback.

use super::{adf, check, enc, marker_text, JiraDeployment, JiraTracker, KIND};
use crate::refs::IssueRef;
use crate::tracker::publish::{
    PublishRead, PublishSeen, PublishWrite, Published, Structure, Written,
};
use crate::tracker::wire::Reply;
use crate::tracker::{NewIssue, Space, TrackerError};
use reqwest::Method;
use serde_json::{json, Map, Value};

pub const STRUCTURE: Structure = Structure {
    sub_issues: true,
    dependencies: true,
    milestones: false,
};

const START: &str = "debussy-sync:publish ";
const END: &str = "/debussy-sync:publish";
/// Issues looked through for markers.
const SCAN_LIMIT: usize = 100;

/// An issue's key and fields as a search or a read answered them.
type Fields = (String, Map<String, Value>);
/// An issue's key and its fields, or why they could not be read.
type Answer = (String, Result<Map<String, Value>, TrackerError>);

impl JiraTracker {
    pub(super) async fn publish_read(&self, space: &Space, read: &PublishRead) -> PublishSeen {
        let mut seen = PublishSeen::default();
        for name in &read.labels {
            seen.labels.insert(name.clone(), Ok(true));
        }
        let Space::Project(KIND, project) = space else {
            let e = TrackerError::Unavailable(format!("{space} is not a Jira project"));
            if !read.markers.is_empty() {
                seen.scan_failed = Some(e);
            }
            return seen;
        };
        self.read_published(read, &mut seen).await;
        if !read.markers.is_empty() {
            let jql = format!(
                "project = {} AND created >= -1d ORDER BY created DESC",
                quote(project)
            );
            match self
                .search_fields(&jql, "summary,description", SCAN_LIMIT)
                .await
            {
                Ok(found) => {
                    for (key, fields) in found {
                        let body = from_jira(&description(&fields));
                        if let Some(m) = read.markers.iter().find(|m| body.contains(m.as_str())) {
                            seen.found
                                .entry(m.clone())
                                .or_insert(IssueRef::Key { kind: KIND, key });
                        }
                    }
                }
                Err(e) => seen.scan_failed = Some(e),
            }
        }
        seen
    }

    /// The issues the plan links, their text and what they are children of.
    async fn read_published(&self, read: &PublishRead, seen: &mut PublishSeen) {
        let mut keys = Vec::new();
        for issue in &read.issues {
            match issue {
                IssueRef::Key { kind: KIND, key } => keys.push(key.clone()),
                other => {
                    let why = format!("{other} is not a Jira issue");
                    seen.issues
                        .insert(other.clone(), Err(TrackerError::Unavailable(why)));
                }
            }
        }
        if keys.is_empty() {
            return;
        }
        let field = self.publish.parent_field.clone();
        let fields = format!("summary,description,{field}");
        let answers = self.read_keys(&keys, &fields).await;
        let parent = read.children_of.as_ref().and_then(|p| match p {
            IssueRef::Key { key, .. } => Some(key.clone()),
            _ => None,
        });
        let mut children = Vec::new();
        for (key, answer) in answers {
            let issue = IssueRef::Key { kind: KIND, key };
            if let (Ok(f), Some(p)) = (&answer, &parent) {
                if parent_key(f.get(&field)).is_some_and(|k| k.eq_ignore_ascii_case(p)) {
                    children.push(issue.clone());
                }
            }
            let published = answer.map(|f| Published {
                title: f
                    .get("summary")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string(),
                body: from_jira(&description(&f)),
            });
            seen.issues.insert(issue, published);
        }
        if parent.is_some() {
            seen.children = Some(Ok(children));
        }
    }

    /// `fields` of the issues `keys` in one search; one read per issue when the
    /// search is refused (Jira refuses a `key in` naming a deleted issue).
    async fn read_keys(&self, keys: &[String], fields: &str) -> Vec<Answer> {
        let jql = format!("key in ({}) ORDER BY key ASC", keys.join(", "));
        if let Ok(mut found) = self.search_fields(&jql, fields, keys.len()).await {
            return keys
                .iter()
                .map(|k| {
                    let at = found.iter().position(|(f, _)| f.eq_ignore_ascii_case(k));
                    let got = at.map(|i| found.swap_remove(i).1);
                    (k.clone(), got.ok_or(TrackerError::NotFound))
                })
                .collect();
        }
        let mut out = Vec::with_capacity(keys.len());
        for key in keys {
            out.push((key.clone(), self.read_fields(key, fields).await));
        }
        out
    }

    /// One issue's `fields`.
    async fn read_fields(
        &self,
        key: &str,
        fields: &str,
    ) -> Result<Map<String, Value>, TrackerError> {
        let reply = self
            .get(
                &format!("/issue/{}", enc(key)),
                &[("fields", fields.to_string())],
            )
            .await?;
        let v: Value = reply.json()?;
        Ok(v.get("fields")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default())
    }

    /// Keys and `fields` of the issues matching `jql`, at most `limit`, paged the
    /// deployment's way.
    pub(super) async fn search_fields(
        &self,
        jql: &str,
        fields: &str,
        limit: usize,
    ) -> Result<Vec<Fields>, TrackerError> {
        let mut out: Vec<Fields> = Vec::new();
        let mut token: Option<String> = None;
        while out.len() < limit {
            let mut query = vec![
                ("jql", jql.to_string()),
                ("maxResults", (limit - out.len()).min(100).to_string()),
                ("fields", fields.to_string()),
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
            let issues = body
                .get("issues")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            let got = issues.len();
            out.extend(issues.into_iter().filter_map(|i| {
                let key = i.get("key")?.as_str()?.to_string();
                Some((key, i.get("fields")?.as_object()?.clone()))
            }));
            let more = match self.site.deployment {
                JiraDeployment::Cloud => {
                    token = body
                        .get("nextPageToken")
                        .and_then(Value::as_str)
                        .map(str::to_string);
                    token.is_some()
                }
                JiraDeployment::Server => {
                    let total = body.get("total").and_then(Value::as_u64).unwrap_or(0);
                    (out.len() as u64) < total
                }
            };
            if !more || got == 0 {
                break;
            }
        }
        out.truncate(limit);
        Ok(out)
    }

    pub(super) async fn publish_one(
        &self,
        space: &Space,
        write: &PublishWrite,
    ) -> Result<Written, TrackerError> {
        match write {
            PublishWrite::CreateLabel(_) => Ok(Written::Done),
            PublishWrite::CreateMilestone { .. } => Err(TrackerError::Unavailable(
                "Jira has no milestones to publish with (fixVersions are not set)".into(),
            )),
            PublishWrite::Create(new) => self.publish_create(space, new).await,
            PublishWrite::Update { issue, title, body } => {
                let mut fields = Map::new();
                if let Some(t) = title {
                    fields.insert("summary".into(), json!(t));
                }
                if let Some(b) = body {
                    fields.insert("description".into(), self.rich_text(&to_jira(b)));
                }
                self.edit_fields(issue, fields).await
            }
            PublishWrite::SubIssue { parent, child } => {
                let key = super::jira_key(parent)?;
                let value = match self.publish.parent_field.as_str() {
                    "parent" => json!({ "key": key }),
                    _ => json!(key),
                };
                let mut fields = Map::new();
                fields.insert(self.publish.parent_field.clone(), value);
                self.edit_fields(child, fields).await
            }
            PublishWrite::BlockedBy { issue, blocker } => {
                let body = json!({
                    "type": { "name": self.publish.blocks_link },
                    "inwardIssue": { "key": super::jira_key(issue)? },
                    "outwardIssue": { "key": super::jira_key(blocker)? },
                });
                // Jira answers a repeated link as created: repeating is harmless.
                self.send(Method::POST, "/issueLink", &body, true).await?;
                Ok(Written::Done)
            }
        }
    }

    async fn publish_create(&self, space: &Space, new: &NewIssue) -> Result<Written, TrackerError> {
        let Space::Project(KIND, project) = space else {
            return Err(TrackerError::Unavailable(format!(
                "{space} is not a Jira project"
            )));
        };
        let issue_type = if is_tracking(&new.body) {
            &self.publish.epic_type
        } else {
            &self.publish.issue_type
        };
        let mut fields = json!({
            "project": { "key": project },
            "summary": new.title,
            "issuetype": { "name": issue_type },
            "labels": new.labels,
        });
        if !new.body.trim().is_empty() {
            fields["description"] = self.rich_text(&to_jira(&new.body));
        }
        let created: Value = self
            .send(Method::POST, "/issue", &json!({ "fields": fields }), false)
            .await?
            .json()?;
        let key = created.get("key").and_then(Value::as_str).ok_or_else(|| {
            TrackerError::Transport("Jira did not return the new issue's key".into())
        })?;
        Ok(Written::Issue(IssueRef::Key {
            kind: KIND,
            key: key.to_string(),
        }))
    }

    async fn edit_fields(
        &self,
        issue: &IssueRef,
        fields: Map<String, Value>,
    ) -> Result<Written, TrackerError> {
        let path = format!("/issue/{}", enc(super::jira_key(issue)?));
        self.send(Method::PUT, &path, &json!({ "fields": fields }), true)
            .await
            .map(|_| Written::Done)
    }

    pub(super) async fn send(
        &self,
        method: Method,
        path: &str,
        body: &Value,
        idempotent: bool,
    ) -> Result<Reply, TrackerError> {
        let path = format!("{}{path}", self.api());
        check(
            self.http
                .send(method, &path, &[], Some(body), idempotent)
                .await?,
        )
    }
}

fn quote(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// The description's text (ADF or wiki text), as written.
fn description(fields: &Map<String, Value>) -> String {
    fields
        .get("description")
        .map(adf::to_text)
        .unwrap_or_default()
}

/// The key a parent field holds: `{key}` (`parent`) or the key (Epic Link).
fn parent_key(value: Option<&Value>) -> Option<&str> {
    match value? {
        Value::String(key) => Some(key),
        other => other.get("key")?.as_str(),
    }
}

/// Whether a body is the tracking issue's: its marker names no phase.
fn is_tracking(body: &str) -> bool {
    let open = format!("<!-- {START}");
    body.lines()
        .find(|l| l.contains(&open))
        .is_some_and(|l| !l.contains(" phase=\""))
}

/// Our markers as tags Jira keeps.
fn to_jira(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(at) = rest.find("<!-- ") {
        let tail = &rest[at + 5..];
        let ours = tail.starts_with(START) || tail.starts_with(END);
        match tail.find("-->").filter(|_| ours) {
            Some(end) => {
                out.push_str(&rest[..at]);
                out.push_str(&marker_text(&rest[at..at + 5 + end + 3]));
                rest = &tail[end + 3..];
            }
            None => {
                out.push_str(&rest[..at + 5]);
                rest = tail;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Our tags, read back from Jira, as markers again.
fn from_jira(text: &str) -> String {
    let end_tag = format!("[{END}]");
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(&format!("[{START}")) {
        let tail = &rest[at + 1..];
        // Attribute values are quoted with `"` escaped: the tag ends at `"]`.
        let Some(end) = tail.find("\"]") else { break };
        out.push_str(&rest[..at]);
        out.push_str(&format!("<!-- {} -->", &tail[..end + 1]));
        rest = &tail[end + 2..];
    }
    out.push_str(rest);
    out.replace(&end_tag, &format!("<!-- {END} -->"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::publish::body;

    #[test]
    fn markers_travel_as_tags_and_come_back() {
        let phase = body::block(
            &body::marker("docs/plan.md", Some("2")),
            "- [ ] 2.1: Do\n\nPhase file: `x`",
        );
        let text = format!("Above.\n\n{phase}\n\nBelow <!-- kept -->");
        let sent = to_jira(&text);
        assert!(!sent.contains("<!-- debussy-sync"), "{sent}");
        assert!(
            sent.contains("[debussy-sync:publish plan=\"docs/plan.md\" phase=\"2\"]\n- [ ] 2.1")
        );
        assert!(sent.contains("[/debussy-sync:publish]\n\nBelow <!-- kept -->"));
        assert_eq!(from_jira(&sent), text);
        // Through ADF as Cloud stores it.
        assert_eq!(from_jira(&adf::to_text(&adf::from_text(&sent))), text);
    }

    #[test]
    fn the_tracking_issue_is_told_by_its_marker() {
        assert!(is_tracking(&body::block(&body::marker("p.md", None), "x")));
        assert!(!is_tracking(&body::block(
            &body::marker("p.md", Some("1")),
            "x"
        )));
        assert!(!is_tracking("no marker"));
    }

    #[test]
    fn parents_are_read_from_either_field_shape() {
        assert_eq!(
            parent_key(Some(&json!({"key": "P-1", "id": "10"}))),
            Some("P-1")
        );
        assert_eq!(parent_key(Some(&json!("P-2"))), Some("P-2"));
        assert_eq!(parent_key(Some(&Value::Null)), None);
        assert_eq!(parent_key(None), None);
    }
}
