//! Seeing drift and repairing it: the work behind `status` and `sync`. Both read
//! through the engine's batched observe and judge through its pure stages; `sync`
//! applies through the same apply as events.

use crate::context::Context;
use crate::engine::desired::{desired_for, progress_line, DesiredIssue};
use crate::engine::drift::{judge, judge_card, DriftKind, Expected, IssueState};
use crate::engine::plan::{
    completion_marker, plan_milestone, requests, PlanMilestone, PlanOptions,
};
use crate::engine::{self, Facts, TrackerSet};
use crate::error::CliError;
use crate::plan::{PhaseStatus, Plan, Scope};
use crate::store::Store;
use crate::tracker::progress::{progress_marker, with_progress_line};
use crate::tracker::Observation;
use serde::Serialize;
use std::collections::HashSet;

/// One phase as `status` shows it.
#[derive(Debug, Serialize)]
pub struct PhaseRow {
    pub id: String,
    pub title: String,
    pub status: &'static str,
    /// `event`, `debussy run` or `table`.
    pub source: &'static str,
}

/// One linked issue (or the plan's milestone) as `status` shows it.
#[derive(Debug, Serialize)]
pub struct IssueRow {
    #[serde(rename = "ref")]
    pub reference: String,
    pub tracker: &'static str,
    /// `{"level": "plan"}` or `{"level": "phase", "phase": "2"}`.
    pub scope: Scope,
    #[serde(flatten)]
    pub state: IssueState,
}

/// One plan's dashboard.
#[derive(Debug, Serialize)]
pub struct PlanStatus {
    pub plan: String,
    pub name: String,
    pub phases: Vec<PhaseRow>,
    pub issues: Vec<IssueRow>,
}

impl PlanStatus {
    pub fn drifted(&self) -> usize {
        self.issues
            .iter()
            .filter(|i| i.state.drift.is_some_and(DriftKind::is_drift))
            .count()
    }

    pub fn unknown(&self) -> usize {
        self.issues
            .iter()
            .filter(|i| i.state.drift == Some(DriftKind::Unknown))
            .count()
    }
}

/// Everything read and decided about one plan: what `sync` acts on.
pub struct Reading {
    pub facts: Facts,
    pub statuses: Vec<(String, PhaseStatus)>,
    pub desired: Vec<DesiredIssue>,
    pub observed: Observation,
    pub trackers: TrackerSet,
    pub status: PlanStatus,
}

/// Reads a plan's issues (one batched read per tracker: issues and milestones only)
/// and judges each against the facts (an issue other plans link too, against all
/// of them).
pub fn read_plan(
    ctx: &Context,
    plan: &Plan,
    runtime: &tokio::runtime::Runtime,
) -> Result<Reading, CliError> {
    let shared = ctx.shared_facts(plan, &[])?;
    let statuses = shared.own.statuses();
    let (desired, warnings) = desired_for(plan, &shared);
    for w in &warnings {
        ctx.ui.warn(w);
    }
    let closed_by_us: HashSet<String> = {
        let path = Store::path_in(&ctx.root);
        if path.exists() {
            Store::open(&path)?.closed_by_us(&plan.key)?
        } else {
            HashSet::new()
        }
    };
    let trackers = ctx.trackers_for(plan);
    let options = ctx.plan_options(false);
    let marker = completion_marker(&plan.key);
    let mut wanted = requests(&desired, &options, &marker);
    for r in wanted.values_mut() {
        // The dashboard needs states, labels and milestones: nothing more.
        r.labels.clear();
        r.transitions.clear();
        r.marked.clear();
        r.marker = None;
        r.milestones = options.milestone_progress;
    }
    let observed = {
        let _progress = ctx.ui.progress(&format!(
            "reading {}",
            crate::output::count(desired.len(), "linked issue", "linked issues")
        ));
        runtime.block_on(engine::read(&wanted, &trackers))
    };
    let mut issues: Vec<IssueRow> = desired
        .iter()
        .map(|d| issue_row(d, &observed, &trackers, &closed_by_us, &options))
        .collect();
    issues.extend(progress_row(plan, &statuses, &desired, &observed, &options));
    let facts = shared.own;
    let status = PlanStatus {
        plan: plan.key.clone(),
        name: plan.name.clone(),
        phases: plan
            .phases
            .iter()
            .zip(&facts.phases)
            .map(|(p, f)| PhaseRow {
                id: p.id.clone(),
                title: p.title.clone(),
                status: f.status.as_str(),
                source: f.source.as_str(),
            })
            .collect(),
        issues,
    };
    Ok(Reading {
        facts,
        statuses,
        desired,
        observed,
        trackers,
        status,
    })
}

