//! The one interface every issue tracker implements.
//!
//! The engine speaks only this vocabulary — read an issue, check a label or a
//! milestone, apply one [`Change`] — so adding a tracker means adding one module
//! here, not editing commands. Reads return what the tracker says; a failed read is
//! "unknown", never "deleted" or "closed".

pub mod board;
pub mod comment_ids;
pub mod dependency_links;
pub mod gitea;
pub mod github;
pub mod hooks;
pub mod http;
pub mod jira;
pub mod local;
pub mod milestone_names;
pub mod progress;
pub mod publish;
pub mod registry;
pub mod release;
pub mod wire;
pub mod workflow;

use crate::operation::ActionKind;
use crate::refs::{IssueRef, RepoRef, TrackerKind};
use async_trait::async_trait;
use std::collections::HashMap;

pub use milestone_names::MilestoneNames;
use std::fmt;

/// Where issues, labels and milestones live: a repository, a project, or the one
/// space of a tracker that has one.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Space {
    Repo(TrackerKind, RepoRef),
    Project(TrackerKind, String),
    Whole(TrackerKind),
}

impl Space {
    /// The space whose labels and milestones an issue carries (`None` for
    /// trackers that keep neither by space: Jira).
    pub fn of(issue: &IssueRef) -> Option<Space> {
        match issue {
            IssueRef::Repo { kind, repo, .. } => Some(Space::Repo(*kind, repo.clone())),
            IssueRef::Number { kind, .. } => Some(Space::Whole(*kind)),
            IssueRef::Key { .. } => None,
        }
    }

    pub fn tracker(&self) -> TrackerKind {
        match self {
            Space::Repo(kind, _) | Space::Project(kind, _) | Space::Whole(kind) => *kind,
        }
    }
}

impl fmt::Display for Space {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Space::Repo(kind, repo) => match kind.qualifier() {
                Some(q) => write!(f, "{q}:{repo}"),
                None => write!(f, "{repo}"),
            },
            Space::Project(kind, project) => write!(f, "{} project {project}", kind.title()),
            Space::Whole(kind) => f.write_str(kind.as_str()),
        }
    }
}

/// What an operation acts on.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Target {
    Issue(IssueRef),
    Space(Space),
    Milestone(Space, u64),
}

impl Target {
    pub fn tracker(&self) -> TrackerKind {
        match self {
            Target::Issue(issue) => issue.tracker(),
            Target::Space(space) | Target::Milestone(space, _) => space.tracker(),
        }
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Target::Issue(issue) => write!(f, "{issue}"),
            Target::Space(space) => write!(f, "{space}"),
            Target::Milestone(space, n) => write!(f, "{space} milestone {n}"),
        }
    }
}

/// A label to create, with its color and description.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LabelSpec {
    pub name: String,
    pub color: String,
    pub description: String,
}

/// One change to apply. Every change is safe to re-apply except `Comment`, which the
/// engine verifies through its marker instead of repeating.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    CreateLabel(LabelSpec),
    AddLabel(String),
    RemoveLabel(String),
    /// A comment whose body ends with `marker` (an HTML comment).
    Comment {
        body: String,
        marker: String,
    },
    Close {
        reason: CloseReason,
    },
    /// Reopen an issue closed that should be open (`sync` only).
    Reopen,
    /// Move a Jira issue through its workflow; `fields` fill the transition screen.
    Transition {
        id: String,
        name: String,
        to: String,
        fields: serde_json::Map<String, serde_json::Value>,
    },
    /// Put `line` into the milestone description in place of the line carrying the
    /// plan's progress marker (or append it). Trackers merge it into the description
    /// they read at apply time, so concurrent plans sharing a milestone keep theirs.
    SetProgressLine {
        plan_key: String,
        line: String,
    },
    /// Put an issue on the project board (`project`: how it is named).
    AddToProject {
        project: String,
    },
    /// Set a field of the issue's card on the project board.
    SetProjectField {
        field: String,
        value: FieldValue,
    },
}

/// The value of a project field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldValue {
    /// A single-select option, by name.
    Option(String),
    Number(u64),
}

impl fmt::Display for FieldValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FieldValue::Option(name) => f.write_str(name),
            FieldValue::Number(n) => write!(f, "{n}"),
        }
    }
}

impl Change {
    /// The `action` name in reports and the journal.
    pub fn action(&self) -> ActionKind {
        match self {
            Change::CreateLabel(_) => ActionKind::CreateLabel,
            Change::AddLabel(_) => ActionKind::AddLabel,
            Change::RemoveLabel(_) => ActionKind::RemoveLabel,
            Change::Comment { .. } => ActionKind::Comment,
            Change::Close { .. } => ActionKind::Close,
            Change::Reopen => ActionKind::Reopen,
            Change::Transition { .. } => ActionKind::Transition,
            Change::SetProgressLine { .. } => ActionKind::UpdateMilestone,
            Change::AddToProject { .. } => ActionKind::AddToProject,
            Change::SetProjectField {
                value: FieldValue::Option(_),
                ..
            } => ActionKind::SetProjectStatus,
            Change::SetProjectField {
                value: FieldValue::Number(_),
                ..
            } => ActionKind::SetProjectProgress,
        }
    }

