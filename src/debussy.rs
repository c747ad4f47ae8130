//! Read-only access to Debussy's own `.debussy/state.db`: its runs, the executions
//! of their phases, and its `completed_features`.
//!
//! The database is Debussy's: it is opened read-only (never written, no table ever
//! created), a busy or locked database is waited for only up to a bound and then
//! reported as busy, and a missing table or column reads as nothing. Debussy stores
//! plan paths absolute, sometimes from another machine or a container
//! (`/workspace/docs/plans/x/MASTER_PLAN.md`), so runs are matched to plans by the
//! path relative to the repository root, then by the longest common suffix.
//!
//! Debussy writes the times of its runs and executions in the local time of its
//! machine, without a zone (`datetime.now().isoformat()`); they are read as UTC
//! (`…Z`), like every time we record, so that the two can be compared.

use crate::plan::PhaseStatus;
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Why the database could not be read this time.
#[derive(Debug, thiserror::Error)]
pub enum StateDbError {
    /// Another process holds a lock longer than we wait: try again later.
    #[error("{path} is busy (another process holds a lock); will read it again")]
    Busy { path: String },
    #[error("{path}: {reason}")]
    Unreadable { path: String, reason: String },
}

/// One of Debussy's runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    pub id: String,
    pub master_plan_path: String,
    pub started_at: Option<String>,
    pub completed_at: Option<String>,
    pub status: RunStatus,
}

/// Where a Debussy run stands (`runs.status`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RunStatus {
    Running,
    Completed,
    Failed,
    Paused,
    /// A status this version does not know, as Debussy wrote it.
    Other(String),
}

impl RunStatus {
    /// The status Debussy wrote as `text`, in any case.
    pub fn parse(text: String) -> RunStatus {
        use RunStatus::*;
        [Running, Completed, Failed, Paused]
            .into_iter()
            .find(|s| s.as_str().eq_ignore_ascii_case(&text))
            .unwrap_or(Other(text))
    }

    pub fn as_str(&self) -> &str {
        match self {
            RunStatus::Running => "running",
            RunStatus::Completed => "completed",
            RunStatus::Failed => "failed",
            RunStatus::Paused => "paused",
            RunStatus::Other(text) => text,
        }
    }

    /// A run still under way: running, or paused to be resumed.
    pub fn is_current(&self) -> bool {
        matches!(self, RunStatus::Running | RunStatus::Paused)
    }
}

/// One attempt at one phase in one run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Execution {
    pub id: i64,
    pub run_id: String,
    pub phase_id: String,
    pub attempt: i64,
    pub status: Option<PhaseStatus>,
    pub started_at: Option<String>,
    pub completed_at: Option<String>,
    pub error_message: Option<String>,
}

/// A row of Debussy's `completed_features`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feature {
    pub name: String,
    pub completed_at: String,
    pub plan_path: Option<String>,
    /// `(type, id)` as Debussy wrote them: `("github", "10")`, `("jira", "PROJ-1")`.
    pub issues: Vec<(String, String)>,
}

/// An open, read-only state database.
pub struct StateDb {
    conn: Connection,
    path: PathBuf,
}

impl StateDb {
    /// Debussy's database of a repository.
    pub fn path_in(root: &Path) -> PathBuf {
        root.join(".debussy").join("state.db")
    }

    /// Opens the database read-only, waiting at most `wait` for a lock; `None` when
    /// Debussy has not created it.
    pub fn open(root: &Path, wait: Duration) -> Result<Option<StateDb>, StateDbError> {
        let path = Self::path_in(root);
        if !path.is_file() {
            return Ok(None);
        }
        let unreadable = |e: rusqlite::Error| StateDbError::Unreadable {
            path: path.display().to_string(),
            reason: e.to_string(),
        };
        let conn = Connection::open_with_flags(
            &path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(unreadable)?;
        conn.busy_timeout(wait).map_err(unreadable)?;
        Ok(Some(StateDb { conn, path }))
    }

    fn error(&self, e: rusqlite::Error) -> StateDbError {
        let path = self.path.display().to_string();
        match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => {
                StateDbError::Busy { path }
            }
            _ => StateDbError::Unreadable {
                path,
                reason: e.to_string(),
            },
        }
    }

    /// Changes whenever another connection commits (SQLite's `data_version`): cheap
    /// to poll, so the tables are read only when something changed.
    pub fn data_version(&self) -> Result<i64, StateDbError> {
        self.conn
            .query_row("PRAGMA data_version", [], |r| r.get(0))
            .map_err(|e| self.error(e))
    }

