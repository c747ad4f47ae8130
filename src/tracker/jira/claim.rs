//! Comments by id on Jira, for claims (PRODUCT §14): post one, list the issue's
//! comments carrying a claim marker (which travels as its bracketed tag and reads
//! back as the marker), edit or delete one. Comment ids grow with creation.

use super::{check, enc, jira_key, JiraTracker};
use crate::refs::IssueRef;
use crate::tracker::comment_ids::{CommentIds, IdComment};
use crate::tracker::TrackerError;
use ::http::Method;
use serde_json::json;

/// The text every claim marker carries, as a marker or as its tag.
fn carries(body: &str, marker: &str) -> bool {
    let inner = marker.trim().trim_start_matches("<!--").trim();
    body.contains(marker.trim()) || body.contains(inner)
}

fn id_of(id: &str) -> Result<u64, TrackerError> {
    id.parse()
        .map_err(|_| TrackerError::Transport(format!("unexpected comment id from Jira: {id}")))
}

impl JiraTracker {
    fn comment_path(&self, issue: &IssueRef, id: u64) -> Result<String, TrackerError> {
        Ok(format!(
            "{}/issue/{}/comment/{id}",
            self.api(),
            enc(jira_key(issue)?)
        ))
    }
}

#[async_trait::async_trait]
impl CommentIds for JiraTracker {
    async fn marked_comments(
        &self,
        issue: &IssueRef,
        marker: &str,
    ) -> Result<Vec<IdComment>, TrackerError> {
        let mut out = Vec::new();
        for c in self.comments(jira_key(issue)?).await? {
            if carries(&c.body, marker) {
                out.push(IdComment {
                    id: id_of(&c.id)?,
                    created: c.created,
                    body: c.body,
                });
            }
        }
        out.sort_by_key(|c| c.id);
        Ok(out)
    }

    async fn add_comment(&self, issue: &IssueRef, body: &str) -> Result<IdComment, TrackerError> {
        let posted = self
            .post_comment(jira_key(issue)?, self.body_of_markdown(body))
            .await?;
        Ok(IdComment {
            id: id_of(&posted.id)?,
            created: posted.created,
            body: body.to_string(),
        })
    }

    async fn edit_comment(
        &self,
        issue: &IssueRef,
        id: u64,
        body: &str,
    ) -> Result<(), TrackerError> {
        let path = self.comment_path(issue, id)?;
        let body = json!({ "body": self.body_of_markdown(body) });
        check(
            self.http
                .send(Method::PUT, &path, &[], Some(&body), true)
                .await?,
        )
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
