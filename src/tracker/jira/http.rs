//! Jira REST over our own reqwest client, under the shared retry policy
//! ([`crate::tracker::http`]); Jira says "too many requests" the HTTP way, with a 429
//! and `Retry-After`.
//!
//! Requests are built here rather than through gouqi's request methods, on purpose:
//! gouqi maps a 5xx answer to `Ok` for transitions and to a status-less parse error
//! elsewhere, has no 429/`Retry-After` handling, ignores timeouts set on its builder,
//! and picks the API version from the host name (a Cloud site behind a proxy or a
//! test server would get Data Center paths). Every call here states its API version
//! explicitly from the configured deployment.

use crate::tracker::http::{json_attempt, Answer, NoAnswer, Retries, TooManyRequests};
use crate::tracker::wire::{Reply, RetryPolicy};
use crate::tracker::TrackerError;
use reqwest::header::HeaderValue;
use reqwest::Method;
use serde_json::Value;

/// The HTTP side of the Jira tracker.
pub struct JiraHttp {
    client: reqwest::Client,
    base: String,
    auth: HeaderValue,
    retries: Retries<TooManyRequests>,
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
        let client = crate::tracker::http::client("Jira")?;
        Ok(JiraHttp {
            client,
            base: base.trim_end_matches('/').to_string(),
            auth,
            retries: Retries {
                service: "Jira",
                policy,
                verbose,
                limits: TooManyRequests,
            },
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
        self.retries
            .send(&method, path, idempotent, || {
                self.once(&method, &url, query, body)
            })
            .await
    }

    /// One attempt, with the answer's body read.
    async fn once(
        &self,
        method: &Method,
        url: &str,
        query: &[(&str, String)],
        body: Option<&Value>,
    ) -> Result<Answer, NoAnswer> {
        let auth = self.auth.clone();
        json_attempt(&self.client, method, url, query, auth, body, no_answer).await
    }
}

/// What the shared policy is told: a connection never made fails at once with a
/// hint; anything else may have reached the server.
fn no_answer(e: &reqwest::Error) -> NoAnswer {
    let reason = transport_reason(e);
    if e.is_connect() {
        NoAnswer::NotSent {
            message: format!("{reason}; check JIRA_URL / jira.url and your network"),
            cause: reason,
        }
    } else {
        NoAnswer::Lost {
            cause: reason.clone(),
            reason,
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
