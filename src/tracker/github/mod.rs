//! GitHub Issues: labels, milestones, comments, closing and project cards.

mod claim;
pub mod config;
mod deps;
mod details;
pub mod graphql;
mod hooks;
mod http;
pub mod module;
pub mod project;
mod publish;
mod query;
mod release;

pub use crate::tracker::wire::RetryPolicy;

use crate::refs::{IssueRef, RepoRef, TrackerKind};
use crate::tracker::progress::with_progress_line;
use crate::tracker::wire::{RateLimit, Reply};
use crate::tracker::{
    Change, CommentView, IssueDetails, IssueEdit, IssueFilter, IssueSnapshot, IssueState,
    LabelSpec, Listed, Milestone, NewIssue, Observation, ObserveRequest, Outcome, Space, Target,
    Tracker, TrackerError,
};
use ::http::Method;
use async_trait::async_trait;
use http::GitHubHttp;
pub use module::{KIND, MODULE};
use octocrab::secrecy::SecretString;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde::Deserialize;
use serde_json::json;
use std::time::Duration;

/// Everything but RFC 3986 unreserved characters is encoded in a path segment.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// How to reach one GitHub host.
#[derive(Debug, Clone)]
pub struct GitHubEndpoint {
    /// The host issues live on (`github.com` or an Enterprise host).
    pub host: String,
    /// The REST base URL.
    pub api_url: String,
    /// The GraphQL endpoint.
    pub graphql_url: String,
}

impl GitHubEndpoint {
    /// `GITHUB_API_URL` wins; else `GH_HOST` (Enterprise: `https://HOST/api/v3`);
    /// else github.com.
    pub fn resolve(api_url: Option<&str>, gh_host: Option<&str>) -> GitHubEndpoint {
        let host = gh_host
            .filter(|h| !h.is_empty())
            .unwrap_or("github.com")
            .to_ascii_lowercase();
        let api_url = match api_url {
            Some(url) => url.trim_end_matches('/').to_string(),
            None if host == "github.com" => "https://api.github.com".to_string(),
            None => format!("https://{host}/api/v3"),
        };
        let graphql_url = if api_url == "https://api.github.com" {
            "https://api.github.com/graphql".to_string()
        } else if let Some(base) = api_url.strip_suffix("/api/v3") {
            // GitHub Enterprise Server.
            format!("{base}/api/graphql")
        } else {
            format!("{api_url}/graphql")
        };
        GitHubEndpoint {
            host,
            api_url,
            graphql_url,
        }
    }

    /// `GITHUB_GRAPHQL_URL` (set by GitHub Actions) wins over the derived endpoint.
    pub fn with_graphql_url(mut self, url: Option<&str>) -> GitHubEndpoint {
        if let Some(url) = url {
            self.graphql_url = url.trim_end_matches('/').to_string();
        }
        self
    }
}

/// The GitHub tracker for one host: reads and writes of convergence go through
/// GraphQL ([`graphql`]), milestones and the `issue` commands through REST.
pub struct GitHubTracker {
    http: GitHubHttp,
    graphql: GitHubHttp,
    /// The path of the GraphQL endpoint (`/graphql`, `/api/graphql`).
    graphql_path: String,
    host: String,
    /// Node ids learnt by reads, used by the writes that follow.
    ids: std::sync::Mutex<graphql::Ids>,
    /// Ids learnt by `plan publish` (numeric issue ids, milestone node ids).
    published: std::sync::Mutex<publish::Known>,
}

#[derive(Deserialize)]
struct IssueBody {
    number: u64,
    title: String,
    state: IssueState,
    state_reason: Option<String>,
    labels: Vec<LabelBody>,
    milestone: Option<MilestoneBody>,
    #[serde(default)]
    body: Option<String>,
    #[serde(default)]
    assignees: Vec<UserBody>,
    #[serde(default)]
    user: Option<UserBody>,
    #[serde(default)]
    html_url: Option<String>,
    #[serde(default)]
    created_at: Option<String>,
    #[serde(default)]
    updated_at: Option<String>,
    /// Present on pull requests, which the issues endpoints also return.
    #[serde(default)]
    pull_request: Option<serde_json::Value>,
}

