//! `plan show`, `plan check`, `plan complete`; `plan notes` and `plan publish` are
//! in their own files.

use crate::context::Context;
use crate::error::{exit, CliError};
use crate::lifecycle::record_and_converge;
use crate::output::{count, display_width, table, Report, Ui};
use crate::plan::{Plan, Scope};
use crate::store::{Event, EventKind};
use clap::{Args, Subcommand};
use serde::Serialize;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct PlanArgs {
    #[command(subcommand)]
    pub command: PlanCommand,
}

#[derive(Debug, Subcommand)]
pub enum PlanCommand {
    /// The parsed plan: phases, statuses and linked issues.
    #[command(
        after_help = "Examples:\n  gh debussy-sync plan show\n  gh debussy-sync --jq '.phases[] | \"\\(.id) \\(.status)\"' plan show"
    )]
    Show(PlanSelect),
    /// Validate the plan: exit 2 on errors, warnings listed.
    #[command(
        after_help = "Examples:\n  gh debussy-sync plan check\n  gh debussy-sync plan check --plan docs/plans/x/MASTER_PLAN.md"
    )]
    Check(PlanSelect),
    /// Record that the plan completed and converge (close issues with --auto-close).
    #[command(
        after_help = "Examples:\n  gh debussy-sync plan complete\n  gh debussy-sync plan complete --auto-close --yes"
    )]
    Complete(CompleteArgs),
    /// Release notes: completed phases with their completion times and issues.
    #[command(
        after_help = "Examples:\n  gh debussy-sync plan notes\n  gh debussy-sync plan notes --all --since 2026-01-01\n  gh debussy-sync --jq '.plans[].phases[].issues[] | select(.state == \"open\") | .ref' plan notes"
    )]
    Notes(super::plan_notes::NotesArgs),
    /// Create the issues the plan lacks (a tracking issue, one per phase) and link them in its files.
    #[command(
        after_help = "Examples:\n  gh debussy-sync plan publish\n  gh debussy-sync plan publish --tracker github --milestone v1.0 --apply"
    )]
    Publish(super::plan_publish::PublishArgs),
}

#[derive(Debug, Args)]
pub struct PlanSelect {
    /// The master plan (default: Debussy's current run, else the only master plan).
    #[arg(long, value_name = "PATH")]
    pub plan: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CompleteArgs {
    #[command(flatten)]
    pub select: PlanSelect,
    /// Close the linked issues (as completed, with one comment) when every phase is completed.
    #[arg(long)]
    pub auto_close: bool,
}

pub fn run(ctx: &Context, args: PlanArgs) -> Result<i32, CliError> {
    match args.command {
        PlanCommand::Show(sel) => show(ctx, &sel),
        PlanCommand::Check(sel) => check(ctx, &sel),
        PlanCommand::Complete(args) => complete(ctx, args),
        PlanCommand::Notes(args) => super::plan_notes::run(ctx, args),
        PlanCommand::Publish(args) => super::plan_publish::run(ctx, args),
    }
}

#[derive(Serialize)]
struct IssueLink {
    #[serde(rename = "ref")]
    reference: String,
    tracker: &'static str,
    #[serde(serialize_with = "as_text")]
    scope: Scope,
    location: String,
}

/// A scope as the contract writes it: `plan`, `phase 2`.
fn as_text<S: serde::Serializer>(scope: &Scope, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(scope)
}

#[derive(Serialize)]
struct PhaseView {
    id: String,
    title: String,
    status: &'static str,
    /// Where the status comes from: `event`, `debussy run` or `table`.
    source: &'static str,
    file: Option<String>,
    depends_on: Vec<String>,
    issues: Vec<String>,
}

#[derive(Serialize)]
struct PlanView {
    plan: String,
    name: String,
    phases: Vec<PhaseView>,
    issues: Vec<IssueLink>,
    warnings: Vec<String>,
    /// A phase could not be read: the plan can never be complete as it is.
    incomplete: bool,
}

impl Report for PlanView {
    fn always_shown(&self) -> bool {
        true
    }

