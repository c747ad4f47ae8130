//! `run [--plan P] [--force] -- <command…>`: the guard, then the command (usually
//! `debussy run plan.md`) with the trackers following its phases, then a last
//! convergence. When the command has ended, no phase it set running (through
//! Debussy's database or our own events) is left running: it failed, with the
//! command's exit code or signal as the reason.

use crate::cli::commands::guard::{guard_plan, refusal};
use crate::cli::commands::watch::Follow;
use crate::context::Context;
use crate::engine::PhaseFact;
use crate::error::{exit, CliError};
use crate::follow::{parse_interval, Interrupts};
use crate::lifecycle::{converge_with, Mode, OnBusy, OperationReport};
use crate::operation::OpStatus;
use crate::plan::PhaseStatus;
use crate::store::{Event, EventKind};
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

/// How the command ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ending {
    Exited(i32),
    /// Ended by this signal.
    Signaled(i32),
}

impl Ending {
    fn of(status: std::process::ExitStatus) -> Ending {
        if let Some(code) = status.code() {
            return Ending::Exited(code);
        }
        #[cfg(unix)]
        {
            use std::os::unix::process::ExitStatusExt;
            if let Some(signal) = status.signal() {
                return Ending::Signaled(signal);
            }
        }
        Ending::Exited(exit::FAILURE)
    }

    /// Our exit code: the command's, 128+N when signal N ended it.
    fn code(self) -> i32 {
        match self {
            Ending::Exited(code) => code,
            Ending::Signaled(signal) => 128 + signal,
        }
    }
}

impl std::fmt::Display for Ending {
    /// `exited with code 7`, `was killed by signal 15 (SIGTERM)`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            Ending::Exited(code) => write!(f, "exited with code {code}"),
            Ending::Signaled(signal) => {
                write!(f, "was killed by signal {signal}")?;
                match signal_name(signal) {
                    Some(name) => write!(f, " ({name})"),
                    None => Ok(()),
                }
            }
        }
    }
}

/// The name of a signal that commonly ends a command.
fn signal_name(signal: i32) -> Option<&'static str> {
    #[cfg(unix)]
    {
        let names = [
            (libc::SIGHUP, "SIGHUP"),
            (libc::SIGINT, "SIGINT"),
            (libc::SIGQUIT, "SIGQUIT"),
            (libc::SIGILL, "SIGILL"),
            (libc::SIGABRT, "SIGABRT"),
            (libc::SIGBUS, "SIGBUS"),
            (libc::SIGFPE, "SIGFPE"),
            (libc::SIGKILL, "SIGKILL"),
            (libc::SIGSEGV, "SIGSEGV"),
            (libc::SIGPIPE, "SIGPIPE"),
            (libc::SIGALRM, "SIGALRM"),
            (libc::SIGTERM, "SIGTERM"),
            (libc::SIGXCPU, "SIGXCPU"),
        ];
        names
            .iter()
            .find(|(n, _)| *n == signal)
            .map(|(_, name)| *name)
    }
    #[cfg(not(unix))]
    {
        let _ = signal;
        None
    }
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
    // What the phases were before the command, to tell what it set running.
    let before = ctx.facts(&plan, None)?.phases;
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
                for w in &report.warnings {
                    ui.warn(w);
                }
                for o in report
                    .operations
                    .iter()
                    .filter(|o| o.status != OpStatus::Planned)
                {
                    ui.note(&operation_line(o));
                }
            }
            Ok(None) => {}
            Err(e) => ui.warn(&e.message),
        }
        interrupts.sleep(args.interval, &mut || {
            matches!(child.try_wait(), Ok(Some(_)))
        });
    };
    let ending = Ending::of(status);
    // Whatever happens while settling up, the command's exit code is the answer.
    if let Err(e) = settle(ctx, plan, &plan_path, &before, ending, &args.command) {
        ctx.ui.error(&e.message, e.hint.as_deref(), e.code);
    }
    Ok(ending.code())
}

/// After the command: a phase it set running (it was not running so before it) and
/// that is still running failed with it; then the last convergence, which a dry run
/// shows with those failures applied.
fn settle(
    ctx: &Context,
    plan: crate::plan::Plan,
    plan_path: &std::path::Path,
    before: &[PhaseFact],
    ending: Ending,
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
    let failures: Vec<Event> = ctx
        .facts(&plan, None)?
        .phases
        .into_iter()
        .filter(|f| is_active(f.status) && !before.contains(f))
        .map(|f| Event {
            plan: plan.key.clone(),
            reason: Some(format!(
                "`{}` {ending} while phase {} was running",
                command.join(" "),
                f.id
            )),
            phase: Some(f.id),
            kind: EventKind::PhaseFail,
        })
        .collect();
    if !ctx.dry_run {
        let mut store = ctx.store()?;
        for failure in &failures {
            store.record_event(failure)?;
        }
    }
    let marked = if ctx.dry_run {
        "would be marked failed"
    } else {
        "marked failed"
    };
    for id in failures.iter().filter_map(|f| f.phase.as_deref()) {
        ctx.ui.warn(&format!(
            "phase {id} was running when the command {ending}: {marked}"
        ));
    }
    let mode = Mode {
        pending: failures,
        ..Mode::default()
    };
    if let Some(report) = converge_with(ctx, &plan, None, OnBusy::Proceed, mode)? {
        for w in &report.warnings {
            ctx.ui.warn(w);
        }
        for o in &report.operations {
            ctx.ui.note(&operation_line(o));
        }
    }
    Ok(())
}

/// Whether a phase in this status is under way.
fn is_active(status: PhaseStatus) -> bool {
    matches!(
        status,
        PhaseStatus::Running | PhaseStatus::Validating | PhaseStatus::AwaitingHuman
    )
}

/// `applied local#2 add_label debussy:failed`, with the tracker's message if any.
fn operation_line(o: &OperationReport) -> String {
    let mut line = format!("{} {} {}", o.status, o.target, o.action);
    if let Some(value) = &o.value {
        line = format!("{line} {value}");
    }
    if let Some(message) = &o.message {
        line = format!("{line} — {message}");
    }
    line
}
