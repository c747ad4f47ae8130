//! Claims (PRODUCT §14): of any number of agents claiming one issue at once,
//! exactly one wins and the others are told who holds it until when.
//!
//! [`model`] decides (pure); the stores keep claims where every agent sees them:
//! the local tracker's front matter under its lock ([`local`]), marker-carrying
//! comments on GitHub, Gitea and Jira ([`remote`], through the [`Tracker`]
//! trait), or Redis `SET NX PX` keys when `coordination.redis_url` is set
//! ([`redis`]). Every store answers the same [`ClaimStore`] questions.
//!
//! [`Tracker`]: crate::tracker::Tracker

pub mod local;
pub mod marker;
pub mod model;
pub mod redis;
pub mod remote;
pub mod report;

pub use model::{Claim, Permission, Verdict};

use crate::refs::IssueRef;
use crate::tracker::{Space, TrackerError};
use async_trait::async_trait;
use jiff::SignedDuration;

/// A claim held on one issue, as `claim list` shows it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Held {
    pub issue: String,
    #[serde(flatten)]
    pub claim: Claim,
}

/// What became of a release or an extension: who held the issue when asked (the
/// permission) and, for an extension that was made, the claim as it is now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Changed {
    pub permission: Permission,
    pub now: Option<Claim>,
}

/// Where claims are kept.
#[async_trait]
pub trait ClaimStore: Send + Sync {
    /// Claims `issue` for `me` for `ttl`.
    async fn claim(
        &self,
        issue: &IssueRef,
        me: &str,
        ttl: SignedDuration,
    ) -> Result<Verdict, TrackerError>;

    /// The live claim on `issue`, if any.
    async fn check(&self, issue: &IssueRef) -> Result<Option<Claim>, TrackerError>;

    /// Releases `me`'s claim (someone else's with `force`).
    async fn release(
        &self,
        issue: &IssueRef,
        me: &str,
        force: bool,
    ) -> Result<Changed, TrackerError>;

    /// Extends `me`'s claim by `add` (someone else's with `force`).
    async fn extend(
        &self,
        issue: &IssueRef,
        me: &str,
        add: SignedDuration,
        force: bool,
    ) -> Result<Changed, TrackerError>;

    /// The live claims on the issues of `space` (open issues, on a remote tracker).
    async fn list(&self, space: &Space) -> Result<Vec<Held>, TrackerError>;

    /// Frees `issue` of the claims that have expired (their comments, or the
    /// front-matter key); returns how many were removed. Redis keys expire by
    /// themselves: nothing to do there.
    async fn expire(&self, issue: &IssueRef) -> Result<usize, TrackerError> {
        let _ = issue;
        Ok(0)
    }

    /// Whether the tracker's own issue reads already carry the claims (the local
    /// front matter), so that nobody needs to ask this store about every issue.
    fn seen_in_issue_reads(&self) -> bool {
        false
    }
}

/// Who holds each claimed issue of a space, as [`ClaimStore::list`] found them:
/// the claims `issue ready` and `claimed:` queries see on remote trackers, by
/// the issue however it is spelled ([`IssueRef::canonical`]).
#[derive(Debug, Default)]
pub struct Holders(std::collections::HashMap<IssueRef, String>);

impl Holders {
    /// The holders of the live claims on `issues`, asked a few at a time (none to
    /// ask when the tracker's reads carry them).
    pub async fn among(
        store: &dyn ClaimStore,
        issues: &[IssueRef],
    ) -> Result<Holders, TrackerError> {
        if store.seen_in_issue_reads() {
            return Ok(Holders::default());
        }
        let mut holders = std::collections::HashMap::new();
        for (issue, held) in held_among(store, issues).await {
            if let Some(claim) = held? {
                holders.insert(issue.canonical(), claim.agent);
            }
        }
        Ok(Holders(holders))
    }
}

/// The live claim on each of `issues`, eight asked at once.
pub async fn held_among(
    store: &dyn ClaimStore,
    issues: &[IssueRef],
) -> std::collections::HashMap<IssueRef, Result<Option<Claim>, TrackerError>> {
    use futures_util::stream::{self, StreamExt};
    stream::iter(issues.iter().cloned())
        .map(|issue| async move {
            let held = store.check(&issue).await;
            (issue, held)
        })
        .buffer_unordered(8)
        .collect()
        .await
}

impl crate::deps::ClaimView for Holders {
    fn holder(&self, issue: &IssueRef) -> Option<String> {
        self.0.get(&issue.canonical()).cloned()
    }
}

/// Now, by this machine's clock (claims compare expiries against it).
pub fn now() -> jiff::Timestamp {
    jiff::Timestamp::now()
}

/// Where claims on issues of tracker `kind` are kept: Redis when configured,
/// else the tracker itself.
pub fn store_for(
    ctx: &crate::context::Context,
    kind: crate::refs::TrackerKind,
) -> Result<Box<dyn ClaimStore>, crate::error::CliError> {
    if let Some(url) = &ctx.config.coordination.redis_url {
        let store = redis::RedisClaims::new(url, &ctx.coordination_scope());
        return Ok(Box::new(store.verifying(ctx.tracker(kind)?)));
    }
    if kind == crate::tracker::local::KIND {
        return Ok(Box::new(local::LocalClaims {
            tracker: crate::tracker::local::module::build(&ctx.trackers()),
        }));
    }
    Ok(Box::new(remote::RemoteClaims {
        tracker: ctx.tracker(kind)?,
        agent: ctx.agent.clone(),
    }))
}
