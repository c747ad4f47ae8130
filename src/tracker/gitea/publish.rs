//! `plan publish` on Gitea and Forgejo: milestones by title, dependencies through
//! Gitea's own `…/issues/{n}/dependencies` (the blocker as `{owner, repo, index}`),
//! no sub-issues (Gitea has none: the driver plans none and says so).
//!
//! Reads are few: the issues a plan links from the repository's issue list (as
//! convergence reads them, module `observe`), its labels once, the milestone by
//! title (`?state=all&name=`, matched here case-insensitively: the server's filter
//! is a substring match), and markers among the repository's newest issues through
//! the issue list — newest first by default in 1.22, which has no `sort` parameter
//! on this route — never through the search index, which may lag.

use super::answers::{IssueBody, MilestoneBody};
use super::{labels, GiteaTracker, KIND};
use crate::refs::{IssueRef, RepoRef};
use crate::tracker::publish::{
    MilestoneSeen, PublishRead, PublishSeen, PublishWrite, Published, Structure, Written,
};
use crate::tracker::{Change, IssueEdit, Space, Target, Tracker, TrackerError};
use reqwest::Method;
use serde_json::json;
use std::collections::BTreeMap;

pub const STRUCTURE: Structure = Structure {
    sub_issues: false,
    dependencies: true,
    milestones: true,
};

/// Pages of the newest issues looked through for markers (50 issues a page).
const SCAN_PAGES: usize = 2;

impl GiteaTracker {
    pub(super) async fn publish_read(&self, space: &Space, read: &PublishRead) -> PublishSeen {
        let mut seen = PublishSeen::default();
        self.published_issues(&read.issues, &mut seen).await;
        let repo = match Self::space_repo(space) {
            Ok(repo) => repo,
            Err(e) => {
                for name in &read.labels {
                    seen.labels.insert(name.clone(), Err(e.clone()));
                }
                seen.milestone = read.milestone.as_ref().map(|_| Err(e.clone()));
                if !read.markers.is_empty() {
                    seen.scan_failed = Some(e);
                }
                return seen;
            }
        };
        if !read.labels.is_empty() {
            let known = self.read_labels(repo).await;
            for name in &read.labels {
                let exists = match &known {
                    Ok(all) => Ok(labels::id_of(all, name).is_some()),
                    Err(e) => Err(e.clone()),
                };
                seen.labels.insert(name.clone(), exists);
            }
        }
        if let Some(title) = &read.milestone {
            seen.milestone = Some(self.milestone_titled(repo, title).await);
        }
        if !read.markers.is_empty() {
            if let Err(e) = self.scan_markers(repo, &read.markers, &mut seen).await {
                seen.scan_failed = Some(e);
            }
        }
        seen
    }

