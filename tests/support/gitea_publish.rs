//! What `plan publish` tests read back from the fake Gitea: every issue and every
//! milestone of a repository.

use super::{FakeGitea, FakeIssue, FakeMilestone};

impl FakeGitea {
    /// Every issue of `repo`, by number.
    pub fn all_issues(&self, repo: &str) -> Vec<FakeIssue> {
        self.with(|s| {
            s.repos
                .get(repo)
                .map(|r| r.issues.values().cloned().collect())
                .unwrap_or_default()
        })
    }

    /// Every milestone of `repo`, in creation order.
    pub fn milestones(&self, repo: &str) -> Vec<FakeMilestone> {
        self.with(|s| {
            s.repos
                .get(repo)
                .map(|r| r.milestones.clone())
                .unwrap_or_default()
        })
    }
}
