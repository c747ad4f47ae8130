//! The `issue` commands on Gitea: list, create and edit.
//!
//! Labels are resolved to ids, a missing one is created first (as GitHub creates
//! the labels an issue is given); they change additively. Gitea's `assignees` field
//! replaces the whole set, so adding or removing assignees reads the set first.

use super::answers::IssueBody;
use super::{GiteaTracker, Page};
use crate::refs::{IssueRef, RepoRef};
use crate::tracker::{IssueDetails, IssueEdit, IssueFilter, Listed, NewIssue, TrackerError};
use reqwest::Method;
use serde_json::{json, Map, Value};

impl GiteaTracker {
    /// Newest first, as gh lists. Pages are read until more issues than the limit
    /// are known or the list ends. The server's filters are applied again here
    /// (Gitea ignores a label name it does not know); its count is believed only
    /// when it agreed with them on every issue it sent.
    pub(super) async fn list(
        &self,
        repo: &RepoRef,
        filter: &IssueFilter,
    ) -> Result<Listed, TrackerError> {
        let path = format!("{}/issues", self.repo_path(repo)?);
        let mut query = vec![
            ("state", filter.state.as_str().to_string()),
            ("type", "issues".to_string()),
        ];
        if let Some(label) = &filter.label {
            query.push(("labels", label.clone()));
        }
        if let Some(assignee) = &filter.assignee {
            query.push(("assigned_by", assignee.clone()));
        }
        let (mut found, mut sent, mut n) = (Vec::new(), 0, 0);
        loop {
            n += 1;
            let page: Page<IssueBody> = self.page(&path, &query, n).await?;
            sent += page.items.len();
            let more = page.more(sent);
            let total = page.total;
            found.extend(
                page.items
                    .into_iter()
                    .filter(|i| i.pull_request.is_none() && accepted(filter, i))
                    .map(|i| i.details(repo, Vec::new())),
            );
            if !more {
                let total = found.len();
                found.truncate(filter.limit);
                return Ok(Listed::counted(found, total));
            }
            if found.len() > filter.limit {
                let all_agreed = found.len() == sent;
                found.truncate(filter.limit);
                return Ok(match total {
                    Some(total) if all_agreed => Listed::counted(found, total),
                    _ => Listed::more_than(found),
                });
            }
        }
    }

    /// Creates an issue with its labels (by id), assignees and milestone.
    pub(super) async fn create(
        &self,
        repo: &RepoRef,
        new: &NewIssue,
    ) -> Result<IssueDetails, TrackerError> {
        let mut label_ids = Vec::new();
        for name in &new.labels {
            label_ids.push(self.label_id(repo, name, true).await?);
        }
        let mut body = json!({
            "title": new.title,
            "body": new.body,
            "labels": label_ids,
            "assignees": new.assignees,
        });
        if let Some(m) = new.milestone {
            body["milestone"] = json!(m);
        }
        let path = format!("{}/issues", self.repo_path(repo)?);
        let created: IssueBody = self
            .write(Method::POST, &path, Some(&body), false)
            .await?
            .json()?;
        Ok(created.details(repo, Vec::new()))
    }

    /// Edits title, body and milestone in one `PATCH` (with the assignees, when
    /// they change), then adds and removes labels one by one.
    pub(super) async fn edit(
        &self,
        issue: &IssueRef,
        edit: &IssueEdit,
    ) -> Result<(), TrackerError> {
        let (_, path) = self.issue_path(issue)?;
        let mut fields = Map::new();
        if let Some(title) = &edit.title {
            fields.insert("title".into(), json!(title));
        }
        if let Some(body) = &edit.body {
            fields.insert("body".into(), json!(body));
        }
        if let Some(milestone) = edit.milestone {
            // 0 takes the milestone off.
            fields.insert("milestone".into(), json!(milestone.unwrap_or(0)));
        }
        if !edit.add_assignees.is_empty() || !edit.remove_assignees.is_empty() {
            let current = self.issue_body(issue).await?;
            let mut assignees: Vec<String> =
                current.assignees.into_iter().map(|u| u.login).collect();
            assignees.retain(|a| {
                !edit
                    .remove_assignees
                    .iter()
                    .any(|r| r.eq_ignore_ascii_case(a))
            });
            for added in &edit.add_assignees {
                if !assignees.iter().any(|a| a.eq_ignore_ascii_case(added)) {
                    assignees.push(added.clone());
                }
            }
            fields.insert("assignees".into(), json!(assignees));
        }
        if !fields.is_empty() {
            self.write(Method::PATCH, &path, Some(&Value::Object(fields)), true)
                .await?;
        }
        self.add_labels(issue, &edit.add_labels, true).await?;
        for label in &edit.remove_labels {
            self.remove_label(issue, label).await?;
        }
        Ok(())
    }
}

/// Whether an issue passes the filters (the server may not have applied them).
fn accepted(filter: &IssueFilter, issue: &IssueBody) -> bool {
    let assignees: Vec<String> = issue.assignees.iter().map(|u| u.login.clone()).collect();
    filter
        .state
        .matches(issue.state == crate::tracker::IssueState::Open)
        && filter.accepts(&issue.label_names(), &assignees)
}
