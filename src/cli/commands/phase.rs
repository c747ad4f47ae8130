//! `phase start|complete|fail <ID>`.

use crate::context::Context;
use crate::error::CliError;
use crate::lifecycle::record_and_converge;
use crate::plan::{Plan, ProblemKind};
use crate::store::{Event, EventKind};
use clap::{Args, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct PhaseArgs {
    #[command(subcommand)]
    pub event: PhaseEvent,
}

#[derive(Debug, Subcommand)]
pub enum PhaseEvent {
    /// A phase started: linked issues become in-progress.
    #[command(
        after_help = "Examples:\n  gh debussy-sync phase start 1\n  gh debussy-sync --dry-run phase start 2 --plan docs/plans/x/MASTER_PLAN.md"
    )]
    Start(EventArgs),
    /// A phase completed.
    #[command(
        after_help = "Examples:\n  gh debussy-sync phase complete 1\n  gh debussy-sync --json phase complete 3.1"
    )]
    Complete(EventArgs),
    /// A phase failed.
    #[command(after_help = "Examples:\n  gh debussy-sync phase fail 2 --reason \"tests red\"")]
    Fail(EventArgs),
}

#[derive(Debug, Args)]
pub struct EventArgs {
    /// The phase id from the master plan table (1, 2, 3.1).
    pub id: String,
    /// The master plan (default: Debussy's current run, else the only master plan).
    #[arg(long, value_name = "PATH")]
    pub plan: Option<PathBuf>,
    /// Why (kept in the history).
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
}

pub fn run(ctx: &Context, args: PhaseArgs) -> Result<i32, CliError> {
    let (kind, args) = match args.event {
        PhaseEvent::Start(a) => (EventKind::PhaseStart, a),
        PhaseEvent::Complete(a) => (EventKind::PhaseComplete, a),
        PhaseEvent::Fail(a) => (EventKind::PhaseFail, a),
    };
    let plan = ctx.load_plan_for_writing(args.plan.as_deref())?;
    let phase = plan
        .phase(&args.id)
        .ok_or_else(|| not_in_plan(&plan, &args.id))?;
    let event = Event {
        plan: plan.key.clone(),
        phase: Some(phase.id.clone()),
        kind,
        reason: args.reason,
    };
    let report = record_and_converge(ctx, &plan, event)?;
    for w in &report.warnings {
        ctx.ui.warn(w);
    }
    ctx.ui.emit(&report);
    Ok(report.exit_code())
}

/// Why phase `id` is not in the plan: it may be one of the rows that could not be
/// read (each named with its line and why), else it is not there at all.
fn not_in_plan(plan: &Plan, id: &str) -> CliError {
    let phases: Vec<&str> = plan.phases.iter().map(|p| p.id.as_str()).collect();
    let unread: Vec<String> = plan
        .problems
        .iter()
        .filter(|p| p.kind == ProblemKind::UnreadableRow)
        .map(|p| format!("{} ({})", p.location, p.message))
        .collect();
    let missing = format!("phase {id} is not in {}", plan.key);
    if unread.is_empty() {
        return CliError::input(missing).hint(format!("phases: {}", phases.join(", ")));
    }
    let rows = if unread.len() == 1 { "row" } else { "rows" };
    CliError::input(format!(
        "{missing}: the {rows} at {} could not be read",
        unread.join("; ")
    ))
    .hint(format!(
        "fix the {rows}, then run `gh debussy-sync plan check` (phases read: {})",
        phases.join(", ")
    ))
}
