//! Pure functions from facts to the desired state of every linked issue.

use crate::config::LabelConfig;
use crate::plan::{Link, PhaseStatus, Plan, Scope};
use crate::tracker::progress::progress_marker;
use std::collections::HashSet;

/// The three debussy state labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StateLabel {
    InProgress,
    Completed,
    Failed,
}

impl StateLabel {
    /// The configured label name.
    pub fn name(self, labels: &LabelConfig) -> &str {
        match self {
            StateLabel::InProgress => &labels.in_progress,
            StateLabel::Completed => &labels.completed,
            StateLabel::Failed => &labels.failed,
        }
    }
}

/// What one linked issue should look like.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DesiredIssue {
    pub link: Link,
    /// `None`: none of our state labels.
    pub state: Option<StateLabel>,
    /// Closed as completed, with one completion comment.
    pub close: bool,
    /// `plan complete` was recorded and every phase is completed.
    pub plan_complete: bool,
}

impl DesiredIssue {
    /// The configured Jira transition event this issue should be at
    /// (`on_phase_start`, `on_phase_complete`, `on_phase_failed`, `on_plan_complete`).
    pub fn jira_event(&self) -> Option<&'static str> {
        if self.plan_complete {
            return Some("on_plan_complete");
        }
        self.state.map(|s| match s {
            StateLabel::InProgress => "on_phase_start",
            StateLabel::Completed => "on_phase_complete",
            StateLabel::Failed => "on_phase_failed",
        })
    }
}

/// The state of a plan-level link. `can_complete` is false for an incomplete plan
/// (a phase could not be read), which stays in progress.
pub fn plan_state(statuses: &[(String, PhaseStatus)], can_complete: bool) -> Option<StateLabel> {
    if statuses.iter().any(|(_, s)| *s == PhaseStatus::Failed) {
        Some(StateLabel::Failed)
    } else if can_complete && all_completed(statuses) {
        Some(StateLabel::Completed)
    } else if statuses.iter().any(|(_, s)| s.has_started()) {
        Some(StateLabel::InProgress)
    } else {
        None
    }
}

/// The state of a phase-level link.
pub fn phase_state(status: PhaseStatus) -> Option<StateLabel> {
    match status {
        PhaseStatus::Running | PhaseStatus::Validating | PhaseStatus::AwaitingHuman => {
            Some(StateLabel::InProgress)
        }
        PhaseStatus::Completed => Some(StateLabel::Completed),
        PhaseStatus::Failed => Some(StateLabel::Failed),
        PhaseStatus::Pending | PhaseStatus::Blocked => None,
    }
}

/// True when the plan has phases and every one is completed (skipped or blocked
/// phases do not count).
pub fn all_completed(statuses: &[(String, PhaseStatus)]) -> bool {
    !statuses.is_empty() && statuses.iter().all(|(_, s)| *s == PhaseStatus::Completed)
}

/// True when the plan is complete: every phase completed, and every phase readable.
/// An incomplete plan is never complete (no auto-close, no completion record).
pub fn plan_is_complete(plan: &Plan, statuses: &[(String, PhaseStatus)]) -> bool {
    !plan.is_incomplete() && all_completed(statuses)
}

/// Completed phases and all phases, for progress. A row that could not be read
/// counts as a pending phase, and so does a phase whose file could not be read.
pub fn progress(plan: &Plan, statuses: &[(String, PhaseStatus)]) -> (usize, usize) {
    let index = plan.phase_index();
    let done = statuses
        .iter()
        .filter(|(id, s)| {
            *s == PhaseStatus::Completed
                && index
                    .get(&crate::plan::normalize_id(id))
                    .is_some_and(|i| !plan.phases[*i].unreadable)
        })
        .count();
    (done, statuses.len() + plan.unread_rows())
}

