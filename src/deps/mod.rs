//! Dependencies between issues (PRODUCT §14): which issue is blocked by which,
//! the cycle a new dependency would close, and which issues are ready to be worked.
//!
//! The graph is pure: trackers store the edges natively (GitHub's `blocked_by`,
//! Gitea dependencies, Jira "Blocks" links, local front matter) and [`load`] reads
//! them into a [`Graph`]; everything decided here is decided on values and
//! table-tested.

pub mod load;

pub use load::candidates;

use crate::refs::IssueRef;
use crate::tracker::IssueState;
use std::collections::{BTreeMap, BTreeSet, VecDeque};

/// What a tracker stores about one issue's dependencies.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Dependencies {
    /// The issues this one waits for.
    pub blocked_by: Vec<IssueRef>,
    /// The issues waiting for this one.
    pub blocks: Vec<IssueRef>,
}

/// One issue as `issue ready` weighs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub issue: IssueRef,
    pub title: String,
    pub state: IssueState,
    /// The agent holding an unexpired claim kept with the issue itself (the local
    /// front matter); remote claims come through a [`ClaimView`].
    pub claimed_by: Option<String>,
    pub blocked_by: Vec<IssueRef>,
}

/// Who holds an unexpired claim on an issue.
///
/// Local issues keep their claim in the front matter and report it in
/// [`Candidate::claimed_by`]; for issues on remote trackers `issue ready` asks
/// this view. The claims module backs it with what the trackers' claim comments
/// (and Redis) say; [`NoClaims`] is the default, under which nothing is claimed.
pub trait ClaimView {
    /// The agent holding an unexpired claim on `issue`, if any.
    fn holder(&self, issue: &IssueRef) -> Option<String>;
}

/// The view under which no remote issue is claimed.
pub struct NoClaims;

impl ClaimView for NoClaims {
    fn holder(&self, _issue: &IssueRef) -> Option<String> {
        None
    }
}

/// Whether an issue can be picked up now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Readiness {
    Ready,
    Closed,
    /// An agent holds an unexpired claim on it.
    Claimed(String),
    /// These blockers are open (or their state could not be read).
    Blocked(Vec<IssueRef>),
}

/// Issues and who blocks whom: `blocked_by[a]` holds every `b` that `a` waits for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Graph {
    blocked_by: BTreeMap<IssueRef, BTreeSet<IssueRef>>,
}

impl Graph {
    /// The graph of the edges `(issue, blocker)`.
    pub fn of(edges: impl IntoIterator<Item = (IssueRef, IssueRef)>) -> Graph {
        let mut graph = Graph::default();
        for (issue, blocker) in edges {
            graph.add(issue, blocker);
        }
        graph
    }

    /// Records that `issue` waits for `blocker`.
    pub fn add(&mut self, issue: IssueRef, blocker: IssueRef) {
        self.blocked_by.entry(issue).or_default().insert(blocker);
    }

    /// Adds what a tracker says of `issue`: its blockers, and the issues it blocks.
    pub fn add_stored(&mut self, issue: &IssueRef, deps: &Dependencies) {
        for blocker in &deps.blocked_by {
            self.add(issue.clone(), blocker.clone());
        }
        for blocked in &deps.blocks {
            self.add(blocked.clone(), issue.clone());
        }
    }

    /// The issues `issue` waits for, in order.
    pub fn blockers(&self, issue: &IssueRef) -> Vec<IssueRef> {
        self.blocked_by
            .get(issue)
            .map(|b| b.iter().cloned().collect())
            .unwrap_or_default()
    }

    /// The issues waiting for `issue`, in order.
    pub fn dependents(&self, issue: &IssueRef) -> Vec<IssueRef> {
        self.blocked_by
            .iter()
            .filter(|(_, blockers)| blockers.contains(issue))
            .map(|(i, _)| i.clone())
            .collect()
    }

    /// `root` and everything it waits for, transitively.
    pub fn upstream(&self, root: &IssueRef) -> BTreeSet<IssueRef> {
        let mut out = BTreeSet::from([root.clone()]);
        let mut queue = vec![root];
        while let Some(at) = queue.pop() {
            for b in self.blocked_by.get(at).into_iter().flatten() {
                if out.insert(b.clone()) {
                    queue.push(b);
                }
            }
        }
        out
    }

