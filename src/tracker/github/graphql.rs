//! GitHub through GraphQL: a convergence reads up to 100 issues (state, labels,
//! milestone, comments where our marker is looked for) and our labels in one query,
//! and writes all its label, comment and close changes as aliased mutations in one
//! request, which GitHub runs one after the other. That is the floor of requests, and
//! what GitHub's guidance on secondary rate limits asks for: few requests, no bursts
//! of concurrent writes.
//!
//! With a project configured (`github.project`), the same query reads the board
//! once and each issue's cards, and the same mutation requests put issues on the
//! board and set their fields ([`super::project`]).
//!
//! Documents are built with literal arguments (JSON string quoting is valid GraphQL
//! string quoting). Every document this module can produce is validated against
//! GitHub's published schema in CI.

use super::project;
use super::KIND;
use crate::refs::{IssueRef, RepoRef};
use crate::tracker::board::Board;
use crate::tracker::{
    Change, CloseReason, FieldValue, IssueSnapshot, IssueState, Milestone, Observation,
    ObserveRequest, Space, Target, TrackerError,
};
use serde_json::Value;
use std::collections::HashMap;

/// Issues read per query (GitHub's node limit per connection).
pub const ISSUES_PER_QUERY: usize = 100;
/// Mutations sent per request: a cap that keeps one request's work bounded.
pub const MUTATIONS_PER_REQUEST: usize = 50;

/// A string as a GraphQL string literal.
pub fn quote(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

/// Node ids learnt while reading, for the mutations that follow.
#[derive(Debug, Default)]
pub struct Ids {
    pub repos: HashMap<RepoRef, String>,
    pub issues: HashMap<IssueRef, String>,
    /// `(repository, label name)` → label id.
    pub labels: HashMap<(RepoRef, String), String>,
    /// Milestone descriptions as read, merged with progress lines at apply time.
    pub milestones: HashMap<(RepoRef, u64), Milestone>,
    /// The project board read, for its node, field and option ids.
    pub board: Option<Board>,
    /// Issue → its card (item) id on that board.
    pub items: HashMap<IssueRef, String>,
}

const ISSUE_FIELDS: &str = "id number title repository { nameWithOwner } labels(first: 100) { totalCount nodes { id name } } milestone { number title description }";
const COMMENTS: &str = "comments(last: 100) { totalCount nodes { body } }";

/// One read query and what each alias stands for.
pub struct ReadQuery {
    pub document: String,
    /// alias of a repository → the repository.
    pub repos: Vec<(String, RepoRef)>,
    /// (repository alias, issue alias) → the issue.
    pub issues: Vec<(String, String, IssueRef)>,
    /// (repository alias, label alias) → the label's space and name.
    pub labels: Vec<(String, String, Space, String)>,
    /// Whether the board is read (alias `p`).
    pub board: bool,
}

/// An issue to read: its repository, its number, and the reference asked for.
type IssueToRead<'a> = (&'a RepoRef, u64, &'a IssueRef);
/// A label to check: its repository, its space, and its name.
type LabelToCheck<'a> = (&'a RepoRef, &'a Space, &'a String);

/// The read queries of a request: up to [`ISSUES_PER_QUERY`] issues each; the labels
/// to check go in the first query.
pub fn read_queries(request: &ObserveRequest) -> Vec<ReadQuery> {
    let issues: Vec<IssueToRead> = request
        .issues
        .iter()
        .filter_map(|i| match i {
            IssueRef::Repo {
                kind: KIND,
                repo,
                number,
            } => Some((repo, *number, i)),
            _ => None,
        })
        .collect();
    let labels: Vec<LabelToCheck> = request
        .labels
        .iter()
        .filter_map(|(space, name)| match space {
            Space::Repo(KIND, repo) => Some((repo, space, name)),
            _ => None,
        })
        .collect();
    let mut chunks: Vec<&[IssueToRead]> = issues.chunks(ISSUES_PER_QUERY).collect();
    if chunks.is_empty() && (!request.labels.is_empty() || request.project.is_some()) {
        chunks.push(&[]);
    }
    chunks
        .into_iter()
        .enumerate()
        .map(|(n, chunk)| {
            let labels = if n == 0 { labels.as_slice() } else { &[] };
            let mut q = read_query(request, chunk, labels);
            // The board once, in the first query.
            if let (0, Some(settings)) = (n, &request.project) {
                q.document
                    .insert_str("query {".len(), &project::board_selection(settings));
                q.board = true;
            }
            q
        })
        .collect()
}

