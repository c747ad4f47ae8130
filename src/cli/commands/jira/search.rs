//! `jira search "JQL"`.

use super::{connect, failure};
use crate::context::Context;
use crate::error::CliError;
use crate::output::{issue_table, Report, Ui};
use crate::tracker::jira::JiraIssue;
use clap::Args;
use serde::Serialize;

/// Search with JQL.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  gh debussy-sync jira search \"project = PROJ AND statusCategory != Done\" --limit 20\n  gh debussy-sync --jq '.issues[].key' jira search \"assignee = currentUser()\""
)]
pub struct SearchArgs {
    /// The JQL query, e.g. "project = PROJ AND statusCategory != Done".
    jql: String,
    /// At most this many issues.
    #[arg(long, default_value_t = 50, value_name = "N")]
    limit: usize,
}

pub(super) fn run(ctx: &Context, args: SearchArgs) -> Result<(), CliError> {
    let (jira, rt) = connect(ctx)?;
    let issues = rt
        .block_on(jira.search(&args.jql, args.limit))
        .map_err(|e| failure("search", e))?;
    ctx.ui.emit(&SearchReport {
        jql: args.jql,
        issues,
    });
    Ok(())
}

#[derive(Serialize)]
struct SearchReport {
    jql: String,
    issues: Vec<JiraIssue>,
}

impl Report for SearchReport {
    fn always_shown(&self) -> bool {
        true
    }

    fn human(&self, _ui: &Ui) -> String {
        let row = |i: &JiraIssue| vec![i.key.clone(), i.status.clone(), i.summary.clone()];
        issue_table(self.issues.iter().map(row))
    }
}
