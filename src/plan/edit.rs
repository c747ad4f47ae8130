//! Minimal, atomic edits of plan files: the Status cell of one row of the master
//! table, and a phase file's `**Status:**` line. Every other byte stays as it was;
//! the new text is written to a temporary file and renamed into place, at the
//! path the file really has (a symlink inside the repository stays a symlink).

use super::{Phase, PlanError, RepoRoot};
use std::path::Path;

/// `line` with the text of cell `column` (0-based, between pipes) replaced by
/// `value`; the cell's surrounding spaces are kept. `None` if the row has no such
/// cell.
pub fn with_cell(line: &str, column: usize, value: &str) -> Option<String> {
    let pipes: Vec<usize> = line
        .char_indices()
        .filter(|(i, c)| *c == '|' && !line[..*i].ends_with('\\'))
        .map(|(i, _)| i)
        .collect();
    let (start, end) = (*pipes.get(column)? + 1, *pipes.get(column + 1)?);
    let cell = &line[start..end];
    let lead = cell.len() - cell.trim_start().len();
    let trail = cell.len() - cell.trim_end().len();
    Some(format!(
        "{}{}{}{}{}",
        &line[..start],
        &cell[..lead],
        value,
        &cell[cell.len() - trail..],
        &line[end..]
    ))
}

/// Replaces line `number` (1-based) of `text`, keeping its line ending and every
/// other byte.
fn replace_line(
    text: &str,
    number: usize,
    f: impl FnOnce(&str) -> Option<String>,
) -> Option<String> {
    let mut out = String::with_capacity(text.len() + 16);
    let mut done = false;
    let mut f = Some(f);
    for (i, piece) in text.split_inclusive('\n').enumerate() {
        if i + 1 == number {
            let body = piece.trim_end_matches(['\n', '\r']);
            let ending = &piece[body.len()..];
            out.push_str(&f.take()?(body)?);
            out.push_str(ending);
            done = true;
        } else {
            out.push_str(piece);
        }
    }
    done.then_some(out)
}

/// Sets a phase's status in the master table (its row's Status cell) and, when its
/// phase file has a `**Status:**` line, there too. Each file is judged again right
/// before it is read and written: one that now leads outside the repository `root`
/// (swapped for a symlink since the plan was read) is refused, and nothing is
/// written there.
pub fn set_phase_status(
    root: &Path,
    master: &Path,
    phase: &Phase,
    word: &str,
) -> Result<(), PlanError> {
    let boundary = RepoRoot::new(root).map_err(|e| io(root, e))?;
    let inside = |path: &Path| {
        boundary
            .confine(path)
            .map_err(|outside| PlanError::Invalid {
                location: phase.location.clone(),
                message: format!(
                    "phase {}: {} now leads outside the repository (to {}); it was not written",
                    phase.id,
                    path.display(),
                    outside.real.display()
                ),
            })
    };
    // Both files are judged before either is written, and again right before each
    // write.
    let file = phase.file.as_deref().map(inside).transpose()?;
    let text = std::fs::read_to_string(inside(master)?).map_err(|e| io(master, e))?;
    // Both files are read before either is written: an unreadable phase file
    // leaves the master table as it was.
    let phase_text = match (&file, &phase.file) {
        (Some(real), Some(shown)) => Some(std::fs::read_to_string(real).map_err(|e| io(shown, e))?),
        _ => None,
    };
    let edited = replace_line(&text, phase.location.line, |row| {
        with_cell(row, phase.status_column, word)
    })
    .ok_or_else(|| PlanError::Invalid {
        location: phase.location.clone(),
        message: format!("phase {}: the row's Status cell cannot be found", phase.id),
    })?;
    if edited != text {
        crate::atomic::write(&inside(master)?, &edited).map_err(|e| io(master, e))?;
    }
    let Some(text) = phase_text else {
        return Ok(());
    };
    if let (Some(edited), Some(file)) = (
        with_status_line(&text, word).filter(|e| *e != text),
        &phase.file,
    ) {
        crate::atomic::write(&inside(file)?, &edited).map_err(|e| io(file, e))?;
    }
    Ok(())
}

fn io(path: &Path, e: std::io::Error) -> PlanError {
    PlanError::Io {
        path: path.display().to_string(),
        reason: crate::error::io_reason(&e),
    }
}

