//! Claims in Redis, when `coordination.redis_url` is set: one key per issue,
//! `gh-debussy-sync:claim:<fully qualified reference>`, holding the agent id,
//! taken with `SET NX PX` so that Redis itself picks the one winner and expires
//! the claim. Reads and conditional changes run as one script each, so what is
//! decided is what was read. Redis unreachable is an error naming the URL, never
//! a fall-back to another store.

use super::model::{Permission, Verdict};
use super::{now, Changed, Claim, ClaimStore, Held};
use crate::refs::IssueRef;
use crate::tracker::{Space, TrackerError};
use async_trait::async_trait;
use jiff::SignedDuration;
use std::time::Duration;

/// The prefix of every claim key.
pub const CLAIM_PREFIX: &str = "gh-debussy-sync:claim:";
/// How long connecting may take before Redis counts as unreachable.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// Takes the key when free; else answers who holds it.
const CLAIM: &str = r"
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  return {'won', ARGV[1], ARGV[2]}
end
return {'held', redis.call('GET', KEYS[1]), tostring(redis.call('PTTL', KEYS[1]))}";

/// Who holds the key, and for how many more milliseconds.
const CHECK: &str = r"
local v = redis.call('GET', KEYS[1])
if not v then return {} end
return {v, tostring(redis.call('PTTL', KEYS[1]))}";

/// Deletes (ARGV[3] = 0) or lengthens by ARGV[3] ms the holder's key, when it is
/// ARGV[1]'s or ARGV[2] is '1' (forced); answers what it found (and for how long
/// the key lives now).
const CHANGE: &str = r"
local v = redis.call('GET', KEYS[1])
if not v then return {'free'} end
local left = redis.call('PTTL', KEYS[1])
if v ~= ARGV[1] and ARGV[2] ~= '1' then return {'refused', v, tostring(left)} end
if ARGV[3] == '0' then
  redis.call('DEL', KEYS[1])
  return {'done', v, tostring(left), '0'}
end
redis.call('PEXPIRE', KEYS[1], left + tonumber(ARGV[3]))
return {'done', v, tostring(left), tostring(left + tonumber(ARGV[3]))}";

/// The URL with any password hidden, for messages and `config show`.
pub fn shown_url(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        _ => url.to_string(),
    }
}

/// A connection to the configured Redis, or an error naming it.
pub fn connect(url: &str) -> Result<redis::Connection, TrackerError> {
    let shown = shown_url(url);
    let fail = |e: redis::RedisError| {
        TrackerError::Unavailable(format!("Redis at {shown} cannot be reached: {e}"))
    };
    let client = redis::Client::open(url).map_err(fail)?;
    client
        .get_connection_with_timeout(CONNECT_TIMEOUT)
        .map_err(fail)
}

/// Claims as Redis keys.
pub struct RedisClaims {
    url: String,
    /// What local issue numbers are qualified with (the repository).
    local_scope: String,
    /// The issue's tracker, asked whether an issue exists before it is claimed.
    tracker: Option<std::sync::Arc<dyn crate::tracker::Tracker>>,
}

impl RedisClaims {
    pub fn new(url: &str, local_scope: &str) -> RedisClaims {
        RedisClaims {
            url: url.to_string(),
            local_scope: local_scope.to_string(),
            tracker: None,
        }
    }

    /// Claims only issues that `tracker` has (a missing one is not found).
    pub fn verifying(mut self, tracker: std::sync::Arc<dyn crate::tracker::Tracker>) -> Self {
        self.tracker = Some(tracker);
        self
    }

    /// The key of an issue's claim, from the issue spelled one way (so that
    /// `Acme/Widgets#12` and `acme/widgets#12` contend for one key); a local
    /// issue is qualified by its repository.
    pub fn key(&self, issue: &IssueRef) -> String {
        match issue.canonical() {
            IssueRef::Number { kind, number } if kind == crate::tracker::local::KIND => {
                format!("{CLAIM_PREFIX}{}:local#{number}", self.local_scope)
            }
            other => format!("{CLAIM_PREFIX}{other}"),
        }
    }

