//! The writes of convergence, one per kind of change.
//!
//! Labels go on by id (`POST …/issues/{n}/labels`, which adds) and come off one id
//! at a time; the whole set is never replaced. A close is a plain `PATCH` of the
//! state: Gitea has no close reason, and refuses (412) to close an issue whose
//! dependencies are open, which is reported naming them. Comments are the one write
//! that is never repeated after an unclear answer: the caller checks their marker.

use super::answers::{blockers_message, IssueBody, MilestoneBody};
use super::labels::{self, Label};
use super::{check, GiteaTracker};
use crate::refs::{IssueRef, RepoRef};
use crate::tracker::progress::with_progress_line;
use crate::tracker::{Change, LabelSpec, Space, Target, TrackerError};
use reqwest::Method;
use serde_json::json;

impl GiteaTracker {
    pub(super) async fn apply_change(
        &self,
        target: &Target,
        change: &Change,
    ) -> Result<(), TrackerError> {
        match (target, change) {
            (Target::Space(space), Change::CreateLabel(label)) => {
                self.create_label(Self::space_repo(space)?, label).await
            }
            (Target::Issue(issue), Change::AddLabel(name)) => {
                self.add_labels(issue, std::slice::from_ref(name), false)
                    .await
            }
            (Target::Issue(issue), Change::RemoveLabel(name)) => {
                self.remove_label(issue, name).await
            }
            (Target::Issue(issue), Change::Comment { body, .. }) => {
                self.post_comment(issue, body).await
            }
            (Target::Issue(issue), Change::Close { .. }) => self.set_state(issue, false).await,
            (Target::Issue(issue), Change::Reopen) => self.set_state(issue, true).await,
            (Target::Milestone(space, id), Change::SetProgressLine { plan_key, line }) => {
                self.set_progress_line(space, *id, plan_key, line).await
            }
            (_, Change::Transition { .. }) => Err(TrackerError::Unavailable(
                "Gitea issues have no workflow transitions: they are open or closed".into(),
            )),
            (target, change) => Err(TrackerError::Unavailable(format!(
                "cannot {} on {target}",
                change.action()
            ))),
        }
    }

    /// Creates a label, unless the repository has one of that name already (Gitea
    /// would make a second). A create without a clear answer is checked by reading
    /// the labels again, and sent once more only if it did not happen.
    pub(super) async fn create_label(
        &self,
        repo: &RepoRef,
        label: &LabelSpec,
    ) -> Result<(), TrackerError> {
        if labels::id_of(&self.repo_labels(repo).await?, &label.name).is_some() {
            return Ok(());
        }
        match self.post_label(repo, label).await {
            Err(TrackerError::Ambiguous(reason)) => {
                if labels::id_of(&self.read_labels(repo).await?, &label.name).is_some() {
                    return Ok(());
                }
                self.post_label(repo, label).await.map_err(|e| match e {
                    TrackerError::Ambiguous(_) => TrackerError::Ambiguous(reason),
                    other => other,
                })
            }
            other => other,
        }
    }

    async fn post_label(&self, repo: &RepoRef, label: &LabelSpec) -> Result<(), TrackerError> {
        let path = format!("{}/labels", self.repo_path(repo)?);
        let body = json!({
            "name": label.name,
            "color": labels::color(&label.color),
            "description": label.description,
        });
        let created: super::answers::LabelBody = self
            .write(Method::POST, &path, Some(&body), false)
            .await?
            .json()?;
        self.known().created(repo, Label::from(&created));
        Ok(())
    }

    /// Adds labels by id. A name the repository lacks is created first (with
    /// GitHub's default color) when `create_missing`, else it is an error.
    pub(super) async fn add_labels(
        &self,
        issue: &IssueRef,
        names: &[String],
        create_missing: bool,
    ) -> Result<(), TrackerError> {
        let (repo, path) = self.issue_path(issue)?;
        let mut ids = Vec::new();
        for name in names {
            ids.push(self.label_id(repo, name, create_missing).await?);
        }
        if ids.is_empty() {
            return Ok(());
        }
        let body = json!({ "labels": ids });
        self.write(Method::POST, &format!("{path}/labels"), Some(&body), true)
            .await
            .map(drop)
    }

