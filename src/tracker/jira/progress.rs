//! An agent's progress on a Jira issue (PRODUCT §14), kept as the issue property
//! `debussy-sync.progress` (`GET`/`PUT /issue/{key}/properties/{propertyKey}`,
//! on Cloud and Data Center alike) rather than in the description, which people
//! edit.

use super::{check, enc, JiraTracker};
use crate::progress_meta::{Progress, JIRA_PROPERTY};
use crate::tracker::TrackerError;
use reqwest::Method;
use serde_json::Value;

impl JiraTracker {
    fn property_path(&self, key: &str) -> String {
        format!(
            "{}/issue/{}/properties/{JIRA_PROPERTY}",
            self.api(),
            enc(key)
        )
    }

    /// The progress property of an issue; `None` when it has none (or one that
    /// is not ours to read).
    pub(super) async fn read_progress(&self, key: &str) -> Result<Option<Progress>, TrackerError> {
        let reply = self
            .http
            .send(Method::GET, &self.property_path(key), &[], None, true)
            .await?;
        let body: Value = match check(reply) {
            Ok(reply) => reply.json()?,
            Err(TrackerError::NotFound) => return Ok(None),
            Err(e) => return Err(e),
        };
        Ok(body
            .get("value")
            .cloned()
            .and_then(|v| serde_json::from_value(v).ok()))
    }

    /// Stores `progress` as the property (a `PUT` replaces it whole).
    pub(super) async fn write_progress(
        &self,
        key: &str,
        progress: &Progress,
    ) -> Result<(), TrackerError> {
        let body = serde_json::to_value(progress)
            .map_err(|e| TrackerError::Transport(format!("progress not encoded: {e}")))?;
        let reply = self
            .http
            .send(
                Method::PUT,
                &self.property_path(key),
                &[],
                Some(&body),
                true,
            )
            .await?;
        check(reply).map(drop)
    }
}
