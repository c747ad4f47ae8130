//! What happened on a Jira issue (PRODUCT §14): its changelog (status changes and
//! every other field edit, each with who and when) and its comments (with the
//! agent that signed them). Cloud pages the changelog through
//! `GET /issue/{key}/changelog`; Data Center sends it with the issue under
//! `expand=changelog`.

use super::{jira_key, JiraDeployment, JiraTracker};
use crate::activity::{first_line, Entry, Scope, Source};
use crate::refs::IssueRef;
use crate::tracker::{CommentView, TrackerError};
use serde::Deserialize;
use serde_json::Value;

/// Changelog entries a page.
const PAGE: usize = 100;

/// One changelog entry: the fields one edit changed.
#[derive(Debug, Deserialize)]
struct History {
    #[serde(default)]
    author: Option<Author>,
    #[serde(default)]
    created: Option<String>,
    #[serde(default)]
    items: Vec<Item>,
}

#[derive(Debug, Deserialize)]
struct Author {
    #[serde(rename = "displayName", default)]
    display_name: Option<String>,
    #[serde(default)]
    name: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Item {
    #[serde(default)]
    field: String,
    #[serde(rename = "fromString", default)]
    from: Option<String>,
    #[serde(rename = "toString", default)]
    to: Option<String>,
}

/// The entries of one changelog entry: `transitioned` for a status change,
/// `changed` for any other field.
fn history_entries(h: History, issue: &str) -> Vec<Entry> {
    let actor = h.author.and_then(|a| a.display_name.or(a.name));
    let at = rfc3339(h.created.unwrap_or_default());
    h.items
        .into_iter()
        .map(|item| {
            let change = format!(
                "{} → {}",
                item.from.as_deref().unwrap_or("none"),
                item.to.as_deref().unwrap_or("none")
            );
            let (event, detail) = if item.field.eq_ignore_ascii_case("status") {
                ("transitioned", change)
            } else {
                ("changed", format!("{}: {change}", item.field))
            };
            Entry {
                at: at.clone(),
                issue: issue.to_string(),
                source: Source::Tracker,
                event: event.into(),
                agent: None,
                actor: actor.clone(),
                detail: Some(first_line(&detail)),
            }
        })
        .collect()
}

/// Jira's `2026-01-16T09:00:00.000+0000` as RFC 3339 (`2026-01-16T09:00:00Z`),
/// so the stream orders and filters it with the others; other text as it came.
fn rfc3339(text: String) -> String {
    jiff::fmt::strtime::parse("%Y-%m-%dT%H:%M:%S%.f%z", &text)
        .ok()
        .and_then(|t| t.to_timestamp().ok())
        .map_or(text, |t| t.to_string())
}

fn histories(list: Option<&Value>) -> Result<Vec<History>, TrackerError> {
    list.cloned()
        .map(serde_json::from_value)
        .transpose()
        .map_err(|e| TrackerError::Transport(format!("unexpected changelog: {e}")))
        .map(Option::unwrap_or_default)
}

impl JiraTracker {
    /// Every changelog entry of an issue, oldest first.
    async fn changelog(&self, key: &str) -> Result<Vec<History>, TrackerError> {
        let path = format!("/issue/{}", super::enc(key));
        if self.site.deployment == JiraDeployment::Server {
            let query = [("expand", "changelog".into()), ("fields", "created".into())];
            let body: Value = self.get(&path, &query).await?.json()?;
            return histories(body.pointer("/changelog/histories"));
        }
        let mut out = Vec::new();
        loop {
            let query = [
                ("startAt", out.len().to_string()),
                ("maxResults", PAGE.to_string()),
            ];
            let body: Value = self
                .get(&format!("{path}/changelog"), &query)
                .await?
                .json()?;
            let page = histories(body.get("values"))?;
            let total = body.get("total").and_then(Value::as_u64).unwrap_or(0) as usize;
            let last = body.get("isLast").and_then(Value::as_bool);
            let empty = page.is_empty();
            out.extend(page);
            if empty || last == Some(true) || (last.is_none() && out.len() >= total) {
                return Ok(out);
            }
        }
    }

    /// The changelog and the comments of an issue; a project has no stream here.
    pub(super) async fn read_activity(&self, scope: &Scope) -> Result<Vec<Entry>, TrackerError> {
        let Scope::Issue(issue) = scope else {
            return Ok(Vec::new());
        };
        let key = jira_key(issue)?;
        let name = IssueRef::Key {
            kind: super::KIND,
            key: key.to_ascii_uppercase(),
        }
        .to_string();
        let mut out: Vec<Entry> = self
            .changelog(key)
            .await?
            .into_iter()
            .flat_map(|h| history_entries(h, &name))
            .collect();
        for c in self.comments(key).await? {
            let view = CommentView {
                agent: None,
                author: c.author,
                created: c.created,
                body: c.body,
            }
            .unsigned();
            out.push(Entry {
                at: rfc3339(view.created.unwrap_or_default()),
                issue: name.clone(),
                source: Source::Tracker,
                event: "commented".into(),
                agent: view.agent,
                actor: view.author,
                detail: Some(first_line(&view.body)),
            });
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_status_change_is_a_transition_and_other_fields_are_changes() {
        let h: History = serde_json::from_value(json!({
            "id": "1", "author": {"displayName": "Dev Eloper"},
            "created": "2026-01-01T10:00:00.000+0000",
            "items": [
                {"field": "status", "fromString": "To Do", "toString": "In Progress"},
                {"field": "labels", "fromString": "", "toString": "urgent"},
                {"field": "assignee", "toString": "Ann"}
            ]
        }))
        .expect("history");
        let got: Vec<(String, Option<String>)> = history_entries(h, "PROJ-1")
            .into_iter()
            .map(|e| (e.event, e.detail))
            .collect();
        let want = [
            ("transitioned", "To Do → In Progress"),
            ("changed", "labels:  → urgent"),
            ("changed", "assignee: none → Ann"),
        ];
        let want: Vec<(String, Option<String>)> = want
            .iter()
            .map(|(e, d)| (e.to_string(), Some(d.to_string())))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn jira_times_become_rfc3339() {
        let cases = [
            ("2026-01-01T10:00:00.000+0000", "2026-01-01T10:00:00Z"),
            ("2026-01-01T10:00:00.000+0200", "2026-01-01T08:00:00Z"),
            ("", ""),
            ("soon", "soon"),
        ];
        for (text, want) in cases {
            assert_eq!(rfc3339(text.into()), want, "{text}");
        }
    }
}
