//! The plan stage of `issue sync`: pure. From the bases and what each end of a
//! link holds now, the writes that bring both ends together, the conflicts left
//! for a person, and the values that become the next bases.

use super::fields::{comment_key, mirrored_comment, Field, Side};
use super::merge::{self, End, Merged, Prefer};
use crate::refs::TrackerKind;
use crate::tracker::{registry, CloseReason};
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};

/// One write to one end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Write {
    Title(String),
    Body(String),
    /// Open, or closed with a reason when both ends keep one.
    Open(bool, Option<CloseReason>),
    Labels {
        add: Vec<String>,
        remove: Vec<String>,
    },
    /// Accounts on this end's tracker.
    Assignees {
        add: Vec<String>,
        remove: Vec<String>,
    },
    /// The milestone by name: none or one (a set on Jira's fix versions).
    Milestone(BTreeSet<String>),
    Comment(String),
}

impl Write {
    pub fn field(&self) -> Field {
        match self {
            Write::Title(_) => Field::Title,
            Write::Body(_) => Field::Body,
            Write::Open(..) => Field::State,
            Write::Labels { .. } => Field::Labels,
            Write::Assignees { .. } => Field::Assignees,
            Write::Milestone(_) => Field::Milestone,
            Write::Comment(_) => Field::Comments,
        }
    }

    /// The value in reports.
    pub fn value(&self) -> String {
        match self {
            Write::Title(t) => t.clone(),
            Write::Body(b) => format!("{} lines", b.lines().count()),
            Write::Open(open, reason) => state_text(*open, *reason),
            Write::Labels { add, remove } | Write::Assignees { add, remove } => {
                let add = add.iter().map(|l| format!("+{l}"));
                let remove = remove.iter().map(|l| format!("-{l}"));
                add.chain(remove).collect::<Vec<_>>().join(" ")
            }
            Write::Milestone(names) if names.is_empty() => "none".into(),
            Write::Milestone(names) => names.iter().cloned().collect::<Vec<_>>().join(", "),
            Write::Comment(_) => "comment".into(),
        }
    }
}

/// A field changed differently on both ends: nothing is written for it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Conflict {
    pub field: Field,
    pub base: Option<Value>,
    pub left: Value,
    pub right: Value,
}

/// How unattended runs resolve conflicts (`--prefer`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preference {
    Tracker(TrackerKind),
    Newest,
}

/// What a sync of one link does.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PairPlan {
    pub left: Vec<Write>,
    pub right: Vec<Write>,
    pub conflicts: Vec<Conflict>,
    /// The values both ends hold once the writes land.
    pub bases: Vec<(Field, Value)>,
}

impl PairPlan {
    pub fn writes(&self) -> usize {
        self.left.len() + self.right.len()
    }

    fn push(&mut self, end: End, write: Write) {
        match end {
            End::Left => self.left.push(write),
            End::Right => self.right.push(write),
        }
    }
}

