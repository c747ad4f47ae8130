//! `issue view REF`: an issue with its comments.

use super::target::{issue_failure, reference};
use crate::context::Context;
use crate::error::CliError;
use crate::output::{IssueView, Report, Ui};
use crate::tracker::IssueDetails;
use clap::Args;
use serde::Serialize;
use tokio::runtime::Runtime;

/// Show an issue with its comments.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  gh debussy-sync issue view local#3\n  gh debussy-sync issue view acme/widgets#12\n  gh debussy-sync --json issue view PROJ-7"
)]
pub struct ViewArgs {
    /// local#3, owner/repo#12, #12, PROJ-7, or an issue URL.
    reference: String,
}

pub(super) fn run(ctx: &Context, rt: &Runtime, args: ViewArgs) -> Result<(), CliError> {
    let issue = reference(ctx, &args.reference)?;
    let tracker = ctx.tracker(issue.tracker())?;
    let details = rt
        .block_on(tracker.details(&issue))
        .map_err(|e| issue_failure(ctx, &issue, e))?;
    ctx.ui.emit(&ViewReport(details));
    Ok(())
}

/// The state column of a list or view: Jira's workflow status, else open or closed
/// (with the reason it was closed for).
pub(super) fn state_of(i: &IssueDetails) -> String {
    match (&i.status, &i.state_reason) {
        (Some(status), _) => status.clone(),
        (None, Some(reason)) if i.state == crate::tracker::IssueState::Closed => {
            format!("closed ({reason})")
        }
        _ => i.state.to_string(),
    }
}

#[derive(Serialize)]
#[serde(transparent)]
struct ViewReport(IssueDetails);

impl Report for ViewReport {
    fn always_shown(&self) -> bool {
        true
    }

    fn human(&self, ui: &Ui) -> String {
        let i = &self.0;
        let mut fields = vec![("State", state_of(i))];
        if !i.labels.is_empty() {
            fields.push(("Labels", i.labels.join(", ")));
        }
        if !i.assignees.is_empty() {
            fields.push(("Assignees", i.assignees.join(", ")));
        }
        fields.extend(i.milestone.clone().map(|m| ("Milestone", m)));
        fields.extend(i.url.clone().map(|u| ("URL", u)));
        let mut view = IssueView::new(&i.reference, &i.title, fields, &i.body);
        for c in &i.comments {
            view.comment(c.author.as_deref(), c.created.as_deref(), &c.body);
        }
        view.render(ui)
    }
}