    /// The issue `key` holds the claim of, when it is one of `space`'s (a local
    /// issue: of this repository's local tracker).
    fn issue_of(&self, key: &str, space: &Space) -> Option<IssueRef> {
        let rest = key.strip_prefix(CLAIM_PREFIX)?;
        let local = rest
            .strip_prefix(self.local_scope.as_str())
            .and_then(|r| r.strip_prefix(':'));
        let issue = match local {
            Some(local) => IssueRef::parse_qualified(local)
                .filter(|i| i.tracker() == crate::tracker::local::KIND)?,
            None => IssueRef::parse_qualified(rest)
                .filter(|i| i.tracker() != crate::tracker::local::KIND)?,
        };
        in_space(&issue, space).then_some(issue)
    }

    fn run(&self, script: &str, key: &str, args: &[String]) -> Result<Vec<String>, TrackerError> {
        let mut conn = connect(&self.url)?;
        let script = redis::Script::new(script);
        let mut invocation = script.key(key);
        for a in args {
            invocation.arg(a);
        }
        invocation.invoke(&mut conn).map_err(|e| {
            TrackerError::Unavailable(format!("Redis at {}: {e}", shown_url(&self.url)))
        })
    }
}

/// Whether `issue` is one of `space`'s, however either is spelled.
fn in_space(issue: &IssueRef, space: &Space) -> bool {
    match (issue, space) {
        (IssueRef::Repo { kind, repo, .. }, Space::Repo(k, r)) => {
            kind == k && repo.canonical() == r.canonical()
        }
        (IssueRef::Key { kind, key }, Space::Project(k, project)) => {
            kind == k
                && key
                    .to_ascii_uppercase()
                    .strip_prefix(&format!("{}-", project.to_ascii_uppercase()))
                    .is_some()
        }
        (IssueRef::Number { kind, .. }, Space::Whole(k)) => kind == k,
        _ => false,
    }
}

/// The claim of `agent` whose key lives `left_ms` more milliseconds.
fn claim_of(agent: &str, left_ms: &str) -> Claim {
    let left = left_ms.parse::<i64>().unwrap_or(0).max(0);
    Claim {
        agent: agent.to_string(),
        claimed: None,
        expires: super::model::later(now(), SignedDuration::from_millis(left)),
    }
}

fn millis(d: SignedDuration) -> String {
    d.as_millis().max(1).to_string()
}

/// The permission a `CHANGE` answer stands for.
fn permission(answer: &[String], me: &str) -> Permission {
    match answer {
        [what, agent, left, ..] => {
            let claim = claim_of(agent, left);
            match what.as_str() {
                "refused" => Permission::Refused(claim),
                _ if agent == me => Permission::Own(claim),
                _ => Permission::Forced(claim),
            }
        }
        _ => Permission::Free,
    }
}

#[async_trait]
impl ClaimStore for RedisClaims {
    async fn claim(
        &self,
        issue: &IssueRef,
        me: &str,
        ttl: SignedDuration,
    ) -> Result<Verdict, TrackerError> {
        if let Some(tracker) = &self.tracker {
            tracker.issue(&issue.canonical()).await?;
        }
        let answer = self.run(CLAIM, &self.key(issue), &[me.to_string(), millis(ttl)])?;
        Ok(match answer.as_slice() {
            [won, agent, left] if won == "won" => Verdict::Won(Claim {
                claimed: Some(now()),
                ..claim_of(agent, left)
            }),
            [_, agent, left] if agent == me => Verdict::AlreadyHeld(claim_of(agent, left)),
            [_, agent, left] => Verdict::Lost(claim_of(agent, left)),
            _ => {
                return Err(TrackerError::Rejected(
                    "unexpected answer from Redis".into(),
                ))
            }
        })
    }

    async fn check(&self, issue: &IssueRef) -> Result<Option<Claim>, TrackerError> {
        let answer = self.run(CHECK, &self.key(issue), &[])?;
        Ok(match answer.as_slice() {
            [agent, left] => Some(claim_of(agent, left)),
            _ => None,
        })
    }