    /// Every row of `table` through `read`; a missing table is no rows. Columns are
    /// read by name, so a Debussy version with fewer columns still reads.
    fn rows<T>(
        &self,
        table: &str,
        order: &str,
        read: impl Fn(&rusqlite::Row<'_>) -> Option<T>,
    ) -> Result<Vec<T>, StateDbError> {
        let sql = format!("SELECT * FROM {table} ORDER BY {order}");
        let mut stmt = match self.conn.prepare(&sql) {
            Ok(stmt) => stmt,
            Err(e) if e.to_string().contains("no such") => return Ok(Vec::new()),
            Err(e) => return Err(self.error(e)),
        };
        let mut rows = stmt.query([]).map_err(|e| self.error(e))?;
        let mut out = Vec::new();
        while let Some(row) = rows.next().map_err(|e| self.error(e))? {
            if let Some(item) = read(row) {
                out.push(item);
            }
        }
        Ok(out)
    }

    /// Every run, oldest first.
    pub fn runs(&self) -> Result<Vec<Run>, StateDbError> {
        let zone = jiff::tz::TimeZone::system();
        self.rows("runs", "started_at, rowid", |r| {
            Some(Run {
                id: text(r, "id")?,
                master_plan_path: text(r, "master_plan_path")?,
                started_at: time(r, "started_at", &zone),
                completed_at: time(r, "completed_at", &zone),
                status: RunStatus::parse(text(r, "status").unwrap_or_default()),
            })
        })
    }

    /// Every phase execution, in the order they were written.
    pub fn executions(&self) -> Result<Vec<Execution>, StateDbError> {
        let zone = jiff::tz::TimeZone::system();
        self.rows("phase_executions", "rowid", |r| {
            Some(Execution {
                id: r.get::<_, i64>("id").unwrap_or_default(),
                run_id: text(r, "run_id")?,
                phase_id: text(r, "phase_id")?,
                attempt: r.get::<_, i64>("attempt").unwrap_or(1),
                status: text(r, "status").and_then(|s| PhaseStatus::parse(&s)),
                started_at: time(r, "started_at", &zone),
                completed_at: time(r, "completed_at", &zone),
                error_message: text(r, "error_message"),
            })
        })
    }

    /// Debussy's completion history; rows that cannot be read are skipped with a
    /// warning each.
    pub fn completed_features(&self) -> Result<(Vec<Feature>, Vec<String>), StateDbError> {
        let warnings = std::cell::RefCell::new(Vec::new());
        let features = self.rows("completed_features", "rowid", |r| {
            let id = r.get::<_, i64>("id").unwrap_or_default();
            let feature = (|| {
                let issues: serde_json::Value =
                    serde_json::from_str(&text(r, "issues_json")?).ok()?;
                let issues = issues
                    .as_array()?
                    .iter()
                    .map(|i| {
                        let kind = i.get("type")?.as_str()?.to_string();
                        let id = match i.get("id")? {
                            serde_json::Value::String(s) => s.clone(),
                            serde_json::Value::Number(n) => n.to_string(),
                            _ => return None,
                        };
                        Some((kind, id))
                    })
                    .collect::<Option<Vec<_>>>()?;
                Some(Feature {
                    name: text(r, "name")?,
                    completed_at: text(r, "completed_at")?,
                    plan_path: text(r, "plan_path"),
                    issues,
                })
            })();
            if feature.is_none() {
                warnings.borrow_mut().push(format!(
                    "{}: completed_features row {id} cannot be read; skipped",
                    self.path.display()
                ));
            }
            feature
        })?;
        Ok((features, warnings.into_inner()))
    }
}

/// A column as text (numbers too: Debussy's phase ids are sometimes integers).
fn text(row: &rusqlite::Row<'_>, column: &str) -> Option<String> {
    match row.get::<_, rusqlite::types::Value>(column).ok()? {
        rusqlite::types::Value::Text(t) => Some(t),
        rusqlite::types::Value::Integer(n) => Some(n.to_string()),
        rusqlite::types::Value::Real(f) => Some(f.to_string()),
        _ => None,
    }
}

/// A time column, in UTC (see [`utc_time`]).
fn time(row: &rusqlite::Row<'_>, column: &str, zone: &jiff::tz::TimeZone) -> Option<String> {
    text(row, column).map(|at| utc_time(&at, zone))
}

/// A Debussy time in UTC, `2026-01-15T14:30:00.123456Z`: one without a zone is in
/// the time zone `zone` of the machine Debussy ran on (this one), one with an offset
/// says where it is. A time that cannot be read is kept as written.
pub fn utc_time(at: &str, zone: &jiff::tz::TimeZone) -> String {
    let iso = at.trim().replacen(' ', "T", 1);
    if let Ok(instant) = iso.parse::<jiff::Timestamp>() {
        return instant.to_string();
    }
    match iso
        .parse::<jiff::civil::DateTime>()
        .and_then(|local| zone.to_timestamp(local))
    {
        Ok(instant) => instant.to_string(),
        Err(_) => at.to_string(),
    }
}

/// The path components of a stored plan path, `/`- or `\`-separated, without `.`.
fn components(path: &str) -> Vec<&str> {
    path.split(['/', '\\'])
        .filter(|c| !c.is_empty() && *c != ".")
        .collect()
}

/// Which of `plans` (keys relative to the repository root) a run's stored path
/// names: the one it equals relative to `root`, else the one sharing the longest
/// suffix of path components (at least the file name), if exactly one does.
pub fn match_plan<'a>(root: &Path, stored: &str, plans: &'a [String]) -> Option<&'a String> {
    let relative = Path::new(stored)
        .strip_prefix(root)
        .ok()
        .map(|p| crate::plan::relative_path(Path::new(""), p))
        .unwrap_or_else(|| components(stored).join("/"));
    if let Some(exact) = plans.iter().find(|p| **p == relative) {
        return Some(exact);
    }
    let stored = components(stored);
    let suffix = |key: &str| {
        components(key)
            .iter()
            .rev()
            .zip(stored.iter().rev())
            .take_while(|(a, b)| a == b)
            .count()
    };
    let best = plans.iter().map(|p| suffix(p)).max().filter(|n| *n > 0)?;
    let mut candidates = plans.iter().filter(|p| suffix(p) == best);
    let first = candidates.next()?;
    candidates.next().is_none().then_some(first)
}

