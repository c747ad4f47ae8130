//! Jira dependencies (PRODUCT §14): issue links of the type
//! `jira.publish.blocks_link` (default `Blocks`, inward "is blocked by", outward
//! "blocks").
//!
//! Written as `plan publish` writes them: `POST /issueLink` with the blocker as
//! `outwardIssue` (the "from" issue the outward phrase starts at) and the blocked
//! issue as `inwardIssue`; removed with `DELETE /issueLink/{id}`. Read from an
//! issue's `issuelinks` field, where each link names only the other issue: as
//! `inwardIssue` when the link reads "this issue is blocked by it", as
//! `outwardIssue` when it reads "this issue blocks it". `issue ready` reads a
//! whole project in one JQL search with `issuelinks` and `status`; a linked
//! issue comes with its status, so closed blockers need no read of their own.

use super::{check, enc, jira_key, JiraTracker, KIND};
use crate::deps::{Candidate, Dependencies};
use crate::refs::IssueRef;
use crate::tracker::dependency_links::DependencyLinks;
use crate::tracker::{IssueState, Space, StatusCategory, TrackerError};
use async_trait::async_trait;
use reqwest::Method;
use serde::Deserialize;
use serde_json::{json, Value};
use std::collections::BTreeSet;

/// One issue link as an issue's `issuelinks` shows it.
#[derive(Debug, Deserialize)]
struct Link {
    id: String,
    #[serde(rename = "type")]
    kind: LinkType,
    #[serde(rename = "inwardIssue", default)]
    inward: Option<Linked>,
    #[serde(rename = "outwardIssue", default)]
    outward: Option<Linked>,
}

#[derive(Debug, Deserialize)]
struct LinkType {
    #[serde(default)]
    name: String,
}

#[derive(Debug, Deserialize)]
struct Linked {
    key: String,
    #[serde(default)]
    fields: Option<Value>,
}

impl Linked {
    /// Whether the linked issue is done, when its status came along.
    fn done(&self) -> Option<bool> {
        let key = self
            .fields
            .as_ref()?
            .pointer("/status/statusCategory/key")?;
        Some(StatusCategory::from_key(key.as_str()?.to_string()) == StatusCategory::Done)
    }
}

/// A dependency link seen from one issue.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Edge {
    /// The link's id, for removing it.
    id: String,
    /// The other issue's key.
    other: String,
    /// The other issue blocks this one (else this one blocks it).
    blocks_this: bool,
    /// Whether the other issue is done, when Jira said.
    other_done: Option<bool>,
}

/// The links of type `type_name` among an issue's `issuelinks`.
fn edges(issuelinks: Option<&Value>, type_name: &str) -> Result<Vec<Edge>, TrackerError> {
    let Some(links) = issuelinks.filter(|l| !l.is_null()) else {
        return Ok(Vec::new());
    };
    let links: Vec<Link> = serde_json::from_value(links.clone())
        .map_err(|e| TrackerError::Transport(format!("unexpected issuelinks: {e}")))?;
    Ok(links
        .into_iter()
        .filter(|l| l.kind.name.eq_ignore_ascii_case(type_name))
        .filter_map(|l| {
            let (other, blocks_this) = match (l.inward, l.outward) {
                (Some(i), _) => (i, true),
                (None, Some(o)) => (o, false),
                (None, None) => return None,
            };
            Some(Edge {
                id: l.id,
                other_done: other.done(),
                other: other.key.to_ascii_uppercase(),
                blocks_this,
            })
        })
        .collect())
}

fn text(v: Option<&Value>) -> String {
    v.and_then(Value::as_str).unwrap_or_default().to_string()
}

fn issue_ref(key: &str) -> IssueRef {
    IssueRef::Key {
        kind: KIND,
        key: key.to_ascii_uppercase(),
    }
}

/// What the edges of one issue say of its dependencies.
fn dependencies_of(edges: &[Edge]) -> Dependencies {
    let side = |blocks_this: bool| {
        edges
            .iter()
            .filter(|e| e.blocks_this == blocks_this)
            .map(|e| issue_ref(&e.other))
            .collect()
    };
    Dependencies {
        blocked_by: side(true),
        blocks: side(false),
    }
}

impl JiraTracker {
    /// The dependency links of one issue.
    async fn links_of(&self, key: &str) -> Result<Vec<Edge>, TrackerError> {
        let reply = self
            .get(
                &format!("/issue/{}", enc(key)),
                &[("fields", "issuelinks".into())],
            )
            .await?;
        let body: Value = reply.json()?;
        edges(
            body.pointer("/fields/issuelinks"),
            &self.publish.blocks_link,
        )
    }
}

#[async_trait]
impl DependencyLinks for JiraTracker {
    async fn dependencies(&self, issue: &IssueRef) -> Result<Dependencies, TrackerError> {
        Ok(dependencies_of(&self.links_of(jira_key(issue)?).await?))
    }