#[derive(Deserialize)]
struct UserBody {
    login: String,
}

#[derive(Deserialize)]
struct LabelBody {
    name: String,
}

#[derive(Deserialize)]
struct MilestoneBody {
    number: u64,
    #[serde(default)]
    title: String,
    description: Option<String>,
}

#[derive(Deserialize)]
struct CommentBody {
    body: Option<String>,
    #[serde(default)]
    user: Option<UserBody>,
    #[serde(default)]
    created_at: Option<String>,
}

const COMMENTS_PER_PAGE: usize = 100;

impl GitHubTracker {
    /// Builds the client: no octocrab retries (ours are in `http`), explicit timeouts.
    pub fn new(
        endpoint: &GitHubEndpoint,
        token: SecretString,
        policy: RetryPolicy,
        verbose: bool,
    ) -> Result<GitHubTracker, TrackerError> {
        let fail = |e: octocrab::Error| {
            TrackerError::Unavailable(format!(
                "cannot set up the GitHub client for {}: {}",
                endpoint.api_url,
                e.to_string().lines().next().unwrap_or_default()
            ))
        };
        let client = |base: &str| {
            octocrab::Octocrab::builder()
                .base_uri(base)
                .map_err(fail)?
                .personal_token(token.clone())
                .add_header(
                    ::http::header::ACCEPT,
                    "application/vnd.github+json".to_string(),
                )
                .set_connect_timeout(Some(Duration::from_secs(10)))
                .set_read_timeout(Some(Duration::from_secs(30)))
                .set_write_timeout(Some(Duration::from_secs(30)))
                .build()
                .map_err(fail)
        };
        // octocrab joins every path to its base path, so GraphQL (`/api/graphql` on
        // Enterprise, beside `/api/v3`) gets a client of its own.
        let graphql_path = ::http::Uri::try_from(endpoint.graphql_url.as_str())
            .map(|u| u.path().to_string())
            .unwrap_or_else(|_| "/graphql".into());
        Ok(GitHubTracker {
            http: GitHubHttp::new(
                client(&endpoint.api_url)?,
                policy,
                verbose,
                &endpoint.api_url,
            ),
            graphql: GitHubHttp::new(
                client(&endpoint.graphql_url)?,
                policy,
                verbose,
                &endpoint.graphql_url,
            ),
            graphql_path,
            host: endpoint.host.clone(),
            ids: std::sync::Mutex::default(),
            published: std::sync::Mutex::default(),
        })
    }

    /// Sends one GraphQL document; `read` says whether it may be repeated after an
    /// unclear outcome (a query may, a mutation may not).
    async fn graphql(&self, document: &str, read: bool) -> Result<serde_json::Value, TrackerError> {
        let body = json!({ "query": document });
        let reply = check(
            self.graphql
                .send(Method::POST, &self.graphql_path, Some(&body), read)
                .await?,
        )?;
        reply.json()
    }

    /// One change over REST, as an outcome.
    async fn apply_rest(&self, target: &Target, change: &Change) -> Outcome {
        match (self.apply(target, change).await, target) {
            (Ok(()), _) => Outcome::Applied(None),
            // Deleted meanwhile: a warning, not a failure.
            (Err(TrackerError::NotFound), Target::Milestone(space, n)) => Outcome::Skipped(
                format!("milestone {n} of {space} no longer exists; progress not written"),
            ),
            (Err(e), _) => Outcome::Failed(e),
        }
    }

