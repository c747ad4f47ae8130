//! The phase lifecycle against a stateful fake GitHub, through the real binary.

mod support;

use support::github::FaultKind;
use support::*;

const REPO: &str = "acme/widgets";

fn labels(gh: &github::FakeGitHub, n: u64) -> Vec<String> {
    gh.issue(REPO, n).labels
}

#[test]
fn phase_start_marks_plan_and_phase_issues_in_progress_and_creates_labels() {
    let (ws, gh) = standard();
    ws.gh(&gh.url)
        .args(["phase", "start", "1"])
        .assert()
        .success();
    for n in [10, 11, 12] {
        assert_eq!(labels(&gh, n), ["debussy:in-progress"], "issue {n}");
    }
    let label = gh
        .label(REPO, "debussy:in-progress")
        .expect("label created");
    assert_eq!(label.color, "1D76DB");
    assert!(label.description.is_some_and(|d| !d.is_empty()));
}

#[test]
fn labels_use_configured_names_and_colors() {
    let (ws, gh) = standard();
    ws.write(
        ".debussy/config.yaml",
        "github:\n  labels:\n    in_progress: \"wip\"\n    color_in_progress: \"abcdef\"\n",
    );
    ws.gh(&gh.url)
        .args(["phase", "start", "1"])
        .assert()
        .success();
    assert_eq!(labels(&gh, 10), ["wip"]);
    assert_eq!(gh.label(REPO, "wip").unwrap().color, "ABCDEF");
}

#[test]
fn phase_complete_moves_only_the_phase_issue() {
    let (ws, gh) = standard();
    ws.gh(&gh.url)
        .args(["phase", "start", "1"])
        .assert()
        .success();
    ws.gh(&gh.url)
        .args(["phase", "complete", "1"])
        .assert()
        .success();
    assert_eq!(labels(&gh, 12), ["debussy:completed"]);
    assert_eq!(labels(&gh, 10), ["debussy:in-progress"]);
    assert_eq!(labels(&gh, 11), ["debussy:in-progress"]);
}

#[test]
fn phase_fail_marks_failed() {
    let (ws, gh) = standard();
    ws.gh(&gh.url)
        .args(["phase", "start", "1"])
        .assert()
        .success();
    ws.gh(&gh.url)
        .args(["phase", "fail", "1", "--reason", "tests red"])
        .assert()
        .success();
    assert_eq!(labels(&gh, 12), ["debussy:failed"]);
    assert_eq!(labels(&gh, 10), ["debussy:failed"]);
}

#[test]
fn full_lifecycle_with_auto_close_closes_plan_issues_with_one_comment() {
    let (ws, gh) = standard();
    for args in [
        ["phase", "start", "1"],
        ["phase", "complete", "1"],
        ["phase", "start", "2"],
        ["phase", "complete", "2"],
    ] {
        ws.gh(&gh.url).args(args).assert().success();
    }
    ws.gh(&gh.url)
        .args(["plan", "complete", "--auto-close"])
        .assert()
        .success();
    for n in [10, 11] {
        let issue = gh.issue(REPO, n);
        assert_eq!(issue.labels, ["debussy:completed"]);
        assert_eq!(issue.state, "closed");
        assert_eq!(issue.state_reason.as_deref(), Some("completed"));
        let comments = gh.comments(REPO, n);
        assert_eq!(comments.len(), 1, "issue {n}: {comments:?}");
        assert!(
            comments[0].contains("<!-- debussy-sync:completion:docs/plans/sync/MASTER_PLAN.md -->")
        );
    }
    // Again: nothing more happens.
    gh.clear_log();
    ws.gh(&gh.url)
        .args(["plan", "complete", "--auto-close"])
        .assert()
        .success();
    assert!(gh.writes().is_empty(), "{:?}", gh.writes());
    assert_eq!(gh.comments(REPO, 10).len(), 1);
}

#[test]
fn plan_complete_without_auto_close_leaves_issues_open() {
    let (ws, gh) = standard();
    for args in [["phase", "complete", "1"], ["phase", "complete", "2"]] {
        ws.gh(&gh.url).args(args).assert().success();
    }
    ws.gh(&gh.url).args(["plan", "complete"]).assert().success();
    assert_eq!(gh.issue(REPO, 10).state, "open");
    assert_eq!(labels(&gh, 10), ["debussy:completed"]);
    assert!(gh.comments(REPO, 10).is_empty());
}

