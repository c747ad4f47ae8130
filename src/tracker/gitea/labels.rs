//! Labels by id. Gitea lets two labels of a repository share a name, and its label
//! endpoints take ids, so names are resolved here: against the repository's labels
//! as read once per run, and, for removal, against the labels the issue was seen
//! to carry.

use super::answers::LabelBody;
use crate::refs::{IssueRef, RepoRef};
use std::collections::HashMap;

/// A label's id and name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub id: u64,
    pub name: String,
}

impl From<&LabelBody> for Label {
    fn from(l: &LabelBody) -> Label {
        Label {
            id: l.id,
            name: l.name.clone(),
        }
    }
}

/// The id `name` stands for among `labels`: the oldest (lowest id) label of exactly
/// that name, so that every run picks the same one.
pub fn id_of(labels: &[Label], name: &str) -> Option<u64> {
    labels.iter().filter(|l| l.name == name).map(|l| l.id).min()
}

/// The ids of every label named `name`.
pub fn ids_named(labels: &[Label], name: &str) -> Vec<u64> {
    labels
        .iter()
        .filter(|l| l.name == name)
        .map(|l| l.id)
        .collect()
}

/// A color as Gitea's label options take it: `#rrggbb` (config colors come without
/// the `#`).
pub fn color(text: &str) -> String {
    format!(
        "#{}",
        text.trim().trim_start_matches('#').to_ascii_lowercase()
    )
}

/// What this run learnt of labels.
#[derive(Debug, Default)]
pub struct KnownLabels {
    /// Every label of a repository, as last read (and as created since).
    repos: HashMap<RepoRef, Vec<Label>>,
    /// The labels an issue carried when it was last read.
    issues: HashMap<IssueRef, Vec<Label>>,
}

impl KnownLabels {
    /// The labels of `repo`, if they were read.
    pub fn of_repo(&self, repo: &RepoRef) -> Option<&[Label]> {
        self.repos.get(repo).map(Vec::as_slice)
    }

    pub fn set_repo(&mut self, repo: &RepoRef, labels: Vec<Label>) {
        self.repos.insert(repo.clone(), labels);
    }

    /// A label created in `repo` by this run.
    pub fn created(&mut self, repo: &RepoRef, label: Label) {
        self.repos.entry(repo.clone()).or_default().push(label);
    }

    /// An issue as read: its labels with their ids.
    pub fn seen_on(&mut self, issue: &IssueRef, labels: &[LabelBody]) {
        self.issues
            .insert(issue.clone(), labels.iter().map(Label::from).collect());
    }

    /// The ids to remove for `name` from `issue`: those it carried when read, else
    /// every label of that name in its repository.
    pub fn to_remove(&self, issue: &IssueRef, repo: &RepoRef, name: &str) -> Option<Vec<u64>> {
        self.issues
            .get(issue)
            .or_else(|| self.repos.get(repo))
            .map(|labels| ids_named(labels, name))
    }

    /// After a removal: the issue no longer carries `ids`.
    pub fn removed(&mut self, issue: &IssueRef, ids: &[u64]) {
        if let Some(labels) = self.issues.get_mut(issue) {
            labels.retain(|l| !ids.contains(&l.id));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(id: u64, name: &str) -> Label {
        Label {
            id,
            name: name.into(),
        }
    }

    #[test]
    fn a_name_shared_by_two_labels_resolves_to_the_oldest() {
        let labels = [
            label(12, "debussy:failed"),
            label(7, "debussy:failed"),
            label(3, "bug"),
        ];
        assert_eq!(id_of(&labels, "debussy:failed"), Some(7));
        assert_eq!(id_of(&labels, "Debussy:Failed"), None, "names are exact");
        assert_eq!(ids_named(&labels, "debussy:failed"), vec![12, 7]);
        assert_eq!(id_of(&labels, "wontfix"), None);
    }

    #[test]
    fn colors_get_their_hash() {
        assert_eq!(color("1D76DB"), "#1d76db");
        assert_eq!(color("#0e8a16"), "#0e8a16");
    }

    #[test]
    fn removal_uses_what_the_issue_carried_then_the_repository() {
        let repo = RepoRef::parse("acme/widgets").expect("repo");
        let issue = IssueRef::Repo {
            kind: super::super::KIND,
            repo: repo.clone(),
            number: 1,
        };
        let mut known = KnownLabels::default();
        assert_eq!(known.to_remove(&issue, &repo, "x"), None);
        known.set_repo(&repo, vec![label(1, "x"), label(2, "x")]);
        assert_eq!(known.to_remove(&issue, &repo, "x"), Some(vec![1, 2]));
        let on_issue = [LabelBody {
            id: 2,
            name: "x".into(),
        }];
        known.seen_on(&issue, &on_issue);
        assert_eq!(known.to_remove(&issue, &repo, "x"), Some(vec![2]));
        known.removed(&issue, &[2]);
        assert_eq!(known.to_remove(&issue, &repo, "x"), Some(vec![]));
    }
}
