//! Issues with their comments read in batches, and title, body and label edits
//! written in batches, through GraphQL: what `issue sync` needs for many linked
//! issues at once. One query reads up to [`ISSUES_PER_QUERY`] issues, with the
//! same fields [`GitHubTracker::details`] reads over REST; an issue holding more
//! comments, labels or assignees than one query reads (or that the query could
//! not find: a pull request, a transferred issue) is read over REST instead.
//! Edits become aliased `updateIssue` / `addLabelsToLabelable` /
//! `removeLabelsFromLabelable` mutations on the node ids the reads learnt; an edit
//! whose ids are unknown, or that touches assignees or the milestone, goes over REST.

use super::graphql::{self, quote, ISSUES_PER_QUERY};
use super::{GitHubTracker, KIND};
use crate::refs::{IssueRef, RepoRef};
use crate::tracker::{CommentView, IssueDetails, IssueEdit, IssueState, Tracker, TrackerError};
use serde_json::Value;
use std::collections::HashMap;

/// Mutations per edit request. Setting a title, a body or a label is idempotent,
/// so a request is repeated after an unclear answer; as many as the issues of one
/// read keep a read's edits to one request.
pub const EDITS_PER_REQUEST: usize = 100;

const LABELS: usize = 100;
const ASSIGNEES: usize = 20;
const COMMENTS: usize = 100;

/// The selection of one issue with everything [`IssueDetails`] holds.
fn selection(alias: &str, number: u64) -> String {
    format!(
        " {alias}: issue(number: {number}) {{ id number title body url createdAt updatedAt state stateReason \
         labels(first: {LABELS}) {{ totalCount nodes {{ id name }} }} \
         assignees(first: {ASSIGNEES}) {{ totalCount nodes {{ login }} }} \
         milestone {{ number title }} \
         comments(last: {COMMENTS}) {{ totalCount nodes {{ body author {{ login }} createdAt }} }} }}"
    )
}

/// The selection of one issue's `updatedAt`.
fn updated_selection(alias: &str, number: u64) -> String {
    format!(" {alias}: issue(number: {number}) {{ updatedAt }}")
}

/// One query over `chunk`: (document, repository alias → issues with their aliases).
fn query(
    operation: &str,
    chunk: &[(&RepoRef, u64, &IssueRef)],
    selection: fn(&str, u64) -> String,
) -> (String, Vec<(String, String, IssueRef)>) {
    let mut repos: Vec<&RepoRef> = Vec::new();
    for (repo, _, _) in chunk {
        if !repos.contains(repo) {
            repos.push(repo);
        }
    }
    let mut document = format!("{operation} {{");
    let mut aliases = Vec::new();
    for (r, repo) in repos.into_iter().enumerate() {
        document.push_str(&format!(
            " r{r}: repository(owner: {}, name: {}) {{",
            quote(&repo.owner),
            quote(&repo.name)
        ));
        let in_repo = chunk.iter().filter(|(ir, _, _)| *ir == repo);
        for (i, (_, number, issue)) in in_repo.enumerate() {
            document.push_str(&selection(&format!("i{i}"), *number));
            aliases.push((format!("r{r}"), format!("i{i}"), (*issue).clone()));
        }
        document.push_str(" }");
    }
    document.push_str(" }");
    (document, aliases)
}

fn names(node: &Value, list: &str, key: &str) -> Vec<String> {
    node[list]["nodes"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|n| n[key].as_str().map(str::to_string))
        .collect()
}

/// Whether a connection holds more than was read.
fn cut(node: &Value, list: &str) -> bool {
    let read = node[list]["nodes"].as_array().map_or(0, Vec::len);
    node[list]["totalCount"].as_u64().unwrap_or(0) as usize > read
}

