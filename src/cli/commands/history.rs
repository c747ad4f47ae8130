//! `history`: completed plans and the operation journal.

use crate::context::Context;
use crate::error::{exit, CliError};
use crate::output::{table, Report, Ui};
use crate::store::{Completion, JournalEntry, Store};
use clap::Args;
use serde::Serialize;

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// Only this plan (its path relative to the repository root).
    #[arg(long, value_name = "PATH")]
    pub plan: Option<String>,
    /// Only operations on this issue (fully qualified, e.g. acme/widgets#10).
    #[arg(long, value_name = "REF")]
    pub issue: Option<String>,
}

#[derive(Serialize)]
struct HistoryReport {
    completions: Vec<Completion>,
    operations: Vec<JournalEntry>,
}

impl Report for HistoryReport {
    fn always_shown(&self) -> bool {
        true
    }

    fn human(&self, _ui: &Ui) -> String {
        let mut out = String::new();
        if !self.completions.is_empty() {
            out.push_str("Completed plans\n");
            let rows: Vec<Vec<String>> = self
                .completions
                .iter()
                .map(|c| {
                    vec![
                        c.at.clone(),
                        c.name.clone(),
                        c.plan.clone(),
                        c.issues.join(", "),
                    ]
                })
                .collect();
            out.push_str(&table(&rows));
            out.push('\n');
        }
        if self.operations.is_empty() {
            out.push_str("No operations recorded.\n");
            return out;
        }
        out.push_str("Operations\n");
        let rows: Vec<Vec<String>> = self
            .operations
            .iter()
            .map(|o| {
                vec![
                    o.at.clone(),
                    o.status.clone(),
                    o.target.clone(),
                    o.action.clone(),
                    o.value.clone().unwrap_or_default(),
                ]
            })
            .collect();
        out.push_str(&table(&rows));
        out
    }
}

pub fn run(ctx: &Context, args: HistoryArgs) -> Result<i32, CliError> {
    let path = Store::path_in(&ctx.root);
    let report = if path.exists() {
        let store = Store::open(&path)?;
        let mut operations = store.journal_entries(args.plan.as_deref())?;
        if let Some(issue) = &args.issue {
            operations.retain(|o| &o.target == issue);
        }
        let mut completions = store.completions()?;
        if let Some(plan) = &args.plan {
            completions.retain(|c| &c.plan == plan);
        }
        if let Some(issue) = &args.issue {
            completions.retain(|c| c.issues.contains(issue));
        }
        HistoryReport {
            completions,
            operations,
        }
    } else {
        HistoryReport {
            completions: Vec::new(),
            operations: Vec::new(),
        }
    };
    ctx.ui.emit(&report);
    Ok(exit::OK)
}
