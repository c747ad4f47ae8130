//! The delivery queue: `.debussy/serve.db`, beside the journal. A delivery is
//! written here (and committed) before it is answered, so a receiver killed at any
//! moment loses nothing it accepted: what is still queued is handled on the next
//! start. A delivery id is its primary key, so a repeated delivery is never queued
//! twice; `handled` counts how often its work was done (exactly once is 1).

use super::delivery::Delivery;
use crate::refs::IssueRef;
use rusqlite::{params, Connection, OptionalExtension};
use std::path::{Path, PathBuf};
use std::time::Duration;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS deliveries (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    event TEXT NOT NULL,
    subject TEXT NOT NULL,
    received_ms INTEGER NOT NULL,
    handled INTEGER NOT NULL DEFAULT 0,
    handled_ms INTEGER
);
CREATE INDEX IF NOT EXISTS deliveries_queued ON deliveries (handled, received_ms);
";

/// A queue error, with the file it is about.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {source}")]
pub struct QueueError {
    pub path: String,
    #[source]
    pub source: rusqlite::Error,
}

impl From<QueueError> for crate::error::CliError {
    fn from(e: QueueError) -> Self {
        crate::error::CliError::new(crate::error::exit::FAILURE, format!("delivery queue: {e}"))
            .hint("check that .debussy/ is writable")
    }
}

/// One queued delivery, as the worker needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Queued {
    pub id: String,
    /// `None` when the stored text no longer reads as a reference.
    pub subject: Option<IssueRef>,
    /// Milliseconds since the epoch at which it was accepted.
    pub received_ms: i64,
}

/// The open queue.
pub struct Queue {
    conn: Connection,
    path: PathBuf,
}

/// Milliseconds since the epoch, now.
pub fn now_ms() -> i64 {
    jiff::Timestamp::now().as_millisecond()
}

impl Queue {
    /// The queue database of a repository.
    pub fn path_in(root: &Path) -> PathBuf {
        root.join(".debussy").join("serve.db")
    }

    /// Opens (creating) the queue of the repository at `root`.
    pub fn open(root: &Path) -> Result<Queue, QueueError> {
        let path = Self::path_in(root);
        let err = |source| QueueError {
            path: crate::plan::relative_path(root, &path),
            source,
        };
        if let Some(dir) = path.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let conn = Connection::open(&path).map_err(err)?;
        conn.busy_timeout(Duration::from_secs(30)).map_err(err)?;
        conn.pragma_update(None, "journal_mode", "WAL")
            .and_then(|()| conn.pragma_update(None, "synchronous", "FULL"))
            .and_then(|()| conn.execute_batch(SCHEMA))
            .map_err(err)?;
        Ok(Queue { conn, path })
    }

    fn err(&self, source: rusqlite::Error) -> QueueError {
        QueueError {
            path: self.path.display().to_string(),
            source,
        }
    }