    fn ids(&self) -> std::sync::MutexGuard<'_, graphql::Ids> {
        self.ids
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Runs one mutation request and gives each change its outcome.
    async fn mutate(
        &self,
        batch: &[(usize, graphql::Mutation)],
        changes: &[(Target, Change)],
        out: &mut [Option<Outcome>],
    ) {
        let document = graphql::mutation_document(batch.iter().map(|(_, m)| m));
        match self.graphql(&document, false).await {
            Err(e) => {
                for (i, _) in batch {
                    out[*i] = Some(Outcome::Failed(e.clone()));
                }
            }
            Ok(answer) => {
                let (errors, general) = graphql::errors_by_path(&answer);
                for (i, m) in batch {
                    let node = &answer["data"][&m.alias];
                    out[*i] = Some(match errors.get(&m.alias) {
                        Some(message) if message.starts_with("NOT_FOUND") => {
                            Outcome::Failed(TrackerError::NotFound)
                        }
                        // Created meanwhile by someone else: what we wanted.
                        Some(message)
                            if matches!(changes[*i].1, Change::CreateLabel(_))
                                && message.contains("already") =>
                        {
                            Outcome::Applied(Some("it exists already".into()))
                        }
                        Some(message) => Outcome::Failed(TrackerError::Rejected(message.clone())),
                        None if node.is_null() => Outcome::Failed(TrackerError::Rejected(
                            general
                                .first()
                                .cloned()
                                .unwrap_or_else(|| "no answer".into()),
                        )),
                        None => {
                            // A card added now gets its fields in the next request.
                            if let (Some(id), (Target::Issue(issue), Change::AddToProject { .. })) =
                                (node["item"]["id"].as_str(), &changes[*i])
                            {
                                self.ids().items.insert(issue.clone(), id.to_string());
                            }
                            // A label created now is added by id in the next request.
                            if let (
                                Some(id),
                                (Target::Space(Space::Repo(KIND, repo)), Change::CreateLabel(l)),
                            ) = (node["label"]["id"].as_str(), &changes[*i])
                            {
                                self.ids()
                                    .labels
                                    .insert((repo.clone(), l.name.clone()), id.to_string());
                            }
                            Outcome::Applied(None)
                        }
                    });
                }
            }
        }
    }

    /// The account the token belongs to and the rate limit left (`GET /user`): the
    /// check `doctor` makes.
    pub async fn account(&self) -> Result<(String, Option<RateLimit>), TrackerError> {
        let reply = self.get("/user").await?;
        #[derive(Deserialize)]
        struct User {
            login: String,
        }
        let user: User = reply.json()?;
        Ok((user.login, reply.rate_limit))
    }

    fn repo_path(&self, repo: &RepoRef) -> Result<String, TrackerError> {
        if let Some(host) = &repo.host {
            if *host != self.host {
                return Err(TrackerError::Unavailable(format!(
                    "{repo} is on {host}; set GH_HOST={host} to reach it"
                )));
            }
        }
        Ok(format!(
            "/repos/{}/{}",
            utf8_percent_encode(&repo.owner, SEGMENT),
            utf8_percent_encode(&repo.name, SEGMENT)
        ))
    }

    fn issue_path(&self, issue: &IssueRef) -> Result<String, TrackerError> {
        match issue {
            IssueRef::Repo {
                kind: KIND,
                repo,
                number,
            } => Ok(format!("{}/issues/{number}", self.repo_path(repo)?)),
            other => Err(TrackerError::Unavailable(format!(
                "{other} is not a GitHub issue"
            ))),
        }
    }

    fn space_path(&self, space: &Space) -> Result<String, TrackerError> {
        match space {
            Space::Repo(KIND, repo) => self.repo_path(repo),
            other => Err(TrackerError::Unavailable(format!(
                "{other} is not a GitHub repository"
            ))),
        }
    }

    fn details_of(repo: &RepoRef, body: IssueBody, comments: Vec<CommentBody>) -> IssueDetails {
        IssueDetails {
            reference: IssueRef::Repo {
                kind: KIND,
                repo: repo.clone(),
                number: body.number,
            }
            .to_string(),
            tracker: KIND.as_str(),
            title: body.title,
            state: body.state,
            state_reason: body.state_reason,
            status: None,
            labels: body.labels.into_iter().map(|l| l.name).collect(),
            assignees: body.assignees.into_iter().map(|u| u.login).collect(),
            one_assignee: false,
            close_reasons: true,
            version: None,
            author: body.user.map(|u| u.login),
            milestone_names: Some(match &body.milestone {
                Some(m) => crate::tracker::MilestoneNames::of_shown(m.number, &m.title),
                None => crate::tracker::MilestoneNames::One(None),
            }),
            milestone: body.milestone.map(|m| format!("{}: {}", m.number, m.title)),
            body: body.body.unwrap_or_default(),
            url: body.html_url,
            created: body.created_at,
            progress: None,
            updated: body.updated_at,
            comments: comments
                .into_iter()
                .map(|c| CommentView {
                    agent: None,
                    author: c.user.map(|u| u.login),
                    created: c.created_at,
                    body: c.body.unwrap_or_default(),
                })
                .collect(),
        }
    }

