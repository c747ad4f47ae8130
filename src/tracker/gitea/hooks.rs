//! Gitea/Forgejo repository webhooks (`/repos/{owner}/{repo}/hooks`): hooks of type
//! `gitea` delivering JSON, their secret set on create and edit and never read.

use super::GiteaTracker;
use crate::tracker::hooks::{config_request, Hook, HookBody, HookSpec, Hooks};
use crate::tracker::{Space, TrackerError};
use async_trait::async_trait;
use octocrab::secrecy::SecretString;
use reqwest::Method;

/// The body of an edit: an active hook (a create adds its `type`).
fn request(spec: &HookSpec, secret: &SecretString) -> serde_json::Value {
    serde_json::json!({
        "active": true,
        "events": spec.events,
        "config": config_request(spec, secret),
    })
}

#[async_trait]
impl Hooks for GiteaTracker {
    fn secret_vars(&self) -> &'static [&'static str] {
        &["GITEA_WEBHOOK_SECRET", "FORGEJO_WEBHOOK_SECRET"]
    }

    fn default_events(&self) -> &'static [&'static str] {
        &["issues", "issue_comment"]
    }

    async fn list_hooks(&self, space: &Space) -> Result<Vec<Hook>, TrackerError> {
        let path = format!("{}/hooks", self.space_path(space)?);
        let all: Vec<HookBody> = self.all_pages(&path, &[]).await?;
        Ok(all.into_iter().map(HookBody::hook).collect())
    }

    async fn create_hook(
        &self,
        space: &Space,
        spec: &HookSpec,
        secret: &SecretString,
    ) -> Result<Hook, TrackerError> {
        let path = format!("{}/hooks", self.space_path(space)?);
        let mut body = request(spec, secret);
        body["type"] = "gitea".into();
        let reply = self.write(Method::POST, &path, Some(&body), false).await?;
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
        let body = request(spec, secret);
        let reply = self.write(Method::PATCH, &path, Some(&body), true).await?;
        Ok(reply.json::<HookBody>()?.hook())
    }

    async fn delete_hook(&self, space: &Space, id: u64) -> Result<(), TrackerError> {
        let path = format!("{}/hooks/{id}", self.space_path(space)?);
        self.write(Method::DELETE, &path, None, true)
            .await
            .map(drop)
    }
}
