//! Pure functions from facts to the desired state of every linked issue.

use crate::config::LabelConfig;
use crate::plan::{Link, PhaseStatus, Plan, Scope};
use crate::store::RecordedFacts;
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

/// Every phase's status: a recorded event wins over the master table's column.
pub fn phase_statuses(plan: &Plan, recorded: &RecordedFacts) -> Vec<(String, PhaseStatus)> {
    plan.phases
        .iter()
        .map(|p| {
            let status = recorded
                .phases
                .iter()
                .find(|(id, _)| plan.phase(id).is_some_and(|q| q.id == p.id))
                .map(|(_, s)| *s)
                .unwrap_or(p.table_status);
            (p.id.clone(), status)
        })
        .collect()
}

/// The state of a plan-level link.
pub fn plan_state(statuses: &[(String, PhaseStatus)]) -> Option<StateLabel> {
    if statuses.iter().any(|(_, s)| *s == PhaseStatus::Failed) {
        Some(StateLabel::Failed)
    } else if all_completed(statuses) {
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

/// The desired state of every linked issue, plus warnings (an issue linked twice
/// follows its first link).
pub fn desired_state(
    plan: &Plan,
    statuses: &[(String, PhaseStatus)],
    completion: Option<crate::store::PlanCompletion>,
) -> (Vec<DesiredIssue>, Vec<String>) {
    let mut seen = HashSet::new();
    let mut warnings = Vec::new();
    let plan_complete = completion.is_some() && all_completed(statuses);
    let close = plan_complete && completion.is_some_and(|c| c.auto_close);
    let mut out = Vec::new();
    for link in &plan.links {
        if !seen.insert(link.issue.clone()) {
            warnings.push(format!(
                "{}: {} is linked more than once; it follows its first link",
                link.location, link.issue
            ));
            continue;
        }
        let state = match &link.scope {
            Scope::Plan => plan_state(statuses),
            Scope::Phase(id) => statuses
                .iter()
                .find(|(p, _)| p == id)
                .and_then(|(_, s)| phase_state(*s)),
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

/// The marker that identifies a plan's progress line in a milestone description.
pub fn progress_marker(plan_key: &str) -> String {
    format!("<!-- debussy-sync:progress:{plan_key} -->")
}

/// `Debussy progress — NAME: 3/4 phases (75%) <!-- … -->`.
pub fn progress_line(plan: &Plan, statuses: &[(String, PhaseStatus)]) -> String {
    let total = statuses.len();
    let done = statuses
        .iter()
        .filter(|(_, s)| *s == PhaseStatus::Completed)
        .count();
    let pct = (done * 100).checked_div(total).unwrap_or(0);
    format!(
        "Debussy progress — {}: {done}/{total} phases ({pct}%) {}",
        plan.name,
        progress_marker(&plan.key)
    )
}

/// `description` with the line carrying `line`'s marker replaced by `line`, or
/// `line` appended; every other line is kept as it was.
pub fn with_progress_line(description: &str, line: &str, plan_key: &str) -> String {
    let marker = progress_marker(plan_key);
    let normalized = description.replace("\r\n", "\n");
    if normalized.contains(&marker) {
        return normalized
            .split('\n')
            .map(|l| if l.contains(&marker) { line } else { l })
            .collect::<Vec<_>>()
            .join("\n");
    }
    let kept = normalized.trim_end();
    if kept.is_empty() {
        line.to_string()
    } else if kept
        .lines()
        .last()
        .is_some_and(|l| l.contains("<!-- debussy-sync:progress:"))
    {
        // Keep all progress lines together, one per plan.
        format!("{kept}\n{line}")
    } else {
        format!("{kept}\n\n{line}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{Location, Phase};
    use crate::refs::IssueRef;
    use PhaseStatus::*;

    fn statuses(list: &[PhaseStatus]) -> Vec<(String, PhaseStatus)> {
        list.iter()
            .enumerate()
            .map(|(i, s)| ((i + 1).to_string(), *s))
            .collect()
    }

    #[test]
    fn plan_level_state_follows_the_whole_plan() {
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
        };
        Plan {
            key: "plans/MASTER_PLAN.md".into(),
            name: "Sync".into(),
            phases: vec![phase("1"), phase("2")],
            links: vec![
                link(1, Scope::Plan),
                link(2, Scope::Phase("1".into())),
                link(1, Scope::Phase("2".into())),
            ],
            warnings: vec![],
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
    fn progress_line_is_replaced_in_place_and_other_text_kept() {
        let p = plan();
        let line = progress_line(&p, &statuses(&[Completed, Running]));
        assert_eq!(
            line,
            "Debussy progress — Sync: 1/2 phases (50%) <!-- debussy-sync:progress:plans/MASTER_PLAN.md -->"
        );
        let first = with_progress_line("Release goals.\r\nShip it.", &line, &p.key);
        assert_eq!(first, format!("Release goals.\nShip it.\n\n{line}"));
        let line2 = progress_line(&p, &statuses(&[Completed, Completed]));
        let second = with_progress_line(&first, &line2, &p.key);
        assert_eq!(second, format!("Release goals.\nShip it.\n\n{line2}"));
        assert_eq!(with_progress_line(&second, &line2, &p.key), second);
    }

    #[test]
    fn two_plans_keep_one_line_each() {
        let a = with_progress_line("Goals", "A <!-- debussy-sync:progress:a -->", "a");
        let b = with_progress_line(&a, "B <!-- debussy-sync:progress:b -->", "b");
        let a2 = with_progress_line(&b, "A2 <!-- debussy-sync:progress:a -->", "a");
        assert_eq!(
            a2,
            "Goals\n\nA2 <!-- debussy-sync:progress:a -->\nB <!-- debussy-sync:progress:b -->"
        );
    }
}