    fn repo_of(issue: &IssueRef) -> Result<&RepoRef, TrackerError> {
        match issue {
            IssueRef::Repo {
                kind: KIND, repo, ..
            } => Ok(repo),
            other => Err(TrackerError::Unavailable(format!(
                "{other} is not a GitHub issue"
            ))),
        }
    }

    async fn all_comments(&self, issue: &IssueRef) -> Result<Vec<CommentBody>, TrackerError> {
        let base = format!("{}/comments", self.issue_path(issue)?);
        let mut out = Vec::new();
        for page in 1.. {
            let path = format!("{base}?per_page={COMMENTS_PER_PAGE}&page={page}");
            let comments: Vec<CommentBody> = self.get(&path).await?.json()?;
            let last = comments.len() < COMMENTS_PER_PAGE;
            out.extend(comments);
            if last {
                break;
            }
        }
        Ok(out)
    }

    /// Sends a write and maps its status.
    async fn write(
        &self,
        method: Method,
        path: &str,
        body: &serde_json::Value,
        idempotent: bool,
    ) -> Result<Reply, TrackerError> {
        check(self.http.send(method, path, Some(body), idempotent).await?)
    }

    async fn get(&self, path: &str) -> Result<Reply, TrackerError> {
        let reply = self.http.send(Method::GET, path, None, true).await?;
        check(reply)
    }
}

/// Maps error statuses to [`TrackerError`]s.
fn check(reply: Reply) -> Result<Reply, TrackerError> {
    match reply.status {
        200..=299 => Ok(reply),
        401 => Err(TrackerError::Auth(format!(
            "{}; check GH_TOKEN or run gh auth login",
            reply.message()
        ))),
        404 | 410 => Err(TrackerError::NotFound),
        301 => Err(TrackerError::Moved("another repository".into())),
        _ => Err(TrackerError::Rejected(reply.message())),
    }
}

/// The REST writes of convergence, one per kind of change.
impl GitHubTracker {
    async fn create_label(&self, space: &Space, label: &LabelSpec) -> Result<(), TrackerError> {
        let path = format!("{}/labels", self.space_path(space)?);
        let body =
            json!({"name": label.name, "color": label.color, "description": label.description});
        let reply = self
            .http
            .send(Method::POST, &path, Some(&body), true)
            .await?;
        // 422 already_exists: someone created it meanwhile, which is what we want.
        if reply.status == 422 && reply.body.contains("already_exists") {
            return Ok(());
        }
        check(reply).map(drop)
    }

    async fn remove_label(&self, issue: &IssueRef, name: &str) -> Result<(), TrackerError> {
        let path = format!(
            "{}/labels/{}",
            self.issue_path(issue)?,
            utf8_percent_encode(name, SEGMENT)
        );
        match check(self.http.send(Method::DELETE, &path, None, true).await?) {
            // Not on the issue: the goal is reached.
            Ok(_) | Err(TrackerError::NotFound) => Ok(()),
            Err(e) => Err(e),
        }
    }

    async fn patch_issue(
        &self,
        issue: &IssueRef,
        body: serde_json::Value,
    ) -> Result<(), TrackerError> {
        let path = self.issue_path(issue)?;
        self.write(Method::PATCH, &path, &body, true)
            .await
            .map(drop)
    }

