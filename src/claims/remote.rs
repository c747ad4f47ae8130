//! Claims kept on the issue itself, as marker-carrying comments, so agents on
//! other machines see them (GitHub, Gitea, Jira).
//!
//! A claim posts its comment (1 write), then reads the issue's claim comments
//! (1 read): the earliest live one by comment id wins. A loser deletes its own
//! comment (1 write) and is told who holds the issue. Two agents can never both
//! win: the later of two comments is posted after the earlier one exists, so the
//! later poster's read sees the earlier claim, unless it was withdrawn (its agent
//! lost) or has expired. An extension edits the holder's comment, so a claim
//! that lapses within [`super::model::MARGIN`] is not extended (its agent
//! claims again): the edit could otherwise land after it lapsed and another
//! agent won, reviving it over theirs.

use super::model::{contest, extension, holder, permission, Claim, Entry, Permission, Verdict};
use super::{marker, now, Changed, ClaimStore, Held};
use crate::agent::Agent;
use crate::refs::IssueRef;
use crate::tracker::comment_ids::{CommentIds, IdComment};
use crate::tracker::{IssueFilter, Space, StateFilter, Tracker, TrackerError};
use async_trait::async_trait;
use jiff::SignedDuration;
use std::sync::Arc;

/// Claims as comments on a tracker's issues.
pub struct RemoteClaims {
    pub tracker: Arc<dyn Tracker>,
    /// Signs the comments posted.
    pub agent: Agent,
}

/// A claim comment and what it carries.
struct Posted {
    id: u64,
    body: String,
    claim: Claim,
}

impl RemoteClaims {
    /// The tracker's comments by id, which claims are kept in.
    fn ids(&self, issue: &IssueRef) -> Result<&dyn CommentIds, TrackerError> {
        self.tracker
            .comment_ids()
            .ok_or_else(|| crate::tracker::comment_ids::unsupported(issue))
    }

    async fn read(&self, issue: &IssueRef) -> Result<Vec<Posted>, TrackerError> {
        let comments = self
            .ids(issue)?
            .marked_comments(issue, marker::PREFIX)
            .await?;
        Ok(comments.into_iter().filter_map(posted).collect())
    }

    /// The live entry that holds the issue, among `posted`.
    fn holder_of(posted: &[Posted]) -> Option<&Posted> {
        let entries = entries(posted);
        let h = holder(&entries, now())?;
        posted.iter().find(|p| p.id == h.order)
    }

    fn body(&self, claim: &Claim, nonce: &str) -> String {
        self.agent.sign(&marker::render(claim, nonce))
    }
}

fn posted(c: IdComment) -> Option<Posted> {
    let claim = marker::parse(&c.body)?;
    Some(Posted {
        id: c.id,
        body: c.body,
        claim,
    })
}

fn entries(posted: &[Posted]) -> Vec<Entry> {
    posted
        .iter()
        .map(|p| Entry {
            order: p.id,
            claim: p.claim.clone(),
        })
        .collect()
}

/// Tells two claims of one agent apart (a retried or repeated claim).
fn nonce() -> String {
    let nanos = jiff::Timestamp::now().as_nanosecond();
    format!("{:x}-{:x}", std::process::id(), nanos)
}

#[async_trait]
impl ClaimStore for RemoteClaims {
    async fn claim(
        &self,
        issue: &IssueRef,
        me: &str,
        ttl: SignedDuration,
    ) -> Result<Verdict, TrackerError> {
        let claim = Claim::new(me, now(), ttl);
        let mine = self
            .ids(issue)?
            .add_comment(issue, &self.body(&claim, &nonce()))
            .await?;
        let mut seen = self.read(issue).await?;
        if !seen.iter().any(|p| p.id == mine.id) {
            seen.extend(posted(mine.clone()));
        }
        let verdict = contest(&entries(&seen), mine.id, me, now());
        if !matches!(verdict, Verdict::Won(_)) {
            self.ids(issue)?.delete_comment(issue, mine.id).await?;
        }
        Ok(verdict)
    }

    async fn check(&self, issue: &IssueRef) -> Result<Option<Claim>, TrackerError> {
        let seen = self.read(issue).await?;
        Ok(Self::holder_of(&seen).map(|p| p.claim.clone()))
    }

    async fn release(
        &self,
        issue: &IssueRef,
        me: &str,
        force: bool,
    ) -> Result<Changed, TrackerError> {
        let seen = self.read(issue).await?;
        let current = Self::holder_of(&seen).map(|p| p.claim.clone());
        let permission = permission(current.as_ref(), me, force, now());
        if let Permission::Own(c) | Permission::Forced(c) = &permission {
            // Every live claim of the holder goes, so none of them takes over.
            for p in seen.iter().filter(|p| p.claim.agent == c.agent) {
                self.ids(issue)?.delete_comment(issue, p.id).await?;
            }
        }
        Ok(Changed {
            permission,
            now: None,
        })
    }

    async fn extend(
        &self,
        issue: &IssueRef,
        me: &str,
        add: SignedDuration,
        force: bool,
    ) -> Result<Changed, TrackerError> {
        let seen = self.read(issue).await?;
        let Some(held) = Self::holder_of(&seen) else {
            return Ok(Changed {
                permission: Permission::Free,
                now: None,
            });
        };
        // Not a claim about to lapse: were the edit to land after it lapsed and
        // someone else won meanwhile, it would revive the claim over theirs.
        let permission = extension(Some(&held.claim), me, force, now());
        let mut extended = None;
        if let Permission::Own(c) | Permission::Forced(c) = &permission {
            let longer = c.extended(now(), add);
            let nonce = marker::nonce(&held.body).unwrap_or_else(nonce);
            self.ids(issue)?
                .edit_comment(issue, held.id, &self.body(&longer, &nonce))
                .await?;
            extended = Some(longer);
        }
        Ok(Changed {
            permission,
            now: extended,
        })
    }

    async fn expire(&self, issue: &IssueRef) -> Result<usize, TrackerError> {
        let seen = self.read(issue).await?;
        let mut freed = 0;
        for p in seen.iter().filter(|p| !p.claim.live(now())) {
            self.ids(issue)?.delete_comment(issue, p.id).await?;
            freed += 1;
        }
        Ok(freed)
    }

    async fn list(&self, space: &Space) -> Result<Vec<Held>, TrackerError> {
        let filter = IssueFilter {
            state: StateFilter::Open,
            limit: 1000,
            ..IssueFilter::default()
        };
        let listed = self.tracker.list_issues(space, &filter).await?;
        let mut out = Vec::new();
        for issue in listed.issues {
            let Some(reference) = IssueRef::parse_qualified(&issue.reference) else {
                continue;
            };
            if let Some(claim) = self.check(&reference).await? {
                out.push(Held {
                    issue: issue.reference,
                    claim,
                });
            }
        }
        Ok(out)
    }
}
