//! The fake Jira's agent routes: issue links' ids (`issuelinks` on an issue,
//! `DELETE /issueLink/{id}`), issue properties (`GET`/`PUT`/`DELETE
//! /issue/{key}/properties/{name}`) and the changelog (Cloud's paged
//! `GET /issue/{key}/changelog`, Data Center's `expand=changelog`).

use super::{error, FakeLink, State};
use crate::support::http::{Request, Response};
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// What the agent routes keep.
#[derive(Debug, Default)]
pub struct Agents {
    /// The id of each of `State::links`, by position.
    link_ids: Vec<u64>,
    /// Issue properties by issue key and property name.
    pub properties: BTreeMap<(String, String), Value>,
    /// Changelog entries by issue key, oldest first.
    changelog: BTreeMap<String, Vec<Value>>,
}

/// Gives the links made since the last request their ids.
fn number_links(s: &mut State) {
    while s.agents.link_ids.len() < s.links.len() {
        s.next_id += 1;
        let id = s.next_id;
        s.agents.link_ids.push(id);
    }
}

/// Records that `field` of `key` went from `from` to `to`, by `author`.
pub fn changed(s: &mut State, key: &str, field: &str, from: &str, to: &str, author: &str) {
    s.next_id += 1;
    let id = s.next_id;
    let created = jiff::Timestamp::now()
        .strftime("%Y-%m-%dT%H:%M:%S.000+0000")
        .to_string();
    s.agents
        .changelog
        .entry(key.into())
        .or_default()
        .push(json!({
            "id": id.to_string(),
            "author": {"displayName": author, "accountId": author, "name": author},
            "created": created,
            "items": [{"field": field, "fieldtype": "jira", "fromString": from, "toString": to}]
        }));
}

/// The `issuelinks` of `key`: each link names the other issue, as `inwardIssue`
/// when it blocks `key` ("is blocked by"), as `outwardIssue` when `key` blocks it.
pub fn issuelinks(s: &State, key: &str) -> Value {
    let linked = |other: &str| {
        let status = s
            .issues
            .get(other)
            .map(|i| i.status.clone())
            .unwrap_or_default();
        json!({"key": other, "fields": {"status": {"name": status,
               "statusCategory": {"key": super::category(&status)}}}})
    };
    let kind =
        |l: &FakeLink| json!({"name": l.kind, "inward": "is blocked by", "outward": "blocks"});
    let links: Vec<Value> = s
        .links
        .iter()
        .zip(&s.agents.link_ids)
        .filter_map(|(l, id)| {
            if l.inward == key {
                Some(json!({"id": id.to_string(), "type": kind(l), "inwardIssue": linked(&l.outward)}))
            } else if l.outward == key {
                Some(json!({"id": id.to_string(), "type": kind(l), "outwardIssue": linked(&l.inward)}))
            } else {
                None
            }
        })
        .collect();
    json!(links)
}

/// Answers the agent routes; `None`: not one of them.
pub fn route(s: &mut State, req: &Request, seg: &[&str]) -> Option<Response> {
    number_links(s);
    let method = req.method.as_str();
    if let ["issue", key, "properties" | "changelog", ..] = seg {
        if !s.issues.contains_key(*key) {
            return Some(error(404, "Issue does not exist"));
        }
    }
    Some(match (method, seg) {
        ("DELETE", ["issueLink", id]) => {
            let Some(at) = s.agents.link_ids.iter().position(|i| i.to_string() == *id) else {
                return Some(error(404, "No issue link with id found."));
            };
            s.agents.link_ids.remove(at);
            s.links.remove(at);
            Response::empty(204)
        }
        ("GET", ["issue", key, "properties", name]) => {
            match s
                .agents
                .properties
                .get(&(key.to_string(), name.to_string()))
            {
                Some(v) => Response::json(200, &json!({"key": name, "value": v})),
                None => error(404, "The property was not found."),
            }
        }
        ("PUT", ["issue", key, "properties", name]) => {
            let fresh = s
                .agents
                .properties
                .insert((key.to_string(), name.to_string()), req.json())
                .is_none();
            Response::json(if fresh { 201 } else { 200 }, &json!({}))
        }
        ("GET", ["issue", key, "changelog"]) if s.flavor == super::Flavor::Cloud => {
            let all = s.agents.changelog.get(*key).cloned().unwrap_or_default();
            let start: usize = req
                .query("startAt")
                .and_then(|v| v.parse().ok())
                .unwrap_or(0);
            let max: usize = req
                .query("maxResults")
                .and_then(|v| v.parse().ok())
                .unwrap_or(100)
                .min(s.page_cap);
            let page: Vec<Value> = all.iter().skip(start).take(max).cloned().collect();
            let last = start + page.len() >= all.len();
            Response::json(
                200,
                &json!({"startAt": start, "maxResults": max,
                "total": all.len(), "isLast": last, "values": page}),
            )
        }
        ("GET", ["issue", key]) if req.query("expand").is_some_and(|e| e.contains("changelog")) => {
            let i = s.issues.get(*key)?;
            let mut issue = super::issue_json(s, key, i);
            let all = s.agents.changelog.get(*key).cloned().unwrap_or_default();
            issue["changelog"] = json!({"startAt": 0, "maxResults": all.len(), "total": all.len(), "histories": all});
            Response::json(200, &issue)
        }
        _ => return None,
    })
}

impl super::FakeJira {
    /// Someone links in Jira that `blocker` blocks `blocked` (type `Blocks`).
    pub fn add_blocks_link(&self, blocker: &str, blocked: &str) {
        self.with(|s| {
            s.links.push(FakeLink {
                kind: "Blocks".into(),
                inward: blocked.into(),
                outward: blocker.into(),
            });
            number_links(s);
        });
    }
}