    /// Merges the line into the milestone's description as this run read it
    /// (convergence in a repository is serialized), or as read now if this run did
    /// not; writes only a description that changes.
    async fn set_progress_line(
        &self,
        space: &Space,
        number: u64,
        plan_key: &str,
        line: &str,
    ) -> Result<(), TrackerError> {
        let known = match space {
            Space::Repo(KIND, repo) => self
                .ids()
                .milestones
                .get(&(repo.clone(), number))
                .map(|m| m.description.clone()),
            _ => None,
        };
        let current = match known {
            Some(d) => d,
            None => self.milestone(space, number).await?.description,
        };
        let description = with_progress_line(&current, line, plan_key);
        if description == current {
            return Ok(());
        }
        let path = format!("{}/milestones/{number}", self.space_path(space)?);
        let body = json!({ "description": description });
        self.write(Method::PATCH, &path, &body, true)
            .await
            .map(drop)
    }
}

#[async_trait]
impl Tracker for GitHubTracker {
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

    /// One GraphQL query per 100 issues reads state, labels, milestone (with its
    /// description) and, for issues to close, the comments; our labels come along.
    async fn observe(&self, request: &ObserveRequest) -> Observation {
        let mut out = Observation::default();
        let mut rest = Vec::new();
        for query in graphql::read_queries(request) {
            match self.graphql(&query.document, true).await {
                Ok(answer) => {
                    let mut ids = self.ids();
                    rest.extend(graphql::read_answer(
                        &query,
                        &answer,
                        request.marker.as_deref(),
                        &mut out,
                        &mut ids,
                    ));
                }
                Err(e) => {
                    for (_, _, issue) in &query.issues {
                        out.issues.insert(issue.clone(), Err(e.clone()));
                    }
                    for (_, _, space, name) in &query.labels {
                        out.labels
                            .insert((space.clone(), name.clone()), Err(e.clone()));
                    }
                }
            }
        }
        // Rare: more than 100 labels on an issue, or a marker older than the last
        // 100 comments. REST reads those completely.
        for issue in rest {
            let snapshot = self.issue(&issue).await;
            out.issues.insert(issue, snapshot);
        }
        if let Some(marker) = &request.marker {
            for issue in &request.marked {
                if !out.marked.contains_key(issue) && matches!(out.issues.get(issue), Some(Ok(_))) {
                    let found = self.has_comment(issue, marker).await;
                    out.marked.insert(issue.clone(), found);
                }
            }
        }
        out
    }

    /// Labels created and cards added in one request, then every label, comment
    /// and card field change in one (at most 50 a request), then the closes of issues whose changes all went
    /// through, then milestone descriptions over REST.
    async fn apply_all(&self, changes: &[(Target, Change)]) -> Vec<Outcome> {
        let mut out: Vec<Option<Outcome>> = vec![None; changes.len()];
        let mut rest: Vec<usize> = Vec::new();
        // Cards are added with the labels created: their ids come back for the
        // fields set with the label changes.
        fn create(c: &Change) -> bool {
            matches!(c, Change::CreateLabel(_) | Change::AddToProject { .. })
        }
        fn edit(c: &Change) -> bool {
            matches!(
                c,
                Change::AddLabel(_)
                    | Change::RemoveLabel(_)
                    | Change::Comment { .. }
                    | Change::Reopen
                    | Change::SetProjectField { .. }
            )
        }
        fn close(c: &Change) -> bool {
            matches!(c, Change::Close { .. })
        }
        let phases: [fn(&Change) -> bool; 3] = [create, edit, close];
        for in_phase in phases {
            let mut batch = Vec::new();
            for (i, (target, change)) in changes.iter().enumerate() {
                if !in_phase(change) {
                    continue;
                }
                // An issue with a failed change is not closed (nor commented after).
                let failed_before = changes[..i].iter().zip(&out[..i]).any(|((t, _), o)| {
                    t == target && matches!(o, Some(Outcome::Failed(_) | Outcome::Skipped(_)))
                });
                if failed_before {
                    out[i] = Some(Outcome::Skipped(crate::tracker::HELD_BACK.into()));
                    continue;
                }
                let built = {
                    let ids = self.ids();
                    graphql::mutation(&format!("m{i}"), target, change, &ids)
                };
                match built {
                    Some(m) => batch.push((i, m)),
                    None => rest.push(i),
                }
            }
            for chunk in batch.chunks(graphql::MUTATIONS_PER_REQUEST) {
                self.mutate(chunk, changes, &mut out).await;
            }
            // What GraphQL could not express (an id not known yet) goes over REST.
            for i in std::mem::take(&mut rest) {
                out[i] = Some(self.apply_rest(&changes[i].0, &changes[i].1).await);
            }
        }
        // The rest (milestone descriptions) is REST only.
        for (i, (target, change)) in changes.iter().enumerate() {
            if out[i].is_none() {
                out[i] = Some(self.apply_rest(target, change).await);
            }
        }
        out.into_iter()
            .map(|o| o.unwrap_or(Outcome::Skipped("not applied".into())))
            .collect()
    }

