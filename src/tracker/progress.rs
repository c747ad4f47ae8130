//! Progress lines in milestone descriptions: one line per plan, found by its hidden
//! marker and replaced in place; the rest of the description is kept, line endings
//! included. Shared by the engine (which plans the line) and the trackers (which
//! merge it into the description they hold).

/// The marker that identifies a plan's progress line in a milestone description.
pub fn progress_marker(plan_key: &str) -> String {
    format!("<!-- debussy-sync:progress:{plan_key} -->")
}

/// `description` with the line carrying `line`'s marker replaced by `line`, or
/// `line` appended; every other line is kept as it was, and so are the line endings
/// (a CRLF description stays CRLF).
pub fn with_progress_line(description: &str, line: &str, plan_key: &str) -> String {
    let marker = progress_marker(plan_key);
    let eol = if description.contains("\r\n") {
        "\r\n"
    } else {
        "\n"
    };
    if description.contains(&marker) {
        return description
            .split('\n')
            .map(|l| {
                if l.contains(&marker) {
                    if l.ends_with('\r') {
                        format!("{line}\r")
                    } else {
                        line.to_string()
                    }
                } else {
                    l.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
    }
    let kept = description.trim_end();
    if kept.is_empty() {
        line.to_string()
    } else if kept
        .lines()
        .last()
        .is_some_and(|l| l.contains("<!-- debussy-sync:progress:"))
    {
        // Keep all progress lines together, one per plan.
        format!("{kept}{eol}{line}")
    } else {
        format!("{kept}{eol}{eol}{line}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_plans_keep_one_line_each() {
        let a = with_progress_line("Goals", "A <!-- debussy-sync:progress:a -->", "a");
        let b = with_progress_line(&a, "B <!-- debussy-sync:progress:b -->", "b");
        let a2 = with_progress_line(&b, "A2 <!-- debussy-sync:progress:a -->", "a");
        assert_eq!(
            a2,
            "Goals\n\nA2 <!-- debussy-sync:progress:a -->\nB <!-- debussy-sync:progress:b -->"
        );
    }
}
