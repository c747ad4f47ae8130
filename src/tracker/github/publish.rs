//! `plan publish` on GitHub (PRODUCT §13), in as few requests as GitHub allows.
//!
//! - One GraphQL query reads the linked issues (title, body, ids), the labels, the
//!   milestone by title and, after a killed run, the repository's newest 100 issues
//!   to find markers in: the repository's issue list is consistent, the search
//!   index lags behind.
//! - Labels are created in one mutation request, the milestone over REST, and every
//!   issue created or updated in one request of aliased `createIssue` /
//!   `updateIssue` mutations.
//! - Sub-issues are added in one request of aliased `addSubIssue` mutations, in
//!   phase order. Blocked-by links exist over REST only (GitHub's GraphQL API has no
//!   such mutation), one request per link, a few at once; they take the issue's
//!   numeric id (`databaseId`), which the reads and the creates bring along. Ids
//!   still missing are read in one query first.
//!
//! A `createIssue` sent without a clear answer is [`TrackerError::Ambiguous`]: the
//! driver looks for its marker on the next run instead of creating it again.

use super::{graphql, GitHubTracker, KIND};
use crate::refs::{IssueRef, RepoRef};
use crate::tracker::publish::{
    MilestoneSeen, PublishRead, PublishSeen, PublishWrite, Published, Written,
};
use crate::tracker::{Change, NewIssue, Space, Target, TrackerError};
use ::http::Method;
use futures_util::stream::{self, StreamExt};
use graphql::quote;
use serde::Deserialize;
use serde_json::{json, Value};
use std::collections::HashMap;

/// Links sent at once: GitHub asks for few concurrent writes.
const LINKS_AT_ONCE: usize = 8;
/// Children read per page of `…/sub_issues`.
const CHILDREN_PER_PAGE: usize = 100;

/// Ids learnt by publish's reads and writes, beside the node ids of [`graphql::Ids`].
#[derive(Debug, Default)]
pub struct Known {
    /// An issue's numeric id (REST `id`, GraphQL `databaseId`): what links take.
    database_ids: HashMap<IssueRef, u64>,
    /// `(repository, milestone number)` → the milestone's node id.
    milestones: HashMap<(RepoRef, u64), String>,
}

impl GitHubTracker {
    fn known(&self) -> std::sync::MutexGuard<'_, Known> {
        self.published
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Remembers the ids of an issue node (`id`, `databaseId`).
    fn learn_issue(&self, issue: &IssueRef, node: &Value) {
        if let Some(id) = node["id"].as_str() {
            self.ids().issues.insert(issue.clone(), id.to_string());
        }
        if let Some(id) = node["databaseId"].as_u64() {
            self.known().database_ids.insert(issue.clone(), id);
        }
    }
}

fn repo_of_space(space: &Space) -> Result<&RepoRef, TrackerError> {
    match space {
        Space::Repo(KIND, repo) => Ok(repo),
        other => Err(TrackerError::Unavailable(format!(
            "{other} is not a GitHub repository"
        ))),
    }
}

fn github_issue(repo: &RepoRef, number: u64) -> IssueRef {
    IssueRef::Repo {
        kind: KIND,
        repo: repo.clone(),
        number,
    }
}

/// The repositories of a query: the space's first, then those of issues elsewhere.
fn repositories<'a>(space: &'a RepoRef, issues: &'a [IssueRef]) -> Vec<&'a RepoRef> {
    let mut repos = vec![space];
    for issue in issues {
        if let IssueRef::Repo {
            kind: KIND, repo, ..
        } = issue
        {
            if !repos.contains(&repo) {
                repos.push(repo);
            }
        }
    }
    repos
}

/// A query's aliases: `(repository alias, item alias)` → what it stands for.
#[derive(Debug, Default)]
struct Aliases {
    document: String,
    repos: Vec<(String, RepoRef)>,
    issues: Vec<(String, String, IssueRef)>,
    labels: Vec<(String, String)>,
    milestones: Vec<(String, u64)>,
}

/// What a query is to select: the space's labels and milestones by number, issues
/// anywhere, and `extra` (the milestone list, the newest issues) in the space.
struct Selection<'a> {
    space: &'a RepoRef,
    labels: &'a [String],
    milestones: &'a [u64],
    issues: &'a [IssueRef],
    extra: String,
    issue_fields: &'static str,
}

