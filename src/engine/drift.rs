//! Drift: where a tracker and the plan's facts disagree, judged per issue from the
//! desired state, what was observed, and what we did (the journal). Pure.
//!
//! An issue is expected closed only when auto-close was asked and we applied it;
//! one nobody asked us to close is never "reopened externally". Jira is judged by
//! status category, never by English status names. A failed read is `unknown`:
//! shown, never taken as closed or missing, and never counted as drift.

use super::desired::{DesiredIssue, StateLabel};
use crate::config::LabelConfig;
use crate::tracker::board::{wanted_option, ProjectSettings};
use crate::tracker::{IssueSnapshot, Observation, StatusCategory, TrackerError};
use serde::Serialize;

/// Kinds of drift (PRODUCT §10).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DriftKind {
    LabelMismatch,
    ClosedExternally,
    ReopenedExternally,
    StatusMismatch,
    ProgressMismatch,
    /// The issue's card is not on the project board, or in another Status.
    ProjectStatusMismatch,
    Missing,
    Transferred,
    /// The read failed: shown, not drift.
    Unknown,
}

impl DriftKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DriftKind::LabelMismatch => "label_mismatch",
            DriftKind::ClosedExternally => "closed_externally",
            DriftKind::ReopenedExternally => "reopened_externally",
            DriftKind::StatusMismatch => "status_mismatch",
            DriftKind::ProgressMismatch => "progress_mismatch",
            DriftKind::ProjectStatusMismatch => "project_status_mismatch",
            DriftKind::Missing => "missing",
            DriftKind::Transferred => "transferred",
            DriftKind::Unknown => "unknown",
        }
    }

    /// `unknown` is not drift.
    pub fn is_drift(self) -> bool {
        self != DriftKind::Unknown
    }
}

/// Whether an issue should be open or closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OpenState {
    Open,
    Closed,
    /// Either (done work a person may close; a Jira issue we do not move).
    Any,
}

/// What an issue should look like, as `status` reports it: `state` and our
/// `labels` on trackers with labels, the acceptable `status_categories` on workflow
/// trackers, the `progress` line of a milestone. Empty when the issue was not read.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Expected {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<OpenState>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_categories: Option<Vec<StatusCategory>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub progress: Option<String>,
    /// The Status option of the issue's card on the project board.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project_status: Option<String>,
}

impl Expected {
    /// `open` or `closed`, as a failed read knows it.
    fn open(closed: bool) -> Expected {
        Expected {
            state: Some(if closed {
                OpenState::Closed
            } else {
                OpenState::Open
            }),
            ..Expected::default()
        }
    }

    /// A milestone's progress line.
    pub fn progress(line: String) -> Expected {
        Expected {
            progress: Some(line),
            ..Expected::default()
        }
    }
}

/// Human wording: `open, debussy:in-progress`, `open or closed, debussy:completed`,
/// `indeterminate or done`, `any`.
impl std::fmt::Display for Expected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(line) = &self.progress {
            return f.write_str(line);
        }
        if let Some(categories) = &self.status_categories {
            return f.write_str(&StatusCategory::either(categories));
        }
        let state = match (self.state, &self.labels) {
            (None, _) => return Ok(()),
            (Some(OpenState::Open), _) => "open",
            (Some(OpenState::Closed), _) => "closed",
            (Some(OpenState::Any), Some(_)) => "open or closed",
            (Some(OpenState::Any), None) => "any",
        };
        match self.labels.as_deref() {
            Some([]) | None => f.write_str(state)?,
            Some(labels) => write!(f, "{state}, {}", labels.join(", "))?,
        }
        match &self.project_status {
            Some(status) => write!(f, ", {status} on the board"),
            None => Ok(()),
        }
    }
}

/// One issue as `status` reports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IssueState {
    /// `open`, `closed`, `missing`, `transferred` or `unknown`.
    pub state: String,
    /// Our state labels on it (trackers with labels).
    pub labels: Vec<String>,
    /// The workflow status (Jira).
    pub status: Option<String>,
    /// What it should be.
    pub expected: Expected,
    pub drift: Option<DriftKind>,
    /// Why, in words (the error of a failed read, the differing labels, …).
    pub detail: Option<String>,
}

/// The Jira status categories acceptable for where an issue should be, or `None`
/// when we do not move it (no transition configured for that event).
fn expected_categories(d: &DesiredIssue, configured: bool) -> Option<Vec<StatusCategory>> {
    use StatusCategory::{Done, Indeterminate, New};
    if !configured {
        return None;
    }
    if d.plan_complete {
        return Some(vec![Done]);
    }
    Some(match d.state? {
        StateLabel::InProgress => vec![Indeterminate],
        StateLabel::Completed => vec![Indeterminate, Done],
        StateLabel::Failed => vec![New, Indeterminate],
    })
}

