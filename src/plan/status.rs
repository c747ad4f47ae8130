//! Phase statuses and the many ways plans spell them.

use std::fmt;

/// The lifecycle of a phase, as Debussy defines it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PhaseStatus {
    Pending,
    Running,
    Validating,
    AwaitingHuman,
    Completed,
    Failed,
    Blocked,
}

impl PhaseStatus {
    /// Reads a status as written in a plan table or Debussy's database:
    /// case-insensitive, multi-word, with or without emoji. `None` if unknown.
    pub fn parse(text: &str) -> Option<PhaseStatus> {
        let trimmed = text.trim().trim_matches('*').trim();
        let words: String = trimmed
            .chars()
            .filter(|c| c.is_alphanumeric() || c.is_whitespace() || *c == '_' || *c == '-')
            .collect::<String>()
            .trim()
            .to_lowercase()
            .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join("_");
        let status = match words.as_str() {
            "" => return emoji_status(trimmed),
            "pending" | "not_started" | "todo" | "to_do" | "planned" => PhaseStatus::Pending,
            "in_progress" | "running" | "started" | "active" | "wip" => PhaseStatus::Running,
            "validating" | "in_validation" => PhaseStatus::Validating,
            "awaiting" | "awaiting_human" | "awaiting_input" => PhaseStatus::AwaitingHuman,
            "complete" | "completed" | "done" | "finished" => PhaseStatus::Completed,
            "failed" | "failure" | "error" => PhaseStatus::Failed,
            "blocked" => PhaseStatus::Blocked,
            _ => return None,
        };
        Some(status)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            PhaseStatus::Pending => "pending",
            PhaseStatus::Running => "running",
            PhaseStatus::Validating => "validating",
            PhaseStatus::AwaitingHuman => "awaiting_human",
            PhaseStatus::Completed => "completed",
            PhaseStatus::Failed => "failed",
            PhaseStatus::Blocked => "blocked",
        }
    }

    /// True once the phase has been picked up (anything but pending).
    pub fn has_started(self) -> bool {
        self != PhaseStatus::Pending
    }
}

fn emoji_status(text: &str) -> Option<PhaseStatus> {
    match text.chars().next()? {
        '✅' | '✔' | '☑' => Some(PhaseStatus::Completed),
        '❌' | '✖' => Some(PhaseStatus::Failed),
        '🔄' | '🚧' | '▶' => Some(PhaseStatus::Running),
        '⏳' | '⏸' => Some(PhaseStatus::Pending),
        '⛔' | '🚫' => Some(PhaseStatus::Blocked),
        _ => None,
    }
}

impl fmt::Display for PhaseStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::PhaseStatus::*;
    use super::*;

    #[test]
    fn multi_word_emoji_and_case_variants() {
        for (text, want) in [
            ("Pending", Pending),
            ("In Progress", Running),
            ("in_progress", Running),
            ("RUNNING", Running),
            ("✅ Done", Completed),
            ("✅", Completed),
            ("**Complete**", Completed),
            ("Awaiting", AwaitingHuman),
            ("❌ Failed", Failed),
            ("Blocked", Blocked),
            ("validating", Validating),
        ] {
            assert_eq!(PhaseStatus::parse(text), Some(want), "{text}");
        }
        assert_eq!(PhaseStatus::parse("Someday"), None);
    }
}
