//! GitHub REST and GraphQL over octocrab's transport, under the shared retry policy
//! ([`crate::tracker::http`]).
//!
//! octocrab's built-in retry repeats POSTs with no backoff, which turns one 502
//! into duplicate comments, so it is off and the shared policy decides instead. What
//! is GitHub's own is here: how it says "too many requests" (429, and 403 secondary
//! limits with or without `retry-after`; `x-ratelimit-reset` when the primary limit
//! is spent), the quota it reports, and what a connection failure says.

use crate::tracker::http::{Answer, NoAnswer, RateLimits, Retries, TransportFailure, Tries};
use crate::tracker::wire::{RateLimit, Reply, RetryPolicy};
use crate::tracker::TrackerError;
use http::Method;
use octocrab::Octocrab;
use serde_json::Value;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The HTTP side of the GitHub tracker.
pub struct GitHubHttp {
    octo: Octocrab,
    retries: Retries<GitHubLimits>,
    /// The REST base URL, for messages.
    api_url: String,
}

impl GitHubHttp {
    pub fn new(octo: Octocrab, policy: RetryPolicy, verbose: bool, api_url: &str) -> GitHubHttp {
        GitHubHttp {
            octo,
            retries: Retries {
                service: "GitHub",
                policy,
                verbose,
                limits: GitHubLimits,
            },
            api_url: api_url.to_string(),
        }
    }

    /// Sends one request. `idempotent` says whether repeating it after an unclear
    /// outcome is harmless.
    pub async fn send(
        &self,
        method: Method,
        path: &str,
        body: Option<&Value>,
        idempotent: bool,
    ) -> Result<Reply, TrackerError> {
        self.retries
            .send(&method, path, idempotent, || self.once(&method, path, body))
            .await
    }

    /// One attempt, with the answer's body read.
    async fn once(
        &self,
        method: &Method,
        path: &str,
        body: Option<&Value>,
    ) -> Result<Answer, NoAnswer> {
        let result = match *method {
            Method::GET => self.octo._get(path).await,
            Method::POST => self.octo._post(path, body).await,
            Method::PATCH => self.octo._patch(path, body).await,
            Method::DELETE => self.octo._delete(path, body).await,
            _ => return Err(NoAnswer::Unusable(format!("unsupported method {method}"))),
        };
        let response = result.map_err(|e| {
            TransportFailure::of(&e).no_answer(&self.api_url, "GITHUB_API_URL / GH_HOST")
        })?;
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = self
            .octo
            .body_to_string(response)
            .await
            .map_err(|e| NoAnswer::Unusable(first_line(&e.to_string())))?;
        Ok(Answer {
            status,
            headers,
            body,
        })
    }
}

/// GitHub's rate limits: 429; a 403 that names a `retry-after`, a spent primary
/// limit or a secondary limit; waited out until `x-ratelimit-reset`, or for a
/// secondary limit without `retry-after` at least a minute, doubling each time.
struct GitHubLimits;

impl RateLimits for GitHubLimits {
    fn is_limited(&self, answer: &Answer) -> bool {
        answer.status == 429
            || (answer.status == 403
                && (answer.header("retry-after").is_some()
                    || primary_spent(answer)
                    || answer.body.to_ascii_lowercase().contains("rate limit")))
    }

    fn wait_without_retry_after(&self, answer: &Answer, tries: Tries) -> Duration {
        if primary_spent(answer) {
            if let Some(reset) = number(answer, "x-ratelimit-reset") {
                let now = SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .unwrap_or_default()
                    .as_secs();
                return Duration::from_secs(reset.saturating_sub(now) + 1);
            }
        }
        Duration::from_secs(60 << tries.rate_limited.min(4))
    }

    fn quota(&self, answer: &Answer) -> Option<RateLimit> {
        Some(RateLimit {
            limit: number(answer, "x-ratelimit-limit")?,
            remaining: number(answer, "x-ratelimit-remaining")?,
            reset: number(answer, "x-ratelimit-reset")?,
        })
    }
}

/// The primary limit is spent: `x-ratelimit-remaining: 0`.
fn primary_spent(answer: &Answer) -> bool {
    answer.header("x-ratelimit-remaining") == Some("0")
}

fn number(answer: &Answer, name: &str) -> Option<u64> {
    answer.header(name).and_then(|v| v.trim().parse().ok())
}

fn first_line(text: &str) -> String {
    text.lines().next().unwrap_or(text).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::HeaderMap;

    /// The wait GitHub's rules give an answer, after `waits_so_far` rate-limit waits.
    fn rate_limit_wait(
        status: u16,
        headers: &HeaderMap,
        body: &str,
        waits_so_far: u32,
    ) -> Option<Duration> {
        let answer = Answer {
            status,
            headers: headers.clone(),
            body: body.to_string(),
        };
        let tries = Tries {
            attempt: waits_so_far + 1,
            rate_limited: waits_so_far,
        };
        crate::tracker::http::rate_limit_wait(&GitHubLimits, &answer, tries)
    }

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, v.parse().unwrap());
        }
        h
    }

    #[test]
    fn retry_after_is_honored() {
        let h = headers(&[("retry-after", "7")]);
        assert_eq!(
            rate_limit_wait(429, &h, "", 0),
            Some(Duration::from_secs(7))
        );
    }

    #[test]
    fn secondary_limit_without_retry_after_backs_off_exponentially() {
        let body = r#"{"message":"You have exceeded a secondary rate limit"}"#;
        let h = HeaderMap::new();
        assert_eq!(
            rate_limit_wait(403, &h, body, 0),
            Some(Duration::from_secs(60))
        );
        assert_eq!(
            rate_limit_wait(403, &h, body, 1),
            Some(Duration::from_secs(120))
        );
    }

    #[test]
    fn plain_forbidden_is_not_a_rate_limit() {
        let body = r#"{"message":"Resource not accessible by integration"}"#;
        assert_eq!(rate_limit_wait(403, &HeaderMap::new(), body, 0), None);
    }

    #[test]
    fn primary_limit_waits_for_reset() {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_secs();
        let reset = (now + 30).to_string();
        let h = headers(&[
            ("x-ratelimit-remaining", "0"),
            ("x-ratelimit-reset", &reset),
        ]);
        let wait = rate_limit_wait(403, &h, "", 0).unwrap();
        assert!(wait >= Duration::from_secs(29) && wait <= Duration::from_secs(32));
    }
}
