//! GitHub Enterprise: `GH_HOST` makes one repository one identity whatever the
//! reference form, keeps the port of an `origin` remote, and a TLS failure says
//! what failed.

mod support;

use serde_json::Value;
use support::*;

const HOST: &str = "127.0.0.1:4743";

fn enterprise_workspace() -> Workspace {
    let ws = Workspace::new();
    ws.write(
        "plans/e/MASTER_PLAN.md",
        &format!("# Enterprise - Master Plan\n\n**Issues:** acme/widgets#2, https://{HOST}/acme/widgets/issues/1, #3\n\n| Phase | Title | Status |\n|---|---|---|\n| 1 | One | Pending |\n"),
    );
    let git = |args: &[&str]| {
        let status = std::process::Command::new("git")
            .current_dir(ws.path())
            .args(args)
            .output()
            .expect("git");
        assert!(status.status.success(), "git {args:?}");
    };
    git(&["init", "-q"]);
    git(&[
        "remote",
        "add",
        "origin",
        &format!("https://{HOST}/acme/widgets.git"),
    ]);
    ws
}

#[test]
fn every_reference_form_on_the_enterprise_host_names_one_repository() {
    let ws = enterprise_workspace();
    let gh = github::FakeGitHub::start();
    for n in 1..=3 {
        gh.add_issue("acme/widgets", n, &format!("Issue {n}"));
    }
    let out = succeed(
        ws.cmd()
            .env("GH_HOST", HOST)
            .env("GITHUB_API_URL", &gh.url)
            .env("GH_ENTERPRISE_TOKEN", TOKEN)
            .args(["--json", "phase", "start", "1"]),
    );
    let report = json_stdout(&out);
    let mut targets: Vec<String> = report["operations"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["action"] == "add_label")
        .map(|o| o["target"].as_str().unwrap().to_string())
        .collect();
    targets.sort();
    assert_eq!(
        targets,
        ["acme/widgets#1", "acme/widgets#2", "acme/widgets#3"],
        "{report}"
    );
    let creates: Vec<&Value> = operations_where(&report, "action", "create_label");
    assert_eq!(creates.len(), 1, "one label creation: {report}");
    assert_eq!(gh.mutations("createLabel"), 1);
    for n in 1..=3 {
        assert_eq!(gh.issue("acme/widgets", n).labels, ["debussy:in-progress"]);
    }
}

/// A self-signed certificate and an `openssl s_server` using it.
struct TlsServer {
    child: std::process::Child,
    port: u16,
    _dir: tempfile::TempDir,
}

impl Drop for TlsServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn tls_server() -> TlsServer {
    let dir = tempfile::tempdir().unwrap();
    let status = std::process::Command::new("openssl")
        .current_dir(dir.path())
        .args([
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-keyout",
            "key.pem",
            "-out",
            "cert.pem",
        ])
        .output()
        .expect("openssl is needed for this test");
    assert!(status.status.success());
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let child = std::process::Command::new("openssl")
        .current_dir(dir.path())
        .args([
            "s_server", "-quiet", "-www", "-cert", "cert.pem", "-key", "key.pem",
        ])
        .args(["-accept", &format!("127.0.0.1:{port}")])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(started.elapsed() < std::time::Duration::from_secs(10));
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    TlsServer {
        child,
        port,
        _dir: dir,
    }
}

#[test]
#[ignore = "needs the openssl command: run by .ci/run"]
fn a_certificate_from_an_unknown_issuer_is_named_with_what_to_do() {
    let server = tls_server();
    let ws = Workspace::new();
    ws.write(
        "plans/e/MASTER_PLAN.md",
        &format!("# Enterprise - Master Plan\n\n**Issues:** 127.0.0.1:{}/acme/widgets#1\n\n| Phase | Title | Status |\n|---|---|---|\n| 1 | One | Pending |\n", server.port),
    );
    let out = ws
        .cmd()
        .env("GH_HOST", format!("127.0.0.1:{}", server.port))
        .env("GH_ENTERPRISE_TOKEN", TOKEN)
        .args(["phase", "start", "1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(&format!(
            "TLS failure talking to https://127.0.0.1:{}/api/graphql",
            server.port
        )),
        "{text}"
    );
    assert!(text.to_lowercase().contains("certificate"), "{text}");
    assert!(text.contains("SSL_CERT_FILE"), "{text}");
    assert!(!text.contains("Service Error"), "{text}");
}

#[test]
#[ignore = "needs the openssl command: run by .ci/run"]
fn a_gitea_with_a_certificate_from_an_unknown_issuer_is_named_with_what_to_do() {
    let server = tls_server();
    let ws = Workspace::new();
    ws.write(
        "plans/e/MASTER_PLAN.md",
        "# Gitea - Master Plan\n\n**Gitea Repo:** acme/widgets\n**Gitea Issues:** #1\n\n| Phase | Title | Status |\n|---|---|---|\n| 1 | One | Pending |\n",
    );
    let url = format!("https://127.0.0.1:{}", server.port);
    let out = ws
        .cmd()
        .env("GITEA_URL", &url)
        .env("GITEA_TOKEN", TOKEN)
        .args(["phase", "start", "1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(&format!("TLS failure talking to {url}/api/v1")),
        "{text}"
    );
    assert!(text.contains("SSL_CERT_FILE"), "{text}");
    assert!(!text.contains(TOKEN), "{text}");
}
