//! `run [--plan P] [--force] -- <command…>`: the guard, then the command (usually
//! `debussy run plan.md`) with the trackers following its phases, then a last
//! convergence. No phase this run started is left in progress when it ends.

use crate::cli::commands::guard::{guard_plan, refusal};
use crate::cli::commands::watch::Follow;
use crate::context::Context;
use crate::debussy::sortable_time;
use crate::error::{exit, CliError};
use crate::follow::{parse_interval, Interrupts};
use crate::lifecycle::{converge, OnBusy};
use crate::plan::PhaseStatus;
use crate::store::{now_rfc3339, Event, EventKind};
use clap::Args;
use std::path::PathBuf;
use std::time::Duration;

#[derive(Debug, Args)]
#[command(
    after_help = "Exit status: the command's own (128+N when a signal N ended it), 4 when the guard refuses (the command is not started).\nThe command's standard streams are its own; convergence lines go to stderr.\n\nExamples:\n  gh debussy-sync run -- debussy run docs/plans/x/MASTER_PLAN.md\n  gh debussy-sync run --force --interval 5s -- debussy run docs/plans/x/MASTER_PLAN.md"
)]
pub struct RunArgs {
    /// The master plan (default: Debussy's current run, else the only master plan).
    #[arg(long, value_name = "PATH")]
    pub plan: Option<PathBuf>,
    /// Run even when the plan's issues were completed before (recorded in the history).
    #[arg(long)]
    pub force: bool,
    /// How often to look at .debussy/state.db while the command runs.
    #[arg(long, value_name = "DURATION", default_value = "2s", value_parser = parse_interval)]
    pub interval: Duration,
    /// The command to run, after `--`.
    #[arg(required = true, trailing_var_arg = true, value_name = "COMMAND")]
    pub command: Vec<String>,
}

fn exit_code(status: std::process::ExitStatus) -> i32 {
    if let Some(code) = status.code() {
        return code;
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            return 128 + signal;
        }
    }
    exit::FAILURE
}

pub fn run(ctx: &Context, args: RunArgs) -> Result<i32, CliError> {
    let plan = ctx.load_plan_for_writing(args.plan.as_deref())?;
    let guard = guard_plan(ctx, &plan, args.force)?;
    for line in guard.warning_lines() {
        ctx.ui.warn(&line);
    }
    if guard.refused {
        return Err(refusal(&guard));
    }
    let plan_path = ctx.root.join(&plan.key);
    let started = now_rfc3339();
    let interrupts = Interrupts::install();
    let (program, rest) = args
        .command
        .split_first()
        .ok_or_else(|| CliError::input("no command to run").hint("write it after --"))?;
    let mut child = std::process::Command::new(program)
        .args(rest)
        .current_dir(&ctx.cwd)
        .spawn()
        .map_err(|e| {
            CliError::new(exit::FAILURE, format!("cannot start {program}: {e}"))
                .hint("check the command after --")
        })?;
    interrupts.forward_to(child.id());

    // The trackers follow while it runs; our reports go to stderr, the command's
    // stdout is its own.
    let ui = ctx.ui.clone();
    let mut follow = Follow::new(ctx, Some(&plan_path), args.interval);
    let status = loop {
        if let Some(status) = child
            .try_wait()
            .map_err(|e| CliError::new(exit::FAILURE, format!("lost track of {program}: {e}")))?
        {
            break status;
        }
        match follow.step() {
            Ok(Some(report)) => {
                for o in report.operations.iter().filter(|o| o.status != "planned") {
                    ui.note(&format!("{} {} {}", o.status, o.target, o.action));
                }
            }
            Ok(None) => {}
            Err(e) => ui.warn(&e.message),
        }
        interrupts.sleep(args.interval, &mut || {
            matches!(child.try_wait(), Ok(Some(_)))
        });
    };
    let code = exit_code(status);
    // Whatever happens while settling up, the command's exit code is the answer.
    if let Err(e) = settle(ctx, plan, &plan_path, &started, code, &args.command) {
        ctx.ui.error(&e.message, e.hint.as_deref(), e.code);
    }
    Ok(code)
}

/// After the command: a phase it started and did not finish failed with it; then
/// the last convergence.
fn settle(
    ctx: &Context,
    plan: crate::plan::Plan,
    plan_path: &std::path::Path,
    started: &str,
    code: i32,
    command: &[String],
) -> Result<(), CliError> {
    // The plan as it is now (the run may have edited it), else as it was.
    let plan = match ctx.load_plan_for_writing(Some(plan_path)) {
        Ok(now) => now,
        Err(e) => {
            ctx.ui.warn(&format!(
                "{}; using the plan as it was at the start",
                e.message
            ));
            plan
        }
    };
    let facts = ctx.facts(&plan, None)?;
    let since = sortable_time(started);
    let unfinished: Vec<&str> = facts
        .phases
        .iter()
        .filter(|f| {
            matches!(
                f.status,
                PhaseStatus::Running | PhaseStatus::Validating | PhaseStatus::AwaitingHuman
            ) && f.at.as_deref().is_some_and(|at| sortable_time(at) >= since)
        })
        .map(|f| f.id.as_str())
        .collect();
    if !ctx.dry_run {
        let mut store = ctx.store()?;
        for id in &unfinished {
            store.record_event(&Event {
                plan: plan.key.clone(),
                phase: Some(id.to_string()),
                kind: EventKind::PhaseFail,
                reason: Some(format!(
                    "`{}` ended (exit {code}) while phase {id} was running",
                    command.join(" ")
                )),
            })?;
        }
    }
    for id in &unfinished {
        ctx.ui.warn(&format!(
            "phase {id} was running when the command ended (exit {code}): marked failed"
        ));
    }
    if let Some(report) = converge(ctx, &plan, None, OnBusy::Proceed)? {
        for w in &report.warnings {
            ctx.ui.warn(w);
        }
        for o in &report.operations {
            let line = match &o.message {
                Some(m) => format!("{} {} {} — {m}", o.status, o.target, o.action),
                None => format!("{} {} {}", o.status, o.target, o.action),
            };
            ctx.ui.note(&line);
        }
    }
    Ok(())
}
