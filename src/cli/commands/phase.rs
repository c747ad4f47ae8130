//! `phase start|complete|fail <ID>`.

use crate::context::Context;
use crate::error::CliError;
use crate::lifecycle::record_and_converge;
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
    let phase = plan.phase(&args.id).ok_or_else(|| {
        CliError::input(format!("phase {} is not in {}", args.id, plan.key)).hint(format!(
            "phases: {}",
            plan.phases
                .iter()
                .map(|p| p.id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ))
    })?;
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
