//! Comments by id on GitHub (REST), for claims (PRODUCT §14): post one, list the
//! issue's comments carrying a marker (ids grow with creation), edit or delete
//! one. A claim costs a post and a read, and a loser's delete.

use super::{check, GitHubTracker, COMMENTS_PER_PAGE};
use crate::refs::IssueRef;
use crate::tracker::comment_ids::{CommentIds, IdComment};
use crate::tracker::TrackerError;
use ::http::Method;
use serde_json::json;

impl GitHubTracker {
    fn comment_path(&self, issue: &IssueRef, id: u64) -> Result<String, TrackerError> {
        Ok(format!(
            "{}/issues/comments/{id}",
            self.repo_path(Self::repo_of(issue)?)?
        ))
    }
}

#[async_trait::async_trait]
impl CommentIds for GitHubTracker {
    async fn marked_comments(
        &self,
        issue: &IssueRef,
        marker: &str,
    ) -> Result<Vec<IdComment>, TrackerError> {
        let base = format!("{}/comments", self.issue_path(issue)?);
        let mut out = Vec::new();
        for page in 1.. {
            let path = format!("{base}?per_page={COMMENTS_PER_PAGE}&page={page}");
            let comments: Vec<IdComment> = self.get(&path).await?.json()?;
            let last = comments.len() < COMMENTS_PER_PAGE;
            out.extend(comments.into_iter().filter(|c| c.body.contains(marker)));
            if last {
                break;
            }
        }
        out.sort_by_key(|c| c.id);
        Ok(out)
    }

    async fn add_comment(&self, issue: &IssueRef, body: &str) -> Result<IdComment, TrackerError> {
        let path = format!("{}/comments", self.issue_path(issue)?);
        let reply = self
            .write(Method::POST, &path, &json!({ "body": body }), false)
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
        self.write(Method::PATCH, &path, &json!({ "body": body }), true)
            .await
            .map(drop)
    }

    async fn delete_comment(&self, issue: &IssueRef, id: u64) -> Result<(), TrackerError> {
        let path = self.comment_path(issue, id)?;
        match check(self.http.send(Method::DELETE, &path, None, true).await?) {
            Ok(_) | Err(TrackerError::NotFound) => Ok(()),
            Err(e) => Err(e),
        }
    }
}
