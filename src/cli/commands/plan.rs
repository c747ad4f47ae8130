//! `plan show`, `plan check`, `plan complete`.

use crate::context::Context;
use crate::error::{exit, CliError};
use crate::lifecycle::record_and_converge;
use crate::output::{table, Report, Ui};
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
    }
}

#[derive(Serialize)]
struct IssueLink {
    #[serde(rename = "ref")]
    reference: String,
    tracker: &'static str,
    scope: String,
    location: String,
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
        let mut out = format!(
            "{}  ({})\n\n",
            ui.paint(&self.name, crate::output::Paint::Bold),
            self.plan
        );
        let mut rows = vec![vec![
            "PHASE".into(),
            "STATUS".into(),
            "FROM".into(),
            "TITLE".into(),
            "ISSUES".into(),
        ]];
        for p in &self.phases {
            rows.push(vec![
                p.id.clone(),
                p.status.into(),
                p.source.into(),
                p.title.clone(),
                p.issues.join(", "),
            ]);
        }
        out.push_str(&table(&rows));
        let plan_level: Vec<&str> = self
            .issues
            .iter()
            .filter(|i| i.scope == "plan")
            .map(|i| i.reference.as_str())
            .collect();
        out.push_str(&format!(
            "\nPlan-level issues: {}\n",
            if plan_level.is_empty() {
                "none".to_string()
            } else {
                plan_level.join(", ")
            }
        ));
        out
    }
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
                scope: l.scope.to_string(),
                location: l.location.to_string(),
            })
            .collect(),
        warnings: plan.warnings.iter().map(ToString::to_string).collect(),
        incomplete: plan.is_incomplete(),
    })
}

/// Every line of the plan that is not right, each with its file:line: what makes
/// it incomplete, then what writing commands refuse.
fn plan_problems(plan: &Plan) -> Vec<String> {
    plan.problems
        .iter()
        .map(ToString::to_string)
        .chain(plan.errors.iter().map(ToString::to_string))
        .collect()
}

fn show(ctx: &Context, sel: &PlanSelect) -> Result<i32, CliError> {
    let plan = ctx.load_plan(sel.plan.as_deref())?;
    for w in plan
        .warnings
        .iter()
        .map(ToString::to_string)
        .chain(plan_problems(&plan))
    {
        ctx.ui.warn(&w);
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
    problems: Vec<String>,
    warnings: Vec<String>,
}

impl Report for CheckReport {
    fn always_shown(&self) -> bool {
        !self.valid
    }

    fn human(&self, _ui: &Ui) -> String {
        if self.valid {
            return format!(
                "✓ {}: {} phases, {} linked issues, {} warning(s)\n",
                self.plan,
                self.phases,
                self.issues,
                self.warnings.len()
            );
        }
        let mut out = String::new();
        for p in &self.problems {
            out.push_str(&format!("✗ {p}\n"));
        }
        out.push_str(&format!(
            "{}: {} problem(s); fix the lines above, then run `gh debussy-sync plan check` again\n",
            self.plan,
            self.problems.len()
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
            auto_close: args.auto_close || ctx.config.github.auto_close,
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