/// A phase file's text with its first `**Status:**` line saying `word`; `None`
/// when it has no such line.
fn with_status_line(text: &str, word: &str) -> Option<String> {
    let number = text
        .lines()
        .position(|l| l.trim_start().starts_with("**Status:**"))?
        + 1;
    replace_line(text, number, |l| {
        let at = l.find("**Status:**")? + "**Status:**".len();
        Some(format!("{} {word}", &l[..at]))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_cell_text_changes() {
        let row = "| 2 | [API](phase-2.md) | x | Low |  In Progress  |";
        assert_eq!(
            with_cell(row, 4, "Completed").unwrap(),
            "| 2 | [API](phase-2.md) | x | Low |  Completed  |"
        );
        assert_eq!(with_cell("| 1 | a |", 5, "x"), None);
    }

    /// A repository with a one-phase plan whose phase file is `plans/sub/phase-1.md`,
    /// and a directory outside it holding a file of the same name.
    struct Setup {
        _dir: tempfile::TempDir,
        repo: std::path::PathBuf,
        outside: std::path::PathBuf,
        phase: Phase,
    }

    const PHASE_TEXT: &str = "# P Phase 1: One\n\n**Status:** Pending\n";

    fn setup() -> Setup {
        let dir = tempfile::tempdir().unwrap();
        let (repo, outside) = (dir.path().join("repo"), dir.path().join("outside"));
        std::fs::create_dir_all(repo.join("plans/sub")).unwrap();
        std::fs::create_dir_all(&outside).unwrap();
        std::fs::write(
            repo.join("plans/MASTER_PLAN.md"),
            "# P\n| Phase | Title | Status |\n|---|---|---|\n| 1 | [One](sub/phase-1.md) | Pending |\n",
        )
        .unwrap();
        std::fs::write(repo.join("plans/sub/phase-1.md"), PHASE_TEXT).unwrap();
        std::fs::write(outside.join("phase-1.md"), PHASE_TEXT).unwrap();
        let phase = Phase {
            id: "1".into(),
            title: "One".into(),
            file: Some(repo.join("plans/sub/phase-1.md")),
            table_status: super::super::PhaseStatus::Pending,
            depends_on: Vec::new(),
            location: super::super::Location {
                file: "plans/MASTER_PLAN.md".into(),
                line: 4,
            },
            status_column: 2,
            unreadable: false,
        };
        Setup {
            _dir: dir,
            repo,
            outside,
            phase,
        }
    }

    fn set_completed(s: &Setup) -> Result<(), PlanError> {
        set_phase_status(
            &s.repo,
            &s.repo.join("plans/MASTER_PLAN.md"),
            &s.phase,
            "Completed",
        )
    }

    #[test]
    fn both_files_are_edited_in_place() {
        let s = setup();
        set_completed(&s).unwrap();
        let master = std::fs::read_to_string(s.repo.join("plans/MASTER_PLAN.md")).unwrap();
        assert!(master.ends_with("| 1 | [One](sub/phase-1.md) | Completed |\n"));
        let phase = std::fs::read_to_string(s.repo.join("plans/sub/phase-1.md")).unwrap();
        assert_eq!(phase, PHASE_TEXT.replace("Pending", "Completed"));
    }

    #[cfg(unix)]
    #[test]
    fn a_directory_swapped_for_a_symlink_after_reading_is_not_written_through() {
        let s = setup();
        let master = std::fs::read_to_string(s.repo.join("plans/MASTER_PLAN.md")).unwrap();
        std::fs::remove_dir_all(s.repo.join("plans/sub")).unwrap();
        std::os::unix::fs::symlink(&s.outside, s.repo.join("plans/sub")).unwrap();
        let err = set_completed(&s).unwrap_err().to_string();
        assert!(
            err.starts_with("plans/MASTER_PLAN.md:4: ") && err.contains("outside the repository"),
            "{err}"
        );
        let outside = std::fs::read_to_string(s.outside.join("phase-1.md")).unwrap();
        assert_eq!(outside, PHASE_TEXT);
        let after = std::fs::read_to_string(s.repo.join("plans/MASTER_PLAN.md")).unwrap();
        assert_eq!(after, master, "nothing is written when one file is refused");
    }

    #[cfg(unix)]
    #[test]
    fn a_file_swapped_for_a_symlink_after_reading_is_not_written_through() {
        let s = setup();
        let link = s.repo.join("plans/sub/phase-1.md");
        std::fs::remove_file(&link).unwrap();
        std::os::unix::fs::symlink(s.outside.join("phase-1.md"), &link).unwrap();
        assert!(set_completed(&s).is_err());
        let outside = std::fs::read_to_string(s.outside.join("phase-1.md")).unwrap();
        assert_eq!(outside, PHASE_TEXT);
        assert!(std::fs::symlink_metadata(&link).unwrap().is_symlink());
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_inside_the_repository_is_written_through_and_stays_a_symlink() {
        let s = setup();
        let link = s.repo.join("plans/sub/phase-1.md");
        std::fs::rename(&link, s.repo.join("plans/real.md")).unwrap();
        std::os::unix::fs::symlink(s.repo.join("plans/real.md"), &link).unwrap();
        set_completed(&s).unwrap();
        let real = std::fs::read_to_string(s.repo.join("plans/real.md")).unwrap();
        assert_eq!(real, PHASE_TEXT.replace("Pending", "Completed"));
        assert!(std::fs::symlink_metadata(&link).unwrap().is_symlink());
    }

    #[test]
    fn other_lines_and_line_endings_are_kept() {
        let text = "a\r\n| 1 | x | Pending |\r\nb";
        let out = replace_line(text, 2, |l| with_cell(l, 2, "Completed")).unwrap();
        assert_eq!(out, "a\r\n| 1 | x | Completed |\r\nb");
    }
}
