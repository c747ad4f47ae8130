//! Pure functions from facts to the desired state of every linked issue.
//!
//! An issue may be linked by several master plans of a repository. Its desired
//! state then comes from all of them at once, so that converging one plan never
//! undoes what converging the other did: without that, each plan's events would
//! flip the issue's label back and forth.

use super::facts::{Facts, SharedFacts};
use crate::config::LabelConfig;
use crate::plan::{Link, PhaseStatus, Plan, Scope};
use crate::refs::TrackerKind;
use crate::store::PlanCompletion;
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
    /// The phase status the issue follows, as its state label does: pending
    /// before anything ran, running, completed or failed.
    pub fn followed_status(&self) -> PhaseStatus {
        match self.state {
            None => PhaseStatus::Pending,
            Some(StateLabel::InProgress) => PhaseStatus::Running,
            Some(StateLabel::Completed) => PhaseStatus::Completed,
            Some(StateLabel::Failed) => PhaseStatus::Failed,
        }
    }

    /// The workflow event whose configured transition this issue should be at
    /// (`on_phase_start`, `on_phase_complete`, `on_phase_failed`, `on_plan_complete`).
    pub fn workflow_event(&self) -> Option<&'static str> {
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

/// One plan's facts, as the desired stage reads them.
#[derive(Debug, Clone)]
pub struct PlanFacts<'a> {
    pub plan: &'a Plan,
    /// `(phase id, status)` in plan order.
    pub statuses: Vec<(String, PhaseStatus)>,
    /// `plan complete` (or a completed Debussy run) after the last phase fact.
    pub completion: Option<PlanCompletion>,
    /// Trackers whose own section closes their issues when the plan is complete,
    /// whatever the completion asked (`gitea.auto_close`).
    pub closing: &'a [TrackerKind],
}

impl<'a> PlanFacts<'a> {
    pub fn new(plan: &'a Plan, facts: &Facts, closing: &'a [TrackerKind]) -> PlanFacts<'a> {
        PlanFacts {
            plan,
            statuses: facts.statuses(),
            completion: facts.plan_complete,
            closing,
        }
    }
}

/// The link each issue of `plan` follows (its phase-level link when it has one,
/// the first of them when it has several), and a warning per issue linked twice.
pub fn chosen_links(plan: &Plan) -> (Vec<&Link>, Vec<String>) {
    let mut chosen: Vec<&Link> = Vec::new();
    let mut warnings = Vec::new();
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
    (chosen, warnings)
}

/// Every warning about how `plan` links its issues: an issue linked twice in the
/// plan, and an issue also linked by other master plans of the repository (`others`).
/// Events and `plan check` both print exactly these.
pub fn link_warnings(plan: &Plan, others: &[&Plan]) -> Vec<String> {
    let (chosen, mut warnings) = chosen_links(plan);
    for link in chosen {
        let sharing: Vec<String> = others
            .iter()
            .filter_map(|o| {
                let at = o.links.iter().find(|l| l.issue == link.issue)?;
                Some(format!("{} ({})", o.key, at.location))
            })
            .collect();
        if sharing.is_empty() {
            continue;
        }
        let (all, every) = match sharing.len() {
            1 => ("both plans".to_string(), "both are"),
            n => (format!("all {} plans", n + 1), "all are"),
        };
        warnings.push(format!(
            "{}: {} is linked by {} and by {}; its state combines {all} (failed if one failed, completed when {every}), and it is closed only when {every} complete",
            link.location,
            link.issue,
            plan.key,
            sharing.join(", "),
        ));
    }
    warnings
}

/// The desired state of each issue `plan` links, from that plan's facts alone.
fn own_desired(facts: &PlanFacts) -> Vec<DesiredIssue> {
    let PlanFacts {
        plan,
        statuses,
        completion,
        closing,
    } = facts;
    let plan_complete = completion.is_some() && plan_is_complete(plan, statuses);
    let asked = completion.is_some_and(|c| c.auto_close);
    let by_phase: std::collections::HashMap<&str, PhaseStatus> =
        statuses.iter().map(|(p, s)| (p.as_str(), *s)).collect();
    let whole_plan = plan_state(statuses, !plan.is_incomplete());
    chosen_links(plan)
        .0
        .into_iter()
        .map(|link| DesiredIssue {
            state: match &link.scope {
                Scope::Plan => whole_plan,
                Scope::Phase(id) => by_phase.get(id.as_str()).and_then(|s| phase_state(*s)),
            },
            close: plan_complete && (asked || closing.contains(&link.issue.tracker())),
            plan_complete,
            link: link.clone(),
        })
        .collect()
}

