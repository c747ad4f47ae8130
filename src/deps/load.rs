//! Reading dependencies from the trackers into a [`Graph`], and the states of the
//! issues in it, in as few calls as each tracker allows.

use super::{Candidate, ClaimView, Graph, Readiness};
use crate::refs::{IssueRef, TrackerKind};
use crate::tracker::dependency_links;
use crate::tracker::{IssueState, Space, Tracker, TrackerError};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

/// The tracker of a kind, as the caller reaches it.
pub type Trackers<'a> = dyn Fn(TrackerKind) -> Result<Arc<dyn Tracker>, TrackerError> + 'a;

/// The graph of everything `roots` wait for, transitively, with the issues that
/// wait for the roots themselves. A tracker that reads all its dependencies at
/// once (the local files) is read first, whatever the roots: its files may hold
/// a link between two issues of another tracker (`blocks:` naming a GitHub
/// issue) that no walk from them would find. Others are read issue by issue. An
/// issue whose dependencies cannot be read is not walked past: one warning each.
pub async fn reachable(trackers: &Trackers<'_>, roots: &[IssueRef]) -> (Graph, Vec<String>) {
    let mut graph = Graph::default();
    let mut warnings = Vec::new();
    let mut whole = read_whole(trackers, &mut graph).await;
    let mut seen: BTreeSet<IssueRef> = BTreeSet::new();
    let mut queue: Vec<IssueRef> = roots.to_vec();
    while let Some(issue) = queue.pop() {
        if !seen.insert(issue.clone()) {
            continue;
        }
        let kind = issue.tracker();
        if !whole.contains(&kind) {
            match read(trackers, &issue).await {
                Ok(Read::Whole(all)) => {
                    merge(&mut graph, all);
                    whole.insert(kind);
                }
                Ok(Read::One(deps)) => graph.add_stored(&issue, &deps),
                Err(e) => warnings.push(format!("dependencies of {issue} not read: {e}")),
            }
        }
        queue.extend(graph.blockers(&issue));
    }
    (graph, warnings)
}

/// Merges into `graph` the dependencies of every tracker that keeps them all in
/// files of this repository; answers which ones did. One that cannot be built
/// or read is left to the walk, which says why when it needs it.
async fn read_whole(trackers: &Trackers<'_>, graph: &mut Graph) -> BTreeSet<TrackerKind> {
    let mut whole = BTreeSet::new();
    let kinds = crate::tracker::registry::all()
        .iter()
        .filter(|m| m.dependencies_in_files())
        .map(|m| m.kind());
    for kind in kinds {
        let Ok(tracker) = trackers(kind) else {
            continue;
        };
        let Ok(links) = dependency_links::of(tracker.as_ref()) else {
            continue;
        };
        if let Some(Ok(all)) = links.all_dependencies().await {
            merge(graph, all);
            whole.insert(kind);
        }
    }
    whole
}

enum Read {
    Whole(Graph),
    One(super::Dependencies),
}

async fn read(trackers: &Trackers<'_>, issue: &IssueRef) -> Result<Read, TrackerError> {
    let tracker = trackers(issue.tracker())?;
    let links = dependency_links::of(tracker.as_ref())?;
    match links.all_dependencies().await {
        Some(all) => all.map(Read::Whole),
        None => links.dependencies(issue).await.map(Read::One),
    }
}

fn merge(graph: &mut Graph, other: Graph) {
    for (issue, blockers) in other.blocked_by {
        for b in blockers {
            graph.add(issue.clone(), b);
        }
    }
}

/// What is known of one issue for showing it: its title and state (`None`: its
/// read failed, with the reason).
#[derive(Debug, Clone)]
pub struct Seen {
    pub title: String,
    pub state: Result<IssueState, String>,
}

/// Reads the title and state of `issues`, each tracker's at once.
pub async fn states(
    trackers: &Trackers<'_>,
    issues: impl IntoIterator<Item = IssueRef>,
) -> HashMap<IssueRef, Seen> {
    let mut by_kind: BTreeMap<TrackerKind, Vec<IssueRef>> = BTreeMap::new();
    for issue in issues {
        by_kind.entry(issue.tracker()).or_default().push(issue);
    }
    let mut out = HashMap::new();
    for (kind, issues) in by_kind {
        let read = match trackers(kind) {
            Ok(t) => t.details_many(&issues).await,
            Err(e) => issues.into_iter().map(|i| (i, Err(e.clone()))).collect(),
        };
        for (issue, details) in read {
            let seen = match details {
                Ok(d) => Seen {
                    title: d.title,
                    state: Ok(d.state),
                },
                Err(e) => Seen {
                    title: String::new(),
                    state: Err(e.to_string()),
                },
            };
            out.insert(issue, seen);
        }
    }
    out
}