    fn human(&self, ui: &Ui) -> String {
        self.render(ui, ui.width())
    }
}

impl PlanView {
    /// The plan as text; on a terminal `width` columns wide, long titles and issue
    /// lists cut to fit (`--json` lists them all).
    fn render(&self, ui: &Ui, width: Option<usize>) -> String {
        let mut out = format!(
            "{}  ({})\n\n",
            ui.paint(&self.name, crate::output::Paint::Bold),
            self.plan
        );
        let mut rows = vec![["PHASE", "STATUS", "FROM", "TITLE"]
            .map(String::from)
            .to_vec()];
        rows.extend(self.phases.iter().map(|p| {
            vec![
                p.id.clone(),
                p.status.into(),
                p.source.into(),
                p.title.clone(),
            ]
        }));
        let room = width.map(|w| fit_title_column(&mut rows, w));
        let issues = self.phases.iter().map(|p| match room {
            Some(room) => fit_list(&p.issues, room),
            None => p.issues.join(", "),
        });
        for (row, cell) in rows
            .iter_mut()
            .zip(std::iter::once("ISSUES".into()).chain(issues))
        {
            row.push(cell);
        }
        out.push_str(&table(&rows));
        let plan_level: Vec<String> = self
            .issues
            .iter()
            .filter(|i| i.scope == Scope::Plan)
            .map(|i| i.reference.clone())
            .collect();
        let label = "Plan-level issues: ";
        out.push('\n');
        out.push_str(&match width {
            _ if plan_level.is_empty() => format!("{label}none"),
            Some(width) => wrap_list(label, &plan_level, width),
            None => format!("{label}{}", plan_level.join(", ")),
        });
        out.push('\n');
        out
    }
}

/// The fewest columns an issue list is cut to before titles are cut too.
const ISSUES_ROOM: usize = 32;

/// Cuts the last column of `rows` (titles) so that another column fits in `width`,
/// and returns the columns left for it.
fn fit_title_column(rows: &mut [Vec<String>], width: usize) -> usize {
    let column_width = |rows: &[Vec<String>], c: usize| {
        rows.iter()
            .filter_map(|r| r.get(c))
            .map(|s| display_width(s))
            .max()
            .unwrap_or(0)
    };
    let title = rows.first().map_or(0, |r| r.len().saturating_sub(1));
    let fixed: usize = (0..title).map(|c| column_width(rows, c) + 2).sum();
    let room = width.saturating_sub(fixed);
    let title_room = column_width(rows, title).min(room.saturating_sub(ISSUES_ROOM + 2));
    for row in rows.iter_mut() {
        if let Some(cell) = row.get_mut(title) {
            *cell = cut(cell, title_room.max(1));
        }
    }
    room.saturating_sub(title_room + 2).max(ISSUES_ROOM / 2)
}

/// `text` cut to `room` columns, ending with `…` when cut.
fn cut(text: &str, room: usize) -> String {
    if display_width(text) <= room {
        return text.to_string();
    }
    let mut used = display_width("…");
    let mut out = String::new();
    for c in text.chars() {
        used += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used > room {
            break;
        }
        out.push(c);
    }
    out + "…"
}

/// `items` joined by `, ` in at most `room` columns: as many as fit, then how many
/// more there are (or only how many there are, when not even one fits).
fn fit_list(items: &[String], room: usize) -> String {
    let all = items.join(", ");
    if display_width(&all) <= room {
        return all;
    }
    (1..items.len())
        .rev()
        .map(|shown| {
            let more = items.len() - shown;
            format!("{}, +{more} more", items[..shown].join(", "))
        })
        .find(|text| display_width(text) <= room)
        .unwrap_or_else(|| format!("{} issues", items.len()))
}

/// The most lines a wrapped list takes; the last says how many more there are.
const LIST_LINES: usize = 3;

/// `label` and `items` joined by `, `, wrapped at `width` columns under the first
/// item, in at most [`LIST_LINES`] lines.
fn wrap_list(label: &str, items: &[String], width: usize) -> String {
    let indent = display_width(label);
    let room = width.saturating_sub(indent).max(ISSUES_ROOM / 2);
    let mut lines = Vec::new();
    let mut rest = items;
    while !rest.is_empty() {
        if lines.len() + 1 == LIST_LINES {
            lines.push(fit_list(rest, room));
            break;
        }
        let fits = |n: usize| display_width(&rest[..n].join(", ")) < room;
        let n = (2..=rest.len())
            .take_while(|n| fits(*n))
            .last()
            .unwrap_or(1);
        let comma = if n < rest.len() { "," } else { "" };
        lines.push(format!("{}{comma}", rest[..n].join(", ")));
        rest = &rest[n..];
    }
    format!(
        "{label}{}",
        lines.join(&format!("\n{}", " ".repeat(indent)))
    )
}

fn view(ctx: &Context, plan: &Plan) -> Result<PlanView, CliError> {
    let facts = ctx.facts(plan, None)?;
    let phases = plan
        .phases
        .iter()
        .zip(&facts.phases)
        .map(|(p, fact)| PhaseView {
            id: p.id.clone(),
            title: p.title.clone(),
            status: fact.status.as_str(),
            source: fact.source.as_str(),
            file: p
                .file
                .as_ref()
                .map(|f| crate::plan::relative_path(&ctx.root, f)),
            depends_on: p.depends_on.clone(),
            issues: plan
                .links
                .iter()
                .filter(|l| l.scope == Scope::Phase(p.id.clone()))
                .map(|l| l.issue.to_string())
                .collect(),
        })
        .collect();
    Ok(PlanView {
        plan: plan.key.clone(),
        name: plan.name.clone(),
        phases,
        issues: plan
            .links
            .iter()
            .map(|l| IssueLink {
                reference: l.issue.to_string(),
                tracker: l.issue.tracker().as_str(),
                scope: l.scope.clone(),
                location: l.location.to_string(),
            })
            .collect(),
        warnings: plan.warnings.iter().map(ToString::to_string).collect(),
        incomplete: plan.is_incomplete(),
    })
}

/// One line of the plan that is not right.
#[derive(Serialize)]
struct Problem {
    file: String,
    line: Option<usize>,
    message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// Every line of the plan that is not right, each with its file:line: what makes
/// it incomplete, then what writing commands refuse.
fn plan_problems(plan: &Plan) -> Vec<Problem> {
    let problems = plan.problems.iter().map(|p| Problem {
        file: p.location.file.clone(),
        line: Some(p.location.line),
        message: p.message.clone(),
    });
    let errors = plan.errors.iter().map(|e| Problem {
        file: e
            .location()
            .map_or_else(|| plan.key.clone(), |l| l.file.clone()),
        line: e.location().map(|l| l.line),
        message: e.reason(),
    });
    problems.chain(errors).collect()
}

fn show(ctx: &Context, sel: &PlanSelect) -> Result<i32, CliError> {
    let plan = ctx.load_plan(sel.plan.as_deref())?;
    for w in &plan.warnings {
        ctx.ui.warn(&w.to_string());
    }
    for p in plan_problems(&plan) {
        ctx.ui.warn(&p.to_string());
    }
    ctx.ui.emit(&view(ctx, &plan)?);
    Ok(exit::OK)
}

#[derive(Serialize)]
struct CheckReport {
    plan: String,
    valid: bool,
    phases: usize,
    issues: usize,
    /// One entry per line that makes the plan incomplete or unusable.
    problems: Vec<Problem>,
    warnings: Vec<String>,
}

impl Report for CheckReport {
    fn always_shown(&self) -> bool {
        !self.valid
    }

