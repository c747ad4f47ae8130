//! The keys that link issues in a plan (`**GitHub Issues:**`, front matter
//! `jira_issues`, …), and the keys that only look like them: a typo in a key
//! (`**Isues:**`, `github_isues:`) would otherwise drop its links without a word.

use crate::refs::{ListKind, RefShape, TrackerKind};
use crate::tracker::registry;
use std::sync::LazyLock;

/// What a link line holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum LinkKey {
    Issues(ListKind),
    /// The repository bare numbers of this kind resolve against.
    Repo(TrackerKind),
}

/// One link key: how it is written in bold lines and in front matter, and the
/// other spellings accepted for it (lowercase, words joined by `_`).
#[derive(Debug)]
pub(super) struct KeyName {
    pub bold: String,
    pub yaml: String,
    key: LinkKey,
    aliases: Vec<String>,
}

/// Every tracker's `**Title Issues:**` (and `**Title Repo:**` for repository
/// kinds), then the mixed `**Issues:**`.
static KEYS: LazyLock<Vec<KeyName>> = LazyLock::new(|| {
    let mut keys = Vec::new();
    for kind in registry::kinds() {
        let (title, name) = (kind.title(), kind.as_str());
        keys.push(KeyName {
            bold: format!("{title} Issues"),
            yaml: format!("{name}_issues"),
            key: LinkKey::Issues(ListKind::Of(kind)),
            aliases: vec![format!("{name}_issue")],
        });
        if kind.shape() == RefShape::Repo {
            keys.push(KeyName {
                bold: format!("{title} Repo"),
                yaml: format!("{name}_repo"),
                key: LinkKey::Repo(kind),
                aliases: vec![format!("{name}_repository")],
            });
        }
    }
    keys.push(KeyName {
        bold: "Issues".into(),
        yaml: "issues".into(),
        key: LinkKey::Issues(ListKind::Mixed),
        aliases: vec!["issue".into(), "linked_issues".into()],
    });
    keys
});

/// Words a step away from `issue` that mean something else.
const NOT_ISSUE: [&str; 3] = ["issued", "issuer", "tissue"];

/// `GitHub Issues`, `github-issues`, `GITHUB_ISSUES` → `github_issues`.
fn normalize(key: &str) -> String {
    key.trim().to_lowercase().replace([' ', '-'], "_")
}

fn spellings(name: &KeyName) -> impl Iterator<Item = &str> {
    std::iter::once(name.yaml.as_str()).chain(name.aliases.iter().map(String::as_str))
}

/// The link key `key` names, if it is one.
pub(super) fn link_key(key: &str) -> Option<LinkKey> {
    let k = normalize(key);
    KEYS.iter()
        .find(|name| spellings(name).any(|s| s == k))
        .map(|name| name.key)
}

/// The link key `key` was probably meant to be, when it is not one itself: a
/// spelling a typo or two away, or an `Issue`/`Issues` word with at most a tracker
/// name beside it (`GH Issues`, `Issues Linked`).
pub(super) fn meant_key(key: &str) -> Option<&'static KeyName> {
    let k = normalize(key);
    if k.is_empty() || link_key(&k).is_some() || NOT_ISSUE.contains(&k.as_str()) {
        return None;
    }
    let k = k.as_str();
    let typo = KEYS
        .iter()
        .flat_map(|name| spellings(name).map(move |s| (strsim::damerau_levenshtein(k, s), s, name)))
        .filter(|(distance, spelling, _)| *distance <= typos_allowed(spelling))
        .min_by_key(|(distance, _, _)| *distance);
    typo.map(|(_, _, name)| name).or_else(|| by_stem(k))
}

/// Short keys allow one typo, longer keys two.
fn typos_allowed(word: &str) -> usize {
    if word.len() <= 6 {
        1
    } else {
        2
    }
}

fn near(word: &str, target: &str) -> bool {
    strsim::damerau_levenshtein(word, target) <= typos_allowed(target).min(word.len() / 3)
}

fn is_issue_word(word: &str) -> bool {
    !NOT_ISSUE.contains(&word)
        && (word.starts_with("issue") || near(word, "issue") || near(word, "issues"))
}

fn by_stem(k: &str) -> Option<&'static KeyName> {
    let words: Vec<&str> = k.split('_').filter(|w| !w.is_empty()).collect();
    let (stems, others): (Vec<&str>, Vec<&str>) = words.iter().partition(|w| is_issue_word(w));
    if stems.len() != 1 || others.len() > 1 {
        return None;
    }
    let Some(other) = others.first() else {
        return issues_key(ListKind::Mixed);
    };
    if near(other, "linked") {
        return issues_key(ListKind::Mixed);
    }
    let kind = registry::all()
        .iter()
        .find(|m| m.aliases().contains(other) || near(other, m.kind().as_str()))?;
    issues_key(ListKind::Of(kind.kind()))
}

/// The key of issue lists of kind `list`.
fn issues_key(list: ListKind) -> Option<&'static KeyName> {
    KEYS.iter().find(|k| k.key == LinkKey::Issues(list))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meant(key: &str) -> Option<&'static str> {
        meant_key(key).map(|name| name.bold.as_str())
    }

    #[test]
    fn accepted_spellings_are_link_keys() {
        for key in [
            "GitHub Issues",
            "github-issue",
            "JIRA_ISSUES",
            "Linked Issues",
        ] {
            assert!(link_key(key).is_some(), "{key}");
            assert_eq!(meant(key), None, "{key}");
        }
        assert_eq!(
            link_key("GitHub Repository"),
            Some(LinkKey::Repo(crate::tracker::github::KIND))
        );
    }

    #[test]
    fn typos_and_stems_suggest_the_key_meant() {
        for (key, want) in [
            ("Isues", "Issues"),
            ("Jira Isues", "Jira Issues"),
            ("github_isues", "GitHub Issues"),
            ("Githb Issues", "GitHub Issues"),
            ("GH Issues", "GitHub Issues"),
            ("Issues Jira", "Jira Issues"),
            ("GH Isues", "GitHub Issues"),
            ("Issuess", "Issues"),
            ("GitHub Rep", "GitHub Repo"),
            ("Github Repositry", "GitHub Repo"),
        ] {
            assert_eq!(meant(key), Some(want), "{key}");
        }
    }

    #[test]
    fn ordinary_header_keys_are_not_link_keys() {
        for key in [
            "Status",
            "Depends On",
            "Owner",
            "Created",
            "Master Plan",
            "Analysis",
            "Priority",
            "Category",
            "Feature ID",
            "Estimated Effort",
            "Key Files",
            "Test Locations",
            "Known Issues",
            "Issue Tracker",
            "Issued",
            "Notes",
            "Users",
            "Repo",
            "Jira",
            "title",
            "tags",
            "Is it useful?",
        ] {
            assert_eq!(meant(key), None, "{key}");
        }
    }
}
