//! The stages that talk to trackers: observe (one batched read per tracker), then
//! the pure [`plan`](super::plan) stage, then apply (one batched write per tracker).

use super::desired::DesiredIssue;
use super::plan::{self, completion_marker, requests, PlanOptions};
use super::{Action, OpStatus, Operation};
use crate::plan::{PhaseStatus, Plan};
use crate::refs::TrackerKind;
use crate::tracker::{Change, Observation, Outcome, Target, Tracker, TrackerError, HELD_BACK};
use futures_util::future::join_all;
use std::collections::{BTreeMap, HashMap, HashSet};
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
    pub plan: PlanOptions<'a>,
    pub dry_run: bool,
}

/// The outcome: operations in the order they were (or would be) applied.
pub struct Converged {
    pub operations: Vec<Operation>,
    pub warnings: Vec<String>,
    /// The configuration does not fit what was read; nothing was applied.
    pub invalid: Option<plan::Invalid>,
}

/// One batched read per tracker, all trackers at once.
pub async fn observe(
    desired: &[DesiredIssue],
    trackers: &TrackerSet,
    options: &PlanOptions<'_>,
    marker: &str,
) -> Observation {
    read(&requests(desired, options, marker), trackers).await
}

/// Sends each tracker its request, all trackers at once, and merges the answers.
pub async fn read(
    requests: &BTreeMap<TrackerKind, crate::tracker::ObserveRequest>,
    trackers: &TrackerSet,
) -> Observation {
    let reads = join_all(requests.iter().filter_map(|(kind, request)| {
        let tracker = trackers.get(*kind).ok()?.clone();
        Some(async move { tracker.observe(request).await })
    }))
    .await;
    let mut all = Observation::default();
    for o in reads {
        all.merge(o);
    }
    all
}

/// Observe, plan and, unless it is a dry run, apply: the stages in one direction.
/// A batch whose outcome is unknown (a timeout, a 502) is never sent again blindly:
/// the trackers are read again and planned again, and only what is still missing
/// is applied.
pub async fn converge(
    plan: &Plan,
    statuses: &[(String, PhaseStatus)],
    desired: &[DesiredIssue],
    trackers: &TrackerSet,
    options: &ConvergeOptions<'_>,
) -> Converged {
    let (readable, mut operations, mut warnings) = usable(desired, trackers);
    let marker = completion_marker(&plan.key);
    let observed = observe(&readable, trackers, &options.plan, &marker).await;
    let planned = plan::plan(plan, statuses, &readable, &observed, &options.plan);
    warnings.extend(planned.warnings);
    operations.extend(planned.operations);
    if options.dry_run || planned.invalid.is_some() {
        return Converged {
            operations,
            warnings,
            invalid: planned.invalid,
        };
    }
    let (mut applied, unclear) = apply(operations, trackers).await;
    if !unclear.is_empty() {
        // Read again and plan again: what is there now was applied; what is still
        // missing (and what was held back behind the unclear batch) is applied now.
        let observed = observe(&readable, trackers, &options.plan, &marker).await;
        let again = plan::plan(plan, statuses, &readable, &observed, &options.plan);
        let needed: Vec<Operation> = again
            .operations
            .into_iter()
            .filter(|o| o.status == OpStatus::Planned)
            .collect();
        let (retried, _) = apply(needed, trackers).await;
        for (i, o) in applied.iter_mut().enumerate() {
            let held_back =
                o.status == OpStatus::Skipped && o.message.as_deref() == Some(HELD_BACK);
            if !unclear.contains(&i) && !held_back {
                continue;
            }
            let reason = o.message.clone().unwrap_or_default();
            match retried
                .iter()
                .find(|r| r.target == o.target && r.action == o.action)
            {
                Some(r) => *o = r.clone(),
                None => {
                    o.status = OpStatus::Applied;
                    o.message = unclear
                        .contains(&i)
                        .then(|| format!("confirmed after an unclear answer ({reason})"));
                }
            }
        }
    }
    Converged {
        operations: applied,
        warnings,
        invalid: None,
    }
}

/// The issues whose tracker can be used, and for the others: a failed read each
/// when their tracker should work but does not, one warning per tracker turned
/// off. A tracker that cannot be used affects its own issues only.
fn usable(
    desired: &[DesiredIssue],
    trackers: &TrackerSet,
) -> (Vec<DesiredIssue>, Vec<Operation>, Vec<String>) {
    let mut readable = Vec::new();
    let mut operations = Vec::new();
    let mut warnings = Vec::new();
    let mut told: HashSet<TrackerKind> = HashSet::new();
    for d in desired {
        let kind = d.link.issue.tracker();
        match (trackers.get(kind), trackers.unavailable(kind)) {
            (Ok(_), _) => readable.push(d.clone()),
            (Err(reason), Some(u)) if u.status == OpStatus::Failed => operations.push(Operation {
                target: Target::Issue(d.link.issue.clone()),
                action: Action::Read,
                status: OpStatus::Failed,
                message: Some(reason),
            }),
            (Err(reason), _) => {
                if told.insert(kind) {
                    warnings.push(format!("{} issues skipped: {reason}", kind.as_str()));
                }
            }
        }
    }
    (readable, operations, warnings)
}

/// Applies the planned operations, each tracker's in one `apply_all` (trackers at
/// once), keeping the planned order in the report. Returns the operations and the
/// indexes of those whose outcome is unknown.
async fn apply(planned: Vec<Operation>, trackers: &TrackerSet) -> (Vec<Operation>, Vec<usize>) {
    let mut per_tracker: BTreeMap<TrackerKind, Vec<usize>> = BTreeMap::new();
    for (i, o) in planned.iter().enumerate() {
        let kind = o.target.tracker();
        if o.status == OpStatus::Planned
            && matches!(o.action, Action::Change(_))
            && !trackers.is_dry_run(kind)
        {
            per_tracker.entry(kind).or_default().push(i);
        }
    }
    let batches = join_all(per_tracker.into_iter().map(|(kind, indexes)| {
        let changes: Vec<(Target, Change)> = indexes
            .iter()
            .filter_map(|i| match &planned[*i].action {
                Action::Change(c) => Some((planned[*i].target.clone(), c.clone())),
                Action::Read => None,
            })
            .collect();
        async move {
            let outcomes = match trackers.get(kind) {
                Ok(t) => t.apply_all(&changes).await,
                Err(reason) => changes
                    .iter()
                    .map(|_| Outcome::Failed(TrackerError::Unavailable(reason.clone())))
                    .collect(),
            };
            indexes.into_iter().zip(outcomes).collect::<Vec<_>>()
        }
    }))
    .await;
    let mut out = planned;
    let mut unclear = Vec::new();
    for (i, outcome) in batches.into_iter().flatten() {
        let o = &mut out[i];
        match outcome {
            Outcome::Applied(message) => {
                o.status = OpStatus::Applied;
                o.message = message.or(o.message.take());
            }
            Outcome::Skipped(reason) => {
                o.status = OpStatus::Skipped;
                o.message = Some(reason);
            }
            Outcome::Failed(e) => {
                if matches!(e, TrackerError::Ambiguous(_)) {
                    unclear.push(i);
                }
                o.status = OpStatus::Failed;
                o.message = Some(e.to_string());
            }
        }
    }
    (out, unclear)
}
