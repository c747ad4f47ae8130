//! An agent's progress on an issue (PRODUCT §14): percent done, the stage it is
//! in, its last checkpoint, who said so and when.
//!
//! Kept with the issue itself so every agent sees it: on GitHub and Gitea as a
//! hidden block at the very end of the body,
//! `<!-- debussy-sync:progress {"percent":40,"stage":"impl",…} -->`; on Jira as
//! the issue property `debussy-sync.progress`; locally as the front-matter key
//! `progress: {percent: 40, stage: "impl", …}`.

use crate::tracker::IssueDetails;
use serde::{Deserialize, Serialize};

/// The start of the hidden block in an issue body.
pub const BLOCK_PREFIX: &str = "<!-- debussy-sync:progress ";
const BLOCK_SUFFIX: &str = " -->";
/// The Jira issue property holding it.
pub const JIRA_PROPERTY: &str = "debussy-sync.progress";

/// Progress as stored.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percent: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checkpoint: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<String>,
}

impl Progress {
    /// `self` with what `update` says put over it; the agent and time are the
    /// update's.
    pub fn updated_by(&self, update: &Progress) -> Progress {
        Progress {
            percent: update.percent.or(self.percent),
            stage: update.stage.clone().or_else(|| self.stage.clone()),
            checkpoint: update
                .checkpoint
                .clone()
                .or_else(|| self.checkpoint.clone()),
            agent: update.agent.clone(),
            at: update.at.clone(),
        }
    }

    /// One line for people: `40% · stage impl · checkpoint tests (agent-7, 2026-…)`.
    pub fn summary(&self) -> String {
        let mut parts = Vec::new();
        parts.extend(self.percent.map(|p| format!("{p}%")));
        parts.extend(self.stage.as_ref().map(|s| format!("stage {s}")));
        parts.extend(self.checkpoint.as_ref().map(|c| format!("checkpoint {c}")));
        let by: Vec<&str> = [&self.agent, &self.at]
            .into_iter()
            .filter_map(|v| v.as_deref())
            .collect();
        let mut out = parts.join(" · ");
        if !by.is_empty() {
            out.push_str(&format!(" ({})", by.join(", ")));
        }
        out
    }

    /// The front-matter value, a one-line YAML flow mapping:
    /// `{percent: 40, stage: "impl", checkpoint: "tests", agent: "ID", at: "…"}`.
    pub fn front_value(&self) -> String {
        let quote = |s: &String| serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into());
        let mut entries: Vec<String> = Vec::new();
        entries.extend(self.percent.map(|p| format!("percent: {p}")));
        for (key, value) in [
            ("stage", &self.stage),
            ("checkpoint", &self.checkpoint),
            ("agent", &self.agent),
            ("at", &self.at),
        ] {
            entries.extend(value.as_ref().map(|v| format!("{key}: {}", quote(v))));
        }
        format!("{{{}}}", entries.join(", "))
    }
}

/// The progress block at the end of `body`, if there is one.
pub fn from_body(body: &str) -> Option<Progress> {
    let (_, block) = split_block(body)?;
    serde_json::from_str(block).ok()
}

/// `body` without its progress block, and the block's JSON.
fn split_block(body: &str) -> Option<(&str, &str)> {
    let trimmed = body.trim_end();
    let start = trimmed.rfind(BLOCK_PREFIX)?;
    let json = trimmed[start + BLOCK_PREFIX.len()..].strip_suffix(BLOCK_SUFFIX)?;
    Some((&trimmed[..start], json))
}

/// `body` without the progress block (what people read).
pub fn without_block(body: &str) -> &str {
    split_block(body).map_or(body, |(text, _)| text.trim_end())
}

/// `body` with its progress block replaced by (or ended with) `progress`.
pub fn with_block(body: &str, progress: &Progress) -> String {
    let text = without_block(body).trim_end();
    let json = serde_json::to_string(progress).unwrap_or_else(|_| "{}".into());
    if text.is_empty() {
        format!("{BLOCK_PREFIX}{json}{BLOCK_SUFFIX}")
    } else {
        format!("{text}\n\n{BLOCK_PREFIX}{json}{BLOCK_SUFFIX}")
    }
}

/// The progress of an issue as the `issue` commands read it: the tracker's own
/// record (local front matter, Jira property), else the block in its body.
pub fn progress_of(details: &IssueDetails) -> Option<Progress> {
    details
        .progress
        .clone()
        .or_else(|| from_body(&details.body))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(percent: u8, stage: &str) -> Progress {
        Progress {
            percent: Some(percent),
            stage: Some(stage.into()),
            ..Progress::default()
        }
    }

    #[test]
    fn the_block_goes_at_the_end_of_the_body_and_replaces_the_last_one() {
        let cases = [
            (
                "",
                "<!-- debussy-sync:progress {\"percent\":40,\"stage\":\"impl\"} -->",
            ),
            (
                "Text.\n",
                "Text.\n\n<!-- debussy-sync:progress {\"percent\":40,\"stage\":\"impl\"} -->",
            ),
            (
                "Text.\n\n<!-- debussy-sync:progress {\"percent\":10} -->\n",
                "Text.\n\n<!-- debussy-sync:progress {\"percent\":40,\"stage\":\"impl\"} -->",
            ),
        ];
        for (body, want) in cases {
            let out = with_block(body, &p(40, "impl"));
            assert_eq!(out, want, "{body:?}");
            assert_eq!(from_body(&out), Some(p(40, "impl")));
            assert_eq!(
                without_block(&out),
                body.split("\n\n<!--").next().unwrap_or("").trim_end()
            );
        }
    }

    #[test]
    fn a_block_that_is_not_at_the_end_or_not_json_is_no_progress() {
        assert_eq!(
            from_body("<!-- debussy-sync:progress {\"percent\":1} -->\nmore"),
            None
        );
        assert_eq!(from_body("<!-- debussy-sync:progress {oops} -->"), None);
        assert_eq!(from_body("plain"), None);
    }

    #[test]
    fn an_update_keeps_what_it_does_not_say() {
        let before = Progress {
            checkpoint: Some("tests".into()),
            agent: Some("a".into()),
            ..p(10, "design")
        };
        let update = Progress {
            percent: Some(40),
            agent: Some("b".into()),
            at: Some("t".into()),
            ..Progress::default()
        };
        let after = before.updated_by(&update);
        assert_eq!(after.percent, Some(40));
        assert_eq!(after.stage.as_deref(), Some("design"));
        assert_eq!(after.checkpoint.as_deref(), Some("tests"));
        assert_eq!(after.agent.as_deref(), Some("b"));
        assert_eq!(
            after.summary(),
            "40% · stage design · checkpoint tests (b, t)"
        );
    }
}
