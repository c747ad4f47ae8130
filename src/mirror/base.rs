//! What `.debussy/sync.db` keeps about mirrored pairs: per link and field the value
//! both ends had after the last sync (the base of the three-way merge), and per link
//! its sync status. Health per tracker is derived from the journal, so `status`
//! shows it without a request.
//!
//! The links themselves live in versioned files, never only here (PRODUCT §12):
//! losing this database loses the bases, and the merge then reports every
//! difference instead of overwriting anything.

use crate::operation::{OpStatus, OperationTracker, Recorded};
use crate::refs::{IssueRef, TrackerKind};
use crate::store::{Store, StoreError};
use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

/// The stable key of a linked pair: both ends fully qualified, each with its
/// tracker (`github:acme/w#12`, `jira:PROJ-7`, `local#3`), sorted, joined by a
/// space — the same whichever end is named first.
pub fn link_key(a: &IssueRef, b: &IssueRef) -> String {
    let mut ends = [end_key(a), end_key(b)];
    ends.sort();
    ends.join(" ")
}

/// One end of a link key: its reference, prefixed with its tracker when the
/// reference does not already say it (GitHub's `o/r#1`, Jira's `PROJ-7`).
fn end_key(issue: &IssueRef) -> String {
    let kind = issue.tracker();
    match kind.qualifier() {
        Some(_) => issue.to_string(),
        None => format!("{kind}:{issue}"),
    }
}

/// Where a link stands after its latest sync.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SyncState {
    /// Both ends agree as of the last sync.
    Synced,
    /// Differences were found that a preview did not write.
    Pending,
    /// Fields changed differently on both ends; nothing was written for them.
    Conflict,
    /// The last sync failed.
    Error,
}

impl SyncState {
    pub fn as_str(self) -> &'static str {
        match self {
            SyncState::Synced => "synced",
            SyncState::Pending => "pending",
            SyncState::Conflict => "conflict",
            SyncState::Error => "error",
        }
    }
}

impl FromStr for SyncState {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        use SyncState::*;
        [Synced, Pending, Conflict, Error]
            .into_iter()
            .find(|s| s.as_str() == text)
            .ok_or_else(|| text.to_string())
    }
}

impl fmt::Display for SyncState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The sync status of one link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LinkStatus {
    pub link: String,
    /// As stored: a state another version wrote is kept as its text.
    pub state: Recorded<SyncState>,
    /// The conflicting fields, when the state is `conflict`.
    pub conflicts: Vec<String>,
    pub last_error: Option<String>,
    /// Failed syncs since the last one that reached both ends.
    pub failures: u32,
    /// When the link was last fully synced (RFC 3339, UTC).
    pub synced_at: Option<String>,
}

/// A tracker's health, from the journal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TrackerHealth {
    pub tracker: TrackerKind,
    /// When an operation in it last succeeded.
    pub last_success: Option<String>,
    pub last_error: Option<HealthError>,
    /// Failed operations since the last one that succeeded.
    pub consecutive_failures: u32,
}

/// A tracker's latest failed operation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HealthError {
    pub at: String,
    pub message: Option<String>,
}

impl Store {
    /// The bases of `link`, by field. A value that does not read back as JSON is
    /// left out: a lost base makes the merge report, never overwrite.
    pub fn bases(&self, link: &str) -> Result<BTreeMap<String, serde_json::Value>, StoreError> {
        let rows: Vec<(String, String)> = self.read(|conn| {
            let mut stmt = conn.prepare("SELECT field, value FROM mirror_base WHERE link = ?1")?;
            let rows = stmt.query_map([link], |r| Ok((r.get(0)?, r.get(1)?)))?;
            rows.collect()
        })?;
        Ok(rows
            .into_iter()
            .filter_map(|(field, value)| Some((field, serde_json::from_str(&value).ok()?)))
            .collect())
    }

    /// Stores the bases of `link`'s fields in one transaction; each replaces the
    /// field's earlier base, fields not named keep theirs.
    pub fn set_bases<F: AsRef<str>>(
        &mut self,
        link: &str,
        bases: &[(F, serde_json::Value)],
    ) -> Result<(), StoreError> {
        let at = crate::store::now_rfc3339();
        self.write(|tx| {
            for (field, value) in bases {
                tx.execute(
                    "INSERT OR REPLACE INTO mirror_base (link, field, value, at) VALUES (?1, ?2, ?3, ?4)",
                    params![link, field.as_ref(), value.to_string(), at],
                )?;
            }
            Ok(())
        })
    }