/// One issue of `issue ready`'s answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Weighed {
    pub candidate: Candidate,
    pub readiness: Readiness,
}

/// The open issues of `space`, each with its readiness. Blockers outside the
/// space (a local issue waiting for a GitHub one) are read from their trackers.
pub async fn ready(
    trackers: &Trackers<'_>,
    space: &Space,
    claims: &dyn ClaimView,
) -> Result<(Vec<Weighed>, Graph), TrackerError> {
    let survey = Survey::of(trackers, space).await?;
    let weighed = survey
        .candidates
        .iter()
        .map(|c| Weighed {
            readiness: survey.graph.readiness(c, &|i| survey.state_of(i), claims),
            candidate: c.clone(),
        })
        .collect();
    Ok((weighed, survey.graph))
}

/// The issues of `space` that wait for an open issue (or one whose state cannot
/// be read), as `issue ready` finds them blocked, whoever holds them.
pub async fn blocked(
    trackers: &Trackers<'_>,
    space: &Space,
) -> Result<BTreeSet<IssueRef>, TrackerError> {
    let survey = Survey::of(trackers, space).await?;
    Ok(survey
        .candidates
        .iter()
        .filter(|c| {
            survey
                .graph
                .blockers(&c.issue)
                .iter()
                .any(|b| survey.state_of(b) != Some(IssueState::Closed))
        })
        .map(|c| c.issue.clone())
        .collect())
}

/// The candidates of a space, the graph of their blockers and the states of
/// those blockers.
struct Survey {
    candidates: Vec<Candidate>,
    graph: Graph,
    states: HashMap<IssueRef, IssueState>,
}

impl Survey {
    async fn of(trackers: &Trackers<'_>, space: &Space) -> Result<Survey, TrackerError> {
        let candidates = candidates(trackers(space.tracker())?.as_ref(), space).await?;
        let graph = Graph::of(
            candidates
                .iter()
                .flat_map(|c| c.blocked_by.iter().map(|b| (c.issue.clone(), b.clone()))),
        );
        let mut states: HashMap<IssueRef, IssueState> = candidates
            .iter()
            .map(|c| (c.issue.clone(), c.state))
            .collect();
        let outside: BTreeSet<IssueRef> = candidates
            .iter()
            .flat_map(|c| c.blocked_by.iter())
            .filter(|b| !states.contains_key(b))
            .cloned()
            .collect();
        for (issue, seen) in self::states(trackers, outside).await {
            if let Ok(state) = seen.state {
                states.insert(issue, state);
            }
        }
        Ok(Survey {
            candidates,
            graph,
            states,
        })
    }

    fn state_of(&self, issue: &IssueRef) -> Option<IssueState> {
        self.states.get(issue).copied()
    }
}

/// The issues of `space` that `issue ready` weighs, with their blockers: as the
/// tracker lists them, else its open issues, then each one's dependencies.
pub async fn candidates(
    tracker: &dyn Tracker,
    space: &Space,
) -> Result<Vec<Candidate>, TrackerError> {
    let links = dependency_links::of(tracker)?;
    if let Some(listed) = links.ready_candidates(space).await {
        return listed;
    }
    let filter = crate::tracker::IssueFilter {
        limit: usize::MAX,
        ..crate::tracker::IssueFilter::default()
    };
    let listed = tracker.list_issues(space, &filter).await?;
    let mut out = Vec::with_capacity(listed.issues.len());
    for details in listed.issues {
        let Some(issue) = IssueRef::parse_qualified(&details.reference) else {
            continue;
        };
        let deps = links.dependencies(&issue).await?;
        out.push(Candidate {
            blocked_by: deps.blocked_by,
            issue,
            title: details.title,
            state: details.state,
            claimed_by: None,
        });
    }
    Ok(out)
}
