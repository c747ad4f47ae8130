//! `jira view KEY`: an issue with its comments.

use super::{connect, failure, key_of};
use crate::context::Context;
use crate::error::CliError;
use crate::output::{IssueView, Report, Ui};
use crate::tracker::jira::{JiraComment, JiraIssue};
use crate::tracker::TrackerError;
use clap::Args;
use serde::Serialize;

/// Show an issue with its comments.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  gh debussy-sync jira view PROJ-7\n  gh debussy-sync --jq .status jira view PROJ-7"
)]
pub struct ViewArgs {
    /// Issue key (PROJ-7) or browse URL.
    key: String,
}

pub(super) fn run(ctx: &Context, args: ViewArgs) -> Result<(), CliError> {
    let key = key_of(&args.key)?;
    let (jira, rt) = connect(ctx)?;
    let (issue, comments) = rt
        .block_on(async {
            Ok::<_, TrackerError>((jira.view(&key).await?, jira.comments(&key).await?))
        })
        .map_err(|e| failure(&key, e))?;
    ctx.ui.emit(&ViewReport { issue, comments });
    Ok(())
}

#[derive(Serialize)]
struct ViewReport {
    #[serde(flatten)]
    issue: JiraIssue,
    comments: Vec<JiraComment>,
}

impl Report for ViewReport {
    fn always_shown(&self) -> bool {
        true
    }

    fn human(&self, ui: &Ui) -> String {
        let i = &self.issue;
        let mut fields = vec![("Status", i.status.clone())];
        fields.extend(i.resolution.clone().map(|r| ("Resolution", r)));
        fields.extend(i.issue_type.clone().map(|t| ("Type", t)));
        let assignee = i.assignee.clone().unwrap_or_else(|| "unassigned".into());
        fields.push(("Assignee", assignee));
        if !i.labels.is_empty() {
            fields.push(("Labels", i.labels.join(", ")));
        }
        fields.push(("URL", i.url.clone()));
        let description = i.description.as_deref().unwrap_or_default();
        let mut view = IssueView::new(&i.key, &i.summary, fields, description);
        for c in &self.comments {
            view.comment(c.author.as_deref(), c.created.as_deref(), &c.body);
        }
        view.render(ui)
    }
}
