//! The plan stage of `plan publish`: pure. From what each issue should be, what
//! the journal remembers and what the tracker said, the steps that bring the
//! tracker there — nothing for what is already so.

use super::body;
use super::{Item, Wanted};
use crate::refs::IssueRef;
use crate::tracker::publish::{MilestoneSeen, PublishSeen, Structure};
use crate::tracker::{LabelSpec, NewIssue, TrackerError};
use std::collections::{BTreeMap, HashSet};

/// What earlier runs left in the journal.
#[derive(Debug, Clone, Default)]
pub struct Journaled {
    /// Issues created, by marker.
    pub created: BTreeMap<String, IssueRef>,
    /// Markers of creates sent without a clear answer: the issue may exist.
    pub pending: HashSet<String>,
    /// `(issue, blocker)` links made.
    pub blocked_by: HashSet<(IssueRef, IssueRef)>,
}

/// What the run is asked for besides the plan.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub labels: Vec<LabelSpec>,
    /// Create missing labels (`sync.create_labels_if_missing`).
    pub create_labels: bool,
    /// Milestone title and due date (`YYYY-MM-DD`).
    pub milestone: Option<(String, Option<String>)>,
    pub structure: Structure,
}

/// One step of a publish.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    CreateLabel(LabelSpec),
    CreateMilestone {
        title: String,
        due: Option<String>,
    },
    /// The new issue's milestone is the one read or created in this run.
    Create {
        item: Item,
        issue: NewIssue,
    },
    Update {
        item: Item,
        issue: IssueRef,
        title: Option<String>,
        body: Option<String>,
    },
    /// Write the item's link line into its plan file.
    Link {
        item: Item,
    },
    SubIssue {
        parent: Item,
        child: Item,
    },
    BlockedBy {
        item: Item,
        blocker: Item,
    },
}

/// The steps, the issues known before any write, and why some items wait.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Planned {
    pub steps: Vec<Step>,
    /// Each item's issue as known before applying (linked, journaled or found).
    pub known: BTreeMap<Item, IssueRef>,
    /// Items left alone this run, with the reason (a failed read).
    pub held: Vec<(Item, String)>,
    pub warnings: Vec<String>,
}

/// The steps that publish `wanted`.
pub fn plan(
    wanted: &[Wanted],
    journal: &Journaled,
    seen: &PublishSeen,
    options: &Options,
) -> Planned {
    let mut out = Planned::default();
    let milestone = milestone_steps(wanted, journal, seen, options, &mut out);
    for w in wanted {
        item_steps(w, journal, seen, options, milestone.as_ref(), &mut out);
    }
    let creates = out.steps.iter().any(|s| matches!(s, Step::Create { .. }));
    if creates && options.create_labels {
        let missing = options
            .labels
            .iter()
            .filter(|l| matches!(seen.labels.get(&l.name), Some(Ok(false))))
            .map(|l| Step::CreateLabel(l.clone()));
        let labels: Vec<Step> = missing.collect();
        out.steps.splice(0..0, labels);
    }
    structure_steps(wanted, journal, seen, options, &mut out);
    out
}

/// Whether the milestone must be created, and the one the creates use.
fn milestone_steps(
    wanted: &[Wanted],
    journal: &Journaled,
    seen: &PublishSeen,
    options: &Options,
    out: &mut Planned,
) -> Option<Result<Option<u64>, String>> {
    let (title, due) = options.milestone.as_ref()?;
    if !options.structure.milestones {
        out.warnings.push(format!(
            "milestone '{title}' not set: this tracker has no milestones to publish with"
        ));
        return None;
    }
    let any_new = wanted.iter().any(|w| known(w, journal, seen).is_none());
    match &seen.milestone {
        Some(Ok(MilestoneSeen::Exists(n))) => Some(Ok(Some(*n))),
        Some(Ok(MilestoneSeen::Missing)) => {
            if any_new {
                out.steps.push(Step::CreateMilestone {
                    title: title.clone(),
                    due: due.clone(),
                });
            }
            Some(Ok(None))
        }
        Some(Err(e)) => Some(Err(format!("milestone '{title}' could not be read: {e}"))),
        None => Some(Err(format!("milestone '{title}' was not read"))),
    }
}