    async fn issue(&self, issue: &IssueRef) -> Result<IssueSnapshot, TrackerError> {
        let body: IssueBody = self.get(&self.issue_path(issue)?).await?.json()?;
        Ok(IssueSnapshot {
            issue: issue.clone(),
            title: body.title,
            open: body.state == IssueState::Open,
            state_reason: body.state_reason,
            labels: body.labels.into_iter().map(|l| l.name).collect(),
            milestone: body.milestone.map(|m| m.number),
            status: None,
            category: None,
            pull_request: body.pull_request.is_some(),
        })
    }

    async fn label_exists(&self, space: &Space, name: &str) -> Result<bool, TrackerError> {
        let path = format!(
            "{}/labels/{}",
            self.space_path(space)?,
            utf8_percent_encode(name, SEGMENT)
        );
        match self.get(&path).await {
            Ok(_) => Ok(true),
            Err(TrackerError::NotFound) => Ok(false),
            Err(e) => Err(e),
        }
    }

    async fn milestone(&self, space: &Space, number: u64) -> Result<Milestone, TrackerError> {
        let path = format!("{}/milestones/{number}", self.space_path(space)?);
        let body: MilestoneBody = self.get(&path).await?.json()?;
        Ok(Milestone {
            number: body.number,
            title: body.title,
            description: body.description.unwrap_or_default(),
        })
    }

    async fn has_comment(&self, issue: &IssueRef, marker: &str) -> Result<bool, TrackerError> {
        let base = format!("{}/comments", self.issue_path(issue)?);
        for page in 1.. {
            let path = format!("{base}?per_page={COMMENTS_PER_PAGE}&page={page}");
            let comments: Vec<CommentBody> = self.get(&path).await?.json()?;
            if comments
                .iter()
                .any(|c| c.body.as_deref().is_some_and(|b| b.contains(marker)))
            {
                return Ok(true);
            }
            if comments.len() < COMMENTS_PER_PAGE {
                break;
            }
        }
        Ok(false)
    }

    async fn apply(&self, target: &Target, change: &Change) -> Result<(), TrackerError> {
        match (target, change) {
            (Target::Space(space), Change::CreateLabel(label)) => {
                self.create_label(space, label).await
            }
            (Target::Issue(issue), Change::AddLabel(name)) => {
                let path = format!("{}/labels", self.issue_path(issue)?);
                let body = json!({ "labels": [name] });
                self.write(Method::POST, &path, &body, true).await.map(drop)
            }
            (Target::Issue(issue), Change::RemoveLabel(name)) => {
                self.remove_label(issue, name).await
            }
            (Target::Issue(issue), Change::Comment { body, .. }) => self.comment(issue, body).await,
            (Target::Issue(issue), Change::Reopen) => {
                self.patch_issue(issue, json!({"state": "open"})).await
            }
            (Target::Issue(issue), Change::Close { reason }) => {
                let body = json!({"state": "closed", "state_reason": reason});
                self.patch_issue(issue, body).await
            }
            (Target::Milestone(space, number), Change::SetProgressLine { plan_key, line }) => {
                self.set_progress_line(space, *number, plan_key, line).await
            }
            (target, change) => Err(TrackerError::Unavailable(format!(
                "cannot {} on {target}",
                change.action()
            ))),
        }
    }

