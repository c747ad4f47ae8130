//! The fake's GraphQL endpoint: executes the documents gh-debussy-sync sends
//! (repository, label, issueOrPullRequest; addLabelsToLabelable,
//! removeLabelsFromLabelable, addComment, closeIssue, reopenIssue, createLabel;
//! Projects (v2) through `projects`) on
//! the same state as the REST side, with GitHub's answer shapes: `data` per alias,
//! `errors` with a `path` and a `type` for what failed. Documents are parsed with
//! graphql-parser; `.ci/run` validates every document received against GitHub's
//! published schema (see `GH_DEBUSSY_SYNC_GRAPHQL_LOG`).

use super::{FakeComment, FakeLabel, Repo, State};
use graphql_parser::query::{
    Definition, Field, OperationDefinition, Selection, SelectionSet, TypeCondition, Value as Gql,
};
use serde_json::{json, Map, Value};

type Args = [(String, Gql<'static, String>)];

fn arg<'a>(args: &'a Args, name: &str) -> Option<&'a Gql<'static, String>> {
    args.iter().find(|(n, _)| n == name).map(|(_, v)| v)
}

fn as_str(v: Option<&Gql<'static, String>>) -> Option<String> {
    match v? {
        Gql::String(s) | Gql::Enum(s) => Some(s.clone()),
        _ => None,
    }
}

fn as_int(v: Option<&Gql<'static, String>>) -> Option<i64> {
    match v? {
        Gql::Int(n) => n.as_i64(),
        _ => None,
    }
}

fn field_of<'a>(v: &'a Gql<'static, String>, name: &str) -> Option<&'a Gql<'static, String>> {
    match v {
        Gql::Object(map) => map.get(name),
        _ => None,
    }
}

