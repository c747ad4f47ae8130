//! `.debussy/sync.db`: our own SQLite state — phase events, the operation journal,
//! the completion history, and the merge bases of mirrored issues (`mirror::base`).
//!
//! Several invocations may run at once (Debussy fires hooks in parallel), so the
//! database runs in WAL mode with a busy timeout, and every write is one immediate
//! transaction: a writer waits for the lock instead of failing or losing an update.

use crate::operation::{ActionKind, OpStatus, OperationTracker, Recorded};
use crate::plan::PhaseStatus;
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// A store failure; the message names the database file.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {source}")]
pub struct StoreError {
    path: String,
    source: rusqlite::Error,
}

/// What happened to a phase or a plan, as recorded by `phase …` and `plan complete`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EventKind {
    PhaseStart,
    PhaseComplete,
    PhaseFail,
    /// The phase is pending again (`sync --direction from-tracker`: its issue was
    /// reopened).
    PhaseReset,
    PlanComplete {
        auto_close: bool,
    },
}

impl EventKind {
    fn as_str(&self) -> &'static str {
        match self {
            EventKind::PhaseStart => "phase_start",
            EventKind::PhaseComplete => "phase_complete",
            EventKind::PhaseFail => "phase_fail",
            EventKind::PhaseReset => "phase_reset",
            EventKind::PlanComplete { .. } => "plan_complete",
        }
    }

    /// The phase status this event establishes, for phase events.
    pub fn phase_status(&self) -> Option<PhaseStatus> {
        match self {
            EventKind::PhaseStart => Some(PhaseStatus::Running),
            EventKind::PhaseComplete => Some(PhaseStatus::Completed),
            EventKind::PhaseFail => Some(PhaseStatus::Failed),
            EventKind::PhaseReset => Some(PhaseStatus::Pending),
            EventKind::PlanComplete { .. } => None,
        }
    }
}

/// One recorded event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub plan: String,
    pub phase: Option<String>,
    pub kind: EventKind,
    pub reason: Option<String>,
}

/// A phase's latest recorded event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedPhase {
    pub status: PhaseStatus,
    /// When it was recorded (RFC 3339, UTC).
    pub at: String,
    /// The event's `--reason`.
    pub reason: Option<String>,
}

/// The facts the store holds about one plan.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RecordedFacts {
    /// Latest event per phase id.
    pub phases: HashMap<String, RecordedPhase>,
    /// Set when `plan complete` was recorded after the last phase event.
    pub plan_complete: Option<PlanCompletion>,
    /// When that `plan complete` was recorded.
    pub plan_complete_at: Option<String>,
}

impl RecordedFacts {
    /// These facts with `event` applied on top, as if it had been recorded now.
    pub fn with(self, event: &Event) -> RecordedFacts {
        self.with_at(event, now_rfc3339())
    }

    fn with_at(mut self, event: &Event, at: String) -> RecordedFacts {
        if let Some(status) = event.kind.phase_status() {
            if let Some(phase) = &event.phase {
                self.phases.insert(
                    phase.clone(),
                    RecordedPhase {
                        status,
                        at,
                        reason: event.reason.clone(),
                    },
                );
                self.plan_complete = None;
                self.plan_complete_at = None;
            }
        } else if let EventKind::PlanComplete { auto_close } = event.kind {
            self.plan_complete = Some(PlanCompletion { auto_close });
            self.plan_complete_at = Some(at);
        }
        self
    }
}

/// A recorded plan completion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanCompletion {
    pub auto_close: bool,
}

/// One journal row: an operation and what became of it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct JournalEntry {
    pub at: String,
    pub plan: String,
    pub tracker: Recorded<OperationTracker>,
    pub target: String,
    pub action: Recorded<ActionKind>,
    pub value: Option<String>,
    pub status: Recorded<OpStatus>,
    pub message: Option<String>,
    /// The agent that ran the operation (the store's agent when written as `None`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<String>,
}

