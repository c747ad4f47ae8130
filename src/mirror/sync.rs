//! Running `issue sync` on links: read every end (one batched read per tracker),
//! plan each pair ([`super::pair`]), and — with a store, i.e. `--apply` — check
//! right before writing, again in one batched read per tracker, that no end about
//! to be written changed since it was read (else read and merge that pair again),
//! write (edits batched per tracker), then keep the values both ends hold as the
//! next bases.

use super::base::{link_key, SyncState};
use super::fields::{Field, Side};
use super::links::Link;
use super::pair::{plan, Conflict, PairPlan, Preference, Write};
use crate::operation::{ActionKind, OpStatus, OperationTracker};
use crate::refs::{IssueRef, TrackerKind};
use crate::store::{now_rfc3339, JournalEntry, Store, StoreError};
use crate::tracker::{CloseReason, IssueDetails, IssueEdit, Tracker, TrackerError};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// Reads before giving up on a pair that keeps changing under us.
const ATTEMPTS: usize = 3;

/// What `issue sync` asks of every pair.
pub struct Options<'a> {
    pub fields: Vec<Field>,
    pub prefer: Option<Preference>,
    /// Our phase-state labels, never mirrored.
    pub state_label: &'a (dyn Fn(&str) -> bool + Sync),
    /// `users:`, through which assignees are mapped.
    pub users: &'a super::fields::Users,
}

/// One write, as reported.
#[derive(Debug, Clone, Serialize)]
pub struct WriteRow {
    pub issue: String,
    pub field: Field,
    pub value: String,
    pub status: OpStatus,
    pub message: Option<String>,
}

/// One link's sync.
#[derive(Debug, Clone, Serialize)]
pub struct PairReport {
    pub left: String,
    pub right: String,
    pub status: SyncState,
    pub writes: Vec<WriteRow>,
    pub conflicts: Vec<Conflict>,
    pub error: Option<String>,
}

impl PairReport {
    fn new(link: &Link) -> PairReport {
        PairReport {
            left: link.left.to_string(),
            right: link.right.to_string(),
            status: SyncState::Pending,
            writes: Vec::new(),
            conflicts: Vec::new(),
            error: None,
        }
    }
}

/// The trackers of the links' ends, by kind.
pub type Trackers<'a> = HashMap<TrackerKind, &'a dyn Tracker>;

type Reads = HashMap<IssueRef, Result<IssueDetails, TrackerError>>;

/// A pair planned for writing: its link's index, both ends as read, the plan.
type Ready = (usize, Side, Side, PairPlan);

/// Syncs every link, one report per link in order. The ends are read together,
/// one batched read per tracker; without `apply` that is all, and the reports
/// preview what `--apply` would write (against the bases in `store` when there is
/// one). With `apply`, the ends about to be written are read again together right
/// before writing: a pair with an end changed since is read and planned again, the
/// others are written, title, body and label edits batched per tracker.
pub async fn sync_links(
    links: &[Link],
    trackers: &Trackers<'_>,
    mut store: Option<&mut Store>,
    apply: bool,
    options: &Options<'_>,
) -> Result<Vec<PairReport>, StoreError> {
    let mut reports: Vec<PairReport> = links.iter().map(PairReport::new).collect();
    let mut pending: Vec<usize> = (0..links.len()).collect();
    let mut tries = vec![0usize; links.len()];
    let mut reads = Reads::new();
    while !pending.is_empty() {
        let ends = pending
            .iter()
            .flat_map(|&k| [&links[k].left, &links[k].right]);
        reads.extend(read_all(trackers, ends).await);
        let mut ready: Vec<Ready> = Vec::new();
        let mut later = Vec::new();
        for k in std::mem::take(&mut pending) {
            let (link, key) = (&links[k], link_key(&links[k].left, &links[k].right));
            let writing = apply && store.is_some();
            let (left, right) = match sides(&reads, link, options) {
                Ok(sides) => sides,
                Err(e) => {
                    let store = store.as_deref_mut().filter(|_| apply);
                    failed(&mut reports[k], &key, store, e)?;
                    continue;
                }
            };
            let bases = match &store {
                Some(s) => s.bases(&key)?,
                None => Default::default(),
            };
            let planned = plan(&bases, &left, &right, &options.fields, options.prefer);
            reports[k].conflicts = planned.conflicts.clone();
            if !writing {
                reports[k].writes = rows(&planned, link, OpStatus::Planned);
                reports[k].status = status_of(&planned);
            } else if shares_an_end(&ready, links, link) {
                // Written by a pair before it in this round: planned again after.
                later.push(k);
            } else {
                ready.push((k, left, right, planned));
            }
        }
        let Some(store) = store.as_deref_mut().filter(|_| apply) else {
            break;
        };
        // Never lose an edit: a pair with an end changed since it was read is read again.
        let (same, changed) = still_as_read(trackers, ready, &mut reports, links, store).await?;
        for k in changed {
            tries[k] += 1;
            if tries[k] < ATTEMPTS {
                pending.push(k);
            } else {
                let e = TrackerError::Unavailable(
                    "the issues kept changing while they were synced".into(),
                );
                let key = link_key(&links[k].left, &links[k].right);
                failed(&mut reports[k], &key, Some(&mut *store), e)?;
            }
        }
        write_all(links, trackers, store, same, &mut reports).await?;
        pending.extend(later);
        pending.sort_unstable();
    }
    Ok(reports)
}