    /// The `value` in reports: the label, the reason, the progress line.
    pub fn value(&self) -> String {
        match self {
            Change::CreateLabel(l) => l.name.clone(),
            Change::AddLabel(l) | Change::RemoveLabel(l) => l.clone(),
            Change::Comment { marker, .. } => marker.clone(),
            Change::Close { reason } => reason.as_str().to_string(),
            Change::Reopen => "reopened".to_string(),
            Change::Transition { to, .. } => to.clone(),
            Change::SetProgressLine { line, .. } => line.clone(),
            Change::AddToProject { project } => project.clone(),
            Change::SetProjectField { value, .. } => value.to_string(),
        }
    }

    /// Human wording: `add label debussy:in-progress`.
    pub fn describe(&self) -> String {
        match self {
            Change::CreateLabel(l) => format!("create label {} (#{})", l.name, l.color),
            Change::AddLabel(l) => format!("add label {l}"),
            Change::RemoveLabel(l) => format!("remove label {l}"),
            Change::Comment { .. } => "comment (completion note)".to_string(),
            Change::Close { reason } => format!("close as {reason}"),
            Change::Reopen => "reopen".to_string(),
            Change::Transition { to, name, .. } => format!("transition to {to} (via '{name}')"),
            Change::SetProgressLine { line, .. } => {
                format!(
                    "progress {}",
                    strip_marker(line).trim_start_matches("Debussy progress — ")
                )
            }
            Change::AddToProject { project } => format!("add to project {project}"),
            Change::SetProjectField { field, value } => format!("set project {field} to {value}"),
        }
    }
}

fn strip_marker(line: &str) -> &str {
    line.split("<!--").next().unwrap_or(line).trim()
}

/// Whether an issue is open or closed (`state` of the `issue` commands).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum IssueState {
    #[default]
    Open,
    Closed,
}

impl IssueState {
    /// `Open` when `open`.
    pub fn of(open: bool) -> IssueState {
        if open {
            IssueState::Open
        } else {
            IssueState::Closed
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            IssueState::Open => "open",
            IssueState::Closed => "closed",
        }
    }

    /// The state named `text` exactly (`open`, `closed`).
    pub fn parse(text: &str) -> Option<IssueState> {
        [IssueState::Open, IssueState::Closed]
            .into_iter()
            .find(|s| s.as_str() == text)
    }
}

impl fmt::Display for IssueState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why our auto-close closes an issue (GitHub's `state_reason`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CloseReason {
    Completed,
    NotPlanned,
}

impl CloseReason {
    pub fn as_str(self) -> &'static str {
        match self {
            CloseReason::Completed => "completed",
            CloseReason::NotPlanned => "not_planned",
        }
    }

    /// The reason named `text` (`completed`, `not_planned`).
    pub fn parse(text: &str) -> Option<CloseReason> {
        [CloseReason::Completed, CloseReason::NotPlanned]
            .into_iter()
            .find(|r| r.as_str() == text)
    }
}

impl fmt::Display for CloseReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A Jira workflow status's category (its `statusCategory.key`): what the engine
/// judges and moves issues by, never the status's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StatusCategory {
    New,
    Indeterminate,
    Done,
    /// A key Jira has beyond these (`undefined`), or none (empty), as it came.
    Other(String),
}

impl StatusCategory {
    /// The category of the key `key`.
    pub fn from_key(key: String) -> StatusCategory {
        [
            StatusCategory::New,
            StatusCategory::Indeterminate,
            StatusCategory::Done,
        ]
        .into_iter()
        .find(|c| c.as_str() == key)
        .unwrap_or(StatusCategory::Other(key))
    }

    pub fn as_str(&self) -> &str {
        match self {
            StatusCategory::New => "new",
            StatusCategory::Indeterminate => "indeterminate",
            StatusCategory::Done => "done",
            StatusCategory::Other(key) => key,
        }
    }

    /// `categories` for a message: `new or indeterminate`.
    pub fn either(categories: &[StatusCategory]) -> String {
        let names: Vec<&str> = categories.iter().map(StatusCategory::as_str).collect();
        names.join(" or ")
    }
}

impl fmt::Display for StatusCategory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for StatusCategory {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// An issue as the tracker sees it now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssueSnapshot {
    pub issue: IssueRef,
    pub title: String,
    pub open: bool,
    pub state_reason: Option<String>,
    pub labels: Vec<String>,
    /// The issue's milestone number, in the issue's space.
    pub milestone: Option<u64>,
    /// The workflow status, for trackers that have one (Jira).
    pub status: Option<String>,
    /// The workflow status's category, with `status`.
    pub category: Option<StatusCategory>,
    /// A GitHub pull request linked as an issue: it gets labels, it is never closed.
    pub pull_request: bool,
}

/// A workflow transition available from an issue's current status.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TransitionInfo {
    pub id: String,
    pub name: String,
    /// The status the transition leads to.
    pub to: String,
    /// That status's category.
    pub category: StatusCategory,
    /// Fields on the transition's screen.
    pub fields: Vec<ScreenField>,
}

/// A field on a transition screen.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ScreenField {
    pub key: String,
    pub name: String,
    pub required: bool,
    /// Names of the allowed values, when the field has a fixed set.
    pub allowed: Vec<String>,
}

