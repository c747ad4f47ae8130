//! Observe, plan and apply.

use super::desired::{progress_line, DesiredIssue};
use super::{Action, OpStatus, Operation};
use crate::config::LabelConfig;
use crate::plan::{PhaseStatus, Plan};
use crate::refs::{IssueRef, TrackerKind};
use crate::tracker::progress::with_progress_line;
use crate::tracker::workflow::{choose_transition, TransitionOutcome};
use crate::tracker::{Change, IssueSnapshot, LabelSpec, Space, Target, Tracker, TrackerError};
use futures_util::future::join_all;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::Arc;

/// The trackers available to a run, and why the others are not.
///
/// A tracker that cannot be used affects only its own issues: `failed` when it
/// should work but does not (no credentials, no client), skipped with one warning
/// when it is turned off or not set up. A tracker in dry-run mode
/// (`github.dry_run`, `jira.dry_run`) is read, and its operations stay `planned`.
#[derive(Default, Clone)]
pub struct TrackerSet {
    trackers: HashMap<TrackerKind, Arc<dyn Tracker>>,
    unavailable: HashMap<TrackerKind, Unavailable>,
    dry_run: HashSet<TrackerKind>,
}

/// Why a tracker is not in the set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unavailable {
    /// What is wrong and what to do.
    pub reason: String,
    /// `Failed` for a tracker that should work; `Skipped` for one turned off.
    pub status: OpStatus,
}

impl TrackerSet {
    pub fn insert(&mut self, tracker: Arc<dyn Tracker>) {
        self.trackers.insert(tracker.kind(), tracker);
    }

    /// A tracker that should work but cannot be used: its operations fail.
    pub fn failed(&mut self, kind: TrackerKind, reason: String) {
        self.unavailable.insert(
            kind,
            Unavailable {
                reason,
                status: OpStatus::Failed,
            },
        );
    }

    /// A tracker turned off or not set up: its issues are skipped with one warning.
    pub fn off(&mut self, kind: TrackerKind, reason: String) {
        self.unavailable.insert(
            kind,
            Unavailable {
                reason,
                status: OpStatus::Skipped,
            },
        );
    }

    /// Operations of `kind` are planned and reported, never applied.
    pub fn dry_run(&mut self, kind: TrackerKind) {
        self.dry_run.insert(kind);
    }

    pub fn is_dry_run(&self, kind: TrackerKind) -> bool {
        self.dry_run.contains(&kind)
    }

    pub fn get(&self, kind: TrackerKind) -> Result<&Arc<dyn Tracker>, String> {
        self.trackers.get(&kind).ok_or_else(|| {
            self.unavailable
                .get(&kind)
                .map(|u| u.reason.clone())
                .unwrap_or_else(|| format!("{} is not configured", kind.as_str()))
        })
    }

    /// Why `kind` is not usable, if it is not.
    pub fn unavailable(&self, kind: TrackerKind) -> Option<&Unavailable> {
        if self.trackers.contains_key(&kind) {
            return None;
        }
        self.unavailable.get(&kind)
    }
}

/// Settings of one convergence.
pub struct ConvergeOptions<'a> {
    pub labels: &'a LabelConfig,
    pub create_labels: bool,
    pub milestone_progress: bool,
    /// `jira.transitions`: event → transition or target status.
    pub jira_transitions: &'a std::collections::BTreeMap<String, String>,
    /// `jira.transition_fields`: values for transition screens.
    pub jira_fields: &'a serde_json::Map<String, serde_json::Value>,
    pub dry_run: bool,
}

/// The outcome: operations in the order they were (or would be) applied.
pub struct Converged {
    pub operations: Vec<Operation>,
    pub warnings: Vec<String>,
}

fn op(target: Target, action: Action, status: OpStatus, message: Option<String>) -> Operation {
    Operation {
        target,
        action,
        status,
        message,
    }
}