impl IssueState {
    /// An issue whose tracker could not be used at all: unknown, with why.
    pub fn unknown(reason: &str) -> IssueState {
        let mut state = unread(None, false);
        state.detail = Some(reason.to_string());
        state
    }
}

/// The state of an issue that could not be read (`error`; `None`: not read at
/// all): missing, transferred, or unknown (a failed read is never drift).
fn unread(error: Option<&TrackerError>, expected_closed: bool) -> IssueState {
    let mut state = IssueState {
        state: "unknown".into(),
        labels: Vec::new(),
        status: None,
        expected: Expected::open(expected_closed),
        drift: Some(DriftKind::Unknown),
        detail: None,
    };
    match error {
        Some(TrackerError::NotFound) => {
            state.state = "missing".into();
            state.drift = Some(DriftKind::Missing);
        }
        Some(TrackerError::Moved(to)) => {
            state.state = "transferred".into();
            state.drift = Some(DriftKind::Transferred);
            state.detail = Some(format!("transferred to {to}"));
        }
        Some(e) => state.detail = Some(e.to_string()),
        None => {
            state.expected = Expected::default();
            state.detail = Some("not read".into());
        }
    }
    state
}

/// Judges one issue. `we_closed`: the journal says our auto-close closed it (and
/// nothing reopened it since); `transition_configured`: a Jira transition is
/// configured for where the issue should be.
pub fn judge(
    d: &DesiredIssue,
    observed: Option<&Result<IssueSnapshot, TrackerError>>,
    we_closed: bool,
    transition_configured: bool,
    labels: &LabelConfig,
) -> IssueState {
    let ours = [&labels.in_progress, &labels.completed, &labels.failed];
    let wanted_label = d.state.map(|s| s.name(labels).to_string());
    let expected_closed = we_closed || d.close;
    let snapshot = match observed {
        Some(Ok(s)) => s,
        Some(Err(e)) => return unread(Some(e), expected_closed),
        None => return unread(None, expected_closed),
    };
    let mut state = IssueState {
        state: String::new(),
        labels: Vec::new(),
        status: None,
        expected: Expected::default(),
        drift: None,
        detail: None,
    };
    state.state = crate::tracker::IssueState::of(snapshot.open).to_string();
    state.labels = snapshot
        .labels
        .iter()
        .filter(|l| ours.contains(l))
        .cloned()
        .collect();
    if let Some(status) = &snapshot.status {
        // A workflow tracker: judged by status category.
        state.status = Some(status.clone());
        let category = snapshot.category.as_ref();
        match expected_categories(d, transition_configured) {
            Some(accepted) => {
                if !category.is_some_and(|c| accepted.contains(c)) {
                    let category = category.map(StatusCategory::as_str).unwrap_or_default();
                    state.drift = Some(DriftKind::StatusMismatch);
                    state.detail = Some(format!("'{status}' is in category {category}"));
                }
                state.expected.status_categories = Some(accepted);
            }
            None => state.expected.state = Some(OpenState::Any),
        }
        return state;
    }
    // Work that is done may be closed by a person: that is not drift.
    let done = d.state == Some(StateLabel::Completed);
    state.expected = Expected {
        state: Some(if expected_closed {
            OpenState::Closed
        } else if done {
            OpenState::Any
        } else {
            OpenState::Open
        }),
        labels: Some(wanted_label.iter().cloned().collect()),
        ..Expected::default()
    };
    state.drift = if snapshot.open && we_closed {
        Some(DriftKind::ReopenedExternally)
    } else if !snapshot.open && !expected_closed && !done && !snapshot.pull_request {
        Some(DriftKind::ClosedExternally)
    } else if state.labels != wanted_label.iter().cloned().collect::<Vec<_>>() {
        state.detail = Some(format!(
            "has {}, should have {}",
            if state.labels.is_empty() {
                "none of ours".to_string()
            } else {
                state.labels.join(", ")
            },
            wanted_label.as_deref().unwrap_or("none of ours")
        ));
        Some(DriftKind::LabelMismatch)
    } else {
        None
    };
    state
}