/// A milestone's editable text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Milestone {
    pub number: u64,
    pub title: String,
    pub description: String,
}

/// Why a tracker call failed; `Display` is one line for the user.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TrackerError {
    #[error("not found")]
    NotFound,
    /// Transferred to another repository (REST answers 301).
    #[error("transferred to {0}")]
    Moved(String),
    /// A write whose outcome is unknown (5xx or a lost connection after sending).
    #[error("no clear answer ({0}); the change may or may not have been applied")]
    Ambiguous(String),
    #[error("{0}")]
    Rejected(String),
    #[error("authentication failed: {0}")]
    Auth(String),
    #[error("rate limited: {0}")]
    RateLimited(String),
    #[error("{0}")]
    Transport(String),
    #[error("{0}")]
    Unavailable(String),
}

/// What one convergence reads from one tracker, asked all at once so that the
/// tracker can read it in as few requests as it allows.
#[derive(Debug, Clone, Default)]
pub struct ObserveRequest {
    pub issues: Vec<IssueRef>,
    /// Look on `marked` for a comment containing this marker (our completion note).
    pub marker: Option<String>,
    pub marked: Vec<IssueRef>,
    /// Whether these labels exist (missing ones are created first).
    pub labels: Vec<(Space, String)>,
    /// Also read the milestones of the issues read (their descriptions).
    pub milestones: bool,
    /// The workflow transitions available, for issues not already in the given
    /// status (compared case-insensitively).
    pub transitions: Vec<(IssueRef, String)>,
    /// The project board to read, with each issue's card on it.
    pub project: Option<board::ProjectSettings>,
}

/// What a tracker said; a failed read is an error for that item only, never taken
/// as "closed" or "missing".
#[derive(Debug, Default)]
pub struct Observation {
    pub issues: HashMap<IssueRef, Result<IssueSnapshot, TrackerError>>,
    pub marked: HashMap<IssueRef, Result<bool, TrackerError>>,
    pub labels: HashMap<(Space, String), Result<bool, TrackerError>>,
    pub milestones: HashMap<(Space, u64), Result<Milestone, TrackerError>>,
    pub transitions: HashMap<IssueRef, Result<Vec<TransitionInfo>, TrackerError>>,
    /// The project board asked for, when it was asked.
    pub board: Option<Result<board::Board, TrackerError>>,
    /// Each issue read's card on that board (`None`: not on it).
    pub cards: HashMap<IssueRef, Option<board::Card>>,
}

impl Observation {
    /// Adds what another tracker said.
    pub fn merge(&mut self, other: Observation) {
        self.issues.extend(other.issues);
        self.marked.extend(other.marked);
        self.labels.extend(other.labels);
        self.milestones.extend(other.milestones);
        self.transitions.extend(other.transitions);
        self.board = other.board.or(self.board.take());
        self.cards.extend(other.cards);
    }
}

/// Why a change was not tried: an earlier change to its issue failed.
pub const HELD_BACK: &str = "an earlier operation on this issue failed";

/// What became of one change of a batch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Done; the message says anything worth knowing (e.g. confirmed after an
    /// unclear answer).
    Applied(Option<String>),
    Failed(TrackerError),
    /// Not tried (an earlier change to the same issue failed).
    Skipped(String),
}

/// One issue tracker.
#[async_trait]
pub trait Tracker: Send + Sync {
    fn kind(&self) -> TrackerKind;

    /// Reads everything `request` asks for. The default reads item by item,
    /// concurrently; a tracker with a batch API reads in batches.
    async fn observe(&self, request: &ObserveRequest) -> Observation {
        observe_one_by_one(self, request).await
    }

    /// Applies changes in order, one outcome per change. The default applies them
    /// one by one, skips the rest of an issue's changes after one fails, and checks
    /// a comment whose POST got no clear answer through its marker instead of
    /// repeating it.
    async fn apply_all(&self, changes: &[(Target, Change)]) -> Vec<Outcome> {
        apply_one_by_one(self, changes).await
    }

    /// Reads one issue.
    async fn issue(&self, issue: &IssueRef) -> Result<IssueSnapshot, TrackerError>;

    /// Whether a label exists in `space`.
    async fn label_exists(&self, space: &Space, name: &str) -> Result<bool, TrackerError>;

    /// Reads a milestone.
    async fn milestone(&self, space: &Space, number: u64) -> Result<Milestone, TrackerError>;

    /// Whether the issue has a comment containing `marker`.
    async fn has_comment(&self, issue: &IssueRef, marker: &str) -> Result<bool, TrackerError>;

    /// Applies one change to `target`.
    async fn apply(&self, target: &Target, change: &Change) -> Result<(), TrackerError>;

    /// The workflow transitions available from the issue's current status.
    async fn transitions(&self, issue: &IssueRef) -> Result<Vec<TransitionInfo>, TrackerError> {
        Err(TrackerError::Unavailable(format!(
            "{issue} has no workflow transitions"
        )))
    }

    // The issue facade: one set of `issue` commands over every tracker.

    /// Issues in `space` matching `filter`.
    async fn list_issues(
        &self,
        space: &Space,
        filter: &IssueFilter,
    ) -> Result<Listed, TrackerError>;

