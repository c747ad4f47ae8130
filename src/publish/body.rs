//! The part of a published issue's body we own: what a phase file says (its
//! overview and task checklist, a link to the file) between two hidden markers.
//! Anything outside the markers belongs to people and is never touched; a task
//! ticked on the issue stays ticked.

/// The markers around our part of a body.
const END: &str = "<!-- /debussy-sync:publish -->";
const START: &str = "<!-- debussy-sync:publish ";

/// The hidden marker naming plan and phase (`None`: the plan's tracking issue) that
/// opens our part of an issue's body, and by which an issue a killed run created
/// is found again.
pub fn marker(plan: &str, phase: Option<&str>) -> String {
    let escape = |s: &str| {
        s.replace('%', "%25")
            .replace('"', "%22")
            .replace('>', "%3E")
            .replace('\n', "%0A")
    };
    match phase {
        Some(id) => format!(
            "{START}plan=\"{}\" phase=\"{}\" -->",
            escape(plan),
            escape(id)
        ),
        None => format!("{START}plan=\"{}\" -->", escape(plan)),
    }
}

/// The markdown section `heading` (`## Overview`) of `text`, without its heading:
/// up to the next heading of the same or a higher level, or a `---` rule.
pub fn section(text: &str, heading: &str) -> Option<String> {
    let mut lines = text.lines();
    lines.find(|l| {
        let t = l.trim();
        t.strip_prefix("## ")
            .is_some_and(|h| h.trim().eq_ignore_ascii_case(heading))
    })?;
    let body: Vec<&str> = lines
        .take_while(|l| {
            let t = l.trim_start();
            !(t.starts_with("## ") || t.starts_with("# ") || t.trim_end() == "---")
        })
        .collect();
    Some(body.join("\n").trim().to_string())
}

/// The task checklist of a phase file: its `## Tasks` section's sub-headings and
/// checkbox lines.
pub fn checklist(text: &str) -> Vec<String> {
    let Some(tasks) = section(text, "Tasks") else {
        return Vec::new();
    };
    tasks
        .lines()
        .filter(|l| task(l).is_some() || l.trim_start().starts_with("### "))
        .map(|l| match l.trim_start().strip_prefix("### ") {
            // Under the issue's own `### Tasks`.
            Some(heading) => format!("#### {heading}"),
            None => l.to_string(),
        })
        .collect()
}

/// A checkbox line's tick and text: `- [x] 1.1: Add` → `(true, "1.1: Add")`.
pub fn task(line: &str) -> Option<(bool, &str)> {
    let t = line.trim_start();
    let rest = t.strip_prefix("- ").or_else(|| t.strip_prefix("* "))?;
    let (ticked, text) = if let Some(r) = rest.strip_prefix("[ ]") {
        (false, r)
    } else if let Some(r) = rest
        .strip_prefix("[x]")
        .or_else(|| rest.strip_prefix("[X]"))
    {
        (true, r)
    } else {
        return None;
    };
    Some((ticked, text.trim()))
}

/// Our part of a body: the marker, `content`, the end marker.
pub fn block(marker: &str, content: &str) -> String {
    format!("{marker}\n{}\n{END}", content.trim_end())
}

/// Where our part sits in `body`: the byte range from the marker to the end
/// marker's end.
fn ours(body: &str, marker: &str) -> Option<std::ops::Range<usize>> {
    let start = body.find(marker)?;
    let end = body[start..].find(END)? + start + END.len();
    Some(start..end)
}

/// Whether `body` carries `marker` (an issue we published for that phase).
pub fn carries(body: &str, marker: &str) -> bool {
    body.contains(marker)
}