/// The details an issue node says, as REST gives them; `None` when something
/// was cut or is missing (then REST reads it).
fn details(repo: &RepoRef, node: &Value) -> Option<IssueDetails> {
    if ["labels", "assignees", "comments"]
        .iter()
        .any(|l| cut(node, l))
    {
        return None;
    }
    let text = |key: &str| node[key].as_str().map(str::to_string);
    let number = node["number"].as_u64()?;
    let state = match node["state"].as_str()? {
        "OPEN" => IssueState::Open,
        _ => IssueState::Closed,
    };
    let milestone = &node["milestone"];
    let comments = node["comments"]["nodes"]
        .as_array()?
        .iter()
        .map(|c| CommentView {
            agent: None,
            author: c["author"]["login"].as_str().map(str::to_string),
            created: c["createdAt"].as_str().map(str::to_string),
            body: c["body"].as_str().unwrap_or_default().to_string(),
        });
    Some(IssueDetails {
        reference: IssueRef::Repo {
            kind: KIND,
            repo: repo.clone(),
            number,
        }
        .to_string(),
        tracker: KIND.as_str(),
        title: text("title")?,
        state,
        state_reason: text("stateReason").map(|r| r.to_ascii_lowercase()),
        status: None,
        labels: names(node, "labels", "name"),
        assignees: names(node, "assignees", "login"),
        one_assignee: false,
        close_reasons: true,
        version: None,
        author: node["author"]["login"].as_str().map(str::to_string),
        milestone_names: Some(match milestone["number"].as_u64() {
            Some(n) => crate::tracker::MilestoneNames::of_shown(
                n,
                milestone["title"].as_str().unwrap_or_default(),
            ),
            None => crate::tracker::MilestoneNames::One(None),
        }),
        milestone: milestone["number"]
            .as_u64()
            .map(|n| format!("{n}: {}", milestone["title"].as_str().unwrap_or_default())),
        body: text("body").unwrap_or_default(),
        url: text("url"),
        created: text("createdAt"),
        progress: None,
        updated: text("updatedAt"),
        comments: comments.collect(),
    })
}

type Read = HashMap<IssueRef, Result<IssueDetails, TrackerError>>;

impl GitHubTracker {
    /// [`Tracker::details_many`]: a query per [`ISSUES_PER_QUERY`] issues, REST
    /// for the issues a query could not give whole.
    pub(super) async fn details_batched(&self, issues: &[IssueRef]) -> Read {
        let mut out = Read::new();
        let mut wanted: Vec<(&RepoRef, u64, &IssueRef)> = Vec::new();
        for issue in issues {
            match issue {
                IssueRef::Repo {
                    kind: KIND,
                    repo,
                    number,
                } if !wanted.iter().any(|(_, _, i)| *i == issue) => {
                    wanted.push((repo, *number, issue))
                }
                IssueRef::Repo { kind: KIND, .. } => {}
                other => {
                    let e = TrackerError::Unavailable(format!("{other} is not a GitHub issue"));
                    out.insert(other.clone(), Err(e));
                }
            }
        }
        let mut by_rest = Vec::new();
        for chunk in wanted.chunks(ISSUES_PER_QUERY) {
            by_rest.extend(self.read_chunk(chunk, &mut out).await);
        }
        for issue in by_rest {
            let read = self.details(&issue).await;
            out.insert(issue, read);
        }
        out
    }

    /// [`Tracker::versions_many`]: `updatedAt` alone, in queries named `Updated`
    /// of [`ISSUES_PER_QUERY`] issues; REST for an issue a query could not find.
    pub(super) async fn updated_batched(
        &self,
        issues: &[IssueRef],
    ) -> HashMap<IssueRef, Result<Option<String>, TrackerError>> {
        let mut out = HashMap::new();
        let mut wanted: Vec<(&RepoRef, u64, &IssueRef)> = Vec::new();
        let mut others = Vec::new();
        for issue in issues {
            match issue {
                IssueRef::Repo {
                    kind: KIND,
                    repo,
                    number,
                } => wanted.push((repo, *number, issue)),
                other => others.push(other.clone()),
            }
        }
        for chunk in wanted.chunks(ISSUES_PER_QUERY) {
            let (document, aliases) = query("query Updated", chunk, updated_selection);
            let answer = self.graphql(&document, true).await;
            for (ralias, ialias, issue) in aliases {
                let updated = match &answer {
                    Err(e) => Err(e.clone()),
                    Ok(a) => match a["data"][&ralias][&ialias]["updatedAt"].as_str() {
                        Some(u) => Ok(Some(u.to_string())),
                        None => {
                            others.push(issue);
                            continue;
                        }
                    },
                };
                out.insert(issue, updated);
            }
        }
        for issue in others {
            let read = self.details(&issue).await.map(|d| d.updated);
            out.insert(issue, read);
        }
        out
    }

