//! What `claimed:`, `blocked:` and `stage:` need for issues whose tracker's own
//! reads do not carry it: the live claims from their store (the issue's comments,
//! or Redis), the open blockers from the dependency graph, the stage from the
//! progress block. Asked only for the facets the query uses.

use super::depends::trackers;
use crate::claims::{store_for, Holders};
use crate::context::Context;
use crate::deps::{load, ClaimView};
use crate::error::CliError;
use crate::query::{Facets, Filter, Query};
use crate::refs::IssueRef;
use crate::tracker::{IssueDetails, Space, Tracker};
use std::collections::HashSet;
use tokio::runtime::Runtime;

/// The facets of `issues`: the tracker's own where it knows them, else gathered.
pub fn of(
    ctx: &Context,
    rt: &Runtime,
    tracker: &dyn Tracker,
    space: &Space,
    query: &Query,
    issues: &[IssueDetails],
) -> Result<Box<dyn Facets>, CliError> {
    let own = tracker.query_facets(issues);
    let redis = ctx.config.coordination.redis_url.is_some();
    let uses = |wanted: fn(&Filter) -> bool| query.terms.iter().any(|t| wanted(&t.filter));
    let uses_blocked = uses(|f| matches!(f, Filter::Blocked(_)));
    if !redis && !uses_blocked && issues.iter().all(|i| own.knows(i)) {
        return Ok(own);
    }
    let fail = |e| super::target::failure(&space.to_string(), e);
    let holders = if uses(|f| matches!(f, Filter::Claimed(_))) {
        let store = store_for(ctx, space.tracker())?;
        let refs: Vec<IssueRef> = issues
            .iter()
            .filter_map(|i| IssueRef::parse_qualified(&i.reference))
            .collect();
        rt.block_on(Holders::among(store.as_ref(), &refs))
            .map_err(fail)?
    } else {
        Holders::default()
    };
    // `blocked:` is always read from the graph `issue ready` reads, so that the
    // two agree on every tracker.
    let blocked = if uses_blocked {
        let blocked = rt
            .block_on(load::blocked(&trackers(ctx), space))
            .map_err(fail)?;
        blocked.into_iter().map(|i| i.to_string()).collect()
    } else {
        HashSet::new()
    };
    Ok(Box::new(Gathered {
        own,
        holders,
        blocked,
    }))
}

/// The tracker's own facets, completed with what was gathered.
struct Gathered {
    own: Box<dyn Facets>,
    holders: Holders,
    /// References of the issues with an open blocker (gathered only when the
    /// query asks `blocked:`).
    blocked: HashSet<String>,
}

impl Facets for Gathered {
    fn claimed_by(&self, issue: &IssueDetails) -> Option<String> {
        IssueRef::parse_qualified(&issue.reference)
            .and_then(|r| self.holders.holder(&r))
            .or_else(|| self.own.knows(issue).then(|| self.own.claimed_by(issue))?)
    }

    fn blocked(&self, issue: &IssueDetails) -> bool {
        self.blocked.contains(&issue.reference)
    }

    fn stage(&self, issue: &IssueDetails) -> Option<String> {
        if self.own.knows(issue) {
            self.own.stage(issue)
        } else {
            crate::progress_meta::progress_of(issue)?.stage
        }
    }
}
