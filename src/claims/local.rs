//! Claims on local issues: the front matter, decided under the tracker's lock
//! (see [`crate::tracker::local::claim`]).

use super::model::{permission, take, Permission, Verdict};
use super::{now, Changed, Claim, ClaimStore, Held};
use crate::refs::IssueRef;
use crate::tracker::local::claim::Write;
use crate::tracker::local::LocalTracker;
use crate::tracker::{Space, TrackerError};
use async_trait::async_trait;
use jiff::SignedDuration;

pub struct LocalClaims {
    pub tracker: LocalTracker,
}

fn number(issue: &IssueRef) -> Result<u64, TrackerError> {
    match issue {
        IssueRef::Number { kind, number } if *kind == crate::tracker::local::KIND => Ok(*number),
        other => Err(TrackerError::Unavailable(format!(
            "{other} is not a local issue"
        ))),
    }
}

#[async_trait]
impl ClaimStore for LocalClaims {
    async fn claim(
        &self,
        issue: &IssueRef,
        me: &str,
        ttl: SignedDuration,
    ) -> Result<Verdict, TrackerError> {
        self.tracker.with_claim(number(issue)?, |current| {
            let verdict = take(current.as_ref(), me, now(), ttl);
            let write = match &verdict {
                Verdict::Won(c) => Write::Set(c.clone()),
                _ => Write::Keep,
            };
            (verdict, write)
        })
    }

    async fn check(&self, issue: &IssueRef) -> Result<Option<Claim>, TrackerError> {
        self.tracker.with_claim(number(issue)?, |current| {
            (current.filter(|c| c.live(now())), Write::Keep)
        })
    }

    async fn release(
        &self,
        issue: &IssueRef,
        me: &str,
        force: bool,
    ) -> Result<Changed, TrackerError> {
        self.tracker.with_claim(number(issue)?, |current| {
            let permission = permission(current.as_ref(), me, force, now());
            let write = match permission {
                Permission::Own(_) | Permission::Forced(_) => Write::Remove,
                _ => Write::Keep,
            };
            let changed = Changed {
                permission,
                now: None,
            };
            (changed, write)
        })
    }

    async fn extend(
        &self,
        issue: &IssueRef,
        me: &str,
        add: SignedDuration,
        force: bool,
    ) -> Result<Changed, TrackerError> {
        self.tracker.with_claim(number(issue)?, |current| {
            let permission = permission(current.as_ref(), me, force, now());
            let longer = match &permission {
                Permission::Own(c) | Permission::Forced(c) => Some(c.extended(now(), add)),
                _ => None,
            };
            let write = longer.clone().map_or(Write::Keep, Write::Set);
            let changed = Changed {
                permission,
                now: longer,
            };
            (changed, write)
        })
    }

    async fn expire(&self, issue: &IssueRef) -> Result<usize, TrackerError> {
        self.tracker
            .with_claim(number(issue)?, |current| match current {
                Some(c) if !c.live(now()) => (1, Write::Remove),
                _ => (0, Write::Keep),
            })
    }

    fn seen_in_issue_reads(&self) -> bool {
        true
    }

    async fn list(&self, _space: &Space) -> Result<Vec<Held>, TrackerError> {
        let at = now();
        Ok(self
            .tracker
            .claims()?
            .into_iter()
            .filter(|(_, c)| c.live(at))
            .map(|(n, claim)| Held {
                issue: IssueRef::Number {
                    kind: crate::tracker::local::KIND,
                    number: n,
                }
                .to_string(),
                claim,
            })
            .collect())
    }
}
