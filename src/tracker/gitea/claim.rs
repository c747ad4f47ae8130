//! Comments by id on Gitea and Forgejo, for claims (PRODUCT §14): post one, list
//! the issue's comments carrying a marker (Gitea answers them all in one list,
//! ids growing with creation), edit or delete one.

use super::{check, GiteaTracker};
use crate::refs::IssueRef;
use crate::tracker::comment_ids::{CommentIds, IdComment};
use crate::tracker::TrackerError;
use ::http::Method;
use serde_json::json;

impl GiteaTracker {
    fn comment_path(&self, issue: &IssueRef, id: u64) -> Result<String, TrackerError> {
        let (repo, _) = self.issue_path(issue)?;
        Ok(format!("{}/issues/comments/{id}", self.repo_path(repo)?))
    }
}

#[async_trait::async_trait]
impl CommentIds for GiteaTracker {
    async fn marked_comments(
        &self,
        issue: &IssueRef,
        marker: &str,
    ) -> Result<Vec<IdComment>, TrackerError> {
        let (_, path) = self.issue_path(issue)?;
        let comments: Vec<IdComment> = self.get(&format!("{path}/comments"), &[]).await?.json()?;
        let mut out: Vec<IdComment> = comments
            .into_iter()
            .filter(|c| c.body.contains(marker))
            .collect();
        out.sort_by_key(|c| c.id);
        Ok(out)
    }

    async fn add_comment(&self, issue: &IssueRef, body: &str) -> Result<IdComment, TrackerError> {
        let (_, path) = self.issue_path(issue)?;
        let body = json!({ "body": body });
        let reply = self
            .write(
                Method::POST,
                &format!("{path}/comments"),
                Some(&body),
                false,
            )
            .await?;
        Ok(reply.json::<IdComment>()?)
    }

    async fn edit_comment(
        &self,
        issue: &IssueRef,
        id: u64,
        body: &str,
    ) -> Result<(), TrackerError> {
        let path = self.comment_path(issue, id)?;
        let body = json!({ "body": body });
        self.write(Method::PATCH, &path, Some(&body), true)
            .await
            .map(drop)
    }

    async fn delete_comment(&self, issue: &IssueRef, id: u64) -> Result<(), TrackerError> {
        let path = self.comment_path(issue, id)?;
        match check(
            self.http
                .send(Method::DELETE, &path, &[], None, true)
                .await?,
        ) {
            Ok(_) | Err(TrackerError::NotFound) => Ok(()),
            Err(e) => Err(e),
        }
    }
}