/// A completed plan in the completion history.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Completion {
    pub at: String,
    pub plan: String,
    pub name: String,
    /// The Debussy run that completed it, when there was one.
    pub run: Option<String>,
    /// Every linked issue, fully qualified.
    pub issues: Vec<String>,
}

/// A recorded event as history shows it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct EventRow {
    pub at: String,
    pub plan: String,
    pub phase: Option<String>,
    pub kind: String,
    pub reason: Option<String>,
}

/// A guard refusal overridden with `--force`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Bypass {
    pub at: String,
    pub plan: String,
    /// The plan's issues that were already completed.
    pub issues: Vec<String>,
    /// The earlier completions they were found in (plan and name).
    pub features: Vec<String>,
}

/// The open database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// The agent journal rows are recorded for.
    agent: Option<String>,
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    plan TEXT NOT NULL,
    phase TEXT,
    kind TEXT NOT NULL,
    reason TEXT,
    auto_close INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS events_plan ON events(plan, id);
CREATE TABLE IF NOT EXISTS journal (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    plan TEXT NOT NULL,
    tracker TEXT NOT NULL,
    target TEXT NOT NULL,
    action TEXT NOT NULL,
    value TEXT,
    status TEXT NOT NULL,
    message TEXT
);
CREATE TABLE IF NOT EXISTS completions (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    plan TEXT NOT NULL,
    name TEXT NOT NULL,
    issues_json TEXT NOT NULL,
    run_id TEXT
);
CREATE TABLE IF NOT EXISTS bypasses (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    plan TEXT NOT NULL,
    issues_json TEXT NOT NULL,
    features_json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS mirror_base (
    link TEXT NOT NULL,
    field TEXT NOT NULL,
    value TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (link, field)
);
CREATE TABLE IF NOT EXISTS mirror_status (
    link TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    conflicts TEXT,
    last_error TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    synced_at TEXT
);
";

/// Columns added after the first release, added to older databases on open.
const MIGRATIONS: &[(&str, &str, &str)] = &[
    ("completions", "run_id", "TEXT"),
    ("journal", "agent", "TEXT"),
];

impl Store {
    /// The database of a repository.
    pub fn path_in(root: &Path) -> PathBuf {
        root.join(".debussy").join("sync.db")
    }

    /// Opens (creating when needed) the database at `path`.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let err = |source| StoreError {
            path: path.display().to_string(),
            source,
        };
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| err(rusqlite::Error::ToSqlConversionFailure(Box::new(e))))?;
        }
        let conn = Connection::open(path).map_err(err)?;
        conn.busy_timeout(Duration::from_secs(30)).map_err(err)?;
        // Switching a new database to WAL, and the first schema write, can answer
        // SQLITE_BUSY at once when many runs start together (SQLite does not call
        // the busy handler there): wait and try again, within the same 30 s.
        let started = std::time::Instant::now();
        loop {
            let setup = conn
                .pragma_update(None, "journal_mode", "WAL")
                .and_then(|()| conn.pragma_update(None, "synchronous", "NORMAL"))
                .and_then(|()| conn.execute_batch(SCHEMA))
                .and_then(|()| migrate(&conn));
            match setup {
                Ok(()) => break,
                Err(e) if is_busy(&e) && started.elapsed() < Duration::from_secs(30) => {
                    std::thread::sleep(Duration::from_millis(10));
                }
                Err(e) => return Err(err(e)),
            }
        }
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            agent: None,
        })
    }

    /// The store recording journal rows for `agent`.
    pub fn acting_as(mut self, agent: &str) -> Store {
        self.agent = Some(agent.to_string());
        self
    }

    fn err(&self, source: rusqlite::Error) -> StoreError {
        StoreError {
            path: self.path.display().to_string(),
            source,
        }
    }

    /// Runs `read` on the connection, for the tables of other modules (`mirror::base`).
    pub(crate) fn read<T>(
        &self,
        read: impl FnOnce(&Connection) -> rusqlite::Result<T>,
    ) -> Result<T, StoreError> {
        read(&self.conn).map_err(|e| self.err(e))
    }

    /// Runs `write` in one immediate transaction, committed when it succeeds.
    pub(crate) fn write<T>(
        &mut self,
        write: impl FnOnce(&rusqlite::Transaction<'_>) -> rusqlite::Result<T>,
    ) -> Result<T, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| self_err(&self.path, e))?;
        let value = write(&tx).map_err(|e| self_err(&self.path, e))?;
        tx.commit().map_err(|e| self_err(&self.path, e))?;
        Ok(value)
    }

    /// Records an event in its own immediate transaction. An exact repeat of the
    /// plan's latest event adds nothing (the fact is already there); returns whether
    /// a row was added.
    pub fn record_event(&mut self, event: &Event) -> Result<bool, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| self_err(&self.path, e))?;
        let auto_close = matches!(event.kind, EventKind::PlanComplete { auto_close: true });
        let latest: Option<(Option<String>, String, Option<String>, bool)> = tx
            .query_row(
                "SELECT phase, kind, reason, auto_close FROM events WHERE plan = ?1 ORDER BY id DESC LIMIT 1",
                [&event.plan],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()
            .map_err(|e| self_err(&self.path, e))?;
        if latest.as_ref().is_some_and(|(phase, kind, reason, ac)| {
            *phase == event.phase
                && kind == event.kind.as_str()
                && *reason == event.reason
                && *ac == auto_close
        }) {
            return Ok(false);
        }
        tx.execute(
            "INSERT INTO events (at, plan, phase, kind, reason, auto_close) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                now_rfc3339(),
                event.plan,
                event.phase,
                event.kind.as_str(),
                event.reason,
                auto_close
            ],
        )
        .map_err(|e| self_err(&self.path, e))?;
        tx.commit().map_err(|e| self_err(&self.path, e))?;
        Ok(true)
    }

    /// The facts recorded for `plan`.
    pub fn facts(&self, plan: &str) -> Result<RecordedFacts, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT phase, kind, auto_close, at, reason FROM events WHERE plan = ?1 ORDER BY id")
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([plan], |r| {
                Ok((
                    r.get::<_, Option<String>>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, bool>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, Option<String>>(4)?,
                ))
            })
            .map_err(|e| self.err(e))?;
        let mut facts = RecordedFacts::default();
        for row in rows {
            let (phase, kind, auto_close, at, reason) = row.map_err(|e| self.err(e))?;
            let kind = match kind.as_str() {
                "phase_start" => EventKind::PhaseStart,
                "phase_complete" => EventKind::PhaseComplete,
                "phase_fail" => EventKind::PhaseFail,
                "phase_reset" => EventKind::PhaseReset,
                "plan_complete" => EventKind::PlanComplete { auto_close },
                _ => continue,
            };
            facts = facts.with_at(
                &Event {
                    plan: plan.to_string(),
                    phase,
                    kind,
                    reason,
                },
                at,
            );
        }
        Ok(facts)
    }

    /// Appends journal rows in one transaction.
    pub fn journal(&mut self, entries: &[JournalEntry]) -> Result<(), StoreError> {
        if entries.is_empty() {
            return Ok(());
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| self_err(&self.path, e))?;
        for e in entries {
            tx.execute(
                "INSERT INTO journal (at, plan, tracker, target, action, value, status, message, agent) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![
                    e.at,
                    e.plan,
                    e.tracker.to_string(),
                    e.target,
                    e.action.to_string(),
                    e.value,
                    e.status.to_string(),
                    e.message,
                    e.agent.as_ref().or(self.agent.as_ref())
                ],
            )
            .map_err(|err| self_err(&self.path, err))?;
        }
        tx.commit().map_err(|e| self_err(&self.path, e))
    }

    /// The issues of `plan` that our auto-close closed and nothing of ours reopened
    /// since (the journal's last applied close or reopen of each).
    pub fn closed_by_us(
        &self,
        plan: &str,
    ) -> Result<std::collections::HashSet<String>, StoreError> {
        let mut closed = std::collections::HashSet::new();
        for e in self.journal_entries(Some(plan))? {
            if !e.status.is(OpStatus::Applied) {
                continue;
            }
            match e.action {
                Recorded::Known(ActionKind::Close) => {
                    closed.insert(e.target);
                }
                Recorded::Known(ActionKind::Reopen) => {
                    closed.remove(&e.target);
                }
                _ => {}
            }
        }
        Ok(closed)
    }

    /// Journal rows, oldest first, optionally for one plan.
    pub fn journal_entries(&self, plan: Option<&str>) -> Result<Vec<JournalEntry>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT at, plan, tracker, target, action, value, status, message, agent FROM journal
                 WHERE ?1 IS NULL OR plan = ?1 ORDER BY id",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([plan], |r| {
                Ok(JournalEntry {
                    at: r.get(0)?,
                    plan: r.get(1)?,
                    tracker: Recorded::parse(r.get(2)?),
                    target: r.get(3)?,
                    action: Recorded::parse(r.get(4)?),
                    value: r.get(5)?,
                    status: Recorded::parse(r.get(6)?),
                    message: r.get(7)?,
                    agent: r.get(8)?,
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(e))
    }

    /// Records a plan completion unless it is already recorded: the same Debussy
    /// run, or the same plan completed again with nothing run in between. Returns
    /// whether a row was added.
    pub fn record_completion(&mut self, c: &Completion) -> Result<bool, StoreError> {
        let issues = serde_json::to_string(&c.issues).unwrap_or_else(|_| "[]".into());
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| self_err(&self.path, e))?;
        if let Some(run) = &c.run {
            let known: bool = tx
                .prepare("SELECT 1 FROM completions WHERE plan = ?1 AND run_id = ?2")
                .and_then(|mut s| s.exists(params![c.plan, run]))
                .map_err(|e| self_err(&self.path, e))?;
            if known {
                return Ok(false);
            }
        }
        let latest: Option<(String, String)> = tx
            .query_row(
                "SELECT at, issues_json FROM completions WHERE plan = ?1 ORDER BY id DESC LIMIT 1",
                [&c.plan],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(|e| self_err(&self.path, e))?;
        let last_phase_event: Option<String> = tx
            .query_row(
                "SELECT max(at) FROM events WHERE plan = ?1 AND kind != 'plan_complete'",
                [&c.plan],
                |r| r.get(0),
            )
            .map_err(|e| self_err(&self.path, e))?;
        if let Some((at, latest_issues)) = latest {
            // The same plan completed again with nothing run in between is one completion.
            if latest_issues == issues && last_phase_event.is_none_or(|e| e <= at) {
                return Ok(false);
            }
        }
        tx.execute(
            "INSERT INTO completions (at, plan, name, issues_json, run_id) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![c.at, c.plan, c.name, issues, c.run],
        )
        .map_err(|e| self_err(&self.path, e))?;
        tx.commit().map_err(|e| self_err(&self.path, e))?;
        Ok(true)
    }

    /// The completion history, oldest first.
    pub fn completions(&self) -> Result<Vec<Completion>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT at, plan, name, issues_json, run_id FROM completions ORDER BY id")
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([], |r| {
                let issues: String = r.get(3)?;
                Ok(Completion {
                    at: r.get(0)?,
                    plan: r.get(1)?,
                    name: r.get(2)?,
                    run: r.get(4)?,
                    issues: serde_json::from_str(&issues).unwrap_or_default(),
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(e))
    }

    /// Records a guard bypass (`guard --force`, `run --force`).
    pub fn record_bypass(&mut self, b: &Bypass) -> Result<(), StoreError> {
        let json = |v: &[String]| serde_json::to_string(v).unwrap_or_else(|_| "[]".into());
        self.conn
            .execute(
                "INSERT INTO bypasses (at, plan, issues_json, features_json) VALUES (?1, ?2, ?3, ?4)",
                params![b.at, b.plan, json(&b.issues), json(&b.features)],
            )
            .map(drop)
            .map_err(|e| self.err(e))
    }

    /// Every guard bypass, oldest first.
    pub fn bypasses(&self) -> Result<Vec<Bypass>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT at, plan, issues_json, features_json FROM bypasses ORDER BY id")
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([], |r| {
                let list = |s: String| serde_json::from_str(&s).unwrap_or_default();
                Ok(Bypass {
                    at: r.get(0)?,
                    plan: r.get(1)?,
                    issues: list(r.get(2)?),
                    features: list(r.get(3)?),
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(e))
    }

    /// The recorded phase failures of a plan (or of all plans), oldest first.
    pub fn phase_failures(&self, plan: Option<&str>) -> Result<Vec<EventRow>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT at, plan, phase, kind, reason FROM events
                 WHERE (?1 IS NULL OR plan = ?1) AND kind = ?2 ORDER BY id",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map(params![plan, EventKind::PhaseFail.as_str()], |r| {
                Ok(EventRow {
                    at: r.get(0)?,
                    plan: r.get(1)?,
                    phase: r.get(2)?,
                    kind: r.get(3)?,
                    reason: r.get(4)?,
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(e))
    }
}

/// Whether `table` has `column`.
fn has_column(conn: &Connection, table: &str, column: &str) -> rusqlite::Result<bool> {
    conn.prepare(&format!(
        "SELECT 1 FROM pragma_table_info('{table}') WHERE name = ?1"
    ))?
    .exists([column])
}

/// Adds the columns of [`MIGRATIONS`] that a database made by an older version
/// lacks, checking and altering in one immediate transaction (runs start together).
fn migrate(conn: &Connection) -> rusqlite::Result<()> {
    let mut missing = false;
    for (table, column, _) in MIGRATIONS {
        missing |= !has_column(conn, table, column)?;
    }
    if !missing {
        return Ok(());
    }
    conn.execute_batch("BEGIN IMMEDIATE")?;
    let result = MIGRATIONS.iter().try_for_each(|(table, column, kind)| {
        if has_column(conn, table, column)? {
            return Ok(());
        }
        conn.execute_batch(&format!("ALTER TABLE {table} ADD COLUMN {column} {kind}"))
    });
    match result {
        Ok(()) => conn.execute_batch("COMMIT"),
        Err(e) => {
            let _ = conn.execute_batch("ROLLBACK");
            Err(e)
        }
    }
}

fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    )
}

fn self_err(path: &Path, source: rusqlite::Error) -> StoreError {
    StoreError {
        path: path.display().to_string(),
        source,
    }
}

/// The current UTC time as `YYYY-MM-DDTHH:MM:SS.mmmZ`.
pub fn now_rfc3339() -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    format_rfc3339(now.as_secs(), now.subsec_millis())
}