/// One query: a `repository` selection for each repository of its issues and labels.
fn read_query(
    request: &ObserveRequest,
    issues: &[IssueToRead],
    labels: &[LabelToCheck],
) -> ReadQuery {
    let mut repos: Vec<&RepoRef> = Vec::new();
    let of_issues = issues.iter().map(|(repo, _, _)| *repo);
    let of_labels = labels.iter().map(|(repo, _, _)| *repo);
    for repo in of_issues.chain(of_labels) {
        if !repos.contains(&repo) {
            repos.push(repo);
        }
    }
    let mut q = ReadQuery {
        document: String::from("query {"),
        repos: Vec::new(),
        issues: Vec::new(),
        labels: Vec::new(),
        board: false,
    };
    let cards = request
        .project
        .as_ref()
        .map_or(String::new(), project::cards_selection);
    for (r, repo) in repos.into_iter().enumerate() {
        let ralias = format!("r{r}");
        q.document.push_str(&format!(
            " {ralias}: repository(owner: {}, name: {}) {{ id",
            quote(&repo.owner),
            quote(&repo.name)
        ));
        let in_repo = labels.iter().filter(|(lr, _, _)| *lr == repo);
        for (l, (_, space, name)) in in_repo.enumerate() {
            let lalias = format!("l{l}");
            q.document
                .push_str(&format!(" {lalias}: label(name: {}) {{ id }}", quote(name)));
            q.labels
                .push((ralias.clone(), lalias, (*space).clone(), (*name).clone()));
        }
        let in_repo = issues.iter().filter(|(ir, _, _)| *ir == repo);
        for (i, (_, number, issue)) in in_repo.enumerate() {
            let ialias = format!("i{i}");
            let with_comments = request.marker.is_some() && request.marked.contains(issue);
            q.document
                .push_str(&issue_selection(&ialias, *number, with_comments, &cards));
            q.issues.push((ralias.clone(), ialias, (*issue).clone()));
        }
        q.document.push_str(" }");
        q.repos.push((ralias, repo.clone()));
    }
    q.document.push_str(" }");
    q
}

/// The selection of one issue (or pull request) by number.
fn issue_selection(alias: &str, number: u64, with_comments: bool, cards: &str) -> String {
    let comments = if with_comments {
        format!(" {COMMENTS}")
    } else {
        String::new()
    };
    // `state` is IssueState on issues and PullRequestState on pull requests: one
    // name for both would be a conflicting selection.
    format!(
        " {alias}: issueOrPullRequest(number: {number}) {{ __typename ... on Issue {{ {ISSUE_FIELDS}{cards} state stateReason{comments} }} ... on PullRequest {{ {ISSUE_FIELDS}{cards} prState: state }} }}"
    )
}

/// Per-alias errors of a GraphQL answer: `alias path` → message. An error without a
/// path concerns the whole document.
pub fn errors_by_path(answer: &Value) -> (HashMap<String, String>, Vec<String>) {
    let mut by_path = HashMap::new();
    let mut general = Vec::new();
    for e in answer["errors"].as_array().into_iter().flatten() {
        let message = e["message"].as_str().unwrap_or("error").to_string();
        let kind = e["type"].as_str().unwrap_or_default();
        let path: Vec<String> = e["path"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|p| match p {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            })
            .collect();
        let message = if kind == "NOT_FOUND" {
            format!("NOT_FOUND: {message}")
        } else {
            message
        };
        if path.is_empty() {
            general.push(message);
        } else {
            by_path.insert(path.join("."), message);
        }
    }
    (by_path, general)
}

fn issue_error(message: &str) -> TrackerError {
    if message.starts_with("NOT_FOUND") {
        TrackerError::NotFound
    } else {
        TrackerError::Rejected(message.to_string())
    }
}