/// One query of aliased `repository` selections.
fn build_query(sel: &Selection) -> Aliases {
    let mut q = Aliases {
        document: "query {".into(),
        ..Aliases::default()
    };
    for (r, repo) in repositories(sel.space, sel.issues).into_iter().enumerate() {
        let ralias = format!("r{r}");
        q.document.push_str(&format!(
            " {ralias}: repository(owner: {}, name: {}) {{ id",
            quote(&repo.owner),
            quote(&repo.name)
        ));
        if r == 0 {
            for (l, name) in sel.labels.iter().enumerate() {
                let alias = format!("l{l}");
                let field = format!(" {alias}: label(name: {}) {{ id }}", quote(name));
                q.document.push_str(&field);
                q.labels.push((alias, name.clone()));
            }
            for (m, number) in sel.milestones.iter().enumerate() {
                let alias = format!("m{m}");
                let field = format!(" {alias}: milestone(number: {number}) {{ id }}");
                q.document.push_str(&field);
                q.milestones.push((alias, *number));
            }
            q.document.push_str(&sel.extra);
        }
        let mut i = 0;
        for issue in sel.issues {
            if let IssueRef::Repo {
                kind: KIND,
                repo: of,
                number,
            } = issue
            {
                if of == repo {
                    let alias = format!("i{i}");
                    i += 1;
                    let fields = sel.issue_fields;
                    let field = format!(" {alias}: issue(number: {number}) {{ {fields} }}");
                    q.document.push_str(&field);
                    q.issues.push((ralias.clone(), alias, issue.clone()));
                }
            }
        }
        q.document.push_str(" }");
        q.repos.push((ralias, repo.clone()));
    }
    q.document.push_str(" }");
    q
}

/// An answer with its errors by alias path.
struct Answer<'a> {
    data: &'a Value,
    errors: HashMap<String, String>,
    general: Vec<String>,
}

impl<'a> Answer<'a> {
    fn of(answer: &'a Value) -> Answer<'a> {
        let (errors, general) = graphql::errors_by_path(answer);
        Answer {
            data: &answer["data"],
            errors,
            general,
        }
    }

    /// The node at `repo.alias`, or why there is none.
    fn node(&self, ralias: &str, alias: &str) -> Result<&'a Value, TrackerError> {
        let node = &self.data[ralias][alias];
        if node.is_object() {
            return Ok(node);
        }
        let message = self
            .errors
            .get(&format!("{ralias}.{alias}"))
            .or_else(|| self.errors.get(ralias));
        match message {
            Some(m) if m.starts_with("NOT_FOUND") => Err(TrackerError::NotFound),
            Some(m) => Err(TrackerError::Rejected(m.clone())),
            None if self.data[ralias].is_object() => Err(TrackerError::NotFound),
            None => Err(self.whole()),
        }
    }

    /// Why the whole document failed.
    fn whole(&self) -> TrackerError {
        let message = self.general.first().map_or("no answer", String::as_str);
        TrackerError::Rejected(message.to_string())
    }
}

const PUBLISHED_FIELDS: &str = "id databaseId title body";
const IDS: &str = "id databaseId";

/// The one query of [`observe`], with its aliases.
fn observe_query(space: &RepoRef, read: &PublishRead) -> Aliases {
    let mut extra = String::new();
    if let Some(title) = &read.milestone {
        extra.push_str(&format!(
            " milestones(first: 100, states: [OPEN, CLOSED], query: {}) {{ nodes {{ number title id }} }}",
            quote(title)
        ));
    }
    if !read.markers.is_empty() {
        extra.push_str(" recent: issues(first: 100, orderBy: {field: CREATED_AT, direction: DESC}) { nodes { number databaseId id body } }");
    }
    build_query(&Selection {
        space,
        labels: &read.labels,
        milestones: &[],
        issues: &read.issues,
        extra,
        issue_fields: PUBLISHED_FIELDS,
    })
}

/// Reads everything publish needs in one GraphQL query, and the tracking issue's
/// sub-issues over REST.
pub async fn observe(t: &GitHubTracker, space: &Space, read: &PublishRead) -> PublishSeen {
    let mut seen = PublishSeen::default();
    let read_once = async {
        let repo = repo_of_space(space)?;
        let query = observe_query(repo, read);
        let answer = t.graphql(&query.document, true).await?;
        Ok::<_, TrackerError>((repo, query, answer))
    };
    match read_once.await {
        Ok((repo, query, answer)) => read_observed(t, repo, read, &query, &answer, &mut seen),
        Err(e) => fail_observe(read, e, &mut seen),
    }
    if let Some(parent) = &read.children_of {
        seen.children = Some(children(t, parent).await);
    }
    seen
}