    /// One issue with its comments.
    async fn details(&self, issue: &IssueRef) -> Result<IssueDetails, TrackerError>;

    /// Several issues with their comments, each with its own result. The default
    /// reads them with [`Tracker::details`], a few at once.
    async fn details_many(
        &self,
        issues: &[IssueRef],
    ) -> HashMap<IssueRef, Result<IssueDetails, TrackerError>> {
        details_a_few_at_once(self, issues).await
    }

    /// Each issue's [`IssueDetails::version`] (else when it last changed), for
    /// checking right before a write that it is as it was read. The default reads
    /// the details.
    async fn versions_many(
        &self,
        issues: &[IssueRef],
    ) -> HashMap<IssueRef, Result<Option<String>, TrackerError>> {
        let read = self.details_many(issues).await;
        read.into_iter()
            .map(|(i, d)| (i, d.map(IssueDetails::version_token)))
            .collect()
    }

    /// Several edits, one result per edit in order. The default edits one by one.
    async fn edit_many(&self, edits: &[(IssueRef, IssueEdit)]) -> Vec<Result<(), TrackerError>> {
        let mut out = Vec::with_capacity(edits.len());
        for (issue, edit) in edits {
            out.push(self.edit_issue(issue, edit).await.map(drop));
        }
        out
    }

    /// Creates an issue in `space`.
    async fn create_issue(
        &self,
        space: &Space,
        new: &NewIssue,
    ) -> Result<IssueDetails, TrackerError>;

    /// Edits title, body, labels (additively), assignees and milestone.
    async fn edit_issue(
        &self,
        issue: &IssueRef,
        edit: &IssueEdit,
    ) -> Result<IssueDetails, TrackerError>;

    /// Closes (with a reason: `completed` or `not_planned`) or reopens.
    async fn set_open(
        &self,
        issue: &IssueRef,
        open: bool,
        reason: Option<&str>,
    ) -> Result<IssueDetails, TrackerError>;

    /// Adds a comment written by the user (no marker).
    async fn comment(&self, issue: &IssueRef, body: &str) -> Result<(), TrackerError>;

    // Queries (PRODUCT §14).

    /// Issues of `space` that may match `query` — at least every one that does;
    /// the caller checks each against the whole query again. `me` is the agent's
    /// account here. The default lists every issue in the states the query
    /// allows; a tracker with a search of its own pushes more of the query down.
    async fn query_candidates(
        &self,
        space: &Space,
        query: &crate::query::Query,
        me: Option<&str>,
    ) -> Result<Listed, TrackerError> {
        let _ = me;
        crate::query::pushdown::by_state(self, space, query).await
    }

    /// What this tracker knows of the claims, blockers and progress of `issues`;
    /// the default knows nothing, so `claimed:`, `blocked:` and `stage:` match none.
    fn query_facets(&self, issues: &[IssueDetails]) -> Box<dyn crate::query::Facets> {
        let _ = issues;
        Box::new(crate::query::Unknown)
    }

    /// Sets the issue's milestone by name (`names`: none or one; Jira's fix versions
    /// take a set), creating a milestone that is missing. Returns the names created.
    /// The default finds and creates milestones through `plan publish`'s reads and
    /// writes, then sets the issue's milestone number.
    async fn set_milestones(
        &self,
        issue: &IssueRef,
        names: &std::collections::BTreeSet<String>,
    ) -> Result<Vec<String>, TrackerError> {
        milestone_names::set_by_title(self, issue, names).await
    }

    // `plan publish`: defaults built on the methods above, no structure.

    /// The structure `plan publish` can give issues here.
    fn publish_structure(&self) -> publish::Structure {
        publish::Structure::default()
    }

    /// Reads what `plan publish` needs in `space`.
    async fn publish_observe(
        &self,
        space: &Space,
        read: &publish::PublishRead,
    ) -> publish::PublishSeen {
        publish::observe(self, space, read).await
    }

    /// Applies `plan publish`'s writes, one result per write. The default sends
    /// them one at a time, in order, through [`Tracker::publish_write`].
    async fn publish_apply(
        &self,
        space: &Space,
        writes: &[publish::PublishWrite],
    ) -> Vec<Result<publish::Written, TrackerError>> {
        publish::apply(self, space, writes).await
    }

    /// Applies one of `plan publish`'s writes; the default has no milestones or
    /// structure.
    async fn publish_write(
        &self,
        space: &Space,
        write: &publish::PublishWrite,
    ) -> Result<publish::Written, TrackerError> {
        publish::apply_one(self, space, write).await
    }

    /// Its releases, for a forge that has them (`release create`).
    fn releases(&self) -> Option<&dyn release::Releases> {
        None
    }

    /// Its repository webhooks, for a forge that has them (`webhook …`).
    fn hooks(&self) -> Option<&dyn hooks::Hooks> {
        None
    }

    /// Its comments by id, for claims (PRODUCT §14); `None` where comments have
    /// no ids.
    fn comment_ids(&self) -> Option<&dyn comment_ids::CommentIds> {
        None
    }

    /// Its dependencies between issues (PRODUCT §14), for a tracker that keeps
    /// them.
    fn dependency_links(&self) -> Option<&dyn dependency_links::DependencyLinks> {
        None
    }

