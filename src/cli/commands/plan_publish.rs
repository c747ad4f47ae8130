//! `plan publish [--plan P] [--tracker KIND] [--milestone NAME] [--due DATE]
//! [--apply]`: the issues a plan lacks, created and linked back into its files.
//! A preview by default; `--apply` writes, under the repository lock.

use crate::context::Context;
use crate::error::{exit, CliError};
use crate::operation::OpStatus;
use crate::output::{table, Paint, Report, Ui};
use crate::plan::{Plan, PlanError, RepoRoot};
use crate::publish::plan::Options;
use crate::publish::run::{Action, IssueRow, Publish};
use crate::refs::{RefShape, TrackerKind};
use crate::tracker::registry::{self, module};
use crate::tracker::LabelSpec;
use clap::Args;
use serde::Serialize;
use std::path::{Path, PathBuf};

#[derive(Debug, Args)]
pub struct PublishArgs {
    /// The master plan (default: Debussy's current run, else the only master plan).
    #[arg(long, value_name = "PATH")]
    pub plan: Option<PathBuf>,
    /// Where to create the issues: github, gitea, jira or local (default: the
    /// plan's repository, else local).
    #[arg(long, value_name = "KIND")]
    pub tracker: Option<String>,
    /// Put new issues in this milestone (created when missing).
    #[arg(long, value_name = "NAME")]
    pub milestone: Option<String>,
    /// The milestone's due date when it is created (YYYY-MM-DD; default: the
    /// plan's front matter `due:`).
    #[arg(long, value_name = "DATE", requires = "milestone")]
    pub due: Option<String>,
    /// Create and link the issues (without it: a preview, nothing written).
    #[arg(long)]
    pub apply: bool,
}

#[derive(Debug, Serialize)]
struct PublishReport {
    plan: String,
    tracker: &'static str,
    space: String,
    applied: bool,
    actions: Vec<Action>,
    issues: Vec<IssueRow>,
    warnings: Vec<String>,
}

impl Report for PublishReport {
    fn human(&self, ui: &Ui) -> String {
        let verb = if self.applied {
            "Published"
        } else {
            "Would publish"
        };
        let mut out = format!("{verb} {} to {}\n", self.plan, self.space);
        if self.actions.is_empty() {
            out.push_str("Nothing to do: every issue is published and up to date.\n");
            return out;
        }
        let rows: Vec<Vec<String>> = self
            .actions
            .iter()
            .map(|a| {
                let mut value = a.value.clone().unwrap_or_default();
                if let Some(m) = &a.message {
                    value = format!("{value} ({m})");
                }
                let paint = match a.status {
                    OpStatus::Applied => Paint::Green,
                    OpStatus::Failed => Paint::Red,
                    OpStatus::Skipped => Paint::Yellow,
                    OpStatus::Planned => Paint::Dim,
                };
                let status = ui.paint(a.status.as_str(), paint);
                vec![
                    format!("  {}", a.action),
                    a.item.clone(),
                    a.target.clone(),
                    value,
                    status,
                ]
            })
            .collect();
        out.push_str(&table(&rows));
        if !self.applied {
            out.push_str("Run with --apply to apply.\n");
        }
        out
    }
}

pub fn run(ctx: &Context, args: PublishArgs) -> Result<i32, CliError> {
    let plan = ctx.load_plan_for_writing(args.plan.as_deref())?;
    let kind = tracker_kind(&plan, args.tracker.as_deref())?;
    let space = module(kind)
        .publish_space(&ctx.config, &plan.refs)
        .ok_or_else(|| no_space(kind))?;
    let master = ctx.root.join(&plan.key);
    let options = options(ctx, &args, &master)?;
    let apply = args.apply && !ctx.dry_run;
    let _lock = if apply { Some(ctx.lock()?) } else { None };
    let read = |path: &Path| read_inside(&ctx.root, path);
    let wanted = crate::publish::desired(&plan, kind, &ctx.root, &master, &read)?;
    let runtime = ctx.runtime()?;
    let _entered = runtime.enter();
    let tracker = ctx.tracker(kind)?;
    let options = Options {
        structure: tracker.publish_structure(),
        ..options
    };
    let publish = Publish {
        plan: &plan,
        wanted,
        space: space.clone(),
        options,
        root: &ctx.root,
        tracker: tracker.as_ref(),
    };
    let outcome = if apply {
        let mut store = ctx.store()?;
        runtime.block_on(publish.run(Some(&mut store)))?
    } else {
        runtime.block_on(publish.run(None))?
    };
    for w in &outcome.warnings {
        ctx.ui.warn(w);
    }
    ctx.ui.emit(&PublishReport {
        plan: plan.key.clone(),
        tracker: kind.as_str(),
        space: space.to_string(),
        applied: apply,
        actions: outcome.actions,
        issues: outcome.issues,
        warnings: Vec::new(),
    });
    Ok(if outcome.failed {
        exit::PARTIAL
    } else {
        exit::OK
    })
}

