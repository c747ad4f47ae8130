//! `webhook register|list|remove`: the repository hooks (GitHub, Gitea/Forgejo)
//! that send issue events to `serve` (PRODUCT §15). One file per verb; here are
//! what they share: which repository they act on, the forge's [`Hooks`], and the
//! report of a write.

mod list;
mod register;
mod remove;

use crate::context::Context;
use crate::error::{exit, CliError};
use crate::operation::{ActionKind, OpStatus};
use crate::output::{operation_lines, Report, Ui};
use crate::refs::{RefShape, RepoRef, TrackerKind};
use crate::store::now_rfc3339;
use crate::tracker::hooks::{Hook, Hooks};
use crate::tracker::{registry, Space, Tracker, TrackerError};
use clap::{Args, Subcommand};
use serde::Serialize;

#[derive(Debug, Args)]
pub struct WebhookArgs {
    #[command(subcommand)]
    pub command: WebhookCommand,
}

#[derive(Debug, Subcommand)]
pub enum WebhookCommand {
    Register(register::RegisterArgs),
    List(list::ListArgs),
    Remove(remove::RemoveArgs),
}

pub fn run(ctx: &Context, args: WebhookArgs) -> Result<i32, CliError> {
    match args.command {
        WebhookCommand::Register(args) => register::run(ctx, args),
        WebhookCommand::List(args) => list::run(ctx, args),
        WebhookCommand::Remove(args) => remove::run(ctx, args),
    }
}

/// Which repository's hooks a command acts on.
#[derive(Debug, Args)]
pub struct Where {
    /// The forge: github or gitea (default: the platform of `origin`, else the only
    /// forge whose repository is known).
    #[arg(long, value_name = "KIND")]
    pub tracker: Option<String>,
    /// The repository (default: `<tracker>.repo` in the configuration, else `origin`).
    #[arg(long, value_name = "OWNER/REPO")]
    pub repo: Option<String>,
}

impl Where {
    /// The repository asked for, checked before anything is read.
    fn space(&self, ctx: &Context) -> Result<Space, CliError> {
        let scope = ctx.plans().scope();
        let kind = match &self.tracker {
            Some(name) => registry::named(name).ok_or_else(|| {
                CliError::input(format!(
                    "--tracker {name:?} is not a tracker this build knows"
                ))
                .hint(format!("known trackers: {}", registry::names().join(", ")))
            })?,
            None => self.default_kind(ctx)?,
        };
        if kind.shape() != RefShape::Repo {
            return Err(not_supported(kind));
        }
        let repo = match &self.repo {
            Some(text) => RepoRef::parse(text).ok_or_else(|| {
                CliError::input(format!("--repo {text:?} is not OWNER/REPO"))
                    .hint("give the repository as owner/name, e.g. --repo acme/widgets")
            })?,
            None => scope.repo(kind).cloned().ok_or_else(|| {
                CliError::input(format!("no {} repository is known here", kind.as_str())).hint(
                    format!(
                        "name one with --repo OWNER/REPO, or set {}.repo in .debussy/config.yaml",
                        kind.as_str()
                    ),
                )
            })?,
        };
        Ok(Space::Repo(kind, repo))
    }

    /// The platform of `origin`, else the only forge with a known repository, else
    /// (with `--repo`) the default forge.
    fn default_kind(&self, ctx: &Context) -> Result<TrackerKind, CliError> {
        let scope = ctx.plans().scope();
        if let Some(kind) = scope.origin.filter(|k| k.shape() == RefShape::Repo) {
            return Ok(kind);
        }
        let known: Vec<TrackerKind> = registry::kinds()
            .filter(|k| k.shape() == RefShape::Repo && scope.repo(*k).is_some())
            .collect();
        match known.as_slice() {
            [one] => Ok(*one),
            [] if self.repo.is_some() => Ok(registry::default_forge()),
            [] => Err(CliError::input("no GitHub or Gitea repository is known here")
                .hint("name one with --tracker KIND --repo OWNER/REPO, or set github.repo (or gitea.url and gitea.repo) in .debussy/config.yaml")),
            many => Err(CliError::input(format!(
                "{} repositories are known here",
                many.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(" and ")
            ))
            .hint("choose one with --tracker")),
        }
    }
}

