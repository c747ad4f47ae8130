//! `issue search Q` and `issue list --query Q`: the query language (PRODUCT §14).

use super::list::ListReport;
use super::target::{failure, space};
use crate::context::Context;
use crate::error::CliError;
use crate::query::{self, Env, StateIs};
use crate::refs::TrackerKind;
use clap::Args;
use std::io::IsTerminal;
use tokio::runtime::Runtime;

/// Search issues with the query language, open and closed alike.
#[derive(Debug, Args)]
#[command(after_help = QUERY_HELP)]
pub struct SearchArgs {
    /// The query, e.g. 'is:open label:bug,ui -label:wontfix assignee:none sort:created-desc limit:5'.
    #[arg(value_name = "QUERY")]
    query: String,
    /// `local` (default), `owner/repo` (GitHub), `gitea:owner/repo`, or a Jira project key (`PROJ`).
    #[arg(long = "in", value_name = "WHERE", default_value = "local")]
    place: String,
    /// At most this many issues (a `limit:N` in the query wins).
    #[arg(long, default_value_t = 30, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    limit: u64,
}

pub const QUERY_HELP: &str = "Query terms (all must hold; a leading - negates one):\n  is:open|closed|in-progress   label:a,b (any of)   -label:x\n  assignee:me|NAME|none   author:NAME   milestone:\"Q1 Release\"\n  created:>7d (older than)   updated:<24h (within)   created:2026-01-01..2026-02-01\n  claimed:me|none|ID   blocked:true|false   stage:NAME   words or \"a phrase\"\n  sort:created-desc|created-asc|updated-desc|updated-asc   limit:N\n\nExamples:\n  gh debussy-sync issue search 'label:bug,ui -label:wontfix assignee:none'\n  gh debussy-sync issue search --in acme/widgets 'is:closed sort:updated-desc limit:5'";

pub(super) fn run(ctx: &Context, rt: &Runtime, args: SearchArgs) -> Result<(), CliError> {
    let limit = usize::try_from(args.limit).unwrap_or(usize::MAX);
    run_query(ctx, rt, &args.place, &args.query, None, limit)
}

/// Runs `text` over the issues of `place`; `state` is added when the query names none.
pub(super) fn run_query(
    ctx: &Context,
    rt: &Runtime,
    place: &str,
    text: &str,
    state: Option<StateIs>,
    limit: usize,
) -> Result<(), CliError> {
    let now = jiff::Timestamp::now();
    let query = query::parse(text, now)
        .map_err(|e| bad_query(ctx, text, &e))?
        .with_default_state(state);
    let space = space(ctx, place)?;
    let kind = space.tracker();
    let tracker = ctx.tracker(kind)?;
    let me = account_of(ctx, kind);
    let listed = rt
        .block_on(tracker.query_candidates(&space, &query, me.as_deref()))
        .map_err(|e| failure(&space.to_string(), e))?;
    for w in &listed.warnings {
        ctx.ui.warn(w);
    }
    let facets = if query.uses_facets() {
        super::facets::of(ctx, rt, tracker.as_ref(), &space, &query, &listed.issues)?
    } else {
        Box::new(query::Unknown)
    };
    let in_progress = &ctx.config.sync.labels.in_progress;
    let env = Env {
        me,
        agent: &ctx.agent.id,
        in_progress_label: in_progress,
        facets: facets.as_ref(),
    };
    let (issues, total) = query::select(&query, listed.issues, &env, limit);
    emit(ctx, issues, total)
}

fn emit(
    ctx: &Context,
    issues: Vec<crate::tracker::IssueDetails>,
    total: usize,
) -> Result<(), CliError> {
    let report = ListReport {
        truncated: total > issues.len(),
        total: Some(total),
        issues,
    };
    ctx.ui.emit(&report);
    if report.truncated && !ctx.ui.json {
        ctx.ui.note(&report.showing());
    }
    Ok(())
}

/// `query column N: …` (exit 2); on a terminal the hint points at the column.
fn bad_query(ctx: &Context, text: &str, e: &query::QueryError) -> CliError {
    let hint = if std::io::stderr().is_terminal() && !ctx.ui.json {
        let pad = " ".repeat(e.column.saturating_sub(1));
        format!("in the query:\n  {text}\n  {pad}^")
    } else {
        "see `gh debussy-sync issue search --help` for the query language".to_string()
    };
    CliError::input(e.to_string()).hint(hint)
}

/// The agent's account on `kind`: through the `users:` map (the person whose
/// name or any account is the agent id), else the agent id itself locally.
fn account_of(ctx: &Context, kind: TrackerKind) -> Option<String> {
    let id = ctx.agent.id.as_str();
    let person = ctx
        .config
        .users
        .iter()
        .find(|(name, accounts)| *name == id || accounts.values().any(|a| a == id));
    match person.and_then(|(_, accounts)| accounts.get(kind.as_str())) {
        Some(account) => Some(account.clone()),
        None if kind == crate::tracker::local::KIND => Some(id.to_string()),
        None => None,
    }
}
