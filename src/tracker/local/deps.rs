//! What agents keep in a local issue's front matter (PRODUCT §14), each in its own
//! key so that a roadmap tool sharing the file keeps its own:
//!
//! - `depends_on: [3, "acme/widgets#12", "PROJ-7"]` and `blocks: [...]` (seed 002's
//!   keys; a number is a local issue),
//! - `progress: {percent: 40, stage: "impl", checkpoint: "tests", agent: "ID", at: "…"}`,
//! - `claim: {agent: "ID", claimed: "…", expires: "…"}` (absent or expired: free).
//!
//! The keys are read leniently (a value we cannot understand is ignored, never
//! making the issue unreadable) and written as minimal line edits under the
//! tracker's lock.

use super::{front_matter, quote, split_front_matter, LocalIssue, LocalTracker, KIND};
use crate::activity::{Entry, Scope, Source};
use crate::deps::{Candidate, Dependencies, Graph};
use crate::progress_meta::Progress;
use crate::refs::IssueRef;
use crate::store::now_rfc3339;
use crate::tracker::dependency_links::DependencyLinks;
use crate::tracker::TrackerError;
use async_trait::async_trait;
use serde::Deserialize;

/// What the keys say.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meta {
    pub depends_on: Vec<IssueRef>,
    pub blocks: Vec<IssueRef>,
    pub progress: Option<Progress>,
    pub claim: Option<Claim>,
}

/// A claim as the front matter keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Claim {
    pub agent: String,
    #[serde(default)]
    pub claimed: Option<String>,
    pub expires: String,
}

impl Claim {
    /// Whether the claim still holds at `now` (an unreadable expiry does not).
    pub fn holds_at(&self, now: jiff::Timestamp) -> bool {
        self.expires
            .parse::<jiff::Timestamp>()
            .is_ok_and(|expires| expires > now)
    }
}

impl Meta {
    /// The keys `depends_on`, `blocks`, `progress` and `claim` as they came
    /// from YAML; what is not understood is left out.
    pub(super) fn read(
        depends_on: Option<serde_json::Value>,
        blocks: Option<serde_json::Value>,
        progress: Option<serde_json::Value>,
        claim: Option<serde_json::Value>,
    ) -> Meta {
        Meta {
            depends_on: refs(depends_on),
            blocks: refs(blocks),
            progress: progress.and_then(|v| serde_json::from_value(v).ok()),
            claim: claim.and_then(|v| serde_json::from_value(v).ok()),
        }
    }
}

/// The issues a `depends_on` or `blocks` value names.
fn refs(value: Option<serde_json::Value>) -> Vec<IssueRef> {
    let items = match value {
        Some(serde_json::Value::Array(items)) => items,
        Some(one) => vec![one],
        None => Vec::new(),
    };
    items.iter().filter_map(reference).collect()
}

/// A number (or `#3`, `local#3`) is a local issue; anything else a qualified
/// reference.
fn reference(value: &serde_json::Value) -> Option<IssueRef> {
    let local = |number| IssueRef::Number { kind: KIND, number };
    match value {
        serde_json::Value::Number(n) => n.as_u64().map(local),
        serde_json::Value::String(s) => {
            let s = s.trim();
            match s.trim_start_matches('#').parse::<u64>() {
                Ok(n) => Some(local(n)),
                Err(_) => IssueRef::parse_qualified(s),
            }
        }
        _ => None,
    }
}

/// A list of issues as the front matter writes it: local ones as numbers.
fn render_refs(issues: &[IssueRef]) -> String {
    let items: Vec<String> = issues
        .iter()
        .map(|i| match i {
            IssueRef::Number { kind: KIND, number } => number.to_string(),
            other => quote(&other.to_string()),
        })
        .collect();
    format!("[{}]", items.join(", "))
}

impl LocalTracker {
    /// Sets front-matter keys of issue `number` (and `updated`), editing only
    /// their lines, under the lock.
    fn set_keys(&self, number: u64, keys: &[(&str, String)]) -> Result<LocalIssue, TrackerError> {
        self.locked(|| {
            let (_, text) = self.read_file(number)?;
            let path = self.issue_path(number);
            let file = path.display().to_string();
            let parts = split_front_matter(&text).ok_or_else(|| {
                TrackerError::Rejected(format!("{file}:1: expected YAML front matter"))
            })?;
            let mut front = parts.front.to_string();
            for (key, value) in keys {
                front = front_matter::set(&front, key, value);
            }
            front = front_matter::set(&front, "updated", &quote(&now_rfc3339()));
            let out = format!("{}{front}{}{}", parts.open, parts.close, parts.rest);
            let written = LocalIssue::parse(&out, &file).map_err(TrackerError::Rejected)?;
            self.write_atomic(&path, &out)?;
            Ok(written)
        })
    }

