//! Following Debussy while it runs: noticing cheaply that its database changed, and
//! the signals `watch` and `run` must survive to finish their work.

use crate::debussy::StateDb;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

/// Notices changes to `.debussy/state.db` without reading its tables: SQLite's
/// `data_version` on one long-lived read-only connection (it changes when another
/// connection commits), and the modification times of the database and its WAL.
pub struct StateDbWatch {
    root: PathBuf,
    db: Option<StateDb>,
    version: Option<i64>,
    mtimes: Vec<Option<SystemTime>>,
}

impl StateDbWatch {
    pub fn new(root: &Path) -> StateDbWatch {
        StateDbWatch {
            root: root.to_path_buf(),
            db: None,
            version: None,
            mtimes: Vec::new(),
        }
    }

    fn mtimes(&self) -> Vec<Option<SystemTime>> {
        let db = StateDb::path_in(&self.root);
        let wal = db.with_extension("db-wal");
        [db, wal]
            .iter()
            .map(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok())
            .collect()
    }

    /// Whether the database changed since the last call. A database that cannot be
    /// asked (busy, not there yet) counts as changed only when its files did.
    pub fn changed(&mut self) -> bool {
        if self.db.is_none() {
            self.db = StateDb::open(&self.root, Duration::ZERO).ok().flatten();
        }
        let version = self.db.as_ref().and_then(|db| db.data_version().ok());
        let mtimes = self.mtimes();
        let changed = (version.is_some() && version != self.version) || mtimes != self.mtimes;
        if version.is_some() {
            self.version = version;
        }
        self.mtimes = mtimes;
        changed
    }
}

/// Ctrl-C (and, on Unix, SIGTERM) delivered to this process, counted instead of
/// ending it, so that `watch` stops cleanly and `run` can converge after its
/// command ended.
#[derive(Clone, Default)]
pub struct Interrupts {
    interrupted: Arc<AtomicBool>,
    /// A child whose process receives a forwarded SIGTERM.
    child: Arc<AtomicU32>,
}

impl Interrupts {
    /// Installs the handlers; they are in place when this returns.
    pub fn install() -> Interrupts {
        let interrupts = Interrupts::default();
        let handle = interrupts.clone();
        let (ready, installed) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let Ok(rt) = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            else {
                let _ = ready.send(());
                return;
            };
            rt.block_on(handle.listen(ready));
        });
        let _ = installed.recv_timeout(Duration::from_secs(2));
        interrupts
    }

    #[cfg(unix)]
    async fn listen(self, ready: std::sync::mpsc::Sender<()>) {
        use tokio::signal::unix::{signal, SignalKind};
        let (Ok(mut int), Ok(mut term)) = (
            signal(SignalKind::interrupt()),
            signal(SignalKind::terminate()),
        ) else {
            let _ = ready.send(());
            return;
        };
        let _ = ready.send(());
        loop {
            let either =
                futures_util::future::select(Box::pin(int.recv()), Box::pin(term.recv())).await;
            if let futures_util::future::Either::Right(_) = either {
                let pid = self.child.load(Ordering::SeqCst);
                if pid != 0 {
                    // SAFETY: kill(2) with a pid we started and a valid signal.
                    unsafe { libc::kill(pid as libc::pid_t, libc::SIGTERM) };
                }
            }
            self.interrupted.store(true, Ordering::SeqCst);
        }
    }

    #[cfg(not(unix))]
    async fn listen(self, ready: std::sync::mpsc::Sender<()>) {
        let _ = ready.send(());
        while tokio::signal::ctrl_c().await.is_ok() {
            self.interrupted.store(true, Ordering::SeqCst);
        }
    }

    /// Whether Ctrl-C or SIGTERM arrived.
    pub fn interrupted(&self) -> bool {
        self.interrupted.load(Ordering::SeqCst)
    }

    /// SIGTERM received from now on is passed to process `pid`.
    pub fn forward_to(&self, pid: u32) {
        self.child.store(pid, Ordering::SeqCst);
    }

    /// Sleeps `d`, waking early when interrupted or when `until` says so.
    pub fn sleep(&self, d: Duration, until: &mut dyn FnMut() -> bool) {
        let step = Duration::from_millis(25);
        let end = std::time::Instant::now() + d;
        while std::time::Instant::now() < end && !self.interrupted() && !until() {
            std::thread::sleep(step.min(end.saturating_duration_since(std::time::Instant::now())));
        }
    }
}

/// Parses `2s`, `500ms`, `1m` or a number of seconds.
pub fn parse_interval(text: &str) -> Result<Duration, String> {
    let t = text.trim();
    let (number, unit) = match t.find(|c: char| !(c.is_ascii_digit() || c == '.')) {
        Some(i) => t.split_at(i),
        None => (t, "s"),
    };
    let value: f64 = number
        .parse()
        .map_err(|_| format!("'{text}' is not a duration (write 2s, 500ms or 1m)"))?;
    let secs = match unit {
        "ms" => value / 1000.0,
        "s" => value,
        "m" => value * 60.0,
        _ => return Err(format!("'{text}': unknown unit '{unit}' (use ms, s or m)")),
    };
    if !(0.05..=3600.0).contains(&secs) {
        return Err(format!("'{text}' must be between 50ms and 1h"));
    }
    Ok(Duration::from_secs_f64(secs))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intervals() {
        assert_eq!(parse_interval("2s"), Ok(Duration::from_secs(2)));
        assert_eq!(parse_interval("500ms"), Ok(Duration::from_millis(500)));
        assert_eq!(parse_interval("1m"), Ok(Duration::from_secs(60)));
        assert_eq!(parse_interval("3"), Ok(Duration::from_secs(3)));
        assert!(parse_interval("soon").is_err());
        assert!(parse_interval("1ms").is_err());
    }

    #[test]
    fn a_commit_by_another_connection_is_noticed() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join(".debussy")).unwrap();
        let writer = rusqlite::Connection::open(StateDb::path_in(dir.path())).unwrap();
        writer.execute_batch("CREATE TABLE runs (id TEXT)").unwrap();
        let mut watch = StateDbWatch::new(dir.path());
        assert!(watch.changed(), "the first look is a change");
        assert!(!watch.changed());
        writer
            .execute_batch("INSERT INTO runs VALUES ('a')")
            .unwrap();
        assert!(watch.changed());
        assert!(!watch.changed());
    }
}
