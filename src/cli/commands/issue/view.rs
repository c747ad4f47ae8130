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
    let mut details = rt
        .block_on(tracker.details(&issue))
        .map_err(|e| issue_failure(ctx, &issue, e))?;
    details.comments = details.comments.into_iter().map(|c| c.unsigned()).collect();
    details.progress = crate::progress_meta::progress_of(&details);
    details.body = crate::progress_meta::without_block(&details.body).to_string();
    let links = mirrors(ctx, &issue)?;
    ctx.ui.emit(&ViewReport { details, links });
    Ok(())
}

/// The issues this one mirrors, each with its link's sync state.
fn mirrors(ctx: &Context, issue: &crate::refs::IssueRef) -> Result<Vec<Mirror>, CliError> {
    // A broken link file does not keep an issue from showing: a warning.
    let links = match super::link::repository_links(ctx) {
        Ok(links) => links,
        Err(e) => {
            ctx.ui.warn(&e.message);
            return Ok(Vec::new());
        }
    };
    let path = crate::store::Store::path_in(&ctx.root);
    let store = if path.exists() {
        Some(ctx.store()?)
    } else {
        None
    };
    let mut out = Vec::new();
    for link in links.iter().filter(|l| l.has(issue)) {
        let other = if link.left == *issue {
            &link.right
        } else {
            &link.left
        };
        let key = crate::mirror::base::link_key(&link.left, &link.right);
        let status = match &store {
            Some(s) => s.status(&key)?,
            None => None,
        };
        out.push(Mirror {
            issue: other.to_string(),
            state: status
                .as_ref()
                .map_or_else(|| "pending".into(), |s| s.state.to_string()),
            synced_at: status.and_then(|s| s.synced_at),
        });
    }
    Ok(out)
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
struct ViewReport {
    #[serde(flatten)]
    details: IssueDetails,
    /// The issues this one mirrors (`issue link`), with their sync state.
    links: Vec<Mirror>,
}

/// One issue this one mirrors.
#[derive(Serialize)]
struct Mirror {
    issue: String,
    state: String,
    synced_at: Option<String>,
}

impl Report for ViewReport {
    fn always_shown(&self) -> bool {
        true
    }

    fn human(&self, ui: &Ui) -> String {
        let i = &self.details;
        let mut fields = vec![("State", state_of(i))];
        for m in &self.links {
            let at = m
                .synced_at
                .as_deref()
                .map(|t| format!(", synced {t}"))
                .unwrap_or_default();
            fields.push(("Mirrors", format!("{} ({}{at})", m.issue, m.state)));
        }
        if !i.labels.is_empty() {
            fields.push(("Labels", i.labels.join(", ")));
        }
        if !i.assignees.is_empty() {
            fields.push(("Assignees", i.assignees.join(", ")));
        }
        fields.extend(i.milestone.clone().map(|m| ("Milestone", m)));
        fields.extend(i.progress.as_ref().map(|p| ("Progress", p.summary())));
        fields.extend(i.url.clone().map(|u| ("URL", u)));
        let mut view = IssueView::new(&i.reference, &i.title, fields, &i.body);
        for c in &i.comments {
            let author = match (&c.author, &c.agent) {
                (Some(a), Some(g)) if a != g => Some(format!("{a} (agent {g})")),
                (a, g) => a.clone().or(g.clone()),
            };
            view.comment(author.as_deref(), c.created.as_deref(), &c.body);
        }
        view.render(ui)
    }
}
