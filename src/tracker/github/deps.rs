//! Issue dependencies and the issue timeline over REST (PRODUCT §14): GitHub's
//! `…/issues/{n}/dependencies/blocked_by` and `…/blocking`, and
//! `…/issues/{n}/timeline` for `issue activity`.

use super::{check, GitHubTracker, KIND};
use crate::activity::{Entry, Scope, Source};
use crate::deps::Dependencies;
use crate::refs::{IssueRef, RepoRef};
use crate::tracker::dependency_links::DependencyLinks;
use crate::tracker::TrackerError;
use async_trait::async_trait;
use http::Method;
use serde::Deserialize;
use serde_json::json;

/// Items per page of the dependency and timeline lists.
const PER_PAGE: usize = 100;

/// An issue as the dependency lists give it.
#[derive(Deserialize)]
struct Linked {
    number: u64,
    /// `…/repos/OWNER/NAME`.
    #[serde(default)]
    repository_url: Option<String>,
}

impl Linked {
    /// The issue, in the repository its URL names (else `repo`'s).
    fn issue(&self, repo: &RepoRef) -> IssueRef {
        let named = self.repository_url.as_deref().and_then(|url| {
            let mut parts = url.trim_end_matches('/').rsplit('/');
            let name = parts.next()?;
            let owner = parts.next()?;
            Some(RepoRef {
                owner: owner.to_string(),
                name: name.to_string(),
                ..repo.clone()
            })
        });
        IssueRef::Repo {
            kind: KIND,
            repo: named.unwrap_or_else(|| repo.clone()),
            number: self.number,
        }
    }
}

/// One timeline event; comments carry `user` and `body`, other events `actor`.
#[derive(Deserialize)]
struct Event {
    #[serde(default)]
    event: Option<String>,
    #[serde(default)]
    actor: Option<super::UserBody>,
    #[serde(default)]
    user: Option<super::UserBody>,
    #[serde(default)]
    created_at: Option<String>,
    #[serde(default)]
    body: Option<String>,
    #[serde(default)]
    label: Option<super::LabelBody>,
    #[serde(default)]
    issue: Option<Linked>,
}

impl GitHubTracker {
    /// Every page of a list of issues under `path`.
    async fn linked(&self, path: &str, repo: &RepoRef) -> Result<Vec<IssueRef>, TrackerError> {
        let mut out = Vec::new();
        for page in 1.. {
            let items: Vec<Linked> = self
                .get(&format!("{path}?per_page={PER_PAGE}&page={page}"))
                .await?
                .json()?;
            let last = items.len() < PER_PAGE;
            out.extend(items.iter().map(|i| i.issue(repo)));
            if last {
                break;
            }
        }
        Ok(out)
    }
}

#[async_trait]
impl DependencyLinks for GitHubTracker {
    async fn dependencies(&self, issue: &IssueRef) -> Result<Dependencies, TrackerError> {
        let repo = Self::repo_of(issue)?;
        let base = format!("{}/dependencies", self.issue_path(issue)?);
        Ok(Dependencies {
            blocked_by: self.linked(&format!("{base}/blocked_by"), repo).await?,
            blocks: self.linked(&format!("{base}/blocking"), repo).await?,
        })
    }

    /// Adds or removes a blocked-by link; both issues must be on GitHub. Adding
    /// one that exists, or removing one that does not, is done already.
    async fn set_blocked_by(
        &self,
        issue: &IssueRef,
        blocker: &IssueRef,
        present: bool,
    ) -> Result<(), TrackerError> {
        let path = format!("{}/dependencies/blocked_by", self.issue_path(issue)?);
        #[derive(Deserialize)]
        struct Id {
            id: u64,
        }
        let id: Id = self.get(&self.issue_path(blocker)?).await?.json()?;
        if present {
            let body = json!({ "issue_id": id.id });
            let reply = self
                .http
                .send(Method::POST, &path, Some(&body), true)
                .await?;
            if reply.status == 422 && reply.body.to_ascii_lowercase().contains("already exists") {
                return Ok(());
            }
            return check(reply).map(drop);
        }
        let path = format!("{path}/{}", id.id);
        match check(self.http.send(Method::DELETE, &path, None, true).await?) {
            Ok(_) | Err(TrackerError::NotFound) => Ok(()),
            Err(e) => Err(e),
        }
    }

    async fn ready_candidates(
        &self,
        space: &crate::tracker::Space,
    ) -> Option<Result<Vec<crate::deps::Candidate>, TrackerError>> {
        Some(self.open_candidates(space).await)
    }
}

