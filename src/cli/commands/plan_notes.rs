//! `plan notes [--plan P | --all] [--since DATE | --milestone NAME] [--format
//! markdown|json]`: release notes of completed work. Reads only: nothing is
//! recorded, no tracker is written. `release create` writes these same notes.

use crate::context::Context;
use crate::error::{exit, CliError};
use crate::notes::{self, describe, NoteIssue, PlanNotes, Read, Selection};
use crate::output::{Report, Ui};
use crate::plan::Plan;
use crate::refs::IssueRef;
use crate::store::Store;
use crate::tracker::registry::module;
use crate::tracker::{Observation, ObserveRequest, Space};
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
    #[arg(long, value_name = "DATE", conflicts_with = "milestone")]
    pub since: Option<String>,
    /// Only work whose issues are in the milestone titled NAME (any case): a whole
    /// plan when one of its plan-level issues is, else the phases one of whose own
    /// issues is.
    #[arg(long, value_name = "NAME")]
    pub milestone: Option<String>,
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
    let milestone = milestone_name(args.milestone.as_deref())?;
    let plans = if args.all {
        crate::cli::commands::status::chosen_plans(ctx, None, true)?
    } else {
        vec![ctx.load_plan_for_writing(args.plan.as_deref())?]
    };
    let report = NotesReport {
        plans: collect(ctx, &plans, since, milestone)?,
        warnings: Vec::new(),
    };
    if args.format == Some(Format::Json) && !ctx.ui.json {
        let mut ui = ctx.ui.clone();
        ui.json = true;
        ui.emit(&report);
    } else {
        ctx.ui.emit(&report);
    }
    Ok(exit::OK)
}

/// `--milestone NAME`, which must name something.
pub fn milestone_name(name: Option<&str>) -> Result<Option<&str>, CliError> {
    match name.map(str::trim) {
        Some("") => Err(CliError::input("--milestone is empty")
            .hint("give the milestone's title, e.g. --milestone \"v1.0\"")),
        other => Ok(other),
    }
}

/// The notes of `plans`: their completed phases (since `since`, in the milestone
/// titled `milestone`) with their issues as the trackers show them.
pub fn collect(
    ctx: &Context,
    plans: &[Plan],
    since: Option<jiff::Timestamp>,
    milestone: Option<&str>,
) -> Result<Vec<PlanNotes>, CliError> {
    let history = completion_history(ctx)?;
    let runtime = ctx.runtime()?;
    let _entered = runtime.enter();
    let mut out = Vec::new();
    for plan in plans {
        let facts = ctx.facts(plan, None)?;
        let at = history.get(&plan.key).map(String::as_str);
        let completed_at = notes::plan_completed_at(&facts, at);
        if let Some(selection) = notes::select(plan, &facts, completed_at, since) {
            out.extend(read_issues(ctx, plan, &selection, milestone, &runtime));
        }
    }
    Ok(out)
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

/// The selection's issues, read with one batched request per tracker (with their
/// milestones when `milestone` narrows the notes); `None` when nothing of the
/// selection is in that milestone.
fn read_issues(
    ctx: &Context,
    plan: &Plan,
    selection: &Selection,
    milestone: Option<&str>,
    runtime: &tokio::runtime::Runtime,
) -> Option<PlanNotes> {
    let trackers = ctx.trackers_for(plan);
    let mut requests: BTreeMap<_, ObserveRequest> = BTreeMap::new();
    for issue in selection.issues() {
        let kind = issue.tracker();
        if trackers.get(kind).is_ok() {
            let request = requests.entry(kind).or_default();
            request.issues.push(issue);
            request.milestones = milestone.is_some();
        }
    }
    let observed = runtime.block_on(crate::engine::read(&requests, &trackers));
    let narrowed;
    let selection = match milestone {
        None => selection,
        Some(name) => {
            let carries = |issue: &IssueRef| {
                milestone_of(&observed, issue).is_some_and(|title| title.eq_ignore_ascii_case(name))
            };
            narrowed = selection.in_milestone(&carries)?;
            &narrowed
        }
    };
    let describe_one = |issue: &IssueRef| -> NoteIssue {
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
    Some(selection.notes(&describe_one))
}

/// The title of the milestone `issue` is in, as read.
fn milestone_of<'a>(observed: &'a Observation, issue: &IssueRef) -> Option<&'a str> {
    let snapshot = observed.issues.get(issue)?.as_ref().ok()?;
    let key = (Space::of(issue)?, snapshot.milestone?);
    let milestone = observed.milestones.get(&key)?.as_ref().ok()?;
    Some(milestone.title.as_str())
}
