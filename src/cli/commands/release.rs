//! `release create TAG [--plan P…] [--milestone NAME [--close-milestone]] [--target
//! REF] [--publish] [--tracker KIND] [--apply]`: a release on the plan's forge
//! (GitHub or Gitea) whose body is the `plan notes` of the plans. Previews by
//! default; with `--apply` it holds the repository's lock from reading the facts to
//! journaling the write, so two runs at once still make one release.

use crate::cli::commands::plan_notes;
use crate::context::Context;
use crate::error::{exit, CliError};
use crate::operation::{ActionKind, OpStatus};
use crate::output::{operation_lines, Report, Ui};
use crate::plan::Plan;
use crate::release::{self, Decision};
use crate::store::{now_rfc3339, JournalEntry};
use crate::tracker::registry;
use crate::tracker::release::{ReleaseFields, Releases};
use crate::tracker::Space;
use clap::{Args, Subcommand};
use serde::Serialize;
use std::path::{Path, PathBuf};

#[derive(Debug, Args)]
pub struct ReleaseArgs {
    #[command(subcommand)]
    pub command: ReleaseCommand,
}

#[derive(Debug, Subcommand)]
pub enum ReleaseCommand {
    /// Create (or bring up to date) the release of TAG, its body the plans' notes.
    #[command(
        after_help = "A release that exists for TAG (a draft too) is edited, never made twice; one that\nsays the same already is not written. A published release is never made a draft again.\n\nExamples:\n  gh debussy-sync release create v1.0.0\n  gh debussy-sync release create v1.0.0 --apply\n  gh debussy-sync release create v1.0.0 --milestone v1.0 --close-milestone --publish --apply"
    )]
    Create(CreateArgs),
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The release's tag (git's rules for tag names: no spaces, no `..`, …).
    pub tag: String,
    /// A master plan whose notes go into the body (repeatable; default: Debussy's
    /// current run, else the only master plan).
    #[arg(long, value_name = "PATH")]
    pub plan: Vec<PathBuf>,
    /// Only work whose issues are in the milestone titled NAME (as `plan notes`).
    #[arg(long, value_name = "NAME")]
    pub milestone: Option<String>,
    /// Close that milestone (the one --milestone names) once the release is written.
    #[arg(long, requires = "milestone")]
    pub close_milestone: bool,
    /// The commit the tag is made at when it does not exist yet: a branch name or a
    /// full sha is sent as given, any other revision (default HEAD) as its commit.
    #[arg(long, value_name = "REF")]
    pub target: Option<String>,
    /// A draft release (the default).
    #[arg(long, conflicts_with = "publish")]
    pub draft: bool,
    /// A published release instead of a draft.
    #[arg(long)]
    pub publish: bool,
    /// The forge: github or gitea (default: the one the plans' issues are on, else
    /// the only repository known).
    #[arg(long, value_name = "KIND")]
    pub tracker: Option<String>,
    /// Write the release (without it: show what would be written).
    #[arg(long)]
    pub apply: bool,
}

pub fn run(ctx: &Context, args: ReleaseArgs) -> Result<i32, CliError> {
    match args.command {
        ReleaseCommand::Create(args) => create(ctx, args),
    }
}

/// What the command line asks for, checked before anything is read or written.
struct Request {
    plans: Vec<Plan>,
    space: Space,
    wanted: ReleaseFields,
}

impl Request {
    fn check(ctx: &Context, args: &CreateArgs) -> Result<Request, CliError> {
        if let Some(why) = release::tag_problem(&args.tag) {
            return Err(
                CliError::input(format!("tag {:?} is not a valid tag: {why}", args.tag))
                    .hint("use a tag such as v1.0.0"),
            );
        }
        plan_notes::milestone_name(args.milestone.as_deref())?;
        let asked = match &args.tracker {
            None => None,
            Some(name) => Some(registry::named(name).ok_or_else(|| {
                CliError::input(format!(
                    "--tracker {name:?} is not a tracker this build knows"
                ))
                .hint(format!("known trackers: {}", registry::names().join(", ")))
            })?),
        };
        let plans = if args.plan.is_empty() {
            vec![ctx.load_plan_for_writing(None)?]
        } else {
            let each = args.plan.iter().map(|p| ctx.load_plan_for_writing(Some(p)));
            each.collect::<Result<Vec<_>, _>>()?
        };
        let kinds: Vec<_> = registry::kinds().collect();
        let space = release::choose_forge(&release::forges(&plans, &kinds), asked)
            .map_err(|e| CliError::input(e.message).hint(e.hint))?;
        let target = resolve_target(&ctx.root, args.target.as_deref())?;
        let wanted = ReleaseFields {
            tag: args.tag.clone(),
            target,
            name: args.tag.clone(),
            body: String::new(),
            draft: !args.publish,
        };
        Ok(Request {
            plans,
            space,
            wanted,
        })
    }
}

