//! GitHub repository webhooks over REST (`/repos/{owner}/{repo}/hooks`): `web`
//! hooks delivering JSON, their secret set on create and edit and never read.

use super::GitHubTracker;
use crate::tracker::hooks::{config_request, Hook, HookBody, HookSpec, Hooks};
use crate::tracker::{Space, TrackerError};
use ::http::Method;
use async_trait::async_trait;
use octocrab::secrecy::SecretString;

/// The body of a create or an edit: an active `web` hook, TLS checked.
fn request(spec: &HookSpec, secret: &SecretString) -> serde_json::Value {
    let mut config = config_request(spec, secret);
    config["insecure_ssl"] = "0".into();
    serde_json::json!({
        "name": "web",
        "active": true,
        "events": spec.events,
        "config": config,
    })
}

#[async_trait]
impl Hooks for GitHubTracker {
    fn secret_vars(&self) -> &'static [&'static str] {
        &["GITHUB_WEBHOOK_SECRET"]
    }

    fn default_events(&self) -> &'static [&'static str] {
        &["issues", "issue_comment"]
    }

    async fn list_hooks(&self, space: &Space) -> Result<Vec<Hook>, TrackerError> {
        let path = format!("{}/hooks", self.space_path(space)?);
        let all: Vec<HookBody> = self.pages(&path, |_: &HookBody| false).await?;
        Ok(all.into_iter().map(HookBody::hook).collect())
    }

    async fn create_hook(
        &self,
        space: &Space,
        spec: &HookSpec,
        secret: &SecretString,
    ) -> Result<Hook, TrackerError> {
        let path = format!("{}/hooks", self.space_path(space)?);
        let reply = self
            .write(Method::POST, &path, &request(spec, secret), false)
            .await?;
        Ok(reply.json::<HookBody>()?.hook())
    }

    async fn update_hook(
        &self,
        space: &Space,
        id: u64,
        spec: &HookSpec,
        secret: &SecretString,
    ) -> Result<Hook, TrackerError> {
        let path = format!("{}/hooks/{id}", self.space_path(space)?);
        let mut body = request(spec, secret);
        // An edit does not take the hook's name.
        if let Some(map) = body.as_object_mut() {
            map.remove("name");
        }
        let reply = self.write(Method::PATCH, &path, &body, true).await?;
        Ok(reply.json::<HookBody>()?.hook())
    }

    async fn delete_hook(&self, space: &Space, id: u64) -> Result<(), TrackerError> {
        let path = format!("{}/hooks/{id}", self.space_path(space)?);
        let reply = self.http.send(Method::DELETE, &path, None, true).await?;
        super::check(reply).map(drop)
    }
}
