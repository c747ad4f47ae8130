//! The one retry policy of every HTTP tracker.
//!
//! A tracker sends a request once, with its own client, and hands what came back to
//! [`Retries::send`], which decides what happens next:
//!
//! - reads and idempotent writes that got no clear answer (a transport error, a 5xx)
//!   are sent again after a backoff;
//! - a non-idempotent write without a clear answer is reported as
//!   [`TrackerError::Ambiguous`], so that the caller checks whether it happened
//!   instead of repeating it;
//! - a rate limit is waited out whatever the method, because the request was refused,
//!   not processed; a wait longer than the policy's cap, or a limit that outlasts
//!   every attempt, fails as [`TrackerError::RateLimited`] with the time to wait;
//! - a connection that was never made fails at once, naming the host and a hint,
//!   instead of retrying into the same wall.
//!
//! Services differ only in how they say "too many requests". HTTP's own 429 with a
//! `Retry-After` is understood here; a service that says more (GitHub's secondary
//! limits, its `x-ratelimit-reset`) brings its own [`RateLimits`].

use crate::tracker::wire::{retry_after, trace, RateLimit, Reply, RetryPolicy};
use crate::tracker::TrackerError;
use http::{HeaderMap, Method};
use std::future::Future;
use std::time::{Duration, Instant};

/// An answer to one attempt, with its body read.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: String,
}

impl Answer {
    /// A header's value, when it is text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

/// Why one attempt brought no answer to act on.
#[derive(Debug)]
pub enum NoAnswer {
    /// The connection was never made (refused, DNS, TLS): nothing was processed, and
    /// trying again would hit the same wall. `message` names the host and a hint;
    /// `cause` is what `-v` shows.
    NotSent { cause: String, message: String },
    /// Sent, but the answer was lost (a timeout, a reset): the request may have been
    /// processed. `reason` is what an error says; `cause` is what `-v` shows.
    Lost { cause: String, reason: String },
    /// Nothing to retry: an unsupported method, or an answer whose body could not be
    /// read.
    Unusable(String),
}

/// How often a request has been sent, and how many of those sends a rate limit
/// refused.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Tries {
    pub attempt: u32,
    pub rate_limited: u32,
}

/// How a service says "too many requests". The shared loop honors `Retry-After`
/// (seconds or an HTTP date) on any answer this calls a rate limit.
pub trait RateLimits: Send + Sync {
    /// Whether the answer refuses the request for its rate.
    fn is_limited(&self, answer: &Answer) -> bool {
        answer.status == 429
    }

    /// How long to wait when a rate limit names no `Retry-After`.
    fn wait_without_retry_after(&self, answer: &Answer, tries: Tries) -> Duration;

    /// The quota the answer reports, for services that report one.
    fn quota(&self, _answer: &Answer) -> Option<RateLimit> {
        None
    }
}

/// HTTP's own rule: a 429 waits for its `Retry-After`, else 10 s, 20 s, 40 s, …
#[derive(Debug, Default, Clone, Copy)]
pub struct TooManyRequests;

impl RateLimits for TooManyRequests {
    fn wait_without_retry_after(&self, _answer: &Answer, tries: Tries) -> Duration {
        Duration::from_secs(5 << tries.attempt.min(5))
    }
}

/// The wait an answer asks for, if it is a rate limit (unscaled).
pub fn rate_limit_wait(limits: &dyn RateLimits, answer: &Answer, tries: Tries) -> Option<Duration> {
    if !limits.is_limited(answer) {
        return None;
    }
    Some(
        answer
            .header("retry-after")
            .and_then(retry_after)
            .unwrap_or_else(|| limits.wait_without_retry_after(answer, tries)),
    )
}

/// What follows one attempt.
enum Next {
    Done(Reply),
    /// Send again after this backoff.
    Retry(Duration),
    /// Send again after this wait: the server refused the request for its rate.
    WaitOut(Duration),
}

/// Sends the requests of one service under the retry policy.
pub struct Retries<L> {
    /// Who answers (`GitHub`, `Jira`), for messages.
    pub service: &'static str,
    pub policy: RetryPolicy,
    /// With `-v`: one line per attempt and per rate-limit wait on stderr.
    pub verbose: bool,
    pub limits: L,
}

impl<L: RateLimits> Retries<L> {
    /// Sends one request: `once` makes one attempt. `idempotent` says whether
    /// repeating it after an unclear outcome is harmless; `method` and `path` are for
    /// `-v`.
    pub async fn send<F, Fut>(
        &self,
        method: &Method,
        path: &str,
        idempotent: bool,
        mut once: F,
    ) -> Result<Reply, TrackerError>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<Answer, NoAnswer>>,
    {
        let mut tries = Tries::default();
        loop {
            tries.attempt += 1;
            let started = Instant::now();
            let sent = once().await;
            if let Some(outcome) = traced(&sent) {
                trace(self.verbose, method, path, &outcome, started);
            }
            let next = match sent {
                Ok(answer) => self.after_answer(answer, tries, idempotent)?,
                Err(failure) => self.after_no_answer(failure, tries, idempotent)?,
            };
            match next {
                Next::Done(reply) => return Ok(reply),
                Next::Retry(wait) => tokio::time::sleep(wait).await,
                Next::WaitOut(wait) => {
                    tries.rate_limited += 1;
                    tokio::time::sleep(wait).await;
                }
            }
        }
    }

