//! Release notes of completed work (`plan notes`, PRODUCT §13): which phases of a
//! plan completed and when, with their issues as the trackers show them.
//!
//! Pure: the command hands in the plan, its facts and what the trackers answered;
//! this module selects what belongs in the notes and renders them. A failed read is
//! `unknown`, never `closed`.

use crate::engine::Facts;
use crate::plan::{normalize_id, PhaseStatus, Plan, Scope};
use crate::refs::IssueRef;
use crate::tracker::{IssueSnapshot, TrackerError};
use jiff::Timestamp;
use serde::Serialize;

/// A time as the notes compare it: RFC 3339, or a bare `YYYY-MM-DD` (midnight UTC).
pub fn parse_time(text: &str) -> Option<Timestamp> {
    let text = text.trim();
    if let Ok(at) = text.replacen(' ', "T", 1).parse::<Timestamp>() {
        return Some(at);
    }
    let date = text.parse::<jiff::civil::Date>().ok()?;
    date.to_zoned(jiff::tz::TimeZone::UTC)
        .ok()
        .map(|z| z.timestamp())
}

/// What one plan contributes to the notes, before its issues are read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection {
    pub plan: String,
    pub name: String,
    pub completed_at: Option<String>,
    pub issues: Vec<IssueRef>,
    pub phases: Vec<SelectedPhase>,
}

/// One completed phase in the notes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SelectedPhase {
    pub id: String,
    pub title: String,
    pub completed_at: Option<String>,
    pub issues: Vec<IssueRef>,
}

/// When the plan completed: its completion in the history, else (a Debussy run or a
/// completion not yet in the history) the last of its phases' completion times.
pub fn plan_completed_at(facts: &Facts, history: Option<&str>) -> Option<String> {
    facts.plan_complete?;
    if let Some(at) = history {
        return Some(at.to_string());
    }
    facts
        .phases
        .iter()
        .filter_map(|f| f.at.as_deref())
        .max_by_key(|at| crate::debussy::sortable_time(at))
        .map(str::to_string)
}

/// The plan's completed phases (completed at or after `since`, when given) with
/// their issues, and the plan-level issues; `None` when no phase qualifies.
pub fn select(
    plan: &Plan,
    facts: &Facts,
    completed_at: Option<String>,
    since: Option<Timestamp>,
) -> Option<Selection> {
    let links = |scope: &dyn Fn(&Scope) -> bool| -> Vec<IssueRef> {
        plan.links
            .iter()
            .filter(|l| scope(&l.scope))
            .map(|l| l.issue.clone())
            .collect()
    };
    let phases: Vec<SelectedPhase> = plan
        .phases
        .iter()
        .zip(&facts.phases)
        .filter(|(_, f)| f.status == PhaseStatus::Completed)
        .filter(|(_, f)| match since {
            None => true,
            Some(since) => f.at.as_deref().and_then(parse_time) >= Some(since),
        })
        .map(|(p, f)| {
            let id = normalize_id(&p.id);
            SelectedPhase {
                id: p.id.clone(),
                title: p.title.clone(),
                completed_at: f.at.clone(),
                issues: links(&|s| matches!(s, Scope::Phase(other) if normalize_id(other) == id)),
            }
        })
        .collect();
    if phases.is_empty() {
        return None;
    }
    Some(Selection {
        plan: plan.key.clone(),
        name: plan.name.clone(),
        completed_at,
        issues: links(&|s| *s == Scope::Plan),
        phases,
    })
}

impl Selection {
    /// Every issue the notes show, each once.
    pub fn issues(&self) -> Vec<IssueRef> {
        let mut all: Vec<IssueRef> = Vec::new();
        for issue in self
            .issues
            .iter()
            .chain(self.phases.iter().flat_map(|p| &p.issues))
        {
            if !all.contains(issue) {
                all.push(issue.clone());
            }
        }
        all
    }

    /// What of the selection belongs to a milestone (`--milestone`), `carries`
    /// telling whether an issue is in it: everything when a plan-level issue is,
    /// else the phases one of whose own issues is; `None` when nothing is.
    pub fn in_milestone(&self, carries: &dyn Fn(&IssueRef) -> bool) -> Option<Selection> {
        if self.issues.iter().any(carries) {
            return Some(self.clone());
        }
        let phases: Vec<SelectedPhase> = self
            .phases
            .iter()
            .filter(|p| p.issues.iter().any(carries))
            .cloned()
            .collect();
        (!phases.is_empty()).then(|| Selection {
            phases,
            ..self.clone()
        })
    }

