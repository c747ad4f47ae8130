//! Jira REST over our own reqwest client, with the retry policy Jira needs.
//!
//! Requests are built here rather than through gouqi's request methods, on purpose:
//! gouqi maps a 5xx answer to `Ok` for transitions and to a status-less parse error
//! elsewhere, has no 429/`Retry-After` handling, ignores timeouts set on its builder,
//! and picks the API version from the host name (a Cloud site behind a proxy or a
//! test server would get Data Center paths). Every call here states its API version
//! explicitly from the configured deployment.

use crate::tracker::wire::{trace, Reply, RetryPolicy};
use crate::tracker::TrackerError;
use reqwest::header::{HeaderValue, ACCEPT, AUTHORIZATION, CONTENT_TYPE};
use reqwest::Method;
use serde_json::Value;
use std::time::{Duration, Instant};

/// The HTTP side of the Jira tracker.
pub struct JiraHttp {
    client: reqwest::Client,
    base: String,
    auth: HeaderValue,
    policy: RetryPolicy,
    verbose: bool,
}

impl JiraHttp {
    /// `auth` is the full Authorization header value; it is marked sensitive.
    pub fn new(
        base: &str,
        mut auth: HeaderValue,
        policy: RetryPolicy,
        verbose: bool,
    ) -> Result<JiraHttp, TrackerError> {
        auth.set_sensitive(true);
        let client = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(30))
            .user_agent(concat!("gh-debussy-sync/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| {
                TrackerError::Unavailable(format!("cannot set up the Jira client: {e}"))
            })?;
        Ok(JiraHttp {
            client,
            base: base.trim_end_matches('/').to_string(),
            auth,
            policy,
            verbose,
        })
    }

    /// Sends one request to `path` (starting with `/rest/…`).
    pub async fn send(
        &self,
        method: Method,
        path: &str,
        query: &[(&str, String)],
        body: Option<&Value>,
        idempotent: bool,
    ) -> Result<Reply, TrackerError> {
        let url = format!("{}{path}", self.base);
        let mut attempt = 0;
        loop {
            attempt += 1;
            let last = attempt >= self.policy.attempts;
            let started = Instant::now();
            let mut request = self
                .client
                .request(method.clone(), &url)
                .query(query)
                .header(AUTHORIZATION, self.auth.clone())
                .header(ACCEPT, "application/json");
            if let Some(body) = body {
                request = request
                    .header(CONTENT_TYPE, "application/json")
                    .body(body.to_string());
            }
            let response = match request.send().await {
                Ok(r) => r,
                Err(e) => {
                    let reason = transport_reason(&e);
                    trace(
                        self.verbose,
                        &method,
                        path,
                        &format!("error: {reason}"),
                        started,
                    );
                    if e.is_connect() {
                        // Nothing reached the server: say so at once rather than
                        // retrying into the same wall.
                        return Err(TrackerError::Transport(format!(
                            "{reason}; check JIRA_URL / jira.url and your network"
                        )));
                    }
                    let wait = self.policy.after_unclear(attempt, idempotent, reason)?;
                    tokio::time::sleep(wait).await;
                    continue;
                }
            };
            let status = response.status().as_u16();
            let retry_after = response
                .headers()
                .get("retry-after")
                .and_then(|v| v.to_str().ok())
                .and_then(crate::tracker::wire::retry_after);
            let body = response
                .text()
                .await
                .map_err(|e| TrackerError::Transport(transport_reason(&e)))?;
            trace(self.verbose, &method, path, &status.to_string(), started);
            let reply = Reply {
                service: "Jira",
                status,
                body,
                rate_limit: None,
            };
            if status == 429 {
                // Refused, not processed: waiting and repeating is safe for any method.
                let wait = self.policy.scaled(
                    retry_after.unwrap_or_else(|| Duration::from_secs(5 << attempt.min(5))),
                );
                if last || wait > self.policy.max_wait {
                    return Err(TrackerError::RateLimited(format!(
                        "{}; try again in {}s",
                        reply.message(),
                        wait.as_secs().max(1)
                    )));
                }
                tokio::time::sleep(wait).await;
                continue;
            }
            if status >= 500 {
                let wait = self
                    .policy
                    .after_unclear(attempt, idempotent, reply.message())?;
                tokio::time::sleep(wait).await;
                continue;
            }
            return Ok(reply);
        }
    }
}

/// A one-line reason without the URL's query (it may carry JQL) or any header.
fn transport_reason(e: &reqwest::Error) -> String {
    let kind = if e.is_timeout() {
        "timed out"
    } else if e.is_connect() {
        "cannot connect"
    } else {
        "request failed"
    };
    match e.url() {
        Some(url) => format!(
            "{kind}: {}://{}{}",
            url.scheme(),
            url.host_str().unwrap_or_default(),
            port(url)
        ),
        None => kind.to_string(),
    }
}

fn port(url: &reqwest::Url) -> String {
    url.port().map(|p| format!(":{p}")).unwrap_or_default()
}