/// The state of an issue several plans link: failed if any of them says failed,
/// completed when all of them say completed, in progress once any has started.
pub fn combined_state(states: &[Option<StateLabel>]) -> Option<StateLabel> {
    if states.contains(&Some(StateLabel::Failed)) {
        Some(StateLabel::Failed)
    } else if !states.is_empty() && states.iter().all(|s| *s == Some(StateLabel::Completed)) {
        Some(StateLabel::Completed)
    } else if states.iter().any(Option::is_some) {
        Some(StateLabel::InProgress)
    } else {
        None
    }
}

/// The desired state of every issue `own.plan` links, plus warnings. An issue linked
/// twice follows its phase-level link (the first one, if it has several). An issue
/// that `others` (the repository's other master plans) link too follows all of
/// them: its state is [`combined_state`], and it is closed only when every plan
/// that links it is complete and one of them asked for closing.
pub fn desired_state(own: &PlanFacts, others: &[PlanFacts]) -> (Vec<DesiredIssue>, Vec<String>) {
    let other_plans: Vec<&Plan> = others.iter().map(|o| o.plan).collect();
    let mut warnings = link_warnings(own.plan, &other_plans);
    let theirs: Vec<(&str, Vec<DesiredIssue>)> = others
        .iter()
        .map(|o| (o.plan.key.as_str(), own_desired(o)))
        .collect();
    let mut out = own_desired(own);
    for d in &mut out {
        let sharing: Vec<(&str, &DesiredIssue)> = theirs
            .iter()
            .filter_map(|(key, ds)| Some((*key, ds.iter().find(|o| o.link.issue == d.link.issue)?)))
            .collect();
        if sharing.is_empty() {
            continue;
        }
        let states: Vec<Option<StateLabel>> = std::iter::once(d.state)
            .chain(sharing.iter().map(|(_, o)| o.state))
            .collect();
        let waiting: Vec<&str> = sharing
            .iter()
            .filter(|(_, o)| !o.plan_complete)
            .map(|(key, _)| *key)
            .collect();
        if d.close && !waiting.is_empty() {
            let (verb, be) = if waiting.len() == 1 {
                ("links", "is")
            } else {
                ("link", "are")
            };
            warnings.push(format!(
                "{} stays open: {} {verb} it too and {be} not complete",
                d.link.issue,
                waiting.join(", ")
            ));
        }
        let asked = d.close || sharing.iter().any(|(_, o)| o.close);
        d.state = combined_state(&states);
        d.plan_complete = d.plan_complete && waiting.is_empty();
        d.close = asked && d.plan_complete;
    }
    (out, warnings)
}

/// [`desired_state`] of `plan` from everything known about it and the plans it
/// shares issues with.
pub fn desired_for(plan: &Plan, facts: &SharedFacts) -> (Vec<DesiredIssue>, Vec<String>) {
    let others: Vec<PlanFacts> = facts
        .sharing
        .iter()
        .map(|(p, f)| PlanFacts::new(p, f, &facts.closing))
        .collect();
    desired_state(&PlanFacts::new(plan, &facts.own, &facts.closing), &others)
}

/// The percentage of completed phases, rounded down (that of the progress line).
pub fn progress_percent(plan: &Plan, statuses: &[(String, PhaseStatus)]) -> u64 {
    let (done, total) = progress(plan, statuses);
    (done * 100).checked_div(total).unwrap_or(0) as u64
}