    /// A lost answer is an unclear outcome; anything else fails at once.
    fn after_no_answer(
        &self,
        failure: NoAnswer,
        tries: Tries,
        idempotent: bool,
    ) -> Result<Next, TrackerError> {
        match failure {
            NoAnswer::Lost { reason, .. } => self
                .policy
                .after_unclear(tries.attempt, idempotent, reason)
                .map(Next::Retry),
            NoAnswer::NotSent { message, .. } | NoAnswer::Unusable(message) => {
                Err(TrackerError::Transport(message))
            }
        }
    }

    /// A rate limit is waited out, a 5xx is an unclear outcome, anything else is the
    /// reply.
    fn after_answer(
        &self,
        answer: Answer,
        tries: Tries,
        idempotent: bool,
    ) -> Result<Next, TrackerError> {
        let limited = rate_limit_wait(&self.limits, &answer, tries);
        let rate_limit = self.limits.quota(&answer);
        let reply = Reply {
            service: self.service,
            status: answer.status,
            body: answer.body,
            rate_limit,
        };
        if let Some(wait) = limited {
            let wait = self.policy.scaled(wait);
            if wait > self.policy.max_wait || tries.attempt >= self.policy.attempts {
                return Err(TrackerError::RateLimited(format!(
                    "{}; try again in {}s",
                    reply.message(),
                    wait.as_secs().max(1)
                )));
            }
            if self.verbose {
                eprintln!("rate limited; waiting {:.1}s", wait.as_secs_f64());
            }
            return Ok(Next::WaitOut(wait));
        }
        if reply.status >= 500 {
            return self
                .policy
                .after_unclear(tries.attempt, idempotent, reply.message())
                .map(Next::Retry);
        }
        Ok(Next::Done(reply))
    }
}

/// What `-v` says of an attempt: the status, or the error that lost the answer;
/// nothing for an attempt that could not be made or whose answer could not be read.
fn traced(sent: &Result<Answer, NoAnswer>) -> Option<String> {
    match sent {
        Ok(answer) => Some(answer.status.to_string()),
        Err(NoAnswer::NotSent { cause, .. } | NoAnswer::Lost { cause, .. }) => {
            Some(format!("error: {cause}"))
        }
        Err(NoAnswer::Unusable(_)) => None,
    }
}