    /// Newest first, as gh lists. Pages are read until more issues than the limit
    /// are known (the list is cut; REST gives no count, so the total is unknown) or
    /// the last page was read (every matching issue was counted).
    async fn list_issues(
        &self,
        space: &Space,
        filter: &IssueFilter,
    ) -> Result<Listed, TrackerError> {
        const PAGE: usize = 100;
        let Space::Repo(KIND, repo) = space else {
            return Err(TrackerError::Unavailable(format!(
                "{space} is not a GitHub repository"
            )));
        };
        let mut found = Vec::new();
        let mut page = 1;
        loop {
            let mut path = format!(
                "{}/issues?state={}&sort=created&direction=desc&per_page={PAGE}&page={page}",
                self.repo_path(repo)?,
                filter.state.as_str()
            );
            if let Some(l) = &filter.label {
                path.push_str(&format!("&labels={}", utf8_percent_encode(l, SEGMENT)));
            }
            if let Some(a) = &filter.assignee {
                path.push_str(&format!("&assignee={}", utf8_percent_encode(a, SEGMENT)));
            }
            let items: Vec<IssueBody> = self.get(&path).await?.json()?;
            let last = items.len() < PAGE;
            found.extend(
                items
                    .into_iter()
                    .filter(|i| i.pull_request.is_none())
                    .map(|i| Self::details_of(repo, i, Vec::new())),
            );
            if last {
                let total = found.len();
                found.truncate(filter.limit);
                return Ok(Listed::counted(found, total));
            }
            if found.len() > filter.limit {
                found.truncate(filter.limit);
                return Ok(Listed::more_than(found));
            }
            page += 1;
        }
    }

    async fn query_candidates(
        &self,
        space: &Space,
        query: &crate::query::Query,
        me: Option<&str>,
    ) -> Result<Listed, TrackerError> {
        let Space::Repo(KIND, repo) = space else {
            return Err(TrackerError::Unavailable(format!(
                "{space} is not a GitHub repository"
            )));
        };
        self.search(repo, query, me).await
    }

    async fn details(&self, issue: &IssueRef) -> Result<IssueDetails, TrackerError> {
        let body: IssueBody = self.get(&self.issue_path(issue)?).await?.json()?;
        let comments = self.all_comments(issue).await?;
        Ok(Self::details_of(Self::repo_of(issue)?, body, comments))
    }

    async fn details_many(
        &self,
        issues: &[IssueRef],
    ) -> std::collections::HashMap<IssueRef, Result<IssueDetails, TrackerError>> {
        self.details_batched(issues).await
    }

    async fn versions_many(
        &self,
        issues: &[IssueRef],
    ) -> std::collections::HashMap<IssueRef, Result<Option<String>, TrackerError>> {
        self.updated_batched(issues).await
    }

    async fn edit_many(&self, edits: &[(IssueRef, IssueEdit)]) -> Vec<Result<(), TrackerError>> {
        self.edit_batched(edits).await
    }

    async fn create_issue(
        &self,
        space: &Space,
        new: &NewIssue,
    ) -> Result<IssueDetails, TrackerError> {
        let Space::Repo(KIND, repo) = space else {
            return Err(TrackerError::Unavailable(format!(
                "{space} is not a GitHub repository"
            )));
        };
        let mut body = json!({"title": new.title, "body": new.body, "labels": new.labels, "assignees": new.assignees});
        if let Some(m) = new.milestone {
            body["milestone"] = json!(m);
        }
        let path = format!("{}/issues", self.repo_path(repo)?);
        let created: IssueBody = self
            .write(Method::POST, &path, &body, false)
            .await?
            .json()?;
        Ok(Self::details_of(repo, created, Vec::new()))
    }

