//! Releases of a forge's repository (`release create`, PRODUCT §13): the part of a
//! tracker that finds, creates and edits a release for a tag, and closes the
//! milestone a release finishes. Trackers without releases (Jira, the local
//! tracker) do not offer it: [`super::Tracker::releases`] answers `None`.

use super::{Space, TrackerError};
use async_trait::async_trait;

/// A release as the forge stores it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Release {
    /// The forge's id, which edits address.
    pub id: u64,
    pub fields: ReleaseFields,
    /// Its web page.
    pub url: Option<String>,
}

/// What a release says: the fields `release create` writes.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct ReleaseFields {
    pub tag: String,
    /// The commit (a sha) or branch the tag is created at when it does not exist.
    pub target: String,
    pub name: String,
    pub body: String,
    pub draft: bool,
}

/// A milestone found by its title, and whether it is still open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MilestoneState {
    pub number: u64,
    pub title: String,
    pub open: bool,
}

/// The releases of one forge.
#[async_trait]
pub trait Releases: Send + Sync {
    /// The release of `tag` in `space`, drafts included (`None`: there is none).
    async fn find_release(&self, space: &Space, tag: &str)
        -> Result<Option<Release>, TrackerError>;

    /// Creates a release.
    async fn create_release(
        &self,
        space: &Space,
        fields: &ReleaseFields,
    ) -> Result<Release, TrackerError>;

    /// Replaces the fields of release `id`.
    async fn update_release(
        &self,
        space: &Space,
        id: u64,
        fields: &ReleaseFields,
    ) -> Result<Release, TrackerError>;

    /// The milestone titled `title` (open or closed), if there is one.
    async fn find_milestone(
        &self,
        space: &Space,
        title: &str,
    ) -> Result<Option<MilestoneState>, TrackerError>;

    /// Closes milestone `number`.
    async fn close_milestone(&self, space: &Space, number: u64) -> Result<(), TrackerError>;
}

/// A release as GitHub and Gitea both answer it (the same field names).
#[derive(Debug, serde::Deserialize)]
pub struct ReleaseBody {
    pub id: u64,
    pub tag_name: String,
    #[serde(default)]
    pub target_commitish: Option<String>,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub body: Option<String>,
    #[serde(default)]
    pub draft: bool,
    #[serde(default)]
    pub html_url: Option<String>,
}

impl ReleaseBody {
    pub fn release(self) -> Release {
        Release {
            id: self.id,
            fields: ReleaseFields {
                tag: self.tag_name,
                target: self.target_commitish.unwrap_or_default(),
                name: self.name.unwrap_or_default(),
                body: self.body.unwrap_or_default(),
                draft: self.draft,
            },
            url: self.html_url,
        }
    }
}

impl ReleaseFields {
    /// The request body of a create or an edit, in both forges' words.
    pub fn request(&self) -> serde_json::Value {
        serde_json::json!({
            "tag_name": self.tag,
            "target_commitish": self.target,
            "name": self.name,
            "body": self.body,
            "draft": self.draft,
        })
    }
}