    /// The sync status of `link`, when it was ever synced.
    pub fn status(&self, link: &str) -> Result<Option<LinkStatus>, StoreError> {
        self.read(|conn| {
            conn.query_row(
                &format!("{STATUS_SELECT} WHERE link = ?1"),
                [link],
                link_status,
            )
            .optional()
        })
    }

    /// The sync status of every link, by link key.
    pub fn all_statuses(&self) -> Result<Vec<LinkStatus>, StoreError> {
        self.read(|conn| {
            let mut stmt = conn.prepare(&format!("{STATUS_SELECT} ORDER BY link"))?;
            let rows = stmt.query_map([], link_status)?;
            rows.collect()
        })
    }

    /// `link` synced at `at`: no conflicts, no error, the failure count reset.
    pub fn record_success(&mut self, link: &str, at: &str) -> Result<(), StoreError> {
        self.upsert_status(
            "INSERT INTO mirror_status (link, state, failures, synced_at) VALUES (?1, ?2, 0, ?3)
             ON CONFLICT(link) DO UPDATE SET state = excluded.state, conflicts = NULL,
             last_error = NULL, failures = 0, synced_at = excluded.synced_at",
            params![link, SyncState::Synced.as_str(), at],
        )
    }

    /// `link` has differences a preview did not write; its error and failure count
    /// stay until a sync writes them.
    pub fn record_pending(&mut self, link: &str) -> Result<(), StoreError> {
        self.upsert_status(
            "INSERT INTO mirror_status (link, state) VALUES (?1, ?2)
             ON CONFLICT(link) DO UPDATE SET state = excluded.state, conflicts = NULL",
            params![link, SyncState::Pending.as_str()],
        )
    }

    /// `link` reached both ends but `fields` conflict. The run itself succeeded, so
    /// the error and failure count are cleared; the last synced time stays.
    pub fn record_conflict(&mut self, link: &str, fields: &[String]) -> Result<(), StoreError> {
        let fields = serde_json::to_string(fields).unwrap_or_else(|_| "[]".into());
        self.upsert_status(
            "INSERT INTO mirror_status (link, state, conflicts) VALUES (?1, ?2, ?3)
             ON CONFLICT(link) DO UPDATE SET state = excluded.state,
             conflicts = excluded.conflicts, last_error = NULL, failures = 0",
            params![link, SyncState::Conflict.as_str(), fields],
        )
    }

    /// `link` failed with `message`: one more consecutive failure.
    pub fn record_error(&mut self, link: &str, message: &str) -> Result<(), StoreError> {
        self.upsert_status(
            "INSERT INTO mirror_status (link, state, last_error, failures) VALUES (?1, ?2, ?3, 1)
             ON CONFLICT(link) DO UPDATE SET state = excluded.state,
             last_error = excluded.last_error, failures = failures + 1",
            params![link, SyncState::Error.as_str(), message],
        )
    }

    fn upsert_status(
        &mut self,
        sql: &str,
        values: &[&dyn rusqlite::ToSql],
    ) -> Result<(), StoreError> {
        self.write(|tx| tx.execute(sql, values).map(drop))
    }

    /// Health per tracker, from the journal's applied and failed operations (plan
    /// file edits and trackers this version does not know are left out).
    pub fn tracker_health(&self) -> Result<Vec<TrackerHealth>, StoreError> {
        let rows: Vec<(String, String, String, Option<String>)> = self.read(|conn| {
            let mut stmt =
                conn.prepare("SELECT tracker, status, at, message FROM journal ORDER BY id")?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
            rows.collect()
        })?;
        let mut health: BTreeMap<&'static str, TrackerHealth> = BTreeMap::new();
        for (tracker, status, at, message) in rows {
            let Ok(OperationTracker::Tracker(kind)) = tracker.parse() else {
                continue;
            };
            let entry = health.entry(kind.as_str()).or_insert(TrackerHealth {
                tracker: kind,
                last_success: None,
                last_error: None,
                consecutive_failures: 0,
            });
            match status.parse() {
                Ok(OpStatus::Applied) => {
                    entry.last_success = Some(at);
                    entry.consecutive_failures = 0;
                }
                Ok(OpStatus::Failed) => {
                    entry.last_error = Some(HealthError { at, message });
                    entry.consecutive_failures += 1;
                }
                _ => {}
            }
        }
        Ok(health.into_values().collect())
    }
}