/// An issue's or pull request's `state` as GraphQL spells it (`OPEN`, `CLOSED`,
/// and `MERGED` for pull requests).
fn graphql_state(state: &Value) -> Option<IssueState> {
    match state.as_str()? {
        "OPEN" => Some(IssueState::Open),
        "CLOSED" | "MERGED" => Some(IssueState::Closed),
        _ => None,
    }
}

/// What an issue node says; `None` when it holds more labels than were read (then
/// the caller reads it over REST).
fn snapshot(issue: &IssueRef, node: &Value) -> Option<IssueSnapshot> {
    let labels: Vec<String> = node["labels"]["nodes"]
        .as_array()?
        .iter()
        .filter_map(|l| l["name"].as_str().map(str::to_string))
        .collect();
    if node["labels"]["totalCount"].as_u64().unwrap_or(0) as usize > labels.len() {
        return None;
    }
    let reason = node["stateReason"].as_str().map(str::to_ascii_lowercase);
    Some(IssueSnapshot {
        issue: issue.clone(),
        title: node["title"].as_str().unwrap_or_default().to_string(),
        open: [&node["state"], &node["prState"]]
            .into_iter()
            .any(|state| graphql_state(state) == Some(IssueState::Open)),
        state_reason: reason,
        labels,
        milestone: node["milestone"]["number"].as_u64(),
        status: None,
        category: None,
        pull_request: node["__typename"] == "PullRequest",
    })
}

/// The data of one query's answer, with its errors by alias path.
struct Answered<'a> {
    data: &'a Value,
    errors: HashMap<String, String>,
    /// Errors of the whole document.
    general: Vec<String>,
}

impl Answered<'_> {
    /// The error of `alias` in a repository, or of the repository itself.
    fn error(&self, ralias: &str, alias: &str) -> Option<&String> {
        self.errors
            .get(&format!("{ralias}.{alias}"))
            .or_else(|| self.errors.get(ralias))
    }

    /// Whether a label exists; its id goes into `ids`.
    fn label(
        &self,
        (ralias, lalias, space, name): &(String, String, Space, String),
        ids: &mut Ids,
    ) -> Result<bool, TrackerError> {
        if let Some(id) = self.data[ralias][lalias]["id"].as_str() {
            if let Space::Repo(KIND, repo) = space {
                ids.labels
                    .insert((repo.clone(), name.clone()), id.to_string());
            }
            Ok(true)
        } else if let Some(m) = self.error(ralias, lalias) {
            Err(issue_error(m))
        } else if self.data[ralias].is_object() {
            Ok(false)
        } else {
            let message = self.general.first().map_or("no answer", String::as_str);
            Err(TrackerError::Rejected(message.to_string()))
        }
    }

    /// The project board (alias `p`), or why it could not be read.
    fn board(&self) -> Result<Board, TrackerError> {
        if let Some(board) = project::read_board(&self.data["p"]["projectV2"]) {
            return Ok(board);
        }
        let message = self
            .errors
            .get("p.projectV2")
            .or_else(|| self.errors.get("p"))
            .or_else(|| self.general.first())
            .map_or("NOT_FOUND: no such project", String::as_str);
        Err(issue_error(message))
    }

    /// The node of an issue, or why there is none: its error, its repository's, the
    /// document's; a transferred issue answers from its new repository.
    fn issue(&self, ralias: &str, ialias: &str, issue: &IssueRef) -> Result<&Value, TrackerError> {
        let node = &self.data[ralias][ialias];
        if !node.is_object() {
            let message = self
                .error(ralias, ialias)
                .or_else(|| self.general.first())
                .map_or("NOT_FOUND: no such issue", String::as_str);
            return Err(issue_error(message));
        }
        if let (
            Some(now),
            IssueRef::Repo {
                kind: KIND, repo, ..
            },
        ) = (node["repository"]["nameWithOwner"].as_str(), issue)
        {
            let asked = format!("{}/{}", repo.owner, repo.name);
            if !now.eq_ignore_ascii_case(&asked) {
                let number = node["number"].as_u64().unwrap_or_default();
                return Err(TrackerError::Moved(format!("{now}#{number}")));
            }
        }
        Ok(node)
    }
}

