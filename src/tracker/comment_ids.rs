//! Comments addressed by id: what claims (PRODUCT §14) need from a tracker to
//! post a claim, read the claims on an issue in order, and withdraw one.

use crate::refs::IssueRef;
use crate::tracker::TrackerError;

/// A comment with its id; ids grow with creation on every tracker that has them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdComment {
    pub id: u64,
    pub created: Option<String>,
    pub body: String,
}

/// The answer of a tracker without comment ids.
pub fn unsupported(issue: &IssueRef) -> TrackerError {
    TrackerError::Unavailable(format!(
        "{issue}: claims are not supported on {} yet",
        issue.tracker().as_str()
    ))
}