    /// Records or removes that `issue` waits for `blocker`: in the issue's
    /// `depends_on` when it is local, else in the blocker's `blocks`.
    pub(super) fn store_blocked_by(
        &self,
        issue: &IssueRef,
        blocker: &IssueRef,
        present: bool,
    ) -> Result<(), TrackerError> {
        let (owner, key, other) = match (issue, blocker) {
            (IssueRef::Number { kind: KIND, number }, _) => (*number, "depends_on", blocker),
            (_, IssueRef::Number { kind: KIND, number }) => (*number, "blocks", issue),
            _ => {
                return Err(TrackerError::Unavailable(format!(
                    "neither {issue} nor {blocker} is a local issue"
                )))
            }
        };
        let meta = self.read(owner)?.meta;
        let mut list = if key == "depends_on" {
            meta.depends_on
        } else {
            meta.blocks
        };
        let had = list.contains(other);
        list.retain(|i| i != other);
        if present {
            list.push(other.clone());
        }
        if had != present {
            self.set_keys(owner, &[(key, render_refs(&list))])?;
        }
        if !present && key == "depends_on" {
            // The same dependency written from the other side goes too.
            if let IssueRef::Number { kind: KIND, number } = blocker {
                if self.read(*number)?.meta.blocks.contains(issue) {
                    let mut blocks = self.read(*number)?.meta.blocks;
                    blocks.retain(|i| i != issue);
                    self.set_keys(*number, &[("blocks", render_refs(&blocks))])?;
                }
            }
        }
        Ok(())
    }

    /// Every dependency the files hold.
    pub(super) fn graph(issues: &[LocalIssue]) -> Graph {
        let mut graph = Graph::default();
        for i in issues {
            let deps = Dependencies {
                blocked_by: i.meta.depends_on.clone(),
                blocks: i.meta.blocks.clone(),
            };
            graph.add_stored(
                &IssueRef::Number {
                    kind: KIND,
                    number: i.number,
                },
                &deps,
            );
        }
        graph
    }

    /// Every issue, open or closed, as `issue ready` weighs it.
    pub(super) fn candidates(&self) -> Result<Vec<Candidate>, TrackerError> {
        let (issues, _) = self.list()?;
        let graph = Self::graph(&issues);
        let now = jiff::Timestamp::now();
        Ok(issues
            .into_iter()
            .map(|i| {
                let issue = IssueRef::Number {
                    kind: KIND,
                    number: i.number,
                };
                Candidate {
                    blocked_by: graph.blockers(&issue),
                    claimed_by: i.meta.claim.filter(|c| c.holds_at(now)).map(|c| c.agent),
                    issue,
                    title: i.title,
                    state: i.state,
                }
            })
            .collect())
    }

    /// Stores `progress` in the front matter.
    pub(super) fn store_progress(
        &self,
        number: u64,
        progress: &Progress,
    ) -> Result<LocalIssue, TrackerError> {
        self.set_keys(number, &[("progress", progress.front_value())])
    }

    /// What the files record: comments, progress and claims, with their agents.
    pub(super) fn history(&self, scope: &Scope) -> Result<Vec<Entry>, TrackerError> {
        let issues = match scope {
            Scope::Issue(issue) => vec![self.read(Self::local_number(issue)?)?],
            Scope::Space(_) => self.list()?.0,
        };
        Ok(issues
            .into_iter()
            .flat_map(|i| self.entries_of(i))
            .collect())
    }

    fn entries_of(&self, i: LocalIssue) -> Vec<Entry> {
        let reference = format!("local#{}", i.number);
        let entry = |at: &str, event: &str, agent: Option<String>, detail: Option<String>| Entry {
            at: at.to_string(),
            issue: reference.clone(),
            source: Source::Tracker,
            event: event.into(),
            agent,
            actor: None,
            detail,
        };
        let mut out = Vec::new();
        if !i.created.is_empty() {
            out.push(entry(&i.created, "created", None, Some(i.title.clone())));
        }
        if let Some(p) = &i.meta.progress {
            let at = p.at.clone().unwrap_or_default();
            out.push(entry(&at, "progress", p.agent.clone(), Some(p.summary())));
        }
        if let Some(c) = &i.meta.claim {
            let at = c.claimed.clone().unwrap_or_default();
            let detail = format!("until {}", c.expires);
            out.push(entry(&at, "claimed", Some(c.agent.clone()), Some(detail)));
        }
        let details = self.details_of(i);
        out.extend(crate::activity::comment_entries(&details));
        out
    }
}

/// The files are read whole: every dependency at once, and the candidates with it.
#[async_trait]
impl DependencyLinks for LocalTracker {
    async fn dependencies(&self, issue: &IssueRef) -> Result<Dependencies, TrackerError> {
        let graph = Self::graph(&self.list()?.0);
        Ok(Dependencies {
            blocked_by: graph.blockers(issue),
            blocks: graph.dependents(issue),
        })
    }

    async fn set_blocked_by(
        &self,
        issue: &IssueRef,
        blocker: &IssueRef,
        present: bool,
    ) -> Result<(), TrackerError> {
        self.store_blocked_by(issue, blocker, present)
    }

    async fn all_dependencies(&self) -> Option<Result<Graph, TrackerError>> {
        Some(self.list().map(|(issues, _)| Self::graph(&issues)))
    }

    async fn ready_candidates(
        &self,
        _space: &crate::tracker::Space,
    ) -> Option<Result<Vec<Candidate>, TrackerError>> {
        Some(self.candidates())
    }
}
