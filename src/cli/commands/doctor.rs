//! `doctor`: why something does not work — configuration, plan, Debussy's database,
//! GitHub (host, where the token comes from, reachability, validity, rate limit) and
//! Jira (credentials, deployment, version). Never prints a token.

use crate::context::Context;
use crate::debussy::StateDb;
use crate::error::{exit, CliError};
use crate::output::{count, table, Paint, Report, Ui};
use crate::refs::TrackerKind;
use crate::tracker::registry::{self, HealthStatus as Status};
use clap::Args;
use serde::Serialize;
use std::time::Duration;

#[derive(Debug, Args)]
#[command(
    after_help = "Exit status: 0 when nothing is broken (warnings allowed), 1 otherwise.\n\nExamples:\n  gh debussy-sync doctor\n  gh debussy-sync --json doctor\n  gh debussy-sync --jq '.checks[] | select(.status != \"ok\") | .message' doctor"
)]
pub struct DoctorArgs {}

/// One check.
#[derive(Debug, Serialize)]
pub struct Check {
    pub name: &'static str,
    pub status: Status,
    pub message: String,
    pub hint: Option<String>,
}

fn check(name: &'static str, status: Status, message: impl Into<String>) -> Check {
    Check {
        name,
        status,
        message: message.into(),
        hint: None,
    }
}

impl Check {
    fn hint(mut self, hint: impl Into<String>) -> Check {
        self.hint = Some(hint.into());
        self
    }
}

#[derive(Debug, Serialize)]
struct DoctorReport {
    ok: bool,
    checks: Vec<Check>,
}

impl Report for DoctorReport {
    fn always_shown(&self) -> bool {
        true
    }

    fn human(&self, ui: &Ui) -> String {
        let mut rows = Vec::new();
        for c in &self.checks {
            let (mark, paint) = match c.status {
                Status::Ok => ("✓", Paint::Green),
                Status::Warn => ("!", Paint::Yellow),
                Status::Fail => ("✗", Paint::Red),
            };
            rows.push(vec![
                ui.paint(mark, paint),
                c.name.to_string(),
                c.message.clone(),
            ]);
            if let Some(hint) = &c.hint {
                rows.push(vec![String::new(), String::new(), format!("hint: {hint}")]);
            }
        }
        table(&rows)
    }
}

/// The kinds of tracker some master plan of the repository links an issue of.
fn linked_by_the_plans(ctx: &Context) -> std::collections::BTreeSet<TrackerKind> {
    ctx.master_plans()
        .iter()
        .filter_map(|path| ctx.load_plan(Some(path)).ok())
        .flat_map(|plan| plan.links.into_iter().map(|l| l.issue.tracker()))
        .collect()
}

fn plan(ctx: &Context) -> Check {
    let path = match ctx.plan_path(None) {
        Ok(p) => p,
        Err(e) => {
            let c = check("Plan", Status::Warn, e.message);
            return match e.hint {
                Some(h) => c.hint(h),
                None => c,
            };
        }
    };
    match ctx.load_plan(Some(&path)) {
        Err(e) => check("Plan", Status::Fail, e.message).hint("run `gh debussy-sync plan check`"),
        Ok(p) if !p.errors.is_empty() || !p.problems.is_empty() => check(
            "Plan",
            if p.errors.is_empty() {
                Status::Warn
            } else {
                Status::Fail
            },
            format!(
                "{}: {} cannot be read",
                p.key,
                count(p.errors.len() + p.problems.len(), "line", "lines")
            ),
        )
        .hint("run `gh debussy-sync plan check` to see them"),
        Ok(p) => check(
            "Plan",
            Status::Ok,
            format!(
                "{}: {}, {}",
                p.key,
                count(p.phases.len(), "phase", "phases"),
                count(p.links.len(), "linked issue", "linked issues")
            ),
        ),
    }
}

fn debussy(ctx: &Context) -> Check {
    match StateDb::open(&ctx.root, Duration::from_secs(2)) {
        Ok(None) => check(
            "Debussy",
            Status::Warn,
            "no .debussy/state.db: Debussy has not run in this repository",
        )
        .hint("phase statuses come from events and the plan table until it does"),
        Ok(Some(db)) => match db.runs() {
            Ok(runs) => check(
                "Debussy",
                Status::Ok,
                format!(
                    ".debussy/state.db: {} recorded",
                    count(runs.len(), "run", "runs")
                ),
            ),
            Err(e) => check("Debussy", Status::Warn, e.to_string()),
        },
        Err(e) => check("Debussy", Status::Warn, e.to_string()),
    }
}

/// Runs every check; `config_error` is the configuration's own failure, if any (the
/// other checks then run on the defaults).
pub fn run(ctx: &Context, config_error: Option<CliError>) -> Result<i32, CliError> {
    let rt = ctx.runtime()?;
    let _entered = rt.enter();
    let mut checks = vec![match config_error {
        Some(e) => {
            let c = check("Config", Status::Fail, e.message);
            match e.hint {
                Some(h) => c.hint(h),
                None => c,
            }
        }
        None => match &ctx.config.path {
            Some(p) if !ctx.config.warnings.is_empty() => check(
                "Config",
                Status::Warn,
                format!(
                    "{}: {}",
                    p.display(),
                    count(ctx.config.warnings.len(), "warning", "warnings")
                ),
            )
            .hint("run `gh debussy-sync config validate`"),
            Some(p) => check("Config", Status::Ok, format!("{} is valid", p.display())),
            None => check(
                "Config",
                Status::Ok,
                "no .debussy/config.yaml: defaults apply",
            ),
        },
    }];
    checks.push(plan(ctx));
    checks.push(debussy(ctx));
    let factory = ctx.trackers();
    let linked_kinds = linked_by_the_plans(ctx);
    for module in registry::all() {
        let kind = module.kind();
        let linked = linked_kinds.contains(&kind);
        if let Some(health) = module.doctor(&factory, linked, &rt) {
            checks.push(Check {
                name: kind.title(),
                status: health.status,
                message: health.message,
                hint: health.hint,
            });
        }
    }
    let ok = checks.iter().all(|c| c.status != Status::Fail);
    ctx.ui.emit(&DoctorReport { ok, checks });
    Ok(if ok { exit::OK } else { exit::FAILURE })
}
