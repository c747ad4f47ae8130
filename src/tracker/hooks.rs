//! Repository webhooks of a forge (`webhook register|list|remove`, PRODUCT §15):
//! the part of a tracker that lists, creates, edits and deletes the hooks that
//! send its events to `serve`. Trackers without repository hooks (Jira, the local
//! tracker) do not offer it: [`super::Tracker::hooks`] answers `None`.
//!
//! The secret a hook signs its deliveries with is written, never read back: both
//! forges answer it masked or not at all, so [`Hook`] has no field for it, and it
//! travels only as a [`SecretString`] into the request body.

use super::{Space, TrackerError};
use async_trait::async_trait;
use octocrab::secrecy::SecretString;

/// A hook as the forge stores it (without its secret, which is never read).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Hook {
    /// The forge's id, which edits and `webhook remove` address.
    pub id: u64,
    /// Where deliveries are sent.
    pub url: String,
    /// The events it sends, as the forge names them.
    pub events: Vec<String>,
    pub active: bool,
    /// The payload's content type (`json`, `form`), when the forge says.
    #[serde(skip)]
    pub content_type: Option<String>,
}

/// What `webhook register` asks for: an active hook sending `events` as JSON to
/// `url`, signed with the secret given beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HookSpec {
    pub url: String,
    pub events: Vec<String>,
}

/// The repository hooks of one forge.
#[async_trait]
pub trait Hooks: Send + Sync {
    /// The environment variables its hook secret is read from by default, in order
    /// (the names `serve` reads too).
    fn secret_vars(&self) -> &'static [&'static str];

    /// The events a hook is registered for when none are named: those `serve` uses.
    fn default_events(&self) -> &'static [&'static str];

    /// Every hook of the repository `space`.
    async fn list_hooks(&self, space: &Space) -> Result<Vec<Hook>, TrackerError>;

    /// Creates an active JSON hook signed with `secret`.
    async fn create_hook(
        &self,
        space: &Space,
        spec: &HookSpec,
        secret: &SecretString,
    ) -> Result<Hook, TrackerError>;

    /// Makes hook `id` an active JSON hook as `spec` says, signed with `secret`.
    async fn update_hook(
        &self,
        space: &Space,
        id: u64,
        spec: &HookSpec,
        secret: &SecretString,
    ) -> Result<Hook, TrackerError>;

    /// Deletes hook `id` ([`TrackerError::NotFound`] when there is none).
    async fn delete_hook(&self, space: &Space, id: u64) -> Result<(), TrackerError>;
}

/// A hook as GitHub and Gitea both answer it (the same field names; Gitea's
/// `config` is a map of strings, GitHub's an object with these keys).
#[derive(Debug, serde::Deserialize)]
pub struct HookBody {
    pub id: u64,
    #[serde(default)]
    pub active: bool,
    #[serde(default)]
    pub events: Vec<String>,
    #[serde(default)]
    pub config: HookConfigBody,
}

/// The part of a hook's `config` we read (never its secret).
#[derive(Debug, Default, serde::Deserialize)]
pub struct HookConfigBody {
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub content_type: Option<String>,
}

impl HookBody {
    pub fn hook(self) -> Hook {
        Hook {
            id: self.id,
            url: self.config.url.unwrap_or_default(),
            events: self.events,
            active: self.active,
            content_type: self.config.content_type,
        }
    }
}

/// The `config` of a create or an edit in both forges' words: JSON deliveries to
/// `url`, signed with `secret`. The secret is exposed here, into the body only.
pub fn config_request(spec: &HookSpec, secret: &SecretString) -> serde_json::Value {
    use octocrab::secrecy::ExposeSecret;
    serde_json::json!({
        "url": spec.url,
        "content_type": "json",
        "secret": secret.expose_secret(),
    })
}
