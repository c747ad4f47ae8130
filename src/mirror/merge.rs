//! The three-way merge of one mirrored field (PRODUCT §12): the value both ends had
//! after the last sync (the base) against what each end holds now.
//!
//! Pure: values in, a decision out. A change on one end flows to the other, the same
//! change on both ends is no change, and different changes on both ends are a
//! conflict that nothing here resolves except an explicit [`Prefer`].
//!
//! Without a base (a first sync, a lost database) every difference is a conflict,
//! sets included, so a lost database never overwrites anything: without a base an
//! element one end lacks may as well have been removed there on purpose.

use std::collections::BTreeSet;

/// Which end of a link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum End {
    Left,
    Right,
}

impl End {
    /// The end across the link.
    pub fn other(self) -> End {
        match self {
            End::Left => End::Right,
            End::Right => End::Left,
        }
    }
}

/// What one field's merge decides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Merged<T> {
    /// Both ends hold the same value: nothing to write (the value becomes the base).
    Same(T),
    /// Write `value` to these ends (one or both: a merged set or body goes to both
    /// when it differs from each).
    Write { value: T, to: Vec<End> },
    /// Changed differently on both ends since the base (or no base and they differ).
    Conflict { base: Option<T>, left: T, right: T },
}

/// Merges a single value (title, state, milestone, assignee).
pub fn scalar<T: PartialEq + Clone>(base: Option<&T>, left: &T, right: &T) -> Merged<T> {
    if left == right {
        return Merged::Same(left.clone());
    }
    match base {
        Some(base) if base == left => Merged::Write {
            value: right.clone(),
            to: vec![End::Left],
        },
        Some(base) if base == right => Merged::Write {
            value: left.clone(),
            to: vec![End::Right],
        },
        _ => Merged::Conflict {
            base: base.cloned(),
            left: left.clone(),
            right: right.clone(),
        },
    }
}

/// Sets merge element-wise: an element added on one end is added to the other, one
/// removed on one end (present in the base) is removed from the other. With a base
/// sets never conflict; without one, sets that differ are a conflict.
pub fn set(
    base: Option<&BTreeSet<String>>,
    left: &BTreeSet<String>,
    right: &BTreeSet<String>,
) -> Merged<BTreeSet<String>> {
    if left == right {
        return Merged::Same(left.clone());
    }
    let Some(base) = base else {
        return Merged::Conflict {
            base: None,
            left: left.clone(),
            right: right.clone(),
        };
    };
    let kept = |e: &&String| match base.contains(*e) {
        // In the base: kept only while neither end removed it.
        true => left.contains(*e) && right.contains(*e),
        // New since the base: added by whichever end holds it.
        false => true,
    };
    let merged: BTreeSet<String> = left.union(right).filter(kept).cloned().collect();
    let to = differing(&merged, left, right);
    Merged::Write { value: merged, to }
}

/// Bodies merge line by line with `diffy::merge`: non-overlapping edits on both ends
/// merge; overlapping ones conflict. No base: equal → Same, else Conflict.
///
/// Bodies compare after normalization (CRLF is LF, trailing whitespace of lines and
/// of the text is dropped), so a round trip through a tracker that rewrites line
/// endings is no change. A one-sided change is written as that end has it; a merge
/// of both is written normalized.
pub fn text(base: Option<&str>, left: &str, right: &str) -> Merged<String> {
    let (l, r) = (normalize(left), normalize(right));
    if l == r {
        return Merged::Same(left.to_string());
    }
    let conflict = || Merged::Conflict {
        base: base.map(str::to_string),
        left: left.to_string(),
        right: right.to_string(),
    };
    let Some(b) = base.map(normalize) else {
        return conflict();
    };
    if b == l {
        return Merged::Write {
            value: right.to_string(),
            to: vec![End::Left],
        };
    }
    if b == r {
        return Merged::Write {
            value: left.to_string(),
            to: vec![End::Right],
        };
    }
    // Every line ends in "\n" so that an edit of the last line is an edit of a line.
    let line_ended = |s: &str| format!("{s}\n");
    match diffy::merge(&line_ended(&b), &line_ended(&l), &line_ended(&r)) {
        Ok(merged) => {
            let value = merged.trim_end().to_string();
            let to = differing(&value, &l, &r);
            Merged::Write { value, to }
        }
        Err(_) => conflict(),
    }
}

/// A body as compared: LF line endings, no trailing whitespace on any line, none at
/// the end.
fn normalize(text: &str) -> String {
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    lines.join("\n").trim_end().to_string()
}

