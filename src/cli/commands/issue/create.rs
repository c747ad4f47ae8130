//! `issue create [WHERE] --title TEXT`.

use super::target::{failure, space};
use super::write::{write, Action};
use crate::cli::body::BodyArgs;
use crate::context::Context;
use crate::error::CliError;
use crate::tracker::{NewIssue, Tracker};
use clap::Args;
use tokio::runtime::Runtime;

/// Create an issue.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  gh debussy-sync issue create --title \"Flaky test\" --label bug\n  gh debussy-sync issue create acme/widgets --title \"Flaky test\" --body-file notes.md"
)]
pub struct CreateArgs {
    /// `local` (default), `owner/repo` (GitHub), `gitea:owner/repo`, or a Jira project key (`PROJ`).
    #[arg(value_name = "WHERE", default_value = "local")]
    place: String,
    /// The issue's title.
    #[arg(long, value_name = "TEXT")]
    title: String,
    #[command(flatten)]
    body: BodyArgs,
    /// A label to add (repeat for several).
    #[arg(long = "label", value_name = "NAME")]
    labels: Vec<String>,
    /// Someone to assign (repeat for several).
    #[arg(long = "assignee", value_name = "LOGIN")]
    assignees: Vec<String>,
    /// Milestone number (local and GitHub).
    #[arg(long, value_name = "N")]
    milestone: Option<u64>,
}

pub(super) fn run(ctx: &Context, rt: &Runtime, args: CreateArgs) -> Result<(), CliError> {
    let space = space(ctx, &args.place)?;
    if args.title.trim().is_empty() {
        return Err(CliError::input("--title is empty"));
    }
    let new = NewIssue {
        title: args.title,
        body: args.body.read(&ctx.cwd)?.unwrap_or_default(),
        labels: args.labels,
        assignees: args.assignees,
        milestone: args.milestone,
    };
    write(
        ctx,
        rt,
        space.tracker(),
        Action::Created,
        || format!("create an issue in {space}: {}", new.title),
        async |t: &dyn Tracker| t.create_issue(&space, &new).await,
        |e| failure(&space.to_string(), e),
    )
}