fn change(target: Target, change: Change) -> Operation {
    op(target, Action::Change(change), OpStatus::Planned, None)
}

/// The marker of a plan's completion comment.
pub fn completion_marker(plan_key: &str) -> String {
    format!("<!-- debussy-sync:completion:{plan_key} -->")
}

fn completion_comment(plan: &Plan, marker: &str) -> String {
    format!(
        "✅ **Debussy plan completed:** {}\n\nAll {} phases are completed, so this issue is closed automatically by gh debussy-sync.\n\n{marker}",
        plan.name,
        plan.phases.len()
    )
}

/// Reads observed state, plans operations and, unless `dry_run`, applies them.
pub async fn converge(
    plan: &Plan,
    statuses: &[(String, PhaseStatus)],
    desired: &[DesiredIssue],
    trackers: &TrackerSet,
    options: &ConvergeOptions<'_>,
) -> Converged {
    let mut warnings = Vec::new();
    let mut planned = Vec::new();

    // Observe every issue at once. A tracker that cannot be used fails (or skips)
    // its own issues only.
    let mut readable = Vec::new();
    let mut told: HashSet<TrackerKind> = HashSet::new();
    for d in desired {
        let kind = d.link.issue.tracker();
        match (trackers.get(kind), trackers.unavailable(kind)) {
            (Ok(t), _) => readable.push((d, t.clone())),
            (Err(reason), Some(u)) if u.status == OpStatus::Failed => planned.push(op(
                Target::Issue(d.link.issue.clone()),
                Action::Read,
                OpStatus::Failed,
                Some(reason),
            )),
            (Err(reason), _) => {
                if told.insert(kind) {
                    warnings.push(format!("{} issues skipped: {reason}", kind.as_str()));
                }
            }
        }
    }
    let snapshots = join_all(readable.iter().map(|(d, t)| {
        let t = t.clone();
        async move { t.issue(&d.link.issue).await }
    }))
    .await;

    let mut observed: Vec<(&DesiredIssue, IssueSnapshot)> = Vec::new();
    for ((d, _), snapshot) in readable.iter().zip(snapshots) {
        match snapshot {
            Ok(s) => observed.push((d, s)),
            Err(e) => planned.push(op(
                Target::Issue(d.link.issue.clone()),
                Action::Read,
                OpStatus::Failed,
                Some(read_failure(&d.link.issue, &e)),
            )),
        }
    }

    // Labels and closing, per issue.
    let ours = [
        options.labels.in_progress.as_str(),
        options.labels.completed.as_str(),
        options.labels.failed.as_str(),
    ];
    let mut issue_ops = Vec::new();
    let mut wanted_labels: BTreeSet<(Space, String)> = BTreeSet::new();
    let marker = completion_marker(&plan.key);
    let mut comment_checks = Vec::new();
    let jira_ops = join_all(observed.iter().filter(|(_, s)| s.status.is_some()).map(
        |(d, s)| async move {
            let op = jira_transition_op(d, s, trackers, options).await;
            op.map(|o| (d.link.issue.clone(), o))
        },
    ))
    .await;
    let mut jira_ops: HashMap<IssueRef, Operation> = jira_ops.into_iter().flatten().collect();
    for (d, s) in &observed {
        let target = Target::Issue(d.link.issue.clone());
        if let Some(o) = jira_ops.remove(&d.link.issue) {
            if o.status == OpStatus::Skipped {
                warnings.push(format!(
                    "{}: {}",
                    d.link.issue,
                    o.message.clone().unwrap_or_default()
                ));
            }
            if o.status == OpStatus::Failed {
                planned.push(o);
            } else {
                issue_ops.push(o);
            }
        }
        if s.status.is_some() {
            // Workflow trackers follow transitions, not labels.
            if d.close {
                comment_checks.push((d.link.issue.clone(), target));
            }
            continue;
        }
        let wanted = d.state.map(|st| st.name(options.labels).to_string());
        if let Some(name) = &wanted {
            if !s.labels.iter().any(|l| l == name) {
                if let Some(space) = Space::of(&d.link.issue) {
                    wanted_labels.insert((space, name.clone()));
                }
                issue_ops.push(change(target.clone(), Change::AddLabel(name.clone())));
            }
        }
        for label in &s.labels {
            if ours.contains(&label.as_str()) && Some(label) != wanted.as_ref() {
                issue_ops.push(change(target.clone(), Change::RemoveLabel(label.clone())));
            }
        }
        if d.close && s.open {
            if s.pull_request {
                warnings.push(format!(
                    "{} is a pull request: it gets labels but is never closed",
                    d.link.issue
                ));
            } else {
                comment_checks.push((d.link.issue.clone(), target));
            }
        }
    }

    // Closing needs to know whether the completion comment is already there.
    let checks = join_all(comment_checks.iter().map(|(issue, _)| {
        let marker = marker.clone();
        async move {
            match trackers.get(issue.tracker()) {
                Ok(t) => t.has_comment(issue, &marker).await,
                Err(reason) => Err(TrackerError::Unavailable(reason)),
            }
        }
    }))
    .await;
    let workflow: std::collections::HashSet<IssueRef> = observed
        .iter()
        .filter(|(_, s)| s.status.is_some())
        .map(|(d, _)| d.link.issue.clone())
        .collect();
    for ((issue, target), found) in comment_checks.into_iter().zip(checks) {
        match found {
            Ok(true) => {}
            Ok(false) => issue_ops.push(change(
                target.clone(),
                Change::Comment {
                    body: completion_comment(plan, &marker),
                    marker: marker.clone(),
                },
            )),
            Err(e) => {
                planned.push(op(
                    target,
                    Action::Read,
                    OpStatus::Failed,
                    Some(format!("cannot read comments of {issue}: {e}")),
                ));
                continue;
            }
        }
        if !workflow.contains(&issue) {
            issue_ops.push(change(
                target,
                Change::Close {
                    reason: "completed".into(),
                },
            ));
        }
    }

    // Labels that must exist before they are added.
    if options.create_labels {
        let label_checks = join_all(wanted_labels.iter().map(|(space, name)| async move {
            match trackers.get(space.tracker()) {
                Ok(t) => t.label_exists(space, name).await,
                Err(reason) => Err(TrackerError::Unavailable(reason)),
            }
        }))
        .await;
        for ((space, name), exists) in wanted_labels.iter().zip(label_checks) {
            match exists {
                Ok(true) => {}
                Ok(false) => planned.push(change(
                    Target::Space(space.clone()),
                    Change::CreateLabel(label_spec(options.labels, name)),
                )),
                Err(e) => planned.push(op(
                    Target::Space(space.clone()),
                    Action::Read,
                    OpStatus::Failed,
                    Some(format!("cannot check label {name}: {e}")),
                )),
            }
        }
    }
    planned.extend(issue_ops);

    // Milestone progress, once anything has run.
    if options.milestone_progress && statuses.iter().any(|(_, s)| s.has_started()) {
        if let Some(op) = milestone_op(plan, statuses, &observed, trackers, &mut warnings).await {
            planned.push(op);
        }
    }

    if options.dry_run {
        return Converged {
            operations: planned,
            warnings,
        };
    }
    Converged {
        operations: apply(planned, trackers).await,
        warnings,
    }
}

