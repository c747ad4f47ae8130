//! Facts: what is known about each phase of a plan, and which source says it.
//!
//! Three sources speak about a phase: the events recorded by our commands, the
//! executions in Debussy's run database, and the Status column of the master table.
//! This module is the one place that decides between them: the latest of the
//! recorded events and Debussy's executions wins, and the table is the baseline when
//! neither has anything. All runs of the plan are merged, so a resumed run never
//! makes a phase completed in an earlier run look pending; within them the latest
//! attempt of a phase wins.

use crate::debussy::{sortable_time, Execution, Run, RunStatus};
use crate::plan::{PhaseStatus, Plan};
use crate::refs::TrackerKind;
use crate::store::{PlanCompletion, RecordedFacts};
use serde::Serialize;

/// Where a phase's status comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// An event recorded by `phase …` / `plan complete` (or by `run`).
    Event,
    /// An execution in Debussy's run database.
    DebussyRun,
    /// The Status column of the master table.
    Table,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Event => "event",
            Source::DebussyRun => "debussy run",
            Source::Table => "table",
        }
    }
}

/// One phase's status and why it is believed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PhaseFact {
    pub id: String,
    pub status: PhaseStatus,
    pub source: Source,
    /// When the source said so (none for the table).
    pub at: Option<String>,
    /// The `--reason` of an event, or Debussy's error message.
    pub reason: Option<String>,
    /// The Debussy run the status comes from.
    pub run: Option<String>,
}

/// Everything known about a plan, ready for the desired-state step.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facts {
    /// One fact per phase of the plan, in plan order.
    pub phases: Vec<PhaseFact>,
    /// The plan was completed after its last phase fact (our `plan complete`, or a
    /// Debussy run that completed).
    pub plan_complete: Option<PlanCompletion>,
    /// The Debussy run whose completion that is, if it is one.
    pub completed_run: Option<String>,
    /// The latest Debussy run of the plan.
    pub latest_run: Option<Run>,
}

/// The facts of a plan and of the repository's other master plans that link one of
/// its issues: what the desired state of its issues comes from.
#[derive(Debug, Clone, Default)]
pub struct SharedFacts {
    pub own: Facts,
    /// Each other plan that links one of the plan's issues, with its facts.
    pub sharing: Vec<(Plan, Facts)>,
    /// Trackers whose own section asks to close their issues when the plan is
    /// complete (`gitea.auto_close`), beyond what the completion asked.
    pub closing: Vec<TrackerKind>,
}

impl Facts {
    /// `(phase id, status)` in plan order.
    pub fn statuses(&self) -> Vec<(String, PhaseStatus)> {
        self.phases
            .iter()
            .map(|f| (f.id.clone(), f.status))
            .collect()
    }
}

fn later(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => sortable_time(a) >= sortable_time(b),
        (Some(_), None) => true,
        (None, _) => false,
    }
}

/// Merges the sources. `runs` are the plan's runs (see [`crate::debussy::match_plan`]),
/// `executions` may hold other runs' rows (they are ignored); a Debussy run that
/// completed counts as a plan completion with `auto_close` as configured.
pub fn merge(
    plan: &Plan,
    recorded: &RecordedFacts,
    runs: &[Run],
    executions: &[Execution],
    auto_close: bool,
) -> Facts {
    // Everything is grouped by phase once: time linear in events and executions.
    let index = plan.phase_index();
    let slot = |id: &str| index.get(&crate::plan::normalize_id(id)).copied();
    let latest_attempt = latest_attempts(plan.phases.len(), runs, executions, slot);
    let mut latest_event: Vec<Option<&crate::store::RecordedPhase>> = vec![None; plan.phases.len()];
    for (id, r) in &recorded.phases {
        if let Some(p) = slot(id) {
            latest_event[p] = Some(r);
        }
    }
    let phases: Vec<PhaseFact> = plan
        .phases
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let from_run = latest_attempt[i].map(|(rank, e)| PhaseFact {
                id: p.id.clone(),
                status: e.status.unwrap_or(PhaseStatus::Pending),
                source: Source::DebussyRun,
                at: e
                    .completed_at
                    .clone()
                    .or_else(|| e.started_at.clone())
                    .or_else(|| runs[rank].started_at.clone()),
                reason: e.error_message.clone(),
                run: Some(e.run_id.clone()),
            });
            let from_event = latest_event[i].map(|r| PhaseFact {
                id: p.id.clone(),
                status: r.status,
                source: Source::Event,
                at: Some(r.at.clone()),
                reason: r.reason.clone(),
                run: None,
            });
            match (from_event, from_run) {
                (Some(e), Some(r)) if later(r.at.as_deref(), e.at.as_deref()) && r.at != e.at => r,
                (Some(e), _) => e,
                (None, Some(r)) => r,
                (None, None) => PhaseFact {
                    id: p.id.clone(),
                    status: p.table_status,
                    source: Source::Table,
                    at: None,
                    reason: None,
                    run: None,
                },
            }
        })
        .collect();
    let (plan_complete, completed_run) = completion(&phases, recorded, runs, auto_close);
    Facts {
        phases,
        plan_complete,
        completed_run,
        latest_run: runs.last().cloned(),
    }
}