/// Reads one query's answer into `out` and `ids`. Issues whose labels did not fit
/// (more than 100) are returned for a REST read.
pub fn read_answer(
    query: &ReadQuery,
    answer: &Value,
    marker: Option<&str>,
    out: &mut Observation,
    ids: &mut Ids,
) -> Vec<IssueRef> {
    let (errors, general) = errors_by_path(answer);
    let answered = Answered {
        data: &answer["data"],
        errors,
        general,
    };
    for (ralias, repo) in &query.repos {
        if let Some(id) = answered.data[ralias]["id"].as_str() {
            ids.repos.insert(repo.clone(), id.to_string());
        }
    }
    if query.board {
        let board = answered.board();
        ids.board = board.as_ref().ok().cloned();
        out.board = Some(board);
    }
    for label in &query.labels {
        let result = answered.label(label, ids);
        let (_, _, space, name) = label;
        out.labels.insert((space.clone(), name.clone()), result);
    }
    let mut overflow = Vec::new();
    for (ralias, ialias, issue) in &query.issues {
        let node = match answered.issue(ralias, ialias, issue) {
            Ok(node) => node,
            Err(e) => {
                out.issues.insert(issue.clone(), Err(e));
                continue;
            }
        };
        let Some(s) = snapshot(issue, node) else {
            overflow.push(issue.clone());
            continue;
        };
        learn_ids(issue, node, ids);
        if let Some(board) = &ids.board {
            let card = project::read_card(node, &board.id);
            if let Some(c) = &card {
                ids.items.insert(issue.clone(), c.item.clone());
            }
            out.cards.insert(issue.clone(), card);
        }
        if let (
            Some(milestone),
            IssueRef::Repo {
                kind: KIND, repo, ..
            },
        ) = (milestone(node), issue)
        {
            ids.milestones
                .insert((repo.clone(), milestone.number), milestone.clone());
            out.milestones.insert(
                (Space::Repo(KIND, repo.clone()), milestone.number),
                Ok(milestone),
            );
        }
        if let Some(found) = marker.and_then(|m| marker_found(node, m)) {
            out.marked.insert(issue.clone(), Ok(found));
        }
        out.issues.insert(issue.clone(), Ok(s));
    }
    overflow
}

/// The node ids of an issue and of its labels, for the mutations that follow.
fn learn_ids(issue: &IssueRef, node: &Value, ids: &mut Ids) {
    if let Some(id) = node["id"].as_str() {
        ids.issues.insert(issue.clone(), id.to_string());
    }
    let IssueRef::Repo {
        kind: KIND, repo, ..
    } = issue
    else {
        return;
    };
    for l in node["labels"]["nodes"].as_array().into_iter().flatten() {
        if let (Some(id), Some(name)) = (l["id"].as_str(), l["name"].as_str()) {
            ids.labels
                .insert((repo.clone(), name.to_string()), id.to_string());
        }
    }
}

/// The milestone of an issue node, if it has one.
fn milestone(node: &Value) -> Option<Milestone> {
    let text = |field: &str| {
        node["milestone"][field]
            .as_str()
            .unwrap_or_default()
            .to_string()
    };
    Some(Milestone {
        number: node["milestone"]["number"].as_u64()?,
        title: text("title"),
        description: text("description"),
    })
}

/// Whether the marker is in the issue's comments, when the comments read tell: it
/// was found, or every comment was read.
fn marker_found(node: &Value, marker: &str) -> Option<bool> {
    let comments = node["comments"]["nodes"].as_array()?;
    let found = comments
        .iter()
        .any(|c| c["body"].as_str().is_some_and(|b| b.contains(marker)));
    let all_read = node["comments"]["totalCount"].as_u64().unwrap_or(0) as usize <= comments.len();
    (found || all_read).then_some(found)
}

/// One mutation of a write request.
pub struct Mutation {
    pub alias: String,
    pub text: String,
}

