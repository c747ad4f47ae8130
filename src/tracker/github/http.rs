//! GitHub REST over octocrab's transport, with our own retry policy.
//!
//! octocrab's built-in retry repeats POSTs with no backoff, which turns one 502
//! into duplicate comments, so it is off and this layer decides instead:
//! reads and idempotent writes are retried with backoff; rate limits (429, and 403
//! secondary limits with or without `retry-after`) are waited out because the
//! request was refused, not processed; a non-idempotent write that got no clear
//! answer is reported as [`TrackerError::Ambiguous`] so that the caller checks
//! whether it happened instead of repeating it.

use crate::tracker::wire::{trace, RateLimit, Reply, RetryPolicy};
use crate::tracker::TrackerError;
use http::{HeaderMap, Method};
use octocrab::Octocrab;
use serde_json::Value;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// The HTTP side of the GitHub tracker.
pub struct GitHubHttp {
    octo: Octocrab,
    policy: RetryPolicy,
    verbose: bool,
    /// The REST base URL, for messages.
    api_url: String,
}

impl GitHubHttp {
    pub fn new(octo: Octocrab, policy: RetryPolicy, verbose: bool, api_url: &str) -> GitHubHttp {
        GitHubHttp {
            octo,
            policy,
            verbose,
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
        let mut rate_limit_waits = 0u32;
        let mut attempt = 0u32;
        loop {
            attempt += 1;
            let last = attempt >= self.policy.attempts;
            let started = Instant::now();
            let result = match method {
                Method::GET => self.octo._get(path).await,
                Method::POST => self.octo._post(path, body).await,
                Method::PATCH => self.octo._patch(path, body).await,
                Method::DELETE => self.octo._delete(path, body).await,
                _ => {
                    return Err(TrackerError::Transport(format!(
                        "unsupported method {method}"
                    )))
                }
            };
            let response = match result {
                Ok(r) => r,
                Err(e) => {
                    let failure = TransportFailure::of(&e);
                    trace(
                        self.verbose,
                        &method,
                        path,
                        &format!("error: {}", failure.cause),
                        started,
                    );
                    if failure.not_sent {
                        // Nothing reached the server: say where we could not go, at
                        // once, instead of retrying into the same wall.
                        return Err(TrackerError::Transport(failure.describe(&self.api_url)));
                    }
                    let reason = format!("{} ({})", failure.cause, self.api_url);
                    let wait = self.policy.after_unclear(attempt, idempotent, reason)?;
                    tokio::time::sleep(wait).await;
                    continue;
                }
            };
            let status = response.status().as_u16();
            let headers = response.headers().clone();
            let body = self
                .octo
                .body_to_string(response)
                .await
                .map_err(|e| TrackerError::Transport(first_line(&e.to_string())))?;
            trace(self.verbose, &method, path, &status.to_string(), started);
            let number = |name: &str| {
                headers
                    .get(name)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| v.trim().parse::<u64>().ok())
            };
            let rate_limit = match (
                number("x-ratelimit-limit"),
                number("x-ratelimit-remaining"),
                number("x-ratelimit-reset"),
            ) {
                (Some(limit), Some(remaining), Some(reset)) => Some(RateLimit {
                    limit,
                    remaining,
                    reset,
                }),
                _ => None,
            };
            let reply = Reply {
                service: "GitHub",
                status,
                body,
                rate_limit,
            };
            if let Some(wait) = rate_limit_wait(status, &headers, &reply.body, rate_limit_waits) {
                let wait = self.policy.scaled(wait);
                if wait > self.policy.max_wait || last {
                    return Err(TrackerError::RateLimited(format!(
                        "{}; try again in {}s",
                        reply.message(),
                        wait.as_secs().max(1)
                    )));
                }
                rate_limit_waits += 1;
                if self.verbose {
                    eprintln!("rate limited; waiting {:.1}s", wait.as_secs_f64());
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

/// How long to wait before retrying, if the response is a rate limit.
fn rate_limit_wait(
    status: u16,
    headers: &HeaderMap,
    body: &str,
    waits_so_far: u32,
) -> Option<Duration> {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let lowered = body.to_ascii_lowercase();
    let remaining_zero = header("x-ratelimit-remaining") == Some("0");
    let limited = status == 429
        || (status == 403
            && (header("retry-after").is_some()
                || remaining_zero
                || lowered.contains("rate limit")));
    if !limited {
        return None;
    }
    if let Some(wait) = header("retry-after").and_then(crate::tracker::wire::retry_after) {
        return Some(wait);
    }
    if remaining_zero {
        if let Some(reset) = header("x-ratelimit-reset").and_then(|v| v.trim().parse::<u64>().ok())
        {
            let now = SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .unwrap_or_default()
                .as_secs();
            return Some(Duration::from_secs(reset.saturating_sub(now) + 1));
        }
    }
    // A secondary limit without retry-after: at least a minute, doubling each time.
    Some(Duration::from_secs(60 << waits_so_far.min(4)))
}

fn first_line(text: &str) -> String {
    text.lines().next().unwrap_or(text).to_string()
}

/// A request that got no HTTP answer, told from the whole chain of causes (the
/// top-level error only says `client error (Connect)`).
struct TransportFailure {
    /// The innermost causes, most specific last, joined: `Connection refused`,
    /// `invalid peer certificate: UnknownIssuer`, …
    cause: String,
    /// The connection was never made, so the request was certainly not processed.
    not_sent: bool,
    tls: bool,
}

impl TransportFailure {
    fn of(e: &(dyn std::error::Error + 'static)) -> TransportFailure {
        let mut messages = Vec::new();
        let mut next: Option<&(dyn std::error::Error + 'static)> = Some(e);
        while let Some(err) = next {
            let text = first_line(&err.to_string());
            if !text.is_empty() && !messages.contains(&text) {
                messages.push(text);
            }
            next = err.source();
        }
        let all = messages.join(": ").to_ascii_lowercase();
        let tls = ["certificate", "tls", "handshake", "unknownissuer"]
            .iter()
            .any(|w| all.contains(w));
        let not_sent = all.contains("(connect)")
            || all.contains("connection refused")
            || all.contains("dns error")
            || all.contains("failed to lookup")
            || tls;
        // The last two causes say the most; the top-level wrapper says the least.
        let cause = messages
            .iter()
            .rev()
            .take(2)
            .rev()
            .cloned()
            .collect::<Vec<_>>()
            .join(": ");
        TransportFailure {
            cause,
            not_sent,
            tls,
        }
    }

    fn describe(&self, api_url: &str) -> String {
        if self.tls {
            format!(
                "TLS failure talking to {api_url}: {}; if the server uses a private certificate authority, point SSL_CERT_FILE at its certificate",
                self.cause
            )
        } else {
            format!(
                "cannot connect to {api_url}: {}; check GITHUB_API_URL / GH_HOST and your network",
                self.cause
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