/// The HTTP client of a tracker without a client of its own (`service` names it
/// in the error): connect within 10 s, an answer within 30 s, our user agent.
pub fn client(service: &str) -> Result<reqwest::Client, TrackerError> {
    reqwest::Client::builder()
        .connect_timeout(std::time::Duration::from_secs(10))
        .timeout(std::time::Duration::from_secs(30))
        .user_agent(concat!("gh-debussy-sync/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| TrackerError::Unavailable(format!("cannot set up the {service} client: {e}")))
}

/// One attempt of a JSON request to `url` with the `Authorization` value `auth`
/// (marked sensitive by the caller), the answer's body read: what the retry loop
/// repeats for the trackers that build their own requests. A request that got no
/// whole answer, sent or read, is told to the loop as `fail` says.
pub async fn json_attempt(
    client: &reqwest::Client,
    method: &reqwest::Method,
    url: &str,
    query: &[(&str, String)],
    auth: reqwest::header::HeaderValue,
    body: Option<&serde_json::Value>,
    fail: impl Fn(&reqwest::Error) -> NoAnswer,
) -> Result<Answer, NoAnswer> {
    use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE};
    let mut request = client
        .request(method.clone(), url)
        .query(query)
        .header(AUTHORIZATION, auth)
        .header(ACCEPT, "application/json");
    if let Some(body) = body {
        request = request
            .header(CONTENT_TYPE, "application/json")
            .body(body.to_string());
    }
    let response = request.send().await.map_err(|e| fail(&e))?;
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let body = response.text().await.map_err(|e| fail(&e))?;
    Ok(Answer {
        status,
        headers,
        body,
    })
}

/// A request that got no HTTP answer, told from the whole chain of causes (the
/// top-level error only says `client error (Connect)`).
pub struct TransportFailure {
    /// The innermost causes, most specific last, joined: `Connection refused`,
    /// `invalid peer certificate: UnknownIssuer`, …
    pub cause: String,
    /// The connection was never made, so the request was certainly not processed.
    not_sent: bool,
    tls: bool,
}

impl TransportFailure {
    pub fn of(e: &(dyn std::error::Error + 'static)) -> TransportFailure {
        let mut messages = Vec::new();
        let mut next: Option<&(dyn std::error::Error + 'static)> = Some(e);
        while let Some(err) = next {
            let text = err
                .to_string()
                .lines()
                .next()
                .unwrap_or_default()
                .to_string();
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

    /// What the retry loop is told: a connection never made fails at once with
    /// the API's URL and a hint naming `settings` (where the URL is set); anything
    /// else may have reached the server.
    pub fn no_answer(self, api_url: &str, settings: &str) -> NoAnswer {
        if self.not_sent {
            NoAnswer::NotSent {
                message: self.describe(api_url, settings),
                cause: self.cause,
            }
        } else {
            NoAnswer::Lost {
                reason: format!("{} ({api_url})", self.cause),
                cause: self.cause,
            }
        }
    }

    fn describe(&self, api_url: &str, settings: &str) -> String {
        if self.tls {
            format!(
                "TLS failure talking to {api_url}: {}; if the server uses a private certificate authority, point SSL_CERT_FILE at its certificate",
                self.cause
            )
        } else {
            format!(
                "cannot connect to {api_url}: {}; check {settings} and your network",
                self.cause
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;
    use std::collections::VecDeque;

    fn answer(status: u16, headers: &[(&'static str, &str)]) -> Answer {
        let mut map = HeaderMap::new();
        for (k, v) in headers {
            map.insert(*k, v.parse().unwrap());
        }
        Answer {
            status,
            headers: map,
            body: String::new(),
        }
    }

    /// Sends one request through a policy without waits against scripted attempts;
    /// gives the result and how many attempts were made.
    fn run(
        idempotent: bool,
        script: Vec<Result<Answer, NoAnswer>>,
    ) -> (Result<Reply, TrackerError>, usize) {
        let retries = Retries {
            service: "Test",
            policy: RetryPolicy {
                scale: 0.0,
                ..RetryPolicy::default()
            },
            verbose: false,
            limits: TooManyRequests,
        };
        let script = RefCell::new(VecDeque::from(script));
        let made = RefCell::new(0);
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .unwrap();
        let result = runtime.block_on(retries.send(&Method::POST, "/x", idempotent, || {
            *made.borrow_mut() += 1;
            let next = script.borrow_mut().pop_front();
            async move { next.unwrap_or_else(|| Ok(answer(200, &[]))) }
        }));
        (result, made.into_inner())
    }

    fn lost() -> Result<Answer, NoAnswer> {
        Err(NoAnswer::Lost {
            cause: "timed out".into(),
            reason: "timed out (host)".into(),
        })
    }

    #[test]
    fn a_429_waits_for_retry_after_or_doubles_from_ten_seconds() {
        let tries = Tries {
            attempt: 2,
            rate_limited: 1,
        };
        let with = answer(429, &[("retry-after", "7")]);
        let without = answer(429, &[]);
        assert_eq!(
            rate_limit_wait(&TooManyRequests, &with, tries),
            Some(Duration::from_secs(7))
        );
        assert_eq!(
            rate_limit_wait(&TooManyRequests, &without, tries),
            Some(Duration::from_secs(20))
        );
        assert_eq!(
            rate_limit_wait(&TooManyRequests, &answer(503, &[]), tries),
            None
        );
    }

    #[test]
    fn idempotent_requests_are_repeated_after_unclear_outcomes() {
        let (result, made) = run(true, vec![lost(), Ok(answer(502, &[]))]);
        assert_eq!(result.map(|r| r.status), Ok(200));
        assert_eq!(made, 3);
    }

    #[test]
    fn a_write_without_a_clear_answer_is_ambiguous() {
        let (result, made) = run(false, vec![Ok(answer(502, &[]))]);
        assert_eq!(
            result.err(),
            Some(TrackerError::Ambiguous("HTTP 502".into()))
        );
        assert_eq!(made, 1);
    }

    #[test]
    fn a_persistent_429_fails_after_every_attempt() {
        let script = (0..4)
            .map(|_| Ok(answer(429, &[("retry-after", "1")])))
            .collect();
        let (result, made) = run(false, script);
        assert_eq!(
            result.err(),
            Some(TrackerError::RateLimited(
                "HTTP 429; try again in 1s".into()
            ))
        );
        assert_eq!(made, 4);
    }

    #[test]
    fn a_connection_never_made_fails_at_once() {
        let refused = Err(NoAnswer::NotSent {
            cause: "Connection refused".into(),
            message: "cannot connect to host".into(),
        });
        let (result, made) = run(true, vec![refused]);
        assert_eq!(
            result.err(),
            Some(TrackerError::Transport("cannot connect to host".into()))
        );
        assert_eq!(made, 1);
    }
}
