//! `issue sync [REF…|--all] [--apply] [--prefer SIDE|newest] [--fields …]`: linked
//! issues brought together field by field with a three-way merge. A preview by
//! default; `--apply` writes under the repository lock. Conflicts left: exit 6,
//! unless the user resolves them at the terminal ([`resolve`]).

use super::link::repository_links;
use super::resolve;
use super::target::reference;
use crate::context::Context;
use crate::error::{exit, CliError};
use crate::mirror::base::SyncState;
use crate::mirror::fields::Field;
use crate::mirror::links::Link;
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
    let links = chosen_links(ctx, &args)?;
    let apply = args.apply && !ctx.dry_run;
    let mut pairs = sync_these(ctx, rt, &links, &fields, prefer, apply)?;
    let conflicts = pairs.iter().any(|p| !p.conflicts.is_empty());
    if conflicts && apply && prefer.is_none() && ctx.ui.can_prompt && !ctx.ui.json {
        resolve_at_terminal(ctx, rt, &links, &mut pairs, &fields)?;
    }
    let code = exit_code(&pairs);
    ctx.ui.emit(&SyncReport {
        applied: apply,
        pairs,
    });
    Ok(code)
}

/// Every link, synced and written (`watch --issues`): the report and its exit code.
pub fn sync_all(ctx: &Context, rt: &Runtime) -> Result<(impl Report, i32), CliError> {
    sync_written(ctx, rt, repository_links(ctx)?)
}

/// The links with an end among `issues`, synced and written (`serve`): the report
/// and its exit code.
pub fn sync_issues(
    ctx: &Context,
    rt: &Runtime,
    issues: &[crate::refs::IssueRef],
) -> Result<(impl Report, i32), CliError> {
    let links = repository_links(ctx)?
        .into_iter()
        .filter(|l| issues.iter().any(|i| l.has(i)))
        .collect();
    sync_written(ctx, rt, links)
}

/// `links` synced on every field and written, conflicts left for later.
fn sync_written(
    ctx: &Context,
    rt: &Runtime,
    links: Vec<Link>,
) -> Result<(SyncReport, i32), CliError> {
    let pairs = sync_these(ctx, rt, &links, &Field::ALL, None, true)?;
    let code = exit_code(&pairs);
    Ok((
        SyncReport {
            applied: true,
            pairs,
        },
        code,
    ))
}

/// The links the command names: every one with `--all`, else those of its issues.
fn chosen_links(ctx: &Context, args: &SyncArgs) -> Result<Vec<Link>, CliError> {
    let links = repository_links(ctx)?;
    if args.all {
        return Ok(links);
    }
    if args.references.is_empty() {
        return Err(CliError::input("name the linked issues to sync, or --all")
            .hint("gh debussy-sync issue sync --all"));
    }
    let issues = args
        .references
        .iter()
        .map(|r| reference(ctx, r))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(links
        .into_iter()
        .filter(|l| issues.iter().any(|i| l.has(i)))
        .collect())
}

/// Conflicts left, then errors, decide the exit code.
fn exit_code(pairs: &[PairReport]) -> i32 {
    if pairs.iter().any(|p| p.status == SyncState::Conflict) {
        exit::CONFLICT
    } else if pairs.iter().any(|p| p.status == SyncState::Error) {
        exit::PARTIAL
    } else {
        exit::OK
    }
}

/// Asks which side wins each conflict, syncs the chosen fields again with that
/// side preferred, then syncs each link touched once more for its final report
/// (the writes of every pass are kept in it).
fn resolve_at_terminal(
    ctx: &Context,
    rt: &Runtime,
    links: &[Link],
    pairs: &mut [PairReport],
    fields: &[Field],
) -> Result<(), CliError> {
    let choices = resolve::ask(
        links,
        pairs,
        &mut std::io::stdin().lock(),
        &mut std::io::stderr(),
    );
    let mut touched: Vec<usize> = Vec::new();
    for (i, side, chosen) in resolve::groups(&choices) {
        let prefer = Some(Preference::Tracker(side));
        let pass = sync_these(ctx, rt, &links[i..=i], &chosen, prefer, true)?;
        pairs[i]
            .writes
            .extend(pass.into_iter().flat_map(|p| p.writes));
        touched.push(i);
    }
    touched.dedup();
    for i in touched {
        if let Some(mut last) = sync_these(ctx, rt, &links[i..=i], fields, None, true)?.pop() {
            let mut writes = std::mem::take(&mut pairs[i].writes);
            writes.append(&mut last.writes);
            last.writes = writes;
            pairs[i] = last;
        }
    }
    Ok(())
}

/// One sync of `links`: read, merge, and with `apply` write under the lock.
fn sync_these(
    ctx: &Context,
    rt: &Runtime,
    links: &[Link],
    fields: &[Field],
    prefer: Option<Preference>,
    apply: bool,
) -> Result<Vec<PairReport>, CliError> {
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
        fields: fields.to_vec(),
        prefer,
        state_label: &state_label,
        users: &ctx.config.users,
    };
    let mut kinds: Vec<_> = links
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
    Ok(rt.block_on(mirror_sync::sync_links(
        links,
        &trackers,
        store.as_mut(),
        apply,
        &options,
    ))?)
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