fn create(ctx: &Context, args: CreateArgs) -> Result<i32, CliError> {
    let Request {
        plans,
        space,
        mut wanted,
    } = Request::check(ctx, &args)?;
    let kind = space.tracker();
    let held = registry::module(kind).dry_run(&ctx.config);
    if held && args.apply {
        ctx.ui.warn(&format!(
            "{0}.dry_run is true in the configuration: the release is shown, not written",
            kind.as_str()
        ));
    }
    let apply = args.apply && !ctx.dry_run && !held;
    let _lock = if apply { Some(ctx.lock()?) } else { None };
    let notes = plan_notes::collect(ctx, &plans, None, args.milestone.as_deref())?;
    if notes.is_empty() {
        return Err(CliError::input("nothing to release: no completed phase in the plans asked for")
            .hint("complete a phase first (`gh debussy-sync phase complete ID`), or check --plan and --milestone with `gh debussy-sync plan notes`"));
    }
    wanted.body = crate::notes::markdown(&notes);
    let runtime = ctx.runtime()?;
    let _entered = runtime.enter();
    let tracker = ctx.tracker(kind)?;
    let releases = tracker.releases().ok_or_else(|| {
        CliError::input(format!("{} has no releases", kind.as_str()))
            .hint("releases are made on a forge: --tracker github or --tracker gitea")
    })?;
    let outcome = runtime
        .block_on(release::converge(releases, &space, &wanted, apply))
        .map_err(|e| {
            CliError::new(
                exit::FAILURE,
                format!("cannot read the releases of {space}: {e}"),
            )
            .hint("check the token and the repository, then run again")
        })?;
    let mut report = ReleaseReport::new(&plans, &space, &outcome, apply);
    if args.close_milestone {
        let name = args.milestone.as_deref().unwrap_or_default();
        let op = runtime.block_on(close_milestone(releases, &space, name, apply));
        report.operations.push(op);
    }
    if apply {
        journal(ctx, &plans, &report.operations)?;
    }
    ctx.ui.emit(&report);
    let failed = report
        .operations
        .iter()
        .any(|o| o.status == OpStatus::Failed);
    Ok(if failed { exit::PARTIAL } else { exit::OK })
}

/// The commit or branch the release's tag is made at (see `--target`).
fn resolve_target(root: &Path, target: Option<&str>) -> Result<String, CliError> {
    let git = |args: &[&str]| {
        std::process::Command::new("git")
            .arg("-C")
            .arg(root)
            .args(args)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
    };
    let rev = target.unwrap_or("HEAD");
    let full_sha = matches!(rev.len(), 40 | 64) && rev.chars().all(|c| c.is_ascii_hexdigit());
    let branch = format!("refs/heads/{rev}");
    if full_sha
        || (target.is_some() && git(&["show-ref", "--verify", "--quiet", &branch]).is_some())
    {
        return Ok(rev.to_string());
    }
    git(&["rev-parse", "--verify", "--quiet", &format!("{rev}^{{commit}}")])
        .filter(|sha| !sha.is_empty())
        .ok_or_else(|| {
            CliError::input(format!("--target {rev} is not a commit git knows here"))
                .hint("run inside the repository's git checkout, or give --target BRANCH or a full commit sha")
        })
}

