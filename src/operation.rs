//! The vocabulary of operations: which tracker an operation acts in, what it does,
//! and what became of it.
//!
//! The engine plans and applies operations, reports show them and the journal
//! stores them; all of them speak these enums, which serialize to the contract's
//! strings (PRODUCT §7). They sit below the engine and the store so that both reach
//! them.

use crate::refs::TrackerKind;
use serde::de::{value, DeserializeOwned, IntoDeserializer};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// What became of an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OpStatus {
    Planned,
    Applied,
    Skipped,
    Failed,
}

impl OpStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            OpStatus::Planned => "planned",
            OpStatus::Applied => "applied",
            OpStatus::Skipped => "skipped",
            OpStatus::Failed => "failed",
        }
    }
}

/// What an operation does (the `action` of reports and the journal).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionKind {
    CreateLabel,
    AddLabel,
    RemoveLabel,
    Comment,
    Close,
    Reopen,
    Transition,
    UpdateMilestone,
    /// Reading an issue or milestone, reported when it failed.
    Read,
    /// Editing a phase's status in a plan file (`sync --direction from-tracker`).
    SetPhaseStatus,
    // `plan publish`.
    CreateIssue,
    UpdateIssue,
    CreateMilestone,
    AddSubIssue,
    AddDependency,
    /// Removing a blocked-by dependency (`issue depends remove`).
    RemoveDependency,
    /// Recording an agent's progress on an issue (`issue progress`).
    SetProgress,
    /// Inserting an issue's link line into a plan file.
    WriteLink,
    /// Putting an issue on the project board.
    AddToProject,
    /// Setting the Status of an issue's card on the project board.
    SetProjectStatus,
    /// Setting the progress number field of an issue's card.
    SetProjectProgress,
    CreateRelease,
    UpdateRelease,
    CloseMilestone,
    // `webhook register|remove`.
    CreateHook,
    UpdateHook,
    DeleteHook,
    /// Claims (PRODUCT §14).
    Claim,
    ReleaseClaim,
    ExtendClaim,
}

impl ActionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ActionKind::CreateLabel => "create_label",
            ActionKind::AddLabel => "add_label",
            ActionKind::RemoveLabel => "remove_label",
            ActionKind::Comment => "comment",
            ActionKind::Close => "close",
            ActionKind::Reopen => "reopen",
            ActionKind::Transition => "transition",
            ActionKind::UpdateMilestone => "update_milestone",
            ActionKind::Read => "read",
            ActionKind::SetPhaseStatus => "set_phase_status",
            ActionKind::CreateIssue => "create_issue",
            ActionKind::UpdateIssue => "update_issue",
            ActionKind::CreateMilestone => "create_milestone",
            ActionKind::AddSubIssue => "add_sub_issue",
            ActionKind::AddDependency => "add_dependency",
            ActionKind::RemoveDependency => "remove_dependency",
            ActionKind::SetProgress => "set_progress",
            ActionKind::WriteLink => "write_link",
            ActionKind::AddToProject => "add_to_project",
            ActionKind::SetProjectStatus => "set_project_status",
            ActionKind::SetProjectProgress => "set_project_progress",
            ActionKind::CreateRelease => "create_release",
            ActionKind::UpdateRelease => "update_release",
            ActionKind::CloseMilestone => "close_milestone",
            ActionKind::CreateHook => "create_hook",
            ActionKind::UpdateHook => "update_hook",
            ActionKind::DeleteHook => "delete_hook",
            ActionKind::Claim => "claim",
            ActionKind::ReleaseClaim => "release_claim",
            ActionKind::ExtendClaim => "extend_claim",
        }
    }
}

/// Where an operation acts: in a tracker, or in a plan file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OperationTracker {
    Tracker(TrackerKind),
    Plan,
}

impl OperationTracker {
    pub fn as_str(self) -> &'static str {
        match self {
            OperationTracker::Tracker(kind) => kind.as_str(),
            OperationTracker::Plan => "plan",
        }
    }
}

impl From<TrackerKind> for OperationTracker {
    fn from(kind: TrackerKind) -> Self {
        OperationTracker::Tracker(kind)
    }
}

impl Serialize for OperationTracker {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl FromStr for OperationTracker {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let plan = OperationTracker::Plan;
        crate::tracker::registry::kinds()
            .map(OperationTracker::Tracker)
            .chain([plan])
            .find(|t| t.as_str() == text)
            .ok_or_else(|| text.to_string())
    }
}

/// Parses a contract string into the enum that serializes to it.
fn from_name<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    let de: value::StrDeserializer<'_, value::Error> = text.into_deserializer();
    T::deserialize(de).map_err(|_| text.to_string())
}

macro_rules! text_forms {
    ($($t:ty),*) => {$(
        impl FromStr for $t {
            type Err = String;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                from_name(text)
            }
        }

        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    )*};
}

text_forms!(OpStatus, ActionKind);

impl fmt::Display for OperationTracker {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A value read back from the journal: one this version knows, or the text as
/// stored (written by another version), kept so that it still shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Recorded<T> {
    Known(T),
    Unknown(String),
}