/// The input error for a tracker without repository hooks.
fn not_supported(kind: TrackerKind) -> CliError {
    CliError::input(format!(
        "webhooks are not supported on this tracker ({})",
        kind.as_str()
    ))
    .hint("repository hooks are registered on a forge: --tracker github or --tracker gitea")
}

/// The forge's hooks.
fn hooks_of(tracker: &dyn Tracker) -> Result<&dyn Hooks, CliError> {
    tracker.hooks().ok_or_else(|| not_supported(tracker.kind()))
}

/// A read that failed: exit 1, saying which repository.
fn read_failed(space: &Space, e: TrackerError) -> CliError {
    CliError::new(
        exit::FAILURE,
        format!("cannot read the hooks of {space}: {e}"),
    )
    .hint("check the token (it needs admin rights on the repository's hooks) and the repository, then run again")
}

/// A hook as reports show it: never its secret.
#[derive(Debug, Clone, Serialize)]
struct HookView {
    id: u64,
    url: String,
    events: Vec<String>,
    active: bool,
}

impl From<&Hook> for HookView {
    fn from(h: &Hook) -> HookView {
        HookView {
            id: h.id,
            url: h.url.clone(),
            events: h.events.clone(),
            active: h.active,
        }
    }
}

pub(super) type Operation = crate::operation::SpaceOperation;

/// A planned write of `action` on the hook `target` (its URL `value`) in `space`.
pub(super) fn planned(space: &Space, action: ActionKind, target: String, value: &str) -> Operation {
    Operation::planned(space.tracker(), target, action, value, String::new())
}

/// The operation after its write (`None`: not tried, a preview).
pub(super) fn settled(op: Operation, written: Option<&Result<(), TrackerError>>) -> Operation {
    match written {
        None => op,
        Some(Ok(())) => {
            let message = op.message.clone();
            op.applied(message)
        }
        Some(Err(e)) => op.failed(e),
    }
}

/// The report of `register` and `remove`: the contract's mutating report, with
/// the hook.
#[derive(Debug, Serialize)]
struct WriteReport {
    plan: Option<String>,
    dry_run: bool,
    hook: Option<HookView>,
    operations: Vec<Operation>,
    warnings: Vec<String>,
    /// What to say when nothing is to be written.
    #[serde(skip)]
    nothing: String,
}

impl WriteReport {
    /// Exit 3 when a write failed.
    fn code(&self) -> i32 {
        let failed = self.operations.iter().any(|o| o.status == OpStatus::Failed);
        if failed {
            exit::PARTIAL
        } else {
            exit::OK
        }
    }

    /// Journals the writes that reached the forge.
    fn journal(&self, ctx: &Context) -> Result<(), CliError> {
        let entries = Operation::journal_rows(&self.operations, "", &now_rfc3339());
        if entries.is_empty() {
            return Ok(());
        }
        ctx.store()?.journal(&entries)?;
        Ok(())
    }
}

impl Report for WriteReport {
    fn human(&self, ui: &Ui) -> String {
        let mut out = String::new();
        if self.operations.is_empty() {
            out.push_str(&format!("{}\n", self.nothing));
        }
        out.push_str(&operation_lines(ui, &self.operations));
        if self.dry_run && !self.operations.is_empty() {
            out.push_str("Run with --apply to write it.\n");
        }
        out
    }
}

/// Whether a write command writes: `--apply`, and neither `--dry-run` nor
/// `<tracker>.dry_run` (which is said once).
fn applies(ctx: &Context, kind: TrackerKind, apply: bool) -> bool {
    let held = registry::module(kind).dry_run(&ctx.config);
    if held && apply {
        ctx.ui.warn(&format!(
            "{0}.dry_run is true in the configuration: the hook is shown, not written",
            kind.as_str()
        ));
    }
    apply && !ctx.dry_run && !held
}
