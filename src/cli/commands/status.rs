//! `status [--plan P | --all] [--refresh] [--exit-status] [--format markdown]`: the
//! dashboard — phases, linked issues, drift.

use crate::context::Context;
use crate::error::{exit, CliError};
use crate::mirror::base::{LinkStatus, SyncState, TrackerHealth};
use crate::output::{count, table, Paint, Report, Ui};
use crate::reconcile::{read_plan, PlanStatus};
use clap::{Args, ValueEnum};
use serde::Serialize;
use std::path::PathBuf;

#[derive(Debug, Args)]
#[command(
    after_help = "Exit status: 0; 3 when an issue could not be read (shown as unknown); with --exit-status, 5 when anything drifted.\n\nExamples:\n  gh debussy-sync status\n  gh debussy-sync status --all --exit-status\n  gh debussy-sync status --all --format markdown >> \"$GITHUB_STEP_SUMMARY\"\n  gh debussy-sync --jq '.plans[].issues[] | select(.drift) | .ref' status --all"
)]
pub struct StatusArgs {
    /// The master plan (default: Debussy's current run, else the only master plan).
    #[arg(long, value_name = "PATH", conflicts_with = "all")]
    pub plan: Option<PathBuf>,
    /// Every master plan in the repository.
    #[arg(long)]
    pub all: bool,
    /// Read every tracker now (status keeps no cache, so it always does).
    #[arg(long)]
    pub refresh: bool,
    /// Exit 5 when any issue drifted.
    #[arg(long)]
    pub exit_status: bool,
    /// Render as a markdown table (for a GitHub Actions step summary).
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<Format>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Format {
    Markdown,
}

/// The dashboard of every plan asked for.
#[derive(Debug, Serialize)]
pub struct StatusReport {
    pub plans: Vec<PlanStatus>,
    pub drift_count: usize,
    pub unknown_count: usize,
    /// Each mirrored pair's sync status, from `sync.db` (no request).
    pub links: Vec<LinkStatus>,
    /// Each tracker's health, from the journal (no request).
    pub health: Vec<TrackerHealth>,
    #[serde(skip)]
    markdown: bool,
}

fn drift_word(p: &crate::reconcile::IssueRow) -> String {
    match (p.state.drift, &p.state.detail) {
        (None, _) => "none".into(),
        (Some(k), Some(d)) => format!("{} ({d})", k.as_str()),
        (Some(k), None) => k.as_str().into(),
    }
}

fn shown_state(i: &crate::reconcile::IssueRow) -> String {
    let mut s = i.state.state.clone();
    if let Some(status) = &i.state.status {
        s = format!("{s}, {status}");
    } else if !i.state.labels.is_empty() {
        s = format!("{s}, {}", i.state.labels.join(", "));
    }
    s
}

impl StatusReport {
    fn summary(&self) -> String {
        let checked: usize = self.plans.iter().map(|p| p.issues.len()).sum();
        format!(
            "{}, {checked} checked: {} drifted, {} unknown",
            count(self.plans.len(), "plan", "plans"),
            self.drift_count,
            self.unknown_count
        )
    }

    fn markdown(&self) -> String {
        let cell = |s: &str| s.replace('|', "\\|");
        let mut out = String::new();
        for p in &self.plans {
            out.push_str(&format!("### {}\n\n`{}`\n\n", cell(&p.name), p.plan));
            out.push_str("| Phase | Title | Status | From |\n|---|---|---|---|\n");
            for ph in &p.phases {
                out.push_str(&format!(
                    "| {} | {} | {} | {} |\n",
                    ph.id,
                    cell(&ph.title),
                    ph.status,
                    ph.source
                ));
            }
            out.push_str("\n| Issue | Scope | State | Expected | Drift |\n|---|---|---|---|---|\n");
            for i in &p.issues {
                let drift = match i.state.drift {
                    None => "✅ none".to_string(),
                    Some(crate::engine::drift::DriftKind::Unknown) => {
                        format!("❔ {}", cell(&drift_word(i)))
                    }
                    Some(_) => format!("⚠️ {}", cell(&drift_word(i))),
                };
                out.push_str(&format!(
                    "| {} | {} | {} | {} | {drift} |\n",
                    cell(&i.reference),
                    i.scope,
                    cell(&shown_state(i)),
                    cell(&i.state.expected.to_string())
                ));
            }
            out.push('\n');
        }
        out.push_str(&format!("**{}**\n", self.summary()));
        out
    }
}

impl Report for StatusReport {
    fn always_shown(&self) -> bool {
        true
    }