/// The issue `w` has already: linked in the plan, created by an earlier run, or
/// found through its marker.
fn known(w: &Wanted, journal: &Journaled, seen: &PublishSeen) -> Option<IssueRef> {
    w.linked
        .clone()
        .or_else(|| journal.created.get(&w.marker).cloned())
        .or_else(|| seen.found.get(&w.marker).cloned())
}

fn item_steps(
    w: &Wanted,
    journal: &Journaled,
    seen: &PublishSeen,
    options: &Options,
    milestone: Option<&Result<Option<u64>, String>>,
    out: &mut Planned,
) {
    if let Some(issue) = known(w, journal, seen) {
        out.known.insert(w.item.clone(), issue.clone());
        if w.linked.is_none() {
            out.steps.push(Step::Link {
                item: w.item.clone(),
            });
        }
        match seen.issues.get(&issue) {
            Some(Ok(now)) => update_step(w, &issue, now, out),
            Some(Err(e)) => out.held.push((w.item.clone(), read_failed(&issue, e))),
            None => {}
        }
        return;
    }
    if journal.pending.contains(&w.marker) {
        if let Some(e) = &seen.scan_failed {
            let why = format!(
                "an earlier run may have created it, and looking for it failed ({e}); nothing created"
            );
            out.held.push((w.item.clone(), why));
            return;
        }
    }
    let number = match milestone {
        Some(Err(why)) => {
            out.held.push((w.item.clone(), why.clone()));
            return;
        }
        Some(Ok(n)) => *n,
        None => None,
    };
    out.steps.push(Step::Create {
        item: w.item.clone(),
        issue: NewIssue {
            title: w.title.clone(),
            body: body::block(&w.marker, &w.content),
            labels: options.labels.iter().map(|l| l.name.clone()).collect(),
            assignees: Vec::new(),
            milestone: number,
        },
    });
    out.steps.push(Step::Link {
        item: w.item.clone(),
    });
}

fn read_failed(issue: &IssueRef, e: &TrackerError) -> String {
    format!("{issue} could not be read ({e}); not updated")
}

/// An update of the title and our part of the body, where they differ.
fn update_step(
    w: &Wanted,
    issue: &IssueRef,
    now: &crate::tracker::publish::Published,
    out: &mut Planned,
) {
    // An issue someone else wrote and linked by hand is theirs: it is used as it
    // is, never retitled or rewritten.
    if !body::carries(&now.body, &w.marker) {
        return;
    }
    let title = (now.title.trim() != w.title.trim()).then(|| w.title.clone());
    let merged = body::merged(&now.body, &w.marker, &w.content);
    if merged.is_none() {
        out.warnings.push(format!(
            "{issue}: its body no longer has the part we publish (the hidden markers were removed); the body was left as it is"
        ));
    }
    let body = merged.filter(|b| !body::same(b, &now.body));
    if title.is_some() || body.is_some() {
        out.steps.push(Step::Update {
            item: w.item.clone(),
            issue: issue.clone(),
            title,
            body,
        });
    }
}

