//! What a delivery is: its source (told by its headers), whether it is signed by
//! that source, its id (a repeated id is done once), and the issue it is about.
//! Pure: headers and body in, a [`Verdict`] out; the HTTP layer only maps verdicts
//! to status codes.

use super::signature::{verify, Secrets, Signed, Source};
use crate::refs::{IssueRef, RepoRef};
use crate::tracker::registry;
use http::HeaderMap;
use serde_json::Value;

/// The largest body accepted (413 above it).
pub const MAX_BODY: usize = 1024 * 1024;

/// A verified delivery we use, ready to be queued.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    /// `<source>:<the source's delivery id>` (a hash of the body when it sends none).
    pub id: String,
    pub source: Source,
    /// The event as the source names it (`issues`, `jira:issue_updated`).
    pub event: String,
    /// The issue it is about, in its stored (fully qualified) form.
    pub subject: IssueRef,
}

/// What to answer, and whether there is work.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// No source we know, or a bad or missing signature: 401, nothing done.
    Unauthorized,
    /// Signed, but not JSON: 400.
    Malformed,
    /// Signed and well-formed, but not an event we act on: 202.
    Unused(Source),
    /// To be queued (200 once it is).
    Accepted(Delivery),
}

fn header<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

/// The source, told by the headers only it sends.
pub fn source_of(headers: &HeaderMap) -> Option<Source> {
    let has = |name: &str| headers.contains_key(name);
    // Gitea and Forgejo send GitHub's headers too, for compatibility: theirs first.
    if has("x-gitea-event") || has("x-forgejo-event") {
        Some(Source::Gitea)
    } else if has("x-github-event") {
        Some(Source::GitHub)
    } else if has("x-gitlab-event") {
        Some(Source::GitLab)
    } else if has("x-atlassian-webhook-identifier") || has("x-hub-signature") {
        Some(Source::Jira)
    } else {
        None
    }
}

fn signed_of<'a>(source: Source, headers: &'a HeaderMap) -> Signed<'a> {
    let found = match source {
        Source::GitHub => header(headers, "x-hub-signature-256").map(Signed::Hmac),
        Source::Gitea => header(headers, "x-gitea-signature")
            .or_else(|| header(headers, "x-forgejo-signature"))
            .map(Signed::Hmac),
        Source::Jira => header(headers, "x-hub-signature").map(Signed::Hmac),
        Source::GitLab => header(headers, "x-gitlab-token").map(Signed::Token),
    };
    found.unwrap_or(Signed::Missing)
}

/// Judges one `POST /webhook`: who sent it, whether to believe it, and what it is
/// about. The signature is checked before the body is parsed.
pub fn judge(headers: &HeaderMap, body: &[u8], secrets: &Secrets) -> Verdict {
    let Some(source) = source_of(headers) else {
        return Verdict::Unauthorized;
    };
    let trusted = match secrets.get(source) {
        Some(secret) => verify(secret, body, &signed_of(source, headers)),
        None => secrets.unsigned_accepted(source),
    };
    if !trusted {
        return Verdict::Unauthorized;
    }
    let Ok(payload) = serde_json::from_slice::<Value>(body) else {
        return Verdict::Malformed;
    };
    let event = event_of(source, headers, &payload);
    match subject_of(source, &event, &payload) {
        Some(subject) => Verdict::Accepted(Delivery {
            id: format!("{}:{}", source.as_str(), delivery_id(source, headers, body)),
            source,
            event,
            subject,
        }),
        None => Verdict::Unused(source),
    }
}

fn event_of(source: Source, headers: &HeaderMap, payload: &Value) -> String {
    let named = match source {
        Source::GitHub => header(headers, "x-github-event"),
        Source::Gitea => {
            header(headers, "x-gitea-event").or_else(|| header(headers, "x-forgejo-event"))
        }
        Source::GitLab => header(headers, "x-gitlab-event"),
        Source::Jira => payload.get("webhookEvent").and_then(Value::as_str),
    };
    named.unwrap_or_default().to_string()
}

fn delivery_id(source: Source, headers: &HeaderMap, body: &[u8]) -> String {
    let sent = match source {
        Source::GitHub => header(headers, "x-github-delivery"),
        Source::Gitea => {
            header(headers, "x-gitea-delivery").or_else(|| header(headers, "x-forgejo-delivery"))
        }
        Source::GitLab => header(headers, "x-gitlab-event-uuid"),
        Source::Jira => header(headers, "x-atlassian-webhook-identifier"),
    };
    match sent.map(str::trim).filter(|s| !s.is_empty()) {
        Some(id) => id.to_string(),
        None => hex::encode(ring::digest::digest(&ring::digest::SHA256, body).as_ref()),
    }
}

