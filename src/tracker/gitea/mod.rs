//! Gitea and Forgejo (one REST API, `<web root>/api/v1`): labels, milestone
//! progress, marked comments, closing and reopening.
//!
//! What differs from GitHub, and is handled here:
//! - labels are put on and taken off by id, and two labels may share a name
//!   (module `labels`); they are added one at a time (`POST`), never replaced (`PUT`);
//! - an issue's state is open or closed, with no close reason; closing an issue
//!   whose dependencies are open is refused (412), and the failure names them;
//! - lists are paged (at most 50 a page), so one repository's issues are read a page
//!   of 50 at a time (module `observe`) rather than one request per issue.

mod activity;
mod answers;
mod apply;
mod claim;
pub mod config;
mod deps;
mod hooks;
mod http;
mod issues;
mod labels;
pub mod module;
mod observe;
mod publish;
mod query;
mod release;

pub use module::{keyring_account, web_root, KIND, MODULE};

use crate::refs::{IssueRef, RepoRef, TrackerKind};
use crate::tracker::wire::{Reply, RetryPolicy};
use crate::tracker::{
    Change, IssueDetails, IssueEdit, IssueFilter, IssueSnapshot, Listed, Milestone, NewIssue,
    Observation, ObserveRequest, Outcome, Space, Target, Tracker, TrackerError,
};
use answers::{CommentBody, IssueBody, MilestoneBody};
use async_trait::async_trait;
use http::GiteaHttp;
use labels::{KnownLabels, Label};
use octocrab::secrecy::SecretString;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use reqwest::Method;
use serde::de::DeserializeOwned;
use std::sync::{Mutex, MutexGuard, PoisonError};

/// Everything but RFC 3986 unreserved characters is encoded in a path segment.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// Items asked for per page: Gitea's default cap (`MAX_RESPONSE_ITEMS`).
const PAGE: usize = 50;

/// The Gitea tracker for one server.
pub struct GiteaTracker {
    http: GiteaHttp,
    /// The web root as configured, without a trailing `/`.
    web_root: String,
    /// The web root without scheme, lowercase: what references on this server name.
    host: String,
    labels: Mutex<KnownLabels>,
}

impl std::fmt::Debug for GiteaTracker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GiteaTracker")
            .field("web_root", &self.web_root)
            .field("http", &self.http)
            .finish_non_exhaustive()
    }
}

/// One page of a list, with what the server said of the others.
struct Page<T> {
    items: Vec<T>,
    /// `X-Total-Count`, when the server sent it.
    total: Option<usize>,
    /// The `Link` header names a next page.
    next: bool,
}

impl<T> Page<T> {
    /// Whether another page follows, `read` items having been read with this one.
    /// The `Link` header says so, else the total count; a server that sends
    /// neither is read until a page comes back empty (its page size may be below
    /// the one asked for).
    fn more(&self, read: usize) -> bool {
        !self.items.is_empty() && (self.next || self.total.is_none_or(|t| read < t))
    }
}

impl GiteaTracker {
    /// The tracker for the Gitea at `web_root` (`https://git.example.com`, or with a
    /// sub-path, `https://example.com/gitea`), authenticating with `token`.
    pub fn new(
        web_root: &str,
        token: SecretString,
        policy: RetryPolicy,
        verbose: bool,
    ) -> Result<GiteaTracker, TrackerError> {
        let web_root = web_root.trim().trim_end_matches('/').to_string();
        Ok(GiteaTracker {
            http: GiteaHttp::new(&web_root, token, policy, verbose)?,
            host: module::host_of(&web_root),
            web_root,
            labels: Mutex::default(),
        })
    }

    /// The web root this tracker talks to.
    pub fn web_root(&self) -> &str {
        &self.web_root
    }

    /// The account the token belongs to (`GET /user`): the check `doctor` and
    /// `auth status` make.
    pub async fn account(&self) -> Result<String, TrackerError> {
        #[derive(serde::Deserialize)]
        struct User {
            login: String,
        }
        let user: User = self.get("/user", &[]).await?.json()?;
        Ok(user.login)
    }

    /// The server's version (`GET /version`; Forgejo answers e.g. `7.0.0+gitea-1.22.0`).
    pub async fn server_version(&self) -> Result<String, TrackerError> {
        #[derive(serde::Deserialize)]
        struct Version {
            version: String,
        }
        let v: Version = self.get("/version", &[]).await?.json()?;
        Ok(v.version)
    }

    fn known(&self) -> MutexGuard<'_, KnownLabels> {
        self.labels.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// `/repos/{owner}/{repo}`, for a repository on this server.
    fn repo_path(&self, repo: &RepoRef) -> Result<String, TrackerError> {
        if let Some(host) = repo.host.as_deref() {
            if !host.eq_ignore_ascii_case(&self.host) {
                return Err(TrackerError::Unavailable(format!(
                    "{repo} is on {host}, not on the configured Gitea ({}); set gitea.url or GITEA_URL to reach it",
                    self.host
                )));
            }
        }
        Ok(format!(
            "/repos/{}/{}",
            utf8_percent_encode(&repo.owner, SEGMENT),
            utf8_percent_encode(&repo.name, SEGMENT)
        ))
    }