/// Whether `link` has an end among the pairs in `ready`.
fn shares_an_end(ready: &[Ready], links: &[Link], link: &Link) -> bool {
    ready.iter().any(|(k, _, _, _)| {
        let other = &links[*k];
        [&other.left, &other.right].iter().any(|i| link.has(i))
    })
}

/// Reads `issues`, one [`Tracker::details_many`] per tracker, trackers at once.
async fn read_all<'i>(
    trackers: &Trackers<'_>,
    issues: impl IntoIterator<Item = &'i IssueRef>,
) -> Reads {
    let mut out = Reads::new();
    let mut reading = Vec::new();
    for (kind, list) in by_tracker(issues) {
        match trackers.get(&kind) {
            Some(tracker) => reading.push(async move { tracker.details_many(&list).await }),
            None => out.extend(list.into_iter().map(|i| (i, Err(no_tracker(kind))))),
        }
    }
    for read in futures_util::future::join_all(reading).await {
        out.extend(read);
    }
    out
}

/// The versions of `issues`, one [`Tracker::versions_many`] per tracker.
async fn versions_all<'i>(
    trackers: &Trackers<'_>,
    issues: impl IntoIterator<Item = &'i IssueRef>,
) -> HashMap<IssueRef, Result<Option<String>, TrackerError>> {
    let mut out = HashMap::new();
    let mut reading = Vec::new();
    for (kind, list) in by_tracker(issues) {
        match trackers.get(&kind) {
            Some(tracker) => reading.push(async move { tracker.versions_many(&list).await }),
            None => out.extend(list.into_iter().map(|i| (i, Err(no_tracker(kind))))),
        }
    }
    for read in futures_util::future::join_all(reading).await {
        out.extend(read);
    }
    out
}

/// `issues` by tracker, each once.
fn by_tracker<'i>(
    issues: impl IntoIterator<Item = &'i IssueRef>,
) -> HashMap<TrackerKind, Vec<IssueRef>> {
    let mut by_kind: HashMap<TrackerKind, Vec<IssueRef>> = HashMap::new();
    let mut seen = HashSet::new();
    for issue in issues {
        if seen.insert(issue) {
            by_kind
                .entry(issue.tracker())
                .or_default()
                .push(issue.clone());
        }
    }
    by_kind
}

fn no_tracker(kind: TrackerKind) -> TrackerError {
    TrackerError::Unavailable(format!("no {} tracker is configured", kind.as_str()))
}

/// Both ends of `link` as read.
fn sides(reads: &Reads, link: &Link, options: &Options<'_>) -> Result<(Side, Side), TrackerError> {
    let side = |issue: &IssueRef| -> Result<Side, TrackerError> {
        let details = reads
            .get(issue)
            .cloned()
            .unwrap_or_else(|| Err(TrackerError::Unavailable(format!("{issue} was not read"))))?;
        Ok(Side::read(
            issue.clone(),
            details,
            options.state_label,
            options.users,
        ))
    };
    Ok((side(&link.left)?, side(&link.right)?))
}

/// Reads again, together, the ends `ready` pairs are about to write: the pairs
/// whose ends are as they were read, and the links whose ends changed. A pair
/// whose end cannot be read again fails.
async fn still_as_read(
    trackers: &Trackers<'_>,
    ready: Vec<Ready>,
    reports: &mut [PairReport],
    links: &[Link],
    store: &mut Store,
) -> Result<(Vec<(usize, PairPlan)>, Vec<usize>), StoreError> {
    let written = |(_, left, right, planned): &Ready| {
        let left = (!planned.left.is_empty()).then_some(left);
        let right = (!planned.right.is_empty()).then_some(right);
        [left, right]
            .into_iter()
            .flatten()
            .cloned()
            .collect::<Vec<Side>>()
    };
    let ends: Vec<Side> = ready.iter().flat_map(written).collect();
    let now = versions_all(trackers, ends.iter().map(|s| &s.issue)).await;
    let (mut same, mut changed) = (Vec::new(), Vec::new());
    for pair in ready {
        let check: Result<bool, TrackerError> = written(&pair).iter().try_fold(true, |ok, side| {
            let fresh = now.get(&side.issue).cloned().unwrap_or_else(|| {
                Err(TrackerError::Unavailable(format!(
                    "{} was not read",
                    side.issue
                )))
            })?;
            Ok(ok && fresh == side.version)
        });
        let k = pair.0;
        match check {
            Ok(true) => same.push((k, pair.3)),
            Ok(false) => changed.push(k),
            Err(e) => {
                let key = link_key(&links[k].left, &links[k].right);
                failed(&mut reports[k], &key, Some(store), e)?;
            }
        }
    }
    Ok((same, changed))
}