fn strings(v: Option<&Gql<'static, String>>) -> Vec<String> {
    match v {
        Some(Gql::List(items)) => items
            .iter()
            .filter_map(|i| match i {
                Gql::String(s) => Some(s.clone()),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// `I_acme/widgets#10` → (`acme/widgets`, 10).
pub(super) fn issue_id(id: &str) -> Option<(String, u64)> {
    let (repo, n) = id.strip_prefix("I_")?.rsplit_once('#')?;
    Some((repo.to_string(), n.parse().ok()?))
}

/// `LA_acme/widgets#debussy:completed` → (`acme/widgets`, `debussy:completed`).
pub(super) fn label_id(id: &str) -> Option<(String, String)> {
    let (repo, name) = id.strip_prefix("LA_")?.split_once('#')?;
    Some((repo.to_string(), name.to_string()))
}

pub(super) struct Exec<'s> {
    pub(super) state: &'s mut State,
    errors: Vec<Value>,
}

impl Exec<'_> {
    fn error(&mut self, path: &[String], kind: &str, message: String) {
        let mut e =
            json!({"path": path, "message": message, "locations": [{"line": 1, "column": 1}]});
        if !kind.is_empty() {
            e["type"] = json!(kind);
        }
        self.errors.push(e);
    }

    pub(super) fn issue_json(&self, full: &str, repo: &Repo, n: u64) -> Option<Value> {
        let i = repo.issues.get(&n)?;
        let labels: Vec<Value> = i
            .labels
            .iter()
            .map(|l| json!({"id": format!("LA_{full}#{l}"), "name": l}))
            .collect();
        let comments: Vec<Value> = repo
            .comments
            .iter()
            .filter(|c| c.issue == n)
            .map(|c| json!({"body": c.body, "author": {"login": "octocat"}, "createdAt": super::updated_at(c.id)}))
            .collect();
        let milestone = i.milestone.and_then(|m| {
            let ms = repo.milestones.get(&m)?;
            Some(json!({"number": m, "title": ms.title, "description": ms.description}))
        });
        Some(json!({
            "__typename": if i.pull_request { "PullRequest" } else { "Issue" },
            "id": format!("I_{full}#{n}"),
            "databaseId": super::publish::database_id(n),
            "body": i.body,
            "number": n,
            "title": i.title,
            "repository": {"nameWithOwner": full},
            "state": if i.state == "open" { "OPEN" } else { "CLOSED" },
            "stateReason": i.state_reason.as_ref().map(|r| r.to_ascii_uppercase()),
            "labels": {"totalCount": labels.len(), "nodes": labels},
            "assignees": {"totalCount": i.assignees.len(), "nodes": i.assignees.iter().map(|a| json!({"login": a})).collect::<Vec<_>>()},
            "url": format!("https://github.com/{full}/issues/{n}"),
            "createdAt": super::CREATED,
            "milestone": milestone,
            "updatedAt": super::updated_at(i.updated),
            "comments": {"totalCount": comments.len(), "nodes": comments},
            "projectItems": self.state.projects.items_of(full, n),
        }))
    }

    /// Applies a selection set to a JSON object (connections honor first/last).
    pub(super) fn select(&self, value: &Value, set: &SelectionSet<'static, String>) -> Value {
        if value.is_null() {
            return Value::Null;
        }
        let mut out = Map::new();
        for s in &set.items {
            match s {
                Selection::Field(f) => {
                    let key = f.alias.clone().unwrap_or_else(|| f.name.clone());
                    // Fields chosen by name (`field(name:)`, `fieldValueByName`).
                    let by_name = as_str(arg(&f.arguments, "name"))
                        .and_then(|n| value.get("__byName")?.get(&f.name)?.get(&n).cloned());
                    let mut v = by_name
                        .or_else(|| value.get(&f.name).cloned())
                        .unwrap_or(Value::Null);
                    if let Some(nodes) = v.get("nodes").and_then(Value::as_array).cloned() {
                        let n = nodes.len();
                        let nodes: Vec<Value> = match (
                            as_int(arg(&f.arguments, "first")),
                            as_int(arg(&f.arguments, "last")),
                        ) {
                            (Some(k), _) => nodes.into_iter().take(k as usize).collect(),
                            (_, Some(k)) => nodes
                                .into_iter()
                                .skip(n.saturating_sub(k as usize))
                                .collect(),
                            _ => nodes,
                        };
                        v["nodes"] = Value::Array(nodes);
                    }
                    let v = match (&v, f.selection_set.items.is_empty()) {
                        (_, true) => v.clone(),
                        (Value::Array(items), false) => Value::Array(
                            items
                                .iter()
                                .map(|i| self.select(i, &f.selection_set))
                                .collect(),
                        ),
                        (_, false) => self.select(&v, &f.selection_set),
                    };
                    out.insert(key, v);
                }
                Selection::InlineFragment(frag) => {
                    let applies = match &frag.type_condition {
                        Some(TypeCondition::On(t)) => value["__typename"] == t.as_str(),
                        None => true,
                    };
                    if applies {
                        if let Value::Object(more) = self.select(value, &frag.selection_set) {
                            out.extend(more);
                        }
                    }
                }
                Selection::FragmentSpread(_) => {}
            }
        }
        Value::Object(out)
    }

    fn repository(&mut self, f: &Field<'static, String>, path: &[String]) -> Value {
        let owner = as_str(arg(&f.arguments, "owner")).unwrap_or_default();
        let name = as_str(arg(&f.arguments, "name")).unwrap_or_default();
        let full = format!("{owner}/{name}");
        if !self.state.repos.contains_key(&full) {
            self.error(
                path,
                "NOT_FOUND",
                format!("Could not resolve to a Repository with the name '{full}'."),
            );
            return Value::Null;
        }
        let mut out = Map::new();
        for s in &f.selection_set.items {
            let Selection::Field(sub) = s else { continue };
            let key = sub.alias.clone().unwrap_or_else(|| sub.name.clone());
            let mut sub_path = path.to_vec();
            sub_path.push(key.clone());
            let repo = &self.state.repos[&full];
            let value = match sub.name.as_str() {
                "id" => json!(format!("R_{full}")),
                "nameWithOwner" => json!(full),
                "label" => {
                    let wanted = as_str(arg(&sub.arguments, "name")).unwrap_or_default();
                    match repo
                        .labels
                        .iter()
                        .find(|l| l.name.eq_ignore_ascii_case(&wanted))
                    {
                        Some(l) => self.select(
                            &json!({"id": format!("LA_{full}#{}", l.name), "name": l.name, "color": l.color, "description": l.description}),
                            &sub.selection_set,
                        ),
                        None => Value::Null,
                    }
                }
                "issueOrPullRequest" | "issue" => {
                    let n = as_int(arg(&sub.arguments, "number")).unwrap_or_default() as u64;
                    // A transferred issue answers from its new repository.
                    let node = match repo.moved.get(&n) {
                        Some((to, m)) => self
                            .state
                            .repos
                            .get(to)
                            .and_then(|r| self.issue_json(to, r, *m)),
                        None => self.issue_json(&full, repo, n),
                    };
                    let node = node.filter(|v| sub.name != "issue" || v["__typename"] == "Issue");
                    match node {
                        Some(v) => self.select(&v, &sub.selection_set),
                        None => {
                            self.error(
                                &sub_path,
                                "NOT_FOUND",
                                format!("Could not resolve to an issue or pull request with the number of {n}."),
                            );
                            Value::Null
                        }
                    }
                }
                _ => super::publish::repository_field(self, &full, repo, sub),
            };
            out.insert(key, value);
        }
        Value::Object(out)
    }

    /// `organization(login:)` / `user(login:)` with its `projectV2(number:)`.
    fn project_owner(&mut self, f: &Field<'static, String>, path: &[String]) -> Value {
        let login = as_str(arg(&f.arguments, "login")).unwrap_or_default();
        let owner = if f.name == "user" {
            format!("users/{login}")
        } else {
            login.clone()
        };
        let mut out = Map::new();
        for s in &f.selection_set.items {
            let Selection::Field(sub) = s else { continue };
            let key = sub.alias.clone().unwrap_or_else(|| sub.name.clone());
            let number = as_int(arg(&sub.arguments, "number")).unwrap_or_default() as u64;
            match self.state.projects.project(&owner, number) {
                Ok(p) => {
                    out.insert(key, self.select(&p, &sub.selection_set));
                }
                Err(false) => {
                    let kind = if f.name == "user" {
                        "User"
                    } else {
                        "Organization"
                    };
                    let message =
                        format!("Could not resolve to an {kind} with the login of '{login}'.");
                    self.error(path, "NOT_FOUND", message);
                    return Value::Null;
                }
                Err(true) => {
                    let mut sub_path = path.to_vec();
                    sub_path.push(key.clone());
                    let message =
                        format!("Could not resolve to a ProjectV2 with the number {number}.");
                    self.error(&sub_path, "NOT_FOUND", message);
                    out.insert(key, Value::Null);
                }
            }
        }
        Value::Object(out)
    }

    /// The project mutations; `None` for another mutation.
    fn project_mutation(
        &mut self,
        f: &Field<'static, String>,
        input: &Gql<'static, String>,
    ) -> Option<Result<Value, (String, String)>> {
        let text = |name: &str| as_str(field_of(input, name)).unwrap_or_default();
        let project = text("projectId");
        Some(match f.name.as_str() {
            "addProjectV2ItemById" => {
                let content = text("contentId");
                let found = issue_id(&content).filter(|(full, n)| {
                    self.state
                        .repos
                        .get(full)
                        .is_some_and(|r| r.issues.contains_key(n))
                });
                match found.and_then(|(full, n)| self.state.projects.add_item(&project, &full, n)) {
                    Some(item) => Ok(json!({"clientMutationId": null, "item": {"id": item}})),
                    None => Err((
                        "NOT_FOUND".into(),
                        format!("Could not resolve to a node with the global id of '{content}'"),
                    )),
                }
            }
            "updateProjectV2ItemFieldValue" => {
                let value = field_of(input, "value");
                let option = value.and_then(|v| as_str(field_of(v, "singleSelectOptionId")));
                let number = match value.and_then(|v| field_of(v, "number")) {
                    Some(Gql::Int(n)) => n.as_i64().map(|n| n as f64),
                    Some(Gql::Float(x)) => Some(*x),
                    _ => None,
                };
                let item = text("itemId");
                self.state
                    .projects
                    .set_field(&project, &item, &text("fieldId"), option, number)
                    .map(|()| json!({"clientMutationId": null, "projectV2Item": {"id": item}}))
                    .map_err(|m| ("".to_string(), m))
            }
            _ => return None,
        })
    }

    /// Runs one mutation; `Err` is the message of a failure.
    fn mutation(&mut self, f: &Field<'static, String>) -> Result<Value, (String, String)> {
        let input = arg(&f.arguments, "input").ok_or(("".into(), "input missing".into()))?;
        if let Some(done) = self.project_mutation(f, input) {
            return done.map(|payload| self.select(&payload, &f.selection_set));
        }
        let text = |name: &str| as_str(field_of(input, name));
        let not_found = |id: &str| {
            (
                "NOT_FOUND".to_string(),
                format!("Could not resolve to a node with the global id of '{id}'"),
            )
        };
        let subject = text("labelableId")
            .or_else(|| text("subjectId"))
            .or_else(|| text("issueId"))
            .unwrap_or_default();
        let issue_of = |state: &mut State| -> Result<(String, u64), (String, String)> {
            let (full, n) = issue_id(&subject).ok_or_else(|| not_found(&subject))?;
            if state
                .repos
                .get(&full)
                .is_some_and(|r| r.issues.contains_key(&n))
            {
                Ok((full, n))
            } else {
                Err(not_found(&subject))
            }
        };
        let payload = match f.name.as_str() {
            "addLabelsToLabelable" | "removeLabelsFromLabelable" => {
                let (full, n) = issue_of(self.state)?;
                let names: Vec<String> = strings(field_of(input, "labelIds"))
                    .iter()
                    .map(|id| {
                        label_id(id)
                            .filter(|(r, _)| *r == full)
                            .map(|(_, n)| n)
                            .ok_or_else(|| not_found(id))
                    })
                    .collect::<Result<_, _>>()?;
                let repo = self.state.repos.get_mut(&full).unwrap();
                for name in &names {
                    if !repo.labels.iter().any(|l| &l.name == name) {
                        return Err(not_found(&format!("LA_{full}#{name}")));
                    }
                }
                let issue = repo.issues.get_mut(&n).unwrap();
                if f.name == "addLabelsToLabelable" {
                    for name in names {
                        if !issue.labels.contains(&name) {
                            issue.labels.push(name);
                        }
                    }
                } else {
                    issue.labels.retain(|l| !names.contains(l));
                }
                json!({"clientMutationId": null, "labelable": {"__typename": "Issue", "id": subject}})
            }
            "addComment" => {
                let (full, n) = issue_of(self.state)?;
                self.state.next_id += 1;
                let id = self.state.next_id;
                let body = text("body").unwrap_or_default();
                self.state
                    .repos
                    .get_mut(&full)
                    .unwrap()
                    .comments
                    .push(FakeComment { id, issue: n, body });
                json!({"clientMutationId": null})
            }
            "closeIssue" | "reopenIssue" => {
                let (full, n) = issue_of(self.state)?;
                let issue = self
                    .state
                    .repos
                    .get_mut(&full)
                    .unwrap()
                    .issues
                    .get_mut(&n)
                    .unwrap();
                if f.name == "closeIssue" {
                    issue.state = "closed".into();
                    issue.state_reason = Some(
                        text("stateReason")
                            .unwrap_or_else(|| "COMPLETED".into())
                            .to_ascii_lowercase(),
                    );
                } else {
                    issue.state = "open".into();
                    issue.state_reason = Some("reopened".into());
                }
                json!({"clientMutationId": null})
            }
            "createLabel" => {
                let repo_id = text("repositoryId").unwrap_or_default();
                let full = repo_id
                    .strip_prefix("R_")
                    .filter(|f| self.state.repos.contains_key(*f))
                    .ok_or_else(|| not_found(&repo_id))?
                    .to_string();
                let name = text("name").unwrap_or_default();
                let repo = self.state.repos.get_mut(&full).unwrap();
                if repo
                    .labels
                    .iter()
                    .any(|l| l.name.eq_ignore_ascii_case(&name))
                {
                    return Err(("UNPROCESSABLE".into(), "Name has already been taken".into()));
                }
                repo.labels.push(FakeLabel {
                    name: name.clone(),
                    color: text("color").unwrap_or_default(),
                    description: text("description"),
                });
                json!({"clientMutationId": null, "label": {"id": format!("LA_{full}#{name}"), "name": name}})
            }
            "createIssue" | "updateIssue" => super::publish::issue_mutation(self, &f.name, input)?,
            "addSubIssue" => super::publish::add_sub_issue(self, input)?,
            other => {
                return Err((
                    "".into(),
                    format!("Field '{other}' doesn't exist on type 'Mutation'"),
                ))
            }
        };
        Ok(self.select(&payload, &f.selection_set))
    }
}

/// Executes a document; the answer GitHub would give (HTTP 200 either way).
pub fn execute(state: &mut State, document: &str) -> Value {
    let parsed = match graphql_parser::parse_query::<String>(document) {
        Ok(d) => d.into_static(),
        Err(e) => {
            return json!({"errors": [{"message": format!("Parse error: {e}")}]});
        }
    };
    let mut exec = Exec {
        state,
        errors: Vec::new(),
    };
    let mut data = Map::new();
    for def in &parsed.definitions {
        let Definition::Operation(op) = def else {
            continue;
        };
        let (set, mutation) = match op {
            OperationDefinition::Query(q) => (&q.selection_set, false),
            OperationDefinition::SelectionSet(s) => (s, false),
            OperationDefinition::Mutation(m) => (&m.selection_set, true),
            OperationDefinition::Subscription(_) => continue,
        };
        for s in &set.items {
            let Selection::Field(f) = s else { continue };
            let key = f.alias.clone().unwrap_or_else(|| f.name.clone());
            let path = vec![key.clone()];
            let value = if mutation {
                match exec.mutation(f) {
                    Ok(v) => v,
                    Err((kind, message)) => {
                        exec.error(&path, &kind, message);
                        Value::Null
                    }
                }
            } else if f.name == "repository" {
                exec.repository(f, &path)
            } else if f.name == "organization" || f.name == "user" {
                exec.project_owner(f, &path)
            } else {
                Value::Null
            };
            data.insert(key, value);
        }
    }
    let mut answer = json!({ "data": data });
    if !exec.errors.is_empty() {
        answer["errors"] = Value::Array(exec.errors);
    }
    answer
}