    // Agents (PRODUCT §14): progress, activity.

    /// Stores `progress` with the issue. The default keeps it as the hidden block
    /// at the end of the body (GitHub, Gitea).
    async fn set_progress(
        &self,
        issue: &IssueRef,
        progress: &crate::progress_meta::Progress,
    ) -> Result<IssueDetails, TrackerError> {
        let details = self.details(issue).await?;
        let body = crate::progress_meta::with_block(&details.body, progress);
        let edit = IssueEdit {
            body: Some(body),
            ..IssueEdit::default()
        };
        self.edit_issue(issue, &edit).await
    }

    /// What happened on the tracker: on one issue, or in a space. The default
    /// knows nothing beyond comments (which every tracker shows).
    async fn activity(
        &self,
        scope: &crate::activity::Scope,
    ) -> Result<Vec<crate::activity::Entry>, TrackerError> {
        crate::activity::from_comments(self, scope).await
    }
}

/// Issues read at once by [`details_a_few_at_once`].
const DETAILS_AT_ONCE: usize = 4;

/// [`Tracker::details_many`] through [`Tracker::details`], a few at once.
pub async fn details_a_few_at_once<T: Tracker + ?Sized>(
    tracker: &T,
    issues: &[IssueRef],
) -> HashMap<IssueRef, Result<IssueDetails, TrackerError>> {
    use futures_util::stream::{self, StreamExt};
    let read = |issue: IssueRef| async move {
        let details = tracker.details(&issue).await;
        (issue, details)
    };
    stream::iter(issues.iter().cloned().map(read))
        .buffer_unordered(DETAILS_AT_ONCE)
        .collect()
        .await
}

/// [`Tracker::observe`] item by item: every issue (and its marked comments and
/// pending transitions) concurrently, then the labels and milestones.
pub async fn observe_one_by_one<T: Tracker + ?Sized>(
    tracker: &T,
    request: &ObserveRequest,
) -> Observation {
    use futures_util::future::join_all;
    let mut out = Observation::default();
    let issues = join_all(request.issues.iter().map(|i| tracker.issue(i))).await;
    out.issues = request.issues.iter().cloned().zip(issues).collect();
    if let Some(marker) = &request.marker {
        let marked = join_all(
            request
                .marked
                .iter()
                .map(|i| tracker.has_comment(i, marker)),
        )
        .await;
        out.marked = request.marked.iter().cloned().zip(marked).collect();
    }
    let pending: Vec<&IssueRef> = request
        .transitions
        .iter()
        .filter(|(issue, wanted)| {
            !matches!(out.issues.get(issue), Some(Ok(s)) if s.status.as_deref().is_some_and(|st| st.eq_ignore_ascii_case(wanted)))
        })
        .map(|(issue, _)| issue)
        .collect();
    let transitions = join_all(pending.iter().map(|i| tracker.transitions(i))).await;
    out.transitions = pending.into_iter().cloned().zip(transitions).collect();
    let labels = join_all(
        request
            .labels
            .iter()
            .map(|(space, name)| tracker.label_exists(space, name)),
    )
    .await;
    out.labels = request.labels.iter().cloned().zip(labels).collect();
    if request.milestones {
        let mut wanted: Vec<(Space, u64)> = Vec::new();
        for snapshot in out.issues.values().flatten() {
            if let (Some(space), Some(n)) = (Space::of(&snapshot.issue), snapshot.milestone) {
                if !wanted.contains(&(space.clone(), n)) {
                    wanted.push((space, n));
                }
            }
        }
        let milestones = join_all(wanted.iter().map(|(s, n)| tracker.milestone(s, *n))).await;
        out.milestones = wanted.into_iter().zip(milestones).collect();
    }
    out
}

/// [`Tracker::apply_all`] change by change.
pub async fn apply_one_by_one<T: Tracker + ?Sized>(
    tracker: &T,
    changes: &[(Target, Change)],
) -> Vec<Outcome> {
    let mut failed: Vec<&Target> = Vec::new();
    let mut out = Vec::with_capacity(changes.len());
    for (target, change) in changes {
        if matches!(target, Target::Issue(_)) && failed.contains(&target) {
            out.push(Outcome::Skipped(HELD_BACK.into()));
            continue;
        }
        let result = match tracker.apply(target, change).await {
            Err(TrackerError::Ambiguous(reason)) => {
                verify_unclear_write(tracker, target, change, reason).await
            }
            other => other.map(|()| None),
        };
        match result {
            Ok(message) => out.push(Outcome::Applied(message)),
            Err(e) => {
                failed.push(target);
                out.push(Outcome::Failed(e));
            }
        }
    }
    out
}

/// How many issues a tracker without a batch API writes at once.
pub const CONCURRENT_ISSUES: usize = 8;