    /// Every issue named in the graph.
    pub fn issues(&self) -> BTreeSet<IssueRef> {
        let mut all: BTreeSet<IssueRef> = self.blocked_by.keys().cloned().collect();
        all.extend(self.blocked_by.values().flatten().cloned());
        all
    }

    /// The cycle that `issue` waiting for `blocker` would close, as the path
    /// `issue → blocker → … → issue`; `None` when it closes none.
    pub fn cycle_if_added(&self, issue: &IssueRef, blocker: &IssueRef) -> Option<Vec<IssueRef>> {
        if issue == blocker {
            return Some(vec![issue.clone(), issue.clone()]);
        }
        let path = self.path(blocker, issue)?;
        Some(std::iter::once(issue.clone()).chain(path).collect())
    }

    /// The shortest chain of "waits for" from `from` to `to`, both included.
    fn path(&self, from: &IssueRef, to: &IssueRef) -> Option<Vec<IssueRef>> {
        let mut came_from: BTreeMap<&IssueRef, &IssueRef> = BTreeMap::new();
        let mut queue = VecDeque::from([from]);
        while let Some(at) = queue.pop_front() {
            if at == to {
                let mut path = vec![at.clone()];
                let mut step = at;
                while let Some(prev) = came_from.get(step) {
                    path.push((*prev).clone());
                    step = prev;
                }
                path.reverse();
                return Some(path);
            }
            for next in self.blocked_by.get(at).into_iter().flatten() {
                if next != from && !came_from.contains_key(next) {
                    came_from.insert(next, at);
                    queue.push_back(next);
                }
            }
        }
        None
    }

    /// A cycle in the graph as it is (files edited by hand can hold one), as the
    /// path `a → … → a`: a depth-first walk that meets an issue still on its path.
    pub fn find_cycle(&self) -> Option<Vec<IssueRef>> {
        let mut done: BTreeSet<&IssueRef> = BTreeSet::new();
        for start in self.blocked_by.keys() {
            if done.contains(start) {
                continue;
            }
            // The path walked, each issue with the blockers still to visit.
            let mut path: Vec<(&IssueRef, Vec<&IssueRef>)> = vec![(start, self.next(start))];
            while let Some((at, pending)) = path.last_mut() {
                let at = *at;
                let Some(next) = pending.pop() else {
                    done.insert(at);
                    path.pop();
                    continue;
                };
                if let Some(k) = path.iter().position(|(i, _)| *i == next) {
                    let mut cycle: Vec<IssueRef> =
                        path[k..].iter().map(|(i, _)| (*i).clone()).collect();
                    cycle.push(next.clone());
                    return Some(cycle);
                }
                if !done.contains(next) {
                    path.push((next, self.next(next)));
                }
            }
        }
        None
    }

    /// The blockers of `issue`, to be visited last to first.
    fn next(&self, issue: &IssueRef) -> Vec<&IssueRef> {
        let mut out: Vec<&IssueRef> = self.blocked_by.get(issue).into_iter().flatten().collect();
        out.reverse();
        out
    }

    /// Whether `candidate` is ready: open, unclaimed, every blocker closed.
    /// `state_of` tells a blocker's state; one it cannot tell keeps the issue
    /// blocked (an unread issue is never taken as closed).
    pub fn readiness(
        &self,
        candidate: &Candidate,
        state_of: &dyn Fn(&IssueRef) -> Option<IssueState>,
        claims: &dyn ClaimView,
    ) -> Readiness {
        if candidate.state == IssueState::Closed {
            return Readiness::Closed;
        }
        let holder = candidate
            .claimed_by
            .clone()
            .or_else(|| claims.holder(&candidate.issue));
        if let Some(holder) = holder {
            return Readiness::Claimed(holder);
        }
        let open: Vec<IssueRef> = self
            .blockers(&candidate.issue)
            .into_iter()
            .filter(|b| state_of(b) != Some(IssueState::Closed))
            .collect();
        if open.is_empty() {
            Readiness::Ready
        } else {
            Readiness::Blocked(open)
        }
    }
}

