//! Journal rows of the agent commands (`issue depends`, `issue progress`): every
//! write is recorded with the agent that made it, so `issue activity` shows it.

use crate::context::Context;
use crate::error::CliError;
use crate::operation::{ActionKind, OpStatus, OperationTracker};
use crate::refs::IssueRef;
use crate::store::{now_rfc3339, JournalEntry};
use crate::tracker::TrackerError;

/// Records one write on `issue`: applied, or failed with `error`.
pub(super) fn record(
    ctx: &Context,
    issue: &IssueRef,
    action: ActionKind,
    value: &str,
    error: Option<&TrackerError>,
) -> Result<(), CliError> {
    let status = if error.is_some() {
        OpStatus::Failed
    } else {
        OpStatus::Applied
    };
    let entry = JournalEntry {
        at: now_rfc3339(),
        plan: String::new(),
        tracker: OperationTracker::Tracker(issue.tracker()).into(),
        target: issue.to_string(),
        action: action.into(),
        value: Some(value.to_string()),
        status: status.into(),
        message: error.map(ToString::to_string),
        agent: None,
    };
    ctx.store()?.journal(&[entry])?;
    Ok(())
}