fn status_of(planned: &PairPlan) -> SyncState {
    if !planned.conflicts.is_empty() {
        SyncState::Conflict
    } else if planned.writes() > 0 {
        SyncState::Pending
    } else {
        SyncState::Synced
    }
}

fn rows(planned: &PairPlan, link: &Link, status: OpStatus) -> Vec<WriteRow> {
    let row = |issue: &IssueRef, w: &Write| WriteRow {
        issue: issue.to_string(),
        field: w.field(),
        value: w.value(),
        status,
        message: None,
    };
    let left = planned.left.iter().map(|w| row(&link.left, w));
    left.chain(planned.right.iter().map(|w| row(&link.right, w)))
        .collect()
}

fn failed(
    report: &mut PairReport,
    key: &str,
    store: Option<&mut Store>,
    e: TrackerError,
) -> Result<(), StoreError> {
    if let Some(store) = store {
        store.record_error(key, &e.to_string())?;
    }
    report.status = SyncState::Error;
    report.error = Some(e.to_string());
    Ok(())
}

/// The writes of one end of pair `k`: title, body and labels as one edit, then the
/// state and each comment.
struct EndWrites {
    k: usize,
    issue: IssueRef,
    edit: IssueEdit,
    edited: Vec<Write>,
    rest: Vec<Write>,
}

impl EndWrites {
    fn new(k: usize, issue: &IssueRef, writes: &[Write]) -> EndWrites {
        let mut end = EndWrites {
            k,
            issue: issue.clone(),
            edit: IssueEdit::default(),
            edited: Vec::new(),
            rest: Vec::new(),
        };
        for w in writes {
            match w {
                Write::Title(t) => end.edit.title = Some(t.clone()),
                Write::Body(b) => end.edit.body = Some(b.clone()),
                Write::Assignees { add, remove } => {
                    end.edit.add_assignees.extend(add.iter().cloned());
                    end.edit.remove_assignees.extend(remove.iter().cloned());
                }
                Write::Labels { add, remove } => {
                    end.edit.add_labels.extend(add.iter().cloned());
                    end.edit.remove_labels.extend(remove.iter().cloned());
                }
                Write::Open(..) | Write::Comment(_) | Write::Milestone(_) => {
                    end.rest.push(w.clone());
                    continue;
                }
            }
            end.edited.push(w.clone());
        }
        end
    }
}

/// A write made, with its result (and a note for the journal: a milestone created).
type Written = (IssueRef, Write, Result<Option<String>, TrackerError>);

/// Writes the pairs in `same`: every edit at once (one [`Tracker::edit_many`] per
/// tracker), then each end's state and comments; a failed edit holds back the rest
/// of its end. Then journals every write and keeps the bases of what landed.
async fn write_all(
    links: &[Link],
    trackers: &Trackers<'_>,
    store: &mut Store,
    same: Vec<(usize, PairPlan)>,
    reports: &mut [PairReport],
) -> Result<(), StoreError> {
    let mut ends = Vec::new();
    for (k, planned) in &same {
        let link = &links[*k];
        for (issue, writes) in [(&link.left, &planned.left), (&link.right, &planned.right)] {
            if !writes.is_empty() {
                ends.push(EndWrites::new(*k, issue, writes));
            }
        }
    }
    let edited = edit_all(trackers, &ends).await;
    let mut written: HashMap<usize, Vec<Written>> = HashMap::new();
    for (end, result) in ends.into_iter().zip(edited) {
        let out = written.entry(end.k).or_default();
        if let Some(result) = result {
            let failed = result.is_err();
            let edits = end.edited.into_iter();
            let result = result.clone().map(|()| None);
            out.extend(edits.map(|w| (end.issue.clone(), w, result.clone())));
            if failed {
                continue;
            }
        }
        let Some(tracker) = trackers.get(&end.issue.tracker()) else {
            continue;
        };
        for w in end.rest {
            let result = match &w {
                Write::Open(open, reason) => tracker
                    .set_open(&end.issue, *open, reason.map(CloseReason::as_str))
                    .await
                    .map(|_| None),
                Write::Comment(body) => tracker.comment(&end.issue, body).await.map(|()| None),
                Write::Milestone(names) => tracker
                    .set_milestones(&end.issue, names)
                    .await
                    .map(|created| created_note(&created)),
                _ => Ok(None),
            };
            out.push((end.issue.clone(), w, result));
        }
    }
    for (k, planned) in same {
        let done = written.remove(&k).unwrap_or_default();
        finish(&links[k], store, &planned, done, &mut reports[k])?;
    }
    Ok(())
}

