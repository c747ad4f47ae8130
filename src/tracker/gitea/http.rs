//! Gitea's REST API (`<web root>/api/v1`) over our own reqwest client, under the
//! shared retry policy ([`crate::tracker::http`]). Gitea (and a proxy in front of
//! it) says "too many requests" the HTTP way, with a 429 and `Retry-After`.
//!
//! What is Gitea's own is here: the `Authorization: token …` header (the token is
//! kept as a secret and put only into a header marked sensitive), the paging headers
//! of its lists (`X-Total-Count`, `Link`), and what a connection failure says.

use crate::tracker::http::{
    json_attempt, Answer, NoAnswer, Retries, TooManyRequests, TransportFailure,
};
use crate::tracker::wire::{Reply, RetryPolicy};
use crate::tracker::TrackerError;
use octocrab::secrecy::{ExposeSecret, SecretString};
use reqwest::header::{HeaderMap, HeaderValue};
use reqwest::Method;
use serde_json::Value;
use std::sync::Mutex;

/// The HTTP side of the Gitea tracker.
pub struct GiteaHttp {
    client: reqwest::Client,
    /// `<web root>/api/v1`.
    api: String,
    token: SecretString,
    retries: Retries<TooManyRequests>,
}

/// An answer with the headers that page a list.
#[derive(Debug)]
pub struct Paged {
    pub reply: Reply,
    /// `X-Total-Count`: how many items the list has in all.
    pub total: Option<usize>,
    /// The `Link` header names a next page.
    pub next: bool,
}

impl std::fmt::Debug for GiteaHttp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GiteaHttp")
            .field("api", &self.api)
            .field("token", &"[REDACTED]")
            .finish_non_exhaustive()
    }
}

impl GiteaHttp {
    /// A client for the API under `web_root` (`https://host`, `https://host/gitea`).
    pub fn new(
        web_root: &str,
        token: SecretString,
        policy: RetryPolicy,
        verbose: bool,
    ) -> Result<GiteaHttp, TrackerError> {
        let client = crate::tracker::http::client("Gitea")?;
        Ok(GiteaHttp {
            client,
            api: api_url(web_root),
            token,
            retries: Retries {
                service: "Gitea",
                policy,
                verbose,
                limits: TooManyRequests,
            },
        })
    }

    /// Sends one request to `path` (under the API root, starting with `/`).
    /// `idempotent` says whether repeating it after an unclear outcome is harmless.
    pub async fn send(
        &self,
        method: Method,
        path: &str,
        query: &[(&str, String)],
        body: Option<&Value>,
        idempotent: bool,
    ) -> Result<Reply, TrackerError> {
        Ok(self
            .send_paged(method, path, query, body, idempotent)
            .await?
            .reply)
    }

    /// [`GiteaHttp::send`], keeping the paging headers of the answer.
    pub async fn send_paged(
        &self,
        method: Method,
        path: &str,
        query: &[(&str, String)],
        body: Option<&Value>,
        idempotent: bool,
    ) -> Result<Paged, TrackerError> {
        let url = format!("{}{path}", self.api);
        // The shared loop keeps only the body; the headers of the answer it settles
        // on are those of the last attempt.
        let headers = Mutex::new(HeaderMap::new());
        let reply = self
            .retries
            .send(&method, path, idempotent, || {
                self.once(&method, &url, query, body, &headers)
            })
            .await?;
        let headers = headers
            .into_inner()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        Ok(Paged {
            reply,
            total: header(&headers, "x-total-count").and_then(|v| v.trim().parse().ok()),
            next: header(&headers, "link").is_some_and(has_next),
        })
    }

    /// One attempt, with the answer's body read; its headers are kept in `headers`.
    async fn once(
        &self,
        method: &Method,
        url: &str,
        query: &[(&str, String)],
        body: Option<&Value>,
        headers: &Mutex<HeaderMap>,
    ) -> Result<Answer, NoAnswer> {
        let fail = |e: &reqwest::Error| {
            TransportFailure::of(e).no_answer(&self.api, "GITEA_URL / gitea.url")
        };
        let auth = self.authorization()?;
        let answer = json_attempt(&self.client, method, url, query, auth, body, fail).await?;
        if let Ok(mut kept) = headers.lock() {
            kept.clone_from(&answer.headers);
        }
        Ok(answer)
    }

    /// `token <t>`, marked sensitive so that no `Debug` of the request shows it.
    fn authorization(&self) -> Result<HeaderValue, NoAnswer> {
        let mut value = HeaderValue::from_str(&format!("token {}", self.token.expose_secret()))
            .map_err(|_| {
                NoAnswer::Unusable("the Gitea token contains characters that cannot be sent".into())
            })?;
        value.set_sensitive(true);
        Ok(value)
    }
}

/// The API root of a web root: `<web root>/api/v1`, a sub-path kept.
pub fn api_url(web_root: &str) -> String {
    format!("{}/api/v1", web_root.trim().trim_end_matches('/'))
}

fn header<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

/// Whether a `Link` header has a `rel="next"` entry.
pub fn has_next(link: &str) -> bool {
    link.split(',').any(|part| {
        part.split(';')
            .skip(1)
            .any(|p| matches!(p.trim(), "rel=\"next\"" | "rel=next"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_api_is_under_the_web_root_with_its_sub_path() {
        assert_eq!(
            api_url("https://git.example.com"),
            "https://git.example.com/api/v1"
        );
        assert_eq!(
            api_url("https://example.com/gitea/"),
            "https://example.com/gitea/api/v1"
        );
        assert_eq!(
            api_url("http://127.0.0.1:3000"),
            "http://127.0.0.1:3000/api/v1"
        );
    }

    #[test]
    fn a_next_page_is_read_from_the_link_header() {
        let middle = "<https://h/api/v1/repos/a/b/issues?limit=50&page=3>; rel=\"next\",<https://h/api/v1/repos/a/b/issues?limit=50&page=9>; rel=\"last\"";
        let last = "<https://h/api/v1/repos/a/b/issues?limit=50&page=1>; rel=\"first\",<https://h/api/v1/repos/a/b/issues?limit=50&page=8>; rel=\"prev\"";
        assert!(has_next(middle));
        assert!(!has_next(last));
        assert!(!has_next(""));
    }

    #[test]
    fn debug_never_shows_the_token() {
        let http = GiteaHttp::new(
            "https://git.example.com",
            SecretString::from("gitea_SECRET".to_string()),
            RetryPolicy::default(),
            false,
        )
        .expect("client");
        let shown = format!("{http:?}");
        assert!(!shown.contains("gitea_SECRET"), "{shown}");
        assert!(shown.contains("https://git.example.com/api/v1"), "{shown}");
    }
}
