//! What one convergence reads from Gitea, in as few requests as its API allows.
//!
//! Gitea has no "these issues" query, so a repository's issues are read from its
//! issue list, newest first, a page of 50 at a time, until every wanted number was
//! seen; the list is left for single reads when the wanted issues that remain lie
//! deeper than it is worth paging to (an old issue in a large repository), or were
//! passed over (pull requests, which `type=issues` leaves out, and deleted issues).
//! Milestones come with the issues that carry them; labels are read once per
//! repository; comments only for the issues whose marker is looked for.

use super::answers::IssueBody;
use super::{GiteaTracker, KIND};
use crate::refs::{IssueRef, RepoRef};
use crate::tracker::{Observation, ObserveRequest, Space, Tracker, TrackerError};
use std::collections::{BTreeMap, BTreeSet};

/// An issue's read.
type Read = (IssueRef, Result<IssueBody, TrackerError>);

impl GiteaTracker {
    pub(super) async fn observe_batched(&self, request: &ObserveRequest) -> Observation {
        let mut out = Observation::default();
        let mut by_repo: BTreeMap<&RepoRef, BTreeMap<u64, &IssueRef>> = BTreeMap::new();
        for issue in &request.issues {
            match issue {
                IssueRef::Repo {
                    kind: KIND,
                    repo,
                    number,
                } => {
                    by_repo.entry(repo).or_default().insert(*number, issue);
                }
                other => {
                    let why = format!("{other} is not a Gitea issue");
                    out.issues
                        .insert(other.clone(), Err(TrackerError::Unavailable(why)));
                }
            }
        }
        let mut read = Vec::new();
        for (repo, wanted) in by_repo {
            read.extend(self.read_issues(repo, wanted).await);
        }
        if request.milestones {
            self.milestones_of(&read, &mut out).await;
        }
        for (issue, result) in read {
            let snapshot = result.map(|body| body.snapshot(&issue));
            out.issues.insert(issue, snapshot);
        }
        if let Some(marker) = &request.marker {
            // The comments of the issues about to be closed, eight at a time.
            let readable: Vec<&IssueRef> = request
                .marked
                .iter()
                .filter(|issue| !matches!(out.issues.get(*issue), Some(Err(_))))
                .collect();
            let mut found = Vec::with_capacity(readable.len());
            for chunk in readable.chunks(crate::tracker::CONCURRENT_ISSUES) {
                let reads = chunk.iter().map(|issue| self.has_comment(issue, marker));
                found.extend(futures_util::future::join_all(reads).await);
            }
            out.marked.extend(readable.into_iter().cloned().zip(found));
        }
        self.observe_labels(request, &mut out).await;
        for (issue, _) in &request.transitions {
            let none = self.transitions(issue).await;
            out.transitions.insert(issue.clone(), none);
        }
        out
    }

    /// The wanted issues of one repository (by number): from its issue list while
    /// that is worth it, then one by one.
    pub(super) async fn read_issues(
        &self,
        repo: &RepoRef,
        mut wanted: BTreeMap<u64, &IssueRef>,
    ) -> Vec<Read> {
        let mut out = Vec::new();
        // One issue is one request either way.
        if wanted.len() > 1 {
            if let Ok(path) = self.repo_path(repo) {
                let path = format!("{path}/issues");
                let query = [("state", "all".to_string()), ("type", "issues".to_string())];
                let mut listed = 0;
                for n in 1.. {
                    // A list that cannot be read leaves every issue to its own read,
                    // and its own error.
                    let Ok(page) = self.page::<IssueBody>(&path, &query, n).await else {
                        break;
                    };
                    listed += page.items.len();
                    let more = page.more(listed);
                    let lowest = page.items.iter().map(|i| i.number).min();
                    let page_len = page.items.len();
                    for body in page.items {
                        if let Some(issue) = wanted.remove(&body.number) {
                            self.known().seen_on(issue, &body.labels);
                            out.push((issue.clone(), Ok(body)));
                        }
                    }
                    let left: BTreeSet<u64> = wanted.keys().copied().collect();
                    if !more || !worth_another_page(&left, lowest, page_len) {
                        break;
                    }
                }
            }
        }
        for issue in wanted.into_values() {
            out.push((issue.clone(), self.issue_body(issue).await));
        }
        out
    }

