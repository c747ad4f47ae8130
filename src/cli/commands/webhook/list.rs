//! `webhook list`: the repository's hooks (id, URL, events, active), never their
//! secrets.

use super::{hooks_of, read_failed, HookView, Where};
use crate::context::Context;
use crate::error::{exit, CliError};
use crate::output::{table, Report, Ui};
use clap::Args;
use serde::Serialize;

/// List the repository's hooks.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  gh debussy-sync webhook list\n  gh debussy-sync webhook list --tracker gitea --json"
)]
pub struct ListArgs {
    #[command(flatten)]
    pub place: Where,
}

pub(super) fn run(ctx: &Context, args: ListArgs) -> Result<i32, CliError> {
    let space = args.place.space(ctx)?;
    let runtime = ctx.runtime()?;
    let _entered = runtime.enter();
    let tracker = ctx.tracker(space.tracker())?;
    let hooks = hooks_of(tracker.as_ref())?;
    let list = runtime
        .block_on(hooks.list_hooks(&space))
        .map_err(|e| read_failed(&space, e))?;
    ctx.ui.emit(&ListReport {
        tracker: space.tracker().as_str(),
        target: space.to_string(),
        hooks: list.iter().map(HookView::from).collect(),
    });
    Ok(exit::OK)
}

#[derive(Debug, Serialize)]
struct ListReport {
    tracker: &'static str,
    target: String,
    hooks: Vec<HookView>,
}

impl Report for ListReport {
    fn always_shown(&self) -> bool {
        true
    }

    fn human(&self, _ui: &Ui) -> String {
        if self.hooks.is_empty() {
            return format!("{} has no hooks.\n", self.target);
        }
        let mut rows = vec![vec![
            "ID".to_string(),
            "URL".into(),
            "EVENTS".into(),
            "ACTIVE".into(),
        ]];
        rows.extend(self.hooks.iter().map(|h| {
            vec![
                h.id.to_string(),
                h.url.clone(),
                h.events.join(","),
                if h.active { "yes" } else { "no" }.into(),
            ]
        }));
        table(&rows)
    }
}
