//! `issue activity [REF] [--since 1h] [--agent ID] [--follow]`: one stream from
//! our journal and the trackers' own history (PRODUCT §14).

use super::target::{failure, reference, space};
use crate::activity::{from_journal, merged, parse_age, Entry, Filter, Scope};
use crate::context::Context;
use crate::error::CliError;
use crate::output::{issue_table, Report, Ui};
use clap::Args;
use serde::Serialize;
use tokio::runtime::Runtime;

/// Show what happened to an issue, or everywhere: our writes and the tracker's.
#[derive(Debug, Args)]
#[command(
    after_help = "Without REF: the journal and the local tracker. Tracker history: local files (comments, progress, claims), GitHub's issue timeline, otherwise comments. With --follow, entries are printed as they are journaled, one JSON document per line with --json (NDJSON); Ctrl-C stops.\n\nExamples:\n  gh debussy-sync issue activity local#3 --since 1h\n  gh debussy-sync --json issue activity --agent agent-7 --follow"
)]
pub struct ActivityArgs {
    /// local#3, owner/repo#12, #12, PROJ-7, or an issue URL; all issues when absent.
    reference: Option<String>,
    /// Only what happened within this long: 90s, 15m, 1h, 2d, 1w.
    #[arg(long, value_name = "AGE")]
    since: Option<String>,
    /// Only what this agent did.
    #[arg(long, value_name = "ID")]
    agent: Option<String>,
    /// Keep printing new journal entries as they arrive.
    #[arg(long)]
    follow: bool,
}

/// How often `--follow` reads the journal.
const POLL: std::time::Duration = std::time::Duration::from_millis(500);

pub(super) fn run(ctx: &Context, rt: &Runtime, args: ActivityArgs) -> Result<(), CliError> {
    let since = match &args.since {
        None => None,
        Some(text) => Some(
            parse_age(text)
                .and_then(|age| jiff::Timestamp::now().checked_sub(age).ok())
                .ok_or_else(|| {
                    CliError::input(format!("--since: '{text}' is not an age"))
                        .hint("use a number and a unit: 90s, 15m, 1h, 2d, 1w")
                })?,
        ),
    };
    let scope = match &args.reference {
        Some(text) => Scope::Issue(reference(ctx, text)?),
        None => Scope::Space(space(ctx, "local")?),
    };
    let filter = Filter {
        issue: match &scope {
            Scope::Issue(i) => Some(i.to_string()),
            Scope::Space(_) => None,
        },
        since,
        agent: args.agent,
    };
    let kind = match &scope {
        Scope::Issue(i) => i.tracker(),
        Scope::Space(s) => s.tracker(),
    };
    let tracker = ctx.tracker(kind)?;
    let from_tracker = rt
        .block_on(tracker.activity(&scope))
        .map_err(|e| failure(&args.reference.clone().unwrap_or_else(|| "local".into()), e))?;
    let journal = ctx.store()?.journal_entries(None)?;
    let mut seen = journal.len();
    let entries = merged([from_journal(journal), from_tracker].concat(), &filter);
    if !args.follow {
        ctx.ui.emit(&Stream { entries });
        return Ok(());
    }
    for e in entries {
        ctx.ui.emit_line(&Line(e));
    }
    loop {
        std::thread::sleep(POLL);
        let rows = ctx.store()?.journal_entries(None)?;
        let new = rows.into_iter().skip(seen).collect::<Vec<_>>();
        seen += new.len();
        for e in merged(from_journal(new), &filter) {
            ctx.ui.emit_line(&Line(e));
        }
    }
}

#[derive(Serialize)]
struct Stream {
    entries: Vec<Entry>,
}

impl Report for Stream {
    fn always_shown(&self) -> bool {
        true
    }

    fn human(&self, _ui: &Ui) -> String {
        if self.entries.is_empty() {
            return "No activity.\n".into();
        }
        issue_table(self.entries.iter().map(row))
    }
}

fn row(e: &Entry) -> Vec<String> {
    let who = match (&e.agent, &e.actor) {
        (Some(a), _) => a.clone(),
        (None, Some(actor)) => actor.clone(),
        (None, None) => String::new(),
    };
    vec![
        e.at.clone(),
        e.issue.clone(),
        e.event.clone(),
        who,
        e.detail.clone().unwrap_or_default(),
    ]
}

/// One entry of `--follow`.
#[derive(Serialize)]
#[serde(transparent)]
struct Line(Entry);

impl Report for Line {
    fn always_shown(&self) -> bool {
        true
    }

    fn human(&self, _ui: &Ui) -> String {
        format!("{}\n", row(&self.0).join("  ").trim_end())
    }
}
