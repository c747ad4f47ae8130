//! The shapes Gitea answers (1.22's `modules/structs`, which Forgejo shares for
//! issues, labels, milestones and comments), and what the engine and the `issue`
//! commands see of them.
//!
//! Gitea sends `null` for an unset list (`assignees`) and for an absent pull request,
//! so every list here takes `null` as empty.

use super::KIND;
use crate::refs::{IssueRef, RepoRef};
use crate::tracker::{CommentView, IssueDetails, IssueSnapshot, IssueState, Milestone};
use serde::{Deserialize, Deserializer};

/// `null` or absent as the type's default.
fn nullable<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

/// An issue (or a pull request, which the issue endpoints also answer).
#[derive(Debug, Clone, Deserialize)]
pub struct IssueBody {
    pub number: u64,
    pub title: String,
    pub state: IssueState,
    #[serde(default, deserialize_with = "nullable")]
    pub labels: Vec<LabelBody>,
    #[serde(default)]
    pub milestone: Option<MilestoneBody>,
    #[serde(default)]
    pub body: Option<String>,
    #[serde(default, deserialize_with = "nullable")]
    pub assignees: Vec<UserBody>,
    #[serde(default)]
    pub user: Option<UserBody>,
    #[serde(default)]
    pub html_url: Option<String>,
    #[serde(default)]
    pub created_at: Option<String>,
    #[serde(default)]
    pub updated_at: Option<String>,
    /// Set on pull requests.
    #[serde(default)]
    pub pull_request: Option<serde_json::Value>,
    /// The issue's repository (dependencies may be in another one).
    #[serde(default)]
    pub repository: Option<RepositoryMeta>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct RepositoryMeta {
    #[serde(default)]
    pub full_name: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct LabelBody {
    pub id: u64,
    pub name: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct MilestoneBody {
    pub id: u64,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub description: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct UserBody {
    pub login: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct CommentBody {
    #[serde(default)]
    pub body: Option<String>,
    #[serde(default)]
    pub user: Option<UserBody>,
    #[serde(default)]
    pub created_at: Option<String>,
}

impl IssueBody {
    /// The names of its labels, in Gitea's order.
    pub fn label_names(&self) -> Vec<String> {
        self.labels.iter().map(|l| l.name.clone()).collect()
    }

    /// What the engine judges. Gitea has no close reason.
    pub fn snapshot(&self, issue: &IssueRef) -> IssueSnapshot {
        IssueSnapshot {
            issue: issue.clone(),
            title: self.title.clone(),
            open: self.state == IssueState::Open,
            state_reason: None,
            labels: self.label_names(),
            milestone: self.milestone.as_ref().map(|m| m.id),
            status: None,
            category: None,
            pull_request: self.pull_request.is_some(),
        }
    }

    /// What the `issue` commands show.
    pub fn details(self, repo: &RepoRef, comments: Vec<CommentBody>) -> IssueDetails {
        let reference = IssueRef::Repo {
            kind: KIND,
            repo: repo.clone(),
            number: self.number,
        };
        IssueDetails {
            reference: reference.to_string(),
            tracker: KIND.as_str(),
            labels: self.label_names(),
            title: self.title,
            state: self.state,
            state_reason: None,
            status: None,
            assignees: self.assignees.into_iter().map(|u| u.login).collect(),
            one_assignee: false,
            close_reasons: false,
            version: None,
            author: self.user.map(|u| u.login),
            milestone_names: Some(match &self.milestone {
                Some(m) => crate::tracker::MilestoneNames::of_shown(m.id, &m.title),
                None => crate::tracker::MilestoneNames::One(None),
            }),
            milestone: self.milestone.map(|m| format!("{}: {}", m.id, m.title)),
            body: self.body.unwrap_or_default(),
            url: self.html_url,
            created: self.created_at,
            progress: None,
            updated: self.updated_at,
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
}

impl MilestoneBody {
    pub fn milestone(self) -> Milestone {
        Milestone {
            number: self.id,
            title: self.title,
            description: self.description.unwrap_or_default(),
        }
    }
}

/// Why a close was refused, naming the open issues that block it: `#7` in the
/// issue's own repository, `owner/repo#7` in another one. `None` when none of
/// `dependencies` is open.
pub fn blockers_message(repo: &RepoRef, dependencies: &[IssueBody]) -> Option<String> {
    let own = format!("{}/{}", repo.owner, repo.name);
    let names: Vec<String> = dependencies
        .iter()
        .filter(|d| d.state == IssueState::Open)
        .map(
            |d| match d.repository.as_ref().and_then(|r| r.full_name.as_deref()) {
                Some(other) if !other.eq_ignore_ascii_case(&own) => {
                    format!("{other}#{}", d.number)
                }
                _ => format!("#{}", d.number),
            },
        )
        .collect();
    (!names.is_empty()).then(|| format!("blocked by open dependencies: {}", names.join(", ")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn repo() -> RepoRef {
        RepoRef::parse("acme/widgets").expect("repo")
    }

    fn issue(value: serde_json::Value) -> IssueBody {
        serde_json::from_value(value).expect("an issue")
    }

    #[test]
    fn null_lists_and_an_absent_pull_request_read_as_empty() {
        let body = issue(json!({
            "number": 3, "title": "T", "state": "closed", "labels": [{"id": 5, "name": "bug", "color": "ee0701"}],
            "assignees": null, "milestone": {"id": 9, "title": "M1", "description": "Goals"},
            "pull_request": null
        }));
        let snapshot = body.snapshot(&IssueRef::Repo {
            kind: KIND,
            repo: repo(),
            number: 3,
        });
        assert!(!snapshot.open);
        assert!(!snapshot.pull_request);
        assert_eq!(snapshot.state_reason, None);
        assert_eq!(snapshot.labels, vec!["bug".to_string()]);
        assert_eq!(snapshot.milestone, Some(9));
        let details = body.details(&repo(), Vec::new());
        assert_eq!(details.reference, "gitea:acme/widgets#3");
        assert_eq!(details.tracker, "gitea");
        assert!(details.assignees.is_empty());
        assert_eq!(details.milestone.as_deref(), Some("9: M1"));
    }

    #[test]
    fn a_pull_request_is_told_by_its_pull_request_field() {
        let body = issue(json!({
            "number": 8, "title": "PR", "state": "open", "labels": [],
            "pull_request": {"merged": false, "draft": false}
        }));
        assert!(
            body.snapshot(&IssueRef::Repo {
                kind: KIND,
                repo: repo(),
                number: 8
            })
            .pull_request
        );
    }

    #[test]
    fn blockers_are_the_open_dependencies_named_from_the_issue_repository() {
        let deps = vec![
            issue(
                json!({"number": 7, "title": "a", "state": "open", "repository": {"full_name": "acme/widgets"}}),
            ),
            issue(
                json!({"number": 8, "title": "b", "state": "closed", "repository": {"full_name": "acme/widgets"}}),
            ),
            issue(json!({"number": 9, "title": "c", "state": "open"})),
            issue(
                json!({"number": 2, "title": "d", "state": "open", "repository": {"full_name": "acme/api"}}),
            ),
        ];
        assert_eq!(
            blockers_message(&repo(), &deps).as_deref(),
            Some("blocked by open dependencies: #7, #9, acme/api#2")
        );
        assert_eq!(blockers_message(&repo(), &deps[1..2]), None);
    }
}
