//! Gitea releases. Its list of releases holds drafts for writers, and `GET
//! …/releases/tags/{tag}` does not answer drafts on every version, so the release
//! of a tag is looked for in the list, as on GitHub.

use super::GiteaTracker;
use crate::tracker::release::{MilestoneState, Release, ReleaseBody, ReleaseFields, Releases};
use crate::tracker::{Space, TrackerError};
use async_trait::async_trait;
use reqwest::Method;
use serde::Deserialize;

#[derive(Deserialize)]
struct MilestoneBody {
    id: u64,
    title: String,
    state: String,
}

impl GiteaTracker {
    /// `/repos/{owner}/{repo}` of a Gitea space.
    pub(super) fn space_path(&self, space: &Space) -> Result<String, TrackerError> {
        self.repo_path(Self::space_repo(space)?)
    }
}

#[async_trait]
impl Releases for GiteaTracker {
    async fn find_release(
        &self,
        space: &Space,
        tag: &str,
    ) -> Result<Option<Release>, TrackerError> {
        let path = format!("{}/releases", self.space_path(space)?);
        let all: Vec<ReleaseBody> = self.all_pages(&path, &[]).await?;
        Ok(all
            .into_iter()
            .find(|r| r.tag_name == tag)
            .map(ReleaseBody::release))
    }

    async fn create_release(
        &self,
        space: &Space,
        fields: &ReleaseFields,
    ) -> Result<Release, TrackerError> {
        let path = format!("{}/releases", self.space_path(space)?);
        let reply = self
            .write(Method::POST, &path, Some(&fields.request()), false)
            .await?;
        Ok(reply.json::<ReleaseBody>()?.release())
    }

    async fn update_release(
        &self,
        space: &Space,
        id: u64,
        fields: &ReleaseFields,
    ) -> Result<Release, TrackerError> {
        let path = format!("{}/releases/{id}", self.space_path(space)?);
        let reply = self
            .write(Method::PATCH, &path, Some(&fields.request()), true)
            .await?;
        Ok(reply.json::<ReleaseBody>()?.release())
    }

    async fn find_milestone(
        &self,
        space: &Space,
        title: &str,
    ) -> Result<Option<MilestoneState>, TrackerError> {
        let path = format!("{}/milestones", self.space_path(space)?);
        let query = [("state", "all".to_string()), ("name", title.to_string())];
        let all: Vec<MilestoneBody> = self.all_pages(&path, &query).await?;
        Ok(all
            .into_iter()
            .find(|m| m.title == title)
            .map(|m| MilestoneState {
                number: m.id,
                open: m.state == "open",
                title: m.title,
            }))
    }

    async fn close_milestone(&self, space: &Space, number: u64) -> Result<(), TrackerError> {
        let path = format!("{}/milestones/{number}", self.space_path(space)?);
        let body = serde_json::json!({"state": "closed"});
        self.write(Method::PATCH, &path, Some(&body), true)
            .await
            .map(drop)
    }
}