/// The desired state of every linked issue, plus warnings. An issue linked twice
/// follows its phase-level link (the first one, if it has several), with a warning.
pub fn desired_state(
    plan: &Plan,
    statuses: &[(String, PhaseStatus)],
    completion: Option<crate::store::PlanCompletion>,
) -> (Vec<DesiredIssue>, Vec<String>) {
    let mut warnings = Vec::new();
    let complete = plan_is_complete(plan, statuses);
    let plan_complete = completion.is_some() && complete;
    let close = plan_complete && completion.is_some_and(|c| c.auto_close);
    let mut chosen: Vec<&Link> = Vec::new();
    let mut warned = HashSet::new();
    for link in &plan.links {
        let Some(i) = chosen.iter().position(|l| l.issue == link.issue) else {
            chosen.push(link);
            continue;
        };
        if warned.insert(link.issue.clone()) {
            warnings.push(format!(
                "{}: {} is linked more than once (also at {}); it follows its phase-level link",
                link.location, link.issue, chosen[i].location
            ));
        }
        if chosen[i].scope == Scope::Plan && link.scope != Scope::Plan {
            chosen[i] = link;
        }
    }
    let by_phase: std::collections::HashMap<&str, PhaseStatus> =
        statuses.iter().map(|(p, s)| (p.as_str(), *s)).collect();
    let whole_plan = plan_state(statuses, !plan.is_incomplete());
    let mut out = Vec::new();
    for link in chosen {
        let state = match &link.scope {
            Scope::Plan => whole_plan,
            Scope::Phase(id) => by_phase.get(id.as_str()).and_then(|s| phase_state(*s)),
        };
        out.push(DesiredIssue {
            link: link.clone(),
            state,
            close,
            plan_complete,
        });
    }
    (out, warnings)
}

