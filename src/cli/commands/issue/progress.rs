//! `issue progress REF [--percent N] [--stage NAME] [--checkpoint NAME]`: an
//! agent's structured progress, kept with the issue (PRODUCT §14).

use super::target::{issue_failure, reference};
use crate::context::Context;
use crate::error::CliError;
use crate::operation::ActionKind;
use crate::output::{Paint, Report, Ui};
use crate::progress_meta::{progress_of, Progress};
use crate::store::now_rfc3339;
use clap::Args;
use serde::Serialize;
use tokio::runtime::Runtime;

/// Record how far work on an issue is.
#[derive(Debug, Args)]
#[command(
    after_help = "Kept with the issue: a hidden block at the end of the body on GitHub and Gitea, the issue property debussy-sync.progress on Jira, the front-matter key `progress` locally. What is not given stays as it was; `issue view` shows it.\n\nExamples:\n  gh debussy-sync issue progress local#3 --percent 40 --stage impl\n  gh debussy-sync issue progress acme/widgets#12 --checkpoint tests-green"
)]
#[command(group(clap::ArgGroup::new("what").required(true).multiple(true).args(["percent", "stage", "checkpoint"])))]
pub struct ProgressArgs {
    /// local#3, owner/repo#12, #12, PROJ-7, or an issue URL.
    reference: String,
    /// How much is done, 0 to 100.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(0..=100))]
    percent: Option<u8>,
    /// The stage the work is in (design, impl, review…).
    #[arg(long, value_name = "NAME")]
    stage: Option<String>,
    /// The last checkpoint reached.
    #[arg(long, value_name = "NAME")]
    checkpoint: Option<String>,
}

pub(super) fn run(ctx: &Context, rt: &Runtime, args: ProgressArgs) -> Result<(), CliError> {
    let issue = reference(ctx, &args.reference)?;
    let update = Progress {
        percent: args.percent,
        stage: args.stage,
        checkpoint: args.checkpoint,
        agent: Some(ctx.agent.id.clone()),
        at: Some(now_rfc3339()),
    };
    let tracker = ctx.tracker(issue.tracker())?;
    // Held from reading the progress until the journal has it, so that runs at
    // once each add their fields to what the one before them wrote.
    let _lock = if ctx.dry_run { None } else { Some(ctx.lock()?) };
    let before = rt
        .block_on(tracker.details(&issue))
        .map_err(|e| issue_failure(ctx, &issue, e))?;
    let progress = progress_of(&before).unwrap_or_default().updated_by(&update);
    if ctx.dry_run {
        ctx.ui.emit(&Recorded {
            issue: issue.to_string(),
            dry_run: true,
            progress,
        });
        return Ok(());
    }
    let result = rt.block_on(tracker.set_progress(&issue, &progress));
    let summary = progress.summary();
    super::journal::record(
        ctx,
        &issue,
        ActionKind::SetProgress,
        &summary,
        result.as_ref().err(),
    )?;
    result.map_err(|e| issue_failure(ctx, &issue, e))?;
    ctx.ui.emit(&Recorded {
        issue: issue.to_string(),
        dry_run: false,
        progress,
    });
    Ok(())
}

#[derive(Serialize)]
struct Recorded {
    issue: String,
    dry_run: bool,
    progress: Progress,
}

impl Report for Recorded {
    fn human(&self, ui: &Ui) -> String {
        let mark = if self.dry_run {
            "•".to_string()
        } else {
            ui.paint("✓", Paint::Green)
        };
        let verb = if self.dry_run {
            "would record"
        } else {
            "recorded"
        };
        format!(
            "{mark} {verb} progress of {}: {}\n",
            self.issue,
            self.progress.summary()
        )
    }
}
