//! Read-only access to Debussy's own `.debussy/state.db`.

use rusqlite::{Connection, OpenFlags};
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
