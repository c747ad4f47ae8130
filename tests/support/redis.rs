//! A real `redis-server` on loopback on a free port, stopped when dropped. Where
//! it is not installed, tests that need it skip with a notice, except in CI
//! (`CI=true`), where a missing server is a failure.

use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct RedisServer {
    pub port: u16,
    child: Child,
}

impl RedisServer {
    /// A fresh server, or `None` (with a notice) where `redis-server` is missing
    /// outside CI.
    pub fn start() -> Option<RedisServer> {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let spawned = Command::new("redis-server")
            .args(["--port", &port.to_string(), "--bind", "127.0.0.1"])
            .args(["--save", "", "--appendonly", "no"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn();
        let child = match spawned {
            Ok(child) => child,
            Err(e) if std::env::var("CI").as_deref() == Ok("true") => {
                panic!("redis-server is required in CI: {e}")
            }
            Err(e) => {
                eprintln!("notice: skipping, redis-server cannot be started ({e}); install the redis-server package");
                return None;
            }
        };
        let server = RedisServer { port, child };
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "redis-server did not start listening"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        Some(server)
    }

    pub fn url(&self) -> String {
        format!("redis://127.0.0.1:{}/0", self.port)
    }

    pub fn connection(&self) -> ::redis::Connection {
        ::redis::Client::open(self.url())
            .expect("redis url")
            .get_connection()
            .expect("connect to redis")
    }
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
