//! What a claim command tells the user and records: one report per command, the
//! exit code of a refusal (4, naming holder and expiry), and a journal row for
//! every claim, release and extension made (forced ones say so).

use super::model::rfc3339;
use super::{Changed, Claim, Held, Permission, Verdict};
use crate::context::Context;
use crate::error::{exit, CliError};
use crate::operation::{ActionKind, OpStatus, OperationTracker};
use crate::output::{Paint, Report, Ui};
use crate::refs::IssueRef;
use crate::store::{now_rfc3339, JournalEntry};
use serde::Serialize;

/// The report of `claim`, `check`, `release` and `extend`.
#[derive(Debug, Serialize)]
pub struct ClaimReport {
    pub issue: String,
    /// `claimed`, `already_held`, `held`, `free`, `released`, `extended`.
    pub status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claim: Option<Claim>,
    /// The other agent's claim a `--force` overrode.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub forced_from: Option<String>,
}

impl Report for ClaimReport {
    fn human(&self, ui: &Ui) -> String {
        let until = |c: &Claim| format!("{} until {}", c.agent, rfc3339(c.expires));
        let mark = ui.paint("✓", Paint::Green);
        let forced = self
            .forced_from
            .as_ref()
            .map(|a| format!(" (forced; it was {a}'s)"))
            .unwrap_or_default();
        match (&self.claim, self.status) {
            (Some(c), "held") => format!("{} is claimed by {}\n", self.issue, until(c)),
            (_, "free") => format!("{} is free\n", self.issue),
            (_, "released") => format!("{mark} released {}{forced}\n", self.issue),
            (Some(c), status) => format!(
                "{mark} {} {}: {}{forced}\n",
                status.replace('_', " "),
                self.issue,
                until(c)
            ),
            (None, status) => format!("{} {status}\n", self.issue),
        }
    }

    fn always_shown(&self) -> bool {
        true
    }
}

/// The live claims `claim list` shows.
#[derive(Debug, Serialize)]
pub struct ListReport {
    pub claims: Vec<Held>,
}

impl Report for ListReport {
    fn human(&self, _ui: &Ui) -> String {
        if self.claims.is_empty() {
            return "no claims\n".into();
        }
        let width = self.claims.iter().map(|h| h.issue.len()).max().unwrap_or(0);
        self.claims
            .iter()
            .map(|h| {
                format!(
                    "{:width$}  {}  until {}\n",
                    h.issue,
                    h.claim.agent,
                    rfc3339(h.claim.expires)
                )
            })
            .collect()
    }

    fn always_shown(&self) -> bool {
        true
    }
}

/// Someone else holds the issue: exit 4 naming them and the expiry.
pub fn refused(issue: &IssueRef, holder: &Claim, hint: &str) -> CliError {
    CliError::new(
        exit::REFUSED,
        format!(
            "{issue} is claimed by {} until {}",
            holder.agent,
            rfc3339(holder.expires)
        ),
    )
    .hint(hint)
}

/// What a claim came to: the report, or the refusal.
pub fn claimed(ctx: &Context, issue: &IssueRef, verdict: Verdict) -> Result<ClaimReport, CliError> {
    let (status, claim) = match verdict {
        Verdict::Won(c) => {
            journal(ctx, issue, ActionKind::Claim, &c, None)?;
            ("claimed", c)
        }
        Verdict::AlreadyHeld(c) => ("already_held", c),
        Verdict::Lost(c) => {
            return Err(refused(
                issue,
                &c,
                "pick another issue, or wait until the claim expires",
            ))
        }
    };
    Ok(ClaimReport {
        issue: issue.to_string(),
        status,
        claim: Some(claim),
        forced_from: None,
    })
}

/// What a release or an extension came to.
pub fn changed(
    ctx: &Context,
    issue: &IssueRef,
    action: ActionKind,
    changed: Changed,
) -> Result<ClaimReport, CliError> {
    let (held, forced_from) = match changed.permission {
        Permission::Refused(c) => {
            return Err(refused(
                issue,
                &c,
                "only its holder releases or extends a claim; --force overrides (recorded)",
            ))
        }
        Permission::Free if action == ActionKind::ExtendClaim => {
            return Err(
                CliError::new(exit::REFUSED, format!("{issue} is not claimed")).hint(format!(
                    "claim it first: gh debussy-sync issue claim {issue}"
                )),
            )
        }
        Permission::Lapsing(c) => {
            return Err(CliError::new(
                exit::REFUSED,
                format!(
                    "{issue}'s claim by {} lapses at {}, too soon to extend it safely",
                    c.agent,
                    rfc3339(c.expires)
                ),
            )
            .hint(format!(
                "claim it again: gh debussy-sync issue claim {issue}"
            )))
        }
        Permission::Free => {
            return Ok(ClaimReport {
                issue: issue.to_string(),
                status: "free",
                claim: None,
                forced_from: None,
            })
        }
        Permission::Own(c) => (c, None),
        Permission::Forced(c) => (c.clone(), Some(c.agent)),
    };
    let claim = changed.now.unwrap_or(held);
    journal(ctx, issue, action, &claim, forced_from.as_deref())?;
    let status = if action == ActionKind::ReleaseClaim {
        "released"
    } else {
        "extended"
    };
    Ok(ClaimReport {
        issue: issue.to_string(),
        status,
        claim: (action != ActionKind::ReleaseClaim).then_some(claim),
        forced_from,
    })
}

/// Records a claim write; a forced one names the agent it was taken from.
fn journal(
    ctx: &Context,
    issue: &IssueRef,
    action: ActionKind,
    claim: &Claim,
    forced_from: Option<&str>,
) -> Result<(), CliError> {
    let entry = JournalEntry {
        at: now_rfc3339(),
        plan: "claims".into(),
        tracker: OperationTracker::Tracker(issue.tracker()).into(),
        target: issue.to_string(),
        action: action.into(),
        value: Some(format!("{} until {}", claim.agent, rfc3339(claim.expires))),
        status: OpStatus::Applied.into(),
        message: forced_from.map(|a| format!("forced over {a}'s claim")),
        agent: None,
    };
    ctx.store()?.journal(&[entry])?;
    Ok(())
}

/// Records expired claims freed on `issue` (by `serve`); a journal that cannot
/// be written is a warning, the claims being gone either way.
pub fn journal_expired(ctx: &Context, issue: &IssueRef, freed: usize) {
    let entry = JournalEntry {
        at: now_rfc3339(),
        plan: "claims".into(),
        tracker: OperationTracker::Tracker(issue.tracker()).into(),
        target: issue.to_string(),
        action: ActionKind::ReleaseClaim.into(),
        value: None,
        status: OpStatus::Applied.into(),
        message: Some(format!("freed {freed} expired claim(s)")),
        agent: None,
    };
    if let Err(e) = ctx.store().and_then(|mut s| Ok(s.journal(&[entry])?)) {
        ctx.ui.warn(&format!("journal: {}", e.message));
    }
}

/// What `claim check` found.
pub fn checked(issue: &IssueRef, held: Option<Claim>) -> ClaimReport {
    ClaimReport {
        issue: issue.to_string(),
        status: if held.is_some() { "held" } else { "free" },
        claim: held,
        forced_from: None,
    }
}