impl<T: FromStr> Recorded<T> {
    /// The stored `text`, as the enum when it names one of its values.
    pub fn parse(text: String) -> Self {
        match text.parse() {
            Ok(known) => Recorded::Known(known),
            Err(_) => Recorded::Unknown(text),
        }
    }
}

impl<T: PartialEq> Recorded<T> {
    /// Whether this is the known value `value`.
    pub fn is(&self, value: T) -> bool {
        matches!(self, Recorded::Known(known) if *known == value)
    }
}

impl<T> From<T> for Recorded<T> {
    fn from(value: T) -> Self {
        Recorded::Known(value)
    }
}

impl<T: fmt::Display> fmt::Display for Recorded<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Recorded::Known(known) => known.fmt(f),
            Recorded::Unknown(text) => f.write_str(text),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json<T: Serialize>(value: T) -> String {
        serde_json::to_value(value)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    }

    #[test]
    fn every_status_serializes_and_parses_as_its_contract_string() {
        use OpStatus::*;
        for status in [Planned, Applied, Skipped, Failed] {
            assert_eq!(json(status), status.as_str());
            assert_eq!(status.as_str().parse(), Ok(status));
        }
    }

    #[test]
    fn every_action_serializes_and_parses_as_its_contract_string() {
        use ActionKind::*;
        let all = [
            CreateLabel,
            AddLabel,
            RemoveLabel,
            Comment,
            Close,
            Reopen,
            Transition,
            UpdateMilestone,
            Read,
            SetPhaseStatus,
            CreateIssue,
            UpdateIssue,
            CreateMilestone,
            AddSubIssue,
            AddDependency,
            RemoveDependency,
            SetProgress,
            WriteLink,
            AddToProject,
            SetProjectStatus,
            SetProjectProgress,
            CreateRelease,
            UpdateRelease,
            CloseMilestone,
            CreateHook,
            UpdateHook,
            DeleteHook,
            Claim,
            ReleaseClaim,
            ExtendClaim,
        ];
        for action in all {
            assert_eq!(json(action), action.as_str());
            assert_eq!(action.as_str().parse(), Ok(action));
        }
    }

    #[test]
    fn operation_trackers_serialize_as_tracker_names_and_plan() {
        let github = OperationTracker::Tracker(crate::tracker::github::KIND);
        assert_eq!(json(github), "github");
        assert_eq!(json(OperationTracker::Plan), "plan");
        assert_eq!("plan".parse(), Ok(OperationTracker::Plan));
        assert_eq!(
            "local".parse::<OperationTracker>(),
            Ok(crate::tracker::local::KIND.into())
        );
    }

    #[test]
    fn an_unknown_stored_value_is_kept_as_its_text() {
        let stored = Recorded::<OpStatus>::parse("rolled_back".to_string());
        assert_eq!(stored, Recorded::Unknown("rolled_back".to_string()));
        assert_eq!(stored.to_string(), "rolled_back");
        assert_eq!(json(&stored), "rolled_back");
        assert!(Recorded::<OpStatus>::parse("failed".into()).is(OpStatus::Failed));
    }
}

/// One write of a command outside the engine (`release create`, `webhook …`) on a
/// tracker space, as reported (PRODUCT §7) and journaled.
#[derive(Debug, Clone, Serialize)]
pub struct SpaceOperation {
    pub tracker: OperationTracker,
    pub target: String,
    pub action: ActionKind,
    pub value: Option<String>,
    pub status: OpStatus,
    pub message: Option<String>,
    /// What it does, in words, for the human report.
    #[serde(skip)]
    pub describe: String,
}

impl SpaceOperation {
    /// A planned write of `action` on `target` of tracker `kind`.
    pub fn planned(
        kind: TrackerKind,
        target: String,
        action: ActionKind,
        value: &str,
        describe: String,
    ) -> SpaceOperation {
        SpaceOperation {
            tracker: kind.into(),
            target,
            action,
            value: Some(value.to_string()),
            status: OpStatus::Planned,
            message: None,
            describe,
        }
    }

    pub fn applied(mut self, message: Option<String>) -> SpaceOperation {
        self.status = OpStatus::Applied;
        self.message = message;
        self
    }

    pub fn failed(mut self, e: impl fmt::Display) -> SpaceOperation {
        self.status = OpStatus::Failed;
        self.message = Some(e.to_string());
        self
    }

    pub fn skipped(mut self, why: String) -> SpaceOperation {
        self.status = OpStatus::Skipped;
        self.message = Some(why);
        self
    }

    /// The journal rows of the writes that reached the tracker, under `plan`.
    pub fn journal_rows(
        operations: &[SpaceOperation],
        plan: &str,
        at: &str,
    ) -> Vec<crate::store::JournalEntry> {
        operations
            .iter()
            .filter(|o| matches!(o.status, OpStatus::Applied | OpStatus::Failed))
            .map(|o| crate::store::JournalEntry {
                at: at.to_string(),
                plan: plan.to_string(),
                tracker: o.tracker.into(),
                target: o.target.clone(),
                action: o.action.into(),
                value: o.value.clone(),
                status: o.status.into(),
                message: o.message.clone(),
                agent: None,
            })
            .collect()
    }
}
