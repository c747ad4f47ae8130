//! What happened on a Gitea (Forgejo) issue (PRODUCT §14): its timeline,
//! `GET /repos/{owner}/{repo}/issues/{index}/timeline`, which holds the comments
//! (with the agent that signed them) and the events (closed, reopened, labels,
//! title, assignees, milestone, dependencies). Event names follow GitHub's where
//! one exists (`commented`, `closed`, `labeled`…), else Gitea's own `type`.

use super::answers::{LabelBody, UserBody};
use super::GiteaTracker;
use crate::activity::{first_line, Entry, Scope, Source};
use crate::tracker::TrackerError;
use serde::Deserialize;

/// One timeline item (Gitea's `TimelineComment`).
#[derive(Debug, Deserialize)]
struct Item {
    #[serde(rename = "type", default)]
    kind: String,
    #[serde(default)]
    user: Option<UserBody>,
    #[serde(default)]
    created_at: Option<String>,
    #[serde(default)]
    body: Option<String>,
    #[serde(default)]
    label: Option<LabelBody>,
    #[serde(default)]
    old_title: Option<String>,
    #[serde(default)]
    new_title: Option<String>,
    #[serde(default)]
    assignee: Option<UserBody>,
    #[serde(default)]
    removed_assignee: bool,
}

/// The event name and detail of one item.
fn event_of(item: &Item, body: Option<&str>) -> (String, Option<String>) {
    let label = item.label.as_ref().map(|l| l.name.clone());
    let text = body.map(first_line).filter(|t| !t.is_empty());
    match item.kind.as_str() {
        "comment" => ("commented".into(), text),
        "close" => ("closed".into(), None),
        "reopen" => ("reopened".into(), None),
        // Gitea says "1" in the body of an added label, nothing for a removed one.
        "label" if body == Some("1") => ("labeled".into(), label),
        "label" => ("unlabeled".into(), label),
        "change_title" => (
            "renamed".into(),
            Some(format!(
                "{} → {}",
                item.old_title.as_deref().unwrap_or(""),
                item.new_title.as_deref().unwrap_or("")
            )),
        ),
        "assignees" => {
            let who = item.assignee.as_ref().map(|a| a.login.clone());
            let event = if item.removed_assignee {
                "unassigned"
            } else {
                "assigned"
            };
            (event.into(), who)
        }
        other => (other.to_string(), text),
    }
}

fn entry(item: Item, issue: &str) -> Entry {
    let (body, agent) = match item.body.as_deref().map(crate::agent::split_signature) {
        Some(Some((body, agent))) => (Some(body), Some(agent)),
        _ => (item.body.clone(), None),
    };
    let (event, detail) = event_of(&item, body.as_deref());
    Entry {
        at: item.created_at.unwrap_or_default(),
        issue: issue.to_string(),
        source: Source::Tracker,
        event,
        agent,
        actor: item.user.map(|u| u.login),
        detail,
    }
}

impl GiteaTracker {
    /// The timeline of an issue, every page; a repository has no stream here.
    pub(super) async fn timeline(&self, scope: &Scope) -> Result<Vec<Entry>, TrackerError> {
        let Scope::Issue(issue) = scope else {
            return Ok(Vec::new());
        };
        let (_, path) = self.issue_path(issue)?;
        let items: Vec<Item> = self.all_pages(&format!("{path}/timeline"), &[]).await?;
        let name = issue.to_string();
        Ok(items.into_iter().map(|i| entry(i, &name)).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn timeline_items_become_named_events() {
        let items = json!([
            {"type": "comment", "user": {"login": "ann"}, "created_at": "2026-01-01T00:00:00Z", "body": "Looks good\nmore"},
            {"type": "close", "user": {"login": "ann"}, "body": ""},
            {"type": "label", "body": "1", "label": {"id": 1, "name": "bug"}},
            {"type": "label", "body": "", "label": {"id": 1, "name": "bug"}},
            {"type": "change_title", "old_title": "a", "new_title": "b"},
            {"type": "assignees", "assignee": {"login": "bob"}, "removed_assignee": true},
            {"type": "add_dependency"}
        ]);
        let items: Vec<Item> = serde_json::from_value(items).expect("items");
        let got: Vec<(String, Option<String>)> = items
            .into_iter()
            .map(|i| entry(i, "gitea:o/r#1"))
            .map(|e| (e.event, e.detail))
            .collect();
        let want = [
            ("commented", Some("Looks good")),
            ("closed", None),
            ("labeled", Some("bug")),
            ("unlabeled", Some("bug")),
            ("renamed", Some("a → b")),
            ("unassigned", Some("bob")),
            ("add_dependency", None),
        ];
        let want: Vec<(String, Option<String>)> = want
            .iter()
            .map(|(e, d)| (e.to_string(), d.map(str::to_string)))
            .collect();
        assert_eq!(got, want);
    }
}
