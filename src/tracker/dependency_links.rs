//! Dependencies between issues as a tracker stores them (PRODUCT §14): what
//! `issue depends` and `issue ready` need from a tracker.

use crate::deps::{Candidate, Dependencies, Graph};
use crate::refs::IssueRef;
use crate::tracker::{Space, Tracker, TrackerError};
use async_trait::async_trait;

/// Dependencies, on a tracker that keeps them ([`Tracker::dependency_links`]).
#[async_trait]
pub trait DependencyLinks: Send + Sync {
    /// What the tracker stores of `issue`'s dependencies.
    async fn dependencies(&self, issue: &IssueRef) -> Result<Dependencies, TrackerError>;

    /// Records (`present`) or removes that `issue` waits for `blocker`; the
    /// tracker stores it with whichever of the two is its own.
    async fn set_blocked_by(
        &self,
        issue: &IssueRef,
        blocker: &IssueRef,
        present: bool,
    ) -> Result<(), TrackerError>;

    /// Every dependency the tracker stores, for one that reads them all at once
    /// cheaply (the local files); `None` for one read issue by issue.
    async fn all_dependencies(&self) -> Option<Result<Graph, TrackerError>> {
        None
    }

    /// The issues of `space` that `issue ready` weighs, with their blockers, for
    /// a tracker with a cheaper way than listing the open ones and reading each
    /// one's dependencies (`crate::deps::candidates`); `None` otherwise.
    async fn ready_candidates(
        &self,
        space: &Space,
    ) -> Option<Result<Vec<Candidate>, TrackerError>> {
        let _ = space;
        None
    }
}

/// `tracker`'s dependencies, or the answer that it keeps none.
pub fn of(tracker: &dyn Tracker) -> Result<&dyn DependencyLinks, TrackerError> {
    tracker.dependency_links().ok_or_else(|| {
        TrackerError::Unavailable(format!(
            "{} keeps no dependencies between issues",
            tracker.kind().title()
        ))
    })
}
