//! Repository webhooks that feed `serve` (`webhook register|list|remove`, PRODUCT
//! §15): which hook a registration is about, what to do to it, and doing it
//! through the tracker's [`Hooks`].
//!
//! The decision is pure ([`decide`]): a hook is found by its URL, so registering
//! the same URL twice keeps (or edits) the hook it made the first time instead of
//! adding a second one, and a hook that already sends what is asked gets no write.
//! The secret cannot be compared — no forge shows it — so it is written with every
//! create or edit, and an unchanged hook keeps its own unless `--update-secret`.

use crate::tracker::hooks::{Hook, HookSpec, Hooks};
use crate::tracker::{Space, TrackerError};
use octocrab::secrecy::SecretString;

/// Why `url` cannot receive deliveries, if it cannot.
pub fn url_problem(url: &str) -> Option<&'static str> {
    let Ok(parsed) = url::Url::parse(url) else {
        return Some("it is not an absolute URL");
    };
    if !matches!(parsed.scheme(), "http" | "https") {
        return Some("it is not an http:// or https:// URL");
    }
    if parsed.host_str().is_none_or(str::is_empty) {
        return Some("it names no host");
    }
    None
}

/// Why `event` cannot name a forge event, if it cannot (`issues`, `issue_comment`,
/// `*`).
pub fn event_problem(event: &str) -> Option<&'static str> {
    if event.is_empty() {
        return Some("it is empty");
    }
    if event != "*"
        && !event
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    {
        return Some("an event is lowercase letters, digits and `_` (or `*`)");
    }
    None
}

/// The events as a set: sorted, each once.
pub fn event_set(events: &[String]) -> Vec<String> {
    let mut set = events.to_vec();
    set.sort();
    set.dedup();
    set
}

/// What to do about the hook of a URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// There is none: create it.
    Create,
    /// Hook `id` sends other events or is inactive (the `changed` parts), or its secret
    /// is to be replaced: edit it.
    Update { id: u64, changed: Vec<&'static str> },
    /// Hook `id` sends what is asked already.
    Unchanged { id: u64 },
}

/// What to do to have one active JSON hook for `spec.url` sending `spec.events`,
/// given the repository's hooks. The first hook with that URL is the one kept.
pub fn decide(spec: &HookSpec, existing: &[Hook], update_secret: bool) -> Decision {
    let Some(hook) = existing.iter().find(|h| h.url == spec.url) else {
        return Decision::Create;
    };
    let json = hook.content_type.as_deref().is_none_or(|t| t == "json");
    let changed: Vec<&'static str> = [
        ("events", event_set(&hook.events) != event_set(&spec.events)),
        ("active", !hook.active),
        ("content_type", !json),
        ("secret", update_secret),
    ]
    .into_iter()
    .filter(|(_, differs)| *differs)
    .map(|(name, _)| name)
    .collect();
    if changed.is_empty() {
        Decision::Unchanged { id: hook.id }
    } else {
        Decision::Update {
            id: hook.id,
            changed,
        }
    }
}

/// What became of a registration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub decision: Decision,
    /// The hook as the forge answered (the existing one in a preview; none on
    /// failure or before a create).
    pub hook: Option<Hook>,
    /// Other hooks with the same URL, left alone (someone added them by hand).
    pub duplicates: Vec<u64>,
    /// `Some` when the write was tried: its result.
    pub written: Option<Result<(), TrackerError>>,
    /// Something worth knowing (a create confirmed after an unclear answer).
    pub message: Option<String>,
}