fn format_rfc3339(secs: u64, millis: u32) -> String {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    // Civil-from-days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{millis:03}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(phase: &str, kind: EventKind) -> Event {
        Event {
            plan: "p/MASTER_PLAN.md".into(),
            phase: Some(phase.into()),
            kind,
            reason: None,
        }
    }

    fn entry(action: ActionKind, status: OpStatus) -> JournalEntry {
        JournalEntry {
            at: "2026-01-01T00:00:00.000Z".into(),
            plan: "p/MASTER_PLAN.md".into(),
            tracker: OperationTracker::Tracker(crate::tracker::local::KIND).into(),
            target: "local#1".into(),
            action: action.into(),
            value: Some("completed".into()),
            status: status.into(),
            message: None,
            agent: None,
        }
    }

    #[test]
    fn journal_rows_read_back_as_the_enums_they_were_written_from() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("sync.db")).unwrap();
        let written = entry(ActionKind::Close, OpStatus::Applied);
        store.journal(std::slice::from_ref(&written)).unwrap();
        assert_eq!(store.journal_entries(None).unwrap(), vec![written]);
        let closed = store.closed_by_us("p/MASTER_PLAN.md").unwrap();
        assert!(closed.contains("local#1"));
    }

    #[test]
    fn journal_values_this_version_does_not_know_are_kept_as_stored() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("sync.db")).unwrap();
        store
            .journal(&[entry(ActionKind::Close, OpStatus::Applied)])
            .unwrap();
        store
            .conn
            .execute(
                "UPDATE journal SET tracker = 'linear', action = 'archive', status = 'rolled_back'",
                [],
            )
            .unwrap();
        let read = store.journal_entries(None).unwrap();
        assert_eq!(read[0].tracker, Recorded::Unknown("linear".into()));
        assert_eq!(read[0].action, Recorded::Unknown("archive".into()));
        assert_eq!(read[0].status, Recorded::Unknown("rolled_back".into()));
        let json = serde_json::to_value(&read[0]).unwrap();
        assert_eq!(json["status"], "rolled_back");
        assert!(store.closed_by_us("p/MASTER_PLAN.md").unwrap().is_empty());
    }

    #[test]
    fn timestamps_are_utc_rfc3339() {
        assert_eq!(format_rfc3339(0, 0), "1970-01-01T00:00:00.000Z");
        assert_eq!(format_rfc3339(1_795_000_000, 5), "2026-11-18T11:06:40.005Z");
    }

    #[test]
    fn latest_event_per_phase_wins_and_phase_events_reset_plan_completion() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("sync.db")).unwrap();
        store
            .record_event(&event("1", EventKind::PhaseStart))
            .unwrap();
        store
            .record_event(&event("1", EventKind::PhaseFail))
            .unwrap();
        store
            .record_event(&event("2", EventKind::PhaseComplete))
            .unwrap();
        let mut done = event("1", EventKind::PlanComplete { auto_close: true });
        done.phase = None;
        store.record_event(&done).unwrap();
        let facts = store.facts("p/MASTER_PLAN.md").unwrap();
        assert_eq!(facts.phases["1"].status, PhaseStatus::Failed);
        assert_eq!(facts.phases["2"].status, PhaseStatus::Completed);
        assert_eq!(
            facts.plan_complete,
            Some(PlanCompletion { auto_close: true })
        );
        store
            .record_event(&event("1", EventKind::PhaseStart))
            .unwrap();
        assert_eq!(store.facts("p/MASTER_PLAN.md").unwrap().plan_complete, None);
    }

    #[test]
    fn a_database_of_the_first_release_gains_the_new_columns() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sync.db");
        Connection::open(&path)
            .unwrap()
            .execute_batch(
                "CREATE TABLE completions (id INTEGER PRIMARY KEY, at TEXT NOT NULL, plan TEXT NOT NULL, name TEXT NOT NULL, issues_json TEXT NOT NULL);
                 INSERT INTO completions (at, plan, name, issues_json) VALUES ('2026-01-01T00:00:00.000Z', 'p', 'P', '[\"a/b#1\"]');",
            )
            .unwrap();
        let store = Store::open(&path).unwrap();
        let all = store.completions().unwrap();
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].run, None);
    }

    #[test]
    fn same_completion_is_recorded_once() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("sync.db")).unwrap();
        let c = Completion {
            at: now_rfc3339(),
            plan: "p".into(),
            name: "P".into(),
            run: Some("r1".into()),
            issues: vec!["a/b#1".into()],
        };
        assert!(store.record_completion(&c).unwrap());
        assert!(!store.record_completion(&c).unwrap());
        assert_eq!(store.completions().unwrap().len(), 1);
    }
}
