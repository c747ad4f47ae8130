//! What the HTTP trackers share on the wire: the retry policy, request tracing and
//! a response with its body read.

use crate::tracker::TrackerError;
use serde_json::Value;
use std::time::Duration;

/// A response with its body read.
#[derive(Debug)]
pub struct Reply {
    /// Who answered (`GitHub`, `Jira`), for messages.
    pub service: &'static str,
    pub status: u16,
    pub body: String,
}

impl Reply {
    pub fn json<T: serde::de::DeserializeOwned>(&self) -> Result<T, TrackerError> {
        serde_json::from_str(&self.body).map_err(|e| {
            TrackerError::Transport(format!("unexpected response from {}: {e}", self.service))
        })
    }

    /// The status with the server's own words: GitHub's `message`, Jira's
    /// `errorMessages` and field `errors`.
    pub fn message(&self) -> String {
        let parsed: Value = serde_json::from_str(&self.body).unwrap_or(Value::Null);
        let mut parts: Vec<String> = Vec::new();
        if let Some(m) = parsed.get("message").and_then(Value::as_str) {
            parts.push(m.to_string());
        }
        if let Some(list) = parsed.get("errorMessages").and_then(Value::as_array) {
            parts.extend(list.iter().filter_map(Value::as_str).map(str::to_string));
        }
        if let Some(map) = parsed.get("errors").and_then(Value::as_object) {
            parts.extend(
                map.iter()
                    .map(|(k, e)| format!("{k}: {}", e.as_str().unwrap_or_default())),
            );
        }
        if parts.is_empty() {
            format!("HTTP {}", self.status)
        } else {
            format!("HTTP {}: {}", self.status, parts.join("; "))
        }
    }
}

/// How many attempts, and how long to wait between them; `scale` shortens every wait
/// (`GH_DEBUSSY_SYNC_BACKOFF_SCALE`, used by tests).
#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    pub attempts: u32,
    pub scale: f64,
    /// Never wait longer than this for a rate limit; fail instead.
    pub max_wait: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            attempts: 4,
            scale: 1.0,
            max_wait: Duration::from_secs(15 * 60),
        }
    }
}

impl RetryPolicy {
    /// `d` at this policy's scale.
    pub fn scaled(&self, d: Duration) -> Duration {
        d.mul_f64(self.scale.max(0.0))
    }

    /// Exponential backoff before attempt `attempt + 1`: 1 s, 2 s, 4 s, … (scaled).
    pub fn backoff(&self, attempt: u32) -> Duration {
        self.scaled(Duration::from_secs(1 << attempt.saturating_sub(1).min(5)))
    }
}

impl RetryPolicy {
    /// After an attempt that got no clear answer (a transport error or a 5xx): how
    /// long to wait before repeating it, or the error to report. Reads and idempotent
    /// writes are repeated; a non-idempotent write is reported as
    /// [`TrackerError::Ambiguous`], for the caller to check rather than repeat.
    pub fn after_unclear(
        &self,
        attempt: u32,
        idempotent: bool,
        reason: String,
    ) -> Result<Duration, TrackerError> {
        if !idempotent {
            Err(TrackerError::Ambiguous(reason))
        } else if attempt < self.attempts {
            Ok(self.backoff(attempt))
        } else {
            Err(TrackerError::Transport(reason))
        }
    }
}

/// With `-v`: one line per request on stderr (method, path, outcome, time; never
/// headers, so never a token).
pub fn trace(
    verbose: bool,
    method: &dyn std::fmt::Display,
    path: &str,
    outcome: &str,
    started: std::time::Instant,
) {
    if verbose {
        eprintln!(
            "{method} {path} → {outcome} ({} ms)",
            started.elapsed().as_millis()
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reply(body: &str) -> Reply {
        Reply {
            service: "test",
            status: 400,
            body: body.into(),
        }
    }

    #[test]
    fn messages_in_both_error_formats() {
        assert_eq!(
            reply(r#"{"message":"Validation Failed"}"#).message(),
            "HTTP 400: Validation Failed"
        );
        assert_eq!(
            reply(r#"{"errorMessages":["No"],"errors":{"resolution":"Resolution is required."}}"#)
                .message(),
            "HTTP 400: No; resolution: Resolution is required."
        );
        assert_eq!(reply("<html>").message(), "HTTP 400");
    }

    #[test]
    fn unclear_outcomes_retry_only_what_is_safe_to_repeat() {
        let p = RetryPolicy::default();
        assert_eq!(
            p.after_unclear(1, true, "x".into()),
            Ok(Duration::from_secs(1))
        );
        assert_eq!(
            p.after_unclear(2, true, "x".into()),
            Ok(Duration::from_secs(2))
        );
        assert_eq!(
            p.after_unclear(4, true, "x".into()),
            Err(TrackerError::Transport("x".into()))
        );
        assert_eq!(
            p.after_unclear(1, false, "x".into()),
            Err(TrackerError::Ambiguous("x".into()))
        );
    }
}
