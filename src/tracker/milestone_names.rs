//! Milestones by name, as field sync mirrors them (PRODUCT §12): a GitHub or Gitea
//! milestone's title, a local milestone's title (`milestones/N.md`), Jira's fix
//! versions (a set of names).

use super::publish::{MilestoneSeen, PublishRead, PublishWrite, Written};
use super::{IssueEdit, IssueRef, Space, Tracker, TrackerError};
use std::collections::BTreeSet;

/// An issue's milestone by name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MilestoneNames {
    /// The one milestone an issue can have, if any (GitHub, Gitea, local).
    One(Option<String>),
    /// A set of names (Jira's fix versions).
    Set(BTreeSet<String>),
}

impl MilestoneNames {
    /// The names, as a set of none, one or more.
    pub fn names(&self) -> BTreeSet<String> {
        match self {
            MilestoneNames::One(name) => name.iter().cloned().collect(),
            MilestoneNames::Set(names) => names.clone(),
        }
    }

    /// Whether the issue holds one milestone at most.
    pub fn holds_one(&self) -> bool {
        matches!(self, MilestoneNames::One(_))
    }

    /// The title of a milestone shown as `N: title` (how the trackers show one).
    pub fn of_shown(number: u64, title: &str) -> MilestoneNames {
        let title = title.trim();
        MilestoneNames::One(
            (!title.is_empty())
                .then(|| title.to_string())
                .or_else(|| Some(number.to_string())),
        )
    }
}

/// [`Tracker::set_milestones`] for trackers with one milestone per issue: the
/// milestone titled so is found (or created) through `plan publish`'s reads and
/// writes, then set on the issue; no name removes the milestone.
pub async fn set_by_title<T: Tracker + ?Sized>(
    tracker: &T,
    issue: &IssueRef,
    names: &BTreeSet<String>,
) -> Result<Vec<String>, TrackerError> {
    let mut created = Vec::new();
    let number = match names.iter().collect::<Vec<_>>().as_slice() {
        [] => None,
        [title] => {
            let space = Space::of(issue)
                .ok_or_else(|| TrackerError::Unavailable(format!("{issue} has no milestones")))?;
            let read = PublishRead {
                milestone: Some(title.to_string()),
                ..PublishRead::default()
            };
            let seen = tracker.publish_observe(&space, &read).await.milestone;
            match seen.unwrap_or(Ok(MilestoneSeen::Missing))? {
                MilestoneSeen::Exists(n) => Some(n),
                MilestoneSeen::Missing => {
                    let write = PublishWrite::CreateMilestone {
                        title: title.to_string(),
                        due: None,
                    };
                    let Written::Milestone(n) = tracker.publish_write(&space, &write).await? else {
                        return Err(TrackerError::Unavailable(format!(
                            "{} did not create milestone {title}",
                            tracker.kind().as_str()
                        )));
                    };
                    created.push(title.to_string());
                    Some(n)
                }
            }
        }
        _ => {
            return Err(TrackerError::Rejected(format!(
                "{issue} can have one milestone, not {}",
                names.len()
            )))
        }
    };
    let edit = IssueEdit {
        milestone: Some(number),
        ..IssueEdit::default()
    };
    tracker.edit_issue(issue, &edit).await?;
    Ok(created)
}