/// Every item asked for fails with `e`.
fn fail_observe(read: &PublishRead, e: TrackerError, seen: &mut PublishSeen) {
    for issue in &read.issues {
        seen.issues.insert(issue.clone(), Err(e.clone()));
    }
    for name in &read.labels {
        seen.labels.insert(name.clone(), Err(e.clone()));
    }
    if read.milestone.is_some() {
        seen.milestone = Some(Err(e.clone()));
    }
    if !read.markers.is_empty() {
        seen.scan_failed = Some(e);
    }
}

fn read_observed(
    t: &GitHubTracker,
    repo: &RepoRef,
    read: &PublishRead,
    query: &Aliases,
    answer: &Value,
    seen: &mut PublishSeen,
) {
    let answer = Answer::of(answer);
    learn_repos(t, query, &answer);
    for (alias, name) in &query.labels {
        let exists = match answer.node("r0", alias) {
            Ok(node) => {
                learn_label(t, repo, name, node);
                Ok(true)
            }
            // A label GitHub does not know is null; a repository it does not know
            // is an error, not a missing label.
            Err(TrackerError::NotFound) if answer.data["r0"].is_object() => Ok(false),
            Err(e) => Err(e),
        };
        seen.labels.insert(name.clone(), exists);
    }
    for (ralias, alias, issue) in &query.issues {
        let published = answer.node(ralias, alias).map(|node| {
            t.learn_issue(issue, node);
            Published {
                title: text(&node["title"]),
                body: text(&node["body"]),
            }
        });
        seen.issues.insert(issue.clone(), published);
    }
    if let Some(title) = &read.milestone {
        seen.milestone = Some(read_milestone(t, repo, title, &answer));
    }
    if !read.markers.is_empty() {
        match answer.node("r0", "recent") {
            Ok(recent) => seen.found = find_markers(t, repo, &read.markers, recent),
            Err(e) => seen.scan_failed = Some(e),
        }
    }
}

fn text(v: &Value) -> String {
    v.as_str().unwrap_or_default().to_string()
}

fn learn_repos(t: &GitHubTracker, query: &Aliases, answer: &Answer) {
    for (ralias, repo) in &query.repos {
        if let Some(id) = answer.data[ralias]["id"].as_str() {
            t.ids().repos.insert(repo.clone(), id.to_string());
        }
    }
}

fn learn_label(t: &GitHubTracker, repo: &RepoRef, name: &str, node: &Value) {
    if let Some(id) = node["id"].as_str() {
        let key = (repo.clone(), name.to_string());
        t.ids().labels.insert(key, id.to_string());
    }
}

/// The milestone titled `title` (exactly; else ignoring case, as GitHub compares).
fn read_milestone(
    t: &GitHubTracker,
    repo: &RepoRef,
    title: &str,
    answer: &Answer,
) -> Result<MilestoneSeen, TrackerError> {
    let list = answer.node("r0", "milestones")?;
    let nodes = list["nodes"].as_array().map(Vec::as_slice).unwrap_or(&[]);
    let titled = |exact: bool| {
        nodes.iter().find(|m| {
            let t = m["title"].as_str().unwrap_or_default();
            if exact {
                t == title
            } else {
                t.eq_ignore_ascii_case(title)
            }
        })
    };
    let Some(found) = titled(true).or_else(|| titled(false)) else {
        return Ok(MilestoneSeen::Missing);
    };
    let number = found["number"]
        .as_u64()
        .ok_or_else(|| TrackerError::Rejected("a milestone without a number".into()))?;
    if let Some(id) = found["id"].as_str() {
        let key = (repo.clone(), number);
        t.known().milestones.insert(key, id.to_string());
    }
    Ok(MilestoneSeen::Exists(number))
}

/// Marker → the newest issue whose body carries it.
fn find_markers(
    t: &GitHubTracker,
    repo: &RepoRef,
    markers: &[String],
    recent: &Value,
) -> HashMap<String, IssueRef> {
    let mut found = HashMap::new();
    for node in recent["nodes"].as_array().into_iter().flatten() {
        let (Some(number), Some(body)) = (node["number"].as_u64(), node["body"].as_str()) else {
            continue;
        };
        for marker in markers {
            if body.contains(marker.as_str()) && !found.contains_key(marker) {
                let issue = github_issue(repo, number);
                t.learn_issue(&issue, node);
                found.insert(marker.clone(), issue);
            }
        }
    }
    found
}

