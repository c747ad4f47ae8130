//! `issue sync [REF…|--all] [--apply] [--prefer SIDE|newest] [--fields …]`: linked
//! issues brought together field by field with a three-way merge. A preview by
//! default; `--apply` writes under the repository lock. Conflicts left: exit 6.

use super::link::repository_links;
use super::target::reference;
use crate::context::Context;
use crate::error::{exit, CliError};
use crate::mirror::base::SyncState;
use crate::mirror::fields::Field;
use crate::mirror::pair::Preference;
use crate::mirror::sync::{self as mirror_sync, Options, PairReport, Trackers};
use crate::output::{table, Report, Ui};
use crate::tracker::registry;
use clap::Args;
use serde::Serialize;
use tokio::runtime::Runtime;

/// Mirror linked issues: title, body, state, labels and comments, both ways.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  gh debussy-sync issue sync --all\n  gh debussy-sync issue sync local#3 --apply\n  gh debussy-sync issue sync --all --apply --prefer github --fields title,labels"
)]
pub struct SyncArgs {
    /// The issues whose links to sync.
    references: Vec<String>,
    /// Every link of the repository.
    #[arg(long, conflicts_with = "references")]
    all: bool,
    /// Write (without it: a preview, nothing written).
    #[arg(long)]
    apply: bool,
    /// Resolve conflicts: a tracker (local, github, jira, gitea) wins, or the newest edit.
    #[arg(long, value_name = "SIDE|newest")]
    prefer: Option<String>,
    /// Only these fields (title, body, state, labels, assignees, milestone, comments).
    #[arg(long, value_name = "FIELDS", value_delimiter = ',')]
    fields: Vec<String>,
}

#[derive(Serialize)]
struct SyncReport {
    applied: bool,
    pairs: Vec<PairReport>,
}

impl Report for SyncReport {
    fn human(&self, _ui: &Ui) -> String {
        let mut rows = Vec::new();
        for p in &self.pairs {
            for w in &p.writes {
                rows.push(vec![
                    format!("  {}", w.field),
                    w.issue.clone(),
                    w.value.clone(),
                    w.status.to_string(),
                ]);
            }
            for c in &p.conflicts {
                let show = |v: &serde_json::Value| {
                    v.as_str().map_or_else(|| v.to_string(), str::to_string)
                };
                let base = c
                    .base
                    .as_ref()
                    .map_or_else(|| "(no base)".to_string(), show);
                let value = format!(
                    "{}: {} | {}: {} | base: {base}",
                    p.left,
                    show(&c.left),
                    p.right,
                    show(&c.right)
                );
                rows.push(vec![
                    format!("  {}", c.field),
                    "conflict".into(),
                    value,
                    "-".into(),
                ]);
            }
            if let Some(e) = &p.error {
                rows.push(vec![
                    "  error".into(),
                    format!("{} ↔ {}", p.left, p.right),
                    e.clone(),
                    "failed".into(),
                ]);
            }
        }
        let mut out = String::new();
        let synced = self
            .pairs
            .iter()
            .filter(|p| p.status == SyncState::Synced)
            .count();
        out.push_str(&format!("{} link(s), {synced} in sync\n", self.pairs.len()));
        out.push_str(&table(&rows));
        if !self.applied && rows.iter().any(|r| r[3] == "planned") {
            out.push_str("Run with --apply to apply.\n");
        }
        out
    }
}

pub(super) fn run(ctx: &Context, rt: &Runtime, args: SyncArgs) -> Result<i32, CliError> {
    let fields = fields(&args.fields)?;
    let prefer = args.prefer.as_deref().map(preference).transpose()?;
    let (report, code) = sync_chosen(ctx, rt, &args, fields, prefer)?;
    ctx.ui.emit(&report);
    Ok(code)
}

/// Every link, synced and written (`watch --issues`): the report and its exit code.
pub fn sync_all(ctx: &Context, rt: &Runtime) -> Result<(impl Report, i32), CliError> {
    let args = SyncArgs {
        references: Vec::new(),
        all: true,
        apply: true,
        prefer: None,
        fields: Vec::new(),
    };
    sync_chosen(ctx, rt, &args, Field::ALL.to_vec(), None)
}

fn sync_chosen(
    ctx: &Context,
    rt: &Runtime,
    args: &SyncArgs,
    fields: Vec<Field>,
    prefer: Option<Preference>,
) -> Result<(SyncReport, i32), CliError> {
    let links = repository_links(ctx)?;
    let chosen: Vec<_> = if args.all {
        links
    } else if args.references.is_empty() {
        return Err(CliError::input("name the linked issues to sync, or --all")
            .hint("gh debussy-sync issue sync --all"));
    } else {
        let issues = args
            .references
            .iter()
            .map(|r| reference(ctx, r))
            .collect::<Result<Vec<_>, _>>()?;
        links
            .into_iter()
            .filter(|l| issues.iter().any(|i| l.has(i)))
            .collect()
    };
    let apply = args.apply && !ctx.dry_run;
    let _lock = if apply { Some(ctx.lock()?) } else { None };
    // A preview reads the bases too, from a database that exists already.
    let exists = crate::store::Store::path_in(&ctx.root).exists();
    let mut store = if apply || exists {
        Some(ctx.store()?)
    } else {
        None
    };
    let labels = ctx.config.sync.labels.clone();
    let state_label = move |l: &str| {
        l.starts_with("debussy:")
            || [&labels.in_progress, &labels.completed, &labels.failed].contains(&&l.to_string())
    };
    let options = Options {
        fields,
        prefer,
        state_label: &state_label,
        users: &ctx.config.users,
    };
    let mut kinds: Vec<_> = chosen
        .iter()
        .flat_map(|l| [l.left.tracker(), l.right.tracker()])
        .collect();
    kinds.sort_unstable();
    kinds.dedup();
    let held = kinds
        .into_iter()
        .map(|k| Ok((k, ctx.tracker(k)?)))
        .collect::<Result<Vec<_>, CliError>>()?;
    let trackers: Trackers = held.iter().map(|(k, t)| (*k, t.as_ref())).collect();
    let pairs = rt.block_on(mirror_sync::sync_links(
        &chosen,
        &trackers,
        store.as_mut(),
        apply,
        &options,
    ))?;
    let code = if pairs.iter().any(|p| p.status == SyncState::Conflict) {
        exit::CONFLICT
    } else if pairs.iter().any(|p| p.status == SyncState::Error) {
        exit::PARTIAL
    } else {
        exit::OK
    };
    Ok((
        SyncReport {
            applied: apply,
            pairs,
        },
        code,
    ))
}

fn fields(names: &[String]) -> Result<Vec<Field>, CliError> {
    if names.is_empty() {
        return Ok(Field::ALL.to_vec());
    }
    names
        .iter()
        .map(|n| {
            Field::parse(n).ok_or_else(|| {
                let all: Vec<&str> = Field::ALL.iter().map(|f| f.as_str()).collect();
                CliError::input(format!("--fields: unknown field '{n}'"))
                    .hint(format!("use some of: {}", all.join(", ")))
            })
        })
        .collect()
}

fn preference(text: &str) -> Result<Preference, CliError> {
    if text.eq_ignore_ascii_case("newest") {
        return Ok(Preference::Newest);
    }
    registry::named(text)
        .map(Preference::Tracker)
        .ok_or_else(|| {
            CliError::input(format!("--prefer: '{text}' is not a tracker or newest")).hint(format!(
                "use newest or one of: {}",
                registry::names().join(", ")
            ))
        })
}