/// `Debussy progress — NAME: 3/4 phases (75%) <!-- … -->`.
///
/// The percentage rounds down: it never shows 100% before every phase is completed.
pub fn progress_line(plan: &Plan, statuses: &[(String, PhaseStatus)]) -> String {
    let (done, total) = progress(plan, statuses);
    let pct = (done * 100).checked_div(total).unwrap_or(0);
    format!(
        "Debussy progress — {}: {done}/{total} phases ({pct}%) {}",
        plan.name,
        progress_marker(&plan.key)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{Location, Phase};
    use crate::refs::IssueRef;
    use crate::tracker::progress::with_progress_line;
    use PhaseStatus::*;

    fn statuses(list: &[PhaseStatus]) -> Vec<(String, PhaseStatus)> {
        list.iter()
            .enumerate()
            .map(|(i, s)| ((i + 1).to_string(), *s))
            .collect()
    }

    #[test]
    fn plan_level_state_follows_the_whole_plan() {
        let plan_state = |s: &[(String, PhaseStatus)]| plan_state(s, true);
        assert_eq!(plan_state(&statuses(&[Pending, Pending])), None);
        assert_eq!(
            plan_state(&statuses(&[Running, Pending])),
            Some(StateLabel::InProgress)
        );
        assert_eq!(
            plan_state(&statuses(&[Completed, Pending])),
            Some(StateLabel::InProgress)
        );
        assert_eq!(
            plan_state(&statuses(&[Completed, Failed])),
            Some(StateLabel::Failed)
        );
        assert_eq!(
            plan_state(&statuses(&[Completed, Completed])),
            Some(StateLabel::Completed)
        );
        assert_eq!(
            plan_state(&statuses(&[Completed, Blocked])),
            Some(StateLabel::InProgress)
        );
    }

    #[test]
    fn phase_level_state_mirrors_its_phase() {
        assert_eq!(phase_state(Running), Some(StateLabel::InProgress));
        assert_eq!(phase_state(Completed), Some(StateLabel::Completed));
        assert_eq!(phase_state(Failed), Some(StateLabel::Failed));
        assert_eq!(phase_state(Pending), None);
    }

    fn plan() -> Plan {
        let link = |n, scope| Link {
            issue: IssueRef::Local { number: n },
            scope,
            location: Location {
                file: "m.md".into(),
                line: 2,
            },
        };
        let phase = |id: &str| Phase {
            id: id.into(),
            title: id.into(),
            file: None,
            table_status: Pending,
            depends_on: vec![],
            location: Location {
                file: "m.md".into(),
                line: 5,
            },
            status_column: 2,
            unreadable: false,
        };
        Plan {
            key: "plans/MASTER_PLAN.md".into(),
            name: "Sync".into(),
            repo: None,
            phases: vec![phase("1"), phase("2")],
            links: vec![
                link(1, Scope::Plan),
                link(2, Scope::Phase("1".into())),
                link(1, Scope::Phase("2".into())),
            ],
            warnings: vec![],
            problems: vec![],
            errors: vec![],
        }
    }

    #[test]
    fn close_only_when_asked_and_all_completed() {
        let p = plan();
        let close = Some(crate::store::PlanCompletion { auto_close: true });
        let keep_open = Some(crate::store::PlanCompletion { auto_close: false });
        let (d, warnings) = desired_state(&p, &statuses(&[Completed, Running]), close);
        assert!(d.iter().all(|i| !i.close && !i.plan_complete));
        assert_eq!(warnings.len(), 1, "duplicate link warned");
        let (d, _) = desired_state(&p, &statuses(&[Completed, Completed]), keep_open);
        assert!(d.iter().all(|i| !i.close && i.plan_complete));
        assert_eq!(d[0].jira_event(), Some("on_plan_complete"));
        let (d, _) = desired_state(&p, &statuses(&[Completed, Completed]), close);
        assert!(d.iter().all(|i| i.close));
        let (d, _) = desired_state(&p, &statuses(&[Completed, Completed]), None);
        assert_eq!(d[0].jira_event(), Some("on_phase_complete"));
    }

    #[test]
    fn duplicate_link_follows_its_phase_level_link_with_one_warning() {
        let p = plan();
        let (d, warnings) = desired_state(&p, &statuses(&[Pending, Running]), None);
        assert_eq!(d.len(), 2);
        let local1 = d
            .iter()
            .find(|i| i.link.issue == IssueRef::Local { number: 1 })
            .unwrap();
        assert_eq!(local1.link.scope, Scope::Phase("2".into()));
        assert_eq!(local1.state, Some(StateLabel::InProgress));
        assert_eq!(warnings.len(), 1);
    }

    #[test]
    fn incomplete_plan_is_never_complete_and_counts_unread_phases_as_pending() {
        let mut p = plan();
        p.problems.push(crate::plan::PlanProblem {
            kind: crate::plan::ProblemKind::UnreadableRow,
            location: Location {
                file: "m.md".into(),
                line: 7,
            },
            message: "phase row 3 not read".into(),
        });
        p.links.push(Link {
            issue: IssueRef::Local { number: 9 },
            scope: Scope::Plan,
            location: Location {
                file: "m.md".into(),
                line: 3,
            },
        });
        let all = statuses(&[Completed, Completed]);
        let close = Some(crate::store::PlanCompletion { auto_close: true });
        let (d, _) = desired_state(&p, &all, close);
        assert!(d.iter().all(|i| !i.close && !i.plan_complete));
        let plan_level = d.iter().find(|i| i.link.scope == Scope::Plan).unwrap();
        assert_eq!(plan_level.state, Some(StateLabel::InProgress));
        assert!(progress_line(&p, &all).contains("2/3 phases (66%)"));
        p.problems.clear();
        p.phases[1].unreadable = true;
        let (d, _) = desired_state(&p, &all, close);
        assert!(d.iter().all(|i| !i.close));
        assert!(progress_line(&p, &all).contains("1/2 phases (50%)"));
    }

    #[test]
    fn percentages_round_down() {
        let mut p = plan();
        p.phases.push(p.phases[0].clone());
        p.phases[2].id = "3".into();
        let s = statuses(&[Completed, Completed, Running]);
        assert!(progress_line(&p, &s).contains("2/3 phases (66%)"));
    }

    #[test]
    fn progress_line_is_replaced_in_place_and_other_text_kept() {
        let p = plan();
        let line = progress_line(&p, &statuses(&[Completed, Running]));
        assert_eq!(
            line,
            "Debussy progress — Sync: 1/2 phases (50%) <!-- debussy-sync:progress:plans/MASTER_PLAN.md -->"
        );
        let first = with_progress_line("Release goals.\r\nShip it.", &line, &p.key);
        assert_eq!(first, format!("Release goals.\r\nShip it.\r\n\r\n{line}"));
        let line2 = progress_line(&p, &statuses(&[Completed, Completed]));
        let second = with_progress_line(&first, &line2, &p.key);
        assert_eq!(second, format!("Release goals.\r\nShip it.\r\n\r\n{line2}"));
        let lf = with_progress_line("Goals.\nShip it.", &line, &p.key);
        assert_eq!(lf, format!("Goals.\nShip it.\n\n{line}"));
        assert_eq!(with_progress_line(&second, &line2, &p.key), second);
    }
}