#[derive(Deserialize)]
struct ChildBody {
    id: u64,
    number: u64,
    #[serde(default)]
    repository_url: Option<String>,
}

/// The repository an issue's `repository_url` names (`…/repos/OWNER/NAME`).
fn repo_of_url(url: &str, host: Option<&String>) -> Option<RepoRef> {
    let mut parts = url.trim_end_matches('/').rsplit('/');
    let name = parts.next()?;
    let owner = parts.next()?;
    (parts.next()? == "repos").then(|| RepoRef {
        host: host.cloned(),
        owner: owner.to_string(),
        name: name.to_string(),
    })
}

/// The sub-issues of `parent`, page by page (one page for up to 100).
async fn children(t: &GitHubTracker, parent: &IssueRef) -> Result<Vec<IssueRef>, TrackerError> {
    let repo = GitHubTracker::repo_of(parent)?;
    let base = format!("{}/sub_issues", t.issue_path(parent)?);
    let mut out = Vec::new();
    for page in 1.. {
        let path = format!("{base}?per_page={CHILDREN_PER_PAGE}&page={page}");
        let items: Vec<ChildBody> = t.get(&path).await?.json()?;
        let last = items.len() < CHILDREN_PER_PAGE;
        for child in items {
            let of = child
                .repository_url
                .as_deref()
                .and_then(|u| repo_of_url(u, repo.host.as_ref()))
                .unwrap_or_else(|| repo.clone());
            let issue = github_issue(&of, child.number);
            t.known().database_ids.insert(issue.clone(), child.id);
            out.push(issue);
        }
        if last {
            break;
        }
    }
    Ok(out)
}

type Results = Vec<Option<Result<Written, TrackerError>>>;

/// Labels, then the milestone, then issues, then links: each stage one request
/// where GitHub allows, in the order the later stages need.
pub async fn apply(
    t: &GitHubTracker,
    space: &Space,
    writes: &[PublishWrite],
) -> Vec<Result<Written, TrackerError>> {
    let mut out: Results = vec![None; writes.len()];
    match repo_of_space(space) {
        Ok(repo) => {
            create_labels(t, repo, writes, &mut out).await;
            for (i, write) in writes.iter().enumerate() {
                if let PublishWrite::CreateMilestone { title, due } = write {
                    out[i] = Some(create_milestone(t, repo, title, due.as_deref()).await);
                }
            }
            write_issues(t, repo, writes, &mut out).await;
            add_sub_issues(t, repo, writes, &mut out).await;
            link(t, writes, &mut out).await;
        }
        Err(e) => out.fill(Some(Err(e))),
    }
    out.into_iter()
        .map(|o| o.unwrap_or_else(|| Err(TrackerError::Rejected("not applied".into()))))
        .collect()
}

/// Reads, in one query, the ids the writes need and this run has not learnt yet.
async fn resolve(
    t: &GitHubTracker,
    space: &RepoRef,
    labels: &[String],
    milestones: &[u64],
    issues: &[IssueRef],
) {
    let (labels, milestones, issues) = {
        let ids = t.ids();
        let known = t.known();
        let labels: Vec<String> = labels
            .iter()
            .filter(|l| !ids.labels.contains_key(&(space.clone(), l.to_string())))
            .cloned()
            .collect();
        let milestones: Vec<u64> = milestones
            .iter()
            .filter(|m| !known.milestones.contains_key(&(space.clone(), **m)))
            .copied()
            .collect();
        let issues: Vec<IssueRef> = issues
            .iter()
            .filter(|i| !ids.issues.contains_key(*i) || !known.database_ids.contains_key(*i))
            .cloned()
            .collect();
        (labels, milestones, issues)
    };
    let repo_known = t.ids().repos.contains_key(space);
    if repo_known && labels.is_empty() && milestones.is_empty() && issues.is_empty() {
        return;
    }
    let query = build_query(&Selection {
        space,
        labels: &labels,
        milestones: &milestones,
        issues: &issues,
        extra: String::new(),
        issue_fields: IDS,
    });
    // What stays unknown fails its write with a message naming it.
    let Ok(answer) = t.graphql(&query.document, true).await else {
        return;
    };
    let answer = Answer::of(&answer);
    learn_repos(t, &query, &answer);
    for (alias, name) in &query.labels {
        if let Ok(node) = answer.node("r0", alias) {
            learn_label(t, space, name, node);
        }
    }
    for (alias, number) in &query.milestones {
        if let Some(id) = answer.node("r0", alias).ok().and_then(|n| n["id"].as_str()) {
            t.known()
                .milestones
                .insert((space.clone(), *number), id.to_string());
        }
    }
    for (ralias, alias, issue) in &query.issues {
        if let Ok(node) = answer.node(ralias, alias) {
            t.learn_issue(issue, node);
        }
    }
}