/// The mutation for `change` on `target`, with the ids it needs; `None` when an id
/// is unknown (the caller falls back to REST).
pub fn mutation(alias: &str, target: &Target, change: &Change, ids: &Ids) -> Option<Mutation> {
    let issue_id = |t: &Target| match t {
        Target::Issue(i) => ids.issues.get(i),
        _ => None,
    };
    let label_id = |t: &Target, name: &str| match t {
        Target::Issue(IssueRef::Repo {
            kind: KIND, repo, ..
        }) => ids.labels.get(&(repo.clone(), name.to_string())),
        _ => None,
    };
    let text = match change {
        Change::AddLabel(name) => format!(
            "addLabelsToLabelable(input: {{labelableId: {}, labelIds: [{}]}}) {{ clientMutationId }}",
            quote(issue_id(target)?),
            quote(label_id(target, name)?)
        ),
        Change::RemoveLabel(name) => format!(
            "removeLabelsFromLabelable(input: {{labelableId: {}, labelIds: [{}]}}) {{ clientMutationId }}",
            quote(issue_id(target)?),
            quote(label_id(target, name)?)
        ),
        Change::Comment { body, .. } => format!(
            "addComment(input: {{subjectId: {}, body: {}}}) {{ clientMutationId }}",
            quote(issue_id(target)?),
            quote(body)
        ),
        Change::Close { reason } => format!(
            "closeIssue(input: {{issueId: {}, stateReason: {}}}) {{ clientMutationId }}",
            quote(issue_id(target)?),
            match reason {
                CloseReason::NotPlanned => "NOT_PLANNED",
                CloseReason::Completed => "COMPLETED",
            }
        ),
        Change::Reopen => format!(
            "reopenIssue(input: {{issueId: {}}}) {{ clientMutationId }}",
            quote(issue_id(target)?)
        ),
        Change::AddToProject { .. } => format!(
            "addProjectV2ItemById(input: {{projectId: {}, contentId: {}}}) {{ item {{ id }} }}",
            quote(&ids.board.as_ref()?.id),
            quote(issue_id(target)?)
        ),
        Change::SetProjectField { value, .. } => project_field(target, value, ids)?,
        Change::CreateLabel(label) => {
            let Target::Space(Space::Repo(KIND, repo)) = target else {
                return None;
            };
            format!(
                "createLabel(input: {{repositoryId: {}, name: {}, color: {}, description: {}}}) {{ label {{ id }} }}",
                quote(ids.repos.get(repo)?),
                quote(&label.name),
                quote(&label.color),
                quote(&label.description)
            )
        }
        _ => return None,
    };
    Some(Mutation {
        alias: alias.to_string(),
        text: format!("{alias}: {text}"),
    })
}

/// `updateProjectV2ItemFieldValue` for a card of the board read.
fn project_field(target: &Target, value: &FieldValue, ids: &Ids) -> Option<String> {
    let Target::Issue(issue) = target else {
        return None;
    };
    let board = ids.board.as_ref()?;
    let (field, value) = match value {
        FieldValue::Option(name) => {
            let status = board.status.as_ref()?;
            let (option, _) = status.option(name)?;
            (
                &status.id,
                format!("{{singleSelectOptionId: {}}}", quote(option)),
            )
        }
        FieldValue::Number(n) => (board.progress.as_ref()?, format!("{{number: {n}}}")),
    };
    Some(format!(
        "updateProjectV2ItemFieldValue(input: {{projectId: {}, itemId: {}, fieldId: {}, value: {value}}}) {{ projectV2Item {{ id }} }}",
        quote(&board.id),
        quote(ids.items.get(issue)?),
        quote(field)
    ))
}