    /// Queues `delivery` (committed when this returns); `false` when its id was
    /// queued before.
    pub fn push(&self, delivery: &Delivery, at_ms: i64) -> Result<bool, QueueError> {
        self.conn
            .execute(
                "INSERT OR IGNORE INTO deliveries (id, source, event, subject, received_ms) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    delivery.id,
                    delivery.source.as_str(),
                    delivery.event,
                    delivery.subject.to_string(),
                    at_ms
                ],
            )
            .map(|n| n == 1)
            .map_err(|e| self.err(e))
    }

    /// Up to `limit` deliveries not handled yet, oldest first.
    pub fn pending(&self, limit: usize) -> Result<Vec<Queued>, QueueError> {
        let run = || -> rusqlite::Result<Vec<Queued>> {
            let mut stmt = self.conn.prepare(
                "SELECT id, subject, received_ms FROM deliveries WHERE handled = 0 ORDER BY received_ms, id LIMIT ?1",
            )?;
            let rows = stmt.query_map([limit as i64], |r| {
                Ok(Queued {
                    id: r.get(0)?,
                    subject: IssueRef::parse_qualified(&r.get::<_, String>(1)?),
                    received_ms: r.get(2)?,
                })
            })?;
            rows.collect()
        };
        run().map_err(|e| self.err(e))
    }

    /// How many deliveries wait.
    pub fn depth(&self) -> Result<usize, QueueError> {
        self.conn
            .query_row(
                "SELECT COUNT(*) FROM deliveries WHERE handled = 0",
                [],
                |r| r.get::<_, i64>(0),
            )
            .map(|n| usize::try_from(n).unwrap_or(0))
            .map_err(|e| self.err(e))
    }

    /// Marks `ids` handled, all together. Each call counts: a delivery handled
    /// twice shows as 2 (the worker only takes what [`Queue::pending`] gives).
    pub fn done(&mut self, ids: &[String], at_ms: i64) -> Result<(), QueueError> {
        let run = |conn: &mut Connection| -> rusqlite::Result<()> {
            let tx = conn.transaction()?;
            {
                let mut stmt = tx.prepare(
                    "UPDATE deliveries SET handled = handled + 1, handled_ms = ?2 WHERE id = ?1",
                )?;
                for id in ids {
                    stmt.execute(params![id, at_ms])?;
                }
            }
            tx.commit()
        };
        let result = run(&mut self.conn);
        result.map_err(|e| self.err(e))
    }

    /// Forgets the deliveries handled before `before_ms`; their ids may then be
    /// queued again, which is safe: handling is level-triggered. Returns how many.
    pub fn forget_handled_before(&self, before_ms: i64) -> Result<usize, QueueError> {
        self.conn
            .execute(
                "DELETE FROM deliveries WHERE handled > 0 AND handled_ms < ?1",
                [before_ms],
            )
            .map_err(|e| self.err(e))
    }

    /// How often the delivery `id` was handled, if it was accepted.
    pub fn handled(&self, id: &str) -> Result<Option<i64>, QueueError> {
        self.conn
            .query_row("SELECT handled FROM deliveries WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()
            .map_err(|e| self.err(e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::serve::signature::Source;

    fn delivery(id: &str) -> Delivery {
        Delivery {
            id: id.into(),
            source: Source::GitHub,
            event: "issues".into(),
            subject: IssueRef::parse_qualified("acme/widgets#11").unwrap(),
        }
    }

    #[test]
    fn a_repeated_id_is_queued_once_and_handled_once() {
        let dir = tempfile::tempdir().unwrap();
        let mut q = Queue::open(dir.path()).unwrap();
        assert!(q.push(&delivery("github:1"), 1).unwrap());
        assert!(!q.push(&delivery("github:1"), 2).unwrap());
        let pending = q.pending(10).unwrap();
        assert_eq!(pending.len(), 1);
        assert_eq!(
            pending[0].subject.as_ref().unwrap().to_string(),
            "acme/widgets#11"
        );
        q.done(&["github:1".into()], 3).unwrap();
        assert_eq!(q.handled("github:1").unwrap(), Some(1));
        assert!(q.pending(10).unwrap().is_empty(), "never given out again");
        assert_eq!(q.depth().unwrap(), 0);
    }

    #[test]
    fn what_was_queued_survives_reopening() {
        let dir = tempfile::tempdir().unwrap();
        Queue::open(dir.path())
            .unwrap()
            .push(&delivery("github:2"), 1)
            .unwrap();
        assert_eq!(Queue::open(dir.path()).unwrap().depth().unwrap(), 1);
    }

    #[test]
    fn handled_deliveries_are_forgotten_after_a_while_and_waiting_ones_never() {
        let dir = tempfile::tempdir().unwrap();
        let mut q = Queue::open(dir.path()).unwrap();
        for id in ["github:old", "github:new", "github:waiting"] {
            q.push(&delivery(id), 1).unwrap();
        }
        q.done(&["github:old".into()], 10).unwrap();
        q.done(&["github:new".into()], 20).unwrap();
        assert_eq!(q.forget_handled_before(15).unwrap(), 1);
        assert_eq!(q.handled("github:old").unwrap(), None);
        assert_eq!(q.handled("github:new").unwrap(), Some(1));
        assert_eq!(q.depth().unwrap(), 1, "the waiting one stays");
    }
}