/// The labels in one request of aliased `createLabel` mutations.
async fn create_labels(
    t: &GitHubTracker,
    repo: &RepoRef,
    writes: &[PublishWrite],
    out: &mut Results,
) {
    let wanted: Vec<usize> = (0..writes.len())
        .filter(|i| matches!(writes[*i], PublishWrite::CreateLabel(_)))
        .collect();
    if wanted.is_empty() {
        return;
    }
    resolve(t, repo, &[], &[], &[]).await;
    let target = Target::Space(Space::Repo(KIND, repo.clone()));
    let mut batch = Vec::new();
    for i in wanted {
        let PublishWrite::CreateLabel(label) = &writes[i] else {
            continue;
        };
        let change = Change::CreateLabel(label.clone());
        let built = graphql::mutation(&format!("m{i}"), &target, &change, &t.ids());
        match built {
            Some(m) => batch.push((i, label.name.clone(), m)),
            None => out[i] = Some(Err(unknown("repository", &repo.to_string()))),
        }
    }
    for chunk in batch.chunks(graphql::MUTATIONS_PER_REQUEST) {
        let document = graphql::mutation_document(chunk.iter().map(|(_, _, m)| m));
        let answer = t.graphql(&document, false).await;
        for (i, name, m) in chunk {
            let result = mutation_node(&answer, &m.alias).map(|node| {
                learn_label(t, repo, name, &node["label"]);
                Written::Done
            });
            out[*i] = Some(match result {
                // Created meanwhile by someone else: what we wanted.
                Err(TrackerError::Rejected(m)) if m.contains("already") => Ok(Written::Done),
                other => other,
            });
        }
    }
}

fn unknown(what: &str, name: &str) -> TrackerError {
    TrackerError::Rejected(format!("{what} {name} not found on GitHub"))
}

/// The node one mutation of a request answered, or why there is none: the
/// request's failure, the mutation's error, or no answer at all (ambiguous).
fn mutation_node(answer: &Result<Value, TrackerError>, alias: &str) -> Result<Value, TrackerError> {
    let answer = answer.as_ref().map_err(Clone::clone)?;
    let (errors, general) = graphql::errors_by_path(answer);
    let node = &answer["data"][alias];
    match errors.get(alias) {
        Some(m) if m.starts_with("NOT_FOUND") => Err(TrackerError::NotFound),
        Some(m) => Err(TrackerError::Rejected(m.clone())),
        None if node.is_object() => Ok(node.clone()),
        None => Err(TrackerError::Ambiguous(
            general
                .first()
                .cloned()
                .unwrap_or_else(|| "no answer".into()),
        )),
    }
}

#[derive(Deserialize)]
struct MilestoneBody {
    number: u64,
    #[serde(default)]
    title: String,
    #[serde(default)]
    node_id: Option<String>,
}

/// `YYYY-MM-DD` as GitHub's `due_on` timestamp; a full timestamp as it is.
fn due_on(due: &str) -> String {
    if due.contains('T') {
        due.to_string()
    } else {
        format!("{due}T00:00:00Z")
    }
}

/// Creates the milestone over REST. Repeating it is harmless (a second one with
/// the same title is refused), so an unclear answer is retried; a milestone that
/// exists already is looked up by title.
async fn create_milestone(
    t: &GitHubTracker,
    repo: &RepoRef,
    title: &str,
    due: Option<&str>,
) -> Result<Written, TrackerError> {
    let path = format!("{}/milestones", t.repo_path(repo)?);
    let mut body = json!({ "title": title });
    if let Some(due) = due {
        body["due_on"] = json!(due_on(due));
    }
    let reply = t.http.send(Method::POST, &path, Some(&body), true).await?;
    let created: MilestoneBody = if reply.status == 422 && reply.body.contains("already_exists") {
        let list = format!("{path}?state=all&per_page=100");
        let all: Vec<MilestoneBody> = t.get(&list).await?.json()?;
        all.into_iter()
            .find(|m| m.title.eq_ignore_ascii_case(title))
            .ok_or_else(|| unknown("milestone", title))?
    } else {
        super::check(reply)?.json()?
    };
    if let Some(id) = created.node_id {
        t.known()
            .milestones
            .insert((repo.clone(), created.number), id);
    }
    Ok(Written::Milestone(created.number))
}

