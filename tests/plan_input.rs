//! A plan is input: whatever it says, the tool reads and writes only inside the
//! repository, and every line it cannot use is reported where it is, with what was
//! probably meant.

mod support;

use support::{json_stdout, local_standard, snapshot_issues, succeed, LOCAL_PLAN};

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

// A phase whose row could not be read.

#[test]
fn an_event_for_a_phase_whose_row_cannot_be_read_names_that_row() {
    let ws = local_standard();
    ws.write(
        LOCAL_PLAN,
        "# Local Sync - Master Plan\n\n**Issues:** local#1, local#2\n\n| Phase | Title | Focus | Risk | Status |\n|-------|-------|-------|------|--------|\n| 1 | [Storage](phase-1.md) | x | Low | Pending |\n| 2 | [API](phase-2.md) |\n| three | [UI](phase-3.md) | x | Low | Pending |\n",
    );
    let issues = snapshot_issues(&ws);
    let out = ws.cmd().args(["phase", "start", "2"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let error = stderr(&out)
        .lines()
        .find(|l| l.starts_with("error:"))
        .unwrap_or_default()
        .to_string();
    assert!(
        error.contains(
            "plans/local/MASTER_PLAN.md:8 (phase row 2 not read: expected 5 columns, found 2)"
        ),
        "{error}"
    );
    assert!(
        error.contains(
            "plans/local/MASTER_PLAN.md:9 (phase row not read: 'three' is not a phase id"
        ),
        "{error}"
    );
    assert!(!error.contains("phases: 1"), "{error}");
    assert_eq!(snapshot_issues(&ws), issues, "nothing written");
}

// What plan check prints.

#[test]
fn plan_check_json_problems_carry_file_line_and_message() {
    let ws = local_standard();
    ws.write(
        LOCAL_PLAN,
        "# Local Sync - Master Plan\n\n**Issues:** local#1, #x\n\n| Phase | Title | Status |\n|---|---|---|\n| 1 | [Storage](phase-1.md) | Done |\n| one | [API](phase-2.md) | Done |\n",
    );
    let out = ws.cmd().args(["--json", "plan", "check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let report = json_stdout(&out);
    assert_eq!(
        report["problems"],
        serde_json::json!([
            {
                "file": "plans/local/MASTER_PLAN.md",
                "line": 8,
                "message": "phase row not read: 'one' is not a phase id (write 1, 2 or 3.1)"
            },
            {
                "file": "plans/local/MASTER_PLAN.md",
                "line": 3,
                "message": "'#x' is not an issue reference"
            }
        ])
    );
}

#[test]
fn plan_check_counts_in_singular_and_plural() {
    let ws = local_standard();
    ws.write(
        LOCAL_PLAN,
        "# Local Sync - Master Plan\n\n**Issues:** local#1\n\n| Phase | Title | Status |\n|---|---|---|\n| 1 | [Storage](phase-2.md) | Pending |\n",
    );
    let out = succeed(ws.cmd().args(["plan", "check"]));
    assert_eq!(
        stdout(&out),
        "✓ plans/local/MASTER_PLAN.md: 1 phase, 1 linked issue, 0 warnings\n"
    );
    ws.write(
        LOCAL_PLAN,
        "# Local Sync - Master Plan\n\n**Issues:** local#1, local#2\n\n| Phase | Title | Status |\n|---|---|---|\n| 1 | [Storage](phase-2.md) | Someday |\n| 2 | [API](phase-2.md) | Pending |\n",
    );
    let out = succeed(ws.cmd().args(["plan", "check"]));
    assert_eq!(
        stdout(&out),
        "✓ plans/local/MASTER_PLAN.md: 2 phases, 2 linked issues, 1 warning\n"
    );
    ws.write(
        LOCAL_PLAN,
        "# Local Sync - Master Plan\n\n| Phase | Title | Status |\n|---|---|---|\n| one | [Storage](phase-2.md) | Pending |\n",
    );
    let out = ws.cmd().args(["plan", "check"]).output().unwrap();
    assert!(
        stdout(&out).ends_with(
            "plans/local/MASTER_PLAN.md: 1 problem; fix the line above, then run `gh debussy-sync plan check` again\n"
        ),
        "{}",
        stdout(&out)
    );
}
// Link keys and references that are almost right.

#[test]
fn misspelled_link_keys_warn_with_what_was_meant() {
    let ws = local_standard();
    ws.write(
        LOCAL_PLAN,
        "# Local Sync - Master Plan\n\n**Isues:** local#1\n**Status:** Draft\n**Owner:** alice\n\n| Phase | Title | Focus | Risk | Status |\n|---|---|---|---|---|\n| 1 | [Storage](phase-1.md) | x | Low | Pending |\n",
    );
    ws.write(
        "plans/local/phase-1.md",
        "---\ngithub_isues: [5]\ntitle: Storage\n---\n# Local Sync Phase 1: Storage\n\n**Status:** Pending\n**Depends On:** N/A\n**Jira Isues:** PROJ-1\n",
    );
    let out = succeed(ws.cmd().args(["--json", "plan", "check"]));
    let report = json_stdout(&out);
    let warnings: Vec<&str> = report["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w.as_str().unwrap())
        .collect();
    assert_eq!(warnings.len(), 3, "{warnings:?}");
    let expect = [
        ("plans/local/MASTER_PLAN.md:3: ", "did you mean **Issues:**"),
        ("plans/local/phase-1.md:2: ", "did you mean github_issues"),
        (
            "plans/local/phase-1.md:9: ",
            "did you mean **Jira Issues:**",
        ),
    ];
    for (at, meant) in expect {
        assert!(
            warnings
                .iter()
                .any(|w| w.starts_with(at) && w.contains(meant)),
            "{at} {meant}: {warnings:?}"
        );
    }
    // plan show says so too, on stderr.
    let out = succeed(ws.cmd().args(["plan", "show"]));
    assert!(
        stderr(&out).contains("did you mean **Issues:**"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_reference_that_almost_parses_names_the_form_it_resembles() {
    let ws = local_standard();
    ws.write(
        LOCAL_PLAN,
        &support::LOCAL_MASTER.replace("local#1, local#2", "local#1, locl#2"),
    );
    let out = ws.cmd().args(["plan", "check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stdout(&out).contains("plans/local/MASTER_PLAN.md:3: 'locl#2' is not an issue reference; did you mean local#2?"),
        "{}",
        stdout(&out)
    );
}

// Links leading outside the repository.

/// The local plan with phase 1 (its row is line 7) linking to `link`.
fn master_linking(link: &str) -> String {
    format!(
        "# Local Sync - Master Plan\n\n**Issues:** local#1, local#2\n\n| Phase | Title | Focus | Risk | Status |\n|-------|-------|-------|------|--------|\n| 1 | [Storage]({link}) | x | Low | Pending |\n| 2 | [API](phase-2.md) | x | Low | Pending |\n"
    )
}

const OUTSIDE_PHASE: &str =
    "# Local Sync Phase 1: Storage\n\n**Status:** Pending\n**Issues:** local#3\n";

#[test]
fn a_phase_link_inside_the_repository_through_dotdot_still_works() {
    let ws = local_standard();
    ws.write("plans/common/phase-1.md", OUTSIDE_PHASE);
    ws.write(LOCAL_PLAN, &master_linking("../common/phase-1.md"));
    let out = succeed(ws.cmd().args(["--json", "plan", "check"]));
    assert_eq!(json_stdout(&out)["valid"], true);
    let show = json_stdout(&succeed(ws.cmd().args(["--json", "plan", "show"])));
    assert_eq!(show["phases"][0]["file"], "plans/common/phase-1.md");
    assert_eq!(show["phases"][0]["issues"], serde_json::json!(["local#3"]));
}

#[cfg(unix)]
mod outside_the_repository {
    use super::*;
    use std::path::Path;
    use support::{local_issue_file, recorded_events, Workspace};

    /// A directory outside the workspace holding a phase file.
    fn outside() -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("phase-1.md"), OUTSIDE_PHASE).expect("write");
        dir
    }

    /// A relative link from `from` (a directory) that climbs to `/` and down to `to`.
    fn climbing_link(from: &Path, to: &Path) -> String {
        let ups = "../".repeat(from.components().count());
        format!("{ups}{}", to.display().to_string().trim_start_matches('/'))
    }

    /// Every way of naming a file outside the repository from phase 1's row.
    fn escaping_links(ws: &Workspace, out: &Path) -> Vec<(&'static str, String)> {
        let plan_dir = ws.path().join("plans/local");
        std::os::unix::fs::symlink(out.join("phase-1.md"), plan_dir.join("linked.md"))
            .expect("symlink a file");
        std::os::unix::fs::symlink(out, plan_dir.join("shared")).expect("symlink a directory");
        vec![
            ("dotdot", climbing_link(&plan_dir, &out.join("phase-1.md"))),
            ("absolute", out.join("phase-1.md").display().to_string()),
            ("symlinked file", "linked.md".to_string()),
            ("symlinked directory", "shared/phase-1.md".to_string()),
        ]
    }

    #[test]
    fn plan_check_refuses_a_phase_link_leading_outside_the_repository() {
        let ws = local_standard();
        let out = outside();
        for (how, link) in escaping_links(&ws, out.path()) {
            ws.write(LOCAL_PLAN, &master_linking(&link));
            let run = ws.cmd().args(["plan", "check"]).output().unwrap();
            assert_eq!(run.status.code(), Some(2), "{how}: {}", stdout(&run));
            let text = stdout(&run);
            assert!(
                text.contains("✗ plans/local/MASTER_PLAN.md:7: ")
                    && text.contains("outside the repository"),
                "{how}: {text}"
            );
            // Nothing of the outside file was read: its issue is not linked.
            let show = json_stdout(&succeed(ws.cmd().args(["--json", "plan", "show"])));
            assert_eq!(show["phases"][0]["issues"], serde_json::json!([]), "{how}");
        }
    }

    #[test]
    fn sync_from_tracker_never_writes_outside_the_repository() {
        let ws = local_standard();
        let out = outside();
        // local#1 follows the whole plan: closed as completed, it would mark every
        // phase completed, in the master table and in each phase file.
        let closed = local_issue_file(1, "Plan one", Some(1))
            .replace("state: open", "state: closed\nstate_reason: completed");
        ws.write(".debussy/issues/1.md", &closed);
        for (how, link) in escaping_links(&ws, out.path()) {
            ws.write(LOCAL_PLAN, &master_linking(&link));
            let master = ws.read(LOCAL_PLAN);
            let run = ws
                .cmd()
                .args(["sync", "--direction", "from-tracker", "--apply"])
                .output()
                .unwrap();
            assert_eq!(run.status.code(), Some(2), "{how}: {}", stderr(&run));
            assert!(
                stderr(&run).contains("plans/local/MASTER_PLAN.md:7: "),
                "{how}: {}",
                stderr(&run)
            );
            let after = std::fs::read_to_string(out.path().join("phase-1.md")).unwrap();
            assert_eq!(after, OUTSIDE_PHASE, "{how}: the outside file is untouched");
            assert_eq!(ws.read(LOCAL_PLAN), master, "{how}: the plan is untouched");
        }
    }

    #[test]
    fn phase_events_refuse_a_plan_leading_outside_and_write_nothing() {
        let ws = local_standard();
        let out = outside();
        for (how, link) in escaping_links(&ws, out.path()) {
            ws.write(LOCAL_PLAN, &master_linking(&link));
            let issues = snapshot_issues(&ws);
            for event in ["start", "complete", "fail"] {
                let run = ws.cmd().args(["phase", event, "1"]).output().unwrap();
                assert_eq!(
                    run.status.code(),
                    Some(2),
                    "{how} {event}: {}",
                    stderr(&run)
                );
                assert!(
                    stderr(&run).contains("plans/local/MASTER_PLAN.md:7: "),
                    "{how} {event}: {}",
                    stderr(&run)
                );
            }
            assert_eq!(snapshot_issues(&ws), issues, "{how}: no issue changed");
            let after = std::fs::read_to_string(out.path().join("phase-1.md")).unwrap();
            assert_eq!(after, OUTSIDE_PHASE, "{how}");
        }
        assert!(
            !ws.path().join(".debussy/sync.db").exists() || recorded_events(&ws) == 0,
            "no event recorded"
        );
    }

    #[test]
    fn a_master_plan_outside_the_repository_is_refused() {
        let ws = local_standard();
        let out = outside();
        std::fs::write(
            out.path().join("MASTER_PLAN.md"),
            master_linking("phase-1.md"),
        )
        .unwrap();
        let given = out.path().join("MASTER_PLAN.md");
        let run = ws
            .cmd()
            .args(["plan", "check", "--plan"])
            .arg(&given)
            .output()
            .unwrap();
        assert_eq!(run.status.code(), Some(2), "{}", stdout(&run));
        assert!(
            stderr(&run).contains("outside the repository"),
            "{}",
            stderr(&run)
        );
        // The same through a symlink inside the repository.
        std::fs::remove_file(ws.path().join(LOCAL_PLAN)).unwrap();
        std::os::unix::fs::symlink(&given, ws.path().join(LOCAL_PLAN)).unwrap();
        let run = ws.cmd().args(["phase", "start", "1"]).output().unwrap();
        assert_eq!(run.status.code(), Some(2), "{}", stderr(&run));
        assert!(
            stderr(&run).contains("outside the repository"),
            "{}",
            stderr(&run)
        );
        let after = std::fs::read_to_string(out.path().join("phase-1.md")).unwrap();
        assert_eq!(after, OUTSIDE_PHASE);
    }
}
