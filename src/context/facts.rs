//! What is known about a plan, from our store (recorded events, completions) and
//! from Debussy's database (its runs and completed features): the facts the
//! engine turns into desired states, and the completion history the guard reads.
//! Nothing here prints: warnings are returned for the caller to show.

use super::plans::Plans;
use crate::debussy::{Execution, Run, StateDb, StateDbError};
use crate::engine::{Facts, SharedFacts};
use crate::error::CliError;
use crate::guard::{debussy_issue, EarlierFeature};
use crate::plan::{self, Plan};
use crate::refs::TrackerKind;
use crate::store::{Event, RecordedFacts, Store};
use std::path::Path;
use std::time::Duration;

/// How long a command waits for Debussy's database while Debussy holds a lock.
pub const STATE_DB_WAIT: Duration = Duration::from_secs(5);

/// Opens the repository's state store (creating it).
pub fn open_store(root: &Path) -> Result<Store, CliError> {
    Ok(Store::open(&Store::path_in(root))?)
}

/// The store, when it exists: reading never creates it (dry runs read too).
fn existing_store(root: &Path) -> Result<Option<Store>, CliError> {
    let path = Store::path_in(root);
    Ok(if path.exists() {
        Some(Store::open(&path)?)
    } else {
        None
    })
}

/// The facts of a plan and of the plans that share its issues, as read.
#[derive(Debug)]
pub struct SharedReading {
    pub facts: SharedFacts,
    /// Debussy's database stayed locked past the wait: its runs are left out.
    pub busy: Option<StateDbError>,
    /// A plan that could not be read to find out whether it shares an issue.
    pub warnings: Vec<String>,
}

/// Where facts come from: our store and Debussy's database in the repository of
/// `plans`.
pub struct FactSources<'a> {
    plans: &'a Plans,
    /// `sync.auto_close`: whether a completed plan closes its issues.
    auto_close: bool,
    /// The trackers whose section closes their issues anyway.
    closing: Vec<TrackerKind>,
}

impl<'a> FactSources<'a> {
    pub fn new(plans: &'a Plans, auto_close: bool) -> FactSources<'a> {
        FactSources {
            plans,
            auto_close,
            closing: Vec::new(),
        }
    }

    /// With the trackers that close their issues on completion whatever the
    /// completion asked.
    pub fn closing(mut self, kinds: Vec<TrackerKind>) -> FactSources<'a> {
        self.closing = kinds;
        self
    }

    /// The plan's runs and their phase executions in Debussy's database (nothing when
    /// there is no database); waits at most `wait` for a lock.
    pub fn debussy_runs(
        &self,
        plan: &Plan,
        wait: Duration,
    ) -> Result<(Vec<Run>, Vec<Execution>), StateDbError> {
        let root = self.plans.root();
        let Some(db) = StateDb::open(root, wait)? else {
            return Ok((Vec::new(), Vec::new()));
        };
        let mut keys = self.plans.master_plan_keys();
        if !keys.contains(&plan.key) {
            keys.push(plan.key.clone());
        }
        let runs: Vec<Run> = db
            .runs()?
            .into_iter()
            .filter(|r| {
                crate::debussy::match_plan(root, &r.master_plan_path, &keys) == Some(&plan.key)
            })
            .collect();
        let executions = if runs.is_empty() {
            Vec::new()
        } else {
            db.executions()?
        };
        Ok((runs, executions))
    }

    /// Everything known about a plan (see [`crate::engine::facts`]), without
    /// creating anything, with `extra` applied as if it had been recorded; the
    /// database error when Debussy's database stays locked past `wait`.
    pub fn own(
        &self,
        plan: &Plan,
        extra: &[Event],
        wait: Duration,
    ) -> Result<(Facts, Option<StateDbError>), CliError> {
        let mut recorded = match existing_store(self.plans.root())? {
            Some(store) => store.facts(&plan.key)?,
            None => RecordedFacts::default(),
        };
        for event in extra {
            recorded = recorded.with(event);
        }
        let (runs, executions, error) = match self.debussy_runs(plan, wait) {
            Ok((runs, executions)) => (runs, executions, None),
            Err(e) => (Vec::new(), Vec::new(), Some(e)),
        };
        let facts =
            crate::engine::facts::merge(plan, &recorded, &runs, &executions, self.auto_close);
        Ok((facts, error))
    }