/// One linked issue judged against what it should look like.
fn issue_row(
    d: &DesiredIssue,
    observed: &Observation,
    trackers: &TrackerSet,
    closed_by_us: &HashSet<String>,
    options: &PlanOptions<'_>,
) -> IssueRow {
    let issue = &d.link.issue;
    let kind = issue.tracker();
    let state = match trackers.unavailable(kind) {
        Some(u) => IssueState::unknown(&u.reason),
        None => judge_card(
            judge(
                d,
                observed.issues.get(issue),
                closed_by_us.contains(&issue.to_string()),
                options.wanted_transition(d).is_some(),
                options.labels,
            ),
            d,
            observed,
            options.project.as_ref(),
        ),
    };
    IssueRow {
        reference: issue.to_string(),
        tracker: kind.as_str(),
        scope: d.link.scope.clone(),
        state,
    }
}

/// The plan's milestone progress line, when it is not what it should be.
fn progress_row(
    plan: &Plan,
    statuses: &[(String, PhaseStatus)],
    desired: &[DesiredIssue],
    observed: &Observation,
    options: &PlanOptions<'_>,
) -> Option<IssueRow> {
    let PlanMilestone { space, number, .. } = plan_milestone(desired, statuses, observed, options)?;
    let milestone = observed
        .milestones
        .get(&(space.clone(), number))?
        .as_ref()
        .ok()?;
    let line = progress_line(plan, statuses);
    // Drift is exactly what an event would rewrite.
    let drift = (with_progress_line(&milestone.description, &line, &plan.key)
        != milestone.description)
        .then_some(DriftKind::ProgressMismatch);
    let marker = progress_marker(&plan.key);
    let visible = |l: &str| {
        l.split("<!--")
            .next()
            .unwrap_or_default()
            .trim()
            .to_string()
    };
    let current = milestone.description.lines().find(|l| l.contains(&marker));
    Some(IssueRow {
        reference: format!("{space} milestone {number}"),
        tracker: space.tracker().as_str(),
        scope: Scope::Plan,
        state: IssueState {
            state: "progress line".into(),
            labels: Vec::new(),
            status: None,
            expected: Expected::progress(visible(&line)),
            detail: drift.map(|_| match current {
                Some(c) => format!("reads '{}'", visible(c)),
                None => "the progress line is missing".into(),
            }),
            drift,
        },
    })
}

/// A phase status the trackers say, for `sync --direction from-tracker`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhaseChange {
    pub phase: String,
    pub status: PhaseStatus,
    /// Which issue said so, and how.
    pub because: String,
}

/// What the trackers say about the phases (PRODUCT §10): a phase-level issue
/// closed as completed marks its phase completed, reopened marks it pending; a
/// plan-level issue closed as completed marks every phase completed; closed as not
/// planned changes nothing (a note says so).
pub fn phase_changes(reading: &Reading, plan: &Plan) -> (Vec<PhaseChange>, Vec<String>) {
    let mut changes: Vec<PhaseChange> = Vec::new();
    let mut notes = Vec::new();
    let status_of = |id: &str| {
        reading
            .statuses
            .iter()
            .find(|(p, _)| p == id)
            .map(|(_, s)| *s)
    };
    let mut push = |change: PhaseChange| {
        if !changes.iter().any(|c| c.phase == change.phase) {
            changes.push(change);
        }
    };
    for (d, row) in reading.desired.iter().zip(&reading.status.issues) {
        let Some(Ok(snapshot)) = reading.observed.issues.get(&d.link.issue) else {
            continue;
        };
        let issue = &d.link.issue;
        match row.state.drift {
            Some(DriftKind::ClosedExternally) => {
                let reason = snapshot.state_reason.as_deref().unwrap_or("completed");
                if reason.contains("not_planned") || reason.contains("not planned") {
                    notes.push(format!(
                        "{issue} was closed as not planned: its phase is left as it is"
                    ));
                    continue;
                }
                let because = format!("{issue} was closed as completed");
                match &d.link.scope {
                    Scope::Phase(id) if status_of(id) != Some(PhaseStatus::Completed) => {
                        push(PhaseChange {
                            phase: id.clone(),
                            status: PhaseStatus::Completed,
                            because,
                        })
                    }
                    Scope::Plan => {
                        for (id, s) in &reading.statuses {
                            if *s != PhaseStatus::Completed {
                                push(PhaseChange {
                                    phase: id.clone(),
                                    status: PhaseStatus::Completed,
                                    because: because.clone(),
                                });
                            }
                        }
                    }
                    Scope::Phase(_) => {}
                }
            }
            Some(DriftKind::ReopenedExternally) => match &d.link.scope {
                Scope::Phase(id) if status_of(id) == Some(PhaseStatus::Completed) => {
                    push(PhaseChange {
                        phase: id.clone(),
                        status: PhaseStatus::Pending,
                        because: format!("{issue} was reopened"),
                    })
                }
                _ => notes.push(format!(
                    "{issue} was reopened; a plan-level issue does not reopen phases"
                )),
            },
            _ => {}
        }
    }
    let _ = plan;
    (changes, notes)
}
