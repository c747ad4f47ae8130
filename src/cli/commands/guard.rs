//! `guard [--plan P] [--force]`: refuse to re-run work whose issues were completed.

use crate::context::Context;
use crate::error::{exit, CliError};
use crate::guard::{check, GuardMatch};
use crate::output::{count, table, Paint, Report, Ui};
use crate::plan::Plan;
use crate::store::{now_rfc3339, Bypass};
use clap::Args;
use serde::Serialize;
use std::path::PathBuf;

#[derive(Debug, Args)]
#[command(
    after_help = "Exit status: 0 when nothing was completed before (or with --force), 4 when earlier work matches and it was not confirmed.\n\nExamples:\n  gh debussy-sync guard\n  gh debussy-sync guard --force --plan docs/plans/x/MASTER_PLAN.md"
)]
pub struct GuardArgs {
    /// The master plan (default: Debussy's current run, else the only master plan).
    #[arg(long, value_name = "PATH")]
    pub plan: Option<PathBuf>,
    /// Go ahead even when the plan's issues were completed before; the warning is
    /// still printed and the bypass is recorded in the history.
    #[arg(long)]
    pub force: bool,
}

/// What the guard found and decided.
#[derive(Debug, Serialize)]
pub struct GuardReport {
    pub plan: String,
    /// How many issues the plan links.
    pub issues: usize,
    pub matches: Vec<GuardMatch>,
    /// Earlier work matches and nobody consented: exit 4.
    pub refused: bool,
    /// Earlier work matches and `--force` (or a terminal `y`) went ahead.
    pub bypassed: bool,
    pub warnings: Vec<String>,
}

impl GuardReport {
    /// The warning block, one line per earlier feature.
    pub fn warning_lines(&self) -> Vec<String> {
        self.matches
            .iter()
            .map(|m| {
                format!(
                    "'{}' completed {} (plan {}): {} — {}",
                    m.feature.name,
                    m.feature.completed_at,
                    m.feature.plan.as_deref().unwrap_or("unknown"),
                    m.matching.join(", "),
                    m.describe()
                )
            })
            .collect()
    }
}

impl Report for GuardReport {
    fn always_shown(&self) -> bool {
        !self.matches.is_empty()
    }

    fn human(&self, ui: &Ui) -> String {
        if self.matches.is_empty() {
            let none = match self.issues {
                1 => "the linked issue".to_string(),
                n => format!("none of the {}", count(n, "linked issue", "linked issues")),
            };
            let verb = if self.issues == 1 { "was not" } else { "was" };
            return format!(
                "{} {none} of {} {verb} completed before\n",
                ui.paint("✓", Paint::Green),
                self.plan
            );
        }
        let mut out = format!(
            "{} {}: work completed before\n",
            ui.paint("!", Paint::Yellow),
            self.plan
        );
        let rows: Vec<Vec<String>> = self
            .matches
            .iter()
            .map(|m| {
                vec![
                    m.describe(),
                    m.feature.name.clone(),
                    m.feature.completed_at.clone(),
                    m.feature.plan.clone().unwrap_or_default(),
                    m.matching.join(", "),
                ]
            })
            .collect();
        out.push_str(&table(&rows));
        if self.bypassed {
            out.push_str("Going ahead anyway (bypass recorded in the history).\n");
        }
        out
    }
}

/// Runs the guard for `plan`: matches earlier completions, asks on a terminal,
/// records a bypass. `prompt` is false where the answer cannot be asked (`run`
/// asks before starting its command, so it may).
pub fn guard_plan(ctx: &Context, plan: &Plan, force: bool) -> Result<GuardReport, CliError> {
    let (history, warnings) = ctx.completion_history()?;
    for w in &warnings {
        ctx.ui.warn(w);
    }
    let issues: Vec<_> = plan.links.iter().map(|l| l.issue.clone()).collect();
    let matches = check(&issues, &history);
    let mut report = GuardReport {
        plan: plan.key.clone(),
        issues: issues.len(),
        matches,
        refused: false,
        bypassed: false,
        warnings,
    };
    if report.matches.is_empty() {
        return Ok(report);
    }
    let consent = if force {
        true
    } else if ctx.ui.can_prompt {
        for line in report.warning_lines() {
            ctx.ui.warn(&line);
        }
        ctx.ui.confirm("Continue anyway?")
    } else {
        false
    };
    if !consent {
        report.refused = true;
        return Ok(report);
    }
    report.bypassed = true;
    if !ctx.dry_run {
        ctx.store()?.record_bypass(&Bypass {
            at: now_rfc3339(),
            plan: plan.key.clone(),
            issues: report.matches.iter().flat_map(|m| m.matching.clone()).fold(
                Vec::new(),
                |mut all, i| {
                    if !all.contains(&i) {
                        all.push(i);
                    }
                    all
                },
            ),
            features: report
                .matches
                .iter()
                .map(|m| {
                    format!(
                        "{} ({})",
                        m.feature.name,
                        m.feature.plan.as_deref().unwrap_or("unknown plan")
                    )
                })
                .collect(),
        })?;
    }
    Ok(report)
}

/// The error of a refusal (exit 4).
pub fn refusal(report: &GuardReport) -> CliError {
    let strongest = report
        .matches
        .iter()
        .map(GuardMatch::describe)
        .next()
        .unwrap_or_default();
    CliError::new(
        exit::REFUSED,
        format!(
            "{}: linked issues were completed before ({strongest}); not running it again",
            report.plan
        ),
    )
    .hint("pass --force to run it anyway (the bypass is recorded in the history)")
}

pub fn run(ctx: &Context, args: GuardArgs) -> Result<i32, CliError> {
    let plan = ctx.load_plan_for_writing(args.plan.as_deref())?;
    let report = guard_plan(ctx, &plan, args.force)?;
    if report.bypassed {
        for line in report.warning_lines() {
            ctx.ui.warn(&line);
        }
    }
    ctx.ui.emit(&report);
    if report.refused {
        if ctx.ui.json {
            return Ok(exit::REFUSED);
        }
        return Err(refusal(&report));
    }
    Ok(exit::OK)
}
