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
