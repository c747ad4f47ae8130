//! Real Debussy plans parse as a person reads them.

mod support;

use gh_debussy_sync::plan::{load_plan, parse_master, parse_phase_file, PhaseStatus, Scope};
use gh_debussy_sync::refs::{RefScope, RepoRef};
use std::path::Path;

fn fixtures() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/plans"))
}

#[test]
fn debussy_issue_tracker_sync_master_plan() {
    let plan = load_plan(
        fixtures(),
        &fixtures().join("phase8/MASTER_PLAN.md"),
        &RefScope::default(),
    )
    .unwrap();
    assert_eq!(plan.key, "phase8/MASTER_PLAN.md");
    assert_eq!(plan.name, "Issue Tracker Sync");
    let phases: Vec<(&str, &str)> = plan
        .phases
        .iter()
        .map(|p| (p.id.as_str(), p.title.as_str()))
        .collect();
    assert_eq!(
        phases,
        [
            ("1", "GitHub Issue Status Sync"),
            ("2", "Jira Issue Status Sync"),
            ("3", "Feature Completion Tracking & Re-run Protection"),
            ("4", "Bidirectional Sync & Status Dashboard"),
        ]
    );
    assert!(plan
        .phases
        .iter()
        .all(|p| p.table_status == PhaseStatus::Pending));
    // The task text `github_issues: [#10, #11]` in phase 1 is not a link.
    assert!(plan.links.is_empty());
    // Only the phase files that are really missing are reported, each at its row,
    // and they make the plan incomplete.
    assert!(plan.warnings.is_empty(), "{:?}", plan.warnings);
    let problems: Vec<String> = plan.problems.iter().map(ToString::to_string).collect();
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert!(
        problems.iter().all(|w| w.contains("cannot read")),
        "{problems:?}"
    );
    let rows: Vec<usize> = plan.phases.iter().map(|p| p.location.line).collect();
    assert!(
        plan.problems
            .iter()
            .all(|p| rows.contains(&p.location.line)),
        "{problems:?}"
    );
    assert!(plan.is_incomplete());
}

#[test]
fn phase_level_links_of_v0_7_0_resolve_against_the_configured_repo() {
    let repo = RepoRef::parse("matt-grain/Claude-Debussy").unwrap();
    let plan = load_plan(
        fixtures(),
        &fixtures().join("v0.7.0/MASTER_PLAN.md"),
        &RefScope::forge_repo(Some(&repo)),
    )
    .unwrap();
    assert_eq!(plan.name, "Issue Tracker Enhancements");
    assert!(plan.warnings.is_empty(), "{:?}", plan.warnings);
    let links: Vec<(String, Scope)> = plan
        .links
        .iter()
        .map(|l| (l.issue.to_string(), l.scope.clone()))
        .collect();
    assert_eq!(
        links,
        [
            (
                "matt-grain/Claude-Debussy#17".to_string(),
                Scope::Phase("1".into())
            ),
            (
                "matt-grain/Claude-Debussy#18".to_string(),
                Scope::Phase("2".into())
            ),
            (
                "matt-grain/Claude-Debussy#19".to_string(),
                Scope::Phase("3".into())
            ),
        ]
    );
    assert_eq!(plan.links[0].location.to_string(), "v0.7.0/phase-1.md:6");
}

/// Every markdown file under `dir`, recursively.
fn markdown_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(markdown_files(&path));
        } else if path.extension().is_some_and(|e| e == "md") {
            found.push(path);
        }
    }
    found.sort();
    found
}

#[test]
fn real_plans_read_without_a_warning() {
    let repo = RepoRef::parse("matt-grain/Claude-Debussy").unwrap();
    let example = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/widgets/plans"
    ));
    let files: Vec<_> = markdown_files(fixtures())
        .into_iter()
        .chain(markdown_files(example))
        .filter(|p| !p.ends_with("README.md"))
        .collect();
    assert!(files.len() >= 14, "{files:?}");
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path.display().to_string();
        // Read as a phase file (header lines, front matter) and, where it has a
        // phase table, as a master plan.
        let phase = parse_phase_file(&text, &name, "1", &RefScope::forge_repo(Some(&repo)));
        assert!(phase.warnings.is_empty(), "{name}: {:?}", phase.warnings);
        assert!(phase.errors.is_empty(), "{name}: {:?}", phase.errors);
        if let Ok(master) = parse_master(
            &text,
            &name,
            Path::new("."),
            &RefScope::forge_repo(Some(&repo)),
        ) {
            assert!(master.warnings.is_empty(), "{name}: {:?}", master.warnings);
            assert!(master.errors.is_empty(), "{name}: {:?}", master.errors);
        }
    }
}