    /// The facts of `plan` (with `extra` applied as if recorded) and of every other
    /// master plan that links one of its issues.
    pub fn shared(
        &self,
        plan: &Plan,
        extra: &[Event],
        wait: Duration,
    ) -> Result<SharedReading, CliError> {
        let (own, mut busy) = self.own(plan, extra, wait)?;
        let found = self.plans.sharing_issues(plan);
        let mut sharing = Vec::new();
        for other in found.plans {
            let (facts, error) = self.own(&other, &[], wait)?;
            busy = busy.or(error);
            sharing.push((other, facts));
        }
        Ok(SharedReading {
            facts: SharedFacts {
                own,
                sharing,
                closing: self.closing.clone(),
            },
            busy,
            warnings: found.warnings,
        })
    }

    /// The completion history the guard reads: ours, then Debussy's
    /// `completed_features` (bare GitHub numbers resolved against the repository of
    /// their plan), with a warning per row or issue that cannot be read.
    pub fn completion_history(&self) -> Result<(Vec<EarlierFeature>, Vec<String>), CliError> {
        let mut features = self.our_completions()?;
        let mut warnings = Vec::new();
        self.debussy_completions(&mut features, &mut warnings);
        Ok((features, warnings))
    }

    /// The plans completed by us, from the store.
    fn our_completions(&self) -> Result<Vec<EarlierFeature>, CliError> {
        let Some(store) = existing_store(self.plans.root())? else {
            return Ok(Vec::new());
        };
        Ok(store
            .completions()?
            .into_iter()
            .map(|c| EarlierFeature {
                name: c.name,
                completed_at: c.at,
                plan: Some(c.plan),
                issues: c.issues,
                source: "gh-debussy-sync",
            })
            .collect())
    }