    /// The issues a plan links, each repository's from its issue list.
    async fn published_issues(&self, issues: &[IssueRef], seen: &mut PublishSeen) {
        let mut by_repo: BTreeMap<&RepoRef, BTreeMap<u64, &IssueRef>> = BTreeMap::new();
        for issue in issues {
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
                    seen.issues
                        .insert(other.clone(), Err(TrackerError::Unavailable(why)));
                }
            }
        }
        for (repo, wanted) in by_repo {
            for (issue, body) in self.read_issues(repo, wanted).await {
                let published = body.map(|b| Published {
                    title: b.title,
                    body: b.body.unwrap_or_default(),
                });
                seen.issues.insert(issue, published);
            }
        }
    }

    /// The milestone titled `title` (in any case), open or closed.
    async fn milestone_titled(
        &self,
        repo: &RepoRef,
        title: &str,
    ) -> Result<MilestoneSeen, TrackerError> {
        let path = format!("{}/milestones", self.repo_path(repo)?);
        let query = [("state", "all".to_string()), ("name", title.to_string())];
        let all: Vec<MilestoneBody> = self.all_pages(&path, &query).await?;
        Ok(all
            .iter()
            .find(|m| m.title.trim().eq_ignore_ascii_case(title.trim()))
            .map_or(MilestoneSeen::Missing, |m| MilestoneSeen::Exists(m.id)))
    }

    /// Looks for `markers` in the bodies of the repository's newest issues.
    async fn scan_markers(
        &self,
        repo: &RepoRef,
        markers: &[String],
        seen: &mut PublishSeen,
    ) -> Result<(), TrackerError> {
        let path = format!("{}/issues", self.repo_path(repo)?);
        let query = [("state", "all".to_string()), ("type", "issues".to_string())];
        let mut listed = 0;
        for n in 1..=SCAN_PAGES {
            let page = self.page::<IssueBody>(&path, &query, n).await?;
            listed += page.items.len();
            let more = page.more(listed);
            for body in &page.items {
                let text = body.body.as_deref().unwrap_or_default();
                if let Some(m) = markers.iter().find(|m| text.contains(m.as_str())) {
                    seen.found
                        .entry(m.clone())
                        .or_insert_with(|| IssueRef::Repo {
                            kind: KIND,
                            repo: repo.clone(),
                            number: body.number,
                        });
                }
            }
            if !more || markers.iter().all(|m| seen.found.contains_key(m)) {
                break;
            }
        }
        Ok(())
    }

    pub(super) async fn publish_one(
        &self,
        space: &Space,
        write: &PublishWrite,
    ) -> Result<Written, TrackerError> {
        match write {
            PublishWrite::CreateLabel(label) => {
                let target = Target::Space(space.clone());
                self.apply(&target, &Change::CreateLabel(label.clone()))
                    .await
                    .map(|()| Written::Done)
            }
            PublishWrite::CreateMilestone { title, due } => {
                self.create_milestone(Self::space_repo(space)?, title, due.as_deref())
                    .await
            }
            PublishWrite::Create(new) => {
                let created = self.create(Self::space_repo(space)?, new).await?;
                IssueRef::parse_qualified(&created.reference)
                    .map(Written::Issue)
                    .ok_or_else(|| {
                        TrackerError::Rejected(format!(
                            "unreadable reference {}",
                            created.reference
                        ))
                    })
            }
            PublishWrite::Update { issue, title, body } => {
                let edit = IssueEdit {
                    title: title.clone(),
                    body: body.clone(),
                    ..IssueEdit::default()
                };
                self.edit(issue, &edit).await.map(|()| Written::Done)
            }
            PublishWrite::SubIssue { .. } => {
                Err(TrackerError::Unavailable("Gitea has no sub-issues".into()))
            }
            PublishWrite::BlockedBy { issue, blocker } => self.add_dependency(issue, blocker).await,
        }
    }

    /// `POST …/milestones`; a due date is the end of that day (UTC).
    async fn create_milestone(
        &self,
        repo: &RepoRef,
        title: &str,
        due: Option<&str>,
    ) -> Result<Written, TrackerError> {
        let mut body = json!({ "title": title, "state": "open" });
        if let Some(due) = due {
            body["due_on"] = json!(format!("{due}T23:59:59Z"));
        }
        let path = format!("{}/milestones", self.repo_path(repo)?);
        let created: MilestoneBody = self
            .write(Method::POST, &path, Some(&body), false)
            .await?
            .json()?;
        Ok(Written::Milestone(created.id))
    }

    /// Makes `blocker` block `issue`. Gitea refuses a dependency that exists
    /// already (a 500 on 1.22): that counts as done, and so does one a lost answer
    /// left unclear when the issue's dependencies, read back, have it.
    async fn add_dependency(
        &self,
        issue: &IssueRef,
        blocker: &IssueRef,
    ) -> Result<Written, TrackerError> {
        let (_, path) = self.issue_path(issue)?;
        let (blocker_repo, _) = self.issue_path(blocker)?;
        let IssueRef::Repo { number, .. } = blocker else {
            return Err(TrackerError::Unavailable(format!(
                "{blocker} is not a Gitea issue"
            )));
        };
        let meta = json!({
            "owner": blocker_repo.owner,
            "repo": blocker_repo.name,
            "index": number,
        });
        let path = format!("{path}/dependencies");
        match self.write(Method::POST, &path, Some(&meta), false).await {
            Ok(_) => Ok(Written::Done),
            Err(TrackerError::Rejected(m) | TrackerError::Ambiguous(m)) if exists_already(&m) => {
                Ok(Written::Done)
            }
            Err(TrackerError::Ambiguous(m)) => {
                let listed: Vec<IssueBody> = self.all_pages(&path, &[]).await?;
                let own = |b: &IssueBody| {
                    b.number == *number
                        && b.repository
                            .as_ref()
                            .and_then(|r| r.full_name.as_deref())
                            .is_none_or(|f| {
                                f.eq_ignore_ascii_case(&format!(
                                    "{}/{}",
                                    blocker_repo.owner, blocker_repo.name
                                ))
                            })
                };
                if listed.iter().any(own) {
                    Ok(Written::Done)
                } else {
                    Err(TrackerError::Ambiguous(m))
                }
            }
            Err(e) => Err(e),
        }
    }
}

/// Whether Gitea's answer says the dependency is there already.
fn exists_already(message: &str) -> bool {
    message.to_ascii_lowercase().contains("already exist")
}