/// The `createIssue` mutation of `new`, with the ids it needs.
fn create_text(t: &GitHubTracker, repo: &RepoRef, new: &NewIssue) -> Result<String, TrackerError> {
    let ids = t.ids();
    let repo_id = ids
        .repos
        .get(repo)
        .ok_or_else(|| unknown("repository", &repo.to_string()))?;
    let mut labels = Vec::new();
    for name in &new.labels {
        let key = (repo.clone(), name.clone());
        let id = ids.labels.get(&key).ok_or_else(|| unknown("label", name))?;
        labels.push(quote(id));
    }
    let milestone = match new.milestone {
        Some(n) => {
            let known = t.known();
            let id = known.milestones.get(&(repo.clone(), n));
            let id = id.ok_or_else(|| unknown("milestone", &n.to_string()))?;
            format!(", milestoneId: {}", quote(id))
        }
        None => String::new(),
    };
    Ok(format!(
        "createIssue(input: {{repositoryId: {}, title: {}, body: {}, labelIds: [{}]{milestone}}}) {{ issue {{ id databaseId number }} }}",
        quote(repo_id),
        quote(&new.title),
        quote(&new.body),
        labels.join(", ")
    ))
}

/// The `updateIssue` mutation of an edit; `None` when it changes nothing.
fn update_text(
    t: &GitHubTracker,
    issue: &IssueRef,
    title: Option<&String>,
    body: Option<&String>,
) -> Result<Option<String>, TrackerError> {
    if title.is_none() && body.is_none() {
        return Ok(None);
    }
    let ids = t.ids();
    let id = ids.issues.get(issue).ok_or(TrackerError::NotFound)?;
    let mut fields = format!("id: {}", quote(id));
    if let Some(title) = title {
        fields.push_str(&format!(", title: {}", quote(title)));
    }
    if let Some(body) = body {
        fields.push_str(&format!(", body: {}", quote(body)));
    }
    Ok(Some(format!(
        "updateIssue(input: {{{fields}}}) {{ issue {{ id }} }}"
    )))
}

/// What the issue writes need: their labels, milestones and updated issues.
fn issue_needs(writes: &[PublishWrite]) -> (Vec<String>, Vec<u64>, Vec<IssueRef>) {
    let (mut labels, mut milestones, mut issues) = (Vec::new(), Vec::new(), Vec::new());
    for write in writes {
        match write {
            PublishWrite::Create(new) => {
                for name in &new.labels {
                    if !labels.contains(name) {
                        labels.push(name.clone());
                    }
                }
                milestones.extend(new.milestone.filter(|m| !milestones.contains(m)));
            }
            PublishWrite::Update { issue, .. } => issues.push(issue.clone()),
            _ => {}
        }
    }
    (labels, milestones, issues)
}

/// Every issue created or updated in one request of aliased mutations.
async fn write_issues(
    t: &GitHubTracker,
    repo: &RepoRef,
    writes: &[PublishWrite],
    out: &mut Results,
) {
    let (labels, milestones, issues) = issue_needs(writes);
    if !writes
        .iter()
        .any(|w| matches!(w, PublishWrite::Create(_) | PublishWrite::Update { .. }))
    {
        return;
    }
    resolve(t, repo, &labels, &milestones, &issues).await;
    let mut batch = Vec::new();
    for (i, write) in writes.iter().enumerate() {
        let text = match write {
            PublishWrite::Create(new) => create_text(t, repo, new).map(Some),
            PublishWrite::Update { issue, title, body } => {
                update_text(t, issue, title.as_ref(), body.as_ref())
            }
            _ => continue,
        };
        match text {
            Ok(Some(text)) => batch.push(graphql::Mutation {
                alias: format!("m{i}"),
                text: format!("m{i}: {text}"),
            }),
            Ok(None) => out[i] = Some(Ok(Written::Done)),
            Err(e) => out[i] = Some(Err(e)),
        }
    }
    for chunk in batch.chunks(graphql::MUTATIONS_PER_REQUEST) {
        let answer = t.graphql(&graphql::mutation_document(chunk), false).await;
        for m in chunk {
            let Some(i) = m.alias[1..].parse::<usize>().ok() else {
                continue;
            };
            let node = mutation_node(&answer, &m.alias);
            out[i] = Some(match &writes[i] {
                PublishWrite::Create(_) => created(t, repo, node),
                _ => node.map(|_| Written::Done),
            });
        }
    }
}

