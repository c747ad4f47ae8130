//! What every tracker can push down: the state.

use super::Query;
use crate::tracker::{IssueFilter, Listed, Space, StateFilter, Tracker, TrackerError};

/// Every issue of `space` in the states `query` allows.
pub async fn by_state<T: Tracker + ?Sized>(
    tracker: &T,
    space: &Space,
    query: &Query,
) -> Result<Listed, TrackerError> {
    let state = match query.states() {
        (true, true) => StateFilter::All,
        (true, false) => StateFilter::Open,
        (false, true) => StateFilter::Closed,
        (false, false) => return Ok(Listed::counted(Vec::new(), 0)),
    };
    let filter = IssueFilter {
        state,
        limit: usize::MAX,
        ..IssueFilter::default()
    };
    tracker.list_issues(space, &filter).await
}