/// The plan for one link.
pub fn plan(
    bases: &BTreeMap<String, Value>,
    left: &Side,
    right: &Side,
    fields: &[Field],
    prefer: Option<Preference>,
) -> PairPlan {
    // A tracker on neither end of this link is no preference for it.
    let prefer = prefer.and_then(|p| match p {
        Preference::Tracker(kind) if left.issue.tracker() == kind => Some(Prefer::End(End::Left)),
        Preference::Tracker(kind) if right.issue.tracker() == kind => Some(Prefer::End(End::Right)),
        Preference::Tracker(_) => None,
        Preference::Newest => Some(Prefer::Newest {
            left_updated: time(left.updated.as_deref()),
            right_updated: time(right.updated.as_deref()),
        }),
    });
    let mut out = PairPlan::default();
    let base = |f: Field| bases.get(f.as_str());
    for field in fields {
        match field {
            Field::Title => {
                let b = base(*field).and_then(Value::as_str).map(str::to_string);
                let m = merge::scalar(b.as_ref(), &left.title, &right.title);
                scalar(
                    &mut out,
                    *field,
                    merge::resolve(m, prefer.as_ref()),
                    |_, v| Some(Write::Title(v.clone())),
                    |v| json!(v),
                );
            }
            Field::Body => {
                // Compared as both ends hold a body: what Jira's markup cannot
                // hold (an image, raw HTML) is no change, and is never written back.
                let held = |text: &str| {
                    let form =
                        |s: &Side, t: &str| registry::module(s.issue.tracker()).body_as_held(t);
                    form(right, &form(left, text))
                };
                let b = base(*field).and_then(Value::as_str).map(held);
                let m = merge::text(b.as_deref(), &held(&left.body), &held(&right.body));
                scalar(
                    &mut out,
                    *field,
                    merge::resolve(m, prefer.as_ref()),
                    |_, v| Some(Write::Body(v.clone())),
                    |v| json!(v),
                );
            }
            Field::State => state(&mut out, base(*field), left, right, prefer.as_ref()),
            Field::Labels => labels(&mut out, base(*field), left, right, prefer.as_ref()),
            Field::Assignees => assignees(&mut out, base(*field), left, right, prefer.as_ref()),
            Field::Milestone => milestones(&mut out, base(*field), left, right, prefer.as_ref()),
            Field::Comments => comments(&mut out, left, right),
        }
    }
    out
}

fn time(text: Option<&str>) -> Option<jiff::Timestamp> {
    text?.parse().ok()
}

/// A field's outcome: the writes `write` makes of the merged value for each end
/// that takes it (`None`: that end holds it already), the next base, or a conflict.
fn scalar<T: Clone>(
    out: &mut PairPlan,
    field: Field,
    merged: Merged<T>,
    write: impl Fn(End, &T) -> Option<Write>,
    show: impl Fn(&T) -> Value,
) {
    match merged {
        Merged::Same(v) => out.bases.push((field, show(&v))),
        Merged::Write { value, to } => {
            for end in to {
                if let Some(w) = write(end, &value) {
                    out.push(end, w);
                }
            }
            out.bases.push((field, show(&value)));
        }
        Merged::Conflict { base, left, right } => out.conflicts.push(Conflict {
            field,
            base: base.as_ref().map(&show),
            left: show(&left),
            right: show(&right),
        }),
    }
}

/// The state: open or closed, and why it was closed (completed, not planned) when
/// both ends keep a reason; else only open or closed.
fn state(
    out: &mut PairPlan,
    base: Option<&Value>,
    left: &Side,
    right: &Side,
    prefer: Option<&Prefer>,
) {
    let reasons = left.close_reasons && right.close_reasons;
    let value = |open: bool, reason: Option<CloseReason>| {
        let reason = reason.filter(|_| reasons && !open);
        (
            open,
            reason.or((reasons && !open).then_some(CloseReason::Completed)),
        )
    };
    // A base kept before reasons were mirrored is a bool.
    let base = base.and_then(|b| match b {
        Value::Bool(open) => Some((*open, None)),
        Value::String(s) if s == "open" => Some((true, None)),
        Value::String(s) => Some((
            false,
            s.strip_prefix("closed: ").and_then(CloseReason::parse),
        )),
        _ => None,
    });
    let base = base.map(|(open, reason)| value(open, reason));
    let (l, r) = (
        value(left.open, left.close_reason),
        value(right.open, right.close_reason),
    );
    scalar(
        out,
        Field::State,
        merge::resolve(merge::scalar(base.as_ref(), &l, &r), prefer),
        |_, (open, reason)| Some(Write::Open(*open, *reason)),
        |(open, reason)| json!(state_text(*open, *reason)),
    );
}

/// A state as shown and kept: `open`, `closed`, `closed: not_planned`.
fn state_text(open: bool, reason: Option<CloseReason>) -> String {
    match (open, reason) {
        (true, _) => "open".into(),
        (false, None) => "closed".into(),
        (false, Some(r)) => format!("closed: {r}"),
    }
}

