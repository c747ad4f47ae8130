//! The one error type commands return: a message, a hint and an exit code.

use crate::config::ConfigError;
use crate::plan::PlanError;
use crate::store::StoreError;

/// Exit codes (PRODUCT §7).
pub mod exit {
    pub const OK: i32 = 0;
    pub const FAILURE: i32 = 1;
    pub const INPUT: i32 = 2;
    pub const PARTIAL: i32 = 3;
    pub const REFUSED: i32 = 4;
    pub const DRIFT: i32 = 5;
    /// Conflicts left unresolved (`issue sync`).
    pub const CONFLICT: i32 = 6;
}

/// A failure shown to the user as `error: …` and `hint: …`.
#[derive(Debug)]
pub struct CliError {
    pub message: String,
    pub hint: Option<String>,
    pub code: i32,
}

impl CliError {
    pub fn new(code: i32, message: impl Into<String>) -> CliError {
        CliError {
            message: message.into(),
            hint: None,
            code,
        }
    }

    /// Invalid input (exit 2).
    pub fn input(message: impl Into<String>) -> CliError {
        CliError::new(exit::INPUT, message)
    }

    pub fn hint(mut self, hint: impl Into<String>) -> CliError {
        self.hint = Some(hint.into());
        self
    }
}

impl From<ConfigError> for CliError {
    fn from(e: ConfigError) -> CliError {
        CliError::input(e.to_string())
            .hint("fix the value, then run `gh debussy-sync config validate`")
    }
}

impl From<PlanError> for CliError {
    fn from(e: PlanError) -> CliError {
        let hint = match &e {
            PlanError::Reference { .. } => {
                format!("accepted forms: {}", crate::refs::accepted_forms())
            }
            PlanError::Invalid { .. } => {
                "fix the plan file, then run `gh debussy-sync plan check`".into()
            }
            PlanError::Io { .. } => "pass the master plan with --plan PATH".into(),
        };
        CliError::input(e.to_string()).hint(hint)
    }
}

impl From<StoreError> for CliError {
    fn from(e: StoreError) -> CliError {
        CliError::new(exit::FAILURE, format!("state database: {e}"))
            .hint("check that .debussy/ is writable; concurrent runs wait for each other")
    }
}

/// What went wrong with a file, in words: no operating-system error number, no
/// capitalized library phrasing (`no such file or directory`, `permission denied`).
pub fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::NotFound => "no such file or directory".into(),
        ErrorKind::PermissionDenied => "permission denied".into(),
        ErrorKind::InvalidData => "it is not UTF-8 text".into(),
        ErrorKind::IsADirectory => "it is a directory".into(),
        _ => {
            let text = e.to_string();
            let text = match text.rfind(" (os error ") {
                Some(i) => text[..i].to_string(),
                None => text,
            };
            let mut chars = text.chars();
            match chars.next() {
                Some(first) => first.to_lowercase().chain(chars).collect(),
                None => text,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::io_reason;
    use std::io::{Error, ErrorKind};

    #[test]
    fn io_reasons_carry_no_os_error_number() {
        let missing = std::fs::read("/nonexistent/file").unwrap_err();
        assert_eq!(io_reason(&missing), "no such file or directory");
        let other = Error::from_raw_os_error(28);
        let text = io_reason(&other);
        assert!(!text.contains("os error"), "{text}");
        assert!(text.starts_with(char::is_lowercase), "{text}");
        assert_eq!(
            io_reason(&Error::new(ErrorKind::InvalidData, "x")),
            "it is not UTF-8 text"
        );
    }
}
