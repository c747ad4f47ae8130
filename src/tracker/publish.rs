//! What `plan publish` asks of a tracker (PRODUCT §13): read the issues a plan
//! already published, its labels and milestone, and find issues by their hidden
//! marker; create and update issues, and tie them together where the tracker has
//! structure (sub-issues, dependencies).
//!
//! Every tracker gets a working default built on the [`Tracker`] methods every
//! tracker has (one request per issue, no structure); a tracker that can batch or
//! link overrides [`Tracker::publish_observe`] and [`Tracker::publish_apply`].

use super::{Change, IssueFilter, LabelSpec, NewIssue, Space, StateFilter, Target, Tracker};
use super::{IssueEdit, TrackerError};
use crate::refs::IssueRef;
use std::collections::HashMap;

/// The structure a tracker can give published issues.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Structure {
    /// Phase issues can be children of the tracking issue.
    pub sub_issues: bool,
    /// An issue can be marked blocked by another.
    pub dependencies: bool,
    /// Milestones can be created and set by name.
    pub milestones: bool,
}

/// What publish reads, all at once.
#[derive(Debug, Clone, Default)]
pub struct PublishRead {
    /// Issues the plan links already.
    pub issues: Vec<IssueRef>,
    /// Labels every published issue gets.
    pub labels: Vec<String>,
    /// The milestone by title.
    pub milestone: Option<String>,
    /// Markers of issues a run may have created without recording them: look for
    /// them among the space's newest issues (never through a search index).
    pub markers: Vec<String>,
    /// The tracking issue whose children (sub-issues) to read.
    pub children_of: Option<IssueRef>,
}

/// A published issue as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    pub title: String,
    pub body: String,
}

/// The milestone as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MilestoneSeen {
    Exists(u64),
    Missing,
}

/// What the tracker said; a failed read is an error for its item, never "missing".
#[derive(Debug, Default)]
pub struct PublishSeen {
    pub issues: HashMap<IssueRef, Result<Published, TrackerError>>,
    /// Whether each label exists.
    pub labels: HashMap<String, Result<bool, TrackerError>>,
    pub milestone: Option<Result<MilestoneSeen, TrackerError>>,
    /// Marker → the issue carrying it.
    pub found: HashMap<String, IssueRef>,
    /// Looking for markers failed: creating now could duplicate an issue.
    pub scan_failed: Option<TrackerError>,
    pub children: Option<Result<Vec<IssueRef>, TrackerError>>,
}

/// One write of a publish.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PublishWrite {
    CreateLabel(LabelSpec),
    CreateMilestone {
        title: String,
        due: Option<String>,
    },
    Create(NewIssue),
    Update {
        issue: IssueRef,
        title: Option<String>,
        body: Option<String>,
    },
    SubIssue {
        parent: IssueRef,
        child: IssueRef,
    },
    BlockedBy {
        issue: IssueRef,
        blocker: IssueRef,
    },
}

/// What became of one write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Written {
    Issue(IssueRef),
    Milestone(u64),
    Done,
}

/// The default read: one request per issue, labels one by one, the newest 100
/// issues when markers are looked for.
pub async fn observe<T: Tracker + ?Sized>(
    tracker: &T,
    space: &Space,
    read: &PublishRead,
) -> PublishSeen {
    let mut seen = PublishSeen::default();
    for issue in &read.issues {
        let details = tracker.details(issue).await.map(|d| Published {
            title: d.title,
            body: d.body,
        });
        seen.issues.insert(issue.clone(), details);
    }
    for name in &read.labels {
        let exists = tracker.label_exists(space, name).await;
        seen.labels.insert(name.clone(), exists);
    }
    if !read.markers.is_empty() {
        let filter = IssueFilter {
            state: StateFilter::All,
            limit: 100,
            ..IssueFilter::default()
        };
        match tracker.list_issues(space, &filter).await {
            Ok(listed) => {
                for d in listed.issues {
                    if let Some(m) = read.markers.iter().find(|m| d.body.contains(m.as_str())) {
                        if let Some(issue) = crate::refs::IssueRef::parse_qualified(&d.reference) {
                            seen.found.insert(m.clone(), issue);
                        }
                    }
                }
            }
            Err(e) => seen.scan_failed = Some(e),
        }
    }
    seen
}

/// The default writes, one at a time in order: labels through the engine's label
/// change, issues through create and edit; no milestones or structure.
pub async fn apply<T: Tracker + ?Sized>(
    tracker: &T,
    space: &Space,
    writes: &[PublishWrite],
) -> Vec<Result<Written, TrackerError>> {
    let mut out = Vec::with_capacity(writes.len());
    for write in writes {
        out.push(tracker.publish_write(space, write).await);
    }
    out
}

/// The default of [`Tracker::publish_write`].
pub async fn apply_one<T: Tracker + ?Sized>(
    tracker: &T,
    space: &Space,
    write: &PublishWrite,
) -> Result<Written, TrackerError> {
    let unsupported = |what: &str| {
        Err(TrackerError::Unavailable(format!(
            "{} has no {what} to publish with",
            space.tracker().title()
        )))
    };
    match write {
        PublishWrite::CreateLabel(label) => {
            let target = Target::Space(space.clone());
            tracker
                .apply(&target, &Change::CreateLabel(label.clone()))
                .await
                .map(|()| Written::Done)
        }
        PublishWrite::Create(new) => {
            let created = tracker.create_issue(space, new).await?;
            crate::refs::IssueRef::parse_qualified(&created.reference)
                .map(Written::Issue)
                .ok_or_else(|| {
                    TrackerError::Rejected(format!("unreadable reference {}", created.reference))
                })
        }
        PublishWrite::Update { issue, title, body } => {
            let edit = IssueEdit {
                title: title.clone(),
                body: body.clone(),
                ..IssueEdit::default()
            };
            tracker
                .edit_issue(issue, &edit)
                .await
                .map(|_| Written::Done)
        }
        PublishWrite::CreateMilestone { .. } => unsupported("milestones"),
        PublishWrite::SubIssue { .. } => unsupported("sub-issues"),
        PublishWrite::BlockedBy { .. } => unsupported("dependencies"),
    }
}