/// Labels merge as a set, compared in the form both ends hold them (a Jira end
/// holds `good first` as `good-first`: the same label). Each end gets what it lacks
/// added, as the other end names it, and the rest removed, as it names them.
fn labels(
    out: &mut PairPlan,
    base: Option<&Value>,
    left: &Side,
    right: &Side,
    prefer: Option<&Prefer>,
) {
    let held = |label: &String| {
        let form = |s: &Side, l: &str| registry::module(s.issue.tracker()).label_as_held(l);
        form(right, &form(left, label))
    };
    let forms = |labels: &BTreeSet<String>| labels.iter().map(held).collect::<BTreeSet<_>>();
    let (l, r) = (forms(&left.labels), forms(&right.labels));
    let merged = merge::set(set_base(base).map(|b| forms(&b)).as_ref(), &l, &r);
    scalar(
        out,
        Field::Labels,
        merge::resolve(merged, prefer),
        |end, value| {
            let (now, this, other) = match end {
                End::Left => (&l, left, right),
                End::Right => (&r, right, left),
            };
            let named = |form: &String| other.labels.iter().find(|x| held(x) == *form);
            let add: Vec<String> = value
                .difference(now)
                .map(|form| named(form).unwrap_or(form).clone())
                .collect();
            let gone = |x: &&String| !value.contains(&held(x));
            let remove: Vec<String> = this.labels.iter().filter(gone).cloned().collect();
            (!add.is_empty() || !remove.is_empty()).then_some(Write::Labels { add, remove })
        },
        |v| json!(v),
    );
}

/// Assignees merge as a set of people. Only the people with an account on both
/// ends are mirrored: anyone else is never copied and never cleared. A merge that
/// would give an end holding one assignee (Jira) a second one, or replace one no
/// one is mapped to, is a conflict, and `--prefer` does not resolve it.
fn assignees(
    out: &mut PairPlan,
    base: Option<&Value>,
    left: &Side,
    right: &Side,
    prefer: Option<&Prefer>,
) {
    let shared = |people: &BTreeSet<String>| -> BTreeSet<String> {
        let on_both =
            |p: &&String| left.accounts.contains_key(*p) && right.accounts.contains_key(*p);
        people.iter().filter(on_both).cloned().collect()
    };
    let (l, r) = (shared(&left.assignees), shared(&right.assignees));
    let base = set_base(base).map(|b| shared(&b));
    let now = |end: End| match end {
        End::Left => &l,
        End::Right => &r,
    };
    // How many accounts an end would hold once `value` is written to it.
    let fits = |value: &BTreeSet<String>, to: &[End]| {
        to.iter().all(|end| {
            let held = side(*end, left, right);
            let (gone, new) = (now(*end).difference(value), value.difference(now(*end)));
            let after = held.held_assignees.saturating_sub(gone.count()) + new.count();
            !held.one_assignee || after <= 1
        })
    };
    let conflict = || Merged::Conflict {
        base: base.clone(),
        left: l.clone(),
        right: r.clone(),
    };
    let merged = match merge::resolve(merge::set(base.as_ref(), &l, &r), prefer) {
        Merged::Write { value, to } if !fits(&value, &to) => conflict(),
        merged => merged,
    };
    scalar(
        out,
        Field::Assignees,
        merged,
        |end, value| {
            let account = |p: &String| side(end, left, right).accounts.get(p).cloned();
            let (add, remove) = changes(value, now(end), account)?;
            Some(Write::Assignees { add, remove })
        },
        |v| json!(v),
    );
}

fn side<'a>(end: End, left: &'a Side, right: &'a Side) -> &'a Side {
    match end {
        End::Left => left,
        End::Right => right,
    }
}

fn set_base(base: Option<&Value>) -> Option<BTreeSet<String>> {
    base.and_then(|b| serde_json::from_value(b.clone()).ok())
}