/// `Debussy progress — NAME: 3/4 phases (75%) <!-- … -->`.
///
/// The percentage rounds down: it never shows 100% before every phase is completed.
pub fn progress_line(plan: &Plan, statuses: &[(String, PhaseStatus)]) -> String {
    let (done, total) = progress(plan, statuses);
    let pct = progress_percent(plan, statuses);
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

    /// The desired state of a plan that shares no issue.
    fn alone(
        plan: &Plan,
        statuses: Vec<(String, PhaseStatus)>,
        completion: Option<PlanCompletion>,
    ) -> (Vec<DesiredIssue>, Vec<String>) {
        let own = PlanFacts {
            plan,
            statuses,
            completion,
            closing: &[],
        };
        desired_state(&own, &[])
    }

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
            issue: IssueRef::Number {
                kind: crate::tracker::local::KIND,
                number: n,
            },
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
            refs: Default::default(),
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

    /// Plan `key` linking local#4 (shared) and local#`own` at plan level, with
    /// `phases` phases.
    fn linking(key: &str, own: u64, phases: usize) -> Plan {
        let mut p = plan();
        p.key = key.into();
        p.phases.truncate(phases);
        p.links = [own, 4]
            .into_iter()
            .map(|n| Link {
                issue: IssueRef::Number {
                    kind: crate::tracker::local::KIND,
                    number: n,
                },
                scope: Scope::Plan,
                location: Location {
                    file: key.into(),
                    line: 3,
                },
            })
            .collect();
        p
    }

    fn shared_issue(d: &[DesiredIssue]) -> &DesiredIssue {
        d.iter()
            .find(|i| {
                i.link.issue
                    == IssueRef::Number {
                        kind: crate::tracker::local::KIND,
                        number: 4,
                    }
            })
            .expect("local#4")
    }

    #[test]
    fn combined_state_fails_on_any_failure_and_completes_when_all_do() {
        use StateLabel::*;
        let cases: [(&[Option<StateLabel>], Option<StateLabel>); 7] = [
            (&[Some(Failed), Some(InProgress)], Some(Failed)),
            (&[Some(Completed), Some(Failed)], Some(Failed)),
            (&[Some(Completed), Some(Completed)], Some(Completed)),
            (&[Some(Completed), Some(InProgress)], Some(InProgress)),
            (&[Some(Completed), None], Some(InProgress)),
            (&[None, None], None),
            (&[Some(Completed)], Some(Completed)),
        ];
        for (states, expected) in cases {
            assert_eq!(combined_state(states), expected, "{states:?}");
        }
    }

    #[test]
    fn an_issue_two_plans_link_follows_both_whichever_converges() {
        let close = Some(PlanCompletion { auto_close: true });
        let keep_open = Some(PlanCompletion { auto_close: false });
        use StateLabel as L;
        type Case = (
            &'static [PhaseStatus],
            Option<PlanCompletion>,
            &'static [PhaseStatus],
            Option<PlanCompletion>,
            Option<StateLabel>,
            bool,
        );
        // Plan A's phases and completion, plan B's → local#4's state, closed.
        #[rustfmt::skip]
        let cases: [Case; 9] = [
            (&[Failed, Pending], None, &[Running], None, Some(L::Failed), false),
            (&[Completed, Completed], None, &[Running], None, Some(L::InProgress), false),
            (&[Completed, Completed], None, &[Completed], None, Some(L::Completed), false),
            (&[Pending, Pending], None, &[Pending], None, None, false),
            (&[Pending, Pending], None, &[Completed], None, Some(L::InProgress), false),
            (&[Completed, Completed], close, &[Running], None, Some(L::InProgress), false),
            (&[Completed, Completed], close, &[Completed], None, Some(L::Completed), false),
            (&[Completed, Completed], close, &[Completed], keep_open, Some(L::Completed), true),
            (&[Completed, Completed], keep_open, &[Completed], close, Some(L::Completed), true),
        ];
        let (a, b) = (
            linking("a/MASTER_PLAN.md", 1, 2),
            linking("b/MASTER_PLAN.md", 2, 1),
        );
        for (sa, ca, sb, cb, state, closed) in cases {
            let fa = PlanFacts {
                plan: &a,
                statuses: statuses(sa),
                completion: ca,
                closing: &[],
            };
            let fb = PlanFacts {
                plan: &b,
                statuses: statuses(sb),
                completion: cb,
                closing: &[],
            };
            let (from_a, _) = desired_state(&fa, std::slice::from_ref(&fb));
            let (from_b, _) = desired_state(&fb, std::slice::from_ref(&fa));
            for d in [shared_issue(&from_a), shared_issue(&from_b)] {
                assert_eq!(
                    (d.state, d.close),
                    (state, closed),
                    "A {sa:?} {ca:?}, B {sb:?} {cb:?}"
                );
            }
            // The issues only one plan links follow that plan alone.
            let (alone_a, _) = alone(&a, statuses(sa), ca);
            assert_eq!(from_a[0], alone_a[0]);
        }
    }

    #[test]
    fn a_shared_issue_is_warned_naming_both_plans_and_kept_open_with_a_reason() {
        let (a, b) = (
            linking("a/MASTER_PLAN.md", 1, 2),
            linking("b/MASTER_PLAN.md", 2, 1),
        );
        let warnings = link_warnings(&a, &[&b]);
        assert_eq!(
            warnings,
            ["a/MASTER_PLAN.md:3: local#4 is linked by a/MASTER_PLAN.md and by b/MASTER_PLAN.md (b/MASTER_PLAN.md:3); its state combines both plans (failed if one failed, completed when both are), and it is closed only when both are complete"]
        );
        assert!(link_warnings(&a, &[]).is_empty());
        let fa = PlanFacts {
            plan: &a,
            statuses: statuses(&[Completed, Completed]),
            completion: Some(PlanCompletion { auto_close: true }),
            closing: &[],
        };
        let fb = PlanFacts {
            plan: &b,
            statuses: statuses(&[Running]),
            completion: None,
            closing: &[],
        };
        let (d, all) = desired_state(&fa, std::slice::from_ref(&fb));
        assert!(d[0].close, "local#1 is A's alone: it closes");
        assert_eq!(all[0], warnings[0], "the desired stage warns the same way");
        assert_eq!(
            all[1],
            "local#4 stays open: b/MASTER_PLAN.md links it too and is not complete"
        );
        // Closing asked by the tracker's own section instead of the completion:
        // the same decision and the same warning.
        let closing = [crate::tracker::local::KIND];
        let fa = PlanFacts {
            completion: Some(PlanCompletion { auto_close: false }),
            closing: &closing,
            ..fa
        };
        let (d, all) = desired_state(&fa, &[fb]);
        assert!(d[0].close, "the local section closes local#1");
        let shared = d.iter().find(|i| i.link.issue.to_string() == "local#4");
        assert!(shared.is_some_and(|i| !i.close), "local#4 waits for B");
        assert_eq!(
            all[1],
            "local#4 stays open: b/MASTER_PLAN.md links it too and is not complete"
        );
    }

    #[test]
    fn close_only_when_asked_and_all_completed() {
        let p = plan();
        let close = Some(crate::store::PlanCompletion { auto_close: true });
        let keep_open = Some(crate::store::PlanCompletion { auto_close: false });
        let (d, warnings) = alone(&p, statuses(&[Completed, Running]), close);
        assert!(d.iter().all(|i| !i.close && !i.plan_complete));
        assert_eq!(warnings.len(), 1, "duplicate link warned");
        let (d, _) = alone(&p, statuses(&[Completed, Completed]), keep_open);
        assert!(d.iter().all(|i| !i.close && i.plan_complete));
        assert_eq!(d[0].workflow_event(), Some("on_plan_complete"));
        let (d, _) = alone(&p, statuses(&[Completed, Completed]), close);
        assert!(d.iter().all(|i| i.close));
        let (d, _) = alone(&p, statuses(&[Completed, Completed]), None);
        assert_eq!(d[0].workflow_event(), Some("on_phase_complete"));
    }

    #[test]
    fn duplicate_link_follows_its_phase_level_link_with_one_warning() {
        let p = plan();
        let (d, warnings) = alone(&p, statuses(&[Pending, Running]), None);
        assert_eq!(d.len(), 2);
        let local1 = d
            .iter()
            .find(|i| {
                i.link.issue
                    == IssueRef::Number {
                        kind: crate::tracker::local::KIND,
                        number: 1,
                    }
            })
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
            issue: IssueRef::Number {
                kind: crate::tracker::local::KIND,
                number: 9,
            },
            scope: Scope::Plan,
            location: Location {
                file: "m.md".into(),
                line: 3,
            },
        });
        let all = statuses(&[Completed, Completed]);
        let close = Some(crate::store::PlanCompletion { auto_close: true });
        let (d, _) = alone(&p, all.clone(), close);
        assert!(d.iter().all(|i| !i.close && !i.plan_complete));
        let plan_level = d.iter().find(|i| i.link.scope == Scope::Plan).unwrap();
        assert_eq!(plan_level.state, Some(StateLabel::InProgress));
        assert!(progress_line(&p, &all).contains("2/3 phases (66%)"));
        p.problems.clear();
        p.phases[1].unreadable = true;
        let (d, _) = alone(&p, all.clone(), close);
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