impl GitHubTracker {
    /// The issue's timeline (comments with their agent signatures, and events),
    /// or the repository's issue events.
    pub(super) async fn timeline(&self, scope: &Scope) -> Result<Vec<Entry>, TrackerError> {
        let (path, fallback) = match scope {
            Scope::Issue(issue) => (format!("{}/timeline", self.issue_path(issue)?), Some(issue)),
            Scope::Space(space) => (format!("{}/issues/events", self.space_path(space)?), None),
        };
        let repo = match scope {
            Scope::Issue(issue) => Self::repo_of(issue)?.clone(),
            Scope::Space(crate::tracker::Space::Repo(_, repo)) => repo.clone(),
            Scope::Space(other) => {
                return Err(TrackerError::Unavailable(format!(
                    "{other} is not a GitHub repository"
                )))
            }
        };
        let mut out = Vec::new();
        for page in 1.. {
            let events: Vec<Event> = self
                .get(&format!("{path}?per_page={PER_PAGE}&page={page}"))
                .await?
                .json()?;
            let last = events.len() < PER_PAGE;
            for e in events {
                let issue = match (&e.issue, fallback) {
                    (Some(linked), _) => linked.issue(&repo),
                    (None, Some(issue)) => issue.clone(),
                    (None, None) => continue,
                };
                out.push(entry(e, &issue));
            }
            if last {
                break;
            }
        }
        Ok(out)
    }
}

fn entry(e: Event, issue: &IssueRef) -> Entry {
    let (body, agent) = match e.body.as_deref().map(crate::agent::split_signature) {
        Some(Some((body, agent))) => (Some(body), Some(agent)),
        _ => (e.body.clone(), None),
    };
    let detail = match (&e.label, body) {
        (Some(label), _) => Some(label.name.clone()),
        (None, Some(body)) => Some(crate::activity::first_line(&body)),
        (None, None) => None,
    };
    Entry {
        at: e.created_at.unwrap_or_default(),
        issue: issue.to_string(),
        source: Source::Tracker,
        event: e.event.unwrap_or_else(|| "event".into()),
        agent,
        actor: e.actor.or(e.user).map(|u| u.login),
        detail,
    }
}

/// An open issue as the REST list gives it, with its dependency counts.
#[derive(Deserialize)]
struct Listed {
    number: u64,
    title: String,
    #[serde(default)]
    pull_request: Option<serde_json::Value>,
    #[serde(default)]
    issue_dependencies_summary: Option<Summary>,
}

#[derive(Deserialize)]
struct Summary {
    total_blocked_by: u64,
}

/// Blocker lists read at once.
const AT_ONCE: usize = 8;

impl GitHubTracker {
    /// The open issues of `space`; the blockers are read only for the issues
    /// whose dependency summary counts some (or that have no summary), a few at
    /// once.
    pub(super) async fn open_candidates(
        &self,
        space: &crate::tracker::Space,
    ) -> Result<Vec<crate::deps::Candidate>, TrackerError> {
        use futures_util::stream::{self, StreamExt, TryStreamExt};
        let crate::tracker::Space::Repo(KIND, repo) = space else {
            return Err(TrackerError::Unavailable(format!(
                "{space} is not a GitHub repository"
            )));
        };
        let base = format!(
            "{}/issues?state=open&per_page={PER_PAGE}",
            self.repo_path(repo)?
        );
        let mut open: Vec<Listed> = Vec::new();
        for page in 1.. {
            let items: Vec<Listed> = self.get(&format!("{base}&page={page}")).await?.json()?;
            let last = items.len() < PER_PAGE;
            open.extend(items.into_iter().filter(|i| i.pull_request.is_none()));
            if last {
                break;
            }
        }
        let read = |item: Listed| async move {
            let issue = IssueRef::Repo {
                kind: KIND,
                repo: repo.clone(),
                number: item.number,
            };
            let none = matches!(
                item.issue_dependencies_summary,
                Some(Summary {
                    total_blocked_by: 0
                })
            );
            let blocked_by = if none {
                Vec::new()
            } else {
                let path = format!("{}/dependencies/blocked_by", self.issue_path(&issue)?);
                self.linked(&path, repo).await?
            };
            Ok::<_, TrackerError>(crate::deps::Candidate {
                issue,
                title: item.title,
                state: crate::tracker::IssueState::Open,
                claimed_by: None,
                blocked_by,
            })
        };
        stream::iter(open.into_iter().map(read))
            .buffered(AT_ONCE)
            .try_collect()
            .await
    }
}
