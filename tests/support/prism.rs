//! Prism 5 in proxy mode with `--errors` in front of a fake: every request and every
//! response is checked against an OpenAPI description. One that breaks it is
//! answered by Prism itself (422, or 500 with `sl-violations`) and logged with `✖`.
//!
//! Prism comes from `tests/e2e/node_modules` (`npm ci` in `tests/e2e`, as `.ci/run`
//! does); the description is prepared by `tests/e2e/prepare-*.mjs`.

use super::spawn_logged;
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

/// A running Prism proxy, killed when dropped.
pub struct Prism {
    child: Child,
    /// Where Prism listens: send requests here instead of to the upstream.
    pub url: String,
    log: Arc<Mutex<Vec<String>>>,
}

impl Drop for Prism {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The path of the prepared description named by the environment variable `var`.
pub fn description(var: &str) -> String {
    std::env::var(var)
        .unwrap_or_else(|_| panic!("{var} must name the prepared description (see .ci/run)"))
}

impl Prism {
    /// Starts Prism in front of `upstream`, validating against the description at
    /// `spec`, and waits (up to 120 s) until it listens.
    pub fn start(spec: &str, upstream: &str) -> Prism {
        let prism =
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/e2e/node_modules/.bin/prism");
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let mut cmd = Command::new(&prism);
        cmd.args(["proxy", "--errors", "-h", "127.0.0.1", "-p"])
            .arg(port.to_string())
            .args([spec, upstream]);
        let (child, log) = spawn_logged(cmd);
        let prism = Prism {
            child,
            url: format!("http://127.0.0.1:{port}"),
            log,
        };
        let deadline = Instant::now() + Duration::from_secs(120);
        while !prism
            .lines()
            .iter()
            .any(|l| l.contains("Prism is listening"))
        {
            assert!(
                Instant::now() < deadline,
                "Prism did not start:\n{}",
                prism.lines().join("\n")
            );
            std::thread::sleep(Duration::from_millis(200));
        }
        assert!(
            TcpStream::connect(("127.0.0.1", port)).is_ok(),
            "Prism said it listens on port {port}, but does not"
        );
        prism
    }

    /// Everything Prism wrote so far, stdout and stderr, line by line.
    pub fn lines(&self) -> Vec<String> {
        self.log
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// The lines where Prism reports a request or a response that breaks the
    /// description.
    pub fn violations(&self) -> Vec<String> {
        self.lines()
            .into_iter()
            .filter(|l| {
                l.contains('✖') || l.contains('⚠') || l.to_lowercase().contains("violation")
            })
            .collect()
    }

    /// How many requests Prism forwarded to the upstream.
    pub fn forwarded(&self) -> usize {
        self.lines()
            .iter()
            .filter(|l| l.contains("Forwarding"))
            .count()
    }

    /// Waits (up to 10 s) until Prism's log, read by another thread, satisfies `done`.
    pub fn wait_for(&self, done: impl Fn(&Prism) -> bool) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while !done(self) && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Asserts that Prism found nothing wrong with any request or answer.
    pub fn assert_no_violations(&self) {
        let violations = self.violations();
        assert!(
            violations.is_empty(),
            "Prism violations:\n{}",
            violations.join("\n")
        );
    }
}
