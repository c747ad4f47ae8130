//! `issue list|view|create|edit|close|reopen|comment`: one interface over every
//! tracker; `issue link|unlink|links|sync`: issues that mirror each other.
//!
//! One file per verb: its arguments (whose doc comments are the help) and a short
//! `run` that makes its tracker calls and hands one report to the output layer.
//! Writes go through [`write`]: a dry run says what it would do, a real run holds
//! the repository lock, as convergence does (PRODUCT §8). [`target`] reads where a
//! command points and says what a failed call there means.

mod activity;
mod claim;
mod comment;
mod create;
mod depends;
mod edit;
mod facets;
mod journal;
mod link;
mod list;
mod progress;
mod ready;
mod resolve;
mod search;
mod state;
pub mod sync;
mod target;
mod view;
mod write;

use crate::context::Context;
use crate::error::{exit, CliError};
use clap::{Args, Subcommand};

#[derive(Debug, Args)]
pub struct IssueArgs {
    #[command(subcommand)]
    pub command: IssueCommand,
}

#[derive(Debug, Subcommand)]
pub enum IssueCommand {
    List(list::ListArgs),
    View(view::ViewArgs),
    Create(create::CreateArgs),
    Edit(edit::EditArgs),
    Close(state::CloseArgs),
    Reopen(state::ReopenArgs),
    Comment(comment::CommentArgs),
    Link(link::LinkArgs),
    /// Remove the link between two issues.
    Unlink(link::LinkArgs),
    Links(link::LinksArgs),
    Sync(sync::SyncArgs),
    Search(search::SearchArgs),
    Claim(claim::ClaimArgs),
    Depends(depends::DependsArgs),
    Ready(ready::ReadyArgs),
    Progress(progress::ProgressArgs),
    Activity(activity::ActivityArgs),
}

pub fn run(ctx: &Context, args: IssueArgs) -> Result<i32, CliError> {
    let rt = ctx.runtime()?;
    let _entered = rt.enter();
    match args.command {
        IssueCommand::List(a) => list::run(ctx, &rt, a),
        IssueCommand::View(a) => view::run(ctx, &rt, a),
        IssueCommand::Create(a) => create::run(ctx, &rt, a),
        IssueCommand::Edit(a) => edit::run(ctx, &rt, a),
        IssueCommand::Close(a) => state::close(ctx, &rt, a),
        IssueCommand::Reopen(a) => state::reopen(ctx, &rt, a),
        IssueCommand::Comment(a) => comment::run(ctx, &rt, a),
        IssueCommand::Link(a) => link::link(ctx, a, true),
        IssueCommand::Unlink(a) => link::link(ctx, a, false),
        IssueCommand::Links(a) => link::list(ctx, a),
        IssueCommand::Sync(a) => return sync::run(ctx, &rt, a),
        IssueCommand::Search(a) => search::run(ctx, &rt, a),
        IssueCommand::Claim(a) => claim::run(ctx, &rt, a),
        IssueCommand::Depends(a) => depends::run(ctx, &rt, a),
        IssueCommand::Ready(a) => ready::run(ctx, &rt, a),
        IssueCommand::Progress(a) => progress::run(ctx, &rt, a),
        IssueCommand::Activity(a) => activity::run(ctx, &rt, a),
    }?;
    Ok(exit::OK)
}