    /// Reads one chunk into `out`; the issues left to REST.
    async fn read_chunk(
        &self,
        chunk: &[(&RepoRef, u64, &IssueRef)],
        out: &mut Read,
    ) -> Vec<IssueRef> {
        let (document, aliases) = query("query", chunk, selection);
        let answer = match self.graphql(&document, true).await {
            Ok(answer) => answer,
            Err(e) => {
                for (_, _, issue) in aliases {
                    out.insert(issue, Err(e.clone()));
                }
                return Vec::new();
            }
        };
        let (errors, _) = graphql::errors_by_path(&answer);
        let mut by_rest = Vec::new();
        for (ralias, ialias, issue) in aliases {
            let node = &answer["data"][&ralias][&ialias];
            let Some(repo) = Self::repo_of(&issue).ok() else {
                continue;
            };
            match (
                details(repo, node),
                errors.get(&format!("{ralias}.{ialias}")),
            ) {
                (Some(d), _) => {
                    self.learn(&issue, repo, node);
                    out.insert(issue, Ok(d));
                }
                (None, Some(m)) if !m.starts_with("NOT_FOUND") => {
                    out.insert(issue, Err(TrackerError::Rejected(m.clone())));
                }
                (None, _) => by_rest.push(issue),
            }
        }
        by_rest
    }

    /// Keeps the node ids of an issue and its labels for the edits that follow.
    fn learn(&self, issue: &IssueRef, repo: &RepoRef, node: &Value) {
        let mut ids = self.ids();
        if let Some(id) = node["id"].as_str() {
            ids.issues.insert(issue.clone(), id.to_string());
        }
        for label in node["labels"]["nodes"].as_array().into_iter().flatten() {
            if let (Some(id), Some(name)) = (label["id"].as_str(), label["name"].as_str()) {
                ids.labels
                    .insert((repo.clone(), name.to_string()), id.to_string());
            }
        }
    }

    /// The mutations of `edit`; `None` when it needs REST.
    fn edit_mutations(&self, n: usize, issue: &IssueRef, edit: &IssueEdit) -> Option<Vec<String>> {
        if !edit.add_assignees.is_empty()
            || !edit.remove_assignees.is_empty()
            || edit.milestone.is_some()
        {
            return None;
        }
        let repo = Self::repo_of(issue).ok()?;
        let ids = self.ids();
        let id = quote(ids.issues.get(issue)?);
        let label_ids = |names: &[String]| -> Option<String> {
            let found: Option<Vec<String>> = names
                .iter()
                .map(|l| ids.labels.get(&(repo.clone(), l.clone())).map(|i| quote(i)))
                .collect();
            Some(found?.join(", "))
        };
        let mut out = Vec::new();
        if edit.title.is_some() || edit.body.is_some() {
            let mut input = format!("id: {id}");
            if let Some(t) = &edit.title {
                input.push_str(&format!(", title: {}", quote(t)));
            }
            if let Some(b) = &edit.body {
                input.push_str(&format!(", body: {}", quote(b)));
            }
            out.push(format!(
                "e{n}t: updateIssue(input: {{{input}}}) {{ clientMutationId }}"
            ));
        }
        for (key, names, name) in [
            ("a", &edit.add_labels, "addLabelsToLabelable"),
            ("r", &edit.remove_labels, "removeLabelsFromLabelable"),
        ] {
            if !names.is_empty() {
                out.push(format!(
                    "e{n}{key}: {name}(input: {{labelableId: {id}, labelIds: [{}]}}) {{ clientMutationId }}",
                    label_ids(names)?
                ));
            }
        }
        Some(out)
    }

