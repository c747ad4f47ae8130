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
    /// GitHub's `x-ratelimit-*` headers, when present.
    pub rate_limit: Option<RateLimit>,
}

/// A primary rate limit as the server reported it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct RateLimit {
    pub limit: u64,
    pub remaining: u64,
    /// When the window resets, in seconds since the epoch.
    pub reset: u64,
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
            // Longer than this is a hang to the person waiting: fail the operation
            // and say when to try again (exit 3) instead.
            max_wait: Duration::from_secs(120),
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

/// A `Retry-After` value: delay seconds, or an HTTP date (RFC 9110 IMF-fixdate,
/// `Sun, 06 Nov 1994 08:49:37 GMT`) turned into the time left from now.
pub fn retry_after(value: &str) -> Option<Duration> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let at = http_date(value)?;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_secs();
    Some(Duration::from_secs(at.saturating_sub(now)))
}

/// Seconds since the epoch of an IMF-fixdate.
fn http_date(value: &str) -> Option<u64> {
    let (_, rest) = value.split_once(", ")?;
    let parts: Vec<&str> = rest.split_whitespace().collect();
    let [day, month, year, time, "GMT"] = parts.as_slice() else {
        return None;
    };
    let month = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    .iter()
    .position(|m| m == month)? as i64
        + 1;
    let (day, year): (i64, i64) = (day.parse().ok()?, year.parse().ok()?);
    let hms: Vec<u64> = time
        .split(':')
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    let [h, m, sec] = hms.as_slice() else {
        return None;
    };
    // Days from civil (Howard Hinnant's algorithm).
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    u64::try_from(days)
        .ok()
        .map(|d| d * 86_400 + h * 3600 + m * 60 + sec)
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
            rate_limit: None,
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
    fn retry_after_in_seconds_or_as_an_http_date() {
        assert_eq!(retry_after(" 7 "), Some(Duration::from_secs(7)));
        assert_eq!(
            http_date("Sun, 06 Nov 1994 08:49:37 GMT"),
            Some(784_111_777)
        );
        assert_eq!(
            retry_after("Sun, 06 Nov 1994 08:49:37 GMT"),
            Some(Duration::ZERO)
        );
        assert_eq!(retry_after("soon"), None);
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
