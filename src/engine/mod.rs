//! Level-triggered reconciliation: facts → desired state → observed state →
//! operations → apply.
//!
//! [`desired`] is pure: it turns phase statuses into what every linked issue should
//! look like. [`converge`] reads the trackers, plans the minimal operations and, unless
//! it is a dry run, applies them. Because operations are derived from the difference
//! between desired and observed state, running the same command twice writes nothing
//! the second time.

mod converge;
pub mod desired;
pub mod drift;
pub mod facts;
pub mod plan;

pub use converge::{converge, observe, read, ConvergeOptions, TrackerSet};
pub use desired::{desired_for, desired_state, progress_line, DesiredIssue, PlanFacts, StateLabel};
pub use facts::{Facts, PhaseFact, SharedFacts, Source};
pub use plan::{PlanOptions, Workflow};

use crate::operation::ActionKind;
pub use crate::operation::OpStatus;
use crate::refs::TrackerKind;
use crate::tracker::{Change, Target};

/// What an operation does: a change, or a read that failed and so blocks planning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Change(Change),
    /// The issue (or milestone) could not be read; nothing is planned for it.
    Read,
}

impl Action {
    pub fn kind(&self) -> ActionKind {
        match self {
            Action::Change(c) => c.action(),
            Action::Read => ActionKind::Read,
        }
    }
}

/// One operation of a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Operation {
    pub target: Target,
    pub action: Action,
    pub status: OpStatus,
    pub message: Option<String>,
}

impl Operation {
    pub fn tracker(&self) -> TrackerKind {
        self.target.tracker()
    }

    /// The report value: label name, close reason, progress line.
    pub fn value(&self) -> Option<String> {
        match &self.action {
            Action::Change(c) => Some(c.value()),
            Action::Read => None,
        }
    }

    /// Human wording of the action.
    pub fn describe(&self) -> String {
        match &self.action {
            Action::Change(c) => c.describe(),
            Action::Read => "read".to_string(),
        }
    }
}