    fn human(&self, _ui: &Ui) -> String {
        if self.valid {
            return format!(
                "✓ {}: {}, {}, {}\n",
                self.plan,
                count(self.phases, "phase", "phases"),
                count(self.issues, "linked issue", "linked issues"),
                count(self.warnings.len(), "warning", "warnings")
            );
        }
        let mut out = String::new();
        for p in &self.problems {
            out.push_str(&format!("✗ {p}\n"));
        }
        out.push_str(&format!(
            "{}: {}; fix the {} above, then run `gh debussy-sync plan check` again\n",
            self.plan,
            count(self.problems.len(), "problem", "problems"),
            if self.problems.len() == 1 {
                "line"
            } else {
                "lines"
            }
        ));
        out
    }
}

/// Validates the plan: exit 2 when a phase cannot be read or a line is refused.
fn check(ctx: &Context, sel: &PlanSelect) -> Result<i32, CliError> {
    let plan = ctx.load_plan(sel.plan.as_deref())?;
    let warnings = crate::lifecycle::plan_warnings(ctx, &plan);
    for w in &warnings {
        ctx.ui.warn(w);
    }
    let problems = plan_problems(&plan);
    let valid = problems.is_empty();
    ctx.ui.emit(&CheckReport {
        plan: plan.key.clone(),
        valid,
        phases: plan.phases.len(),
        issues: plan.links.len(),
        problems,
        warnings,
    });
    Ok(if valid { exit::OK } else { exit::INPUT })
}

fn complete(ctx: &Context, args: CompleteArgs) -> Result<i32, CliError> {
    let plan = ctx.load_plan_for_writing(args.select.plan.as_deref())?;
    let event = Event {
        plan: plan.key.clone(),
        phase: None,
        kind: EventKind::PlanComplete {
            auto_close: args.auto_close || ctx.config.sync.auto_close,
        },
        reason: None,
    };
    let report = record_and_converge(ctx, &plan, event)?;
    for w in &report.warnings {
        ctx.ui.warn(w);
    }
    ctx.ui.emit(&report);
    Ok(report.exit_code())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A plan whose phase 1 links 200 issues and whose plan-level links are as many.
    fn crowded() -> PlanView {
        let issues: Vec<String> = (1..=200).map(|n| format!("acme/widgets#{n}")).collect();
        let phase = |id: &str, title: &str, issues: Vec<String>| PhaseView {
            id: id.into(),
            title: title.into(),
            status: "running",
            source: "event",
            file: None,
            depends_on: Vec::new(),
            issues,
        };
        PlanView {
            plan: "docs/plans/x/MASTER_PLAN.md".into(),
            name: "Crowded".into(),
            phases: vec![
                phase(
                    "1",
                    "A title long enough to need cutting on a narrow terminal",
                    issues.clone(),
                ),
                phase("2", "Short", vec!["local#1".into()]),
            ],
            issues: issues
                .iter()
                .map(|i| IssueLink {
                    reference: i.clone(),
                    tracker: "github",
                    scope: Scope::Plan,
                    location: "docs/plans/x/MASTER_PLAN.md:3".into(),
                })
                .collect(),
            warnings: Vec::new(),
            incomplete: false,
        }
    }

    fn ui() -> Ui {
        Ui::detect(false, false, false, true)
    }

    #[test]
    fn plan_show_fits_the_terminal_width() {
        for width in [60, 80, 120] {
            let text = crowded().render(&ui(), Some(width));
            for line in text.lines() {
                assert!(display_width(line) <= width, "{width}: {line:?}");
            }
            assert!(text.contains("more"), "{text}");
            let plan_level = text.split("Plan-level issues: ").nth(1).unwrap();
            assert_eq!(plan_level.lines().count(), LIST_LINES, "{text}");
            assert!(text.contains("local#1"), "{text}");
        }
        let row = crowded().render(&ui(), Some(80));
        let row = row.lines().find(|l| l.starts_with("1 ")).unwrap();
        assert!(row.ends_with(" more"), "{row}");
    }

    #[test]
    fn plan_show_into_a_pipe_keeps_every_line_whole() {
        let text = crowded().render(&ui(), None);
        let row = text.lines().find(|l| l.starts_with("1 ")).unwrap();
        assert!(row.ends_with("acme/widgets#199, acme/widgets#200"), "{row}");
        assert!(row.contains("A title long enough to need cutting on a narrow terminal"));
    }

    #[test]
    fn lists_are_cut_with_how_many_are_left() {
        let items: Vec<String> = ["a#1", "a#2", "a#3"].map(String::from).to_vec();
        assert_eq!(fit_list(&items, 40), "a#1, a#2, a#3");
        assert_eq!(fit_list(&items, 12), "a#1, +2 more");
        assert_eq!(fit_list(&items, 7), "3 issues");
        assert_eq!(cut("Storage layer", 8), "Storage…");
    }
}