/// Lists the hooks of `space`, decides, and when `apply` writes what the decision
/// says. A create without a clear answer is looked for once more by its URL rather
/// than sent again.
pub async fn register(
    hooks: &dyn Hooks,
    space: &Space,
    spec: &HookSpec,
    secret: &SecretString,
    (update_secret, apply): (bool, bool),
) -> Result<Outcome, TrackerError> {
    let existing = hooks.list_hooks(space).await?;
    let decision = decide(spec, &existing, update_secret);
    let mut same_url = existing.into_iter().filter(|h| h.url == spec.url);
    let mut outcome = Outcome {
        hook: same_url.next(),
        duplicates: same_url.map(|h| h.id).collect(),
        written: None,
        message: None,
        decision: decision.clone(),
    };
    if !apply {
        return Ok(outcome);
    }
    let written = match &decision {
        Decision::Unchanged { .. } => return Ok(outcome),
        Decision::Create => match hooks.create_hook(space, spec, secret).await {
            Err(TrackerError::Ambiguous(why)) => {
                let again = hooks.list_hooks(space).await?;
                let found = again.into_iter().find(|h| h.url == spec.url);
                outcome.message = found
                    .is_some()
                    .then(|| format!("confirmed stored after an unclear answer ({why})"));
                found.ok_or(TrackerError::Ambiguous(why))
            }
            other => other,
        },
        Decision::Update { id, .. } => hooks.update_hook(space, *id, spec, secret).await,
    };
    match written {
        Ok(hook) => {
            outcome.hook = Some(hook);
            outcome.written = Some(Ok(()));
        }
        Err(e) => outcome.written = Some(Err(e)),
    }
    Ok(outcome)
}

/// What `webhook remove` found and did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removal {
    /// The hook that is (or would be) removed.
    pub hook: Hook,
    /// `Some` when the delete was tried: its result.
    pub written: Option<Result<(), TrackerError>>,
}

/// Finds hook `id` of `space` and, when `apply`, deletes it. `Ok(None)`: the
/// repository has no hook `id`.
pub async fn remove(
    hooks: &dyn Hooks,
    space: &Space,
    id: u64,
    apply: bool,
) -> Result<Option<Removal>, TrackerError> {
    let existing = hooks.list_hooks(space).await?;
    let Some(hook) = existing.into_iter().find(|h| h.id == id) else {
        return Ok(None);
    };
    let written = if apply {
        Some(match hooks.delete_hook(space, id).await {
            // Gone meanwhile: what was asked for.
            Err(TrackerError::NotFound) => Ok(()),
            other => other,
        })
    } else {
        None
    };
    Ok(Some(Removal { hook, written }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    fn hook(id: u64, url: &str, events: &[&str], active: bool, ct: &str) -> Hook {
        Hook {
            id,
            url: url.into(),
            events: strings(events),
            active,
            content_type: Some(ct.into()),
        }
    }

    const URL: &str = "https://hooks.example.com/webhook";

    #[test]
    fn urls_must_be_absolute_http_or_https() {
        for good in [URL, "http://127.0.0.1:8787/webhook"] {
            assert_eq!(url_problem(good), None, "{good}");
        }
        for bad in [
            "",
            "hooks.example.com/webhook",
            "ftp://h/webhook",
            "/webhook",
        ] {
            assert!(url_problem(bad).is_some(), "{bad:?} is refused");
        }
    }

    #[test]
    fn events_are_forge_event_names() {
        for good in ["issues", "issue_comment", "*", "pull_request_review"] {
            assert_eq!(event_problem(good), None, "{good}");
        }
        for bad in ["", "Issues", "issue comment", "issues,push", "push;"] {
            assert!(event_problem(bad).is_some(), "{bad:?} is refused");
        }
    }

    #[test]
    fn the_hook_of_a_url_is_created_updated_or_left_alone() {
        let spec = HookSpec {
            url: URL.into(),
            events: strings(&["issues", "issue_comment"]),
        };
        let both = ["issue_comment", "issues"];
        let other = hook(1, "https://elsewhere.example.com/", &both, true, "json");
        let cases: Vec<(Vec<Hook>, bool, Decision)> = vec![
            (vec![], false, Decision::Create),
            (vec![other.clone()], false, Decision::Create),
            (
                vec![other.clone(), hook(2, URL, &both, true, "json")],
                false,
                Decision::Unchanged { id: 2 },
            ),
            (
                vec![hook(2, URL, &both, true, "json")],
                true,
                Decision::Update {
                    id: 2,
                    changed: vec!["secret"],
                },
            ),
            (
                vec![hook(2, URL, &["push"], false, "form")],
                false,
                Decision::Update {
                    id: 2,
                    changed: vec!["events", "active", "content_type"],
                },
            ),
            // The first of two hooks with the URL is the one kept.
            (
                vec![
                    hook(3, URL, &both, true, "json"),
                    hook(4, URL, &both, true, "json"),
                ],
                false,
                Decision::Unchanged { id: 3 },
            ),
        ];
        for (existing, update_secret, want) in cases {
            assert_eq!(
                decide(&spec, &existing, update_secret),
                want,
                "{existing:?}"
            );
        }
    }
}