    fn human(&self, ui: &Ui) -> String {
        if self.markdown {
            return self.markdown();
        }
        let mut out = String::new();
        for p in &self.plans {
            out.push_str(&format!(
                "{}  ({})\n\n",
                ui.paint(&p.name, Paint::Bold),
                p.plan
            ));
            let mut rows = vec![vec![
                "PHASE".to_string(),
                "STATUS".into(),
                "FROM".into(),
                "TITLE".into(),
            ]];
            for ph in &p.phases {
                rows.push(vec![
                    ph.id.clone(),
                    ph.status.into(),
                    ph.source.into(),
                    ph.title.clone(),
                ]);
            }
            out.push_str(&table(&rows));
            out.push('\n');
            let mut rows = vec![vec![
                String::new(),
                "ISSUE".to_string(),
                "SCOPE".into(),
                "STATE".into(),
                "EXPECTED".into(),
                "DRIFT".into(),
            ]];
            for i in &p.issues {
                let mark = match i.state.drift {
                    None => ui.paint("✓", Paint::Green),
                    Some(crate::engine::drift::DriftKind::Unknown) => ui.paint("?", Paint::Yellow),
                    Some(_) => ui.paint("!", Paint::Red),
                };
                rows.push(vec![
                    mark,
                    i.reference.clone(),
                    i.scope.to_string(),
                    shown_state(i),
                    i.state.expected.to_string(),
                    drift_word(i),
                ]);
            }
            out.push_str(&table(&rows));
            out.push('\n');
        }
        out.push_str(&self.summary());
        out.push('\n');
        out.push_str(&self.mirrors_and_health());
        out
    }
}

impl StatusReport {
    /// Mirrored pairs by sync state, and trackers whose last operations failed.
    fn mirrors_and_health(&self) -> String {
        let mut out = String::new();
        if !self.links.is_empty() {
            let n = |state: SyncState| self.links.iter().filter(|l| l.state.is(state)).count();
            out.push_str(&format!(
                "{}: {} synced, {} conflict, {} error\n",
                count(self.links.len(), "mirrored pair", "mirrored pairs"),
                n(SyncState::Synced),
                n(SyncState::Conflict),
                n(SyncState::Error)
            ));
        }
        for h in self.health.iter().filter(|h| h.consecutive_failures > 0) {
            let last = h.last_success.as_deref().unwrap_or("never");
            out.push_str(&format!(
                "{}: {} failed in a row (last success {last})\n",
                h.tracker.title(),
                count(h.consecutive_failures as usize, "operation", "operations")
            ));
        }
        out
    }
}

/// The plans asked for: `--all`, `--plan`, or the default plan.
pub fn chosen_plans(
    ctx: &Context,
    plan: Option<&std::path::Path>,
    all: bool,
) -> Result<Vec<crate::plan::Plan>, CliError> {
    if !all {
        return Ok(vec![ctx.load_plan_for_writing(plan)?]);
    }
    let found = ctx.master_plans();
    if found.is_empty() {
        return Err(CliError::input("no master plan found in this repository")
            .hint("add one (MASTER_PLAN.md or *-MASTER_PLAN.md), or pass --plan PATH"));
    }
    let mut plans = Vec::new();
    for path in found {
        match ctx.load_plan_for_writing(Some(path)) {
            Ok(p) => plans.push(p),
            Err(e) => ctx.ui.warn(&format!("{}; skipped", e.message)),
        }
    }
    Ok(plans)
}

pub fn run(ctx: &Context, args: StatusArgs) -> Result<i32, CliError> {
    let _ = args.refresh;
    if args.format.is_some() && ctx.ui.json {
        return Err(
            CliError::input("--format markdown and --json ask for two different outputs").hint(
                "use one: --json (or --jq) for scripts, --format markdown for a step summary",
            ),
        );
    }
    let plans = chosen_plans(ctx, args.plan.as_deref(), args.all)?;
    let runtime = ctx.runtime()?;
    let _entered = runtime.enter();
    let mut statuses = Vec::new();
    for plan in &plans {
        statuses.push(read_plan(ctx, plan, &runtime)?.status);
    }
    let (links, health) = mirrors_and_health(ctx)?;
    let report = StatusReport {
        links,
        health,
        drift_count: statuses.iter().map(PlanStatus::drifted).sum(),
        unknown_count: statuses.iter().map(PlanStatus::unknown).sum(),
        plans: statuses,
        markdown: matches!(args.format, Some(Format::Markdown)),
    };
    ctx.ui.emit(&report);
    Ok(if args.exit_status && report.drift_count > 0 {
        exit::DRIFT
    } else if report.unknown_count > 0 {
        exit::PARTIAL
    } else {
        exit::OK
    })
}

/// Sync status and tracker health as recorded (nothing when there is no store:
/// reading never creates it).
fn mirrors_and_health(ctx: &Context) -> Result<(Vec<LinkStatus>, Vec<TrackerHealth>), CliError> {
    if !crate::store::Store::path_in(&ctx.root).exists() {
        return Ok((Vec::new(), Vec::new()));
    }
    let store = ctx.store()?;
    Ok((store.all_statuses()?, store.tracker_health()?))
}