/// The issue an event we use is about: issue and comment events of a tracker this
/// build has a module for.
fn subject_of(source: Source, event: &str, payload: &Value) -> Option<IssueRef> {
    let kind = registry::named(source.as_str())?;
    match source {
        Source::GitHub | Source::Gitea => {
            if !event.starts_with("issue") {
                return None;
            }
            let repo = payload
                .pointer("/repository/full_name")
                .and_then(Value::as_str)
                .and_then(RepoRef::parse)?;
            let number = payload.pointer("/issue/number").and_then(Value::as_u64)?;
            Some(IssueRef::Repo { kind, repo, number })
        }
        Source::Jira => {
            if !(event.starts_with("jira:issue_") || event.starts_with("comment_")) {
                return None;
            }
            let key = payload.pointer("/issue/key").and_then(Value::as_str)?;
            if !is_jira_key(key) {
                return None;
            }
            Some(IssueRef::Key {
                kind,
                key: key.to_string(),
            })
        }
        Source::GitLab => None,
    }
}

/// `PROJ-12`: a project key (a capital letter, then capitals, digits or `_`), a
/// dash and an issue number.
fn is_jira_key(key: &str) -> bool {
    let Some((project, number)) = key.split_once('-') else {
        return false;
    };
    let mut letters = project.chars();
    letters.next().is_some_and(|c| c.is_ascii_uppercase())
        && letters.all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        && !number.starts_with('0')
        && !number.is_empty()
        && number.chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::super::signature::sign;
    use super::*;
    use octocrab::secrecy::SecretString;

    const BODY: &str =
        r#"{"action":"closed","issue":{"number":11},"repository":{"full_name":"acme/widgets"}}"#;

    fn secrets() -> Secrets {
        Secrets::default()
            .with(Source::GitHub, SecretString::from("s3".to_string()))
            .with(Source::Gitea, SecretString::from("g3".to_string()))
    }

    fn headers(pairs: &[(&'static str, String)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, v.parse().unwrap());
        }
        h
    }

    #[test]
    fn a_signed_issues_event_is_accepted_with_its_issue_and_id() {
        let h = headers(&[
            ("x-github-event", "issues".into()),
            ("x-github-delivery", "d-1".into()),
            ("x-hub-signature-256", sign("s3", BODY.as_bytes())),
        ]);
        let Verdict::Accepted(d) = judge(&h, BODY.as_bytes(), &secrets()) else {
            panic!("not accepted");
        };
        assert_eq!(d.id, "github:d-1");
        assert_eq!(d.subject.to_string(), "acme/widgets#11");
    }

    #[test]
    fn unsigned_wrongly_signed_and_unknown_sources_are_unauthorized() {
        let unsigned = headers(&[("x-github-event", "issues".into())]);
        assert_eq!(
            judge(&unsigned, BODY.as_bytes(), &secrets()),
            Verdict::Unauthorized
        );
        let wrong = headers(&[
            ("x-github-event", "issues".into()),
            ("x-hub-signature-256", sign("other", BODY.as_bytes())),
        ]);
        assert_eq!(
            judge(&wrong, BODY.as_bytes(), &secrets()),
            Verdict::Unauthorized
        );
        assert_eq!(
            judge(&HeaderMap::new(), BODY.as_bytes(), &secrets()),
            Verdict::Unauthorized
        );
        // No secret for GitLab: nothing it sends is believed.
        let gitlab = headers(&[
            ("x-gitlab-event", "Issue Hook".into()),
            ("x-gitlab-token", "x".into()),
        ]);
        assert_eq!(
            judge(&gitlab, BODY.as_bytes(), &secrets()),
            Verdict::Unauthorized
        );
    }

    #[test]
    fn gitea_signature_is_bare_hex_and_malformed_json_is_told_after_it() {
        let sig = sign("g3", b"{nope")
            .trim_start_matches("sha256=")
            .to_string();
        let h = headers(&[
            ("x-gitea-event", "issues".into()),
            ("x-gitea-signature", sig),
        ]);
        assert_eq!(judge(&h, b"{nope", &secrets()), Verdict::Malformed);
    }

    #[test]
    fn events_we_do_not_use_are_unused() {
        let body = r#"{"zen":"Keep it logically awesome."}"#;
        let h = headers(&[
            ("x-github-event", "ping".into()),
            ("x-hub-signature-256", sign("s3", body.as_bytes())),
        ]);
        assert_eq!(
            judge(&h, body.as_bytes(), &secrets()),
            Verdict::Unused(Source::GitHub)
        );
    }

    #[test]
    fn a_delivery_without_an_id_is_named_by_its_body() {
        let h = headers(&[
            ("x-github-event", "issues".into()),
            ("x-hub-signature-256", sign("s3", BODY.as_bytes())),
        ]);
        let (Verdict::Accepted(a), Verdict::Accepted(b)) = (
            judge(&h, BODY.as_bytes(), &secrets()),
            judge(&h, BODY.as_bytes(), &secrets()),
        ) else {
            panic!("not accepted");
        };
        assert_eq!(a.id, b.id);
    }

    #[test]
    fn jira_is_signed_only_when_a_secret_is_set() {
        let body = r#"{"webhookEvent":"jira:issue_updated","issue":{"key":"PROJ-7"}}"#;
        let h = headers(&[("x-atlassian-webhook-identifier", "j-1".into())]);
        // A project without Jira believes no unsigned Jira delivery.
        assert_eq!(
            judge(&h, body.as_bytes(), &secrets()),
            Verdict::Unauthorized
        );
        let uses_jira = secrets().unsigned_jira(true);
        let Verdict::Accepted(d) = judge(&h, body.as_bytes(), &uses_jira) else {
            panic!("unsigned Jira without a secret is taken where Jira is used");
        };
        assert_eq!(
            (d.id.as_str(), d.subject.to_string()),
            ("jira:j-1", "PROJ-7".into())
        );
        let with = uses_jira.with(Source::Jira, SecretString::from("j3".to_string()));
        assert_eq!(judge(&h, body.as_bytes(), &with), Verdict::Unauthorized);
        let mut signed = h.clone();
        signed.insert(
            "x-hub-signature",
            sign("j3", body.as_bytes()).parse().unwrap(),
        );
        assert!(matches!(
            judge(&signed, body.as_bytes(), &with),
            Verdict::Accepted(_)
        ));
    }

    #[test]
    fn gitlab_is_verified_by_its_token_and_then_unused() {
        let with = secrets().with(Source::GitLab, SecretString::from("t0k".to_string()));
        let body = r#"{"object_kind":"issue"}"#;
        let h = headers(&[
            ("x-gitlab-event", "Issue Hook".into()),
            ("x-gitlab-token", "t0k".into()),
        ]);
        assert_eq!(
            judge(&h, body.as_bytes(), &with),
            Verdict::Unused(Source::GitLab)
        );
        let wrong = headers(&[
            ("x-gitlab-event", "Issue Hook".into()),
            ("x-gitlab-token", "t0K".into()),
        ]);
        assert_eq!(judge(&wrong, body.as_bytes(), &with), Verdict::Unauthorized);
    }

    #[test]
    fn gitea_with_githubs_compatibility_headers_is_gitea() {
        // What Gitea and Forgejo really send: their own headers and GitHub's.
        let sig = sign("g3", BODY.as_bytes());
        let h = headers(&[
            ("x-gitea-event", "issues".into()),
            ("x-gitea-delivery", "u-2".into()),
            (
                "x-gitea-signature",
                sig.trim_start_matches("sha256=").into(),
            ),
            ("x-github-event", "issues".into()),
            ("x-github-delivery", "u-2".into()),
            ("x-hub-signature-256", sig.clone()),
        ]);
        let only_gitea =
            Secrets::default().with(Source::Gitea, SecretString::from("g3".to_string()));
        let Verdict::Accepted(d) = judge(&h, BODY.as_bytes(), &only_gitea) else {
            panic!("a signed Gitea delivery is taken");
        };
        assert_eq!((d.source, d.id.as_str()), (Source::Gitea, "gitea:u-2"));
        assert_eq!(d.subject.tracker().as_str(), "gitea");
    }

    #[test]
    fn a_jira_delivery_about_anything_but_a_jira_key_is_unused() {
        let uses_jira = secrets().unsigned_jira(true);
        let h = headers(&[("x-atlassian-webhook-identifier", "j-2".into())]);
        for key in [
            "acme/widgets#11",
            "local#1",
            "bad key\nx",
            "PROJ-0",
            "proj-7",
            "PROJ-",
        ] {
            let body =
                serde_json::json!({"webhookEvent": "jira:issue_updated", "issue": {"key": key}});
            assert_eq!(
                judge(&h, body.to_string().as_bytes(), &uses_jira),
                Verdict::Unused(Source::Jira),
                "{key:?}"
            );
        }
        assert!(is_jira_key("AB_2-15"));
    }
}