/// A cycle for a message: `local#3 → local#5 → local#3`.
pub fn cycle_text(path: &[IssueRef]) -> String {
    let names: Vec<String> = path.iter().map(ToString::to_string).collect();
    names.join(" → ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l(n: u64) -> IssueRef {
        IssueRef::Number {
            kind: crate::tracker::local::KIND,
            number: n,
        }
    }

    fn graph(edges: &[(u64, u64)]) -> Graph {
        Graph::of(edges.iter().map(|&(a, b)| (l(a), l(b))))
    }

    #[test]
    fn a_new_dependency_that_closes_a_cycle_names_it() {
        type Case<'a> = (&'a [(u64, u64)], (u64, u64), Option<&'a str>);
        let cases: &[Case] = &[
            (&[], (3, 3), Some("local#3 → local#3")),
            (&[(5, 3)], (3, 5), Some("local#3 → local#5 → local#3")),
            (
                &[(5, 7), (7, 3)],
                (3, 5),
                Some("local#3 → local#5 → local#7 → local#3"),
            ),
            (&[(5, 7), (3, 7)], (3, 5), None),
            (&[(1, 2), (2, 3)], (1, 3), None),
            (
                &[(5, 3), (5, 4), (4, 3)],
                (3, 5),
                Some("local#3 → local#5 → local#3"),
            ),
        ];
        for (edges, (a, b), want) in cases {
            let got = graph(edges).cycle_if_added(&l(*a), &l(*b));
            assert_eq!(
                got.as_deref().map(cycle_text).as_deref(),
                *want,
                "{edges:?} + {a}→{b}"
            );
        }
    }

    #[test]
    fn a_cycle_already_in_the_graph_is_found() {
        assert_eq!(graph(&[(1, 2), (2, 3), (1, 3)]).find_cycle(), None);
        let inner = graph(&[(1, 2), (2, 3), (3, 2)]).find_cycle();
        assert_eq!(
            inner.as_deref().map(cycle_text).as_deref(),
            Some("local#2 → local#3 → local#2")
        );
        let cycle = graph(&[(1, 2), (2, 3), (3, 1), (4, 1)]).find_cycle();
        assert_eq!(
            cycle.as_deref().map(cycle_text).as_deref(),
            Some("local#1 → local#2 → local#3 → local#1")
        );
    }

    struct Claimed(u64);

    impl ClaimView for Claimed {
        fn holder(&self, issue: &IssueRef) -> Option<String> {
            (*issue == l(self.0)).then(|| "agent-b".to_string())
        }
    }

    #[test]
    fn ready_means_open_unclaimed_and_every_blocker_closed() {
        // 1 ← 2 ← 3; 4 waits for 1 and 5; 6 waits for an issue whose state is unknown.
        let g = graph(&[(2, 1), (3, 2), (4, 1), (4, 5), (6, 99)]);
        let closed = [1u64, 5];
        let state_of = |i: &IssueRef| match i {
            IssueRef::Number { number: 99, .. } => None,
            IssueRef::Number { number, .. } if closed.contains(number) => Some(IssueState::Closed),
            _ => Some(IssueState::Open),
        };
        let candidate = |n: u64, claimed: Option<&str>| Candidate {
            issue: l(n),
            title: String::new(),
            state: state_of(&l(n)).unwrap_or_default(),
            claimed_by: claimed.map(str::to_string),
            blocked_by: g.blockers(&l(n)),
        };
        let cases = [
            (candidate(1, None), Readiness::Closed),
            (candidate(2, None), Readiness::Ready),
            (candidate(3, None), Readiness::Blocked(vec![l(2)])),
            (candidate(4, None), Readiness::Ready),
            (candidate(6, None), Readiness::Blocked(vec![l(99)])),
            (
                candidate(7, Some("agent-a")),
                Readiness::Claimed("agent-a".into()),
            ),
            (candidate(8, None), Readiness::Claimed("agent-b".into())),
        ];
        for (c, want) in cases {
            assert_eq!(g.readiness(&c, &state_of, &Claimed(8)), want, "{}", c.issue);
        }
        assert_eq!(
            g.readiness(&candidate(8, None), &state_of, &NoClaims),
            Readiness::Ready
        );
    }

    #[test]
    fn stored_blocks_are_read_as_the_other_issue_waiting() {
        let mut g = Graph::default();
        g.add_stored(
            &l(1),
            &Dependencies {
                blocked_by: vec![l(2)],
                blocks: vec![l(3)],
            },
        );
        assert_eq!(g.blockers(&l(1)), [l(2)]);
        assert_eq!(g.blockers(&l(3)), [l(1)]);
        assert_eq!(g.dependents(&l(1)), [l(3)]);
        assert_eq!(g.issues().len(), 3);
        assert_eq!(g.upstream(&l(3)), BTreeSet::from([l(3), l(1), l(2)]));
    }
}