/// The issue a `createIssue` answered; one without its number is unclear.
fn created(
    t: &GitHubTracker,
    repo: &RepoRef,
    node: Result<Value, TrackerError>,
) -> Result<Written, TrackerError> {
    let issue = &node?["issue"];
    let number = issue["number"]
        .as_u64()
        .ok_or_else(|| TrackerError::Ambiguous("the created issue has no number".into()))?;
    let created = github_issue(repo, number);
    t.learn_issue(&created, issue);
    Ok(Written::Issue(created))
}

/// Sub-issues in one request of aliased `addSubIssue` mutations, which GitHub runs
/// one after the other: the tracking issue lists its phases in order. A child
/// already there counts as done (GitHub refuses a duplicate sub-issue).
async fn add_sub_issues(
    t: &GitHubTracker,
    repo: &RepoRef,
    writes: &[PublishWrite],
    out: &mut Results,
) {
    let pairs: Vec<(usize, &IssueRef, &IssueRef)> = writes
        .iter()
        .enumerate()
        .filter_map(|(i, w)| match w {
            PublishWrite::SubIssue { parent, child } => Some((i, parent, child)),
            _ => None,
        })
        .collect();
    if pairs.is_empty() {
        return;
    }
    let wanted: Vec<IssueRef> = pairs
        .iter()
        .flat_map(|(_, p, c)| [(*p).clone(), (*c).clone()])
        .collect();
    resolve(t, repo, &[], &[], &wanted).await;
    let mut batch = Vec::new();
    for (i, parent, child) in pairs {
        let ids = t.ids();
        match (ids.issues.get(parent), ids.issues.get(child)) {
            (Some(p), Some(c)) => batch.push(graphql::Mutation {
                alias: format!("m{i}"),
                text: format!(
                    "m{i}: addSubIssue(input: {{issueId: {}, subIssueId: {}}}) {{ subIssue {{ number }} }}",
                    quote(p),
                    quote(c)
                ),
            }),
            _ => out[i] = Some(Err(TrackerError::NotFound)),
        }
    }
    for chunk in batch.chunks(graphql::MUTATIONS_PER_REQUEST) {
        let answer = t.graphql(&graphql::mutation_document(chunk), false).await;
        for m in chunk {
            let Some(i) = m.alias[1..].parse::<usize>().ok() else {
                continue;
            };
            out[i] = Some(match mutation_node(&answer, &m.alias) {
                Ok(_) => Ok(Written::Done),
                Err(TrackerError::Rejected(why)) if already_linked(&why) => Ok(Written::Done),
                Err(e) => Err(e),
            });
        }
    }
}

/// GitHub's words for a link that exists already.
fn already_linked(why: &str) -> bool {
    let why = why.to_ascii_lowercase();
    why.contains("duplicate") || why.contains("already")
}

/// One link to send: the issue's path and the body naming the other issue's id.
struct Link {
    index: usize,
    path: String,
    body: Value,
}

/// The link request of a write, once the other issue's numeric id is known.
fn link_request(
    t: &GitHubTracker,
    index: usize,
    write: &PublishWrite,
) -> Option<Result<Link, TrackerError>> {
    let (on, other, route, field) = match write {
        PublishWrite::BlockedBy { issue, blocker } => {
            (issue, blocker, "dependencies/blocked_by", "issue_id")
        }
        _ => return None,
    };
    let id = t.known().database_ids.get(other).copied();
    Some(match (t.issue_path(on), id) {
        (Ok(path), Some(id)) => Ok(Link {
            index,
            path: format!("{path}/{route}"),
            body: json!({ field: id }),
        }),
        (Err(e), _) => Err(e),
        (_, None) => Err(TrackerError::NotFound),
    })
}

