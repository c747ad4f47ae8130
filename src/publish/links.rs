//! Writing a published issue's link back into a plan file: one inserted
//! `**GitHub Issues:** #12` line, every other byte as it was, the file's line
//! endings kept, written atomically inside the repository.

use crate::plan::{PlanError, RepoRoot};
use std::path::Path;

/// `text` with `line` inserted into its header: after the last `**Key:** value`
/// line before the first rule or section heading, else after the title, else at
/// the top (after front matter). `None` when the text already holds `line`.
pub fn with_link_line(text: &str, line: &str) -> Option<String> {
    if text.lines().any(|l| l.trim() == line) {
        return None;
    }
    let ending = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let pieces: Vec<&str> = text.split_inclusive('\n').collect();
    let start = front_matter_end(&pieces);
    let mut after_key = None;
    let mut title = None;
    for (i, piece) in pieces.iter().enumerate().skip(start) {
        let t = piece.trim();
        if t == "---" || t.starts_with("## ") {
            break;
        }
        if t.starts_with("**") && t.contains(":**") {
            after_key = Some(i);
        } else if t.starts_with("# ") && title.is_none() {
            title = Some(i);
        }
    }
    let (at, insert) = match (after_key, title) {
        (Some(i), _) => (i + 1, format!("{line}{ending}")),
        (None, Some(i)) => (i + 1, format!("{ending}{line}{ending}")),
        (None, None) => (start, format!("{line}{ending}{ending}")),
    };
    let mut out = String::with_capacity(text.len() + insert.len() + 2);
    for (i, piece) in pieces.iter().enumerate() {
        if i == at {
            out.push_str(&insert);
        }
        // The line before the insertion point may lack its ending (end of file).
        if i + 1 == at && !piece.ends_with('\n') {
            out.push_str(piece);
            out.push_str(ending);
            continue;
        }
        out.push_str(piece);
    }
    if at >= pieces.len() {
        if !out.is_empty() && !out.ends_with('\n') {
            out.push_str(ending);
        }
        out.push_str(&insert);
    }
    Some(out)
}

/// The index of the first line after a leading `---` front matter block (0 when
/// there is none).
fn front_matter_end(pieces: &[&str]) -> usize {
    if pieces.first().map(|p| p.trim()) != Some("---") {
        return 0;
    }
    pieces
        .iter()
        .skip(1)
        .position(|p| p.trim() == "---")
        .map_or(0, |i| i + 2)
}

/// Inserts `line` into the plan file at `path` (relative to, and confined inside,
/// the repository `root`). Returns whether the file changed.
pub fn insert(root: &Path, path: &Path, line: &str) -> Result<bool, PlanError> {
    let io = |e: std::io::Error| PlanError::Io {
        path: path.display().to_string(),
        reason: crate::error::io_reason(&e),
    };
    let boundary = RepoRoot::new(root).map_err(io)?;
    let real = boundary.confine(path).map_err(|outside| PlanError::Io {
        path: path.display().to_string(),
        reason: format!(
            "it leads outside the repository (to {}); nothing was written",
            outside.real.display()
        ),
    })?;
    let text = std::fs::read_to_string(&real).map_err(io)?;
    match with_link_line(&text, line) {
        None => Ok(false),
        Some(edited) => crate::atomic::write(&real, &edited)
            .map(|()| true)
            .map_err(io),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LINE: &str = "**GitHub Issues:** #12";

    #[test]
    fn the_line_goes_after_the_header_keys_and_nothing_else_changes() {
        let text = "# Phase 1: X\n\n**Status:** Pending\n**Depends On:** N/A\n\n---\n\n## Overview\n**Note:** body\n";
        let out = with_link_line(text, LINE).expect("inserted");
        assert_eq!(
            out,
            "# Phase 1: X\n\n**Status:** Pending\n**Depends On:** N/A\n**GitHub Issues:** #12\n\n---\n\n## Overview\n**Note:** body\n"
        );
        assert_eq!(with_link_line(&out, LINE), None, "once only");
    }

    #[test]
    fn crlf_files_keep_crlf() {
        let out = with_link_line("# T\r\n**Status:** Pending\r\nbody\r\n", LINE).expect("inserted");
        assert_eq!(
            out,
            "# T\r\n**Status:** Pending\r\n**GitHub Issues:** #12\r\nbody\r\n"
        );
    }

    #[test]
    fn without_keys_the_line_follows_the_title_or_the_front_matter() {
        assert_eq!(
            with_link_line("# T\nbody", LINE).as_deref(),
            Some("# T\n\n**GitHub Issues:** #12\nbody")
        );
        assert_eq!(
            with_link_line("---\na: 1\n---\nbody\n", LINE).as_deref(),
            Some("---\na: 1\n---\n**GitHub Issues:** #12\n\nbody\n")
        );
        assert_eq!(
            with_link_line("**Status:** x", LINE).as_deref(),
            Some("**Status:** x\n**GitHub Issues:** #12\n")
        );
        assert_eq!(
            with_link_line("", LINE).as_deref(),
            Some("**GitHub Issues:** #12\n\n")
        );
    }
}