/// Per phase slot, the latest attempt among the plan's runs: `(run rank, execution)`.
fn latest_attempts<'e>(
    phases: usize,
    runs: &[Run],
    executions: &'e [Execution],
    slot: impl Fn(&str) -> Option<usize>,
) -> Vec<Option<(usize, &'e Execution)>> {
    let rank: std::collections::HashMap<&str, usize> = runs
        .iter()
        .enumerate()
        .map(|(i, r)| (r.id.as_str(), i))
        .collect();
    let mut latest: Vec<Option<(usize, &Execution)>> = vec![None; phases];
    for e in executions.iter().filter(|e| e.status.is_some()) {
        let (Some(r), Some(p)) = (rank.get(e.run_id.as_str()), slot(&e.phase_id)) else {
            continue;
        };
        // Oldest first: run order, then attempt, then insertion; the last wins.
        let newer =
            latest[p].is_none_or(|(pr, pe)| (*r, e.attempt, e.id) >= (pr, pe.attempt, pe.id));
        if newer {
            latest[p] = Some((*r, e));
        }
    }
    latest
}

/// The plan's completion, if it came after its last phase fact: ours (`plan
/// complete`) or a Debussy run that completed, with the run it is if it is one.
fn completion(
    phases: &[PhaseFact],
    recorded: &RecordedFacts,
    runs: &[Run],
    auto_close: bool,
) -> (Option<PlanCompletion>, Option<String>) {
    let latest_phase_fact = phases
        .iter()
        .filter_map(|f| f.at.as_deref())
        .max_by_key(|at| sortable_time(at));
    let ours = recorded
        .plan_complete
        .map(|c| (c, recorded.plan_complete_at.clone(), None));
    let debussy = runs
        .iter()
        .rev()
        .find(|r| r.status == RunStatus::Completed)
        .map(|r| {
            (
                PlanCompletion { auto_close },
                r.completed_at.clone().or_else(|| r.started_at.clone()),
                Some(r.id.clone()),
            )
        });
    let found = match (ours, debussy) {
        (Some(o), Some(d)) => {
            // Both: the later one says when; closing was asked if either asked.
            let auto_close = o.0.auto_close || d.0.auto_close;
            let (at, run) = if later(d.1.as_deref(), o.1.as_deref()) {
                (d.1, d.2)
            } else {
                (o.1, o.2)
            };
            Some((PlanCompletion { auto_close }, at, run))
        }
        (o, d) => o.or(d),
    };
    match found {
        Some((c, at, run))
            if at.is_none() || latest_phase_fact.is_none_or(|p| later(at.as_deref(), Some(p))) =>
        {
            (Some(c), run)
        }
        _ => (None, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{Location, Phase};
    use crate::store::RecordedPhase;
    use PhaseStatus::*;

    fn plan(n: usize) -> Plan {
        Plan {
            key: "p/MASTER_PLAN.md".into(),
            name: "P".into(),
            refs: Default::default(),
            phases: (1..=n)
                .map(|i| Phase {
                    id: i.to_string(),
                    title: format!("P{i}"),
                    file: None,
                    table_status: Pending,
                    depends_on: vec![],
                    location: Location {
                        file: "m".into(),
                        line: i + 4,
                    },
                    status_column: 2,
                    unreadable: false,
                })
                .collect(),
            links: vec![],
            warnings: vec![],
            problems: vec![],
            errors: vec![],
        }
    }

    fn run(id: &str, started: &str, completed: Option<&str>, status: &str) -> Run {
        Run {
            id: id.into(),
            master_plan_path: "/w/p/MASTER_PLAN.md".into(),
            started_at: Some(started.into()),
            completed_at: completed.map(str::to_string),
            status: RunStatus::parse(status.into()),
        }
    }

    fn exec(
        id: i64,
        run: &str,
        phase: &str,
        attempt: i64,
        status: PhaseStatus,
        at: &str,
    ) -> Execution {
        Execution {
            id,
            run_id: run.into(),
            phase_id: phase.into(),
            attempt,
            status: Some(status),
            started_at: Some(at.into()),
            completed_at: Some(at.into()),
            error_message: (status == Failed).then(|| "tests red".to_string()),
        }
    }

    #[test]
    fn resumed_runs_merge_and_the_latest_attempt_wins() {
        let runs = [
            run("a", "2026-01-01 10:00:00", None, "failed"),
            run(
                "b",
                "2026-01-02 10:00:00",
                Some("2026-01-02 11:00:00"),
                "completed",
            ),
        ];
        let executions = [
            exec(1, "a", "1", 1, Completed, "2026-01-01 10:10:00"),
            exec(2, "a", "2", 1, Failed, "2026-01-01 10:20:00"),
            exec(3, "a", "2", 2, Completed, "2026-01-01 10:30:00"),
            exec(4, "b", "3", 1, Completed, "2026-01-02 10:50:00"),
            exec(5, "other", "1", 1, Failed, "2026-01-03 10:00:00"),
        ];
        let f = merge(
            &plan(3),
            &RecordedFacts::default(),
            &runs,
            &executions,
            false,
        );
        assert_eq!(
            f.statuses().iter().map(|s| s.1).collect::<Vec<_>>(),
            [Completed; 3]
        );
        assert!(f.phases.iter().all(|p| p.source == Source::DebussyRun));
        assert_eq!(f.plan_complete, Some(PlanCompletion { auto_close: false }));
        assert_eq!(f.completed_run.as_deref(), Some("b"));
    }

    #[test]
    fn the_later_of_event_and_execution_wins_and_the_table_is_the_baseline() {
        let runs = [run("a", "2026-01-01 10:00:00", None, "running")];
        let executions = [exec(1, "a", "1", 1, Running, "2026-01-01 10:10:00")];
        let mut recorded = RecordedFacts::default();
        recorded.phases.insert(
            "1".into(),
            RecordedPhase {
                status: Failed,
                at: "2026-01-01T10:20:00.000Z".into(),
                reason: Some("killed".into()),
            },
        );
        recorded.phases.insert(
            "2".into(),
            RecordedPhase {
                status: Completed,
                at: "2026-01-01T09:00:00.000Z".into(),
                reason: None,
            },
        );
        let mut p = plan(3);
        p.phases[2].table_status = Completed;
        let f = merge(&p, &recorded, &runs, &executions, false);
        assert_eq!(
            (f.phases[0].status, f.phases[0].source),
            (Failed, Source::Event)
        );
        assert_eq!(f.phases[0].reason.as_deref(), Some("killed"));
        assert_eq!(
            (f.phases[1].status, f.phases[1].source),
            (Completed, Source::Event)
        );
        assert_eq!(
            (f.phases[2].status, f.phases[2].source),
            (Completed, Source::Table)
        );
        // A newer execution beats an older event.
        let executions = [exec(1, "a", "1", 1, Running, "2026-01-01 10:30:00")];
        let f = merge(&p, &recorded, &runs, &executions, false);
        assert_eq!(
            (f.phases[0].status, f.phases[0].source),
            (Running, Source::DebussyRun)
        );
    }

    #[test]
    fn a_run_after_a_completion_reopens_the_plan() {
        let runs = [
            run(
                "a",
                "2026-01-01 10:00:00",
                Some("2026-01-01 11:00:00"),
                "completed",
            ),
            run("b", "2026-01-02 10:00:00", None, "running"),
        ];
        let executions = [
            exec(1, "a", "1", 1, Completed, "2026-01-01 10:10:00"),
            exec(2, "b", "1", 1, Running, "2026-01-02 10:10:00"),
        ];
        let f = merge(
            &plan(1),
            &RecordedFacts::default(),
            &runs,
            &executions,
            true,
        );
        assert_eq!(f.plan_complete, None);
        assert_eq!(f.latest_run.map(|r| r.id).as_deref(), Some("b"));
    }
}