    /// The notes, each issue described by `describe`.
    pub fn notes(&self, describe: &dyn Fn(&IssueRef) -> NoteIssue) -> PlanNotes {
        PlanNotes {
            plan: self.plan.clone(),
            name: self.name.clone(),
            completed_at: self.completed_at.clone(),
            issues: self.issues.iter().map(describe).collect(),
            phases: self
                .phases
                .iter()
                .map(|p| PhaseNotes {
                    id: p.id.clone(),
                    title: p.title.clone(),
                    completed_at: p.completed_at.clone(),
                    issues: p.issues.iter().map(describe).collect(),
                })
                .collect(),
        }
    }
}

/// One issue as the notes show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NoteIssue {
    #[serde(rename = "ref")]
    pub reference: String,
    pub tracker: &'static str,
    /// None when the issue could not be read.
    pub title: Option<String>,
    pub url: Option<String>,
    /// `open`, `closed` or `unknown` (the read failed).
    pub state: &'static str,
}

/// What is known of one issue: the tracker was not usable (why), or what it
/// answered (nothing at all when it was not asked).
pub enum Read<'a> {
    Unavailable(&'a str),
    Observed(Option<&'a Result<IssueSnapshot, TrackerError>>),
}

/// The issue for the notes, and the warning to give when its state is unknown.
pub fn describe(
    issue: &IssueRef,
    read: Read<'_>,
    url: Option<String>,
) -> (NoteIssue, Option<String>) {
    let mut note = NoteIssue {
        reference: issue.to_string(),
        tracker: issue.tracker().as_str(),
        title: None,
        url,
        state: "unknown",
    };
    let why = match read {
        Read::Unavailable(reason) => reason.to_string(),
        Read::Observed(Some(Ok(snapshot))) => {
            note.title = Some(snapshot.title.clone());
            note.state = if snapshot.open { "open" } else { "closed" };
            return (note, None);
        }
        Read::Observed(Some(Err(e))) => e.to_string(),
        Read::Observed(None) => "it was not read".to_string(),
    };
    let warning = format!("{issue}: state unknown ({why})");
    (note, Some(warning))
}

/// Release notes of one plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanNotes {
    pub plan: String,
    pub name: String,
    pub completed_at: Option<String>,
    pub issues: Vec<NoteIssue>,
    pub phases: Vec<PhaseNotes>,
}

/// One completed phase in the notes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PhaseNotes {
    pub id: String,
    pub title: String,
    pub completed_at: Option<String>,
    pub issues: Vec<NoteIssue>,
}

/// `YYYY-MM-DD HH:MM UTC` (or the day alone), or the text as written when it is not
/// a time.
fn shown_time(at: &str, day_only: bool) -> String {
    match parse_time(at) {
        Some(t) if day_only => t.strftime("%Y-%m-%d").to_string(),
        Some(t) => t.strftime("%Y-%m-%d %H:%M UTC").to_string(),
        None => at.to_string(),
    }
}

fn issue_line(issue: &NoteIssue) -> String {
    let title = issue.title.as_deref().unwrap_or(&issue.reference);
    let title = title.replace('[', "\\[").replace(']', "\\]");
    let shown = match &issue.url {
        Some(url) => format!("[{title}]({url})"),
        None => title,
    };
    format!("- {shown} (`{}`, {})\n", issue.reference, issue.state)
}

