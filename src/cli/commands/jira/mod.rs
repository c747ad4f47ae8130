//! `jira view|transitions|transition|comment|search|whoami`: the Jira shell bridge.
//!
//! One file per subcommand. Each reads its input first (a malformed key is an
//! input error before any credential or network is reached), then [`connect`]s and
//! hands one report to the output layer.

mod comment;
mod search;
mod transition;
mod transitions;
mod view;
mod whoami;

use crate::context::Context;
use crate::error::{exit, CliError};
use crate::refs::{parse_reference, IssueRef, ListKind};
use crate::tracker::jira::JiraTracker;
use crate::tracker::TrackerError;
use clap::{Args, Subcommand};
use tokio::runtime::Runtime;

#[derive(Debug, Args)]
pub struct JiraArgs {
    #[command(subcommand)]
    pub command: JiraCommand,
}

#[derive(Debug, Subcommand)]
pub enum JiraCommand {
    View(view::ViewArgs),
    Transitions(transitions::TransitionsArgs),
    Transition(transition::TransitionArgs),
    Comment(comment::CommentArgs),
    Search(search::SearchArgs),
    Whoami(whoami::WhoamiArgs),
}

pub fn run(ctx: &Context, args: JiraArgs) -> Result<i32, CliError> {
    match args.command {
        JiraCommand::View(a) => view::run(ctx, a),
        JiraCommand::Transitions(a) => transitions::run(ctx, a),
        JiraCommand::Transition(a) => transition::run(ctx, a),
        JiraCommand::Comment(a) => comment::run(ctx, a),
        JiraCommand::Search(a) => search::run(ctx, a),
        JiraCommand::Whoami(_) => whoami::run(ctx),
    }?;
    Ok(exit::OK)
}

/// The Jira site from the configuration and credentials, and a runtime to call it.
fn connect(ctx: &Context) -> Result<(JiraTracker, Runtime), CliError> {
    let jira = ctx.jira()?;
    Ok((jira, ctx.runtime()?))
}

/// The key of an issue given as `PROJ-7` or a browse URL.
fn key_of(text: &str) -> Result<String, CliError> {
    match parse_reference(
        text,
        ListKind::Of(crate::tracker::jira::KIND),
        &Default::default(),
    ) {
        Ok(IssueRef::Key {
            kind: crate::tracker::jira::KIND,
            key,
        }) => Ok(key),
        _ => Err(CliError::input(format!("'{text}' is not a Jira issue key"))
            .hint("write KEY-123 or https://…/browse/KEY-123")),
    }
}

/// A failed Jira call about `key` (or `search`, `whoami`).
fn failure(key: &str, e: TrackerError) -> CliError {
    match e {
        TrackerError::NotFound => CliError::new(exit::FAILURE, format!("{key} not found"))
            .hint("check the key and that your account can see the issue"),
        TrackerError::Auth(m) => CliError::new(exit::FAILURE, format!("Jira: {m}")),
        other => CliError::new(exit::FAILURE, format!("Jira: {other}")),
    }
}