/// Sub-issues of the tracking issue and blocked-by links, where missing.
fn structure_steps(
    wanted: &[Wanted],
    journal: &Journaled,
    seen: &PublishSeen,
    options: &Options,
    out: &mut Planned,
) {
    let exists = |item: &Item| {
        out.known.contains_key(item)
            || out
                .steps
                .iter()
                .any(|s| matches!(s, Step::Create { item: i, .. } if i == item))
    };
    let mut steps = Vec::new();
    let tracking = out.known.get(&Item::Tracking);
    for w in wanted.iter().filter(|w| w.item != Item::Tracking) {
        if !exists(&w.item) {
            continue;
        }
        let child = out.known.get(&w.item);
        if options.structure.sub_issues && exists(&Item::Tracking) {
            let linked = match (&seen.children, tracking, child) {
                (Some(Ok(children)), Some(_), Some(c)) => children.contains(c),
                (Some(Err(_)), Some(_), Some(_)) => true,
                _ => false,
            };
            if !linked {
                steps.push(Step::SubIssue {
                    parent: Item::Tracking,
                    child: w.item.clone(),
                });
            }
        }
        if !options.structure.dependencies {
            continue;
        }
        for blocker in w.depends_on.iter().filter(|b| exists(b)) {
            let done = match (child, out.known.get(blocker)) {
                (Some(c), Some(b)) => journal.blocked_by.contains(&(c.clone(), b.clone())),
                _ => false,
            };
            if !done {
                steps.push(Step::BlockedBy {
                    item: w.item.clone(),
                    blocker: blocker.clone(),
                });
            }
        }
    }
    if let Some(Err(e)) = &seen.children {
        out.warnings.push(format!(
            "the tracking issue's sub-issues could not be read ({e}); none added"
        ));
    }
    let wants_structure = steps.iter().any(|s| matches!(s, Step::BlockedBy { .. }))
        || !options.structure.dependencies && wanted.iter().any(|w| !w.depends_on.is_empty());
    if wants_structure && !options.structure.dependencies {
        out.warnings.push(
            "this tracker has no issue dependencies: Depends On is kept in the plan only".into(),
        );
    }
    out.steps.extend(steps);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::refs::RepoRef;
    use crate::tracker::publish::Published;

    fn issue(n: u64) -> IssueRef {
        IssueRef::Repo {
            kind: crate::tracker::github::KIND,
            repo: RepoRef::parse("acme/widgets").expect("repo"),
            number: n,
        }
    }

    fn wanted() -> Vec<Wanted> {
        let w = |item: Item, title: &str, deps: Vec<Item>| Wanted {
            marker: body::marker(
                "plan.md",
                match &item {
                    Item::Tracking => None,
                    Item::Phase(id) => Some(id.as_str()),
                },
            ),
            item,
            title: title.into(),
            content: "- [ ] task".into(),
            file: "f.md".into(),
            depends_on: deps,
            linked: None,
        };
        vec![
            w(Item::Tracking, "Plan", vec![]),
            w(Item::Phase("1".into()), "Phase 1: A", vec![]),
            w(
                Item::Phase("2".into()),
                "Phase 2: B",
                vec![Item::Phase("1".into())],
            ),
        ]
    }

    fn full() -> Options {
        Options {
            labels: vec![LabelSpec {
                name: "debussy".into(),
                color: "EDEDED".into(),
                description: String::new(),
            }],
            create_labels: true,
            milestone: Some(("v1".into(), None)),
            structure: Structure {
                sub_issues: true,
                dependencies: true,
                milestones: true,
            },
        }
    }

    fn kinds(p: &Planned) -> Vec<String> {
        p.steps
            .iter()
            .map(|s| match s {
                Step::CreateLabel(l) => format!("label {}", l.name),
                Step::CreateMilestone { title, .. } => format!("milestone {title}"),
                Step::Create { item, .. } => format!("create {item}"),
                Step::Update { item, .. } => format!("update {item}"),
                Step::Link { item } => format!("link {item}"),
                Step::SubIssue { child, .. } => format!("sub {child}"),
                Step::BlockedBy { item, blocker } => format!("{item} blocked by {blocker}"),
            })
            .collect()
    }

    fn seen_nothing() -> PublishSeen {
        let mut seen = PublishSeen::default();
        seen.labels.insert("debussy".into(), Ok(false));
        seen.milestone = Some(Ok(MilestoneSeen::Missing));
        seen
    }

    /// Everything published, as the tracker shows it after a first run.
    fn published(journal: &mut Journaled, seen: &mut PublishSeen) -> Vec<Wanted> {
        let mut ws = wanted();
        for (n, w) in ws.iter_mut().enumerate() {
            let i = issue(10 + n as u64);
            w.linked = Some(i.clone());
            seen.issues.insert(
                i,
                Ok(Published {
                    title: w.title.clone(),
                    body: body::block(&w.marker, &w.content),
                }),
            );
        }
        seen.children = Some(Ok(vec![issue(11), issue(12)]));
        seen.labels.insert("debussy".into(), Ok(true));
        seen.milestone = Some(Ok(MilestoneSeen::Exists(3)));
        journal.blocked_by.insert((issue(12), issue(11)));
        ws
    }

    #[test]
    fn a_first_publish_creates_everything_in_order() {
        let p = plan(&wanted(), &Journaled::default(), &seen_nothing(), &full());
        assert_eq!(
            kinds(&p),
            [
                "label debussy",
                "milestone v1",
                "create plan",
                "link plan",
                "create phase 1",
                "link phase 1",
                "create phase 2",
                "link phase 2",
                "sub phase 1",
                "sub phase 2",
                "phase 2 blocked by phase 1",
            ]
        );
        assert!(p.held.is_empty() && p.warnings.is_empty());
    }

    #[test]
    fn a_repeat_plans_nothing() {
        let (mut journal, mut seen) = (Journaled::default(), PublishSeen::default());
        let ws = published(&mut journal, &mut seen);
        let p = plan(&ws, &journal, &seen, &full());
        assert_eq!(kinds(&p), Vec::<String>::new());
        assert_eq!(p.known.len(), 3);
    }

    #[test]
    fn what_changed_is_updated_and_ticks_on_the_issue_stay() {
        let (mut journal, mut seen) = (Journaled::default(), PublishSeen::default());
        let mut ws = published(&mut journal, &mut seen);
        ws[1].title = "Phase 1: Renamed".into();
        ws[2].content = "- [ ] task\n- [x] new".into();
        let by_hand = format!(
            "{}\n\nA sentence.",
            body::block(&ws[2].marker, "- [x] task")
        );
        seen.issues.insert(
            issue(12),
            Ok(Published {
                title: ws[2].title.clone(),
                body: by_hand,
            }),
        );
        let p = plan(&ws, &journal, &seen, &full());
        assert_eq!(kinds(&p), ["update phase 1", "update phase 2"]);
        let Step::Update { title, body, .. } = &p.steps[0] else {
            panic!()
        };
        assert_eq!((title.as_deref(), body), (Some("Phase 1: Renamed"), &None));
        let Step::Update {
            body: Some(b),
            title: None,
            ..
        } = &p.steps[1]
        else {
            panic!()
        };
        assert!(
            b.contains("- [x] task\n- [x] new") && b.ends_with("\n\nA sentence."),
            "{b}"
        );
    }

    #[test]
    fn issues_linked_by_hand_are_used_as_they_are() {
        let (mut journal, mut seen) = (Journaled::default(), PublishSeen::default());
        let ws = published(&mut journal, &mut seen);
        let theirs = Published {
            title: "Written by a person".into(),
            body: "Their own words.".into(),
        };
        seen.issues.insert(issue(10), Ok(theirs));
        let p = plan(&ws, &journal, &seen, &full());
        assert_eq!(kinds(&p), Vec::<String>::new());
        assert!(p.warnings.is_empty(), "{:?}", p.warnings);
    }

    #[test]
    fn issues_a_killed_run_created_are_adopted_not_created_again() {
        let mut journal = Journaled::default();
        let ws = wanted();
        journal.created.insert(ws[0].marker.clone(), issue(10));
        journal.pending.insert(ws[1].marker.clone());
        journal.pending.insert(ws[2].marker.clone());
        let mut seen = seen_nothing();
        seen.found.insert(ws[1].marker.clone(), issue(11));
        seen.children = Some(Ok(vec![]));
        let p = plan(&ws, &journal, &seen, &full());
        assert_eq!(
            kinds(&p),
            [
                "label debussy",
                "milestone v1",
                "link plan",
                "link phase 1",
                "create phase 2",
                "link phase 2",
                "sub phase 1",
                "sub phase 2",
                "phase 2 blocked by phase 1",
            ]
        );
        // A pending create whose scan failed is never sent again blindly.
        seen.scan_failed = Some(TrackerError::Transport("reset".into()));
        let held = plan(&ws, &journal, &seen, &full());
        assert!(!kinds(&held).contains(&"create phase 2".to_string()));
        assert_eq!(held.held.len(), 1);
    }

    #[test]
    fn failed_reads_hold_their_items_and_missing_structure_is_a_warning() {
        let (mut journal, mut seen) = (Journaled::default(), PublishSeen::default());
        let ws = published(&mut journal, &mut seen);
        seen.issues
            .insert(issue(11), Err(TrackerError::Transport("down".into())));
        let p = plan(&ws, &journal, &seen, &full());
        assert_eq!(p.held.len(), 1);
        let mut unread = seen_nothing();
        unread.milestone = Some(Err(TrackerError::Transport("down".into())));
        let p = plan(&wanted(), &Journaled::default(), &unread, &full());
        assert_eq!(p.held.len(), 3, "no issue is created without its milestone");
        assert!(!kinds(&p).iter().any(|k| k.starts_with("create")));
        let bare = Options {
            structure: Structure::default(),
            ..full()
        };
        let p = plan(&wanted(), &Journaled::default(), &seen_nothing(), &bare);
        assert!(!kinds(&p)
            .iter()
            .any(|k| k.starts_with("sub") || k.contains("blocked")));
        assert_eq!(p.warnings.len(), 2, "{:?}", p.warnings);
    }
}