    /// `/repos/{owner}/{repo}/issues/{n}`, and the repository.
    fn issue_path<'a>(&self, issue: &'a IssueRef) -> Result<(&'a RepoRef, String), TrackerError> {
        match issue {
            IssueRef::Repo {
                kind: KIND,
                repo,
                number,
            } => Ok((repo, format!("{}/issues/{number}", self.repo_path(repo)?))),
            other => Err(TrackerError::Unavailable(format!(
                "{other} is not a Gitea issue"
            ))),
        }
    }

    fn space_repo(space: &Space) -> Result<&RepoRef, TrackerError> {
        match space {
            Space::Repo(KIND, repo) => Ok(repo),
            other => Err(TrackerError::Unavailable(format!(
                "{other} is not a Gitea repository"
            ))),
        }
    }

    async fn get(&self, path: &str, query: &[(&str, String)]) -> Result<Reply, TrackerError> {
        check(self.http.send(Method::GET, path, query, None, true).await?)
    }

    /// Sends a write and maps its status.
    async fn write(
        &self,
        method: Method,
        path: &str,
        body: Option<&serde_json::Value>,
        idempotent: bool,
    ) -> Result<Reply, TrackerError> {
        check(self.http.send(method, path, &[], body, idempotent).await?)
    }

    /// Page `page` of the list at `path` ([`PAGE`] items asked for).
    async fn page<T: DeserializeOwned>(
        &self,
        path: &str,
        query: &[(&str, String)],
        page: usize,
    ) -> Result<Page<T>, TrackerError> {
        let mut query = query.to_vec();
        query.push(("limit", PAGE.to_string()));
        query.push(("page", page.to_string()));
        let paged = self
            .http
            .send_paged(Method::GET, path, &query, None, true)
            .await?;
        let (total, next) = (paged.total, paged.next);
        let items: Vec<T> = check(paged.reply)?.json()?;
        Ok(Page { items, total, next })
    }

    /// Every item of the list at `path`.
    async fn all_pages<T: DeserializeOwned>(
        &self,
        path: &str,
        query: &[(&str, String)],
    ) -> Result<Vec<T>, TrackerError> {
        let mut out = Vec::new();
        for n in 1.. {
            let page: Page<T> = self.page(path, query, n).await?;
            let more = page.more(out.len() + page.items.len());
            out.extend(page.items);
            if !more {
                break;
            }
        }
        Ok(out)
    }

    /// The labels of `repo`, read now (and kept for the run).
    async fn read_labels(&self, repo: &RepoRef) -> Result<Vec<Label>, TrackerError> {
        let path = format!("{}/labels", self.repo_path(repo)?);
        let bodies: Vec<answers::LabelBody> = self.all_pages(&path, &[]).await?;
        let labels: Vec<Label> = bodies.iter().map(Label::from).collect();
        self.known().set_repo(repo, labels.clone());
        Ok(labels)
    }

    /// The labels of `repo` as this run knows them, read if it does not yet.
    async fn repo_labels(&self, repo: &RepoRef) -> Result<Vec<Label>, TrackerError> {
        let known = self.known().of_repo(repo).map(<[Label]>::to_vec);
        match known {
            Some(labels) => Ok(labels),
            None => self.read_labels(repo).await,
        }
    }

    /// One issue, by number; its labels' ids are kept for removals.
    async fn issue_body(&self, issue: &IssueRef) -> Result<IssueBody, TrackerError> {
        let (_, path) = self.issue_path(issue)?;
        let body: IssueBody = self.get(&path, &[]).await?.json()?;
        self.known().seen_on(issue, &body.labels);
        Ok(body)
    }

    /// Every comment of an issue (Gitea answers them all in one list).
    async fn comments(&self, issue: &IssueRef) -> Result<Vec<CommentBody>, TrackerError> {
        let (_, path) = self.issue_path(issue)?;
        self.get(&format!("{path}/comments"), &[]).await?.json()
    }
}

/// Maps error statuses to [`TrackerError`]s.
fn check(reply: Reply) -> Result<Reply, TrackerError> {
    match reply.status {
        200..=299 => Ok(reply),
        401 => Err(TrackerError::Auth(format!(
            "{}; check GITEA_TOKEN (or FORGEJO_TOKEN), or run `gh debussy-sync auth login gitea`",
            reply.message()
        ))),
        403 => Err(TrackerError::Rejected(format!(
            "{}; the token may lack the permission or scope (write:issue) this needs",
            reply.message()
        ))),
        404 | 410 => Err(TrackerError::NotFound),
        _ => Err(TrackerError::Rejected(reply.message())),
    }
}

#[async_trait]
impl Tracker for GiteaTracker {
    fn kind(&self) -> TrackerKind {
        KIND
    }

    fn dependency_links(&self) -> Option<&dyn crate::tracker::dependency_links::DependencyLinks> {
        Some(self)
    }

