//! `issue ready [WHERE]`: the open issues nobody holds whose every blocker is
//! closed — what an agent can pick up now (PRODUCT §14).

use super::depends::trackers;
use super::target::{failure, space};
use crate::claims::store_for;
use crate::context::Context;
use crate::deps::{cycle_text, load, NoClaims, Readiness};
use crate::error::CliError;
use crate::output::{issue_table, Report, Ui};
use clap::Args;
use serde::Serialize;
use tokio::runtime::Runtime;

/// List the issues ready to be worked: open, unclaimed, every blocker closed.
#[derive(Debug, Args)]
#[command(
    after_help = "A blocker on another tracker is read from it; one that cannot be read keeps its issue waiting. With --json, `waiting` lists the other open issues with why.\n\nExamples:\n  gh debussy-sync issue ready\n  gh debussy-sync --json issue ready acme/widgets"
)]
pub struct ReadyArgs {
    /// `local` (default), `owner/repo` (GitHub), `gitea:owner/repo`, or a Jira project key (`PROJ`).
    #[arg(value_name = "WHERE", default_value = "local")]
    place: String,
}

pub(super) fn run(ctx: &Context, rt: &Runtime, args: ReadyArgs) -> Result<(), CliError> {
    let space = space(ctx, &args.place)?;
    // Local claims are read from the front matter with the issues; elsewhere (and
    // in Redis) only the issues otherwise ready are asked about.
    let store = store_for(ctx, space.tracker())?;
    let (mut weighed, graph) = rt
        .block_on(load::ready(&trackers(ctx), &space, &NoClaims))
        .map_err(|e| failure(&space.to_string(), e))?;
    if !store.seen_in_issue_reads() {
        let ready: Vec<_> = weighed
            .iter()
            .filter(|w| w.readiness == Readiness::Ready)
            .map(|w| w.candidate.issue.clone())
            .collect();
        let held = rt.block_on(crate::claims::held_among(store.as_ref(), &ready));
        for w in &mut weighed {
            match held.get(&w.candidate.issue) {
                Some(Err(e)) => return Err(failure(&w.candidate.issue.to_string(), e.clone())),
                Some(Ok(Some(claim))) => w.readiness = Readiness::Claimed(claim.agent.clone()),
                _ => {}
            }
        }
    }
    if let Some(cycle) = graph.find_cycle() {
        return Err(
            CliError::input(format!("dependency cycle: {}", cycle_text(&cycle)))
                .hint("remove one of the dependencies with `issue depends remove`"),
        );
    }
    let mut report = ReadyReport::default();
    for w in weighed {
        let c = w.candidate;
        let item = Item {
            reference: c.issue.to_string(),
            title: c.title,
            claimed_by: None,
            blocked_by: Vec::new(),
        };
        match w.readiness {
            Readiness::Ready => report.ready.push(item),
            Readiness::Closed => {}
            Readiness::Claimed(holder) => report.waiting.push(Item {
                claimed_by: Some(holder),
                ..item
            }),
            Readiness::Blocked(by) => report.waiting.push(Item {
                blocked_by: by.iter().map(ToString::to_string).collect(),
                ..item
            }),
        }
    }
    ctx.ui.emit(&report);
    Ok(())
}

#[derive(Serialize)]
struct Item {
    #[serde(rename = "ref")]
    reference: String,
    title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    claimed_by: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    blocked_by: Vec<String>,
}

#[derive(Serialize, Default)]
struct ReadyReport {
    ready: Vec<Item>,
    waiting: Vec<Item>,
}

impl Report for ReadyReport {
    fn always_shown(&self) -> bool {
        true
    }

    fn human(&self, _ui: &Ui) -> String {
        if self.ready.is_empty() {
            return "No issue is ready.\n".into();
        }
        issue_table(
            self.ready
                .iter()
                .map(|i| vec![i.reference.clone(), i.title.clone()]),
        )
    }
}
