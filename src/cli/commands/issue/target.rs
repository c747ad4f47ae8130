//! Where an issue command points (a place for issues, or one issue) and what a
//! failed tracker call there means to the user.

use crate::context::Context;
use crate::error::{exit, CliError};
use crate::refs::{accepted_forms, parse_reference, IssueRef, ListKind};
use crate::tracker::{Space, TrackerError};

/// Parses a reference given on the command line; unknown forms are input errors.
pub(super) fn reference(ctx: &Context, text: &str) -> Result<IssueRef, CliError> {
    parse_reference(text, ListKind::Mixed, ctx.plans().scope())
        .map(|issue| ctx.canonical(issue))
        .map_err(|e| {
            CliError::input(e.to_string()).hint(format!("accepted forms: {}", accepted_forms()))
        })
}

/// `local`, `owner/repo`, `gitea:owner/repo`, or a Jira project key.
pub(super) fn space(ctx: &Context, text: &str) -> Result<Space, CliError> {
    crate::tracker::registry::space(text, ctx.plans().scope()).ok_or_else(|| {
        CliError::input(format!("'{text}' is not a place for issues"))
            .hint("use local, owner/repo, gitea:owner/repo, or a Jira project key such as PROJ")
    })
}

/// A failed call about `what` (a place, or a remote issue).
pub(super) fn failure(what: &str, e: TrackerError) -> CliError {
    match e {
        TrackerError::NotFound => CliError::new(exit::FAILURE, format!("{what} not found"))
            .hint("check the reference and that your account can see it"),
        other => CliError::new(exit::FAILURE, format!("{what}: {other}")),
    }
}

/// A failed call about one issue: a missing issue is said as its tracker says it
/// (a local issue names the file looked for).
pub(super) fn issue_failure(ctx: &Context, issue: &IssueRef, e: TrackerError) -> CliError {
    let module = crate::tracker::registry::module(issue.tracker());
    match e {
        TrackerError::NotFound => module
            .not_found(&ctx.trackers(), issue, &ctx.cwd)
            .unwrap_or_else(|| failure(&issue.to_string(), TrackerError::NotFound)),
        e => failure(&issue.to_string(), e),
    }
}