/// What turns `now` into `value`, as `name` writes each member (`None`: one the
/// end cannot name); `None` when there is nothing to write.
fn changes(
    value: &BTreeSet<String>,
    now: &BTreeSet<String>,
    name: impl Fn(&String) -> Option<String>,
) -> Option<(Vec<String>, Vec<String>)> {
    let add: Vec<String> = value.difference(now).filter_map(&name).collect();
    let remove: Vec<String> = now.difference(value).filter_map(&name).collect();
    (!add.is_empty() || !remove.is_empty()).then_some((add, remove))
}

/// The milestone merges as a set of names (Jira's fix versions are a set; the other
/// trackers hold one milestone or none), so a milestone changed on one end replaces
/// the other's. A merge that would give an end holding one milestone several names
/// (both ends changed it differently, or a Jira issue has several fix versions) is a
/// conflict; `--prefer` resolves it only when the winner's names fit the other end.
/// An end that does not read milestones by name leaves the field alone.
fn milestones(
    out: &mut PairPlan,
    base: Option<&Value>,
    left: &Side,
    right: &Side,
    prefer: Option<&Prefer>,
) {
    let (Some(l), Some(r)) = (&left.milestones, &right.milestones) else {
        return;
    };
    let base = set_base(base);
    let fits = |value: &BTreeSet<String>, to: &[End]| {
        value.len() <= 1
            || to.iter().all(|end| match end {
                End::Left => !left.one_milestone,
                End::Right => !right.one_milestone,
            })
    };
    let conflict = || Merged::Conflict {
        base: base.clone(),
        left: l.clone(),
        right: r.clone(),
    };
    let merged = match merge::set(base.as_ref(), l, r) {
        Merged::Write { value, to } if !fits(&value, &to) => conflict(),
        merged => merged,
    };
    let merged = match merge::resolve(merged, prefer) {
        Merged::Write { value, to } if !fits(&value, &to) => conflict(),
        merged => merged,
    };
    scalar(
        out,
        Field::Milestone,
        merged,
        |_, v| Some(Write::Milestone(v.clone())),
        |v| json!(v),
    );
}