#[test]
fn plan_show_json_through_the_binary() {
    let ws = support::Workspace::new();
    ws.write(support::PLAN, support::MASTER);
    ws.write("docs/plans/sync/phase-1.md", support::PHASE_1);
    ws.write("docs/plans/sync/phase-2.md", support::PHASE_2);
    let out = ws.cmd().args(["--json", "plan", "show"]).output().unwrap();
    assert!(out.status.success());
    let v = support::json_stdout(&out);
    assert_eq!(v["name"], "Issue Tracker Sync");
    assert_eq!(
        v["phases"][0]["issues"],
        serde_json::json!(["acme/widgets#12"])
    );
    assert_eq!(v["issues"][0]["ref"], "acme/widgets#10");
    assert_eq!(v["issues"][0]["scope"], "plan");
}

#[test]
fn plan_check_reports_unreadable_rows_with_file_and_line() {
    let ws = support::Workspace::new();
    ws.write(
        support::PLAN,
        "# P - Master Plan\n\n| Phase | Title | Status |\n|---|---|---|\n| 1 | [A](a.md) | In Progress |\n| one | [B](b.md) | Pending |\n| 2 | [C](c.md) | Someday |\n",
    );
    let out = ws.cmd().args(["--json", "plan", "check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let v = support::json_stdout(&out);
    assert!(
        v["problems"]
            .as_array()
            .unwrap()
            .contains(&serde_json::json!({
                "file": "docs/plans/sync/MASTER_PLAN.md",
                "line": 6,
                "message": "phase row not read: 'one' is not a phase id (write 1, 2 or 3.1)"
            })),
        "{v}"
    );
    let warnings: Vec<&str> = v["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w.as_str().unwrap())
        .collect();
    assert!(
        warnings
            .iter()
            .any(|w| w.starts_with("docs/plans/sync/MASTER_PLAN.md:7: phase 2: unknown status")),
        "{warnings:?}"
    );
}

#[test]
fn several_master_plans_need_a_choice() {
    let ws = support::Workspace::new();
    ws.write("a/MASTER_PLAN.md", "# A - Master Plan\n");
    ws.write("b/x-MASTER_PLAN.md", "# B - Master Plan\n");
    let out = ws.cmd().args(["plan", "show"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("a/MASTER_PLAN.md, b/x-MASTER_PLAN.md"),
        "{stderr}"
    );
}

#[test]
fn debussy_run_database_supplies_phase_statuses_and_recorded_events_win() {
    let ws = support::Workspace::new();
    ws.write(support::LOCAL_PLAN, support::LOCAL_MASTER);
    ws.write(
        ".debussy/issues/1.md",
        &support::local_issue_file(1, "One", None),
    );
    ws.write(
        ".debussy/issues/2.md",
        &support::local_issue_file(2, "Two", None),
    );
    let conn = rusqlite::Connection::open(ws.path().join(".debussy/state.db")).unwrap();
    conn.execute_batch(
        "CREATE TABLE runs (id TEXT, master_plan_path TEXT, started_at TEXT, completed_at TEXT, status TEXT, current_phase TEXT);
         CREATE TABLE phase_executions (id INTEGER PRIMARY KEY, run_id TEXT, phase_id TEXT, attempt INTEGER, status TEXT);
         INSERT INTO runs VALUES ('r1', 'plans/local/MASTER_PLAN.md', '2026-11-20', NULL, 'running', '2');
         INSERT INTO phase_executions (run_id, phase_id, attempt, status) VALUES ('r1', '1', 1, 'completed'), ('r1', '2', 1, 'running');",
    )
    .unwrap();
    drop(conn);
    let statuses = |ws: &support::Workspace| -> Vec<String> {
        let v = support::json_stdout(&ws.cmd().args(["--json", "plan", "show"]).output().unwrap());
        v["phases"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["status"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(statuses(&ws), ["completed", "running"]);
    // The plan of Debussy's current run is found without --plan; a recorded event
    // overrides the run database, and the plan-level issues follow.
    ws.cmd().args(["phase", "fail", "2"]).assert().success();
    assert_eq!(statuses(&ws), ["completed", "failed"]);
    assert_eq!(
        support::local_labels(&ws, 1),
        ["team:core", "debussy:failed"]
    );
}
