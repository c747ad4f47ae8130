//! Where an issue command points (a place for issues, or one issue) and what a
//! failed tracker call there means to the user.

use crate::context::Context;
use crate::error::{exit, CliError};
use crate::refs::{parse_reference, IssueRef, ListKind, RepoRef, ACCEPTED_FORMS};
use crate::tracker::{Space, TrackerError};

/// Parses a reference given on the command line; unknown forms are input errors.
pub(super) fn reference(ctx: &Context, text: &str) -> Result<IssueRef, CliError> {
    parse_reference(text, ListKind::Mixed, ctx.plans().scope())
        .map(|issue| ctx.canonical(issue))
        .map_err(|e| {
            CliError::input(e.to_string()).hint(format!("accepted forms: {ACCEPTED_FORMS}"))
        })
}

/// `local`, `owner/repo`, or a Jira project key.
pub(super) fn space(text: &str) -> Result<Space, CliError> {
    if text == "local" {
        return Ok(Space::Whole(crate::tracker::local::KIND));
    }
    if let Some(repo) = RepoRef::parse(text) {
        return Ok(Space::Repo(crate::tracker::github::KIND, repo));
    }
    let project_like = text.len() >= 2
        && text.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && text
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
    if project_like {
        return Ok(Space::Project(crate::tracker::jira::KIND, text.to_string()));
    }
    Err(
        CliError::input(format!("'{text}' is not a place for issues"))
            .hint("use local, owner/repo, or a Jira project key such as PROJ"),
    )
}

/// A failed call about `what` (a place, or a remote issue).
pub(super) fn failure(what: &str, e: TrackerError) -> CliError {
    match e {
        TrackerError::NotFound => CliError::new(exit::FAILURE, format!("{what} not found"))
            .hint("check the reference and that your account can see it"),
        other => CliError::new(exit::FAILURE, format!("{what}: {other}")),
    }
}

/// A failed call about one issue: a missing local issue names the file looked for.
pub(super) fn issue_failure(ctx: &Context, issue: &IssueRef, e: TrackerError) -> CliError {
    match (issue, e) {
        (
            IssueRef::Number {
                kind: crate::tracker::local::KIND,
                number,
            },
            TrackerError::NotFound,
        ) => {
            let path = ctx.local().issue_path(*number);
            let shown = path.strip_prefix(&ctx.cwd).unwrap_or(&path);
            CliError::new(
                exit::FAILURE,
                format!("{issue} not found: no file {}", shown.display()),
            )
            .hint("`gh debussy-sync issue list --state all` shows the local issues; `gh debussy-sync issue create --title TEXT` makes one")
        }
        (_, e) => failure(&issue.to_string(), e),
    }
}
