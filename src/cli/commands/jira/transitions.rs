//! `jira transitions KEY`: the transitions available from the issue's status.

use super::{connect, failure, key_of};
use crate::context::Context;
use crate::error::CliError;
use crate::output::{table, Report, Ui};
use crate::tracker::{TrackerError, TransitionInfo};
use clap::Args;
use serde::Serialize;

/// List the transitions available from the issue's current status.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  gh debussy-sync jira transitions PROJ-7")]
pub struct TransitionsArgs {
    /// Issue key (PROJ-7) or browse URL.
    key: String,
}

pub(super) fn run(ctx: &Context, args: TransitionsArgs) -> Result<(), CliError> {
    let key = key_of(&args.key)?;
    let (jira, rt) = connect(ctx)?;
    let (issue, transitions) = rt
        .block_on(async {
            Ok::<_, TrackerError>((jira.view(&key).await?, jira.list_transitions(&key).await?))
        })
        .map_err(|e| failure(&key, e))?;
    ctx.ui.emit(&TransitionsReport {
        key,
        status: issue.status,
        transitions,
    });
    Ok(())
}

#[derive(Serialize)]
struct TransitionsReport {
    key: String,
    status: String,
    transitions: Vec<TransitionInfo>,
}

impl Report for TransitionsReport {
    fn always_shown(&self) -> bool {
        true
    }

    fn human(&self, _ui: &Ui) -> String {
        let mut out = format!("{} is in {}\n", self.key, self.status);
        if self.transitions.is_empty() {
            out.push_str("No transitions available.\n");
            return out;
        }
        let mut rows = vec![vec![
            "ID".into(),
            "TRANSITION".into(),
            "TO".into(),
            "ASKS FOR".into(),
        ]];
        rows.extend(self.transitions.iter().map(|t| {
            vec![
                t.id.clone(),
                t.name.clone(),
                t.to.clone(),
                asks_for(t).join(", "),
            ]
        }));
        out.push_str(&table(&rows));
        out
    }
}

/// The fields a transition's screen asks for, the optional ones marked.
fn asks_for(t: &TransitionInfo) -> Vec<String> {
    t.fields
        .iter()
        .map(|f| {
            if f.required {
                f.key.clone()
            } else {
                format!("{} (optional)", f.key)
            }
        })
        .collect()
}
