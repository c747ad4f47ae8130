//! GitHub releases over REST. A draft release has no tag yet, so
//! `GET …/releases/tags/{tag}` does not find it: the release of a tag is looked
//! for in the list of releases instead, which holds drafts for writers.

use super::GitHubTracker;
use crate::tracker::release::{MilestoneState, Release, ReleaseBody, ReleaseFields, Releases};
use crate::tracker::{Space, TrackerError};
use ::http::Method;
use async_trait::async_trait;
use serde::Deserialize;

/// Items asked for per page (GitHub's maximum).
const PER_PAGE: usize = 100;

#[derive(Deserialize)]
struct MilestoneBody {
    number: u64,
    title: String,
    state: String,
}

impl GitHubTracker {
    /// Every item of a paged list, until `stop` finds what is looked for.
    pub(super) async fn pages<T: serde::de::DeserializeOwned>(
        &self,
        path: &str,
        stop: impl Fn(&T) -> bool,
    ) -> Result<Vec<T>, TrackerError> {
        let mut out = Vec::new();
        for page in 1.. {
            let sep = if path.contains('?') { '&' } else { '?' };
            let items: Vec<T> = self
                .get(&format!("{path}{sep}per_page={PER_PAGE}&page={page}"))
                .await?
                .json()?;
            let last = items.len() < PER_PAGE;
            let found = items.iter().any(&stop);
            out.extend(items);
            if last || found {
                break;
            }
        }
        Ok(out)
    }
}

#[async_trait]
impl Releases for GitHubTracker {
    async fn find_release(
        &self,
        space: &Space,
        tag: &str,
    ) -> Result<Option<Release>, TrackerError> {
        let path = format!("{}/releases", self.space_path(space)?);
        let all: Vec<ReleaseBody> = self
            .pages(&path, |r: &ReleaseBody| r.tag_name == tag)
            .await?;
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
            .write(Method::POST, &path, &fields.request(), false)
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
            .write(Method::PATCH, &path, &fields.request(), true)
            .await?;
        Ok(reply.json::<ReleaseBody>()?.release())
    }

    async fn find_milestone(
        &self,
        space: &Space,
        title: &str,
    ) -> Result<Option<MilestoneState>, TrackerError> {
        let path = format!("{}/milestones?state=all", self.space_path(space)?);
        let all: Vec<MilestoneBody> = self
            .pages(&path, |m: &MilestoneBody| m.title == title)
            .await?;
        Ok(all
            .into_iter()
            .find(|m| m.title == title)
            .map(|m| MilestoneState {
                number: m.number,
                open: m.state == "open",
                title: m.title,
            }))
    }

    async fn close_milestone(&self, space: &Space, number: u64) -> Result<(), TrackerError> {
        let path = format!("{}/milestones/{number}", self.space_path(space)?);
        let body = serde_json::json!({"state": "closed"});
        self.write(Method::PATCH, &path, &body, true)
            .await
            .map(drop)
    }
}
