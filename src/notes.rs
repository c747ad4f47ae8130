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
