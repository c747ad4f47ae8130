//! The shape every `issue` write shares: a dry run says what it would do, a real
//! run holds the repository lock (issue writes are serialized with convergence,
//! PRODUCT §8), makes its tracker calls and reports the issue as the tracker
//! returned it.

use crate::context::Context;
use crate::error::CliError;
use crate::output::{Paint, Report, Ui};
use crate::refs::TrackerKind;
use crate::tracker::{IssueDetails, Tracker, TrackerError};
use serde::Serialize;
use tokio::runtime::Runtime;

/// One write (`call`) on a tracker of `kind`, reported as `action`; `planned` says
/// what a dry run would do.
pub(super) fn write(
    ctx: &Context,
    rt: &Runtime,
    kind: TrackerKind,
    action: Action,
    planned: impl FnOnce() -> String,
    call: impl AsyncFnOnce(&dyn Tracker) -> Result<IssueDetails, TrackerError>,
    fail: impl FnOnce(TrackerError) -> CliError,
) -> Result<(), CliError> {
    if ctx.dry_run {
        ctx.ui.emit(&Done::planned(planned()));
        return Ok(());
    }
    let _lock = ctx.lock()?;
    let tracker = ctx.tracker(kind)?;
    let details = rt.block_on(call(tracker.as_ref())).map_err(fail)?;
    ctx.ui.emit(&Done::issue(action, details, false));
    Ok(())
}

/// What an `issue` write did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub(super) enum Action {
    Created,
    Edited,
    Closed,
    Reopened,
    Commented,
    /// A dry run: nothing was written.
    Planned,
    /// `reopen` found the issue open: nothing was written.
    AlreadyOpen,
    /// `close` found the issue closed: nothing was written.
    AlreadyClosed,
}

impl Action {
    fn as_str(self) -> &'static str {
        match self {
            Action::Created => "created",
            Action::Edited => "edited",
            Action::Closed => "closed",
            Action::Reopened => "reopened",
            Action::Commented => "commented",
            Action::Planned => "planned",
            Action::AlreadyOpen => "already open",
            Action::AlreadyClosed => "already closed",
        }
    }
}

/// The report of an `issue` write: the issue written (or found already as asked),
/// or what a dry run would do.
#[derive(Serialize)]
pub(super) struct Done {
    action: Action,
    dry_run: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    issue: Option<IssueDetails>,
    #[serde(skip_serializing_if = "Option::is_none")]
    planned: Option<String>,
}

impl Done {
    pub(super) fn issue(action: Action, issue: IssueDetails, dry_run: bool) -> Done {
        Done {
            action,
            dry_run,
            issue: Some(issue),
            planned: None,
        }
    }

    pub(super) fn planned(what: String) -> Done {
        Done {
            action: Action::Planned,
            dry_run: true,
            issue: None,
            planned: Some(what),
        }
    }
}

impl Report for Done {
    fn human(&self, ui: &Ui) -> String {
        match (&self.issue, &self.planned, self.action) {
            (Some(i), _, Action::AlreadyOpen | Action::AlreadyClosed) => format!(
                "{} {} is {}  {}\n",
                ui.paint("!", Paint::Yellow),
                i.reference,
                self.action.as_str(),
                i.title
            ),
            (Some(i), _, action) => format!(
                "{} {} {}  {}\n",
                ui.paint("✓", Paint::Green),
                action.as_str(),
                i.reference,
                i.title
            ),
            (None, Some(p), _) => format!("• would {p} (dry run)\n"),
            _ => String::new(),
        }
    }
}
