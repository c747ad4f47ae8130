//! Comments addressed by id: what claims (PRODUCT §14) need from a tracker to
//! post a claim, read the claims on an issue in order, and withdraw one.

use crate::refs::IssueRef;
use crate::tracker::TrackerError;
use async_trait::async_trait;
use serde::{Deserialize, Deserializer};

/// Comments by id, on a tracker that has them ([`crate::tracker::Tracker::comment_ids`]).
#[async_trait]
pub trait CommentIds: Send + Sync {
    /// The issue's comments containing `marker`, oldest first, with their ids.
    async fn marked_comments(
        &self,
        issue: &IssueRef,
        marker: &str,
    ) -> Result<Vec<IdComment>, TrackerError>;

    /// Adds a comment and returns it with its id.
    async fn add_comment(&self, issue: &IssueRef, body: &str) -> Result<IdComment, TrackerError>;

    /// Replaces the body of comment `id`.
    async fn edit_comment(&self, issue: &IssueRef, id: u64, body: &str)
        -> Result<(), TrackerError>;

    /// Deletes comment `id` (gone already is done).
    async fn delete_comment(&self, issue: &IssueRef, id: u64) -> Result<(), TrackerError>;
}

/// A comment with its id; ids grow with creation on every tracker that has them.
/// It reads as GitHub and Gitea answer a comment (`created_at`, a body that may be
/// null).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct IdComment {
    pub id: u64,
    #[serde(default, rename = "created_at")]
    pub created: Option<String>,
    #[serde(default, deserialize_with = "null_is_empty")]
    pub body: String,
}

fn null_is_empty<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(Option::<String>::deserialize(d)?.unwrap_or_default())
}

/// The answer of a tracker without comment ids.
pub fn unsupported(issue: &IssueRef) -> TrackerError {
    TrackerError::Unavailable(format!(
        "{issue}: claims are not supported on {} yet",
        issue.tracker().as_str()
    ))
}
