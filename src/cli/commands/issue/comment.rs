//! `issue comment REF --body TEXT | --body-file FILE|-`.

use super::target::{issue_failure, reference};
use super::write::{write, Action};
use crate::cli::body::{comment_text, BodyArgs};
use crate::context::Context;
use crate::error::CliError;
use crate::tracker::Tracker;
use clap::Args;
use tokio::runtime::Runtime;

/// Add a comment.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  gh debussy-sync issue comment local#3 --body \"Looks good\"\n  echo \"From a script\" | gh debussy-sync issue comment '#12' --body-file -"
)]
pub struct CommentArgs {
    /// local#3, owner/repo#12, #12, PROJ-7, or an issue URL.
    reference: String,
    #[command(flatten)]
    body: BodyArgs,
}

pub(super) fn run(ctx: &Context, rt: &Runtime, args: CommentArgs) -> Result<(), CliError> {
    let issue = reference(ctx, &args.reference)?;
    let text = ctx.agent.sign(&comment_text(
        args.body.read(&ctx.cwd)?.unwrap_or_default(),
    )?);
    write(
        ctx,
        rt,
        issue.tracker(),
        Action::Commented,
        || format!("comment on {issue}"),
        async |t: &dyn Tracker| {
            t.comment(&issue, &text).await?;
            t.details(&issue).await
        },
        |e| issue_failure(ctx, &issue, e),
    )
}