    fn releases(&self) -> Option<&dyn crate::tracker::release::Releases> {
        Some(self)
    }

    fn hooks(&self) -> Option<&dyn crate::tracker::hooks::Hooks> {
        Some(self)
    }

    async fn activity(
        &self,
        scope: &crate::activity::Scope,
    ) -> Result<Vec<crate::activity::Entry>, TrackerError> {
        self.timeline(scope).await
    }

    /// A repository's issues a page of 50 at a time, its labels once, milestones
    /// from the issues that carry them, comments only of the issues asked for.
    async fn observe(&self, request: &ObserveRequest) -> Observation {
        self.observe_batched(request).await
    }

    /// Several issues at once, each issue's changes in order (a comment without a
    /// clear answer is checked by its marker, never repeated blindly); a milestone
    /// deleted meanwhile is a warning, not a failure.
    async fn apply_all(&self, changes: &[(Target, Change)]) -> Vec<Outcome> {
        let outcomes = crate::tracker::apply_issues_concurrently(
            self,
            changes,
            crate::tracker::CONCURRENT_ISSUES,
        )
        .await;
        changes
            .iter()
            .zip(outcomes)
            .map(|((target, _), outcome)| match (target, outcome) {
                (Target::Milestone(space, n), Outcome::Failed(TrackerError::NotFound)) => {
                    Outcome::Skipped(format!(
                        "milestone {n} of {space} no longer exists; progress not written"
                    ))
                }
                (_, outcome) => outcome,
            })
            .collect()
    }

    async fn issue(&self, issue: &IssueRef) -> Result<IssueSnapshot, TrackerError> {
        Ok(self.issue_body(issue).await?.snapshot(issue))
    }

    async fn label_exists(&self, space: &Space, name: &str) -> Result<bool, TrackerError> {
        let labels = self.repo_labels(Self::space_repo(space)?).await?;
        Ok(labels::id_of(&labels, name).is_some())
    }

    async fn milestone(&self, space: &Space, number: u64) -> Result<Milestone, TrackerError> {
        let path = format!(
            "{}/milestones/{number}",
            self.repo_path(Self::space_repo(space)?)?
        );
        let body: MilestoneBody = self.get(&path, &[]).await?.json()?;
        Ok(body.milestone())
    }

    async fn has_comment(&self, issue: &IssueRef, marker: &str) -> Result<bool, TrackerError> {
        let comments = self.comments(issue).await?;
        Ok(comments
            .iter()
            .any(|c| c.body.as_deref().is_some_and(|b| b.contains(marker))))
    }

    async fn apply(&self, target: &Target, change: &Change) -> Result<(), TrackerError> {
        self.apply_change(target, change).await
    }

    async fn list_issues(
        &self,
        space: &Space,
        filter: &IssueFilter,
    ) -> Result<Listed, TrackerError> {
        self.list(Self::space_repo(space)?, filter).await
    }

    async fn query_candidates(
        &self,
        space: &Space,
        query: &crate::query::Query,
        me: Option<&str>,
    ) -> Result<Listed, TrackerError> {
        self.query_list(Self::space_repo(space)?, query, me).await
    }

    async fn details(&self, issue: &IssueRef) -> Result<IssueDetails, TrackerError> {
        let body = self.issue_body(issue).await?;
        let comments = self.comments(issue).await?;
        let (repo, _) = self.issue_path(issue)?;
        Ok(body.details(repo, comments))
    }

    async fn create_issue(
        &self,
        space: &Space,
        new: &NewIssue,
    ) -> Result<IssueDetails, TrackerError> {
        self.create(Self::space_repo(space)?, new).await
    }

    async fn edit_issue(
        &self,
        issue: &IssueRef,
        edit: &IssueEdit,
    ) -> Result<IssueDetails, TrackerError> {
        self.edit(issue, edit).await?;
        self.details(issue).await
    }

    /// Gitea has no close reason: a close is a plain close, whatever `reason` says.
    async fn set_open(
        &self,
        issue: &IssueRef,
        open: bool,
        _reason: Option<&str>,
    ) -> Result<IssueDetails, TrackerError> {
        self.set_state(issue, open).await?;
        self.details(issue).await
    }

    async fn comment(&self, issue: &IssueRef, body: &str) -> Result<(), TrackerError> {
        self.post_comment(issue, body).await
    }

    fn comment_ids(&self) -> Option<&dyn crate::tracker::comment_ids::CommentIds> {
        Some(self)
    }

    fn publish_structure(&self) -> crate::tracker::publish::Structure {
        publish::STRUCTURE
    }

    async fn publish_observe(
        &self,
        space: &Space,
        read: &crate::tracker::publish::PublishRead,
    ) -> crate::tracker::publish::PublishSeen {
        self.publish_read(space, read).await
    }

    async fn publish_write(
        &self,
        space: &Space,
        write: &crate::tracker::publish::PublishWrite,
    ) -> Result<crate::tracker::publish::Written, TrackerError> {
        self.publish_one(space, write).await
    }
}