/// Judges the issue's card on the project board, when one is configured and was
/// read: expected in the Status option of the status the issue follows; not on
/// the board, or in another option (a card moved by hand), is drift when the
/// issue shows no other.
pub fn judge_card(
    mut state: IssueState,
    d: &DesiredIssue,
    observed: &Observation,
    project: Option<&ProjectSettings>,
) -> IssueState {
    let (Some(settings), Some(Ok(board))) = (project, &observed.board) else {
        return state;
    };
    let Some(card) = observed.cards.get(&d.link.issue) else {
        return state;
    };
    let Some(wanted) = wanted_option(settings, board, d.followed_status()) else {
        return state;
    };
    state.expected.project_status = Some(wanted.to_string());
    let detail = match card {
        None => format!("not on project {}", settings.project),
        Some(c)
            if c.status
                .as_deref()
                .is_some_and(|s| s.eq_ignore_ascii_case(wanted)) =>
        {
            return state
        }
        Some(c) => format!(
            "its card is in '{}', should be in '{wanted}'",
            c.status.as_deref().unwrap_or("no status")
        ),
    };
    if state.drift.is_none() {
        state.drift = Some(DriftKind::ProjectStatusMismatch);
        state.detail = Some(detail);
    }
    state
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{Link, Location, Scope};
    use crate::refs::IssueRef;

    fn desired(state: Option<StateLabel>, close: bool) -> DesiredIssue {
        DesiredIssue {
            link: Link {
                issue: IssueRef::Number {
                    kind: crate::tracker::local::KIND,
                    number: 1,
                },
                scope: Scope::Plan,
                location: Location {
                    file: "m".into(),
                    line: 1,
                },
            },
            state,
            close,
            plan_complete: close,
        }
    }

    fn seen(open: bool, labels: &[&str]) -> Result<IssueSnapshot, TrackerError> {
        Ok(IssueSnapshot {
            issue: IssueRef::Number {
                kind: crate::tracker::local::KIND,
                number: 1,
            },
            title: "t".into(),
            open,
            state_reason: None,
            labels: labels.iter().map(|s| s.to_string()).collect(),
            milestone: None,
            status: None,
            category: None,
            pull_request: false,
        })
    }

    fn kind(
        d: &DesiredIssue,
        o: Result<IssueSnapshot, TrackerError>,
        we_closed: bool,
    ) -> Option<DriftKind> {
        judge(d, Some(&o), we_closed, false, &LabelConfig::default()).drift
    }

    #[test]
    fn every_kind_of_drift_on_labelled_trackers() {
        let in_progress = desired(Some(StateLabel::InProgress), false);
        assert_eq!(
            kind(
                &in_progress,
                seen(true, &["bug", "debussy:in-progress"]),
                false
            ),
            None
        );
        assert_eq!(
            kind(&in_progress, seen(true, &["debussy:completed"]), false),
            Some(DriftKind::LabelMismatch)
        );
        assert_eq!(
            kind(&in_progress, seen(false, &["debussy:in-progress"]), false),
            Some(DriftKind::ClosedExternally)
        );
        let done = desired(Some(StateLabel::Completed), false);
        assert_eq!(
            kind(&done, seen(true, &["debussy:completed"]), true),
            Some(DriftKind::ReopenedExternally),
            "we closed it, someone reopened it"
        );
        assert_eq!(
            kind(&done, seen(true, &["debussy:completed"]), false),
            None,
            "nobody asked us to close it: open is right"
        );
        assert_eq!(
            kind(&done, seen(false, &["debussy:completed"]), false),
            None,
            "done work closed by a person is fine too"
        );
        assert_eq!(
            kind(&done, Err(TrackerError::NotFound), false),
            Some(DriftKind::Missing)
        );
        assert_eq!(
            kind(&done, Err(TrackerError::Moved("a/b#3".into())), false),
            Some(DriftKind::Transferred)
        );
        let unknown = kind(
            &done,
            Err(TrackerError::Transport("HTTP 500".into())),
            false,
        );
        assert_eq!(unknown, Some(DriftKind::Unknown));
        assert!(!DriftKind::Unknown.is_drift());
    }

    #[test]
    fn jira_is_judged_by_status_category() {
        let mut s = seen(true, &[]).unwrap();
        s.status = Some("Code Review".into());
        s.category = Some(StatusCategory::Indeterminate);
        let d = desired(Some(StateLabel::InProgress), false);
        let judged = judge(
            &d,
            Some(&Ok(s.clone())),
            false,
            true,
            &LabelConfig::default(),
        );
        assert_eq!(judged.drift, None, "any status of the right category");
        s.category = Some(StatusCategory::Done);
        let judged = judge(
            &d,
            Some(&Ok(s.clone())),
            false,
            true,
            &LabelConfig::default(),
        );
        assert_eq!(judged.drift, Some(DriftKind::StatusMismatch));
        let unmanaged = judge(&d, Some(&Ok(s)), false, false, &LabelConfig::default());
        assert_eq!(
            unmanaged.drift, None,
            "no transition configured: not ours to judge"
        );
    }
}