/// The transition a workflow issue needs, if any: planned, or skipped with the reason
/// (not available from the current status, or a screen field is missing).
async fn jira_transition_op(
    d: &DesiredIssue,
    s: &IssueSnapshot,
    trackers: &TrackerSet,
    options: &ConvergeOptions<'_>,
) -> Option<Operation> {
    let wanted = options.jira_transitions.get(d.jira_event()?)?;
    let current = s.status.as_deref()?;
    if current.eq_ignore_ascii_case(wanted) {
        return None;
    }
    let target = Target::Issue(d.link.issue.clone());
    let available = match trackers.get(d.link.issue.tracker()) {
        Ok(t) => t.transitions(&d.link.issue).await,
        Err(reason) => Err(TrackerError::Unavailable(reason)),
    };
    let available = match available {
        Ok(a) => a,
        Err(e) => {
            return Some(op(
                target,
                Action::Read,
                OpStatus::Failed,
                Some(format!(
                    "cannot read the transitions of {}: {e}",
                    d.link.issue
                )),
            ))
        }
    };
    match choose_transition(current, wanted, &available, options.jira_fields) {
        TransitionOutcome::Already => None,
        // Someone finished this issue: a phase event never moves it back out of
        // the done category (only `sync --direction to-tracker --apply` may).
        TransitionOutcome::Take(Change::Transition { id, to, .. })
            if s.category.as_deref() == Some("done")
                && available.iter().any(|t| t.id == id && t.category != "done") =>
        {
            Some(op(
                target,
                Action::Change(Change::Transition {
                    id: String::new(),
                    name: wanted.clone(),
                    to: wanted.clone(),
                    fields: serde_json::Map::new(),
                }),
                OpStatus::Skipped,
                Some(format!(
                    "{} is done ('{current}'); phase events do not move it back to '{to}'",
                    d.link.issue
                )),
            ))
        }
        TransitionOutcome::Take(c) => Some(change(target, c)),
        TransitionOutcome::Unavailable(reason) => Some(op(
            target,
            Action::Change(Change::Transition {
                id: String::new(),
                name: wanted.clone(),
                to: wanted.clone(),
                fields: serde_json::Map::new(),
            }),
            OpStatus::Skipped,
            Some(reason),
        )),
    }
}

