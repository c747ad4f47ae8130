//! The benchmark: requests and wall time of real runs against the fake GitHub behind
//! injected latency. Not a test (nothing is timed against a limit): `bench/run.sh`
//! runs it and prints the table that the README shows.

mod support;

use std::time::{Duration, Instant};
use support::github::FakeGitHub;
use support::*;

const REPO: &str = "acme/widgets";

/// A plan of `phases` phases whose plan-level list links issues 1..=`issues`.
fn workspace(issues: u64, phases: usize, gh: &FakeGitHub, milestone: bool) -> Workspace {
    let ws = Workspace::new();
    let list: Vec<String> = (1..=issues).map(|n| format!("#{n}")).collect();
    let mut master = format!(
        "# Bench - Master Plan\n\n**GitHub Repo:** {REPO}\n**GitHub Issues:** {}\n\n| Phase | Title | Status |\n|---|---|---|\n",
        list.join(", ")
    );
    for p in 1..=phases {
        master.push_str(&format!("| {p} | P{p} | Pending |\n"));
    }
    ws.write("plans/bench/MASTER_PLAN.md", &master);
    for n in 1..=issues {
        gh.add_issue(REPO, n, &format!("Issue {n}"));
    }
    for (name, color) in [
        ("debussy:in-progress", "1D76DB"),
        ("debussy:completed", "0E8A16"),
        ("debussy:failed", "D93F0B"),
    ] {
        gh.add_label(REPO, name, color);
    }
    if milestone {
        gh.add_milestone(REPO, 1, "v1", "Goals.");
        gh.set_issue_milestone(REPO, 1, 1);
    }
    ws
}

/// Runs one command; returns (requests, seconds).
fn measure(ws: &Workspace, gh: &FakeGitHub, args: &[&str]) -> (usize, f64) {
    gh.clear_log();
    let started = Instant::now();
    succeed(ws.gh(&gh.url).arg("-q").args(args));
    (gh.requests().len(), started.elapsed().as_secs_f64())
}

/// Writes `n` completed-phase events into the workspace's sync.db directly (as `n`
/// `phase complete` runs would have).
fn record_completed(ws: &Workspace, n: usize) {
    let db = ws.path().join(".debussy/sync.db");
    let mut conn = rusqlite::Connection::open(&db).unwrap();
    let tx = conn.transaction().unwrap();
    for p in 1..=n {
        tx.execute(
            "INSERT INTO events (at, plan, phase, kind, reason, auto_close) VALUES (?1, 'plans/bench/MASTER_PLAN.md', ?2, 'phase_complete', NULL, 0)",
            rusqlite::params![format!("2026-11-01T00:00:{:02}.{:03}Z", p % 60, p % 1000), p.to_string()],
        )
        .unwrap();
    }
    tx.commit().unwrap();
}

#[test]
#[ignore = "benchmark: run by bench/run.sh"]
fn benchmark() {
    let mut rows = vec![
        "| case | latency | requests | seconds |".to_string(),
        "|---|---|---|---|".to_string(),
    ];
    for latency in [0u64, 50] {
        for (issues, milestone) in [(20u64, false), (20, true), (200, false), (1000, false)] {
            let gh = FakeGitHub::start();
            let ws = workspace(issues, 2, &gh, milestone);
            gh.set_latency(Duration::from_millis(latency));
            let what = if milestone {
                format!("{issues} issues + milestone")
            } else {
                format!("{issues} issues")
            };
            let (r, t) = measure(&ws, &gh, &["phase", "start", "1"]);
            rows.push(format!(
                "| `phase start`, {what}, first run | {latency} ms | {r} | {t:.2} |"
            ));
            let (r, t) = measure(&ws, &gh, &["phase", "start", "1"]);
            rows.push(format!(
                "| `phase start`, {what}, repeat | {latency} ms | {r} | {t:.2} |"
            ));
            if !milestone {
                let (r, t) = measure(&ws, &gh, &["status"]);
                rows.push(format!(
                    "| `status`, {what} | {latency} ms | {r} | {t:.2} |"
                ));
            }
        }
        // 500 completed phases recorded before: as fast as a fresh plan.
        for recorded in [0usize, 500] {
            let gh = FakeGitHub::start();
            let ws = workspace(20, 501, &gh, false);
            ws.write(
                ".debussy/config.yaml",
                "github:\n  milestone_progress: false\n",
            );
            if recorded > 0 {
                // A real event creates sync.db; the completed phases join it.
                succeed(ws.gh(&gh.url).args(["-q", "phase", "start", "501"]));
                record_completed(&ws, recorded);
            }
            gh.set_latency(Duration::from_millis(latency));
            let (r, t) = measure(&ws, &gh, &["phase", "complete", "501"]);
            rows.push(format!(
                "| `phase complete`, 20 issues, {recorded} completed phases recorded | {latency} ms | {r} | {t:.2} |"
            ));
        }
        // Ten other master plans link the same issues: their facts are read too.
        let gh = FakeGitHub::start();
        let ws = workspace(20, 2, &gh, false);
        let list: Vec<String> = (1..=20).map(|n| format!("#{n}")).collect();
        for k in 1..=10 {
            ws.write(
                &format!("plans/other-{k}/MASTER_PLAN.md"),
                &format!(
                    "# Other {k} - Master Plan\n\n**GitHub Repo:** {REPO}\n**GitHub Issues:** {}\n\n| Phase | Title | Status |\n|---|---|---|\n| 1 | P1 | Pending |\n",
                    list.join(", ")
                ),
            );
        }
        gh.set_latency(Duration::from_millis(latency));
        let (r, t) = measure(
            &ws,
            &gh,
            &[
                "phase",
                "start",
                "1",
                "--plan",
                "plans/bench/MASTER_PLAN.md",
            ],
        );
        rows.push(format!(
            "| `phase start`, 20 issues shared with 10 other plans, first run | {latency} ms | {r} | {t:.2} |"
        ));
    }
    let table = rows.join("\n");
    println!("{table}");
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench.md");
    let _ = std::fs::write(out, format!("{table}\n"));
}
