//! Auto-configuration: platform, host and repository from the origin remote, the
//! environment and the configuration, each with where it came from.

mod support;

use support::*;

fn with_origin(url: &str) -> Workspace {
    let ws = Workspace::new();
    let git = |args: &[&str]| {
        let ok = std::process::Command::new("git")
            .arg("-C")
            .arg(ws.path())
            .args(args)
            .output()
            .unwrap()
            .status
            .success();
        assert!(ok, "git {args:?}");
    };
    git(&["init", "-q"]);
    git(&["remote", "add", "origin", url]);
    ws
}

fn detect(ws: &Workspace, env: &[(&str, &str)]) -> serde_json::Value {
    let mut cmd = ws.cmd();
    cmd.env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("GH_DEBUSSY_SYNC_KEYRING", "none");
    for (k, v) in env {
        cmd.env(k, v);
    }
    json_stdout(&succeed(cmd.args(["--json", "config", "detect"])))
}

#[test]
fn the_four_remote_forms_give_platform_host_and_repository() {
    let env = [
        ("GH_HOST", "ghe.corp"),
        ("GITEA_URL", "https://git.example.com"),
    ];
    for (url, platform, host, repo) in [
        (
            "https://github.com/acme/widgets.git",
            "github",
            "github.com",
            "acme/widgets",
        ),
        (
            "git@git.example.com:acme/widgets.git",
            "gitea",
            "git.example.com",
            "acme/widgets",
        ),
        (
            "ssh://git@ghe.corp:2222/acme/widgets",
            "github_enterprise",
            "ghe.corp",
            "acme/widgets",
        ),
        (
            "https://git.example.com/group/sub/proj",
            "gitea",
            "git.example.com",
            "group/sub/proj",
        ),
    ] {
        let found = detect(&with_origin(url), &env);
        assert_eq!(found["platform"]["value"], platform, "{url}: {found}");
        assert_eq!(found["host"]["value"], host, "{url}");
        assert_eq!(found["repo"]["value"], repo, "{url}");
        assert_eq!(found["repo"]["source"]["kind"], "remote", "{url}");
    }
}

#[test]
fn each_value_says_where_it_came_from_and_config_beats_the_remote() {
    let ws = with_origin("git@git.example.com:acme/widgets.git");
    ws.write(
        ".debussy/config.yaml",
        "gitea:\n  url: https://git.example.com\n",
    );
    let found = detect(&ws, &[]);
    assert_eq!(found["platform"]["value"], "gitea");
    assert_eq!(found["platform"]["source"]["kind"], "config");
    assert_eq!(found["platform"]["source"]["name"], "gitea.url");
    ws.write(".debussy/config.yaml", "github:\n  repo: other/repo\n");
    let found = detect(&ws, &[]);
    assert_eq!(found["repo"]["value"], "other/repo");
    assert_eq!(found["repo"]["source"]["name"], "github.repo");
}

#[test]
fn an_unknown_host_is_a_warning_not_a_guess() {
    let ws = with_origin("https://gitlab.example.com/group/sub/proj.git");
    let out = succeed(ws.cmd().args(["config", "detect"]));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("gitlab.example.com is not a host we know"),
        "{stderr}"
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("unknown"));
}

#[test]
fn the_token_source_is_named_never_the_token() {
    let ws = with_origin("https://github.com/acme/widgets.git");
    let found = detect(&ws, &[("GH_TOKEN", TOKEN)]);
    assert_eq!(found["token_source"], "GH_TOKEN");
    let out = succeed(ws.cmd().env("GH_TOKEN", TOKEN).args(["config", "detect"]));
    let all = String::from_utf8_lossy(&[out.stdout, out.stderr].concat()).to_string();
    assert!(all.contains("GH_TOKEN") && !all.contains(TOKEN), "{all}");
}

#[test]
fn a_bad_gitea_url_is_exit_2_naming_the_key() {
    let ws = with_origin("https://github.com/acme/widgets.git");
    ws.write(".debussy/config.yaml", "gitea:\n  url: not a url\n");
    let out = ws.cmd().args(["config", "detect"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(".debussy/config.yaml:2: gitea.url"),
        "{stderr}"
    );
    std::fs::remove_file(ws.path().join(".debussy/config.yaml")).unwrap();
    let out = ws
        .cmd()
        .env("GITEA_URL", "ftp://x")
        .args(["config", "detect"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("GITEA_URL"));
}

#[test]
fn config_init_writes_what_detect_found() {
    let ws = with_origin("git@github.com:acme/widgets.git");
    std::fs::remove_dir_all(ws.path().join(".debussy")).unwrap();
    succeed(ws.cmd().args(["config", "init"]));
    let text = ws.read(".debussy/config.yaml");
    assert!(text.contains("\n  repo: acme/widgets "), "{text}");
    let ws = with_origin("https://example.com/gitea/team/app.git");
    std::fs::remove_dir_all(ws.path().join(".debussy")).unwrap();
    succeed(
        ws.cmd()
            .env("GITEA_URL", "https://example.com/gitea")
            .args(["config", "init"]),
    );
    let text = ws.read(".debussy/config.yaml");
    assert!(
        text.contains("gitea:\n  url: https://example.com/gitea "),
        "{text}"
    );
    let out = succeed(ws.cmd().args(["config", "validate"]));
    assert!(String::from_utf8_lossy(&out.stdout).contains("0 warnings"));
}