/// The tracker asked for, else the plan's repository's, else the local one.
fn tracker_kind(plan: &Plan, asked: Option<&str>) -> Result<TrackerKind, CliError> {
    match asked {
        Some(text) => registry::named(text).ok_or_else(|| {
            CliError::input(format!("--tracker: unknown tracker '{text}'"))
                .hint(format!("use one of: {}", registry::names().join(", ")))
        }),
        None => {
            let forge = plan.refs.forge();
            if plan.refs.repo(forge).is_some() {
                return Ok(forge);
            }
            let local = registry::kinds().find(|k| k.shape() == RefShape::Number);
            Ok(local.unwrap_or(forge))
        }
    }
}

fn no_space(kind: TrackerKind) -> CliError {
    let hint = match kind.shape() {
        RefShape::Repo => format!(
            "name the repository: `**{} Repo:** owner/repo` in the plan or `{}.repo` in .debussy/config.yaml",
            kind.title(),
            kind.as_str()
        ),
        _ => format!("set `{}.project` in .debussy/config.yaml", kind.as_str()),
    };
    CliError::input(format!(
        "--tracker {kind}: no place to create issues is known"
    ))
    .hint(hint)
}

/// Labels, milestone and due date, checked before anything is read.
fn options(ctx: &Context, args: &PublishArgs, master: &Path) -> Result<Options, CliError> {
    let due = match &args.due {
        Some(text) => Some(date(text, "--due")?),
        None => match args.milestone {
            Some(_) => front_matter_due(&read_inside(&ctx.root, master)?)
                .map(|text| date(&text, "the plan's front matter `due:`"))
                .transpose()?,
            None => None,
        },
    };
    if let Some(name) = &args.milestone {
        if name.trim().is_empty() {
            return Err(CliError::input("--milestone is empty").hint("give the milestone's title"));
        }
    }
    let labels = ctx
        .config
        .publish
        .labels
        .iter()
        .map(|name| LabelSpec {
            name: name.clone(),
            color: "EDEDED".into(),
            description: "Published from a Debussy plan".into(),
        })
        .collect();
    Ok(Options {
        labels,
        create_labels: ctx.config.sync.create_labels_if_missing,
        milestone: args.milestone.clone().map(|m| (m, due)),
        structure: Default::default(),
    })
}

fn date(text: &str, what: &str) -> Result<String, CliError> {
    text.trim()
        .parse::<jiff::civil::Date>()
        .map(|d| d.to_string())
        .map_err(|_| {
            CliError::input(format!("{what}: '{text}' is not a date"))
                .hint("write it as YYYY-MM-DD, e.g. 2026-12-31")
        })
}

/// The `due:` of a leading front matter block.
fn front_matter_due(text: &str) -> Option<String> {
    let mut lines = text.lines();
    if lines.next()?.trim() != "---" {
        return None;
    }
    lines
        .take_while(|l| l.trim() != "---")
        .find_map(|l| l.trim().strip_prefix("due:"))
        .map(|v| v.trim().trim_matches(['"', '\'']).to_string())
}

/// A plan file's text, read only inside the repository.
fn read_inside(root: &Path, path: &Path) -> Result<String, PlanError> {
    let io = |reason: String| PlanError::Io {
        path: crate::plan::relative_path(root, path),
        reason,
    };
    let boundary = RepoRoot::new(root).map_err(|e| io(crate::error::io_reason(&e)))?;
    let real = boundary.confine(path).map_err(|outside| {
        io(format!(
            "it leads outside the repository (to {})",
            outside.real.display()
        ))
    })?;
    std::fs::read_to_string(real).map_err(|e| io(crate::error::io_reason(&e)))
}