    async fn release(
        &self,
        issue: &IssueRef,
        me: &str,
        force: bool,
    ) -> Result<Changed, TrackerError> {
        let args = [me.to_string(), u8::from(force).to_string(), "0".into()];
        let answer = self.run(CHANGE, &self.key(issue), &args)?;
        Ok(Changed {
            permission: permission(&answer, me),
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
        let args = [me.to_string(), u8::from(force).to_string(), millis(add)];
        let answer = self.run(CHANGE, &self.key(issue), &args)?;
        let extended = match answer.as_slice() {
            [done, agent, _, left] if done == "done" => Some(claim_of(agent, left)),
            _ => None,
        };
        Ok(Changed {
            permission: permission(&answer, me),
            now: extended,
        })
    }

    async fn list(&self, space: &Space) -> Result<Vec<Held>, TrackerError> {
        let keys: Vec<String> = {
            let mut conn = connect(&self.url)?;
            let iter: redis::Iter<String> = redis::cmd("SCAN")
                .cursor_arg(0)
                .arg("MATCH")
                .arg(format!("{CLAIM_PREFIX}*"))
                .clone()
                .iter(&mut conn)
                .map_err(|e| {
                    TrackerError::Unavailable(format!("Redis at {}: {e}", shown_url(&self.url)))
                })?;
            iter.filter_map(Result::ok).collect()
        };
        let mut out = Vec::new();
        for (key, issue) in keys
            .iter()
            .filter_map(|k| Some((k, self.issue_of(k, space)?)))
        {
            if let [agent, left] = self.run(CHECK, key, &[])?.as_slice() {
                out.push(Held {
                    issue: issue.to_string(),
                    claim: claim_of(agent, left),
                });
            }
        }
        out.sort_by(|a, b| a.issue.cmp(&b.issue));
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_never_shows() {
        assert_eq!(
            shown_url("redis://:s3cret@10.0.0.5:6379/0"),
            "redis://:***@10.0.0.5:6379/0"
        );
        assert_eq!(shown_url("redis://127.0.0.1:1/"), "redis://127.0.0.1:1/");
    }

    #[test]
    fn a_key_is_listed_in_its_own_space_only() {
        let store = RedisClaims::new("redis://127.0.0.1/", "acme/widgets");
        let local = Space::Whole(crate::tracker::local::KIND);
        let repo = |r: &str| {
            let repo = crate::refs::RepoRef::parse(r).unwrap();
            Space::Repo(crate::tracker::github::KIND, repo)
        };
        let of = |key: &str, space: &Space| store.issue_of(key, space).map(|i| i.to_string());
        let key = |rest: &str| format!("{CLAIM_PREFIX}{rest}");
        assert_eq!(
            of(&key("acme/widgets:local#3"), &local).as_deref(),
            Some("local#3")
        );
        assert_eq!(of(&key("/elsewhere:local#3"), &local), None);
        assert_eq!(of(&key("other/repo:local#3"), &local), None);
        assert_eq!(of(&key("acme/widgets#12"), &local), None);
        assert_eq!(
            of(&key("acme/widgets#12"), &repo("Acme/Widgets")).as_deref(),
            Some("acme/widgets#12")
        );
        assert_eq!(of(&key("other/repo#12"), &repo("acme/widgets")), None);
        assert_eq!(
            of(&key("acme/widgets:local#3"), &repo("acme/widgets")),
            None
        );
    }

    #[test]
    fn keys_are_fully_qualified_references() {
        let store = RedisClaims::new("redis://127.0.0.1/", "acme/widgets");
        let local = IssueRef::Number {
            kind: crate::tracker::local::KIND,
            number: 3,
        };
        assert_eq!(
            store.key(&local),
            "gh-debussy-sync:claim:acme/widgets:local#3"
        );
        let gh = IssueRef::parse_qualified("acme/widgets#12").unwrap();
        assert_eq!(store.key(&gh), "gh-debussy-sync:claim:acme/widgets#12");
        for spelling in [
            "Acme/Widgets#12",
            "https://github.com/ACME/widgets/issues/12",
        ] {
            let same = IssueRef::parse_qualified(spelling).unwrap();
            assert_eq!(store.key(&same), store.key(&gh), "{spelling}");
        }
    }
}