    /// The id of label `name` in `repo`: as known, else as read again (someone may
    /// have created it meanwhile), else created when `create_missing`.
    pub(super) async fn label_id(
        &self,
        repo: &RepoRef,
        name: &str,
        create_missing: bool,
    ) -> Result<u64, TrackerError> {
        if let Some(id) = labels::id_of(&self.repo_labels(repo).await?, name) {
            return Ok(id);
        }
        if let Some(id) = labels::id_of(&self.read_labels(repo).await?, name) {
            return Ok(id);
        }
        if create_missing {
            let spec = LabelSpec {
                name: name.to_string(),
                color: "ededed".into(),
                description: String::new(),
            };
            self.create_label(repo, &spec).await?;
            if let Some(id) = self
                .known()
                .of_repo(repo)
                .and_then(|l| labels::id_of(l, name))
            {
                return Ok(id);
            }
        }
        Err(TrackerError::Rejected(format!(
            "label {name} does not exist in {repo}"
        )))
    }

    /// Takes every label named `name` off the issue, one id at a time. A label that
    /// is gone from the repository meanwhile is off the issue too.
    pub(super) async fn remove_label(
        &self,
        issue: &IssueRef,
        name: &str,
    ) -> Result<(), TrackerError> {
        let (repo, path) = self.issue_path(issue)?;
        let known = self.known().to_remove(issue, repo, name);
        let ids = match known {
            Some(ids) => ids,
            None => labels::ids_named(&self.read_labels(repo).await?, name),
        };
        for id in &ids {
            let reply = self
                .http
                .send(
                    Method::DELETE,
                    &format!("{path}/labels/{id}"),
                    &[],
                    None,
                    true,
                )
                .await?;
            if reply.status != 422 {
                check(reply)?;
            }
        }
        self.known().removed(issue, &ids);
        Ok(())
    }

    /// Posts a comment: never repeated after an unclear answer
    /// ([`TrackerError::Ambiguous`]), so that its marker can be checked instead.
    pub(super) async fn post_comment(
        &self,
        issue: &IssueRef,
        body: &str,
    ) -> Result<(), TrackerError> {
        let (_, path) = self.issue_path(issue)?;
        let body = json!({ "body": body });
        self.write(
            Method::POST,
            &format!("{path}/comments"),
            Some(&body),
            false,
        )
        .await
        .map(drop)
    }

    /// Opens or closes an issue (a plain close: Gitea has no reason). A close that
    /// open dependencies forbid fails naming them.
    pub(super) async fn set_state(&self, issue: &IssueRef, open: bool) -> Result<(), TrackerError> {
        let (repo, path) = self.issue_path(issue)?;
        let body = json!({ "state": if open { "open" } else { "closed" } });
        let reply = self
            .http
            .send(Method::PATCH, &path, &[], Some(&body), true)
            .await?;
        if reply.status == 412 && !open {
            return Err(self.blocked(repo, &path, &reply.message()).await);
        }
        check(reply).map(drop)
    }

    /// Why a close was refused: the open dependencies, read now; the server's own
    /// words when they cannot be read.
    async fn blocked(&self, repo: &RepoRef, issue_path: &str, answer: &str) -> TrackerError {
        let path = format!("{issue_path}/dependencies");
        let named = match self.all_pages::<IssueBody>(&path, &[]).await {
            Ok(dependencies) => blockers_message(repo, &dependencies),
            Err(_) => None,
        };
        TrackerError::Rejected(
            named.unwrap_or_else(|| format!("blocked by open dependencies ({answer})")),
        )
    }

    /// Puts the plan's progress line into the milestone description as it is now
    /// (other plans' lines and the rest of the text are kept); writes only a
    /// description that changes.
    async fn set_progress_line(
        &self,
        space: &Space,
        id: u64,
        plan_key: &str,
        line: &str,
    ) -> Result<(), TrackerError> {
        let path = format!(
            "{}/milestones/{id}",
            self.repo_path(Self::space_repo(space)?)?
        );
        let current: MilestoneBody = self.get(&path, &[]).await?.json()?;
        let current = current.description.unwrap_or_default();
        let description = with_progress_line(&current, line, plan_key);
        if description == current {
            return Ok(());
        }
        let body = json!({ "description": description });
        self.write(Method::PATCH, &path, Some(&body), true)
            .await
            .map(drop)
    }
}
