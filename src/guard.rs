//! The re-run guard: refuse to start work whose issues were already completed.
//!
//! The history is ours (`completions` in sync.db, every issue fully qualified) and
//! Debussy's (`completed_features`, whose GitHub ids are bare numbers resolved here
//! against the repository of their plan). References match case-insensitively on
//! the repository and the key, and never across repositories: `acme/a#10` is not
//! `acme/b#10`, which is the collision Debussy's own check has.

use crate::refs::{IssueRef, RefScope};
use serde::Serialize;

/// A feature completed earlier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EarlierFeature {
    pub name: String,
    pub completed_at: String,
    pub plan: Option<String>,
    /// Fully qualified.
    pub issues: Vec<String>,
    /// `gh-debussy-sync` or `debussy`: which history it comes from.
    pub source: &'static str,
}

/// How much of the plan an earlier feature already covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Overlap {
    /// Every issue of the plan.
    Full,
    /// Some of them.
    Partial,
}

/// One earlier feature sharing issues with the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GuardMatch {
    pub feature: EarlierFeature,
    /// The plan's issues that feature completed.
    pub matching: Vec<String>,
    #[serde(rename = "match")]
    pub overlap: Overlap,
    /// `matching.len()` of `total`.
    pub matched: usize,
    pub total: usize,
}

impl GuardMatch {
    /// `full match` or `partial match 2/3`.
    pub fn describe(&self) -> String {
        match self.overlap {
            Overlap::Full => "full match".to_string(),
            Overlap::Partial => format!("partial match {}/{}", self.matched, self.total),
        }
    }
}

/// The identity two references share when they name the same issue.
fn identity(issue: &IssueRef) -> String {
    issue.to_string().to_ascii_lowercase()
}

/// The earlier features that completed any of `issues` (the plan's, fully
/// qualified), most recent first.
pub fn check(issues: &[IssueRef], history: &[EarlierFeature]) -> Vec<GuardMatch> {
    let mut wanted: Vec<(String, String)> = issues
        .iter()
        .map(|i| (identity(i), i.to_string()))
        .collect();
    wanted.dedup();
    let total = wanted.len();
    let mut out: Vec<GuardMatch> = history
        .iter()
        .filter_map(|feature| {
            let done: Vec<String> = feature
                .issues
                .iter()
                .filter_map(|i| IssueRef::parse_qualified(i))
                .map(|i| identity(&i))
                .collect();
            let matching: Vec<String> = wanted
                .iter()
                .filter(|(id, _)| done.contains(id))
                .map(|(_, shown)| shown.clone())
                .collect();
            if matching.is_empty() {
                return None;
            }
            let matched = matching.len();
            Some(GuardMatch {
                feature: feature.clone(),
                matching,
                overlap: if matched == total {
                    Overlap::Full
                } else {
                    Overlap::Partial
                },
                matched,
                total,
            })
        })
        .collect();
    out.sort_by(|a, b| b.feature.completed_at.cmp(&a.feature.completed_at));
    out
}

/// A Debussy `completed_features` issue (`("github", "10")`, `("jira", "PROJ-1")`)
/// fully qualified; bare GitHub numbers resolve against `repo`, the repository of
/// the feature's plan. `None` when it cannot be resolved.
pub fn debussy_issue(kind: &str, id: &str, scope: &RefScope) -> Option<String> {
    let id = id.trim();
    let list = crate::tracker::registry::named(kind)
        .map_or(crate::refs::ListKind::Mixed, crate::refs::ListKind::Of);
    crate::refs::parse_reference(id, list, scope)
        .ok()
        .map(|i| i.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feature(issues: &[&str]) -> EarlierFeature {
        EarlierFeature {
            name: "Earlier".into(),
            completed_at: "2026-01-15T14:30:00Z".into(),
            plan: Some("docs/plans/x/MASTER_PLAN.md".into()),
            issues: issues.iter().map(|s| s.to_string()).collect(),
            source: "gh-debussy-sync",
        }
    }

    fn refs(list: &[&str]) -> Vec<IssueRef> {
        list.iter()
            .map(|s| IssueRef::parse_qualified(s).unwrap())
            .collect()
    }

    #[test]
    fn matches_case_insensitively_and_never_across_repositories() {
        let plan = refs(&["acme/widgets#20", "PROJ-7", "acme/widgets#21"]);
        let history = [
            feature(&["Acme/Widgets#20", "proj-7"]),
            feature(&["acme/other#20"]),
        ];
        let m = check(&plan, &history);
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].matching, ["acme/widgets#20", "PROJ-7"]);
        assert_eq!(m[0].describe(), "partial match 2/3");
        let m = check(&refs(&["acme/widgets#20"]), &history);
        assert_eq!(m[0].describe(), "full match");
        assert!(check(&refs(&["acme/other#21"]), &history).is_empty());
    }

    #[test]
    fn debussy_bare_numbers_resolve_against_their_plans_repository() {
        let repo = crate::refs::RepoRef::parse("acme/widgets");
        let scope = RefScope::forge_repo(repo.as_ref());
        let none = RefScope::default();
        assert_eq!(
            debussy_issue("github", "10", &scope).as_deref(),
            Some("acme/widgets#10")
        );
        assert_eq!(
            debussy_issue("github", "#11", &scope).as_deref(),
            Some("acme/widgets#11")
        );
        assert_eq!(
            debussy_issue("jira", "proj-3", &none).as_deref(),
            Some("PROJ-3")
        );
        assert_eq!(debussy_issue("github", "10", &none), None);
    }
}
