//! Minimal, atomic edits of plan files: the Status cell of one row of the master
//! table, and a phase file's `**Status:**` line. Every other byte stays as it was;
//! the new text is written to a temporary file and renamed into place.

use super::{Phase, PlanError};
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

/// Writes `text` to `path` through a temporary file renamed into place.
fn write_atomic(path: &Path, text: &str) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    std::fs::write(&tmp, text)?;
    std::fs::File::open(&tmp)?.sync_all()?;
    std::fs::rename(&tmp, path)
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
/// phase file has a `**Status:**` line, there too.
pub fn set_phase_status(master: &Path, phase: &Phase, word: &str) -> Result<(), PlanError> {
    let io = |path: &Path, e: std::io::Error| PlanError::Io {
        path: path.display().to_string(),
        reason: e.to_string(),
    };
    let text = std::fs::read_to_string(master).map_err(|e| io(master, e))?;
    let edited = replace_line(&text, phase.location.line, |row| {
        with_cell(row, phase.status_column, word)
    })
    .ok_or_else(|| PlanError::Invalid {
        location: phase.location.clone(),
        message: format!("phase {}: the row's Status cell cannot be found", phase.id),
    })?;
    if edited != text {
        write_atomic(master, &edited).map_err(|e| io(master, e))?;
    }
    let Some(file) = &phase.file else {
        return Ok(());
    };
    let Ok(text) = std::fs::read_to_string(file) else {
        return Ok(());
    };
    let Some(number) = text
        .lines()
        .position(|l| l.trim_start().starts_with("**Status:**"))
        .map(|i| i + 1)
    else {
        return Ok(());
    };
    let edited = replace_line(&text, number, |l| {
        let at = l.find("**Status:**")? + "**Status:**".len();
        Some(format!("{} {word}", &l[..at]))
    });
    if let Some(edited) = edited.filter(|e| *e != text) {
        write_atomic(file, &edited).map_err(|e| io(file, e))?;
    }
    Ok(())
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

    #[test]
    fn other_lines_and_line_endings_are_kept() {
        let text = "a\r\n| 1 | x | Pending |\r\nb";
        let out = replace_line(text, 2, |l| with_cell(l, 2, "Completed")).unwrap();
        assert_eq!(out, "a\r\n| 1 | x | Completed |\r\nb");
    }
}
