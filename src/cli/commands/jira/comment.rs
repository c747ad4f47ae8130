//! `jira comment KEY --body TEXT | --body-file FILE|-`.

use super::{connect, failure, key_of};
use crate::cli::body::{comment_text, read_body};
use crate::context::Context;
use crate::error::CliError;
use crate::output::{Paint, Report, Ui};
use clap::Args;
use serde::Serialize;
use std::path::PathBuf;

/// Add a comment.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  gh debussy-sync jira comment PROJ-7 --body \"Deployed to staging\"\n  gh debussy-sync jira comment PROJ-7 --body-file notes.md"
)]
pub struct CommentArgs {
    /// Issue key (PROJ-7) or browse URL.
    key: String,
    /// The comment text.
    #[arg(
        long,
        value_name = "TEXT",
        conflicts_with = "body_file",
        required_unless_present = "body_file"
    )]
    body: Option<String>,
    /// Read the comment from a file (`-` for standard input).
    #[arg(long, value_name = "FILE")]
    body_file: Option<PathBuf>,
}

pub(super) fn run(ctx: &Context, args: CommentArgs) -> Result<(), CliError> {
    let key = key_of(&args.key)?;
    let (jira, rt) = connect(ctx)?;
    let text = read_body(&ctx.cwd, args.body.as_deref(), args.body_file.as_deref())?;
    let text = comment_text(text.unwrap_or_default())?;
    let report = if ctx.dry_run {
        CommentReport {
            key,
            id: None,
            body: text,
            dry_run: true,
        }
    } else {
        let c = rt
            .block_on(jira.add_comment(&key, &text))
            .map_err(|e| failure(&key, e))?;
        CommentReport {
            key,
            id: Some(c.id),
            body: c.body,
            dry_run: false,
        }
    };
    ctx.ui.emit(&report);
    Ok(())
}

#[derive(Serialize)]
struct CommentReport {
    key: String,
    id: Option<String>,
    body: String,
    dry_run: bool,
}

impl Report for CommentReport {
    fn human(&self, ui: &Ui) -> String {
        if self.dry_run {
            return format!(
                "• {}  would add a comment ({} characters)\n",
                self.key,
                self.body.chars().count()
            );
        }
        format!(
            "{} {}  comment added\n",
            ui.paint("✓", Paint::Green),
            self.key
        )
    }
}
