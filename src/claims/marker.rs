//! The claim comment: a line for people and the hidden marker that carries the
//! claim, `<!-- debussy-sync:claim agent="ID" expires="RFC3339" nonce="…" -->`.

use super::model::{rfc3339, Claim};
use jiff::Timestamp;

/// What every claim marker starts with (the text looked for among comments).
pub const PREFIX: &str = "<!-- debussy-sync:claim ";

/// The comment body of `claim`; `nonce` tells two claims of one agent apart.
pub fn render(claim: &Claim, nonce: &str) -> String {
    let expires = rfc3339(claim.expires);
    format!(
        "Claimed by `{}` until {expires}.\n\n{PREFIX}agent=\"{}\" expires=\"{expires}\" nonce=\"{}\" -->",
        claim.agent.replace('`', "'"),
        escape(&claim.agent),
        escape(nonce)
    )
}

/// The claim a comment body carries, if any.
pub fn parse(body: &str) -> Option<Claim> {
    let start = body.find(PREFIX)? + PREFIX.len();
    let rest = &body[start..];
    let attrs = &rest[..rest.find("-->")?];
    let agent = unescape(attribute(attrs, "agent")?);
    let expires: Timestamp = attribute(attrs, "expires")?.parse().ok()?;
    (!agent.is_empty()).then_some(Claim {
        agent,
        claimed: None,
        expires,
    })
}

/// The nonce of a claim comment.
pub fn nonce(body: &str) -> Option<String> {
    let start = body.find(PREFIX)? + PREFIX.len();
    let rest = &body[start..];
    attribute(&rest[..rest.find("-->")?], "nonce").map(unescape)
}

fn attribute<'a>(attrs: &'a str, name: &str) -> Option<&'a str> {
    let key = format!("{name}=\"");
    let from = attrs.find(&key)? + key.len();
    let len = attrs[from..].find('"')?;
    Some(&attrs[from..from + len])
}

/// Agent ids are free text: the characters that would end the attribute or the
/// HTML comment are percent-escaped.
fn escape(text: &str) -> String {
    text.replace('%', "%25")
        .replace('"', "%22")
        .replace('>', "%3E")
}

fn unescape(text: &str) -> String {
    text.replace("%3E", ">")
        .replace("%22", "\"")
        .replace("%25", "%")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_claim_travels_through_its_comment() {
        let claim = Claim {
            agent: "bot \"7\" -->%".into(),
            claimed: None,
            expires: "2026-01-02T03:04:05Z".parse().unwrap(),
        };
        let body = render(&claim, "n1");
        assert!(body.contains("expires=\"2026-01-02T03:04:05Z\""));
        assert_eq!(parse(&body), Some(claim));
        assert_eq!(nonce(&body).as_deref(), Some("n1"));
        // Signed by the agent afterwards: still read.
        let signed = format!("{body}\n<!-- debussy-sync:agent x -->");
        assert!(parse(&signed).is_some());
    }

    #[test]
    fn comments_without_a_valid_marker_carry_no_claim() {
        assert_eq!(parse("just a comment"), None);
        assert_eq!(
            parse("<!-- debussy-sync:claim agent=\"a\" expires=\"tomorrow\" -->"),
            None
        );
        assert_eq!(
            parse("<!-- debussy-sync:claim agent=\"\" expires=\"2026-01-02T03:04:05Z\" -->"),
            None
        );
    }
}