/// Closes the milestone titled `name` (when `apply`): one operation.
async fn close_milestone(
    releases: &dyn Releases,
    space: &Space,
    name: &str,
    apply: bool,
) -> Operation {
    let mut op = planned(space, ActionKind::CloseMilestone, name, "close milestone");
    op.target = format!("{space} milestone {name}");
    let found = match releases.find_milestone(space, name).await {
        Err(e) => return op.failed(e),
        Ok(found) => found,
    };
    match found {
        None => op.skipped(format!("{space} has no milestone titled {name:?}")),
        Some(m) if !m.open => op.skipped("already closed".into()),
        Some(_) if !apply => op,
        Some(m) => match releases.close_milestone(space, m.number).await {
            Ok(()) => op.applied(None),
            Err(e) => op.failed(e),
        },
    }
}

/// Journals the operations that reached the forge, once per plan released.
fn journal(ctx: &Context, plans: &[Plan], operations: &[Operation]) -> Result<(), CliError> {
    let at = now_rfc3339();
    let entries: Vec<JournalEntry> = plans
        .iter()
        .flat_map(|plan| Operation::journal_rows(operations, &plan.key, &at))
        .collect();
    ctx.store()?.journal(&entries)?;
    Ok(())
}

type Operation = crate::operation::SpaceOperation;

/// A planned operation on `space`.
fn planned(space: &Space, action: ActionKind, value: &str, describe: &str) -> Operation {
    Operation::planned(
        space.tracker(),
        space.to_string(),
        action,
        value,
        describe.to_string(),
    )
}

/// The release as it is (applied) or would be (preview).
#[derive(Debug, Serialize)]
struct ReleaseView {
    tag: String,
    target: String,
    name: String,
    draft: bool,
    body: String,
    url: Option<String>,
    /// `create`, `update` or `none`.
    action: &'static str,
}

/// The report: the contract's mutating report, with the release.
#[derive(Debug, Serialize)]
struct ReleaseReport {
    plan: String,
    dry_run: bool,
    release: ReleaseView,
    operations: Vec<Operation>,
    warnings: Vec<String>,
}

impl ReleaseReport {
    fn new(plans: &[Plan], space: &Space, outcome: &release::Outcome, apply: bool) -> Self {
        let existing = outcome.release.as_ref();
        let (action, fields, describe) = match &outcome.decision {
            Decision::Create(f) => (Some(ActionKind::CreateRelease), f.clone(), "create".into()),
            Decision::Update {
                fields, changed, ..
            } => (
                Some(ActionKind::UpdateRelease),
                fields.clone(),
                format!("update ({})", changed.join(", ")),
            ),
            Decision::Unchanged { .. } => (
                None,
                existing.map(|r| r.fields.clone()).unwrap_or_default(),
                String::new(),
            ),
        };
        let mut operations = Vec::new();
        if let Some(action) = action {
            let kind = if fields.draft { "draft" } else { "published" };
            let describe = format!(
                "{describe} {kind} release {} at {}",
                fields.tag, fields.target
            );
            let mut op = planned(space, action, &fields.tag, &describe);
            op.target = format!("{space} release {}", fields.tag);
            op = match &outcome.written {
                None => op,
                Some(Ok(())) => op.applied(outcome.message.clone()),
                Some(Err(e)) => op.failed(e.clone()),
            };
            operations.push(op);
        }
        ReleaseReport {
            plan: plans
                .iter()
                .map(|p| p.key.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            dry_run: !apply,
            release: ReleaseView {
                action: match action {
                    Some(ActionKind::CreateRelease) => "create",
                    Some(_) => "update",
                    None => "none",
                },
                url: existing.and_then(|r| r.url.clone()),
                tag: fields.tag,
                target: fields.target,
                name: fields.name,
                draft: fields.draft,
                body: fields.body,
            },
            operations,
            warnings: Vec::new(),
        }
    }
}

impl Report for ReleaseReport {
    fn human(&self, ui: &Ui) -> String {
        let r = &self.release;
        let mut out = String::new();
        if self.operations.is_empty() || r.action == "none" {
            out.push_str(&format!(
                "Release {} is up to date: nothing to write.\n",
                r.tag
            ));
        }
        out.push_str(&operation_lines(ui, &self.operations));
        if let Some(url) = &r.url {
            out.push_str(&format!("{url}\n"));
        }
        if self.dry_run && r.action != "none" {
            out.push_str(&format!(
                "\n{}\nRun with --apply to write it.\n",
                r.body.trim_end()
            ));
        }
        out
    }
}
