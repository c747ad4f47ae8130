//! Text given on the command line for a body or a comment: inline, from a file
//! (`--body-file FILE`), or from standard input (`-`). `issue` and `jira` read it
//! the same way, so a script can pipe a comment into either.

use crate::error::{exit, CliError};
use clap::Args;
use std::io::Read;
use std::path::{Path, PathBuf};

/// `--body TEXT | --body-file FILE|-`, for the commands whose body is optional.
#[derive(Debug, Args)]
pub struct BodyArgs {
    /// The text.
    #[arg(long, value_name = "TEXT", conflicts_with = "body_file")]
    pub body: Option<String>,
    /// Read the text from a file (`-` for standard input).
    #[arg(long, value_name = "FILE")]
    pub body_file: Option<PathBuf>,
}

impl BodyArgs {
    /// The text given, if any; a relative file is read from `cwd`.
    pub fn read(&self, cwd: &Path) -> Result<Option<String>, CliError> {
        read_body(cwd, self.body.as_deref(), self.body_file.as_deref())
    }
}

/// `--body` as given, else `--body-file` read (`-`: standard input), else `None`.
pub fn read_body(
    cwd: &Path,
    body: Option<&str>,
    body_file: Option<&Path>,
) -> Result<Option<String>, CliError> {
    match (body, body_file) {
        (Some(b), _) => Ok(Some(b.to_string())),
        (None, Some(f)) if f.as_os_str() == "-" => read_stdin().map(Some),
        (None, Some(f)) => std::fs::read_to_string(cwd.join(f)).map(Some).map_err(|e| {
            CliError::input(format!(
                "--body-file {}: {}",
                f.display(),
                crate::error::io_reason(&e)
            ))
        }),
        (None, None) => Ok(None),
    }
}

/// A text option's value, where `-` reads standard input.
pub fn text_arg(value: &str) -> Result<String, CliError> {
    if value == "-" {
        read_stdin()
    } else {
        Ok(value.to_string())
    }
}

/// The text of a comment to post: only white space is an input error.
pub fn comment_text(text: String) -> Result<String, CliError> {
    if text.trim().is_empty() {
        return Err(
            CliError::input("the comment is empty").hint("pass --body TEXT or --body-file FILE")
        );
    }
    Ok(text)
}

fn read_stdin() -> Result<String, CliError> {
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text).map_err(|e| {
        CliError::new(
            exit::FAILURE,
            format!(
                "cannot read standard input: {}",
                crate::error::io_reason(&e)
            ),
        )
    })?;
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_body_wins_over_nothing_else_given() {
        let text = read_body(Path::new("/"), Some("hello"), None)
            .ok()
            .flatten();
        assert_eq!(text.as_deref(), Some("hello"));
    }

    #[test]
    fn body_file_is_read_relative_to_the_working_directory() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("notes.md"), "from a file").unwrap();
        let text = read_body(dir.path(), None, Some(Path::new("notes.md")));
        assert_eq!(text.ok().flatten().as_deref(), Some("from a file"));
    }

    #[test]
    fn missing_body_file_is_an_input_error_naming_the_flag_and_file() {
        let dir = tempfile::tempdir().unwrap();
        let err = read_body(dir.path(), None, Some(Path::new("missing.md"))).unwrap_err();
        assert_eq!(err.code, exit::INPUT);
        assert!(
            err.message.starts_with("--body-file missing.md: "),
            "{}",
            err.message
        );
    }

    #[test]
    fn no_body_at_all_is_none() {
        assert!(matches!(read_body(Path::new("/"), None, None), Ok(None)));
    }

    #[test]
    fn blank_comment_is_an_input_error_with_a_hint() {
        for text in ["", " \n"] {
            let err = comment_text(text.to_string()).unwrap_err();
            assert_eq!(err.code, exit::INPUT);
            assert_eq!(err.message, "the comment is empty");
            assert!(err.hint.is_some());
        }
        assert_eq!(comment_text("ok".into()).ok().as_deref(), Some("ok"));
    }
}
