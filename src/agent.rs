//! Who is acting: the agent identity (PRODUCT §14) that every comment we write and
//! every journal entry records, and that claims are held by.
//!
//! Sources, first found wins: `GH_DEBUSSY_SYNC_AGENT`, the issue facade's
//! `ISSUE_AGENT_ID`, the config's `agent.id`, then `user@host`. The type comes from
//! `ISSUE_AGENT_TYPE`, else `agent.type`; capabilities only from the config.

use serde::Serialize;

/// The `agent:` section of the configuration.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct AgentConfig {
    pub id: Option<String>,
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub capabilities: Vec<String>,
}

/// What the environment says about the agent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AgentEnv {
    /// `GH_DEBUSSY_SYNC_AGENT`.
    pub ours: Option<String>,
    /// `ISSUE_AGENT_ID`.
    pub facade_id: Option<String>,
    /// `ISSUE_AGENT_TYPE`.
    pub facade_type: Option<String>,
    /// The login name (`USER`/`USERNAME`).
    pub user: Option<String>,
    /// The host name.
    pub host: Option<String>,
}

/// Where the agent id came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AgentSource {
    /// `GH_DEBUSSY_SYNC_AGENT`.
    Env,
    /// `ISSUE_AGENT_ID`.
    FacadeEnv,
    /// `agent.id` in the configuration.
    Config,
    /// `user@host`.
    Default,
}

impl AgentSource {
    pub fn describe(self) -> &'static str {
        match self {
            AgentSource::Env => "GH_DEBUSSY_SYNC_AGENT",
            AgentSource::FacadeEnv => "ISSUE_AGENT_ID",
            AgentSource::Config => "agent.id in the configuration",
            AgentSource::Default => "user@host",
        }
    }
}

/// The agent this process acts as.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Agent {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub capabilities: Vec<String>,
    pub source: AgentSource,
}

impl Agent {
    /// The agent of this environment and configuration (the environment wins).
    pub fn resolve(env: &AgentEnv, config: &AgentConfig) -> Agent {
        let (id, source) = if let Some(id) = set(&env.ours) {
            (id.to_string(), AgentSource::Env)
        } else if let Some(id) = set(&env.facade_id) {
            (id.to_string(), AgentSource::FacadeEnv)
        } else if let Some(id) = set(&config.id) {
            (id.to_string(), AgentSource::Config)
        } else {
            let user = set(&env.user).unwrap_or("agent");
            let host = set(&env.host).unwrap_or("localhost");
            (format!("{user}@{host}"), AgentSource::Default)
        };
        Agent {
            id,
            kind: set(&env.facade_type)
                .or(set(&config.kind))
                .map(str::to_string),
            capabilities: config.capabilities.clone(),
            source,
        }
    }

    /// The hidden line that signs a comment we write with the agent id; trackers
    /// that do not render HTML comments get it as text in brackets (the same way
    /// markers are carried).
    pub fn signature(&self) -> String {
        format!("<!-- debussy-sync:agent {} -->", escape(&self.id))
    }

    /// `body` with the signature at its end.
    pub fn sign(&self, body: &str) -> String {
        format!("{}\n\n{}", body.trim_end(), self.signature())
    }
}

/// The agent id a signed comment names, if it is signed.
pub fn signer(body: &str) -> Option<String> {
    let start = body.find("debussy-sync:agent ")? + "debussy-sync:agent ".len();
    let rest = &body[start..];
    let end = rest.find([' ', ']', '\n']).unwrap_or(rest.len());
    let id = rest[..end].trim_end_matches("-->").trim();
    (!id.is_empty()).then(|| id.to_string())
}

/// `body` without its trailing agent signature, and the agent it names.
pub fn split_signature(body: &str) -> Option<(String, String)> {
    let trimmed = body.trim_end();
    let last = trimmed.rsplit('\n').next()?;
    let agent = signer(last)?;
    let is_signature = last.starts_with("<!-- debussy-sync:agent ")
        || last.starts_with("[debussy-sync:agent ")
        || last.starts_with("\\[debussy-sync:agent ");
    is_signature.then(|| {
        (
            trimmed[..trimmed.len() - last.len()].trim_end().to_string(),
            agent,
        )
    })
}