fn read_failure(issue: &IssueRef, e: &TrackerError) -> String {
    match e {
        TrackerError::NotFound => {
            format!("{issue} not found (check the reference and your access)")
        }
        other => format!("cannot read {issue}: {other}"),
    }
}

fn label_spec(labels: &LabelConfig, name: &str) -> LabelSpec {
    let (color, description) = if name == labels.in_progress {
        (&labels.color_in_progress, "Debussy: phase in progress")
    } else if name == labels.completed {
        (&labels.color_completed, "Debussy: phase completed")
    } else {
        (&labels.color_failed, "Debussy: phase failed")
    };
    LabelSpec {
        name: name.to_string(),
        color: color.clone(),
        description: description.to_string(),
    }
}

async fn milestone_op(
    plan: &Plan,
    statuses: &[(String, PhaseStatus)],
    observed: &[(&DesiredIssue, IssueSnapshot)],
    trackers: &TrackerSet,
    warnings: &mut Vec<String>,
) -> Option<Operation> {
    let with_milestone: Vec<(Space, u64, &IssueRef)> = observed
        .iter()
        .filter_map(|(d, s)| Some((Space::of(&d.link.issue)?, s.milestone?, &d.link.issue)))
        .collect();
    let (space, number, first) = with_milestone.first()?.clone();
    let differing: Vec<String> = with_milestone
        .iter()
        .filter(|(s, n, _)| (s, n) != (&space, &number))
        .map(|(_, _, i)| i.to_string())
        .collect();
    if !differing.is_empty() {
        warnings.push(format!(
            "linked issues are in different milestones; progress goes to the milestone of {first} ({} differ)",
            differing.join(", ")
        ));
    }
    let target = Target::Milestone(space.clone(), number);
    let tracker = trackers.get(space.tracker()).ok()?;
    let milestone = match tracker.milestone(&space, number).await {
        Ok(m) => m,
        Err(TrackerError::NotFound) => {
            warnings.push(format!(
                "milestone {number} of {space} no longer exists (linked from {first}); progress not written"
            ));
            return None;
        }
        Err(e) => {
            return Some(op(
                target,
                Action::Read,
                OpStatus::Failed,
                Some(format!("cannot read milestone {number}: {e}")),
            ))
        }
    };
    let line = progress_line(plan, statuses);
    let description = with_progress_line(&milestone.description, &line, &plan.key);
    (description != milestone.description).then(|| {
        change(
            target,
            Change::SetProgressLine {
                plan_key: plan.key.clone(),
                line,
            },
        )
    })
}

