//! A plan is input: whatever it says, the tool reads and writes only inside the
//! repository, and every line it cannot use is reported where it is, with what was
//! probably meant.

mod support;

use support::{local_standard, snapshot_issues, LOCAL_PLAN};

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
