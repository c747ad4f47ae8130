//! The command context built directly, without the binary, and what it tells the
//! user when a tracker is not set up.

mod support;

use support::*;

#[test]
fn jira_without_configuration_says_what_is_missing_and_what_to_do_once() {
    let ws = Workspace::new();
    let out = ws
        .cmd()
        .env("XDG_CONFIG_HOME", ws.path().join("home-config"))
        .env("GH_DEBUSSY_SYNC_KEYRING", "none")
        .args(["--json", "jira", "view", "PROJ-1"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let doc = json_stdout(&out);
    let message = doc["error"]["message"].as_str().expect("message");
    let hint = doc["error"]["hint"].as_str().expect("hint");
    assert_eq!(message, "Jira is not configured");
    assert_eq!(hint, "set JIRA_URL, or jira.url in .debussy/config.yaml");
    for what in ["JIRA_URL", "jira.url"] {
        assert_eq!(
            format!("{message}\n{hint}").matches(what).count(),
            1,
            "{what} named once: {message} / {hint}"
        );
    }
}

#[test]
fn jira_logout_without_configuration_is_an_input_error_with_a_separate_hint() {
    let ws = Workspace::new();
    let out = ws
        .cmd()
        .env("XDG_CONFIG_HOME", ws.path().join("home-config"))
        .env("GH_DEBUSSY_SYNC_KEYRING", "none")
        .args(["auth", "logout", "jira"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "error: Jira is not configured\nhint: set JIRA_URL, or jira.url in .debussy/config.yaml\n"
    );
}

/// A context around the workspace, built the way `main` builds it but from plain
/// values: no process environment, no terminal.
fn context(ws: &Workspace, dry_run: bool) -> gh_debussy_sync::context::Context {
    use gh_debussy_sync::context::{Context, Env};
    let env = Env {
        keyring_disabled: true,
        config_home: Some(ws.path().join("home-config")),
        user: Some("ada".into()),
        ..Env::default()
    };
    let config = gh_debussy_sync::config::load(ws.path(), &env.overrides).expect("config");
    let ui = gh_debussy_sync::output::Ui::detect(false, true, false, true);
    Context::with_config(ws.path().into(), env, ui, dry_run, true, config)
}

fn phase_event(
    plan: &str,
    phase: &str,
    kind: gh_debussy_sync::store::EventKind,
) -> gh_debussy_sync::store::Event {
    gh_debussy_sync::store::Event {
        plan: plan.into(),
        phase: Some(phase.into()),
        kind,
        reason: None,
    }
}

#[test]
fn a_phase_event_converges_the_local_issues_without_the_command_line() {
    use gh_debussy_sync::store::EventKind;
    let ws = local_standard();
    let ctx = context(&ws, false);
    let plan = ctx.load_plan_for_writing(None).expect("plan");
    let report = gh_debussy_sync::lifecycle::record_and_converge(
        &ctx,
        &plan,
        phase_event(LOCAL_PLAN, "1", EventKind::PhaseStart),
    )
    .expect("converged");
    assert_eq!(report.exit_code(), 0);
    assert!(report
        .operations
        .iter()
        .all(|o| o.status == gh_debussy_sync::operation::OpStatus::Applied));
    for n in [1, 2, 3] {
        assert_eq!(
            local_labels(&ws, n),
            ["team:core", "debussy:in-progress"],
            "local#{n}"
        );
    }
    assert_eq!(recorded_events(&ws), 1);

    let report = gh_debussy_sync::lifecycle::record_and_converge(
        &ctx,
        &plan,
        phase_event(LOCAL_PLAN, "1", EventKind::PhaseComplete),
    )
    .expect("converged");
    assert!(!report.operations.is_empty());
    assert_eq!(local_labels(&ws, 3), ["team:core", "debussy:completed"]);
    assert_eq!(local_labels(&ws, 1), ["team:core", "debussy:in-progress"]);
}

#[test]
fn a_dry_run_event_through_the_context_writes_nothing() {
    use gh_debussy_sync::store::EventKind;
    let ws = local_standard();
    let before = snapshot_issues(&ws);
    let ctx = context(&ws, true);
    let plan = ctx.load_plan_for_writing(None).expect("plan");
    let report = gh_debussy_sync::lifecycle::record_and_converge(
        &ctx,
        &plan,
        phase_event(LOCAL_PLAN, "1", EventKind::PhaseStart),
    )
    .expect("planned");
    assert!(report.dry_run);
    assert!(report
        .operations
        .iter()
        .all(|o| o.status == gh_debussy_sync::operation::OpStatus::Planned));
    assert!(!report.operations.is_empty());
    assert_eq!(snapshot_issues(&ws), before);
    assert!(
        !ws.path().join(".debussy/sync.db").exists(),
        "nothing recorded"
    );
}