/// The notes as markdown: one `##` section per plan, one `###` per phase.
pub fn markdown(plans: &[PlanNotes]) -> String {
    let mut out = String::new();
    for plan in plans {
        out.push_str(&format!("## {}", plan.name));
        if let Some(at) = &plan.completed_at {
            out.push_str(&format!(" — completed {}", shown_time(at, true)));
        }
        out.push_str("\n\n");
        if !plan.issues.is_empty() {
            plan.issues
                .iter()
                .for_each(|i| out.push_str(&issue_line(i)));
            out.push('\n');
        }
        for phase in &plan.phases {
            out.push_str(&format!("### Phase {}: {}", phase.id, phase.title));
            if let Some(at) = &phase.completed_at {
                out.push_str(&format!(" — completed {}", shown_time(at, false)));
            }
            out.push_str("\n\n");
            phase
                .issues
                .iter()
                .for_each(|i| out.push_str(&issue_line(i)));
            if !phase.issues.is_empty() {
                out.push('\n');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{PhaseFact, Source};
    use crate::plan::{Link, Location, Phase};
    use crate::store::PlanCompletion;
    use PhaseStatus::*;

    fn local(n: u64) -> IssueRef {
        IssueRef::Number {
            kind: crate::tracker::local::KIND,
            number: n,
        }
    }

    /// Phases 1 and 2; local#1 at plan level, local#2 on phase 1, local#3 on phase 2.
    fn plan() -> Plan {
        let at = || Location {
            file: "m.md".into(),
            line: 2,
        };
        let link = |n, scope| Link {
            issue: local(n),
            scope,
            location: at(),
        };
        let phase = |id: &str, title: &str| Phase {
            id: id.into(),
            title: title.into(),
            file: None,
            table_status: Pending,
            depends_on: vec![],
            location: at(),
            status_column: 2,
            unreadable: false,
        };
        Plan {
            key: "plans/MASTER_PLAN.md".into(),
            name: "Sync".into(),
            refs: Default::default(),
            phases: vec![phase("1", "Storage"), phase("2", "API")],
            links: vec![
                link(1, Scope::Plan),
                link(2, Scope::Phase("1".into())),
                link(3, Scope::Phase("2".into())),
            ],
            warnings: vec![],
            problems: vec![],
            errors: vec![],
        }
    }

    fn facts(phases: &[(PhaseStatus, Option<&str>)], complete: bool) -> Facts {
        Facts {
            phases: phases
                .iter()
                .enumerate()
                .map(|(i, (status, at))| PhaseFact {
                    id: (i + 1).to_string(),
                    status: *status,
                    source: Source::Event,
                    at: at.map(str::to_string),
                    reason: None,
                    run: None,
                })
                .collect(),
            plan_complete: complete.then_some(PlanCompletion { auto_close: false }),
            ..Facts::default()
        }
    }

    /// Each phase's status and when it was reached.
    type PhaseFacts<'a> = &'a [(PhaseStatus, Option<&'a str>)];

    const JAN: &str = "2026-01-10T09:30:00Z";
    const FEB: &str = "2026-02-20T16:05:00Z";

    #[test]
    fn dates_and_times_are_read_and_anything_else_is_not() {
        let cases = [
            ("2026-01-10", Some("2026-01-10T00:00:00Z")),
            ("2026-01-10T09:30:00Z", Some(JAN)),
            ("2026-01-10T10:30:00+01:00", Some(JAN)),
            ("2026-01-10 09:30:00Z", Some(JAN)),
            ("yesterday", None),
            ("2026-13-01", None),
            ("", None),
        ];
        for (text, want) in cases {
            let want = want.map(|w| w.parse::<Timestamp>().expect("timestamp"));
            assert_eq!(parse_time(text), want, "{text}");
        }
    }

    #[test]
    fn only_completed_phases_are_selected_with_their_own_issues() {
        let cases: [(PhaseFacts, &[&str]); 4] = [
            (&[(Pending, None), (Running, Some(JAN))], &[]),
            (&[(Completed, Some(JAN)), (Running, Some(FEB))], &["1"]),
            (
                &[(Completed, Some(JAN)), (Completed, Some(FEB))],
                &["1", "2"],
            ),
            (&[(Failed, Some(JAN)), (Completed, None)], &["2"]),
        ];
        for (phases, want) in cases {
            let got = select(&plan(), &facts(phases, false), None, None);
            let ids: Vec<&str> = got
                .as_ref()
                .map(|s| s.phases.iter().map(|p| p.id.as_str()).collect())
                .unwrap_or_default();
            assert_eq!(ids, want, "{phases:?}");
        }
        let both = facts(&[(Completed, Some(JAN)), (Completed, Some(FEB))], false);
        let selection = select(&plan(), &both, None, None).expect("selected");
        assert_eq!(selection.issues, vec![local(1)]);
        assert_eq!(selection.phases[0].issues, vec![local(2)]);
        assert_eq!(selection.phases[1].issues, vec![local(3)]);
        assert_eq!(selection.phases[1].completed_at.as_deref(), Some(FEB));
        assert_eq!(selection.issues(), vec![local(1), local(2), local(3)]);
    }

    #[test]
    fn since_keeps_phases_completed_at_or_after_it_and_drops_an_empty_plan() {
        let both = facts(&[(Completed, Some(JAN)), (Completed, None)], false);
        let cases = [
            ("2026-01-01", Some(vec!["1"])),
            (JAN, Some(vec!["1"])),
            ("2026-01-10T09:30:01Z", None),
        ];
        for (since, want) in cases {
            let got = select(&plan(), &both, None, parse_time(since));
            let ids = got.map(|s| s.phases.iter().map(|p| p.id.clone()).collect::<Vec<_>>());
            let want = want.map(|w| w.into_iter().map(String::from).collect::<Vec<_>>());
            assert_eq!(ids, want, "--since {since}");
        }
    }

    #[test]
    fn a_milestone_keeps_the_whole_plan_its_phases_or_nothing() {
        let both = facts(&[(Completed, Some(JAN)), (Completed, Some(FEB))], false);
        let selection = select(&plan(), &both, None, None).expect("selected");
        let cases: [(&[u64], Option<Vec<&str>>); 5] = [
            (&[1], Some(vec!["1", "2"])),
            (&[2], Some(vec!["1"])),
            (&[3], Some(vec!["2"])),
            (&[2, 3], Some(vec!["1", "2"])),
            (&[], None),
        ];
        for (in_it, want) in cases {
            let carries = |i: &IssueRef| in_it.iter().any(|n| *i == local(*n));
            let got = selection.in_milestone(&carries);
            let ids = got
                .as_ref()
                .map(|s| s.phases.iter().map(|p| p.id.as_str()).collect::<Vec<_>>());
            assert_eq!(ids, want, "issues in the milestone: {in_it:?}");
            if let Some(kept) = got {
                assert_eq!(kept.issues, vec![local(1)], "plan-level issues stay shown");
            }
        }
    }

    #[test]
    fn a_plan_completes_at_its_recorded_completion_else_its_last_phase() {
        let done = facts(&[(Completed, Some(FEB)), (Completed, Some(JAN))], true);
        let open = facts(&[(Completed, Some(FEB)), (Completed, Some(JAN))], false);
        let cases = [
            (
                &done,
                Some("2026-03-01T00:00:00Z"),
                Some("2026-03-01T00:00:00Z"),
            ),
            (&done, None, Some(FEB)),
            (&open, Some("2026-03-01T00:00:00Z"), None),
        ];
        for (facts, history, want) in cases {
            assert_eq!(
                plan_completed_at(facts, history).as_deref(),
                want,
                "{history:?}"
            );
        }
    }

    fn snapshot(open: bool) -> IssueSnapshot {
        IssueSnapshot {
            issue: local(2),
            title: "Write the store".into(),
            open,
            state_reason: None,
            labels: vec![],
            milestone: None,
            status: None,
            category: None,
            pull_request: false,
        }
    }

    #[test]
    fn an_issue_read_shows_its_state_and_one_not_read_is_unknown_with_a_warning() {
        let open = Ok(snapshot(true));
        let closed = Ok(snapshot(false));
        let failed = Err(TrackerError::Transport("connection refused".into()));
        let cases = [
            (
                Read::Observed(Some(&open)),
                "open",
                Some("Write the store"),
                None,
            ),
            (
                Read::Observed(Some(&closed)),
                "closed",
                Some("Write the store"),
                None,
            ),
            (
                Read::Observed(Some(&failed)),
                "unknown",
                None,
                Some("local#2: state unknown (connection refused)"),
            ),
            (
                Read::Unavailable("local is turned off"),
                "unknown",
                None,
                Some("local#2: state unknown (local is turned off)"),
            ),
            (
                Read::Observed(None),
                "unknown",
                None,
                Some("local#2: state unknown (it was not read)"),
            ),
        ];
        for (read, state, title, warning) in cases {
            let (note, warned) = describe(&local(2), read, Some("u".into()));
            assert_eq!(note.state, state);
            assert_eq!(note.title.as_deref(), title);
            assert_eq!(note.reference, "local#2");
            assert_eq!(note.url.as_deref(), Some("u"));
            assert_eq!(warned.as_deref(), warning);
        }
    }

    #[test]
    fn markdown_has_a_section_per_plan_and_per_phase_with_linked_issues() {
        let issue = |n: u64, title: Option<&str>, url: Option<&str>, state| NoteIssue {
            reference: format!("acme/w#{n}"),
            tracker: "github",
            title: title.map(String::from),
            url: url.map(String::from),
            state,
        };
        let notes = PlanNotes {
            plan: "p/MASTER_PLAN.md".into(),
            name: "Sync".into(),
            completed_at: Some(FEB.into()),
            issues: vec![issue(1, Some("Track [all]"), Some("https://x/1"), "closed")],
            phases: vec![
                PhaseNotes {
                    id: "1".into(),
                    title: "Storage".into(),
                    completed_at: Some(JAN.into()),
                    issues: vec![issue(2, None, None, "unknown")],
                },
                PhaseNotes {
                    id: "2".into(),
                    title: "API".into(),
                    completed_at: None,
                    issues: vec![],
                },
            ],
        };
        assert_eq!(
            markdown(&[notes]),
            "## Sync — completed 2026-02-20\n\n\
             - [Track \\[all\\]](https://x/1) (`acme/w#1`, closed)\n\n\
             ### Phase 1: Storage — completed 2026-01-10 09:30 UTC\n\n\
             - acme/w#2 (`acme/w#2`, unknown)\n\n\
             ### Phase 2: API\n\n"
        );
    }
}
