//! `issue list [WHERE]`: the newest matching issues, and how many match.

use super::target::{failure, space};
use super::view::state_of;
use crate::context::Context;
use crate::error::CliError;
use crate::output::{count, issue_table, Report, Ui};
use crate::query::StateIs;
use crate::tracker::{IssueDetails, IssueFilter, StateFilter};
use clap::{Args, ValueEnum};
use serde::Serialize;
use tokio::runtime::Runtime;

/// List issues of the local tracker, a GitHub repository or a Jira project.
#[derive(Debug, Args)]
#[command(
    after_help = "Newest first. When more issues match than --limit shows, a line on stderr says so (\"Showing 30 of 200 issues\"). With --json, `total` is how many issues match, or null when the tracker cannot tell without reading every page (GitHub, Jira Cloud), and `truncated` says whether more match than are listed.\n\nExamples:\n  gh debussy-sync issue list\n  gh debussy-sync issue list acme/widgets --label bug --state all --limit 100\n  gh debussy-sync --jq '.issues[].ref' issue list PROJ"
)]
pub struct ListArgs {
    /// `local` (default), `owner/repo` (GitHub), `gitea:owner/repo`, or a Jira project key (`PROJ`).
    #[arg(value_name = "WHERE", default_value = "local")]
    place: String,
    /// Which issues: open, closed or all.
    #[arg(long, value_enum, default_value = "open")]
    state: StateArg,
    /// Only issues with this label.
    #[arg(long, value_name = "NAME")]
    label: Option<String>,
    /// Only issues assigned to this person.
    #[arg(long, value_name = "LOGIN")]
    assignee: Option<String>,
    /// Only issues matching this query (see `issue search --help`); --state
    /// applies when the query has no is:.
    #[arg(long, value_name = "QUERY", conflicts_with_all = ["label", "assignee"])]
    query: Option<String>,
    /// At most this many issues.
    #[arg(long, default_value_t = 30, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    limit: u64,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum StateArg {
    Open,
    Closed,
    All,
}

impl From<StateArg> for StateFilter {
    fn from(state: StateArg) -> StateFilter {
        match state {
            StateArg::Open => StateFilter::Open,
            StateArg::Closed => StateFilter::Closed,
            StateArg::All => StateFilter::All,
        }
    }
}

pub(super) fn run(ctx: &Context, rt: &Runtime, args: ListArgs) -> Result<(), CliError> {
    if let Some(query) = &args.query {
        let state = match args.state {
            StateArg::Open => Some(StateIs::Open),
            StateArg::Closed => Some(StateIs::Closed),
            StateArg::All => None,
        };
        let limit = usize::try_from(args.limit).unwrap_or(usize::MAX);
        return super::search::run_query(ctx, rt, &args.place, query, state, limit);
    }
    let space = space(ctx, &args.place)?;
    let tracker = ctx.tracker(space.tracker())?;
    let filter = IssueFilter {
        state: args.state.into(),
        label: args.label,
        assignee: args.assignee,
        limit: usize::try_from(args.limit).unwrap_or(usize::MAX),
    };
    let listed = rt
        .block_on(tracker.list_issues(&space, &filter))
        .map_err(|e| failure(&space.to_string(), e))?;
    for w in &listed.warnings {
        ctx.ui.warn(w);
    }
    let report = ListReport {
        issues: listed.issues,
        total: listed.total,
        truncated: listed.truncated,
    };
    ctx.ui.emit(&report);
    if report.truncated && !ctx.ui.json {
        ctx.ui.note(&report.showing());
    }
    Ok(())
}

/// `issue list`: the issues shown, and how many match (`total`: `null` when the
/// tracker cannot tell; `truncated`: more match than are shown).
#[derive(Serialize)]
pub(super) struct ListReport {
    pub(super) issues: Vec<IssueDetails>,
    pub(super) total: Option<usize>,
    pub(super) truncated: bool,
}

impl ListReport {
    /// The line saying that the list was cut: `Showing 30 of 200 issues, …`.
    pub(super) fn showing(&self) -> String {
        let shown = self.issues.len();
        match self.total {
            Some(total) => format!(
                "Showing {shown} of {}, newest first; --limit N shows more",
                count(total, "issue", "issues")
            ),
            None => format!(
                "Showing the newest {}; more match, --limit N shows more",
                count(shown, "issue", "issues")
            ),
        }
    }
}

impl Report for ListReport {
    fn always_shown(&self) -> bool {
        true
    }

    fn human(&self, _ui: &Ui) -> String {
        issue_table(self.issues.iter().map(|i| {
            let labels = i.labels.join(", ");
            vec![i.reference.clone(), state_of(i), i.title.clone(), labels]
        }))
    }
}