/// A value that is set and not blank, trimmed.
fn set(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// An agent id inside an HTML comment: no spaces, no `--`.
fn escape(id: &str) -> String {
    id.chars()
        .map(|c| if c.is_whitespace() { '_' } else { c })
        .collect::<String>()
        .replace("--", "-_")
}

/// The name of this machine, for the default `user@host`.
pub fn host_name(var: impl Fn(&str) -> Option<String>) -> Option<String> {
    if let Some(name) = var("HOSTNAME").filter(|h| !h.trim().is_empty()) {
        return Some(name.trim().to_string());
    }
    #[cfg(unix)]
    {
        let mut buf = [0u8; 256];
        // SAFETY: the buffer is valid for its length; gethostname writes at most that.
        let rc = unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) };
        if rc == 0 {
            let end = buf.iter().position(|b| *b == 0).unwrap_or(buf.len());
            let name = String::from_utf8_lossy(&buf[..end]).trim().to_string();
            if !name.is_empty() {
                return Some(name);
            }
        }
    }
    var("COMPUTERNAME")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(ours: Option<&str>, facade: Option<&str>, kind: Option<&str>) -> AgentEnv {
        AgentEnv {
            ours: ours.map(str::to_string),
            facade_id: facade.map(str::to_string),
            facade_type: kind.map(str::to_string),
            user: Some("ana".into()),
            host: Some("box".into()),
        }
    }

    fn config(id: Option<&str>, kind: Option<&str>) -> AgentConfig {
        AgentConfig {
            id: id.map(str::to_string),
            kind: kind.map(str::to_string),
            capabilities: vec!["rust".into()],
        }
    }

    #[test]
    fn the_environment_beats_the_config_and_ours_beats_the_facade() {
        let cases = [
            (
                env(Some("a1"), Some("f1"), None),
                config(Some("c1"), None),
                "a1",
                AgentSource::Env,
            ),
            (
                env(None, Some("f1"), None),
                config(Some("c1"), None),
                "f1",
                AgentSource::FacadeEnv,
            ),
            (
                env(Some(" "), None, None),
                config(Some("c1"), None),
                "c1",
                AgentSource::Config,
            ),
            (
                env(None, None, None),
                config(None, None),
                "ana@box",
                AgentSource::Default,
            ),
        ];
        for (e, c, id, source) in cases {
            let agent = Agent::resolve(&e, &c);
            assert_eq!((agent.id.as_str(), agent.source), (id, source));
            assert_eq!(agent.capabilities, ["rust"]);
        }
    }

    #[test]
    fn the_facade_type_beats_the_configured_type() {
        let agent = Agent::resolve(&env(None, None, Some("claude")), &config(None, Some("ci")));
        assert_eq!(agent.kind.as_deref(), Some("claude"));
        let agent = Agent::resolve(&env(None, None, None), &config(None, Some("ci")));
        assert_eq!(agent.kind.as_deref(), Some("ci"));
    }

    #[test]
    fn a_signed_comment_names_its_agent() {
        let agent = Agent::resolve(
            &env(Some("worker 7--x"), None, None),
            &AgentConfig::default(),
        );
        let body = agent.sign("Done.\n");
        assert!(body.starts_with("Done.\n\n<!-- debussy-sync:agent worker_7-_x -->"));
        assert_eq!(signer(&body).as_deref(), Some("worker_7-_x"));
        assert_eq!(
            signer("[debussy-sync:agent bot-1]").as_deref(),
            Some("bot-1")
        );
        assert_eq!(signer("no signature"), None);
        assert_eq!(
            split_signature(&body),
            Some(("Done.".to_string(), "worker_7-_x".to_string()))
        );
        assert_eq!(
            split_signature("Done.\n\n[debussy-sync:agent a1]\n").map(|s| s.1),
            Some("a1".into())
        );
        assert_eq!(
            split_signature("Done.\n<!-- debussy-sync:agent a1 -->\nmore"),
            None
        );
    }
}
