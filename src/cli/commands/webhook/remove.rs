//! `webhook remove ID [--apply]`: deletes one of the repository's hooks (its id
//! from `webhook list`). Previews by default.

use super::{applies, hooks_of, planned, read_failed, settled, HookView, Where, WriteReport};
use crate::context::Context;
use crate::error::CliError;
use crate::operation::ActionKind;
use clap::Args;

/// Remove the hook ID from the repository.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  gh debussy-sync webhook remove 12345678\n  gh debussy-sync webhook remove 12345678 --apply"
)]
pub struct RemoveArgs {
    /// The hook's id, as `webhook list` shows it.
    pub id: u64,
    #[command(flatten)]
    pub place: Where,
    /// Delete the hook (without it: show what would be deleted).
    #[arg(long)]
    pub apply: bool,
}

pub(super) fn run(ctx: &Context, args: RemoveArgs) -> Result<i32, CliError> {
    let space = args.place.space(ctx)?;
    let runtime = ctx.runtime()?;
    let _entered = runtime.enter();
    let tracker = ctx.tracker(space.tracker())?;
    let hooks = hooks_of(tracker.as_ref())?;
    let apply = applies(ctx, space.tracker(), args.apply);
    let _lock = if apply { Some(ctx.lock()?) } else { None };
    let removal = runtime
        .block_on(crate::webhook::remove(hooks, &space, args.id, apply))
        .map_err(|e| read_failed(&space, e))?
        .ok_or_else(|| {
            CliError::input(format!("{space} has no hook {}", args.id)).hint(
                "see the repository's hooks and their ids with `gh debussy-sync webhook list`",
            )
        })?;
    let hook = &removal.hook;
    let target = format!("{space} hooks");
    let mut op = planned(&space, ActionKind::DeleteHook, target, &hook.url);
    op.describe = format!("delete hook {} → {}", hook.id, hook.url);
    let report = WriteReport {
        plan: None,
        dry_run: !apply,
        hook: Some(HookView::from(hook)),
        operations: vec![settled(op, removal.written.as_ref())],
        warnings: Vec::new(),
        nothing: String::new(),
    };
    if apply {
        report.journal(ctx)?;
    }
    ctx.ui.emit(&report);
    Ok(report.code())
}
