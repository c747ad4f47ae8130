//! `sync [--plan P | --all] [--direction to-tracker|from-tracker] [--apply]`: repair
//! drift. A preview by default: it lists exactly the operations `--apply` runs.

use crate::cli::commands::status::chosen_plans;
use crate::context::Context;
use crate::error::{exit, CliError};
use crate::lifecycle::{converge_with, Mode, OnBusy, OperationReport, SyncReport};
use crate::operation::OpStatus;
use crate::plan::{PhaseStatus, Plan};
use crate::reconcile::{phase_changes, read_plan};
use crate::store::{Event, EventKind};
use clap::{Args, ValueEnum};
use serde::Serialize;
use std::path::PathBuf;

#[derive(Debug, Args)]
#[command(
    after_help = "Without --apply nothing changes: the preview lists the operations --apply would run.\n\nExamples:\n  gh debussy-sync sync\n  gh debussy-sync sync --apply\n  gh debussy-sync sync --direction from-tracker --apply --plan docs/plans/x/MASTER_PLAN.md\n  gh debussy-sync sync --all --apply"
)]
pub struct SyncArgs {
    /// The master plan (default: Debussy's current run, else the only master plan).
    #[arg(long, value_name = "PATH", conflicts_with = "all")]
    pub plan: Option<PathBuf>,
    /// Every master plan in the repository.
    #[arg(long)]
    pub all: bool,
    /// to-tracker: trackers follow the plan's facts; from-tracker: the plan follows
    /// what was closed or reopened on the trackers.
    #[arg(long, value_enum, default_value = "to-tracker")]
    pub direction: Direction,
    /// Apply the operations (without it: preview only).
    #[arg(long)]
    pub apply: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Direction {
    ToTracker,
    FromTracker,
}

/// Several plans' reports in one document.
#[derive(Serialize)]
struct AllReports {
    plans: Vec<SyncReport>,
}

impl crate::output::Report for AllReports {
    fn human(&self, ui: &crate::output::Ui) -> String {
        self.plans
            .iter()
            .map(|r| format!("{}\n{}", r.plan, r.human(ui)))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

fn word(status: PhaseStatus) -> &'static str {
    match status {
        PhaseStatus::Completed => "Completed",
        _ => "Pending",
    }
}

/// from-tracker for one plan: the master table's Status cells (and phase files'
/// `**Status:**` lines) follow the trackers, the changes are recorded as facts,
/// then the other trackers converge to them.
fn from_tracker(ctx: &Context, plan: &Plan, apply: bool) -> Result<SyncReport, CliError> {
    let _lock = if apply { Some(ctx.lock()?) } else { None };
    let runtime = ctx.runtime()?;
    let _entered = runtime.enter();
    let reading = read_plan(ctx, plan, &runtime)?;
    let (changes, notes) = phase_changes(&reading, plan);
    for n in &notes {
        ctx.ui.warn(n);
    }
    let master = ctx.root.join(&plan.key);
    let mut store = if apply { Some(ctx.store()?) } else { None };
    let mut operations = Vec::new();
    let mut events = Vec::new();
    for c in &changes {
        let Some(phase) = plan.phase(&c.phase) else {
            continue;
        };
        let event = Event {
            plan: plan.key.clone(),
            phase: Some(phase.id.clone()),
            kind: match c.status {
                PhaseStatus::Completed => EventKind::PhaseComplete,
                _ => EventKind::PhaseReset,
            },
            reason: Some(format!("sync --direction from-tracker: {}", c.because)),
        };
        let status = if let Some(store) = &mut store {
            crate::plan::edit::set_phase_status(&ctx.root, &master, phase, word(c.status))?;
            store.record_event(&event)?;
            OpStatus::Applied
        } else {
            OpStatus::Planned
        };
        operations.push(OperationReport::plan_edit(
            format!("{}:{}", plan.key, phase.location.line),
            format!("phase {} {}", phase.id, c.status),
            status,
            &c.because,
        ));
        events.push(event);
    }
    // The other trackers follow the new facts (the plan is read again: it changed).
    let plan = if apply {
        ctx.load_plan_for_writing(Some(&master))?
    } else {
        plan.clone()
    };
    let mode = Mode {
        preview: !apply,
        locked: apply,
        pending: events,
        ..Mode::default()
    };
    drop(_entered);
    let converged = converge_with(ctx, &plan, None, OnBusy::Proceed, mode)?;
    let mut report = converged.unwrap_or_else(|| SyncReport::empty(&plan.key, !apply));
    report.preview = !apply;
    operations.append(&mut report.operations);
    report.operations = operations;
    report.warnings.extend(notes);
    Ok(report)
}

pub fn run(ctx: &Context, args: SyncArgs) -> Result<i32, CliError> {
    let plans = chosen_plans(ctx, args.plan.as_deref(), args.all)?;
    let mut reports = Vec::new();
    for plan in &plans {
        let report = match args.direction {
            Direction::ToTracker => {
                let mode = Mode {
                    repair: true,
                    preview: !args.apply,
                    ..Mode::default()
                };
                let mut report = converge_with(ctx, plan, None, OnBusy::Proceed, mode)?
                    .unwrap_or_else(|| SyncReport::empty(&plan.key, !args.apply));
                report.preview = !args.apply;
                report
            }
            Direction::FromTracker => from_tracker(ctx, plan, args.apply)?,
        };
        for w in &report.warnings {
            ctx.ui.warn(w);
        }
        reports.push(report);
    }
    let code = if reports.iter().any(|r| r.exit_code() != exit::OK) {
        exit::PARTIAL
    } else {
        exit::OK
    };
    if reports.len() == 1 {
        ctx.ui.emit(&reports[0]);
    } else {
        ctx.ui.emit(&AllReports { plans: reports });
    }
    Ok(code)
}
