//! Convergence is serialized per repository (PRODUCT §8): a command that writes
//! holds `.debussy/sync.lock` from reading the facts until its journal is written,
//! so two runs can never apply an out-of-date result or post a second comment.
//!
//! The lock is an OS file lock (`flock` on Unix, `LockFileEx` on Windows): the
//! operating system releases it when the process ends, however it ends, so a run
//! killed halfway never leaves the repository locked.
//!
//! With `coordination.redis_url` set, runners on several machines share one
//! repository's trackers: the lock is then a Redis key (`SET NX PX` holding a
//! token of this run), kept alive by a renewing thread while held, deleted on
//! release only if it still holds our token, and lapsing by itself soon after a
//! run dies.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How long a second invocation waits quietly before saying that it waits.
pub const QUIET_WAIT: Duration = Duration::from_secs(1);

/// The held lock; dropping it releases it.
#[derive(Debug)]
pub struct RepoLock {
    /// The lock file, or the Redis key; held for what dropping them releases.
    _file: Option<File>,
    _redis: Option<RedisLock>,
}

impl RepoLock {
    fn file(file: File) -> RepoLock {
        RepoLock {
            _file: Some(file),
            _redis: None,
        }
    }
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
                Ok(()) => return Ok(RepoLock::file(file)),
                Err(TryLockError::WouldBlock) => {
                    if started.elapsed() >= QUIET_WAIT {
                        if let Some(tell) = on_wait.take() {
                            tell();
                        }
                        // Told: now block until the other run is done.
                        file.lock()?;
                        return Ok(RepoLock::file(file));
                    }
                    std::thread::sleep(Duration::from_millis(20));
                }
                Err(TryLockError::Error(e)) => return Err(e),
            }
        }
    }
}

impl RepoLock {
    /// Takes the Redis lock named `name` at `url`, waiting as long as another run
    /// holds it; `on_wait` is called once if that takes longer than [`QUIET_WAIT`].
    pub fn acquire_redis(
        url: &str,
        name: &str,
        on_wait: impl FnOnce(),
    ) -> Result<RepoLock, String> {
        RedisLock::acquire(url, name, on_wait).map(|l| RepoLock {
            _file: None,
            _redis: Some(l),
        })
    }
}

/// How long the Redis lock lives without renewal (a dead run's lock lapses then).
const REDIS_LOCK_TTL: Duration = Duration::from_secs(15);

/// Deletes the lock only while it holds our token.
const UNLOCK: &str =
    "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0";
/// Lengthens the lock only while it holds our token.
const RENEW: &str = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0";

/// A lock held in Redis.
#[derive(Debug)]
struct RedisLock {
    url: String,
    key: String,
    token: String,
    stop: Option<std::sync::mpsc::Sender<()>>,
    renewer: Option<std::thread::JoinHandle<()>>,
}

impl RedisLock {
    fn acquire(url: &str, name: &str, on_wait: impl FnOnce()) -> Result<RedisLock, String> {
        let mut conn = crate::claims::redis::connect(url).map_err(|e| e.to_string())?;
        let key = format!("gh-debussy-sync:lock:{name}");
        let token = format!(
            "{}:{}",
            std::process::id(),
            jiff::Timestamp::now().as_nanosecond()
        );
        let ttl = REDIS_LOCK_TTL.as_millis() as u64;
        let started = Instant::now();
        let mut on_wait = Some(on_wait);
        loop {
            let taken: Option<String> = redis::cmd("SET")
                .arg(&key)
                .arg(&token)
                .arg("NX")
                .arg("PX")
                .arg(ttl)
                .query(&mut conn)
                .map_err(|e| redis_error(url, e))?;
            if taken.is_some() {
                break;
            }
            if started.elapsed() >= QUIET_WAIT {
                if let Some(tell) = on_wait.take() {
                    tell();
                }
            }
            std::thread::sleep(Duration::from_millis(25));
        }
        let (stop, stopped) = std::sync::mpsc::channel();
        let renewer = {
            let (key, token) = (key.clone(), token.clone());
            std::thread::spawn(move || renew(conn, &key, &token, &stopped))
        };
        Ok(RedisLock {
            url: url.to_string(),
            key,
            token,
            stop: Some(stop),
            renewer: Some(renewer),
        })
    }
}

/// Keeps the lock alive until told to stop (or the sender is gone).
fn renew(
    mut conn: redis::Connection,
    key: &str,
    token: &str,
    stopped: &std::sync::mpsc::Receiver<()>,
) {
    let ttl = REDIS_LOCK_TTL.as_millis() as u64;
    while let Err(std::sync::mpsc::RecvTimeoutError::Timeout) =
        stopped.recv_timeout(REDIS_LOCK_TTL / 3)
    {
        let renewed: redis::RedisResult<i64> = redis::Script::new(RENEW)
            .key(key)
            .arg(token)
            .arg(ttl)
            .invoke(&mut conn);
        if renewed.is_err() {
            return;
        }
    }
}

fn redis_error(url: &str, e: redis::RedisError) -> String {
    format!("Redis at {}: {e}", crate::claims::redis::shown_url(url))
}

impl Drop for RedisLock {
    fn drop(&mut self) {
        drop(self.stop.take());
        if let Some(r) = self.renewer.take() {
            let _ = r.join();
        }
        if let Ok(mut conn) = crate::claims::redis::connect(&self.url) {
            let _: redis::RedisResult<i64> = redis::Script::new(UNLOCK)
                .key(&self.key)
                .arg(&self.token)
                .invoke(&mut conn);
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