const STATUS_SELECT: &str =
    "SELECT link, state, conflicts, last_error, failures, synced_at FROM mirror_status";

fn link_status(r: &rusqlite::Row<'_>) -> rusqlite::Result<LinkStatus> {
    let conflicts: Option<String> = r.get(2)?;
    Ok(LinkStatus {
        link: r.get(0)?,
        state: Recorded::parse(r.get(1)?),
        conflicts: conflicts
            .and_then(|c| serde_json::from_str(&c).ok())
            .unwrap_or_default(),
        last_error: r.get(3)?,
        failures: r.get(4)?,
        synced_at: r.get(5)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::operation::ActionKind;
    use crate::store::JournalEntry;
    use serde_json::json;

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().expect("a temp dir");
        let store = Store::open(&dir.path().join("sync.db")).expect("the store opens");
        (dir, store)
    }

    fn issue(text: &str) -> IssueRef {
        IssueRef::parse_qualified(text).expect("a qualified reference")
    }

    const LINK: &str = "github:acme/w#12 local#3";

    #[test]
    fn a_link_key_names_both_ends_with_their_trackers_in_either_order() {
        let (github, local) = (issue("acme/w#12"), issue("local#3"));
        assert_eq!(link_key(&github, &local), LINK);
        assert_eq!(link_key(&local, &github), LINK);
        let gitea = issue("gitea:acme/w#12");
        assert_ne!(link_key(&gitea, &local), link_key(&github, &local));
    }

    #[test]
    fn bases_read_back_as_written_and_a_second_write_replaces_named_fields() {
        let (_dir, mut store) = store();
        assert!(store.bases(LINK).unwrap().is_empty());
        store
            .set_bases(
                LINK,
                &[("title", json!("Ship it")), ("labels", json!(["a", "b"]))],
            )
            .unwrap();
        store
            .set_bases("jira:PROJ-7 local#4", &[("title", json!("Other"))])
            .unwrap();
        store
            .set_bases(LINK, &[("title", json!("Ship it on Friday"))])
            .unwrap();
        let bases = store.bases(LINK).unwrap();
        assert_eq!(bases.len(), 2);
        assert_eq!(bases["title"], json!("Ship it on Friday"));
        assert_eq!(bases["labels"], json!(["a", "b"]));
    }

    #[test]
    fn status_records_success_conflict_and_counts_consecutive_failures() {
        let (_dir, mut store) = store();
        assert_eq!(store.status(LINK).unwrap(), None);
        store
            .record_success(LINK, "2026-03-01T10:00:00.000Z")
            .unwrap();
        store.record_error(LINK, "github: 502 Bad Gateway").unwrap();
        store.record_error(LINK, "github: timed out").unwrap();
        let failing = store.status(LINK).unwrap().expect("a status");
        assert_eq!(failing.state, Recorded::Known(SyncState::Error));
        assert_eq!(failing.failures, 2);
        assert_eq!(failing.last_error.as_deref(), Some("github: timed out"));
        assert_eq!(
            failing.synced_at.as_deref(),
            Some("2026-03-01T10:00:00.000Z")
        );

        store
            .record_conflict(LINK, &["title".into(), "body".into()])
            .unwrap();
        let conflict = store.status(LINK).unwrap().expect("a status");
        assert_eq!(conflict.state, Recorded::Known(SyncState::Conflict));
        assert_eq!(conflict.conflicts, ["title", "body"]);
        assert_eq!((conflict.failures, conflict.last_error), (0, None));

        store
            .record_success(LINK, "2026-03-02T10:00:00.000Z")
            .unwrap();
        let synced = store.status(LINK).unwrap().expect("a status");
        assert_eq!(synced.state, Recorded::Known(SyncState::Synced));
        assert!(synced.conflicts.is_empty());
        assert_eq!(
            synced.synced_at.as_deref(),
            Some("2026-03-02T10:00:00.000Z")
        );
    }

    #[test]
    fn all_statuses_lists_every_link_with_its_state_as_its_contract_word() {
        let (_dir, mut store) = store();
        store.record_error("b", "boom").unwrap();
        store.record_pending("a").unwrap();
        let all = store.all_statuses().unwrap();
        let links: Vec<_> = all.iter().map(|s| s.link.as_str()).collect();
        assert_eq!(links, ["a", "b"]);
        assert_eq!(all[1].failures, 1);
        let json = serde_json::to_value(&all[0]).unwrap();
        assert_eq!(json["state"], "pending");
    }

    fn entry(
        tracker: OperationTracker,
        at: &str,
        status: OpStatus,
        message: Option<&str>,
    ) -> JournalEntry {
        JournalEntry {
            at: at.into(),
            plan: "p/MASTER_PLAN.md".into(),
            tracker: tracker.into(),
            target: "x".into(),
            action: ActionKind::UpdateIssue.into(),
            value: None,
            status: status.into(),
            message: message.map(str::to_string),
            agent: None,
        }
    }

    #[test]
    fn tracker_health_comes_from_the_journal() {
        use crate::tracker::{github, jira, local};
        use OpStatus::*;
        let (_dir, mut store) = store();
        let gh = OperationTracker::Tracker(github::KIND);
        let rows = [
            entry(gh, "t1", Applied, None),
            entry(gh, "t2", Failed, Some("502")),
            entry(
                OperationTracker::Tracker(jira::KIND),
                "t2",
                Failed,
                Some("401"),
            ),
            entry(gh, "t3", Skipped, None),
            entry(gh, "t4", Failed, Some("timed out")),
            entry(
                OperationTracker::Tracker(local::KIND),
                "t4",
                Failed,
                Some("locked"),
            ),
            entry(OperationTracker::Tracker(local::KIND), "t5", Applied, None),
            entry(OperationTracker::Plan, "t6", Failed, Some("read-only")),
        ];
        store.journal(&rows).unwrap();
        let health = store.tracker_health().unwrap();
        let names: Vec<_> = health.iter().map(|h| h.tracker.as_str()).collect();
        assert_eq!(names, ["github", "jira", "local"]);
        let (gh, jira, local) = (&health[0], &health[1], &health[2]);
        assert_eq!(gh.last_success.as_deref(), Some("t1"));
        assert_eq!(gh.consecutive_failures, 2);
        let last = gh.last_error.as_ref().expect("an error");
        assert_eq!(
            (last.at.as_str(), last.message.as_deref()),
            ("t4", Some("timed out"))
        );
        assert_eq!(
            (jira.last_success.as_deref(), jira.consecutive_failures),
            (None, 1)
        );
        assert_eq!(local.consecutive_failures, 0);
        assert_eq!(local.last_success.as_deref(), Some("t5"));
    }

    #[test]
    fn a_database_of_the_previous_release_gains_the_mirror_tables() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sync.db");
        rusqlite::Connection::open(&path)
            .unwrap()
            .execute_batch(
                "CREATE TABLE journal (id INTEGER PRIMARY KEY, at TEXT NOT NULL, plan TEXT NOT NULL, tracker TEXT NOT NULL, target TEXT NOT NULL, action TEXT NOT NULL, value TEXT, status TEXT NOT NULL, message TEXT);
                 INSERT INTO journal (at, plan, tracker, target, action, status) VALUES ('t0', 'p', 'github', 'a/b#1', 'close', 'applied');",
            )
            .unwrap();
        let mut store = Store::open(&path).unwrap();
        store.set_bases(LINK, &[("state", json!("open"))]).unwrap();
        store.record_success(LINK, "t1").unwrap();
        assert_eq!(store.bases(LINK).unwrap()["state"], json!("open"));
        assert_eq!(store.status(LINK).unwrap().map(|s| s.failures), Some(0));
        assert_eq!(
            store.tracker_health().unwrap()[0].last_success.as_deref(),
            Some("t0")
        );
    }
}