/// Comments people wrote on one end and the other lacks, mirrored append-only.
fn comments(out: &mut PairPlan, left: &Side, right: &Side) {
    for (from, to, end) in [(left, right, End::Right), (right, left, End::Left)] {
        for c in from.own_comments() {
            if !to.has_mirrored(&from.issue, &comment_key(c)) {
                out.push(end, Write::Comment(mirrored_comment(&from.issue, c)));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::refs::IssueRef;
    use crate::tracker::CommentView;

    fn side(issue: &str, title: &str, body: &str, open: bool, labels: &[&str]) -> Side {
        Side {
            issue: IssueRef::parse_qualified(issue).expect("ref"),
            title: title.into(),
            body: body.into(),
            open,
            close_reason: None,
            close_reasons: false,
            labels: labels.iter().map(|l| l.to_string()).collect(),
            assignees: BTreeSet::new(),
            accounts: BTreeMap::new(),
            held_assignees: 0,
            one_assignee: false,
            updated: None,
            version: None,
            comments: Vec::new(),
            milestones: None,
            one_milestone: true,
        }
    }

    /// An end holding `names` as its milestone (`one`: one at most, else a set).
    fn with_milestones(mut side: Side, names: &[&str], one: bool) -> Side {
        side.milestones = Some(names.iter().map(|n| n.to_string()).collect());
        side.one_milestone = one;
        side
    }

    fn names(list: &[&str]) -> BTreeSet<String> {
        list.iter().map(|n| n.to_string()).collect()
    }

    #[test]
    fn milestones_flow_by_name_and_several_fix_versions_never_reach_a_single_end() {
        type Case<'a> = (
            &'a str,
            Option<&'a [&'a str]>,
            &'a [&'a str],
            &'a [&'a str],
            Option<Preference>,
            (Vec<Write>, Vec<Write>, usize),
        );
        let jira = Preference::Tracker(crate::tracker::jira::KIND);
        let local = Preference::Tracker(crate::tracker::local::KIND);
        let m = |l: &[&str]| Write::Milestone(names(l));
        let cases: Vec<Case> = vec![
            (
                "same",
                Some(&["v1"]),
                &["v1"],
                &["v1"],
                None,
                (vec![], vec![], 0),
            ),
            (
                "no base, one end empty",
                None,
                &["v1"],
                &[],
                None,
                (vec![], vec![], 1),
            ),
            (
                "local changed",
                Some(&["v1"]),
                &["v2"],
                &["v1"],
                None,
                (vec![], vec![m(&["v2"])], 0),
            ),
            (
                "jira changed",
                Some(&["v1"]),
                &["v1"],
                &["v2"],
                None,
                (vec![m(&["v2"])], vec![], 0),
            ),
            (
                "jira cleared",
                Some(&["v1"]),
                &["v1"],
                &[],
                None,
                (vec![m(&[])], vec![], 0),
            ),
            (
                "both changed",
                Some(&["v1"]),
                &["v2"],
                &["v3"],
                None,
                (vec![], vec![], 1),
            ),
            (
                "both changed, local wins",
                Some(&["v1"]),
                &["v2"],
                &["v3"],
                Some(local),
                (vec![], vec![m(&["v2"])], 0),
            ),
            (
                "no base, differ",
                None,
                &["v1"],
                &["v2"],
                None,
                (vec![], vec![], 1),
            ),
            (
                "jira adds a second version",
                Some(&["v1"]),
                &["v1"],
                &["v1", "v2"],
                None,
                (vec![], vec![], 1),
            ),
            (
                "jira's set cannot win",
                Some(&["v1"]),
                &["v1"],
                &["v1", "v2"],
                Some(jira),
                (vec![], vec![], 1),
            ),
            (
                "local wins over a set",
                Some(&["v1"]),
                &["v1"],
                &["v1", "v2"],
                Some(local),
                (vec![], vec![m(&["v1"])], 0),
            ),
        ];
        for (name, base, l, r, prefer, (want_left, want_right, conflicts)) in cases {
            let bases: BTreeMap<String, Value> = base
                .map(|b| ("milestone".to_string(), json!(b)))
                .into_iter()
                .collect();
            let left = with_milestones(side("local#1", "T", "", true, &[]), l, true);
            let right = with_milestones(side("PROJ-1", "T", "", true, &[]), r, false);
            let p = plan(&bases, &left, &right, &[Field::Milestone], prefer);
            assert_eq!(
                (p.left, p.right, p.conflicts.len()),
                (want_left, want_right, conflicts),
                "{name}"
            );
        }
        let unread = side("acme/w#12", "T", "", true, &[]);
        let left = with_milestones(side("local#1", "T", "", true, &[]), &["v1"], true);
        let p = plan(&BTreeMap::new(), &left, &unread, &[Field::Milestone], None);
        assert_eq!(
            (p.writes(), p.conflicts.len(), p.bases.len()),
            (0, 0, 0),
            "not read by name: left alone"
        );
    }

    fn bases(title: &str, body: &str, open: bool, labels: &[&str]) -> BTreeMap<String, Value> {
        [
            ("title".to_string(), json!(title)),
            ("body".to_string(), json!(body)),
            ("state".to_string(), json!(open)),
            ("labels".to_string(), json!(labels)),
        ]
        .into_iter()
        .collect()
    }

    #[test]
    fn one_sided_edits_flow_and_sets_merge_element_wise() {
        let base = bases("T", "a\nb", true, &["bug"]);
        let left = side("local#1", "T2", "a\nb", true, &["bug", "ci"]);
        let right = side("acme/w#12", "T", "a\nb\nc", false, &["bug", "p1"]);
        let p = plan(&base, &left, &right, &Field::ALL, None);
        assert_eq!(
            p.left,
            [
                Write::Body("a\nb\nc".into()),
                Write::Open(false, None),
                Write::Labels {
                    add: vec!["p1".into()],
                    remove: vec![]
                }
            ]
        );
        assert_eq!(
            p.right,
            [
                Write::Title("T2".into()),
                Write::Labels {
                    add: vec!["ci".into()],
                    remove: vec![]
                }
            ]
        );
        assert!(p.conflicts.is_empty());
        let same = plan(&base, &left, &left.clone(), &Field::ALL, None);
        assert_eq!(same.writes(), 0);
    }

    #[test]
    fn different_edits_conflict_and_a_preference_resolves_them() {
        let base = bases("T", "a", true, &[]);
        let left = side("local#1", "Left", "a", true, &[]);
        let right = side("acme/w#12", "Right", "a", true, &[]);
        let p = plan(&base, &left, &right, &[Field::Title], None);
        assert_eq!(p.writes(), 0);
        assert_eq!(
            p.conflicts,
            [Conflict {
                field: Field::Title,
                base: Some(json!("T")),
                left: json!("Left"),
                right: json!("Right")
            }]
        );
        let github = Preference::Tracker(crate::tracker::github::KIND);
        let p = plan(&base, &left, &right, &[Field::Title], Some(github));
        assert_eq!(
            (p.left.clone(), p.right.len()),
            (vec![Write::Title("Right".into())], 0)
        );
        let none = plan(&BTreeMap::new(), &left, &right, &[Field::Title], None);
        assert_eq!(
            none.conflicts.len(),
            1,
            "no base: a difference is a conflict"
        );
    }

    #[test]
    fn a_close_reason_flows_only_between_ends_that_keep_one() {
        let closed = |issue: &str, reason: Option<CloseReason>, keeps: bool| Side {
            close_reason: reason,
            close_reasons: keeps,
            ..side(issue, "T", "", false, &[])
        };
        let not_planned = Some(CloseReason::NotPlanned);
        let completed = Some(CloseReason::Completed);
        let local = closed("local#1", not_planned, true);
        let github = closed("acme/w#12", completed, true);
        let gitea = closed("gitea:acme/w#12", None, false);
        let state = |b: Value| [("state".to_string(), b)].into_iter().collect();
        let p = plan(
            &state(json!("closed: completed")),
            &local,
            &github,
            &[Field::State],
            None,
        );
        assert_eq!(p.right, [Write::Open(false, not_planned)]);
        assert_eq!(p.bases, [(Field::State, json!("closed: not_planned"))]);
        let p = plan(
            &state(json!(false)),
            &github,
            &github.clone(),
            &[Field::State],
            None,
        );
        assert_eq!((p.writes(), p.conflicts.len()), (0, 0), "an old base");
        let p = plan(
            &state(json!("closed")),
            &local,
            &gitea,
            &[Field::State],
            None,
        );
        assert_eq!(
            (p.writes(), p.conflicts.len()),
            (0, 0),
            "no reason on Gitea"
        );
    }

    #[test]
    fn comments_are_mirrored_once_and_never_back() {
        let mut left = side("local#1", "T", "", true, &[]);
        let mut right = side("acme/w#12", "T", "", true, &[]);
        right.comments.push(CommentView {
            agent: None,
            author: Some("bob".into()),
            created: Some("2026-11-27T10:00:00Z".into()),
            body: "Seen it.".into(),
        });
        let p = plan(&BTreeMap::new(), &left, &right, &[Field::Comments], None);
        let [Write::Comment(body)] = p.left.as_slice() else {
            panic!("{p:?}")
        };
        assert!(p.right.is_empty());
        left.comments.push(CommentView {
            agent: None,
            author: Some("gh-debussy-sync".into()),
            created: None,
            body: body.clone(),
        });
        let again = plan(&BTreeMap::new(), &left, &right, &[Field::Comments], None);
        assert_eq!(
            again.writes(),
            0,
            "once, and the mirrored copy never goes back"
        );
    }
}
