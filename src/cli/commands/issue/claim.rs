//! `issue claim REF [--ttl 30m]`, `issue claim release|check|extend REF`,
//! `issue claim list [PLACE] [--mine]` (PRODUCT §14): the store decides, the
//! report says what came of it (exit 4 when someone else holds the issue).

use super::target::{issue_failure, reference, space};
use crate::claims::model::parse_duration;
use crate::claims::report::{changed, claimed, ListReport};
use crate::claims::store_for;
use crate::context::Context;
use crate::error::CliError;
use crate::operation::ActionKind;
use clap::{Args, Subcommand};
use jiff::SignedDuration;
use tokio::runtime::Runtime;

/// Claim an issue for this agent, or release, check, extend or list claims.
#[derive(Debug, Args)]
#[command(
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true,
    after_help = "Examples:\n  GH_DEBUSSY_SYNC_AGENT=bot-1 gh debussy-sync issue claim local#3 --ttl 1h\n  gh debussy-sync issue claim check acme/widgets#12\n  gh debussy-sync issue claim extend local#3 --add 15m\n  gh debussy-sync issue claim release local#3\n  gh debussy-sync issue claim list --mine"
)]
pub struct ClaimArgs {
    #[command(subcommand)]
    command: Option<ClaimCommand>,
    /// local#3, owner/repo#12, #12, PROJ-7, or an issue URL.
    #[arg(required = true)]
    reference: Option<String>,
    /// How long the claim holds unless extended (30m, 2h, 90s).
    #[arg(long, default_value = "30m", value_parser = duration)]
    ttl: SignedDuration,
}

const REF_HELP: &str = "local#3, owner/repo#12, #12, PROJ-7, or an issue URL.";

#[derive(Debug, Subcommand)]
enum ClaimCommand {
    /// Give up a claim (someone else's only with --force, which is recorded).
    #[command(
        after_help = "Examples:\n  gh debussy-sync issue claim release local#3\n  gh debussy-sync issue claim release acme/widgets#12 --force"
    )]
    Release {
        #[arg(help = REF_HELP)]
        reference: String,
        /// Release another agent's claim (recorded in the journal).
        #[arg(long)]
        force: bool,
    },
    /// Who holds an issue and until when, or that it is free (exit 0 either way).
    #[command(
        after_help = "Examples:\n  gh debussy-sync issue claim check local#3\n  gh debussy-sync --json issue claim check PROJ-7"
    )]
    Check {
        #[arg(help = REF_HELP)]
        reference: String,
    },
    /// Hold a claim longer (someone else's only with --force, which is recorded).
    #[command(
        after_help = "Examples:\n  gh debussy-sync issue claim extend local#3\n  gh debussy-sync issue claim extend '#12' --add 1h"
    )]
    Extend {
        #[arg(help = REF_HELP)]
        reference: String,
        /// How much longer (15m, 1h).
        #[arg(long, default_value = "15m", value_parser = duration)]
        add: SignedDuration,
        /// Extend another agent's claim (recorded in the journal).
        #[arg(long)]
        force: bool,
    },
    /// The live claims in a place (open issues on a remote tracker).
    #[command(
        after_help = "Examples:\n  gh debussy-sync issue claim list\n  gh debussy-sync issue claim list acme/widgets --mine"
    )]
    List {
        /// local, owner/repo, gitea:owner/repo, or a Jira project key.
        #[arg(default_value = "local")]
        place: String,
        /// Only this agent's claims.
        #[arg(long)]
        mine: bool,
    },
}

fn duration(text: &str) -> Result<SignedDuration, String> {
    parse_duration(text)
}

pub(super) fn run(ctx: &Context, rt: &Runtime, args: ClaimArgs) -> Result<(), CliError> {
    let me = ctx.agent.id.as_str();
    let Some(command) = args.command else {
        let issue = reference(ctx, args.reference.as_deref().unwrap_or_default())?;
        let store = store_for(ctx, issue.tracker())?;
        let verdict = rt
            .block_on(store.claim(&issue, me, args.ttl))
            .map_err(|e| issue_failure(ctx, &issue, e))?;
        ctx.ui.emit(&claimed(ctx, &issue, verdict)?);
        return Ok(());
    };
    match command {
        ClaimCommand::Check { reference: r } => {
            let issue = reference(ctx, &r)?;
            let store = store_for(ctx, issue.tracker())?;
            let held = rt
                .block_on(store.check(&issue))
                .map_err(|e| issue_failure(ctx, &issue, e))?;
            ctx.ui.emit(&crate::claims::report::checked(&issue, held));
        }
        ClaimCommand::Release {
            reference: r,
            force,
        } => {
            let issue = reference(ctx, &r)?;
            let store = store_for(ctx, issue.tracker())?;
            let done = rt
                .block_on(store.release(&issue, me, force))
                .map_err(|e| issue_failure(ctx, &issue, e))?;
            ctx.ui
                .emit(&changed(ctx, &issue, ActionKind::ReleaseClaim, done)?);
        }
        ClaimCommand::Extend {
            reference: r,
            add,
            force,
        } => {
            let issue = reference(ctx, &r)?;
            let store = store_for(ctx, issue.tracker())?;
            let done = rt
                .block_on(store.extend(&issue, me, add, force))
                .map_err(|e| issue_failure(ctx, &issue, e))?;
            ctx.ui
                .emit(&changed(ctx, &issue, ActionKind::ExtendClaim, done)?);
        }
        ClaimCommand::List { place, mine } => {
            let place = space(ctx, &place)?;
            let store = store_for(ctx, place.tracker())?;
            let mut claims = rt
                .block_on(store.list(&place))
                .map_err(|e| super::target::failure(&place.to_string(), e))?;
            claims.retain(|h| !mine || h.claim.agent == me);
            ctx.ui.emit(&ListReport { claims });
        }
    }
    Ok(())
}
