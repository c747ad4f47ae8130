//! Who may deliver: each source signs its deliveries its own way, and a delivery
//! is only believed when its signature checks out against our secret for that
//! source. Every comparison is constant-time (`ring::hmac::verify`), so timing
//! tells an attacker nothing about how close a guess was.

use octocrab::secrecy::{ExposeSecret, SecretString};
use ring::hmac;

/// Where a delivery comes from, told by its headers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    GitHub,
    Gitea,
    Jira,
    GitLab,
}

impl Source {
    pub const ALL: [Source; 4] = [Source::GitHub, Source::Gitea, Source::Jira, Source::GitLab];

    /// The name in metrics, reports and keyring accounts.
    pub fn as_str(self) -> &'static str {
        match self {
            Source::GitHub => "github",
            Source::Gitea => "gitea",
            Source::Jira => "jira",
            Source::GitLab => "gitlab",
        }
    }

    /// The environment variables holding this source's secret, in order.
    pub fn env_vars(self) -> &'static [&'static str] {
        match self {
            Source::GitHub => &["GITHUB_WEBHOOK_SECRET"],
            Source::Gitea => &["GITEA_WEBHOOK_SECRET", "FORGEJO_WEBHOOK_SECRET"],
            Source::Jira => &["JIRA_WEBHOOK_SECRET"],
            Source::GitLab => &["GITLAB_WEBHOOK_TOKEN"],
        }
    }

    /// The keyring account of this source's secret.
    pub fn keyring_account(self) -> String {
        format!("webhook:{}", self.as_str())
    }
}

/// The secret of each source, when there is one. `Debug` shows none of them.
#[derive(Default)]
pub struct Secrets {
    by_source: Vec<(Source, SecretString)>,
    /// Jira signs only when a secret is set: without one, its deliveries are
    /// believed only when the project uses Jira (`serve` says so when it starts).
    unsigned_jira: bool,
}

impl std::fmt::Debug for Secrets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list()
            .entries(self.by_source.iter().map(|(s, _)| s.as_str()))
            .finish()
    }
}

impl Secrets {
    /// Sets the secret of `source`.
    pub fn with(mut self, source: Source, secret: SecretString) -> Secrets {
        self.by_source.retain(|(s, _)| *s != source);
        self.by_source.push((source, secret));
        self
    }

    /// Believes unsigned Jira deliveries when Jira has no secret (`yes`: the
    /// project uses Jira).
    pub fn unsigned_jira(mut self, yes: bool) -> Secrets {
        self.unsigned_jira = yes;
        self
    }

    /// Whether a delivery from `source` without a secret is believed unsigned.
    pub fn unsigned_accepted(&self, source: Source) -> bool {
        source == Source::Jira && self.unsigned_jira && self.get(source).is_none()
    }

    /// The secret of `source`, if set.
    pub fn get(&self, source: Source) -> Option<&SecretString> {
        self.by_source
            .iter()
            .find(|(s, _)| *s == source)
            .map(|(_, v)| v)
    }
}

/// What the signature header of a delivery says, as received.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Signed<'a> {
    /// No signature header at all.
    Missing,
    /// `sha256=<hex>` (GitHub, Jira) or bare hex (Gitea, Forgejo).
    Hmac(&'a str),
    /// GitLab's shared token, sent as is.
    Token(&'a str),
}

/// Whether `signed` proves that `body` was sent by someone holding `secret`.
pub fn verify(secret: &SecretString, body: &[u8], signed: &Signed<'_>) -> bool {
    let key = secret.expose_secret().as_bytes();
    match signed {
        Signed::Missing => false,
        Signed::Hmac(text) => {
            let hexed = text.strip_prefix("sha256=").unwrap_or(text);
            let Ok(tag) = hex::decode(hexed.trim()) else {
                return false;
            };
            hmac::verify(&hmac::Key::new(hmac::HMAC_SHA256, key), body, &tag).is_ok()
        }
        Signed::Token(token) => {
            // Constant-time equality of two strings: compare their HMACs under a
            // fresh key, so that neither length nor content leaks through timing.
            let rng = ring::rand::SystemRandom::new();
            let Ok(check) = hmac::Key::generate(hmac::HMAC_SHA256, &rng) else {
                return false;
            };
            let expected = hmac::sign(&check, key);
            hmac::verify(&check, token.as_bytes(), expected.as_ref()).is_ok()
        }
    }
}

/// `sha256=<hex>` of `body` under `secret`: what a source sends (tests, benches).
pub fn sign(secret: &str, body: &[u8]) -> String {
    let key = hmac::Key::new(hmac::HMAC_SHA256, secret.as_bytes());
    format!("sha256={}", hex::encode(hmac::sign(&key, body).as_ref()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "It's a Secret to Everybody";
    const VECTOR: &str = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";

    fn secret() -> SecretString {
        SecretString::from(SECRET.to_string())
    }

    #[test]
    fn githubs_published_test_vector_verifies() {
        assert_eq!(sign(SECRET, b"Hello, World!"), VECTOR);
        assert!(verify(&secret(), b"Hello, World!", &Signed::Hmac(VECTOR)));
    }

    #[test]
    fn a_flipped_byte_in_body_or_signature_fails() {
        assert!(!verify(&secret(), b"Hello, World?", &Signed::Hmac(VECTOR)));
        let mut flipped = VECTOR.to_string();
        flipped.replace_range(20..21, "f");
        assert_ne!(flipped, VECTOR);
        assert!(!verify(
            &secret(),
            b"Hello, World!",
            &Signed::Hmac(&flipped)
        ));
        assert!(!verify(
            &secret(),
            b"Hello, World!",
            &Signed::Hmac("sha256=zz")
        ));
        assert!(!verify(&secret(), b"Hello, World!", &Signed::Missing));
    }

    #[test]
    fn gitea_sends_bare_hex() {
        let bare = VECTOR.trim_start_matches("sha256=");
        assert!(verify(&secret(), b"Hello, World!", &Signed::Hmac(bare)));
    }

    #[test]
    fn gitlab_token_must_match_exactly() {
        assert!(verify(&secret(), b"", &Signed::Token(SECRET)));
        assert!(!verify(
            &secret(),
            b"",
            &Signed::Token("It's a Secret to Everybod")
        ));
        assert!(!verify(&secret(), b"", &Signed::Token("")));
    }

    #[test]
    fn debug_shows_which_sources_have_a_secret_never_the_secret() {
        let s = Secrets::default().with(Source::GitHub, secret());
        let shown = format!("{s:?}");
        assert!(
            shown.contains("github") && !shown.contains("Secret"),
            "{shown}"
        );
    }
}
