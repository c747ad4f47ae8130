//! `issue close REF` and `issue reopen REF`. An issue already in the state asked
//! for is said to be, and nothing is written (not the comment either), as gh does;
//! the state is read under the lock the write would hold.

use super::target::{issue_failure, reference};
use super::write::{Action, Done};
use crate::cli::body::text_arg;
use crate::context::Context;
use crate::error::CliError;
use crate::refs::IssueRef;
use crate::tracker::{IssueDetails, Tracker, TrackerError};
use clap::{Args, ValueEnum};
use tokio::runtime::Runtime;

/// Close an issue.
#[derive(Debug, Args)]
#[command(
    after_help = "An issue already closed is left as it is (the comment is not posted either).\n\nExamples:\n  gh debussy-sync issue close local#3\n  gh debussy-sync issue close PROJ-7 --reason not-planned --comment \"duplicate\""
)]
pub struct CloseArgs {
    /// local#3, owner/repo#12, #12, PROJ-7, or an issue URL.
    reference: String,
    /// Why: completed or not-planned.
    #[arg(long, value_enum, default_value = "completed")]
    reason: ReasonArg,
    /// Comment before closing (`-` reads standard input).
    #[arg(long, value_name = "TEXT")]
    comment: Option<String>,
}

/// Reopen an issue.
#[derive(Debug, Args)]
#[command(
    after_help = "An issue already open is left as it is (the comment is not posted either).\n\nExamples:\n  gh debussy-sync issue reopen local#3 --comment \"not fixed yet\""
)]
pub struct ReopenArgs {
    /// local#3, owner/repo#12, #12, PROJ-7, or an issue URL.
    reference: String,
    /// Comment after reopening (`-` reads standard input).
    #[arg(long, value_name = "TEXT")]
    comment: Option<String>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ReasonArg {
    Completed,
    NotPlanned,
}

impl ReasonArg {
    fn as_str(self) -> &'static str {
        match self {
            ReasonArg::Completed => "completed",
            ReasonArg::NotPlanned => "not_planned",
        }
    }
}

/// The state `issue close` or `issue reopen` asks for.
#[derive(Debug, Clone, Copy)]
enum Wanted {
    Open,
    /// Closed, for this reason.
    Closed(ReasonArg),
}

pub(super) fn close(ctx: &Context, rt: &Runtime, args: CloseArgs) -> Result<(), CliError> {
    let wanted = Wanted::Closed(args.reason);
    set_state(ctx, rt, &args.reference, wanted, args.comment)
}

pub(super) fn reopen(ctx: &Context, rt: &Runtime, args: ReopenArgs) -> Result<(), CliError> {
    set_state(ctx, rt, &args.reference, Wanted::Open, args.comment)
}

fn set_state(
    ctx: &Context,
    rt: &Runtime,
    text: &str,
    wanted: Wanted,
    comment: Option<String>,
) -> Result<(), CliError> {
    let issue = reference(ctx, text)?;
    let comment = comment.map(|c| text_arg(&c)).transpose()?;
    let comment = comment.filter(|c| !c.trim().is_empty());
    let fail = |e| issue_failure(ctx, &issue, e);
    let _lock = if ctx.dry_run { None } else { Some(ctx.lock()?) };
    let tracker = ctx.tracker(issue.tracker())?;
    let open = matches!(wanted, Wanted::Open);
    if rt.block_on(tracker.issue(&issue)).map_err(fail)?.open == open {
        let details = rt.block_on(tracker.details(&issue)).map_err(fail)?;
        let action = match wanted {
            Wanted::Open => Action::AlreadyOpen,
            Wanted::Closed(_) => Action::AlreadyClosed,
        };
        ctx.ui.emit(&Done::issue(action, details, ctx.dry_run));
        return Ok(());
    }
    let (action, planned) = match wanted {
        Wanted::Open => (Action::Reopened, format!("reopen {issue}")),
        Wanted::Closed(r) => (Action::Closed, format!("close {issue} as {}", r.as_str())),
    };
    if ctx.dry_run {
        ctx.ui.emit(&Done::planned(planned));
        return Ok(());
    }
    let change = rt.block_on(change_state(
        tracker.as_ref(),
        &issue,
        wanted,
        comment.as_deref(),
    ));
    ctx.ui
        .emit(&Done::issue(action, change.map_err(fail)?, false));
    Ok(())
}

/// Opens or closes `issue`; a closing comment goes before the close, a reopening
/// one after.
async fn change_state(
    tracker: &dyn Tracker,
    issue: &IssueRef,
    wanted: Wanted,
    comment: Option<&str>,
) -> Result<IssueDetails, TrackerError> {
    match wanted {
        Wanted::Closed(reason) => {
            if let Some(c) = comment {
                tracker.comment(issue, c).await?;
            }
            tracker.set_open(issue, false, Some(reason.as_str())).await
        }
        Wanted::Open => {
            let details = tracker.set_open(issue, true, None).await?;
            if let Some(c) = comment {
                tracker.comment(issue, c).await?;
            }
            Ok(details)
        }
    }
}
