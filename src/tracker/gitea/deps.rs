//! Gitea's issue dependencies (PRODUCT §14): `…/issues/{n}/dependencies` lists
//! (and `POST`/`DELETE` change) the issues blocking `n`, `…/issues/{n}/blocks`
//! the issues it blocks; either may be in another repository of the server.

use super::answers::IssueBody;
use super::{check, GiteaTracker, KIND};
use crate::deps::Dependencies;
use crate::refs::{IssueRef, RepoRef};
use crate::tracker::dependency_links::DependencyLinks;
use crate::tracker::TrackerError;
use async_trait::async_trait;
use reqwest::Method;
use serde_json::json;

/// The issue a list item names, in its own repository (else `repo`).
fn reference(item: &IssueBody, repo: &RepoRef) -> IssueRef {
    let named = item
        .repository
        .as_ref()
        .and_then(|r| r.full_name.as_deref())
        .and_then(|full| full.split_once('/'))
        .map(|(owner, name)| RepoRef {
            owner: owner.to_string(),
            name: name.to_string(),
            ..repo.clone()
        });
    IssueRef::Repo {
        kind: KIND,
        repo: named.unwrap_or_else(|| repo.clone()),
        number: item.number,
    }
}

#[async_trait]
impl DependencyLinks for GiteaTracker {
    async fn dependencies(&self, issue: &IssueRef) -> Result<Dependencies, TrackerError> {
        let (repo, path) = self.issue_path(issue)?;
        let list = |items: Vec<IssueBody>| items.iter().map(|i| reference(i, repo)).collect();
        let blocked_by = self
            .all_pages::<IssueBody>(&format!("{path}/dependencies"), &[])
            .await?;
        let blocks = self
            .all_pages::<IssueBody>(&format!("{path}/blocks"), &[])
            .await?;
        Ok(Dependencies {
            blocked_by: list(blocked_by),
            blocks: list(blocks),
        })
    }

    /// Adds or removes "`issue` depends on `blocker`"; both must be on this
    /// server. What is already so is done: Gitea answers 500 to a repeat.
    async fn set_blocked_by(
        &self,
        issue: &IssueRef,
        blocker: &IssueRef,
        present: bool,
    ) -> Result<(), TrackerError> {
        let (_, path) = self.issue_path(issue)?;
        let (blocker_repo, _) = self.issue_path(blocker)?;
        let IssueRef::Repo { number, .. } = blocker else {
            return Err(TrackerError::Unavailable(format!(
                "{blocker} is not a Gitea issue"
            )));
        };
        let current = self.dependencies(issue).await?;
        if current.blocked_by.contains(blocker) == present {
            return Ok(());
        }
        let body = json!({"owner": blocker_repo.owner, "repo": blocker_repo.name, "index": number});
        let method = if present {
            Method::POST
        } else {
            Method::DELETE
        };
        let path = format!("{path}/dependencies");
        check(
            self.http
                .send(method, &path, &[], Some(&body), true)
                .await?,
        )
        .map(drop)
    }
}