/// The edits sent to one tracker, with the index of the end each is of.
type EditsOf = (Vec<usize>, Vec<(IssueRef, IssueEdit)>);

/// The edits of `ends`, one [`Tracker::edit_many`] per tracker, trackers at once:
/// each end's result (`None`: it had no edit).
async fn edit_all(
    trackers: &Trackers<'_>,
    ends: &[EndWrites],
) -> Vec<Option<Result<(), TrackerError>>> {
    let mut out: Vec<Option<Result<(), TrackerError>>> = vec![None; ends.len()];
    let mut by_kind: HashMap<TrackerKind, EditsOf> = HashMap::new();
    for (n, end) in ends.iter().enumerate().filter(|(_, e)| !e.edit.is_empty()) {
        let (at, edits) = by_kind.entry(end.issue.tracker()).or_default();
        at.push(n);
        edits.push((end.issue.clone(), end.edit.clone()));
    }
    let mut editing = Vec::new();
    for (kind, (at, edits)) in by_kind {
        match trackers.get(&kind) {
            Some(tracker) => editing.push(async move { (at, tracker.edit_many(&edits).await) }),
            None => at
                .into_iter()
                .for_each(|n| out[n] = Some(Err(no_tracker(kind)))),
        }
    }
    for (at, results) in futures_util::future::join_all(editing).await {
        for (n, result) in at.into_iter().zip(results) {
            out[n] = Some(result);
        }
    }
    out
}

/// Journals the writes of one pair, reports them, and keeps its bases (when all
/// landed) and its state.
fn finish(
    link: &Link,
    store: &mut Store,
    planned: &PairPlan,
    written: Vec<Written>,
    report: &mut PairReport,
) -> Result<(), StoreError> {
    let key = link_key(&link.left, &link.right);
    let mut failures = Vec::new();
    for (issue, write, result) in written {
        let (status, message) = match &result {
            Ok(note) => (OpStatus::Applied, note.clone()),
            Err(e) => (OpStatus::Failed, Some(e.to_string())),
        };
        if let Err(e) = result {
            failures.push(format!("{issue}: {e}"));
        }
        store.journal(&[journal_entry(&key, &issue, &write, status, message.clone())])?;
        report.writes.push(WriteRow {
            issue: issue.to_string(),
            field: write.field(),
            value: write.value(),
            status,
            message,
        });
    }
    if !failures.is_empty() {
        store.record_error(&key, &failures.join("; "))?;
        report.status = SyncState::Error;
        report.error = Some(failures.join("; "));
        return Ok(());
    }
    let bases: Vec<(String, serde_json::Value)> = planned
        .bases
        .iter()
        .map(|(f, v)| (f.as_str().to_string(), v.clone()))
        .collect();
    store.set_bases(&key, &bases)?;
    if planned.conflicts.is_empty() {
        store.record_success(&key, &now_rfc3339())?;
        report.status = SyncState::Synced;
    } else {
        let fields: Vec<String> = planned
            .conflicts
            .iter()
            .map(|c| c.field.to_string())
            .collect();
        store.record_conflict(&key, &fields)?;
        report.status = SyncState::Conflict;
    }
    Ok(())
}

/// The journal's note of the milestones a write created (`None`: none).
fn created_note(created: &[String]) -> Option<String> {
    (!created.is_empty()).then(|| format!("created milestone {}", created.join(", ")))
}

fn journal_entry(
    key: &str,
    issue: &IssueRef,
    write: &Write,
    status: OpStatus,
    message: Option<String>,
) -> JournalEntry {
    let action = match write {
        Write::Title(_) | Write::Body(_) | Write::Labels { .. } | Write::Assignees { .. } => {
            ActionKind::UpdateIssue
        }
        Write::Milestone(_) => ActionKind::UpdateMilestone,
        Write::Open(true, _) => ActionKind::Reopen,
        Write::Open(false, _) => ActionKind::Close,
        Write::Comment(_) => ActionKind::Comment,
    };
    JournalEntry {
        at: now_rfc3339(),
        plan: key.to_string(),
        tracker: OperationTracker::Tracker(issue.tracker()).into(),
        target: issue.to_string(),
        action: action.into(),
        value: Some(format!("{}: {}", write.field(), write.value())),
        status: status.into(),
        message,
        agent: None,
    }
}