/// A mutation document of several aliased mutations.
pub fn mutation_document<'a>(mutations: impl IntoIterator<Item = &'a Mutation>) -> String {
    let body: Vec<&str> = mutations.into_iter().map(|m| m.text.as_str()).collect();
    format!("mutation {{ {} }}", body.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn gh(n: u64) -> IssueRef {
        IssueRef::Repo {
            kind: KIND,
            repo: RepoRef::parse("acme/widgets").unwrap(),
            number: n,
        }
    }

    #[test]
    fn open_issues_and_pull_requests_read_as_open_and_merged_ones_as_closed() {
        let node = |state: &str, pr_state: &str| {
            json!({"title": "t", "state": state, "prState": pr_state,
                   "labels": {"nodes": [], "totalCount": 0}})
        };
        let open = |n: &Value| snapshot(&gh(1), n).map(|s| s.open);
        assert_eq!(open(&node("OPEN", "")), Some(true));
        assert_eq!(open(&node("", "OPEN")), Some(true));
        assert_eq!(open(&node("CLOSED", "")), Some(false));
        assert_eq!(open(&node("", "MERGED")), Some(false));
    }

    #[test]
    fn one_query_reads_issues_comments_and_labels() {
        let space = Space::Repo(KIND, RepoRef::parse("acme/widgets").unwrap());
        let request = ObserveRequest {
            issues: vec![gh(10), gh(11)],
            marker: Some("<!-- m -->".into()),
            marked: vec![gh(11)],
            labels: vec![(space, "debussy:completed".into())],
            milestones: true,
            ..ObserveRequest::default()
        };
        let queries = read_queries(&request);
        assert_eq!(queries.len(), 1);
        let doc = &queries[0].document;
        assert!(doc.starts_with("query { r0: repository(owner: \"acme\", name: \"widgets\") { id l0: label(name: \"debussy:completed\") { id }"));
        assert_eq!(doc.matches("issueOrPullRequest").count(), 2);
        assert_eq!(
            doc.matches("comments(last: 100)").count(),
            1,
            "only #11 is to be closed"
        );
        let many = ObserveRequest {
            issues: (1..=250).map(gh).collect(),
            ..ObserveRequest::default()
        };
        assert_eq!(read_queries(&many).len(), 3, "100 issues a query");
    }

    #[test]
    fn answers_fill_the_observation_and_errors_fail_only_their_issue() {
        let request = ObserveRequest {
            issues: vec![gh(10), gh(11)],
            marker: Some("<!-- m -->".into()),
            marked: vec![gh(10)],
            ..ObserveRequest::default()
        };
        let q = &read_queries(&request)[0];
        let answer = json!({
            "data": {"r0": {"id": "R_1",
                "i0": {"__typename": "Issue", "id": "I_10", "number": 10, "title": "T", "state": "OPEN", "stateReason": null,
                       "labels": {"totalCount": 1, "nodes": [{"id": "LA_1", "name": "bug"}]},
                       "milestone": {"number": 3, "title": "v1", "description": "Goals."},
                       "comments": {"totalCount": 1, "nodes": [{"body": "done <!-- m -->"}]}},
                "i1": null}},
            "errors": [{"type": "NOT_FOUND", "path": ["r0", "i1"], "message": "Could not resolve to an issue or pull request with the number of 11."}]
        });
        let mut out = Observation::default();
        let mut ids = Ids::default();
        let overflow = read_answer(q, &answer, Some("<!-- m -->"), &mut out, &mut ids);
        assert!(overflow.is_empty());
        let s = out.issues[&gh(10)].as_ref().unwrap();
        assert_eq!(
            (s.open, s.labels.clone(), s.milestone),
            (true, vec!["bug".into()], Some(3))
        );
        assert_eq!(out.issues[&gh(11)], Err(TrackerError::NotFound));
        assert_eq!(out.marked[&gh(10)], Ok(true));
        assert_eq!(ids.issues[&gh(10)], "I_10");
        let space = Space::Repo(KIND, RepoRef::parse("acme/widgets").unwrap());
        assert_eq!(
            out.milestones[&(space, 3)].as_ref().unwrap().description,
            "Goals."
        );
    }

    #[test]
    fn mutations_quote_their_text_and_need_known_ids() {
        let mut ids = Ids::default();
        ids.issues.insert(gh(10), "I_10".into());
        let comment = Change::Comment {
            body: "Done \"now\"\n<!-- m -->".into(),
            marker: "<!-- m -->".into(),
        };
        let m = mutation("m0", &Target::Issue(gh(10)), &comment, &ids).unwrap();
        assert_eq!(
            m.text,
            r#"m0: addComment(input: {subjectId: "I_10", body: "Done \"now\"\n<!-- m -->"}) { clientMutationId }"#
        );
        let add = Change::AddLabel("debussy:completed".into());
        assert!(mutation("m1", &Target::Issue(gh(10)), &add, &ids).is_none());
        ids.labels.insert(
            (
                RepoRef::parse("acme/widgets").unwrap(),
                "debussy:completed".into(),
            ),
            "LA_2".into(),
        );
        assert!(mutation("m1", &Target::Issue(gh(10)), &add, &ids).is_some());
    }
}