/// Blocked-by links over REST, a few at once: GitHub has no GraphQL mutation for
/// them. Linking twice is harmless (GitHub refuses a duplicate with 422), so a link
/// is retried after an unclear answer, and "exists already" counts as done.
async fn link(t: &GitHubTracker, writes: &[PublishWrite], out: &mut Results) {
    let others: Vec<IssueRef> = writes
        .iter()
        .filter_map(|w| match w {
            PublishWrite::BlockedBy { blocker, .. } => Some(blocker.clone()),
            _ => None,
        })
        .collect();
    if others.is_empty() {
        return;
    }
    let missing: Vec<IssueRef> = {
        let known = t.known();
        others
            .into_iter()
            .filter(|i| !known.database_ids.contains_key(i))
            .collect()
    };
    if let Some(IssueRef::Repo { repo, .. }) = missing.first() {
        resolve(t, &repo.clone(), &[], &[], &missing).await;
    }
    let mut links = Vec::new();
    for (i, write) in writes.iter().enumerate() {
        match link_request(t, i, write) {
            Some(Ok(link)) => links.push(link),
            Some(Err(e)) => out[i] = Some(Err(e)),
            None => {}
        }
    }
    let sent: Vec<(usize, Result<Written, TrackerError>)> = stream::iter(links)
        .map(|link| async move { (link.index, send_link(t, &link).await) })
        .buffer_unordered(LINKS_AT_ONCE)
        .collect()
        .await;
    for (i, result) in sent {
        out[i] = Some(result);
    }
}

async fn send_link(t: &GitHubTracker, link: &Link) -> Result<Written, TrackerError> {
    let reply = t
        .http
        .send(Method::POST, &link.path, Some(&link.body), true)
        .await?;
    if reply.status != 422 {
        return super::check(reply).map(|_| Written::Done);
    }
    // GitHub says why in `errors[].message`: "Issue may not contain duplicate
    // sub-issues", "Sub issue may only have one parent".
    let body: Value = serde_json::from_str(&reply.body).unwrap_or(Value::Null);
    let why: Vec<&str> = body["errors"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| e["message"].as_str())
        .collect();
    let said = why.join("; ");
    let lower = said.to_ascii_lowercase();
    if lower.contains("already") || lower.contains("duplicate") {
        return Ok(Written::Done);
    }
    let message = reply.message();
    Err(TrackerError::Rejected(if said.is_empty() {
        message
    } else {
        format!("{message}: {said}")
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repo(name: &str) -> RepoRef {
        RepoRef::parse(name).unwrap()
    }

    #[test]
    fn one_query_reads_issues_labels_milestone_and_newest_issues() {
        let read = PublishRead {
            issues: vec![
                github_issue(&repo("acme/widgets"), 4),
                github_issue(&repo("acme/docs"), 2),
            ],
            labels: vec!["plan".into()],
            milestone: Some("v1 \"beta\"".into()),
            markers: vec!["<!-- m -->".into()],
            children_of: None,
        };
        let q = observe_query(&repo("acme/widgets"), &read);
        assert_eq!(
            q.document,
            "query { r0: repository(owner: \"acme\", name: \"widgets\") { id l0: label(name: \"plan\") { id } \
milestones(first: 100, states: [OPEN, CLOSED], query: \"v1 \\\"beta\\\"\") { nodes { number title id } } \
recent: issues(first: 100, orderBy: {field: CREATED_AT, direction: DESC}) { nodes { number databaseId id body } } \
i0: issue(number: 4) { id databaseId title body } } \
r1: repository(owner: \"acme\", name: \"docs\") { id i0: issue(number: 2) { id databaseId title body } } }"
        );
        assert_eq!(q.issues.len(), 2);
        assert_eq!(q.issues[1].0, "r1");
    }

    #[test]
    fn a_query_without_markers_or_milestone_selects_neither() {
        let read = PublishRead {
            issues: vec![github_issue(&repo("acme/widgets"), 4)],
            ..PublishRead::default()
        };
        let q = observe_query(&repo("acme/widgets"), &read);
        assert!(!q.document.contains("milestones"));
        assert!(!q.document.contains("issues("));
    }

    #[test]
    fn due_dates_become_timestamps() {
        assert_eq!(due_on("2026-03-01"), "2026-03-01T00:00:00Z");
        assert_eq!(due_on("2026-03-01T12:00:00Z"), "2026-03-01T12:00:00Z");
    }

    #[test]
    fn repository_urls_name_the_childs_repository() {
        assert_eq!(
            repo_of_url("https://api.github.com/repos/acme/docs", None),
            Some(repo("acme/docs"))
        );
        assert_eq!(repo_of_url("https://example.com/x", None), None);
    }

    #[test]
    fn a_mutation_without_an_answer_is_ambiguous_and_an_error_is_not() {
        let answer = Ok(json!({"data": {"m0": null, "m1": null},
            "errors": [{"path": ["m1"], "message": "title is too long"}]}));
        assert!(matches!(
            mutation_node(&answer, "m0"),
            Err(TrackerError::Ambiguous(_))
        ));
        assert_eq!(
            mutation_node(&answer, "m1"),
            Err(TrackerError::Rejected("title is too long".into()))
        );
    }
}