    /// The milestones of the issues read: as the issues carry them, or, for one
    /// that came without its description, read once.
    async fn milestones_of(&self, read: &[Read], out: &mut Observation) {
        for (issue, body) in read {
            let (Ok(body), IssueRef::Repo { repo, .. }) = (body, issue) else {
                continue;
            };
            let Some(m) = &body.milestone else {
                continue;
            };
            let key = (Space::Repo(KIND, repo.clone()), m.id);
            if out.milestones.contains_key(&key) {
                continue;
            }
            let milestone = match m.description {
                Some(_) => Ok(m.clone().milestone()),
                None => self.milestone(&key.0, m.id).await,
            };
            out.milestones.insert(key, milestone);
        }
    }

    /// Whether the labels asked for exist: each repository's labels read once.
    async fn observe_labels(&self, request: &ObserveRequest, out: &mut Observation) {
        let mut read: BTreeMap<&RepoRef, Result<Vec<super::Label>, TrackerError>> = BTreeMap::new();
        for (space, name) in &request.labels {
            let exists = match space {
                Space::Repo(KIND, repo) => {
                    if !read.contains_key(repo) {
                        read.insert(repo, self.read_labels(repo).await);
                    }
                    match &read[repo] {
                        Ok(labels) => Ok(super::labels::id_of(labels, name).is_some()),
                        Err(e) => Err(e.clone()),
                    }
                }
                other => Err(TrackerError::Unavailable(format!(
                    "{other} is not a Gitea repository"
                ))),
            };
            out.labels.insert((space.clone(), name.clone()), exists);
        }
    }
}

/// Whether reading the next page of a repository's issue list (newest first, the
/// last page read reaching down to number `lowest`, `page_len` issues a page) costs
/// no more requests than reading the issues `left` one by one. Issues numbered above
/// `lowest` that were not listed never will be: they are read one by one.
fn worth_another_page(left: &BTreeSet<u64>, lowest: Option<u64>, page_len: usize) -> bool {
    let (Some(lowest), Some(page_len)) = (lowest, u64::try_from(page_len).ok()) else {
        return false;
    };
    let below: Vec<u64> = left.iter().copied().filter(|n| *n < lowest).collect();
    let Some(deepest) = below.first() else {
        return false;
    };
    if page_len == 0 {
        return false;
    }
    let pages = (lowest - deepest).div_ceil(page_len);
    pages <= below.len() as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(numbers: &[u64]) -> BTreeSet<u64> {
        numbers.iter().copied().collect()
    }

    #[test]
    fn the_next_page_is_read_when_it_saves_requests() {
        // 120 issues; the first page reached down to #71; #1–#40 are wanted.
        let left: Vec<u64> = (1..=40).collect();
        assert!(worth_another_page(&set(&left), Some(71), 50));
        // One issue two pages further down: one single read is cheaper.
        assert!(!worth_another_page(&set(&[5]), Some(120), 50));
        // Two issues within the next page.
        assert!(worth_another_page(&set(&[60, 61]), Some(71), 50));
    }

    #[test]
    fn issues_passed_over_are_not_looked_for_further_down() {
        // #90 is a pull request (not listed) though the list went below it.
        assert!(!worth_another_page(&set(&[90]), Some(71), 50));
        assert!(!worth_another_page(&set(&[]), Some(71), 50));
        assert!(!worth_another_page(&set(&[3, 4]), None, 50));
        assert!(!worth_another_page(&set(&[3, 4]), Some(71), 0));
    }
}