/// The body `current` should have with our part made from `content`: our part is
/// replaced, every other byte stays, and a task ticked in the current part stays
/// ticked. `None` when `current` has no part of ours to replace (someone removed
/// the markers: we leave the body alone).
pub fn merged(current: &str, marker: &str, content: &str) -> Option<String> {
    let range = ours(current, marker)?;
    let ticked: std::collections::HashSet<&str> = current[range.clone()]
        .lines()
        .filter_map(task)
        .filter(|(t, _)| *t)
        .map(|(_, text)| text)
        .collect();
    let content: Vec<String> = content
        .lines()
        .map(|line| match task(line) {
            Some((false, text)) if ticked.contains(text) => tick(line),
            _ => line.to_string(),
        })
        .collect();
    let mut out = String::with_capacity(current.len() + 64);
    out.push_str(&current[..range.start]);
    out.push_str(&block(marker, &content.join("\n")));
    out.push_str(&current[range.end..]);
    Some(out)
}

/// `line` with its checkbox ticked.
fn tick(line: &str) -> String {
    line.replacen("[ ]", "[x]", 1)
}

/// Bodies compare equal when they differ only in line endings and trailing space
/// (trackers normalize both).
pub fn same(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.replace("\r\n", "\n")
            .lines()
            .map(str::trim_end)
            .collect::<Vec<_>>()
            .join("\n")
            .trim()
            .to_string()
    };
    norm(a) == norm(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PHASE: &str = "# Phase 1: Pipes\n\n**Status:** Pending\n\n---\n\n## Overview\n\nAdds a pipe.\n\nKeeps terminal mode.\n\n## Risk\n\n| a | b |\n\n---\n\n## Tasks\n\n### 1. Detect\n- [ ] 1.1: Add variable\n- [x] 1.2: Create enum\n  ```bash\n  ls\n  ```\n\n## Files\n- [ ] not a task of ours\n";

    #[test]
    fn sections_and_checklists_are_read_from_a_phase_file() {
        assert_eq!(
            section(PHASE, "Overview").as_deref(),
            Some("Adds a pipe.\n\nKeeps terminal mode.")
        );
        assert_eq!(
            checklist(PHASE),
            vec![
                "#### 1. Detect",
                "- [ ] 1.1: Add variable",
                "- [x] 1.2: Create enum"
            ]
        );
        assert_eq!(section("# T\n", "Overview"), None);
        assert!(checklist("no tasks").is_empty());
    }

    #[test]
    fn markers_name_plan_and_phase_and_cannot_be_closed_early() {
        assert_eq!(
            marker("docs/plan.md", Some("1")),
            "<!-- debussy-sync:publish plan=\"docs/plan.md\" phase=\"1\" -->"
        );
        assert_eq!(
            marker("a\"-->b", None),
            "<!-- debussy-sync:publish plan=\"a%22--%3Eb\" -->"
        );
        assert_ne!(marker("p", Some("1")), marker("p", Some("10")));
        assert!(!carries(
            &block(&marker("p", Some("10")), "x"),
            &marker("p", Some("1"))
        ));
    }

    #[test]
    fn merging_keeps_what_people_wrote_and_the_ticks_on_the_issue() {
        let m = marker("p", Some("1"));
        let old = format!(
            "Written by hand above.\n\n{}\n\nA sentence added below.\n",
            block(
                &m,
                "Old overview\n- [x] 1.1: Add variable\n- [ ] 1.2: Create enum"
            )
        );
        let new = merged(
            &old,
            &m,
            "New overview\n- [ ] 1.1: Add variable\n- [x] 1.2: Create enum\n- [ ] 1.3: New",
        )
        .expect("our part is there");
        assert_eq!(
            new,
            format!(
                "Written by hand above.\n\n{}\n\nA sentence added below.\n",
                block(
                    &m,
                    "New overview\n- [x] 1.1: Add variable\n- [x] 1.2: Create enum\n- [ ] 1.3: New"
                )
            )
        );
        assert_eq!(merged("no markers here", &m, "x"), None);
    }

    #[test]
    fn bodies_differing_only_in_line_endings_are_the_same() {
        assert!(same("a\r\nb  \n", "a\nb"));
        assert!(!same("a\nb", "a\nc"));
    }
}