    /// Debussy's completed features; what cannot be read is a warning.
    fn debussy_completions(&self, features: &mut Vec<EarlierFeature>, warnings: &mut Vec<String>) {
        let root = self.plans.root();
        let rows = match StateDb::open(root, STATE_DB_WAIT) {
            Ok(None) => return,
            Ok(Some(db)) => db.completed_features(),
            Err(e) => Err(e),
        };
        let (rows, row_warnings) = match rows {
            Ok(found) => found,
            Err(e) => {
                warnings.push(format!("{e}; Debussy's completion history not read"));
                return;
            }
        };
        warnings.extend(row_warnings);
        let plans = self.plans.master_plan_keys();
        let fallback = self.plans.scope();
        for row in rows {
            let plan_key = row
                .plan_path
                .as_deref()
                .and_then(|p| crate::debussy::match_plan(root, p, &plans))
                .cloned();
            let scope = plan_key
                .as_ref()
                .and_then(|k| plan::load_plan(root, &root.join(k), fallback).ok())
                .map_or_else(|| fallback.clone(), |p| p.refs);
            let mut issues = Vec::new();
            for (kind, id) in &row.issues {
                match debussy_issue(kind, id, &scope) {
                    Some(issue) => issues.push(issue),
                    None => warnings.push(format!(
                        "Debussy's completed feature '{}': issue {kind} {id} cannot be resolved to a repository; skipped",
                        row.name
                    )),
                }
            }
            features.push(EarlierFeature {
                name: row.name,
                completed_at: row.completed_at,
                plan: plan_key.or(row.plan_path),
                issues,
                source: "debussy",
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::testing::{master, plans, repo};
    use crate::engine::Source;
    use crate::plan::PhaseStatus;
    use crate::store::{Completion, EventKind};

    const A: &str = "plans/a/MASTER_PLAN.md";

    fn event(plan: &str, phase: &str, kind: EventKind) -> Event {
        Event {
            plan: plan.into(),
            phase: Some(phase.into()),
            kind,
            reason: None,
        }
    }

    fn statuses(facts: &Facts) -> Vec<(String, PhaseStatus)> {
        facts.statuses()
    }

    #[test]
    fn recorded_events_are_facts_and_extra_events_apply_without_recording() {
        let dir = repo(&[(A, &master("local#1"))]);
        let plans = plans(&dir);
        let plan = plans.load(None).expect("plan");
        open_store(dir.path())
            .expect("store")
            .record_event(&event(A, "1", EventKind::PhaseComplete))
            .expect("recorded");
        let sources = FactSources::new(&plans, false);
        let extra = [event(A, "2", EventKind::PhaseStart)];
        let (facts, busy) = sources.own(&plan, &extra, STATE_DB_WAIT).expect("facts");
        assert!(busy.is_none());
        assert_eq!(
            statuses(&facts),
            [
                ("1".to_string(), PhaseStatus::Completed),
                ("2".to_string(), PhaseStatus::Running)
            ]
        );
        assert_eq!(facts.phases[0].source, Source::Event);
        let (again, _) = sources.own(&plan, &[], STATE_DB_WAIT).expect("facts");
        assert_eq!(again.phases[1].status, PhaseStatus::Pending, "not recorded");
    }

    #[test]
    fn reading_facts_creates_no_store() {
        let dir = repo(&[(A, &master("local#1"))]);
        let plans = plans(&dir);
        let plan = plans.load(None).expect("plan");
        let (facts, _) = FactSources::new(&plans, false)
            .own(&plan, &[], STATE_DB_WAIT)
            .expect("facts");
        assert_eq!(facts.phases[0].source, Source::Table);
        assert!(!Store::path_in(dir.path()).exists());
    }

    #[test]
    fn shared_facts_carry_the_facts_of_plans_linking_the_same_issue() {
        let dir = repo(&[
            (A, &master("local#1")),
            ("plans/b/MASTER_PLAN.md", &master("local#1")),
            ("plans/c/MASTER_PLAN.md", &master("local#9")),
        ]);
        let plans = plans(&dir);
        open_store(dir.path())
            .expect("store")
            .record_event(&event("plans/b/MASTER_PLAN.md", "1", EventKind::PhaseFail))
            .expect("recorded");
        let plan = plans.load(Some(&dir.path().join(A))).expect("plan");
        let reading = FactSources::new(&plans, false)
            .shared(&plan, &[], STATE_DB_WAIT)
            .expect("facts");
        assert!(reading.warnings.is_empty() && reading.busy.is_none());
        let [(other, facts)] = &reading.facts.sharing[..] else {
            panic!("one sharing plan: {:?}", reading.facts.sharing.len());
        };
        assert_eq!(other.key, "plans/b/MASTER_PLAN.md");
        assert_eq!(facts.phases[0].status, PhaseStatus::Failed);
    }

    #[test]
    fn completion_history_lists_our_completions() {
        let dir = repo(&[(A, &master("local#1"))]);
        let plans = plans(&dir);
        open_store(dir.path())
            .expect("store")
            .record_completion(&Completion {
                at: "2024-05-01T10:00:00Z".into(),
                plan: A.into(),
                name: "Widgets".into(),
                run: None,
                issues: vec!["local#1".into()],
            })
            .expect("recorded");
        let (features, warnings) = FactSources::new(&plans, false)
            .completion_history()
            .expect("history");
        assert!(warnings.is_empty(), "{warnings:?}");
        let [feature] = &features[..] else {
            panic!("one feature: {}", features.len());
        };
        assert_eq!(feature.name, "Widgets");
        assert_eq!(feature.plan.as_deref(), Some(A));
        assert_eq!(feature.issues, ["local#1"]);
        assert_eq!(feature.source, "gh-debussy-sync");
    }
}
