//! Convergence is serialized per repository (PRODUCT §8): a command that writes
//! holds `.debussy/sync.lock` from reading the facts until its journal is written,
//! so two runs can never apply an out-of-date result or post a second comment.
//!
//! The lock is an OS file lock (`flock` on Unix, `LockFileEx` on Windows): the
//! operating system releases it when the process ends, however it ends, so a run
//! killed halfway never leaves the repository locked.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How long a second invocation waits quietly before saying that it waits.
pub const QUIET_WAIT: Duration = Duration::from_secs(1);

/// The held lock; dropping it releases it.
#[derive(Debug)]
pub struct RepoLock {
    _file: File,
}

impl RepoLock {
    /// The lock file of a repository.
    pub fn path_in(root: &Path) -> PathBuf {
        root.join(".debussy").join("sync.lock")
    }

    /// Takes the lock, waiting as long as another process holds it; `on_wait` is
    /// called once if that takes longer than [`QUIET_WAIT`].
    pub fn acquire(root: &Path, on_wait: impl FnOnce()) -> std::io::Result<RepoLock> {
        let path = Self::path_in(root);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)?;
        let started = Instant::now();
        let mut on_wait = Some(on_wait);
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(RepoLock { _file: file }),
                Err(TryLockError::WouldBlock) => {
                    if started.elapsed() >= QUIET_WAIT {
                        if let Some(tell) = on_wait.take() {
                            tell();
                        }
                        // Told: now block until the other run is done.
                        file.lock()?;
                        return Ok(RepoLock { _file: file });
                    }
                    std::thread::sleep(Duration::from_millis(20));
                }
                Err(TryLockError::Error(e)) => return Err(e),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;

    #[test]
    fn second_holder_waits_until_the_first_releases() {
        let dir = tempfile::tempdir().unwrap();
        let first = RepoLock::acquire(dir.path(), || {}).unwrap();
        let released = Arc::new(AtomicBool::new(false));
        let flag = released.clone();
        let root = dir.path().to_path_buf();
        let waiter = std::thread::spawn(move || {
            let told = AtomicBool::new(false);
            let _second = RepoLock::acquire(&root, || told.store(true, Ordering::SeqCst)).unwrap();
            (flag.load(Ordering::SeqCst), told.load(Ordering::SeqCst))
        });
        std::thread::sleep(QUIET_WAIT + Duration::from_millis(300));
        released.store(true, Ordering::SeqCst);
        drop(first);
        let (after_release, told) = waiter.join().unwrap();
        assert!(
            after_release,
            "the second holder got the lock only after the release"
        );
        assert!(told, "a long wait is announced");
    }
}