/// [`Tracker::apply_all`] with the changes of different issues applied at the
/// same time, at most `limit` issues at once, each issue's changes in order and
/// held back after one fails (as [`apply_one_by_one`]); changes to spaces and
/// milestones keep their place between them (labels are created before the issues
/// that need them, milestones written after). Outcomes are in the order of
/// `changes`.
pub async fn apply_issues_concurrently<T: Tracker + ?Sized>(
    tracker: &T,
    changes: &[(Target, Change)],
    limit: usize,
) -> Vec<Outcome> {
    let mut out: Vec<Option<Outcome>> = (0..changes.len()).map(|_| None).collect();
    let mut failed: Vec<Target> = Vec::new();
    let mut start = 0;
    while start < changes.len() {
        let is_issue = |k: usize| matches!(changes[k].0, Target::Issue(_));
        let end = if is_issue(start) {
            (start..changes.len())
                .find(|&k| !is_issue(k))
                .unwrap_or(changes.len())
        } else {
            start + 1
        };
        for (k, outcome) in apply_run(tracker, changes, start..end, &mut failed, limit).await {
            out[k] = Some(outcome);
        }
        start = end;
    }
    out.into_iter()
        .map(|o| {
            debug_assert!(o.is_some(), "every change has an outcome");
            o.unwrap_or_else(|| Outcome::Skipped(HELD_BACK.into()))
        })
        .collect()
}

/// Applies `changes[run]` (one change to a space or milestone, or changes to
/// issues): each target's in order, targets concurrently; an issue in `failed`
/// (or that fails now) has the rest of its changes held back.
async fn apply_run<T: Tracker + ?Sized>(
    tracker: &T,
    changes: &[(Target, Change)],
    run: std::ops::Range<usize>,
    failed: &mut Vec<Target>,
    limit: usize,
) -> Vec<(usize, Outcome)> {
    use futures_util::stream::{self, StreamExt};
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for k in run {
        match groups.iter_mut().find(|g| changes[g[0]].0 == changes[k].0) {
            Some(group) => group.push(k),
            None => groups.push(vec![k]),
        }
    }
    let (held, live): (Vec<Vec<usize>>, Vec<Vec<usize>>) = groups
        .into_iter()
        .partition(|g| failed.contains(&changes[g[0]].0));
    let done: Vec<Vec<(usize, Outcome)>> = stream::iter(live.into_iter().map(|group| async move {
        let batch: Vec<(Target, Change)> = group.iter().map(|&k| changes[k].clone()).collect();
        let outcomes = apply_one_by_one(tracker, &batch).await;
        group.into_iter().zip(outcomes).collect::<Vec<_>>()
    }))
    .buffer_unordered(limit.max(1))
    .collect()
    .await;
    let mut out: Vec<(usize, Outcome)> = done.into_iter().flatten().collect();
    for (k, outcome) in &out {
        let target = &changes[*k].0;
        if matches!(outcome, Outcome::Failed(_))
            && matches!(target, Target::Issue(_))
            && !failed.contains(target)
        {
            failed.push(target.clone());
        }
    }
    out.extend(
        held.into_iter()
            .flatten()
            .map(|k| (k, Outcome::Skipped(HELD_BACK.into()))),
    );
    out
}

/// A comment POST without a clear answer is checked through its marker: found means
/// it was stored; absent means it was not, and it is sent once more.
async fn verify_unclear_write<T: Tracker + ?Sized>(
    tracker: &T,
    target: &Target,
    change: &Change,
    reason: String,
) -> Result<Option<String>, TrackerError> {
    let (Target::Issue(issue), Change::Comment { marker, .. }) = (target, change) else {
        return Err(TrackerError::Ambiguous(reason));
    };
    if tracker.has_comment(issue, marker).await? {
        return Ok(Some(format!(
            "confirmed stored after an unclear answer ({reason})"
        )));
    }
    tracker.apply(target, change).await.map(|()| None)
}

/// An issue as the `issue` commands show it, whatever the tracker.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
pub struct IssueDetails {
    #[serde(rename = "ref")]
    pub reference: String,
    pub tracker: &'static str,
    pub title: String,
    pub state: IssueState,
    pub state_reason: Option<String>,
    /// Whether the tracker keeps why an issue was closed (`completed`,
    /// `not_planned`) in `state_reason`.
    #[serde(skip)]
    pub close_reasons: bool,
    /// The workflow status (Jira).
    pub status: Option<String>,
    pub labels: Vec<String>,
    /// The assignees' accounts (logins, Jira account ids or user names).
    pub assignees: Vec<String>,
    /// Whether the tracker holds one assignee at most (Jira).
    #[serde(skip)]
    pub one_assignee: bool,
    /// Who opened the issue, when the tracker says (`author:` queries).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    pub milestone: Option<String>,
    /// The milestone by name, as field sync mirrors it (`None`: not read by name).
    #[serde(skip)]
    pub milestone_names: Option<MilestoneNames>,
    pub body: String,
    pub url: Option<String>,
    pub created: Option<String>,
    pub updated: Option<String>,
    /// What changes whenever the issue does, where `updated` may not (a local file
    /// edited by hand keeps its `updated:`): compared right before a write.
    /// `None`: `updated` is.
    #[serde(skip)]
    pub version: Option<String>,
    pub comments: Vec<CommentView>,
    /// An agent's progress kept with the issue by the tracker apart from the body
    /// (local front matter, Jira property); see [`crate::progress_meta::progress_of`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub progress: Option<crate::progress_meta::Progress>,
}

