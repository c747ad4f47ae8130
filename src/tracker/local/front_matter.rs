//! Line-level edits of YAML front matter.
//!
//! An issue file is shared: a roadmap tool keeps its own keys in it, people add
//! comments and quote values their way. A rewrite therefore replaces only the lines
//! of the one key it sets and leaves every other byte where it was, instead of
//! rendering the whole front matter from what we understood of it.

/// `front` (the lines between the `---` lines) with top-level `key` set to `value`,
/// YAML text for one line: the lines of the key's entry are replaced in place, or
/// the entry is appended when the key is absent.
pub fn set(front: &str, key: &str, value: &str) -> String {
    let eol = if front.contains("\r\n") { "\r\n" } else { "\n" };
    let entry = format!("{key}: {value}{eol}");
    let lines: Vec<&str> = front.split_inclusive('\n').collect();
    let Some(start) = lines.iter().position(|l| key_of(l) == Some(key)) else {
        let mut out = front.to_string();
        if !out.is_empty() && !out.ends_with('\n') {
            out.push_str(eol);
        }
        out.push_str(&entry);
        return out;
    };
    let mut end = start + 1;
    while lines.get(end).is_some_and(|l| continues_entry(l)) {
        end += 1;
    }
    // Blank and comment lines after the value introduce what follows: they stay.
    while end > start + 1 && is_blank_or_comment(lines[end - 1]) {
        end -= 1;
    }
    format!(
        "{}{entry}{}",
        lines[..start].concat(),
        lines[end..].concat()
    )
}

/// `front` without top-level `key` (the lines of its entry); unchanged when absent.
pub fn remove(front: &str, key: &str) -> String {
    let lines: Vec<&str> = front.split_inclusive('\n').collect();
    let Some(start) = lines.iter().position(|l| key_of(l) == Some(key)) else {
        return front.to_string();
    };
    let mut end = start + 1;
    while lines.get(end).is_some_and(|l| continues_entry(l)) {
        end += 1;
    }
    while end > start + 1 && is_blank_or_comment(lines[end - 1]) {
        end -= 1;
    }
    format!("{}{}", lines[..start].concat(), lines[end..].concat())
}

/// The key a line starts, when it is a top-level `key:` entry.
fn key_of(line: &str) -> Option<&str> {
    if line.starts_with([' ', '\t', '#', '-', '[', '{']) {
        return None;
    }
    let line = line.trim_end();
    let (key, rest) = line.split_once(':')?;
    (rest.is_empty() || rest.starts_with([' ', '\t'])).then(|| key.trim().trim_matches(['"', '\'']))
}

/// Whether a line belongs to the entry above it: indented, blank, a comment, or a
/// block-sequence item at the key's own indentation (`labels:` then `- bug`).
fn continues_entry(line: &str) -> bool {
    line.starts_with([' ', '\t'])
        || is_blank_or_comment(line)
        || line.starts_with("- ")
        || line.trim_end() == "-"
}

fn is_blank_or_comment(line: &str) -> bool {
    let trimmed = line.trim();
    trimmed.is_empty() || trimmed.starts_with('#')
}

#[cfg(test)]
mod tests {
    use super::{remove, set};

    #[test]
    fn removes_only_the_lines_of_the_key() {
        let front = "number: 3\nclaim: {agent: a}\n# keep\nstate: open\n";
        assert_eq!(remove(front, "claim"), "number: 3\n# keep\nstate: open\n");
        assert_eq!(remove(front, "absent"), front);
    }

    const FRONT: &str = "\
number: 3
# the roadmap tool's keys
priority: medium # triage
labels:
  - bug
  - p1

remote_ids:
  github: '221'
state: open
";

    #[test]
    fn replaces_only_the_lines_of_the_key() {
        let out = set(FRONT, "labels", "[\"bug\"]");
        assert_eq!(
            out,
            FRONT.replace("labels:\n  - bug\n  - p1\n", "labels: [\"bug\"]\n")
        );
        let out = set(FRONT, "state", "closed");
        assert_eq!(out, FRONT.replace("state: open", "state: closed"));
    }

    #[test]
    fn appends_a_key_that_is_absent() {
        assert_eq!(
            set(FRONT, "state_reason", "completed"),
            format!("{FRONT}state_reason: completed\n")
        );
        assert_eq!(set("a: 1", "b", "2"), "a: 1\nb: 2\n");
    }

    #[test]
    fn keeps_crlf_line_ends_and_block_items_at_the_key_indentation() {
        let front = "number: 1\r\nlabels:\r\n- bug\r\ntitle: x\r\n";
        assert_eq!(
            set(front, "labels", "[]"),
            "number: 1\r\nlabels: []\r\ntitle: x\r\n"
        );
    }

    #[test]
    fn a_key_inside_another_value_is_not_the_key() {
        let front = "remote_ids:\n  state: x\n";
        assert_eq!(
            set(front, "state", "open"),
            "remote_ids:\n  state: x\nstate: open\n"
        );
    }
}