    /// [`Tracker::edit_many`]: aliased mutations, [`EDITS_PER_REQUEST`] per
    /// request; REST for the edits that need it.
    pub(super) async fn edit_batched(
        &self,
        edits: &[(IssueRef, IssueEdit)],
    ) -> Vec<Result<(), TrackerError>> {
        let mut out: Vec<Option<Result<(), TrackerError>>> = vec![None; edits.len()];
        let mut batch: Vec<(usize, Vec<String>)> = Vec::new();
        let mut size = 0;
        for (n, (issue, edit)) in edits.iter().enumerate() {
            let Some(mutations) = self.edit_mutations(n, issue, edit) else {
                out[n] = Some(self.edit_issue(issue, edit).await.map(drop));
                continue;
            };
            if size + mutations.len() > EDITS_PER_REQUEST && !batch.is_empty() {
                self.send_edits(std::mem::take(&mut batch), &mut out).await;
                size = 0;
            }
            size += mutations.len();
            batch.push((n, mutations));
        }
        if !batch.is_empty() {
            self.send_edits(batch, &mut out).await;
        }
        out.into_iter()
            .map(|r| r.unwrap_or_else(|| Err(TrackerError::Unavailable("not sent".into()))))
            .collect()
    }

    /// One mutation request; each edit fails with the first of its mutations that did.
    async fn send_edits(
        &self,
        batch: Vec<(usize, Vec<String>)>,
        out: &mut [Option<Result<(), TrackerError>>],
    ) {
        let texts: Vec<&str> = batch
            .iter()
            .flat_map(|(_, m)| m.iter())
            .map(String::as_str)
            .collect();
        let document = format!("mutation {{ {} }}", texts.join(" "));
        let answer = match self.graphql(&document, true).await {
            Ok(answer) => answer,
            Err(e) => {
                for (n, _) in batch {
                    out[n] = Some(Err(e.clone()));
                }
                return;
            }
        };
        let (errors, general) = graphql::errors_by_path(&answer);
        for (n, mutations) in batch {
            let failed = mutations.iter().find_map(|m| {
                let alias = m.split(':').next().unwrap_or_default();
                match errors.get(alias) {
                    Some(message) if message.starts_with("NOT_FOUND") => {
                        Some(TrackerError::NotFound)
                    }
                    Some(message) => Some(TrackerError::Rejected(message.clone())),
                    None if answer["data"][alias].is_null() => Some(TrackerError::Rejected(
                        general
                            .first()
                            .cloned()
                            .unwrap_or_else(|| "no answer".into()),
                    )),
                    None => None,
                }
            });
            out[n] = Some(failed.map_or(Ok(()), Err));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn repo() -> RepoRef {
        RepoRef {
            host: None,
            owner: "acme".into(),
            name: "widgets".into(),
        }
    }

    #[test]
    fn a_node_reads_as_rest_reads_it() {
        let node = json!({
            "id": "I_1", "number": 7, "title": "T", "body": "B", "url": "https://x/7",
            "createdAt": "2024-01-01T00:00:00Z", "updatedAt": "2024-01-02T00:00:00Z",
            "state": "CLOSED", "stateReason": "NOT_PLANNED",
            "labels": {"totalCount": 1, "nodes": [{"id": "L", "name": "bug"}]},
            "assignees": {"totalCount": 1, "nodes": [{"login": "ann"}]},
            "milestone": {"number": 3, "title": "M3"},
            "comments": {"totalCount": 1, "nodes": [{"body": "hi", "author": {"login": "bob"}, "createdAt": "2024-01-03T00:00:00Z"}]}
        });
        let d = details(&repo(), &node).expect("whole");
        assert_eq!(d.reference, "acme/widgets#7");
        assert_eq!(d.state, IssueState::Closed);
        assert_eq!(d.state_reason.as_deref(), Some("not_planned"));
        assert_eq!(d.labels, vec!["bug".to_string()]);
        assert_eq!(d.assignees, vec!["ann".to_string()]);
        assert_eq!(d.milestone.as_deref(), Some("3: M3"));
        assert_eq!(d.updated.as_deref(), Some("2024-01-02T00:00:00Z"));
        assert_eq!(d.comments[0].author.as_deref(), Some("bob"));
        assert_eq!(d.url.as_deref(), Some("https://x/7"));
    }

    #[test]
    fn an_issue_with_more_comments_than_read_goes_to_rest() {
        let node = json!({
            "number": 7, "title": "T", "state": "OPEN",
            "labels": {"totalCount": 0, "nodes": []},
            "assignees": {"totalCount": 0, "nodes": []},
            "comments": {"totalCount": 101, "nodes": [{"body": "x"}]}
        });
        assert!(details(&repo(), &node).is_none());
    }
}