    /// Adds or removes "`issue` is blocked by `blocker`"; what is already so is
    /// done.
    async fn set_blocked_by(
        &self,
        issue: &IssueRef,
        blocker: &IssueRef,
        present: bool,
    ) -> Result<(), TrackerError> {
        let key = jira_key(issue)?;
        let blocker_key = jira_key(blocker)?.to_ascii_uppercase();
        let existing: Vec<Edge> = self
            .links_of(key)
            .await?
            .into_iter()
            .filter(|e| e.blocks_this && e.other == blocker_key)
            .collect();
        if present {
            if !existing.is_empty() {
                return Ok(());
            }
            let body = json!({
                "type": { "name": self.publish.blocks_link },
                "inwardIssue": { "key": key },
                "outwardIssue": { "key": blocker_key },
            });
            return self
                .send(Method::POST, "/issueLink", &body, true)
                .await
                .map(drop);
        }
        for edge in existing {
            let path = format!("{}/issueLink/{}", self.api(), enc(&edge.id));
            let reply = self
                .http
                .send(Method::DELETE, &path, &[], None, true)
                .await?;
            match check(reply) {
                Ok(_) | Err(TrackerError::NotFound) => {}
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    async fn ready_candidates(
        &self,
        space: &crate::tracker::Space,
    ) -> Option<Result<Vec<crate::deps::Candidate>, TrackerError>> {
        Some(self.open_candidates(space).await)
    }
}

impl JiraTracker {
    /// The open issues of a project with their blockers, from one JQL search;
    /// the closed blockers come along as closed candidates (their status rides
    /// with the link), so `issue ready` reads nothing more for them.
    pub(super) async fn open_candidates(
        &self,
        space: &Space,
    ) -> Result<Vec<Candidate>, TrackerError> {
        let project = super::query::project_of(space)?;
        let jql = format!(
            "project = \"{}\" AND statusCategory != Done ORDER BY created DESC",
            project.replace('\\', "\\\\").replace('"', "\\\"")
        );
        let found = self
            .search_fields(&jql, "summary,status,issuelinks", usize::MAX)
            .await?;
        let mut out = Vec::with_capacity(found.len());
        let mut closed: BTreeSet<String> = BTreeSet::new();
        for (key, fields) in found {
            let edges = edges(fields.get("issuelinks"), &self.publish.blocks_link)?;
            let blockers: Vec<&Edge> = edges.iter().filter(|e| e.blocks_this).collect();
            closed.extend(
                blockers
                    .iter()
                    .filter(|e| e.other_done == Some(true))
                    .map(|e| e.other.clone()),
            );
            let category = fields
                .get("status")
                .and_then(|s| s.pointer("/statusCategory/key"))
                .and_then(Value::as_str)
                .map(|k| StatusCategory::from_key(k.to_string()));
            out.push(Candidate {
                issue: issue_ref(&key),
                title: text(fields.get("summary")),
                state: IssueState::of(category != Some(StatusCategory::Done)),
                claimed_by: None,
                blocked_by: blockers.iter().map(|e| issue_ref(&e.other)).collect(),
            });
        }
        let listed: Vec<IssueRef> = out.iter().map(|c| c.issue.clone()).collect();
        out.extend(
            closed
                .into_iter()
                .map(|k| issue_ref(&k))
                .filter(|i| !listed.contains(i))
                .map(|issue| Candidate {
                    issue,
                    title: String::new(),
                    state: IssueState::Closed,
                    claimed_by: None,
                    blocked_by: Vec::new(),
                }),
        );
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(id: &str, kind: &str, side: &str, key: &str, category: Option<&str>) -> Value {
        let mut other = json!({ "key": key });
        if let Some(c) = category {
            other["fields"] = json!({"status": {"name": "X", "statusCategory": {"key": c}}});
        }
        let mut link = json!({ "id": id, "type": {"name": kind, "inward": "is blocked by", "outward": "blocks"} });
        link[side] = other;
        link
    }

    #[test]
    fn inward_links_are_blockers_and_outward_links_are_blocked() {
        let links = json!([
            link("1", "Blocks", "inwardIssue", "proj-1", Some("done")),
            link("2", "Blocks", "outwardIssue", "PROJ-3", Some("new")),
            link("3", "Duplicate", "inwardIssue", "PROJ-4", None),
            link("4", "blocks", "inwardIssue", "PROJ-5", None),
        ]);
        let found = edges(Some(&links), "Blocks").expect("links");
        let seen: Vec<(&str, &str, bool, Option<bool>)> = found
            .iter()
            .map(|e| (e.id.as_str(), e.other.as_str(), e.blocks_this, e.other_done))
            .collect();
        assert_eq!(
            seen,
            [
                ("1", "PROJ-1", true, Some(true)),
                ("2", "PROJ-3", false, Some(false)),
                ("4", "PROJ-5", true, None),
            ]
        );
        let deps = dependencies_of(&found);
        assert_eq!(deps.blocked_by, [issue_ref("PROJ-1"), issue_ref("PROJ-5")]);
        assert_eq!(deps.blocks, [issue_ref("PROJ-3")]);
    }

    #[test]
    fn a_configured_link_type_is_the_one_read() {
        let links = json!([
            link("1", "Blocks", "inwardIssue", "PROJ-1", None),
            link("2", "Depends", "inwardIssue", "PROJ-2", None),
        ]);
        let found = edges(Some(&links), "Depends").expect("links");
        assert_eq!(dependencies_of(&found).blocked_by, [issue_ref("PROJ-2")]);
        assert_eq!(edges(None, "Blocks").expect("none"), []);
        assert!(edges(Some(&json!([{"id": 1}])), "Blocks").is_err());
    }
}
