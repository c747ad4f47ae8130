//! `watch [--plan P] [--interval 2s] [--once]`: follow Debussy's run database and
//! converge the linked issues whenever a phase changes. `watch --issues [--every
//! 30m]`: sync the mirrored issues on a schedule instead.

use crate::context::Context;
use crate::error::{exit, CliError};
use crate::follow::{parse_interval, Interrupts, StateDbWatch};
use crate::lifecycle::{converge, OnBusy, SyncReport};
use clap::Args;
use std::path::{Path, PathBuf};
use std::time::Duration;

#[derive(Debug, Args)]
#[command(
    after_help = "With --json, every convergence prints one JSON document on its own line (newline-delimited JSON).\nCtrl-C stops watching.\n\nExamples:\n  gh debussy-sync watch\n  gh debussy-sync watch --once --plan docs/plans/x/MASTER_PLAN.md\n  gh debussy-sync --json watch --interval 5s"
)]
pub struct WatchArgs {
    /// The master plan (default: Debussy's current run, else the only master plan).
    #[arg(long, value_name = "PATH")]
    pub plan: Option<PathBuf>,
    /// How often to look at .debussy/state.db (2s, 500ms, 1m).
    #[arg(long, value_name = "DURATION", default_value = "2s", value_parser = parse_interval)]
    pub interval: Duration,
    /// Converge once and exit.
    #[arg(long)]
    pub once: bool,
    /// Sync the mirrored issues (`issue sync --all --apply`) on a schedule instead.
    #[arg(long)]
    pub issues: bool,
    /// How often `--issues` syncs (default: GH_DEBUSSY_SYNC_INTERVAL, else 30m).
    #[arg(long, value_name = "DURATION", requires = "issues", value_parser = parse_interval)]
    pub every: Option<Duration>,
}

/// Converges when the database changed; a locked database is tried again at the
/// next look, never waited for past half an interval.
pub struct Follow<'a> {
    ctx: &'a Context,
    plan_arg: Option<PathBuf>,
    interval: Duration,
    watch: StateDbWatch,
    dirty: bool,
}

impl<'a> Follow<'a> {
    pub fn new(ctx: &'a Context, plan: Option<&Path>, interval: Duration) -> Follow<'a> {
        Follow {
            ctx,
            plan_arg: plan.map(Path::to_path_buf),
            interval,
            watch: StateDbWatch::new(&ctx.root),
            dirty: true,
        }
    }

    /// One look: converges if something changed since the last convergence (the
    /// first look always does). The plan is read again each time: people edit it.
    pub fn step(&mut self) -> Result<Option<SyncReport>, CliError> {
        if self.watch.changed() {
            self.dirty = true;
        }
        if !self.dirty {
            return Ok(None);
        }
        let plan = self.ctx.load_plan_for_writing(self.plan_arg.as_deref())?;
        let report = converge(self.ctx, &plan, None, OnBusy::Skip(self.interval / 2))?;
        if report.is_some() {
            self.dirty = false;
        }
        Ok(report)
    }
}

pub fn run(ctx: &Context, args: WatchArgs) -> Result<i32, CliError> {
    if args.issues {
        return watch_issues(ctx, &args);
    }
    let plan = ctx.load_plan_for_writing(args.plan.as_deref())?;
    let plan_arg = args.plan.clone().or_else(|| Some(ctx.root.join(&plan.key)));
    let mut follow = Follow::new(ctx, plan_arg.as_deref(), args.interval);
    let interrupts = Interrupts::install();
    if !args.once {
        ctx.ui.note(&format!(
            "watching .debussy/state.db for {} every {:?} (Ctrl-C to stop)",
            plan.key, args.interval
        ));
    }
    let mut last = exit::OK;
    let mut first = true;
    loop {
        match follow.step() {
            Ok(Some(report)) => {
                last = report.exit_code();
                for w in &report.warnings {
                    ctx.ui.warn(w);
                }
                // One line per change; a quiet convergence says nothing after the
                // first.
                if first || !report.operations.is_empty() || ctx.ui.json {
                    ctx.ui.emit_line(&report);
                }
                first = false;
                if args.once {
                    return Ok(last);
                }
            }
            Ok(None) => {}
            // A plan edited into something unreadable: say so, keep watching.
            Err(e) if !args.once && e.code == exit::INPUT => {
                ctx.ui
                    .warn(&format!("{}; waiting for the plan to be fixed", e.message));
            }
            Err(e) => return Err(e),
        }
        interrupts.sleep(args.interval, &mut || false);
        if interrupts.interrupted() {
            return Ok(last);
        }
    }
}

/// `watch --issues`: every link synced, then again after `--every`, until Ctrl-C.
fn watch_issues(ctx: &Context, args: &WatchArgs) -> Result<i32, CliError> {
    let every = match (args.every, &ctx.env.sync_interval) {
        (Some(every), _) => every,
        (None, Some(text)) => parse_interval(text).map_err(|why| {
            CliError::input(format!("GH_DEBUSSY_SYNC_INTERVAL: {why}"))
                .hint("set it to a duration such as 30m, or unset it")
        })?,
        (None, None) => Duration::from_secs(30 * 60),
    };
    let runtime = ctx.runtime()?;
    let _entered = runtime.enter();
    let interrupts = Interrupts::install();
    if !args.once {
        ctx.ui.note(&format!(
            "syncing the mirrored issues every {every:?} (Ctrl-C to stop)"
        ));
    }
    loop {
        let (report, code) = crate::cli::commands::issue::sync::sync_all(ctx, &runtime)?;
        ctx.ui.emit_line(&report);
        if args.once {
            return Ok(code);
        }
        interrupts.sleep(every, &mut || false);
        if interrupts.interrupted() {
            return Ok(code);
        }
    }
}
