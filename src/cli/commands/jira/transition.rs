//! `jira transition KEY STATUS`: move an issue to a status, or through a named
//! transition, choosing the transition the way convergence does.

use super::{connect, failure, key_of};
use crate::cli::body::{comment_text, text_arg};
use crate::context::Context;
use crate::error::{exit, CliError};
use crate::output::{Paint, Report, Ui};
use crate::refs::IssueRef;
use crate::tracker::jira::JiraTracker;
use crate::tracker::workflow::{choose_transition, TransitionOutcome};
use crate::tracker::{Change, Target, Tracker};
use clap::Args;
use serde::Serialize;
use serde_json::{Map, Value};

/// Move an issue to a status (or through a named transition).
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  gh debussy-sync jira transition PROJ-7 \"In Progress\"\n  gh debussy-sync jira transition PROJ-7 Done --resolution Done --comment \"shipped\""
)]
pub struct TransitionArgs {
    /// Issue key (PROJ-7) or browse URL.
    key: String,
    /// Target status or transition name.
    status: String,
    /// Resolution for transitions whose screen asks for one.
    #[arg(long, value_name = "NAME")]
    resolution: Option<String>,
    /// Add a comment after the transition (`-` reads standard input).
    #[arg(long, value_name = "TEXT")]
    comment: Option<String>,
}

pub(super) fn run(ctx: &Context, args: TransitionArgs) -> Result<(), CliError> {
    let key = key_of(&args.key)?;
    let (jira, rt) = connect(ctx)?;
    let comment = args
        .comment
        .map(|c| text_arg(&c).and_then(comment_text))
        .transpose()?;
    let mut fields = crate::tracker::jira::config::settings(&ctx.config).transition_fields;
    if let Some(r) = args.resolution {
        fields.insert("resolution".into(), Value::String(r));
    }
    let mut report = rt.block_on(transition(ctx, &jira, &key, &args.status, &fields))?;
    // A comment inside a screenless transition is dropped by Jira: post it separately.
    if let Some(text) = comment.filter(|_| !ctx.dry_run) {
        let c = rt
            .block_on(jira.add_comment(&key, &text))
            .map_err(|e| failure(&key, e))?;
        report.comment_id = Some(c.id);
    }
    ctx.ui.emit(&report);
    Ok(())
}

/// Takes the transition to `wanted` unless the issue is already there; a dry run
/// only says it would.
async fn transition(
    ctx: &Context,
    jira: &JiraTracker,
    key: &str,
    wanted: &str,
    fields: &Map<String, Value>,
) -> Result<TransitionReport, CliError> {
    let fail = |e| failure(key, e);
    let issue = jira.view(key).await.map_err(fail)?;
    let outcome = if issue.status.eq_ignore_ascii_case(wanted) {
        TransitionOutcome::Already
    } else {
        let available = jira.list_transitions(key).await.map_err(fail)?;
        choose_transition(&issue.status, wanted, &available, fields)
    };
    let mut report = TransitionReport {
        key: key.to_string(),
        from: issue.status.clone(),
        to: issue.status,
        status: Moved::Already,
        resolution: issue.resolution,
        comment_id: None,
        dry_run: ctx.dry_run,
    };
    let change = match outcome {
        TransitionOutcome::Already => return Ok(report),
        TransitionOutcome::Unavailable(reason) => {
            return Err(CliError::new(exit::FAILURE, format!("{key}: {reason}"))
                .hint(format!("see `gh debussy-sync jira transitions {key}`")))
        }
        TransitionOutcome::Take(change) => change,
    };
    if let Change::Transition { to, .. } = &change {
        report.to = to.clone();
    }
    report.status = Moved::Planned;
    if !ctx.dry_run {
        let target = Target::Issue(IssueRef::Key {
            kind: crate::tracker::jira::KIND,
            key: key.to_string(),
        });
        jira.apply(&target, &change).await.map_err(fail)?;
        report.status = Moved::Applied;
        report.resolution = jira.view(key).await.ok().and_then(|i| i.resolution);
    }
    Ok(report)
}

/// What `jira transition` did to the issue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
enum Moved {
    Applied,
    /// A dry run: the transition would be taken.
    Planned,
    /// The issue was already in the status asked for.
    Already,
}

#[derive(Serialize)]
struct TransitionReport {
    key: String,
    from: String,
    to: String,
    status: Moved,
    resolution: Option<String>,
    comment_id: Option<String>,
    dry_run: bool,
}

impl Report for TransitionReport {
    fn human(&self, ui: &Ui) -> String {
        let mark = ui.paint("✓", Paint::Green);
        let mut out = match self.status {
            Moved::Already => format!("{mark} {} is already in {}\n", self.key, self.to),
            Moved::Planned => format!("• {}  would move {} → {}\n", self.key, self.from, self.to),
            Moved::Applied => format!("{mark} {}  {} → {}\n", self.key, self.from, self.to),
        };
        if let Some(r) = &self.resolution {
            out.push_str(&format!("  resolution: {r}\n"));
        }
        if self.comment_id.is_some() {
            out.push_str(&format!("{mark} {}  comment added\n", self.key));
        }
        out
    }
}
