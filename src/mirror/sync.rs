//! Running `issue sync` on one link: read both ends, plan ([`super::pair`]), and —
//! with a store, i.e. `--apply` — check right before writing that neither end
//! changed since it was read (else read and merge that pair again), write, then
//! keep the values both ends hold as the next bases.

use super::base::{link_key, SyncState};
use super::fields::{Field, Side};
use super::links::Link;
use super::pair::{plan, Conflict, PairPlan, Preference, Write};
use crate::operation::{ActionKind, OpStatus, OperationTracker};
use crate::refs::IssueRef;
use crate::store::{now_rfc3339, JournalEntry, Store, StoreError};
use crate::tracker::{IssueEdit, Tracker, TrackerError};
use serde::Serialize;

/// Reads before giving up on a pair that keeps changing under us.
const ATTEMPTS: usize = 3;

/// What `issue sync` asks of every pair.
pub struct Options<'a> {
    pub fields: Vec<Field>,
    pub prefer: Option<Preference>,
    /// Our phase-state labels, never mirrored.
    pub state_label: &'a (dyn Fn(&str) -> bool + Sync),
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

/// Syncs `link` between `left` and `right` (the trackers of its ends). Without
/// `apply` it previews what `--apply` would write, against the bases in `store`
/// when there is one, and writes nothing.
pub async fn sync_pair(
    link: &Link,
    trackers: (&dyn Tracker, &dyn Tracker),
    mut store: Option<&mut Store>,
    apply: bool,
    options: &Options<'_>,
) -> Result<PairReport, StoreError> {
    let key = link_key(&link.left, &link.right);
    let mut report = PairReport::new(link);
    for _ in 0..ATTEMPTS {
        let (left, right) = match read_both(link, trackers, options).await {
            Ok(sides) => sides,
            Err(e) => return failed(report, &key, store.filter(|_| apply), e),
        };
        let bases = match &store {
            Some(s) => s.bases(&key)?,
            None => Default::default(),
        };
        let planned = plan(&bases, &left, &right, &options.fields, options.prefer);
        report.conflicts = planned.conflicts.clone();
        let Some(store) = store.as_deref_mut().filter(|_| apply) else {
            report.writes = rows(&planned, link, OpStatus::Planned);
            report.status = status_of(&planned);
            return Ok(report);
        };
        // Never lose an edit: an end that changed since it was read is read again.
        match unchanged(trackers, &left, &right, &planned).await {
            Ok(true) => {}
            Ok(false) => continue,
            Err(e) => return failed(report, &key, Some(store), e),
        }
        return write_pair(link, trackers, store, &planned, report).await;
    }
    let e = TrackerError::Unavailable("the issues kept changing while they were synced".into());
    failed(report, &key, store, e)
}

async fn read_both(
    link: &Link,
    (lt, rt): (&dyn Tracker, &dyn Tracker),
    options: &Options<'_>,
) -> Result<(Side, Side), TrackerError> {
    let (l, r) = futures_util::future::join(lt.details(&link.left), rt.details(&link.right)).await;
    let read = |issue: &IssueRef, d| Side::read(issue.clone(), d, options.state_label);
    Ok((read(&link.left, l?), read(&link.right, r?)))
}

/// Whether the ends about to be written are as they were read.
async fn unchanged(
    (lt, rt): (&dyn Tracker, &dyn Tracker),
    left: &Side,
    right: &Side,
    planned: &PairPlan,
) -> Result<bool, TrackerError> {
    for (tracker, side, writes) in [(lt, left, &planned.left), (rt, right, &planned.right)] {
        if writes.is_empty() {
            continue;
        }
        let now = tracker.details(&side.issue).await?;
        if now.updated != side.updated {
            return Ok(false);
        }
    }
    Ok(true)
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
    mut report: PairReport,
    key: &str,
    store: Option<&mut Store>,
    e: TrackerError,
) -> Result<PairReport, StoreError> {
    if let Some(store) = store {
        store.record_error(key, &e.to_string())?;
    }
    report.status = SyncState::Error;
    report.error = Some(e.to_string());
    Ok(report)
}

/// Writes each end, journals every write, and keeps the bases of what landed.
async fn write_pair(
    link: &Link,
    (lt, rt): (&dyn Tracker, &dyn Tracker),
    store: &mut Store,
    planned: &PairPlan,
    mut report: PairReport,
) -> Result<PairReport, StoreError> {
    let key = link_key(&link.left, &link.right);
    let mut failures = Vec::new();
    for (tracker, issue, writes) in [
        (lt, &link.left, &planned.left),
        (rt, &link.right, &planned.right),
    ] {
        for (write, result) in write_end(tracker, issue, writes).await {
            let (status, message) = match &result {
                Ok(()) => (OpStatus::Applied, None),
                Err(e) => (OpStatus::Failed, Some(e.to_string())),
            };
            if let Err(e) = result {
                failures.push(format!("{issue}: {e}"));
            }
            store.journal(&[journal_entry(&key, issue, &write, status, message.clone())])?;
            report.writes.push(WriteRow {
                issue: issue.to_string(),
                field: write.field(),
                value: write.value(),
                status,
                message,
            });
        }
    }
    if !failures.is_empty() {
        store.record_error(&key, &failures.join("; "))?;
        report.status = SyncState::Error;
        report.error = Some(failures.join("; "));
        return Ok(report);
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
    Ok(report)
}

/// The writes of one end: title, body and labels in one edit, then the state,
/// then each comment. A failed edit holds back the rest of that end.
async fn write_end(
    tracker: &dyn Tracker,
    issue: &IssueRef,
    writes: &[Write],
) -> Vec<(Write, Result<(), TrackerError>)> {
    let mut edit = IssueEdit::default();
    let mut rest = Vec::new();
    let mut edits = Vec::new();
    for w in writes {
        match w {
            Write::Title(t) => edit.title = Some(t.clone()),
            Write::Body(b) => edit.body = Some(b.clone()),
            Write::Labels { add, remove } => {
                edit.add_labels.extend(add.iter().cloned());
                edit.remove_labels.extend(remove.iter().cloned());
            }
            Write::Open(_) | Write::Comment(_) => {
                rest.push(w.clone());
                continue;
            }
        }
        edits.push(w.clone());
    }
    let mut out = Vec::new();
    if !edit.is_empty() {
        let result = tracker.edit_issue(issue, &edit).await.map(drop);
        let failed = result.is_err();
        out.extend(edits.into_iter().map(|w| (w, result.clone())));
        if failed {
            return out;
        }
    }
    for w in rest {
        let result = match &w {
            Write::Open(open) => tracker.set_open(issue, *open, None).await.map(drop),
            Write::Comment(body) => tracker.comment(issue, body).await,
            _ => Ok(()),
        };
        out.push((w, result));
    }
    out
}

fn journal_entry(
    key: &str,
    issue: &IssueRef,
    write: &Write,
    status: OpStatus,
    message: Option<String>,
) -> JournalEntry {
    let action = match write {
        Write::Title(_) | Write::Body(_) | Write::Labels { .. } => ActionKind::UpdateIssue,
        Write::Open(true) => ActionKind::Reopen,
        Write::Open(false) => ActionKind::Close,
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
    }
}