#[test]
fn auto_close_before_every_phase_completed_is_refused_naming_the_phases() {
    let (ws, gh) = standard();
    succeed(ws.gh(&gh.url).args(["phase", "complete", "1"]));
    gh.clear_log();
    let out = ws
        .gh(&gh.url)
        .args(["plan", "complete", "--auto-close"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "refused");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(!stdout.contains("already in sync"), "{stdout}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            "error: nothing was closed: not every phase is completed (1/2) — phase 2 is pending"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("hint: complete those phases first"),
        "{stderr}"
    );
    assert!(gh.writes().is_empty(), "{:?}", gh.writes());
    assert_eq!(gh.issue(REPO, 10).state, "open");
    assert_eq!(
        recorded_events(&ws),
        1,
        "the refused completion is not recorded"
    );

    // With --json: one JSON document, the same refusal.
    let out = ws
        .gh(&gh.url)
        .args(["--json", "plan", "complete", "--auto-close"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    let doc = json_stdout(&out);
    assert_eq!(doc["error"]["code"], 4);
    assert!(
        doc["error"]["message"]
            .as_str()
            .unwrap()
            .contains("phase 2 is pending"),
        "{doc}"
    );
    // A dry run is refused the same way.
    let out = ws
        .gh(&gh.url)
        .args(["--dry-run", "plan", "complete", "--auto-close"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert!(gh.writes().is_empty());
}

#[test]
fn second_identical_event_makes_no_writes() {
    let (ws, gh) = standard();
    for args in [
        ["phase", "start", "1"],
        ["phase", "complete", "1"],
        ["phase", "fail", "2"],
    ] {
        ws.gh(&gh.url).args(args).assert().success();
        gh.clear_log();
        ws.gh(&gh.url).args(args).assert().success();
        assert!(gh.writes().is_empty(), "{args:?}: {:?}", gh.writes());
    }
}

#[test]
fn dry_run_prints_what_a_real_run_applies_and_writes_nothing() {
    let (ws, gh) = standard();
    gh.add_milestone(REPO, 3, "v1", "Release one.");
    gh.set_issue_milestone(REPO, 10, 3);
    ws.gh(&gh.url)
        .args(["phase", "start", "1"])
        .assert()
        .success();
    gh.clear_log();
    let dry = ws
        .gh(&gh.url)
        .args(["--dry-run", "--json", "phase", "complete", "1"])
        .output()
        .unwrap();
    assert!(dry.status.success());
    assert!(gh.writes().is_empty(), "dry run wrote: {:?}", gh.writes());
    let planned = json_stdout(&dry);
    assert_eq!(planned["dry_run"], true);
    let real = ws
        .gh(&gh.url)
        .args(["--json", "phase", "complete", "1"])
        .output()
        .unwrap();
    assert!(real.status.success());
    let applied = json_stdout(&real);
    assert!(!operation_keys(&planned).is_empty());
    assert_eq!(operation_keys(&planned), operation_keys(&applied));
    assert!(planned["operations"]
        .as_array()
        .unwrap()
        .iter()
        .all(|o| o["status"] == "planned"));
    assert!(applied["operations"]
        .as_array()
        .unwrap()
        .iter()
        .all(|o| o["status"] == "applied"));
    // The planned operations are exactly the writes that reached the server.
    assert_eq!(gh.write_operations(), operation_keys(&applied).len());
}

#[test]
fn dry_run_creates_no_state_database() {
    let (ws, gh) = standard();
    ws.gh(&gh.url)
        .args(["--dry-run", "phase", "start", "1"])
        .assert()
        .success();
    assert!(!ws.path().join(".debussy/sync.db").exists());
    assert!(gh.writes().is_empty());
}

#[test]
fn labels_not_ours_are_kept_and_state_change_is_one_add_one_remove() {
    let (ws, gh) = standard();
    gh.set_issue_labels(REPO, 12, &["bug", "team:core"]);
    ws.gh(&gh.url)
        .args(["phase", "start", "1"])
        .assert()
        .success();
    assert_eq!(labels(&gh, 12), ["bug", "team:core", "debussy:in-progress"]);
    gh.clear_log();
    ws.gh(&gh.url)
        .args(["phase", "complete", "1"])
        .assert()
        .success();
    assert_eq!(labels(&gh, 12), ["bug", "team:core", "debussy:completed"]);
    // The new label is created, then one request adds one label and removes one;
    // nothing is replaced.
    let writes = gh.writes();
    assert_eq!(writes.len(), 2, "{writes:?}");
    assert!(writes.iter().all(|w| w.path.ends_with("/graphql")));
    assert_eq!(gh.mutations("createLabel"), 1);
    assert_eq!(gh.mutations("addLabelsToLabelable"), 1);
    assert_eq!(gh.mutations("removeLabelsFromLabelable"), 1);
    assert_eq!(gh.write_operations(), 3);
    assert!(
        gh.writes().iter().all(|w| w.method != "PUT"),
        "never a full replace"
    );
}

#[test]
fn milestone_description_keeps_other_text_and_one_line_per_plan() {
    let (ws, gh) = standard();
    gh.add_milestone(REPO, 3, "v1", "Ship the sync.\n\nOwner: core team");
    gh.set_issue_milestone(REPO, 10, 3);
    // A second plan sharing the milestone.
    ws.write(
        "docs/plans/other/MASTER_PLAN.md",
        "# Other - Master Plan\n**GitHub Repo:** acme/widgets\n**GitHub Issues:** #20\n\n| Phase | Title | Status |\n|---|---|---|\n| 1 | [A](a.md) | Pending |\n",
    );
    gh.add_issue(REPO, 20, "Other");
    gh.set_issue_milestone(REPO, 20, 3);
    ws.gh(&gh.url)
        .args(["phase", "complete", "1", "--plan", PLAN])
        .assert()
        .success();
    ws.gh(&gh.url)
        .args([
            "phase",
            "start",
            "1",
            "--plan",
            "docs/plans/other/MASTER_PLAN.md",
        ])
        .assert()
        .success();
    let d = gh.milestone_description(REPO, 3);
    assert_eq!(
        d,
        "Ship the sync.\n\nOwner: core team\n\n\
         Debussy progress — Issue Tracker Sync: 1/2 phases (50%) <!-- debussy-sync:progress:docs/plans/sync/MASTER_PLAN.md -->\n\
         Debussy progress — Other: 0/1 phases (0%) <!-- debussy-sync:progress:docs/plans/other/MASTER_PLAN.md -->"
    );
    ws.gh(&gh.url)
        .args(["phase", "complete", "2", "--plan", PLAN])
        .assert()
        .success();
    let d = gh.milestone_description(REPO, 3);
    assert!(d.starts_with("Ship the sync.\n\nOwner: core team\n\n"));
    assert!(d.contains("Issue Tracker Sync: 2/2 phases (100%)"));
    assert!(d.contains("Other: 0/1 phases (0%)"));
    assert_eq!(d.matches("debussy-sync:progress").count(), 2);
}

#[test]
fn bad_gateway_after_comment_is_stored_makes_no_duplicate() {
    let (ws, gh) = standard();
    for args in [["phase", "complete", "1"], ["phase", "complete", "2"]] {
        ws.gh(&gh.url).args(args).assert().success();
    }
    // The batch with the comments is stored, then answered 502.
    gh.inject_graphql("mutation", FaultKind::BadGatewayAfterApply, 1);
    ws.gh(&gh.url)
        .args(["plan", "complete", "--auto-close"])
        .assert()
        .success();
    assert_eq!(gh.comments(REPO, 10).len(), 1);
    assert_eq!(gh.issue(REPO, 10).state, "closed");
    assert_eq!(
        gh.mutations("addComment"),
        3,
        "one comment per issue, never sent again"
    );
}

#[test]
fn too_many_requests_is_waited_out() {
    let (ws, gh) = standard();
    gh.inject_graphql(
        "mutation",
        FaultKind::TooManyRequests { retry_after: 30 },
        1,
    );
    ws.gh(&gh.url)
        .args(["phase", "start", "1"])
        .assert()
        .success();
    assert_eq!(labels(&gh, 10), ["debussy:in-progress"]);
    // The first write (the label's creation) was refused once, then sent again.
    let all = gh.graphql_requests("mutation");
    let tries: Vec<_> = all.iter().filter(|r| r.body == all[0].body).collect();
    assert_eq!(tries.len(), 2);
    // retry-after: 30 s at the test's backoff scale of 0.01 is 0.3 s.
    assert!(tries[1].at - tries[0].at >= std::time::Duration::from_millis(300));
}

#[test]
fn secondary_limit_without_retry_after_backs_off() {
    let (ws, gh) = standard();
    gh.inject_graphql("mutation", FaultKind::SecondaryLimit, 2);
    ws.gh(&gh.url)
        .args(["phase", "start", "1"])
        .assert()
        .success();
    assert_eq!(labels(&gh, 11), ["debussy:in-progress"]);
    let all = gh.graphql_requests("mutation");
    let tries: Vec<_> = all.iter().filter(|r| r.body == all[0].body).collect();
    assert_eq!(tries.len(), 3);
    // At least 60 s, then doubled (scaled by 0.01).
    assert!(tries[1].at - tries[0].at >= std::time::Duration::from_millis(600));
    assert!(tries[2].at - tries[1].at >= std::time::Duration::from_millis(1200));
}

#[test]
fn missing_issue_fails_only_that_issue() {
    let (ws, gh) = standard();
    ws.write(
        PLAN,
        &MASTER.replace(
            "**GitHub Issues:** #10, #11",
            "**GitHub Issues:** #10, #11, #404",
        ),
    );
    let out = ws
        .gh(&gh.url)
        .args(["--json", "phase", "start", "1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let report = json_stdout(&out);
    let failed: Vec<_> = operations_where(&report, "status", "failed");
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0]["target"], "acme/widgets#404");
    for n in [10, 11, 12] {
        assert_eq!(labels(&gh, n), ["debussy:in-progress"]);
    }
}

#[test]
fn malformed_reference_is_exit_2_naming_file_and_line_and_writes_nothing() {
    let (ws, gh) = standard();
    ws.write(PLAN, &MASTER.replace("#10, #11", "#10, #1x"));
    let out = ws
        .gh(&gh.url)
        .args(["phase", "start", "1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("docs/plans/sync/MASTER_PLAN.md:4: '#1x' is not an issue reference"),
        "{stderr}"
    );
    assert!(stderr.contains("hint:"), "{stderr}");
    assert!(gh.requests().is_empty());
    assert!(!ws.path().join(".debussy/sync.db").exists());
}

#[test]
fn invalid_config_value_is_exit_2_naming_the_key_and_writes_nothing() {
    let (ws, gh) = standard();
    ws.write(
        ".debussy/config.yaml",
        "github:\n  labels:\n    color_completed: green\n",
    );
    let out = ws
        .gh(&gh.url)
        .args(["phase", "start", "1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            ".debussy/config.yaml:3: github.labels.color_completed: 'green' is not a hex color"
        ),
        "{stderr}"
    );
    assert_eq!(
        stderr.lines().filter(|l| l.starts_with("error:")).count(),
        1
    );
    assert!(gh.requests().is_empty());
    assert!(!ws.path().join(".debussy/sync.db").exists());
}

#[test]
fn unknown_phase_is_exit_2_with_the_phase_list() {
    let (ws, gh) = standard();
    let out = ws
        .gh(&gh.url)
        .args(["phase", "start", "9"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("phases: 1, 2"));
}

#[test]
fn token_never_appears_in_output_or_files_at_any_verbosity() {
    let (ws, gh) = standard();
    for args in [
        vec!["-v", "phase", "start", "1"],
        vec!["-v", "--json", "phase", "complete", "1"],
        vec!["--dry-run", "-v", "phase", "fail", "2"],
        vec!["-v", "history"],
    ] {
        let out = ws.gh(&gh.url).args(&args).output().unwrap();
        let all = [out.stdout, out.stderr].concat();
        assert!(!String::from_utf8_lossy(&all).contains(TOKEN), "{args:?}");
    }
    // With a wrong URL the error path must not leak either.
    let out = ws
        .gh("http://127.0.0.1:9")
        .args(["-v", "phase", "start", "1"])
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&[out.stdout, out.stderr].concat()).contains(TOKEN));
    ws.assert_no_file_holds(TOKEN);
}

#[test]
fn missing_credentials_say_what_to_set() {
    let (ws, gh) = standard();
    let out = ws
        .cmd()
        .env("GITHUB_API_URL", &gh.url)
        .env("PATH", "/nonexistent")
        .args(["phase", "start", "1"])
        .output()
        .unwrap();
    // The event is kept; the GitHub issues fail with what to set (exit 3).
    assert_eq!(out.status.code(), Some(3));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("GH_TOKEN"), "{stdout}");
    assert!(gh.requests().is_empty());
    assert_eq!(recorded_events(&ws), 1);
}

#[test]
fn history_lists_journal_and_completion() {
    let (ws, gh) = standard();
    for args in [["phase", "complete", "1"], ["phase", "complete", "2"]] {
        ws.gh(&gh.url).args(args).assert().success();
    }
    ws.gh(&gh.url).args(["plan", "complete"]).assert().success();
    let out = ws.cmd().args(["--json", "history"]).output().unwrap();
    let h = json_stdout(&out);
    assert_eq!(h["completions"].as_array().unwrap().len(), 1);
    assert_eq!(
        h["completions"][0]["issues"],
        serde_json::json!(["acme/widgets#10", "acme/widgets#11", "acme/widgets#12"])
    );
    assert!(h["operations"]
        .as_array()
        .unwrap()
        .iter()
        .any(|o| o["action"] == "add_label" && o["status"] == "applied"));
}

#[test]
fn concurrent_events_are_all_recorded() {
    let (ws, gh) = standard();
    let children: Vec<_> = (0..6)
        .map(|i| {
            let mut cmd =
                std::process::Command::new(assert_cmd::cargo::cargo_bin("gh-debussy-sync"));
            cmd.current_dir(ws.path())
                .env("GITHUB_API_URL", &gh.url)
                .env("GH_TOKEN", TOKEN)
                .env("GH_DEBUSSY_SYNC_BACKOFF_SCALE", "0.01")
                .args([
                    "-q",
                    "phase",
                    if i % 2 == 0 { "start" } else { "complete" },
                    "1",
                ])
                .spawn()
                .unwrap()
        })
        .collect();
    for mut c in children {
        assert!(c.wait().unwrap().success());
    }
    let out = ws.cmd().args(["--json", "history"]).output().unwrap();
    assert!(out.status.success());
    // One more event converges to the last recorded fact.
    ws.gh(&gh.url)
        .args(["phase", "complete", "1"])
        .assert()
        .success();
    assert_eq!(labels(&gh, 12), ["debussy:completed"]);
}

#[test]
fn a_mutation_that_fails_in_a_batch_fails_alone() {
    let (ws, gh) = standard();
    gh.add_label(REPO, "debussy:in-progress", "1D76DB");
    // #11 is deleted between this run's read and its write.
    gh.inject_graphql(
        "mutation",
        FaultKind::DeleteIssue {
            repo: REPO.into(),
            number: 11,
        },
        1,
    );
    let out = ws
        .gh(&gh.url)
        .args(["--json", "phase", "start", "1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let report = json_stdout(&out);
    let status = |target: &str| {
        report["operations"]
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["target"] == target)
            .map(|o| o["status"].as_str().unwrap().to_string())
            .unwrap()
    };
    assert_eq!(status("acme/widgets#11"), "failed");
    assert_eq!(status("acme/widgets#10"), "applied");
    assert_eq!(status("acme/widgets#12"), "applied");
    assert_eq!(labels(&gh, 10), ["debussy:in-progress"]);
    assert_eq!(labels(&gh, 12), ["debussy:in-progress"]);
    assert_eq!(
        gh.graphql_requests("mutation").len(),
        1,
        "one batch, not resent"
    );
}
