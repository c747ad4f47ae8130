//! `plan notes [--plan P | --all] [--since DATE] [--format markdown|json]`: release
//! notes of completed work. Reads only: nothing is recorded, no tracker is written.

use crate::context::Context;
use crate::error::{exit, CliError};
use crate::notes::{self, describe, NoteIssue, PlanNotes, Read, Selection};
use crate::output::{Report, Ui};
use crate::plan::Plan;
use crate::store::Store;
use crate::tracker::registry::module;
use crate::tracker::ObserveRequest;
use clap::{Args, ValueEnum};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct NotesArgs {
    /// The master plan (default: Debussy's current run, else the only master plan).
    #[arg(long, value_name = "PATH", conflicts_with = "all")]
    pub plan: Option<PathBuf>,
    /// Every master plan in the repository with completed work.
    #[arg(long)]
    pub all: bool,
    /// Only phases completed at or after this time (YYYY-MM-DD or RFC 3339).
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// markdown (default) or json (the same as --json).
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<Format>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Markdown,
    Json,
}

/// The notes of every plan asked for.
#[derive(Debug, Serialize)]
struct NotesReport {
    plans: Vec<PlanNotes>,
    /// Filled with the run's warnings by the output layer.
    warnings: Vec<String>,
}

impl Report for NotesReport {
    fn always_shown(&self) -> bool {
        true
    }

    fn human(&self, _ui: &Ui) -> String {
        if self.plans.is_empty() {
            return "No completed work.\n".into();
        }
        notes::markdown(&self.plans)
    }
}

pub fn run(ctx: &Context, args: NotesArgs) -> Result<i32, CliError> {
    if args.format == Some(Format::Markdown) && ctx.ui.json {
        return Err(
            CliError::input("--format markdown and --json ask for two different outputs").hint(
                "use one: --json (or --format json) for scripts, --format markdown for people",
            ),
        );
    }
    let since = match &args.since {
        None => None,
        Some(text) => Some(notes::parse_time(text).ok_or_else(|| {
            CliError::input(format!("--since {text:?} is not a date"))
                .hint("give YYYY-MM-DD or an RFC 3339 time, e.g. --since 2026-01-15")
        })?),
    };
    let plans = if args.all {
        crate::cli::commands::status::chosen_plans(ctx, None, true)?
    } else {
        vec![ctx.load_plan_for_writing(args.plan.as_deref())?]
    };
    let history = completion_history(ctx)?;
    let runtime = ctx.runtime()?;
    let _entered = runtime.enter();
    let mut report = NotesReport {
        plans: Vec::new(),
        warnings: Vec::new(),
    };
    for plan in &plans {
        let facts = ctx.facts(plan, None)?;
        let at = history.get(&plan.key).map(String::as_str);
        let completed_at = notes::plan_completed_at(&facts, at);
        if let Some(selection) = notes::select(plan, &facts, completed_at, since) {
            report
                .plans
                .push(read_issues(ctx, plan, &selection, &runtime));
        }
    }
    if args.format == Some(Format::Json) && !ctx.ui.json {
        let mut ui = ctx.ui.clone();
        ui.json = true;
        ui.emit(&report);
    } else {
        ctx.ui.emit(&report);
    }
    Ok(exit::OK)
}

/// The latest completion time of each plan in the history (none without a store:
/// reading never creates it).
fn completion_history(ctx: &Context) -> Result<BTreeMap<String, String>, CliError> {
    let path = Store::path_in(&ctx.root);
    if !path.exists() {
        return Ok(BTreeMap::new());
    }
    let completions = Store::open(&path)?.completions()?;
    Ok(completions.into_iter().map(|c| (c.plan, c.at)).collect())
}

/// The selection's issues, read with one batched request per tracker.
fn read_issues(
    ctx: &Context,
    plan: &Plan,
    selection: &Selection,
    runtime: &tokio::runtime::Runtime,
) -> PlanNotes {
    let trackers = ctx.trackers_for(plan);
    let mut requests: BTreeMap<_, ObserveRequest> = BTreeMap::new();
    for issue in selection.issues() {
        let kind = issue.tracker();
        if trackers.get(kind).is_ok() {
            requests.entry(kind).or_default().issues.push(issue);
        }
    }
    let observed = runtime.block_on(crate::engine::read(&requests, &trackers));
    let describe_one = |issue: &crate::refs::IssueRef| -> NoteIssue {
        let url = module(issue.tracker()).issue_url(&ctx.config, issue);
        let (note, warning) = match trackers.get(issue.tracker()) {
            Err(reason) => describe(issue, Read::Unavailable(&reason), url),
            Ok(_) => describe(issue, Read::Observed(observed.issues.get(issue)), url),
        };
        if let Some(w) = warning {
            ctx.ui.warn(&w);
        }
        note
    };
    selection.notes(&describe_one)
}