/// Applies planned operations: labels first, then each issue's operations in order
/// (issues concurrently), then milestones. The report keeps the planned order, so a
/// dry run and the real run list the same operations the same way.
async fn apply(planned: Vec<Operation>, trackers: &TrackerSet) -> Vec<Operation> {
    let mut done: Vec<(usize, Operation)> = Vec::with_capacity(planned.len());
    let mut per_issue: BTreeMap<Target, Vec<(usize, Operation)>> = BTreeMap::new();
    let mut issue_order = Vec::new();
    let mut later = Vec::new();
    for (i, o) in planned.into_iter().enumerate() {
        match (&o.target, o.status) {
            (_, OpStatus::Failed | OpStatus::Skipped) => done.push((i, o)),
            (Target::Space(_), _) => done.push((i, apply_one(o, trackers).await)),
            (Target::Issue(_), _) => {
                if !per_issue.contains_key(&o.target) {
                    issue_order.push(o.target.clone());
                }
                per_issue.entry(o.target.clone()).or_default().push((i, o));
            }
            (Target::Milestone(..), _) => later.push((i, o)),
        }
    }
    let groups = join_all(issue_order.iter().map(|target| {
        let ops = per_issue.remove(target).unwrap_or_default();
        async move {
            let mut out = Vec::with_capacity(ops.len());
            let mut failed = false;
            for (i, o) in ops {
                if failed {
                    let skipped = Operation {
                        status: OpStatus::Skipped,
                        message: Some("an earlier operation on this issue failed".into()),
                        ..o
                    };
                    out.push((i, skipped));
                    continue;
                }
                let result = apply_one(o, trackers).await;
                failed = result.status == OpStatus::Failed;
                out.push((i, result));
            }
            out
        }
    }))
    .await;
    done.extend(groups.into_iter().flatten());
    for (i, o) in later {
        done.push((i, apply_one(o, trackers).await));
    }
    done.sort_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, o)| o).collect()
}

async fn apply_one(o: Operation, trackers: &TrackerSet) -> Operation {
    let Action::Change(c) = &o.action else {
        return o;
    };
    if trackers.is_dry_run(o.target.tracker()) {
        return o;
    }
    let tracker = match trackers.get(o.target.tracker()) {
        Ok(t) => t,
        Err(reason) => {
            return Operation {
                status: OpStatus::Failed,
                message: Some(reason),
                ..o
            }
        }
    };
    let result = match tracker.apply(&o.target, c).await {
        Err(TrackerError::Ambiguous(reason)) => {
            verify_unclear_write(tracker.as_ref(), &o.target, c, reason).await
        }
        other => other.map(|()| None),
    };
    match result {
        Ok(message) => Operation {
            status: OpStatus::Applied,
            message,
            ..o
        },
        Err(e) => Operation {
            status: OpStatus::Failed,
            message: Some(e.to_string()),
            ..o
        },
    }
}

/// A comment POST without a clear answer is checked through its marker: found means
/// it was stored; absent means it was not, and it is sent once more.
async fn verify_unclear_write(
    tracker: &dyn Tracker,
    target: &Target,
    c: &Change,
    reason: String,
) -> Result<Option<String>, TrackerError> {
    let (Target::Issue(issue), Change::Comment { marker, .. }) = (target, c) else {
        return Err(TrackerError::Ambiguous(reason));
    };
    if tracker.has_comment(issue, marker).await? {
        return Ok(Some(format!(
            "confirmed stored after an unclear answer ({reason})"
        )));
    }
    tracker.apply(target, c).await.map(|()| None)
}