    async fn edit_issue(
        &self,
        issue: &IssueRef,
        edit: &IssueEdit,
    ) -> Result<IssueDetails, TrackerError> {
        let path = self.issue_path(issue)?;
        let mut fields = serde_json::Map::new();
        if let Some(t) = &edit.title {
            fields.insert("title".into(), json!(t));
        }
        if let Some(b) = &edit.body {
            fields.insert("body".into(), json!(b));
        }
        if let Some(m) = edit.milestone {
            fields.insert("milestone".into(), json!(m));
        }
        if !fields.is_empty() {
            self.write(
                Method::PATCH,
                &path,
                &serde_json::Value::Object(fields),
                true,
            )
            .await?;
        }
        // Labels change additively, never by replacing the set.
        if !edit.add_labels.is_empty() {
            self.write(
                Method::POST,
                &format!("{path}/labels"),
                &json!({ "labels": edit.add_labels }),
                true,
            )
            .await?;
        }
        for label in &edit.remove_labels {
            let p = format!("{path}/labels/{}", utf8_percent_encode(label, SEGMENT));
            match check(self.http.send(Method::DELETE, &p, None, true).await?) {
                Ok(_) | Err(TrackerError::NotFound) => {}
                Err(e) => return Err(e),
            }
        }
        if !edit.add_assignees.is_empty() {
            let body = json!({ "assignees": edit.add_assignees });
            self.write(Method::POST, &format!("{path}/assignees"), &body, true)
                .await?;
        }
        if !edit.remove_assignees.is_empty() {
            let body = json!({ "assignees": edit.remove_assignees });
            self.write(Method::DELETE, &format!("{path}/assignees"), &body, true)
                .await?;
        }
        self.details(issue).await
    }

    async fn set_open(
        &self,
        issue: &IssueRef,
        open: bool,
        reason: Option<&str>,
    ) -> Result<IssueDetails, TrackerError> {
        let body = if open {
            json!({"state": "open"})
        } else {
            json!({"state": "closed", "state_reason": reason.unwrap_or("completed")})
        };
        self.write(Method::PATCH, &self.issue_path(issue)?, &body, true)
            .await?;
        self.details(issue).await
    }

    async fn comment(&self, issue: &IssueRef, body: &str) -> Result<(), TrackerError> {
        let path = format!("{}/comments", self.issue_path(issue)?);
        self.write(Method::POST, &path, &json!({ "body": body }), false)
            .await
            .map(drop)
    }

    fn publish_structure(&self) -> crate::tracker::publish::Structure {
        crate::tracker::publish::Structure {
            sub_issues: true,
            dependencies: true,
            milestones: true,
        }
    }

    async fn publish_observe(
        &self,
        space: &Space,
        read: &crate::tracker::publish::PublishRead,
    ) -> crate::tracker::publish::PublishSeen {
        publish::observe(self, space, read).await
    }

    async fn publish_apply(
        &self,
        space: &Space,
        writes: &[crate::tracker::publish::PublishWrite],
    ) -> Vec<Result<crate::tracker::publish::Written, TrackerError>> {
        publish::apply(self, space, writes).await
    }

    fn comment_ids(&self) -> Option<&dyn crate::tracker::comment_ids::CommentIds> {
        Some(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoint_precedence() {
        let e = GitHubEndpoint::resolve(Some("http://127.0.0.1:9/"), Some("ghe.corp"));
        assert_eq!(e.api_url, "http://127.0.0.1:9");
        assert_eq!(e.host, "ghe.corp");
        assert_eq!(
            GitHubEndpoint::resolve(None, Some("ghe.corp")).api_url,
            "https://ghe.corp/api/v3"
        );
        assert_eq!(
            GitHubEndpoint::resolve(None, Some("ghe.corp")).graphql_url,
            "https://ghe.corp/api/graphql"
        );
        assert_eq!(
            GitHubEndpoint::resolve(None, None).graphql_url,
            "https://api.github.com/graphql"
        );
        assert_eq!(e.graphql_url, "http://127.0.0.1:9/graphql");
        assert_eq!(
            GitHubEndpoint::resolve(None, None)
                .with_graphql_url(Some("https://gql.example/graphql/"))
                .graphql_url,
            "https://gql.example/graphql"
        );
        assert_eq!(
            GitHubEndpoint::resolve(None, None).api_url,
            "https://api.github.com"
        );
    }

    #[test]
    fn label_names_are_encoded_as_one_segment() {
        assert_eq!(
            utf8_percent_encode("debussy:in progress/x", SEGMENT).to_string(),
            "debussy%3Ain%20progress%2Fx"
        );
    }
}