impl IssueDetails {
    /// What [`Tracker::versions_many`] answers for this issue: its version, else
    /// when it last changed.
    pub fn version_token(self) -> Option<String> {
        self.version.or(self.updated)
    }
}

/// The issues `issue list` shows, how many match, and one warning per issue that
/// could not be read.
#[derive(Debug, Clone, Default)]
pub struct Listed {
    /// The newest matching issues, at most the filter's limit, newest first.
    pub issues: Vec<IssueDetails>,
    /// How many issues match in all, when the tracker can tell: always locally, on
    /// Jira Data Center (its search counts), and elsewhere when every page was read.
    /// GitHub's REST lists and Jira Cloud's search give no count: `None`.
    pub total: Option<usize>,
    /// More issues match than are listed (known even when `total` is not).
    pub truncated: bool,
    pub warnings: Vec<String>,
}

impl Listed {
    /// `issues` out of `total` matching ones.
    pub fn counted(issues: Vec<IssueDetails>, total: usize) -> Listed {
        Listed {
            truncated: total > issues.len(),
            total: Some(total),
            issues,
            warnings: Vec::new(),
        }
    }

    /// `issues`, and more match than that; how many is not known.
    pub fn more_than(issues: Vec<IssueDetails>) -> Listed {
        Listed {
            issues,
            total: None,
            truncated: true,
            warnings: Vec::new(),
        }
    }

    pub fn with_warnings(mut self, warnings: Vec<String>) -> Listed {
        self.warnings = warnings;
        self
    }
}

/// A comment as the `issue` commands show it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CommentView {
    pub author: Option<String>,
    pub created: Option<String>,
    pub body: String,
    /// The agent that signed the comment (PRODUCT §14), its signature taken out
    /// of `body` by [`CommentView::unsigned`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<String>,
}

impl CommentView {
    /// The comment with our agent signature moved from the body to `agent`.
    pub fn unsigned(mut self) -> CommentView {
        if let Some((body, agent)) = crate::agent::split_signature(&self.body) {
            self.body = body;
            self.agent = Some(agent);
        }
        self
    }
}

/// Which states to list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StateFilter {
    #[default]
    Open,
    Closed,
    All,
}

impl StateFilter {
    pub fn matches(self, open: bool) -> bool {
        match self {
            StateFilter::Open => open,
            StateFilter::Closed => !open,
            StateFilter::All => true,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            StateFilter::Open => "open",
            StateFilter::Closed => "closed",
            StateFilter::All => "all",
        }
    }
}

/// Filters of `issue list`.
#[derive(Debug, Clone, Default)]
pub struct IssueFilter {
    pub state: StateFilter,
    pub label: Option<String>,
    pub assignee: Option<String>,
    pub limit: usize,
}

impl IssueFilter {
    /// Whether an issue passes the label and assignee filters (state is checked apart).
    pub fn accepts(&self, labels: &[String], assignees: &[String]) -> bool {
        self.label
            .as_ref()
            .is_none_or(|l| labels.iter().any(|x| x.eq_ignore_ascii_case(l)))
            && self
                .assignee
                .as_ref()
                .is_none_or(|a| assignees.iter().any(|x| x.eq_ignore_ascii_case(a)))
    }
}

/// A new issue.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewIssue {
    pub title: String,
    pub body: String,
    pub labels: Vec<String>,
    pub assignees: Vec<String>,
    pub milestone: Option<u64>,
}

/// Changes of `issue edit`; `None`/empty leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct IssueEdit {
    pub title: Option<String>,
    pub body: Option<String>,
    pub add_labels: Vec<String>,
    pub remove_labels: Vec<String>,
    pub add_assignees: Vec<String>,
    pub remove_assignees: Vec<String>,
    /// `Some(None)` removes the milestone.
    pub milestone: Option<Option<u64>>,
}

