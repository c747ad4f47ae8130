//! jira820, a third-party stateful mock of Jira Data Center 8.20 (PyPI `jira820`),
//! started on a free port with a given configuration, its access log kept.

use super::http::call;
use super::spawn_logged;
use serde_json::{json, Value};
use std::process::{Child, Command};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub struct Jira820 {
    child: Child,
    pub url: String,
    log: Arc<Mutex<Vec<String>>>,
    markers: AtomicUsize,
    _dir: tempfile::TempDir,
}

impl Drop for Jira820 {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The project the end-to-end tests use: a restrictive workflow, To Do → In
/// Progress → In Review → Done, where Done's screen asks for a resolution and is
/// final; `standalone` generated issues per module (some carrying fix versions
/// `1.0` or `1.1`), no epics, no history.
pub fn workflow(standalone: u32) -> String {
    format!(
        r#"project_key: PROJ
statuses:
  - ["To Do", "todo", "1"]
  - ["In Progress", "inprogress", "3"]
  - ["In Review", "inprogress", "10001"]
  - ["Done", "done", "10002"]
transition_scheme:
  "To Do": ["In Progress"]
  "In Progress": ["In Review", "To Do"]
  "In Review": ["Done", "In Progress"]
  "Done": []
transition_screens:
  "Done": ["resolution"]
epics_per_module: 0
standalone_per_module: {standalone}
history_per_module: 0
"#
    )
}

impl Jira820 {
    /// Starts jira820 with `config` (its YAML).
    pub fn start(config: &str) -> Jira820 {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("jira820.yaml");
        std::fs::write(&path, config).unwrap();
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let python = std::env::var("JIRA820_PYTHON").unwrap_or_else(|_| "python3".into());
        let mut cmd = Command::new(&python);
        cmd.args(["-m", "jira820"])
            .env("JIRA820_CONFIG", &path)
            .env("JIRA820_HOST", "127.0.0.1")
            .env("JIRA820_PORT", port.to_string())
            .env("PYTHONUNBUFFERED", "1");
        let (mut child, log) = spawn_logged(cmd);
        let url = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(60);
        // Ours is up when its own log says so (not merely when the port answers:
        // another process may hold it).
        let started = |log: &Arc<Mutex<Vec<String>>>| {
            log.lock()
                .unwrap()
                .iter()
                .any(|l| l.contains("Uvicorn running on"))
        };
        while !started(&log) || std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                child.try_wait().ok().flatten().is_none(),
                "jira820 exited:\n{}",
                log.lock().unwrap().join("\n")
            );
            assert!(
                Instant::now() < deadline,
                "jira820 did not start:\n{}",
                log.lock().unwrap().join("\n")
            );
            std::thread::sleep(Duration::from_millis(200));
        }
        Jira820 {
            child,
            url,
            log,
            markers: AtomicUsize::new(0),
            _dir: dir,
        }
    }

    pub fn create(&self, summary: &str) -> String {
        let (status, body) = call(
            "POST",
            &format!("{}/rest/api/2/issue", self.url),
            Some(
                &json!({"fields": {"project": {"key": "PROJ"}, "summary": summary, "issuetype": {"name": "Task"}}}),
            ),
        );
        assert_eq!(status, 201, "{body}");
        serde_json::from_str::<Value>(&body).unwrap()["key"]
            .as_str()
            .unwrap()
            .to_string()
    }

    pub fn get(&self, key: &str) -> Value {
        let (status, body) = call("GET", &format!("{}/rest/api/2/issue/{key}", self.url), None);
        assert_eq!(status, 200, "{body}");
        serde_json::from_str(&body).unwrap()
    }

    pub fn status(&self, key: &str) -> String {
        self.get(key)["fields"]["status"]["name"]
            .as_str()
            .unwrap()
            .to_string()
    }

    pub fn transition_posts(&self) -> usize {
        self.log
            .lock()
            .unwrap()
            .iter()
            .filter(|l| l.contains("POST") && l.contains("/transitions"))
            .count()
    }

    /// Requests that write (POST or PUT) in the access log so far: every request
    /// answered before the call (a marker request is sent, and the log read once it
    /// shows, the server logging in order).
    pub fn writes(&self) -> Vec<String> {
        let marker = format!("marker={}", self.markers.fetch_add(1, Ordering::SeqCst));
        let url = format!("{}/rest/api/2/serverInfo?{marker}", self.url);
        let (status, body) = call("GET", &url, None);
        assert_eq!(status, 200, "{body}");
        let deadline = Instant::now() + Duration::from_secs(30);
        while !self.log.lock().unwrap().iter().any(|l| l.contains(&marker)) {
            assert!(Instant::now() < deadline, "{marker} never logged");
            std::thread::sleep(Duration::from_millis(20));
        }
        self.log
            .lock()
            .unwrap()
            .iter()
            .filter(|l| l.contains("\"POST ") || l.contains("\"PUT "))
            .cloned()
            .collect()
    }

    /// Sets fields of `key` as someone editing it in Jira would.
    pub fn put_fields(&self, key: &str, fields: Value) {
        let url = format!("{}/rest/api/2/issue/{key}", self.url);
        let (status, body) = call("PUT", &url, Some(&json!({ "fields": fields })));
        assert_eq!(status, 204, "{body}");
    }

    /// Moves `key` through the transition to status `to` (with a resolution when
    /// its screen asks for one).
    pub fn move_to(&self, key: &str, to: &str) {
        let url = format!("{}/rest/api/2/issue/{key}/transitions", self.url);
        let (_, body) = call("GET", &url, None);
        let list: Value = serde_json::from_str(&body).unwrap();
        let id = list["transitions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["to"]["name"] == to)
            .unwrap_or_else(|| panic!("no transition of {key} to {to}: {body}"))["id"]
            .clone();
        let mut request = json!({"transition": {"id": id}});
        if to == "Done" {
            request["fields"] = json!({"resolution": {"name": "Done"}});
        }
        let (status, body) = call("POST", &url, Some(&request));
        assert_eq!(status, 204, "{body}");
    }
}
