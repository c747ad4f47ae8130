//! `doctor`: why something does not work — configuration, plan, Debussy's database,
//! GitHub (host, where the token comes from, reachability, validity, rate limit) and
//! Jira (credentials, deployment, version). Never prints a token.

use crate::context::Context;
use crate::debussy::StateDb;
use crate::error::{exit, CliError};
use crate::output::{count, table, Paint, Report, Ui};
use crate::refs::TrackerKind;
use crate::tracker::TrackerError;
use clap::Args;
use serde::Serialize;
use std::time::Duration;

#[derive(Debug, Args)]
#[command(
    after_help = "Exit status: 0 when nothing is broken (warnings allowed), 1 otherwise.\n\nExamples:\n  gh debussy-sync doctor\n  gh debussy-sync --json doctor\n  gh debussy-sync --jq '.checks[] | select(.status != \"ok\") | .message' doctor"
)]
pub struct DoctorArgs {}

/// How a check went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Ok,
    Warn,
    Fail,
}

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

/// When a rate-limit window resets, as `HH:MM UTC`.
fn clock(epoch: u64) -> String {
    let secs = epoch % 86_400;
    format!("{:02}:{:02} UTC", secs / 3600, secs % 3600 / 60)
}

/// True when some master plan of the repository links an issue of this kind.
fn linked_by_a_plan(ctx: &Context, kind: TrackerKind) -> bool {
    ctx.master_plans().iter().any(|path| {
        ctx.load_plan(Some(path))
            .is_ok_and(|plan| plan.links.iter().any(|l| l.issue.tracker() == kind))
    })
}

fn github(ctx: &Context, rt: &tokio::runtime::Runtime) -> Check {
    let config = &ctx.config.github;
    if !config.enabled {
        return check("GitHub", Status::Ok, "disabled (github.enabled: false)");
    }
    let configured = config.repo.is_some() || config.api_url.is_some() || config.host.is_some();
    if !configured && !linked_by_a_plan(ctx, crate::tracker::github::KIND) {
        return check(
            "GitHub",
            Status::Ok,
            "not used: no plan links a GitHub issue and github.repo is not set",
        );
    }
    let endpoint = crate::tracker::github::GitHubEndpoint::resolve(
        config.api_url.as_deref(),
        config.host.as_deref(),
    );
    let found =
        crate::credentials::github_token(&endpoint.host, &ctx.env.github_tokens, &ctx.keyring());
    let Some(found) = found else {
        return check(
            "GitHub",
            Status::Fail,
            format!("{}: no token found", endpoint.host),
        )
        .hint("set GH_TOKEN, or run `gh auth login`");
    };
    let source = found.source.clone();
    let tracker = match ctx.github() {
        Ok(t) => t,
        Err(e) => return check("GitHub", Status::Fail, e.message),
    };
    match rt.block_on(tracker.account()) {
        Ok((login, rate)) => {
            let rate = rate.map_or(String::new(), |r| {
                format!(
                    "; {}/{} requests left, resets {}",
                    r.remaining,
                    r.limit,
                    clock(r.reset)
                )
            });
            let status = if rate.contains(" 0/") {
                Status::Warn
            } else {
                Status::Ok
            };
            check(
                "GitHub",
                status,
                format!(
                    "{} ({}) reachable; token from {source} is valid for {login}{rate}",
                    endpoint.host, endpoint.api_url
                ),
            )
        }
        Err(TrackerError::Auth(_)) => check(
            "GitHub",
            Status::Fail,
            format!(
                "{}: the token from {source} was rejected (401 Bad credentials)",
                endpoint.host
            ),
        )
        .hint("renew it: `gh auth refresh`, or set GH_TOKEN to a valid token"),
        Err(e) => check(
            "GitHub",
            Status::Fail,
            format!("{} ({}): {e}", endpoint.host, endpoint.api_url),
        )
        .hint("check GITHUB_API_URL / GH_HOST and your network"),
    }
}

fn jira(ctx: &Context, rt: &tokio::runtime::Runtime) -> Option<Check> {
    if ctx.config.jira.enabled == Some(false) {
        return Some(check("Jira", Status::Ok, "disabled (jira.enabled: false)"));
    }
    let site = ctx.jira_site().ok()?;
    let tracker = match ctx.jira() {
        Ok(t) => t,
        Err(e) => {
            let c = check("Jira", Status::Fail, e.message);
            return Some(match e.hint {
                Some(h) => c.hint(h),
                None => c,
            });
        }
    };
    Some(match rt.block_on(tracker.myself()) {
        Ok(user) => {
            let version = rt
                .block_on(tracker.server_info())
                .map(|(v, kind)| format!(", {kind} {v}"))
                .unwrap_or_default();
            check(
                "Jira",
                Status::Ok,
                format!(
                    "{} ({}{version}): credentials valid for {}",
                    site.url,
                    site.deployment.as_str(),
                    user.display_name.unwrap_or(user.name)
                ),
            )
        }
        Err(TrackerError::Auth(_)) => check(
            "Jira",
            Status::Fail,
            format!("{}: the credentials were rejected", site.url),
        )
        .hint("check JIRA_EMAIL and JIRA_API_TOKEN, or run `gh debussy-sync auth login jira`"),
        Err(e) => check("Jira", Status::Fail, format!("{}: {e}", site.url))
            .hint("check JIRA_URL / jira.url and your network"),
    })
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
    checks.push(github(ctx, &rt));
    checks.extend(jira(ctx, &rt));
    let ok = checks.iter().all(|c| c.status != Status::Fail);
    ctx.ui.emit(&DoctorReport { ok, checks });
    Ok(if ok { exit::OK } else { exit::FAILURE })
}