impl IssueEdit {
    pub fn is_empty(&self) -> bool {
        self.title.is_none()
            && self.body.is_none()
            && self.add_labels.is_empty()
            && self.remove_labels.is_empty()
            && self.add_assignees.is_empty()
            && self.remove_assignees.is_empty()
            && self.milestone.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_categories_read_and_serialize_as_their_jira_keys() {
        for key in ["new", "indeterminate", "done", "undefined", ""] {
            let category = StatusCategory::from_key(key.to_string());
            assert_eq!(serde_json::to_value(&category).ok(), Some(key.into()));
        }
        assert_eq!(
            StatusCategory::from_key("done".into()),
            StatusCategory::Done
        );
        assert_eq!(
            StatusCategory::from_key("undefined".into()),
            StatusCategory::Other("undefined".into())
        );
    }

    #[test]
    fn issue_states_and_close_reasons_serialize_as_the_contract_words() {
        let json = |v: serde_json::Value| v.as_str().map(str::to_string);
        let closed = serde_json::to_value(IssueState::Closed).ok();
        assert_eq!(closed.and_then(json).as_deref(), Some("closed"));
        assert_eq!(IssueState::parse("open"), Some(IssueState::Open));
        assert_eq!(IssueState::parse("done"), None);
        let reason = serde_json::to_value(CloseReason::NotPlanned).ok();
        assert_eq!(reason.and_then(json).as_deref(), Some("not_planned"));
        assert_eq!(
            CloseReason::parse("not_planned"),
            Some(CloseReason::NotPlanned)
        );
    }

    /// A tracker that records the changes applied to it, refuses those of issue
    /// `fail`, and waits a moment on each so that issues overlap.
    struct Recording {
        log: std::sync::Mutex<Vec<String>>,
        fail: u64,
    }

    fn number(target: &Target) -> Option<u64> {
        match target {
            Target::Issue(IssueRef::Number { number, .. }) => Some(*number),
            _ => None,
        }
    }

    #[async_trait]
    impl Tracker for Recording {
        fn kind(&self) -> TrackerKind {
            crate::tracker::local::KIND
        }
        async fn issue(&self, _: &IssueRef) -> Result<IssueSnapshot, TrackerError> {
            Err(TrackerError::NotFound)
        }
        async fn label_exists(&self, _: &Space, _: &str) -> Result<bool, TrackerError> {
            Ok(true)
        }
        async fn milestone(&self, _: &Space, _: u64) -> Result<Milestone, TrackerError> {
            Err(TrackerError::NotFound)
        }
        async fn has_comment(&self, _: &IssueRef, _: &str) -> Result<bool, TrackerError> {
            Ok(false)
        }
        async fn apply(&self, target: &Target, change: &Change) -> Result<(), TrackerError> {
            tokio::task::yield_now().await;
            self.log
                .lock()
                .expect("log")
                .push(format!("{target} {}", change.describe()));
            if number(target) == Some(self.fail) {
                return Err(TrackerError::Rejected("no".into()));
            }
            Ok(())
        }
        async fn list_issues(&self, _: &Space, _: &IssueFilter) -> Result<Listed, TrackerError> {
            Err(TrackerError::NotFound)
        }
        async fn details(&self, _: &IssueRef) -> Result<IssueDetails, TrackerError> {
            Err(TrackerError::NotFound)
        }
        async fn create_issue(
            &self,
            _: &Space,
            _: &NewIssue,
        ) -> Result<IssueDetails, TrackerError> {
            Err(TrackerError::NotFound)
        }
        async fn edit_issue(
            &self,
            _: &IssueRef,
            _: &IssueEdit,
        ) -> Result<IssueDetails, TrackerError> {
            Err(TrackerError::NotFound)
        }
        async fn set_open(
            &self,
            _: &IssueRef,
            _: bool,
            _: Option<&str>,
        ) -> Result<IssueDetails, TrackerError> {
            Err(TrackerError::NotFound)
        }
        async fn comment(&self, _: &IssueRef, _: &str) -> Result<(), TrackerError> {
            Ok(())
        }
    }

    #[test]
    fn issues_are_written_together_in_their_own_order_between_labels_and_milestones() {
        let kind = crate::tracker::local::KIND;
        let issue = |n| Target::Issue(IssueRef::Number { kind, number: n });
        let label = LabelSpec {
            name: "wip".into(),
            color: "1D76DB".into(),
            description: String::new(),
        };
        let mut changes = vec![(
            Target::Space(Space::Whole(kind)),
            Change::CreateLabel(label),
        )];
        for n in 1..=4 {
            changes.push((issue(n), Change::AddLabel("wip".into())));
            changes.push((issue(n), Change::RemoveLabel("done".into())));
        }
        changes.push((
            Target::Milestone(Space::Whole(kind), 1),
            Change::SetProgressLine {
                plan_key: "p".into(),
                line: "x".into(),
            },
        ));
        // A later change to the issue that failed, after the milestone: held back.
        changes.push((issue(3), Change::AddLabel("late".into())));
        changes.push((issue(1), Change::AddLabel("late".into())));
        let tracker = Recording {
            log: std::sync::Mutex::new(Vec::new()),
            fail: 3,
        };
        let rt = tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("runtime");
        let outcomes = rt.block_on(apply_issues_concurrently(&tracker, &changes, 8));
        let log = tracker.log.into_inner().expect("log");
        assert!(log[0].starts_with("local create label"), "{log:?}");
        let milestone = log.iter().position(|l| l.contains("milestone"));
        assert_eq!(milestone, Some(log.len() - 2), "{log:?}");
        assert_eq!(
            log.last().map(String::as_str),
            Some("local#1 add label late")
        );
        let first_of = |n: u64| {
            log.iter()
                .position(|l| l.starts_with(&format!("local#{n} ")))
        };
        let second_of = |n: u64| {
            log.iter()
                .rposition(|l| l.starts_with(&format!("local#{n} ")))
        };
        assert!(
            first_of(2) < second_of(1),
            "issue 2 starts before issue 1 ends: {log:?}"
        );
        for n in [1, 2, 4] {
            assert!(
                first_of(n) < second_of(n),
                "issue {n} in its order: {log:?}"
            );
        }
        assert_eq!(outcomes.len(), changes.len());
        assert!(matches!(outcomes[5], Outcome::Failed(_)), "{outcomes:?}");
        assert!(
            matches!(outcomes[6], Outcome::Skipped(_)),
            "held back: {outcomes:?}"
        );
        let applied = outcomes
            .iter()
            .filter(|o| matches!(o, Outcome::Applied(_)))
            .count();
        assert_eq!(applied, 9, "{outcomes:?}");
    }
}
