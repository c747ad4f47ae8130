//! Conflicts resolved at the terminal: after `issue sync --apply` leaves conflicts
//! and nobody said `--prefer`, the user picks the side that wins each conflicting
//! field; those fields are then synced again with that side preferred, through the
//! same merge, check-before-write and journal as every sync.

use crate::mirror::fields::Field;
use crate::mirror::links::Link;
use crate::mirror::sync::PairReport;
use crate::refs::TrackerKind;
use std::io::{BufRead, Write};

/// The user's pick for one conflicting field of one link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// The link's index in the synced links.
    pub link: usize,
    pub field: Field,
    /// The tracker whose value wins.
    pub side: TrackerKind,
}

/// Asks, for every conflict of `pairs` (one report per link of `links`, in order),
/// which side wins: `1` the left end, `2` the right end, anything else (or the end
/// of input) leaves the conflict as it is.
pub fn ask(
    links: &[Link],
    pairs: &[PairReport],
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> Vec<Choice> {
    let mut choices = Vec::new();
    for (i, (link, pair)) in links.iter().zip(pairs).enumerate() {
        for c in &pair.conflicts {
            let base = c.base.as_ref().map_or_else(|| "(none)".into(), show);
            let _ = writeln!(
                out,
                "Conflict in {} of {} ↔ {} (base: {base})\n  1) {}: {}\n  2) {}: {}",
                c.field,
                link.left,
                link.right,
                link.left,
                show(&c.left),
                link.right,
                show(&c.right)
            );
            let _ = write!(out, "Keep which? [1/2, Enter to skip] ");
            let _ = out.flush();
            let mut answer = String::new();
            if input.read_line(&mut answer).unwrap_or(0) == 0 {
                return choices;
            }
            let side = match answer.trim() {
                "1" => link.left.tracker(),
                "2" => link.right.tracker(),
                _ => continue,
            };
            choices.push(Choice {
                link: i,
                field: c.field,
                side,
            });
        }
    }
    choices
}

/// The choices grouped as syncs to run: per link and winning side, its fields.
pub fn groups(choices: &[Choice]) -> Vec<(usize, TrackerKind, Vec<Field>)> {
    let mut out: Vec<(usize, TrackerKind, Vec<Field>)> = Vec::new();
    for c in choices {
        match out
            .iter_mut()
            .find(|(l, s, _)| *l == c.link && *s == c.side)
        {
            Some((_, _, fields)) => fields.push(c.field),
            None => out.push((c.link, c.side, vec![c.field])),
        }
    }
    out
}

/// A value as one line: text as it is (first line, shortened), others as JSON.
fn show(v: &serde_json::Value) -> String {
    let text = v.as_str().map_or_else(|| v.to_string(), str::to_string);
    let first = text.lines().next().unwrap_or_default();
    let mut line: String = first.chars().take(70).collect();
    if line.len() < text.len() {
        line.push('…');
    }
    format!("{line:?}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mirror::base::SyncState;
    use crate::mirror::pair::Conflict;
    use crate::refs::IssueRef;
    use serde_json::json;

    fn link(a: &str, b: &str) -> Link {
        let parse = |s: &str| IssueRef::parse_qualified(s).expect("a reference");
        Link::new(parse(a), parse(b)).expect("two trackers")
    }

    fn pair(fields: &[Field]) -> PairReport {
        PairReport {
            left: String::new(),
            right: String::new(),
            status: SyncState::Conflict,
            writes: Vec::new(),
            conflicts: fields
                .iter()
                .map(|f| Conflict {
                    field: *f,
                    base: Some(json!("Base")),
                    left: json!("Left title"),
                    right: json!("Right\nsecond line"),
                })
                .collect(),
            error: None,
        }
    }

    #[test]
    fn each_conflict_is_asked_and_answered_by_side() {
        let links = [link("local#1", "acme/w#2"), link("local#3", "acme/w#4")];
        let pairs = [pair(&[Field::Title, Field::Body]), pair(&[Field::Title])];
        let mut shown = Vec::new();
        let choices = ask(&links, &pairs, &mut "2\n\n1\n".as_bytes(), &mut shown);
        let github = link("local#1", "acme/w#2").right.tracker();
        assert_eq!(
            choices,
            [
                Choice {
                    link: 0,
                    field: Field::Title,
                    side: github
                },
                Choice {
                    link: 1,
                    field: Field::Title,
                    side: crate::tracker::local::KIND
                },
            ]
        );
        let shown = String::from_utf8(shown).unwrap();
        assert!(shown.contains("Conflict in title of local#1 ↔ acme/w#2 (base: \"Base\")"));
        assert!(shown.contains("2) acme/w#2: \"Right…\""), "{shown}");
        assert_eq!(shown.matches("Keep which?").count(), 3);
    }

    #[test]
    fn the_end_of_input_leaves_the_rest_unresolved() {
        let links = [link("local#1", "acme/w#2")];
        let pairs = [pair(&[Field::Title, Field::Body])];
        let choices = ask(&links, &pairs, &mut "1\n".as_bytes(), &mut Vec::new());
        assert_eq!(choices.len(), 1);
        assert!(ask(&links, &pairs, &mut "".as_bytes(), &mut Vec::new()).is_empty());
    }

    #[test]
    fn choices_group_by_link_and_side() {
        let c = |link, field, side| Choice { link, field, side };
        let gh = link("local#1", "acme/w#2").right.tracker();
        let groups = groups(&[
            c(0, Field::Title, gh),
            c(0, Field::Body, crate::tracker::local::KIND),
            c(0, Field::Labels, gh),
            c(1, Field::Title, gh),
        ]);
        assert_eq!(
            groups,
            [
                (0, gh, vec![Field::Title, Field::Labels]),
                (0, crate::tracker::local::KIND, vec![Field::Body]),
                (1, gh, vec![Field::Title]),
            ]
        );
    }
}
