//! Read-only access to Debussy's own `.debussy/state.db`: the plan of the current
//! run, and the phase statuses of a plan's runs (tables `runs`, `phase_executions`).

use crate::plan::PhaseStatus;
use rusqlite::{Connection, OpenFlags};
use std::collections::HashMap;
use std::path::Path;

/// The master plan of Debussy's current (running or paused) run, as Debussy stored
/// it, if there is one.
pub fn current_run_plan(root: &Path) -> Option<String> {
    let path = root.join(".debussy").join("state.db");
    if !path.is_file() {
        return None;
    }
    let conn = Connection::open_with_flags(&path, OpenFlags::SQLITE_OPEN_READ_ONLY).ok()?;
    conn.query_row(
        "SELECT master_plan_path FROM runs WHERE status IN ('running', 'paused')
         ORDER BY started_at DESC LIMIT 1",
        [],
        |r| r.get(0),
    )
    .ok()
}

/// The latest status of each phase of the plan whose master is `plan_key` (relative
/// to `root`), over all of Debussy's runs of that plan, oldest first so later
/// attempts win. Unknown statuses are skipped; a missing or unreadable database
/// means no facts.
pub fn phase_statuses(root: &Path, plan_key: &str) -> HashMap<String, PhaseStatus> {
    let mut out = HashMap::new();
    let path = root.join(".debussy").join("state.db");
    if !path.is_file() {
        return out;
    }
    let Ok(conn) = Connection::open_with_flags(&path, OpenFlags::SQLITE_OPEN_READ_ONLY) else {
        return out;
    };
    let wanted = root.join(plan_key).canonicalize().ok();
    let Ok(mut stmt) = conn.prepare(
        "SELECT r.master_plan_path, pe.phase_id, pe.status FROM phase_executions pe
         JOIN runs r ON r.id = pe.run_id
         ORDER BY r.started_at, pe.attempt, pe.id",
    ) else {
        return out;
    };
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, rusqlite::types::Value>(1)?,
            r.get::<_, String>(2)?,
        ))
    });
    for (master, phase, status) in rows.into_iter().flatten().flatten() {
        let same_plan = master == plan_key
            || (wanted.is_some() && root.join(&master).canonicalize().ok() == wanted);
        let phase = match phase {
            rusqlite::types::Value::Integer(n) => n.to_string(),
            rusqlite::types::Value::Real(f) => f.to_string(),
            rusqlite::types::Value::Text(t) => t,
            _ => continue,
        };
        if let (true, Some(status)) = (same_plan, PhaseStatus::parse(&status)) {
            out.insert(phase, status);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latest_attempt_of_the_plans_runs_wins() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join(".debussy")).unwrap();
        std::fs::create_dir_all(dir.path().join("plans")).unwrap();
        std::fs::write(dir.path().join("plans/MASTER_PLAN.md"), "# P\n").unwrap();
        let conn = Connection::open(dir.path().join(".debussy/state.db")).unwrap();
        conn.execute_batch(
            "CREATE TABLE runs (id TEXT, master_plan_path TEXT, started_at TEXT, completed_at TEXT, status TEXT, current_phase TEXT);
             CREATE TABLE phase_executions (id INTEGER PRIMARY KEY, run_id TEXT, phase_id TEXT, attempt INTEGER, status TEXT);
             INSERT INTO runs VALUES ('a', 'plans/MASTER_PLAN.md', '2026-01-01', NULL, 'failed', '2');
             INSERT INTO runs VALUES ('b', 'other/MASTER_PLAN.md', '2026-01-02', NULL, 'running', '1');
             INSERT INTO phase_executions (run_id, phase_id, attempt, status) VALUES
               ('a', '1', 1, 'completed'), ('a', '2', 1, 'failed'), ('a', '2', 2, 'running'), ('b', '3', 1, 'running');",
        )
        .unwrap();
        let s = phase_statuses(dir.path(), "plans/MASTER_PLAN.md");
        assert_eq!(s.len(), 2);
        assert_eq!(s["1"], PhaseStatus::Completed);
        assert_eq!(s["2"], PhaseStatus::Running);
    }
}