/// A timestamp as a sortable string: `2026-01-15 14:30:00` and
/// `2026-01-15T14:30:00.123456+00:00` both become `2026-01-15T14:30:00.123…`.
pub fn sortable_time(at: &str) -> String {
    let at = at.trim().replacen(' ', "T", 1);
    let at = at.strip_suffix('Z').unwrap_or(&at);
    let at = at.strip_suffix("+00:00").unwrap_or(at);
    at.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn run_statuses_are_read_in_any_case_and_unknown_ones_are_kept() {
        assert_eq!(RunStatus::parse("Completed".into()), RunStatus::Completed);
        assert!(RunStatus::parse("PAUSED".into()).is_current());
        assert!(!RunStatus::parse("failed".into()).is_current());
        let odd = RunStatus::parse("archived".into());
        assert_eq!(odd, RunStatus::Other("archived".into()));
        assert_eq!(odd.as_str(), "archived");
    }

    #[test]
    fn runs_match_plans_by_relative_path_then_longest_suffix() {
        let plans = vec![
            "docs/plans/a/MASTER_PLAN.md".to_string(),
            "docs/plans/b/MASTER_PLAN.md".to_string(),
        ];
        let root = Path::new("/home/ana/widgets");
        assert_eq!(
            match_plan(
                root,
                "/home/ana/widgets/docs/plans/a/MASTER_PLAN.md",
                &plans
            ),
            Some(&plans[0])
        );
        assert_eq!(
            match_plan(root, "/workspace/docs/plans/b/MASTER_PLAN.md", &plans),
            Some(&plans[1])
        );
        assert_eq!(
            match_plan(root, "docs/plans/a/MASTER_PLAN.md", &plans),
            Some(&plans[0])
        );
        assert_eq!(
            match_plan(root, "C:\\work\\plans\\b\\MASTER_PLAN.md", &plans),
            Some(&plans[1])
        );
        // Only the file name in common with both: ambiguous, so no match.
        assert_eq!(match_plan(root, "/x/MASTER_PLAN.md", &plans), None);
        assert_eq!(match_plan(root, "/x/other.md", &plans), None);
    }

    #[test]
    fn debussy_local_times_are_read_in_utc() {
        let west = jiff::tz::TimeZone::fixed(jiff::tz::offset(-5));
        let east = jiff::tz::TimeZone::fixed(jiff::tz::offset(9));
        assert_eq!(
            utc_time("2026-01-15T14:30:00.123456", &west),
            "2026-01-15T19:30:00.123456Z"
        );
        assert_eq!(
            utc_time("2026-01-15 14:30:00", &east),
            "2026-01-15T05:30:00Z"
        );
        // Debussy's completion rows carry their offset: the zone does not matter.
        assert_eq!(
            utc_time("2026-01-15T14:30:00.5+00:00", &east),
            "2026-01-15T14:30:00.5Z"
        );
        assert_eq!(
            utc_time("2026-01-15T14:30:00Z", &west),
            "2026-01-15T14:30:00Z"
        );
        assert_eq!(utc_time("yesterday", &west), "yesterday");
    }

    #[test]
    fn timestamps_of_every_style_sort_together() {
        assert!(sortable_time("2026-01-15 14:30:00") < sortable_time("2026-01-15T14:30:01Z"));
        assert!(
            sortable_time("2026-01-15T14:30:00.5+00:00") > sortable_time("2026-01-15 14:30:00")
        );
    }
}