/// The ends whose value is not `merged`.
fn differing<T: PartialEq>(merged: &T, left: &T, right: &T) -> Vec<End> {
    [(End::Left, left), (End::Right, right)]
        .into_iter()
        .filter(|(_, value)| *value != merged)
        .map(|(end, _)| end)
        .collect()
}

/// How conflicts are resolved unattended (`--prefer SIDE|newest`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prefer {
    /// This end's value wins.
    End(End),
    /// The value of the end updated last wins.
    Newest {
        left_updated: Option<jiff::Timestamp>,
        right_updated: Option<jiff::Timestamp>,
    },
}

impl Prefer {
    /// The end that wins, when this preference names one: `Newest` needs both times,
    /// and two equal times name none.
    fn winner(&self) -> Option<End> {
        match *self {
            Prefer::End(end) => Some(end),
            Prefer::Newest {
                left_updated: Some(left),
                right_updated: Some(right),
            } => match left.cmp(&right) {
                std::cmp::Ordering::Greater => Some(End::Left),
                std::cmp::Ordering::Less => Some(End::Right),
                std::cmp::Ordering::Equal => None,
            },
            Prefer::Newest { .. } => None,
        }
    }
}

/// The conflict resolved: the preferred end's value written to the other end.
/// `Newest` without both times is no resolution (stays a conflict); anything that
/// is not a conflict is returned as it is.
pub fn resolve<T: Clone>(merged: Merged<T>, prefer: Option<&Prefer>) -> Merged<T> {
    let winner = prefer.and_then(Prefer::winner);
    match (merged, winner) {
        (Merged::Conflict { left, right, .. }, Some(end)) => Merged::Write {
            value: match end {
                End::Left => left,
                End::Right => right,
            },
            to: vec![end.other()],
        },
        (merged, _) => merged,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One table row: the case, base, left, right and the expected merge.
    type Case<B, V> = (&'static str, Option<B>, V, V, Merged<V>);

    fn write<T>(value: T, to: &[End]) -> Merged<T> {
        Merged::Write {
            value,
            to: to.to_vec(),
        }
    }

    #[test]
    fn scalar_merges_by_the_rules_of_the_contract() {
        use End::*;
        let table: &[Case<&str, &str>] = &[
            ("left changed", Some("a"), "b", "a", write("b", &[Right])),
            ("right changed", Some("a"), "a", "b", write("b", &[Left])),
            ("unchanged", Some("a"), "a", "a", Merged::Same("a")),
            (
                "same change on both",
                Some("a"),
                "b",
                "b",
                Merged::Same("b"),
            ),
            (
                "different changes",
                Some("a"),
                "b",
                "c",
                Merged::Conflict {
                    base: Some("a"),
                    left: "b",
                    right: "c",
                },
            ),
            ("no base, equal", None, "a", "a", Merged::Same("a")),
            (
                "no base, different",
                None,
                "a",
                "b",
                Merged::Conflict {
                    base: None,
                    left: "a",
                    right: "b",
                },
            ),
        ];
        for (case, base, left, right, want) in table {
            assert_eq!(&scalar(base.as_ref(), left, right), want, "{case}");
        }
    }

    /// A set written as its elements separated by spaces.
    fn tags(items: &str) -> BTreeSet<String> {
        items.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn sets_merge_element_wise() {
        use End::*;
        #[rustfmt::skip]
        let table: &[Case<&str, &str>] = &[
            ("left adds", Some("a b"), "a b c", "a b", write("a b c", &[Right])),
            ("right adds", Some("a b"), "a b", "a b c", write("a b c", &[Left])),
            ("left removes", Some("a b"), "a", "a b", write("a", &[Right])),
            ("right removes", Some("a b"), "a b", "b", write("b", &[Left])),
            ("both add", Some("a b"), "a b c", "a b d", write("a b c d", &[Left, Right])),
            ("one adds, other removes", Some("a b"), "a b c", "a", write("a c", &[Left, Right])),
            ("both remove the same", Some("a b"), "a", "a", Merged::Same("a")),
            ("both remove one, right adds", Some("a b"), "a", "a c", write("a c", &[Left])),
            ("no base, equal", None, "a b", "a b", Merged::Same("a b")),
            ("no base, different", None, "a b", "b c",
                Merged::Conflict { base: None, left: "a b", right: "b c" }),
            ("no base, one holds more", None, "a", "a b",
                Merged::Conflict { base: None, left: "a", right: "a b" }),
        ];
        for (case, base, left, right, want) in table {
            let want = match want {
                Merged::Same(v) => Merged::Same(tags(v)),
                Merged::Write { value, to } => write(tags(value), to),
                Merged::Conflict { base, left, right } => Merged::Conflict {
                    base: base.map(tags),
                    left: tags(left),
                    right: tags(right),
                },
            };
            let base = base.map(tags);
            let merged = set(base.as_ref(), &tags(left), &tags(right));
            assert_eq!(merged, want, "{case}");
        }
    }

    const BASE: &str = "# Goal\nShip it.\n\n## Notes\nNone yet.\n";

    #[test]
    fn one_sided_body_edits_flow_as_the_editing_end_wrote_them() {
        let edited = BASE.replace("Ship it.", "Ship it on Friday.");
        assert_eq!(
            text(Some(BASE), &edited, BASE),
            write(edited.clone(), &[End::Right])
        );
        assert_eq!(text(Some(BASE), BASE, &edited), write(edited, &[End::Left]));
    }

    #[test]
    fn non_overlapping_body_edits_merge_and_go_to_both_ends() {
        let left = BASE.replace("Ship it.", "Ship it on Friday.");
        let right = BASE.replace("None yet.", "Ask ops first.");
        let merged = "# Goal\nShip it on Friday.\n\n## Notes\nAsk ops first.";
        assert_eq!(
            text(Some(BASE), &left, &right),
            write(merged.to_string(), &[End::Left, End::Right])
        );
    }

    #[test]
    fn overlapping_body_edits_conflict_with_base_and_both_values() {
        let left = BASE.replace("Ship it.", "Ship it on Friday.");
        let right = BASE.replace("Ship it.", "Ship it next week.");
        assert_eq!(
            text(Some(BASE), &left, &right),
            Merged::Conflict {
                base: Some(BASE.to_string()),
                left,
                right,
            }
        );
    }

    #[test]
    fn line_endings_and_trailing_whitespace_are_no_change() {
        let crlf = BASE.replace('\n', "\r\n");
        assert_eq!(text(Some(BASE), &crlf, BASE), Merged::Same(crlf.clone()));
        let spaced = BASE.replace("Ship it.", "Ship it.   ");
        assert_eq!(text(None, BASE, &spaced), Merged::Same(BASE.to_string()));
        // A CRLF-only edit on one end does not hide the other end's real edit.
        let edited = BASE.replace("None yet.", "Done.");
        assert_eq!(
            text(Some(BASE), &crlf, &edited),
            write(edited, &[End::Left])
        );
    }

    #[test]
    fn bodies_without_a_base_conflict_when_they_differ() {
        assert_eq!(
            text(None, "a", "b"),
            Merged::Conflict {
                base: None,
                left: "a".into(),
                right: "b".into(),
            }
        );
    }

    fn conflict() -> Merged<&'static str> {
        Merged::Conflict {
            base: Some("a"),
            left: "b",
            right: "c",
        }
    }

    fn at(text: &str) -> Option<jiff::Timestamp> {
        Some(text.parse().expect("a timestamp"))
    }

    #[test]
    fn a_preferred_end_resolves_a_conflict_towards_the_other_end() {
        let left = Prefer::End(End::Left);
        let right = Prefer::End(End::Right);
        assert_eq!(resolve(conflict(), Some(&left)), write("b", &[End::Right]));
        assert_eq!(resolve(conflict(), Some(&right)), write("c", &[End::Left]));
        assert_eq!(resolve(conflict(), None), conflict());
    }

    #[test]
    fn newest_resolves_only_with_both_times() {
        let newest = |l: &str, r: &str| Prefer::Newest {
            left_updated: if l.is_empty() { None } else { at(l) },
            right_updated: if r.is_empty() { None } else { at(r) },
        };
        let (early, late) = ("2026-03-01T10:00:00Z", "2026-03-02T09:00:00Z");
        let table = [
            ("right newer", newest(early, late), write("c", &[End::Left])),
            ("left newer", newest(late, early), write("b", &[End::Right])),
            ("same time", newest(early, early), conflict()),
            ("left time missing", newest("", late), conflict()),
            ("right time missing", newest(early, ""), conflict()),
        ];
        for (case, prefer, want) in table {
            assert_eq!(resolve(conflict(), Some(&prefer)), want, "{case}");
        }
    }

    #[test]
    fn resolving_leaves_anything_but_a_conflict_alone() {
        let prefer = Prefer::End(End::Left);
        let same = Merged::Same("a");
        assert_eq!(resolve(same.clone(), Some(&prefer)), same);
        let flow = write("a", &[End::Left]);
        assert_eq!(resolve(flow.clone(), Some(&prefer)), flow);
    }
}
