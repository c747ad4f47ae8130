//! Driving `serve`: the real binary started on a free loopback port, deliveries
//! posted over real HTTP, signed as each source signs them.

use super::gitea::FakeGitea;
use super::github::FakeGitHub;
use super::{Workspace, TOKEN};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, ExitStatus};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The GitHub webhook secret the tests use; it must never show anywhere.
pub const GITHUB_SECRET: &str = "whsec_GITHUBserveSECRET_0123456789";
/// The Gitea webhook secret the tests use.
pub const GITEA_SECRET: &str = "whsec_GITEAserveSECRET_9876543210";

/// `sha256=<hex>` of `body` under `secret`, as GitHub sends it.
pub fn sign(secret: &str, body: &[u8]) -> String {
    let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, secret.as_bytes());
    format!(
        "sha256={}",
        hex::encode(ring::hmac::sign(&key, body).as_ref())
    )
}

/// An `issues` payload about `repo#number`.
pub fn issues_payload(repo: &str, number: u64, action: &str) -> String {
    serde_json::json!({
        "action": action,
        "issue": {"number": number, "state": "closed"},
        "repository": {"full_name": repo},
    })
    .to_string()
}

/// The headers of a GitHub delivery `id` of `event`, signed with `secret`.
pub fn github_headers(id: &str, event: &str, secret: &str, body: &str) -> Vec<(String, String)> {
    vec![
        ("X-GitHub-Event".into(), event.into()),
        ("X-GitHub-Delivery".into(), id.into()),
        ("X-Hub-Signature-256".into(), sign(secret, body.as_bytes())),
    ]
}

/// The binary in `ws`, with a clean environment, pointed at `gh` and `gitea` when
/// given, holding both webhook secrets.
pub fn serve_binary(ws: &Workspace, gh: Option<&FakeGitHub>, gitea: Option<&FakeGitea>) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_gh-debussy-sync"));
    cmd.current_dir(ws.path()).env_clear();
    if let Ok(path) = std::env::var("PATH") {
        cmd.env("PATH", path);
    }
    cmd.env("NO_COLOR", "1")
        .env("GH_DEBUSSY_SYNC_BACKOFF_SCALE", "0.01")
        .env("GH_DEBUSSY_SYNC_KEYRING", "none")
        .env("GITHUB_WEBHOOK_SECRET", GITHUB_SECRET)
        .env("GITEA_WEBHOOK_SECRET", GITEA_SECRET);
    if let Some(gh) = gh {
        cmd.env("GITHUB_API_URL", &gh.url).env("GH_TOKEN", TOKEN);
    }
    if let Some(gitea) = gitea {
        cmd.env("GITEA_URL", &gitea.url)
            .env("GITEA_TOKEN", super::gitea::GITEA_TOKEN);
    }
    cmd
}

/// A raw HTTP/1.1 exchange: status and body.
pub fn request(
    addr: &str,
    method: &str,
    path: &str,
    headers: &[(String, String)],
    body: &[u8],
) -> (u16, String) {
    try_request(addr, method, path, headers, body)
        .unwrap_or_else(|| panic!("no HTTP answer to {method} {path}"))
}

/// [`request`], `None` when there is no answer (the server is gone).
pub fn try_request(
    addr: &str,
    method: &str,
    path: &str,
    headers: &[(String, String)],
    body: &[u8],
) -> Option<(u16, String)> {
    let mut stream = TcpStream::connect(addr).ok()?;
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .ok()?;
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).ok()?;
    // A refused body may be answered before it is all sent.
    let _ = stream.write_all(body);
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    let text = String::from_utf8_lossy(&raw).to_string();
    let status = text.split(' ').nth(1).and_then(|s| s.parse().ok())?;
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    Some((status, body))
}

/// A running `serve`.
pub struct Server {
    pub child: Child,
    pub addr: String,
    pub log: Arc<Mutex<Vec<String>>>,
}

impl Server {
    /// Starts `cmd` (the binary, with its environment) as `serve --listen
    /// 127.0.0.1:0 ARGS…` and waits until it says where it listens.
    pub fn start(mut cmd: Command, args: &[&str]) -> Server {
        cmd.args(["serve", "--listen", "127.0.0.1:0"]).args(args);
        let (mut child, log) = super::spawn_logged(cmd);
        let started = Instant::now();
        loop {
            if let Ok(Some(status)) = child.try_wait() {
                std::thread::sleep(Duration::from_millis(100));
                panic!("serve exited ({status}): {:?}", log.lock().expect("log"));
            }
            let found = log.lock().expect("log").iter().find_map(|l| {
                l.strip_prefix("listening on http://")
                    .and_then(|rest| rest.split_whitespace().next())
                    .map(str::to_string)
            });
            if let Some(addr) = found {
                return Server { child, addr, log };
            }
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "serve did not start: {:?}",
                log.lock().expect("log")
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn post(&self, headers: &[(String, String)], body: &str) -> u16 {
        request(&self.addr, "POST", "/webhook", headers, body.as_bytes()).0
    }

    pub fn get(&self, path: &str) -> (u16, String) {
        request(&self.addr, "GET", path, &[], b"")
    }

    pub fn health(&self) -> serde_json::Value {
        serde_json::from_str(&self.get("/healthz").1).expect("healthz is JSON")
    }

    /// Everything it printed so far.
    pub fn output(&self) -> String {
        self.log.lock().expect("log").join("\n")
    }

    /// SIGTERM, then waits for it to exit.
    pub fn terminate(mut self) -> (ExitStatus, String) {
        let pid = self.child.id().to_string();
        let sent = Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .expect("kill");
        assert!(sent.success());
        let status = self.child.wait().expect("wait");
        // The reader threads finish with the pipes.
        std::thread::sleep(Duration::from_millis(100));
        (status, self.output())
    }

    /// SIGKILL.
    pub fn kill9(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A test that fails midway leaves no `serve` behind (it would hold the test's
/// output pipe open, and the run would never end).
impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Polls `check` until it holds (the test's own timeout bounds it).
pub fn eventually(what: &str, mut check: impl FnMut() -> bool) {
    let started = Instant::now();
    while !check() {
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "never: {what}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// How often each delivery was handled, from the queue database.
pub fn handled_counts(root: &std::path::Path) -> Vec<(String, i64)> {
    let conn = rusqlite::Connection::open(root.join(".debussy/serve.db")).expect("serve.db");
    let mut stmt = conn
        .prepare("SELECT id, handled FROM deliveries ORDER BY id")
        .expect("prepare");
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .expect("query")
        .map(|r| r.expect("row"))
        .collect()
}
