//! `issue edit REF`: title, body, labels, assignees or milestone.

use super::target::{issue_failure, reference};
use super::write::{write, Action};
use crate::cli::body::BodyArgs;
use crate::context::Context;
use crate::error::CliError;
use crate::tracker::{IssueEdit, Tracker};
use clap::Args;
use tokio::runtime::Runtime;

/// Edit title, body, labels, assignees or milestone.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  gh debussy-sync issue edit local#3 --add-label p1 --remove-label triage\n  gh debussy-sync issue edit '#12' --title \"Better title\" --milestone none"
)]
pub struct EditArgs {
    /// local#3, owner/repo#12, #12, PROJ-7, or an issue URL.
    reference: String,
    /// The new title.
    #[arg(long, value_name = "TEXT")]
    title: Option<String>,
    #[command(flatten)]
    body: BodyArgs,
    /// Add a label (repeat for several); other labels are kept.
    #[arg(long = "add-label", value_name = "NAME")]
    add_labels: Vec<String>,
    /// Remove a label (repeat for several).
    #[arg(long = "remove-label", value_name = "NAME")]
    remove_labels: Vec<String>,
    /// Assign someone (repeat for several).
    #[arg(long = "add-assignee", value_name = "LOGIN")]
    add_assignees: Vec<String>,
    /// Unassign someone (repeat for several).
    #[arg(long = "remove-assignee", value_name = "LOGIN")]
    remove_assignees: Vec<String>,
    /// Milestone number, or `none` to remove it.
    #[arg(long, value_name = "N|none")]
    milestone: Option<String>,
}

pub(super) fn run(ctx: &Context, rt: &Runtime, args: EditArgs) -> Result<(), CliError> {
    let issue = reference(ctx, &args.reference)?;
    let edit = IssueEdit {
        milestone: args.milestone.as_deref().map(milestone).transpose()?,
        title: args.title,
        body: args.body.read(&ctx.cwd)?,
        add_labels: args.add_labels,
        remove_labels: args.remove_labels,
        add_assignees: args.add_assignees,
        remove_assignees: args.remove_assignees,
    };
    if edit.is_empty() {
        return Err(CliError::input("nothing to edit")
            .hint("pass --title, --body, --add-label, --remove-label, --add-assignee, --remove-assignee or --milestone"));
    }
    write(
        ctx,
        rt,
        issue.tracker(),
        Action::Edited,
        || format!("edit {issue}"),
        async |t: &dyn Tracker| t.edit_issue(&issue, &edit).await,
        |e| issue_failure(ctx, &issue, e),
    )
}

/// `--milestone N|none`: a milestone number, or `None` to remove it.
fn milestone(text: &str) -> Result<Option<u64>, CliError> {
    if text == "none" {
        return Ok(None);
    }
    text.parse::<u64>().map(Some).map_err(|_| {
        CliError::input(format!("--milestone: '{text}' is not a number"))
            .hint("pass a milestone number, or none")
    })
}
