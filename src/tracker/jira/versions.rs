//! Fix versions, the Jira end of a mirrored milestone (PRODUCT §12): set by name on
//! an issue, each version created in the project when missing.

use super::{check, enc, JiraTracker};
use crate::tracker::TrackerError;
use reqwest::Method;
use serde_json::{json, Value};
use std::collections::BTreeSet;

impl JiraTracker {
    /// Sets `key`'s fix versions to `names`, creating the missing versions first.
    /// Returns the names created.
    pub(super) async fn set_fix_versions(
        &self,
        key: &str,
        names: &BTreeSet<String>,
    ) -> Result<Vec<String>, TrackerError> {
        let created = match key.split_once('-') {
            _ if names.is_empty() => Vec::new(),
            Some((project, _)) => self.ensure_versions(project, names).await?,
            None => {
                return Err(TrackerError::Rejected(format!(
                    "{key} is not a Jira issue key"
                )))
            }
        };
        let versions: Vec<Value> = names.iter().map(|n| json!({ "name": n })).collect();
        let body = json!({ "fields": { "fixVersions": versions } });
        let path = format!("{}/issue/{}", self.api(), enc(key));
        check(
            self.http
                .send(Method::PUT, &path, &[], Some(&body), true)
                .await?,
        )?;
        Ok(created)
    }

    /// Creates the versions of `names` that `project` lacks; returns their names.
    async fn ensure_versions(
        &self,
        project: &str,
        names: &BTreeSet<String>,
    ) -> Result<Vec<String>, TrackerError> {
        let path = format!("/project/{}/versions", enc(project));
        let existing: Vec<Value> = self.get(&path, &[]).await?.json()?;
        let has = |n: &String| {
            existing
                .iter()
                .any(|v| v.get("name").and_then(Value::as_str) == Some(n.as_str()))
        };
        let missing: Vec<String> = names.iter().filter(|n| !has(n)).cloned().collect();
        if missing.is_empty() {
            return Ok(missing);
        }
        let project_json: Value = self
            .get(&format!("/project/{}", enc(project)), &[])
            .await?
            .json()?;
        let id = project_json
            .get("id")
            .and_then(|id| {
                id.as_str()
                    .and_then(|s| s.parse::<u64>().ok())
                    .or(id.as_u64())
            })
            .ok_or_else(|| {
                TrackerError::Transport(format!("Jira did not give project {project}'s id"))
            })?;
        let path = format!("{}/version", self.api());
        for name in &missing {
            let body = json!({ "name": name, "projectId": id });
            check(
                self.http
                    .send(Method::POST, &path, &[], Some(&body), false)
                    .await?,
            )?;
        }
        Ok(missing)
    }
}
