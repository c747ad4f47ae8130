//! `doctor`: what works, what does not, and what to do — never the token.

mod support;

use support::*;

fn output_text(out: &std::process::Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

#[test]
fn good_setup_passes_every_check() {
    let (ws, gh) = standard();
    gh.require_token(TOKEN);
    let out = succeed(ws.gh(&gh.url).arg("doctor"));
    let text = output_text(&out);
    assert!(text.contains("✓  GitHub"), "{text}");
    assert!(
        text.contains("token from GH_TOKEN is valid for octocat"),
        "{text}"
    );
    assert!(text.contains("4999/5000 requests left"), "{text}");
    assert!(text.contains("docs/plans/sync/MASTER_PLAN.md: 2 phases, 3 linked issues"));
    assert!(!text.contains(TOKEN));
}

#[test]
fn wrong_token_fails_without_printing_it() {
    let (ws, gh) = standard();
    gh.require_token("ghp_the_right_one");
    let out = ws.gh(&gh.url).args(["-v", "doctor"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = output_text(&out);
    assert!(text.contains("✗  GitHub"), "{text}");
    assert!(
        text.contains("was rejected (401 Bad credentials)"),
        "{text}"
    );
    assert!(!text.contains(TOKEN), "the token never appears");
    let out = ws.gh(&gh.url).args(["--json", "doctor"]).output().unwrap();
    let report = json_stdout(&out);
    assert_eq!(report["ok"], false);
    let github = report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "GitHub")
        .unwrap();
    assert_eq!(github["status"], "fail");
    assert!(github["hint"].as_str().unwrap().contains("GH_TOKEN"));
}

#[test]
fn jira_credentials_deployment_and_version_are_checked() {
    let ws = jira_workspace("cloud");
    let fake = jira::FakeJira::start(jira::Flavor::Cloud);
    let gh = github::FakeGitHub::start();
    let out = succeed(
        jira_cmd(&ws, &fake)
            .env("GITHUB_API_URL", &gh.url)
            .env("GH_TOKEN", TOKEN)
            .args(["--json", "doctor"]),
    );
    let report = json_stdout(&out);
    let jira = report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "Jira")
        .unwrap()
        .clone();
    assert_eq!(jira["status"], "ok", "{report}");
    let message = jira["message"].as_str().unwrap();
    assert!(
        message.contains("cloud, Cloud 1001.0.0-SNAPSHOT"),
        "{message}"
    );
    assert!(message.contains("Dev Eloper"), "{message}");
}

#[test]
fn a_broken_configuration_is_reported_and_the_rest_still_checked() {
    let (ws, gh) = standard();
    ws.write(".debussy/config.yaml", "github:\n  auto_close: sometimes\n");
    let out = ws.gh(&gh.url).args(["--json", "doctor"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report = json_stdout(&out);
    let checks = report["checks"].as_array().unwrap();
    assert_eq!(checks[0]["name"], "Config");
    assert_eq!(checks[0]["status"], "fail");
    assert!(checks[0]["message"]
        .as_str()
        .unwrap()
        .contains("github.auto_close"));
    assert!(checks
        .iter()
        .any(|c| c["name"] == "GitHub" && c["status"] == "ok"));
}

fn copy_tree(from: &std::path::Path, to: &std::path::Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

#[test]
fn the_bundled_example_passes_without_an_account() {
    let ws = Workspace::new();
    copy_tree(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/widgets"),
        ws.path(),
    );
    let out = succeed(ws.cmd().env("PATH", "/nonexistent").arg("doctor"));
    let text = output_text(&out);
    assert!(text.contains("✓  GitHub"), "{text}");
    assert!(text.contains("not used"), "{text}");
    assert!(!text.contains('✗'), "{text}");
}

#[test]
fn a_plan_linking_github_issues_without_a_token_still_fails() {
    let (ws, _gh) = standard();
    let out = ws
        .cmd()
        .env("PATH", "/nonexistent")
        .env("GH_DEBUSSY_SYNC_KEYRING", "none")
        .arg("doctor")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(output_text(&out).contains("no token found"));
}

mod gitea {
    use super::*;
    use support::gitea::GITEA_TOKEN;
    use support::gitea_cli::gitea_standard;

    #[test]
    fn doctor_checks_the_gitea_a_plan_links_without_printing_the_token() {
        let (ws, gitea) = gitea_standard();
        gitea.set_version("1.22.3");
        let out = succeed(ws.gitea(&gitea.url).arg("doctor"));
        let text = output_text(&out);
        assert!(text.contains("✓  Gitea"), "{text}");
        assert!(text.contains("version 1.22.3"), "{text}");
        assert!(
            text.contains("token from GITEA_TOKEN is valid for"),
            "{text}"
        );
        assert!(!text.contains(GITEA_TOKEN));
    }

    #[test]
    fn a_rejected_gitea_token_fails_doctor_and_says_what_to_set() {
        let (ws, gitea) = gitea_standard();
        gitea.set_token("the-right-one");
        let out = ws
            .gitea(&gitea.url)
            .args(["-v", "doctor"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let text = output_text(&out);
        assert!(text.contains("✗  Gitea"), "{text}");
        assert!(text.contains("was rejected"), "{text}");
        assert!(text.contains("GITEA_TOKEN"), "{text}");
        assert!(!text.contains(GITEA_TOKEN));
    }

    #[test]
    fn a_plan_linking_gitea_without_a_url_fails_doctor_naming_the_setting() {
        let (ws, _gitea) = gitea_standard();
        let out = ws.cmd().arg("doctor").output().unwrap();
        assert_eq!(out.status.code(), Some(1));
        let text = output_text(&out);
        assert!(text.contains("✗  Gitea"), "{text}");
        assert!(text.contains("GITEA_URL"), "{text}");
    }

    #[test]
    fn auth_status_says_where_the_gitea_token_comes_from() {
        let (ws, gitea) = gitea_standard();
        let out = succeed(ws.gitea(&gitea.url).args(["--json", "auth", "status"]));
        let report = json_stdout(&out);
        let entry = report["credentials"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["service"] == "gitea")
            .cloned()
            .expect("a gitea line");
        assert_eq!(entry["token_source"], "GITEA_TOKEN");
        let host = gitea.url.trim_start_matches("http://").to_string();
        assert_eq!(entry["target"], host.as_str());
        assert!(!String::from_utf8_lossy(&out.stdout).contains(GITEA_TOKEN));
    }
}
