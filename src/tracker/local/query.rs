//! What the local tracker knows for queries: claims and progress kept in the
//! front matter (`claim:`, `progress:`). `blocked:` is not answered here but
//! from the dependency graph `issue ready` reads (`deps::load::blocked`), which
//! counts `blocks:` of other files and blockers on other trackers.

use super::{split_front_matter, LocalTracker, KIND};
use crate::query::Facets;
use crate::tracker::IssueDetails;
use serde::Deserialize;
use std::collections::HashMap;

/// The agent keys of one issue file; every other key is ignored.
#[derive(Deserialize, Default)]
struct AgentKeys {
    #[serde(default)]
    claim: Option<Claim>,
    #[serde(default)]
    progress: Option<Progress>,
}

#[derive(Deserialize)]
struct Claim {
    agent: String,
    #[serde(default)]
    expires: Option<String>,
}

#[derive(Deserialize)]
struct Progress {
    #[serde(default)]
    stage: Option<String>,
}

/// Per issue reference: holder of an unexpired claim, stage.
#[derive(Default)]
pub struct LocalFacets {
    known: HashMap<String, (Option<String>, Option<String>)>,
}

impl Facets for LocalFacets {
    fn knows(&self, issue: &IssueDetails) -> bool {
        self.known.contains_key(&issue.reference)
    }
    fn claimed_by(&self, issue: &IssueDetails) -> Option<String> {
        self.known.get(&issue.reference).and_then(|k| k.0.clone())
    }
    /// Never asked: `blocked:` is gathered from the dependency graph.
    fn blocked(&self, _issue: &IssueDetails) -> bool {
        false
    }
    fn stage(&self, issue: &IssueDetails) -> Option<String> {
        self.known.get(&issue.reference).and_then(|k| k.1.clone())
    }
}

impl LocalTracker {
    /// The front-matter keys of the agent features of `issues`; a file that cannot
    /// be read is not known.
    pub fn facets(&self, issues: &[IssueDetails]) -> LocalFacets {
        let now = jiff::Timestamp::now();
        let mut facets = LocalFacets::default();
        for issue in issues {
            let Some(number) = local_number(&issue.reference) else {
                continue;
            };
            let Some(keys) = self.agent_keys(number) else {
                continue;
            };
            let holder = keys
                .claim
                .filter(|c| crate::query::timestamp(c.expires.as_deref()).is_some_and(|e| e > now))
                .map(|c| c.agent);
            let stage = keys.progress.and_then(|p| p.stage);
            facets
                .known
                .insert(issue.reference.clone(), (holder, stage));
        }
        facets
    }

    fn agent_keys(&self, number: u64) -> Option<AgentKeys> {
        let text = std::fs::read_to_string(self.issue_path(number)).ok()?;
        let parts = split_front_matter(&text)?;
        serde_saphyr::from_str(parts.front).ok()
    }
}

fn local_number(reference: &str) -> Option<u64> {
    reference
        .strip_prefix(KIND.as_str())?
        .strip_prefix('#')?
        .parse()
        .ok()
}
