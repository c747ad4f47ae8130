//! The benchmark: requests and wall time of real runs against the fake GitHub and the
//! fake Gitea behind injected latency. Not a test (nothing is timed against a limit):
//! `bench/run.sh` runs it and prints the table that the README shows.

mod support;

use assert_cmd::Command;
use std::time::{Duration, Instant};
use support::gitea::FakeGitea;
use support::github::FakeGitHub;
use support::*;

const REPO: &str = "acme/widgets";

/// The state labels of the default config, already present in the repository.
const LABELS: [(&str, &str); 3] = [
    ("debussy:in-progress", "1D76DB"),
    ("debussy:completed", "0E8A16"),
    ("debussy:failed", "D93F0B"),
];

/// A fake tracker as the benchmark drives it: seeded with a plan's issues, slowed
/// down by injected latency, its request log counted.
trait FakeTracker {
    /// The platform as plans name it in their link lines (`**GitHub Repo:**`).
    const PLATFORM: &'static str;
    /// What the case text says of its issues: empty for GitHub, ` Gitea` for Gitea.
    const CASE_NOTE: &'static str;

    fn add_open_issue(&self, number: u64);
    fn add_repo_label(&self, name: &str, color: &str);
    /// Issue 1 in a new milestone.
    fn put_first_issue_in_milestone(&self);
    fn delay_requests(&self, latency: Duration);
    fn forget_requests(&self);
    fn request_count(&self) -> usize;
    /// The binary pointed at this fake, with its token in the environment.
    fn command(&self, ws: &Workspace) -> Command;
}

/// The trait's methods that both fakes answer under the same names.
macro_rules! same_on_both_fakes {
    () => {
        fn add_open_issue(&self, number: u64) {
            self.add_issue(REPO, number, &format!("Issue {number}"));
        }

        fn add_repo_label(&self, name: &str, color: &str) {
            self.add_label(REPO, name, color);
        }

        fn delay_requests(&self, latency: Duration) {
            self.set_latency(latency);
        }

        fn forget_requests(&self) {
            self.clear_log();
        }

        fn request_count(&self) -> usize {
            self.requests().len()
        }
    };
}

impl FakeTracker for FakeGitHub {
    const PLATFORM: &'static str = "GitHub";
    const CASE_NOTE: &'static str = "";

    same_on_both_fakes!();

    fn put_first_issue_in_milestone(&self) {
        self.add_milestone(REPO, 1, "v1", "Goals.");
        self.set_issue_milestone(REPO, 1, 1);
    }

    fn command(&self, ws: &Workspace) -> Command {
        ws.gh(&self.url)
    }
}

impl FakeTracker for FakeGitea {
    const PLATFORM: &'static str = "Gitea";
    const CASE_NOTE: &'static str = " Gitea";

    same_on_both_fakes!();

    fn put_first_issue_in_milestone(&self) {
        let v1 = self.add_milestone(REPO, "v1", "Goals.");
        self.set_issue_milestone(REPO, 1, Some(v1));
    }

    fn command(&self, ws: &Workspace) -> Command {
        ws.gitea(&self.url)
    }
}

/// The head of a master plan titled `title` whose plan-level list links issues
/// 1..=`issues` of [`REPO`] on `F`'s platform, up to the phase table's header.
fn master_head<F: FakeTracker>(title: &str, issues: u64) -> String {
    let list: Vec<String> = (1..=issues).map(|n| format!("#{n}")).collect();
    let platform = F::PLATFORM;
    format!(
        "# {title} - Master Plan\n\n**{platform} Repo:** {REPO}\n**{platform} Issues:** {}\n\n| Phase | Title | Status |\n|---|---|---|\n",
        list.join(", ")
    )
}

/// A plan of `phases` phases whose plan-level list links issues 1..=`issues`, open
/// in `fake` with the state labels present and, with `milestone`, issue 1 in a
/// milestone.
fn workspace<F: FakeTracker>(issues: u64, phases: usize, fake: &F, milestone: bool) -> Workspace {
    let ws = Workspace::new();
    let mut master = master_head::<F>("Bench", issues);
    for p in 1..=phases {
        master.push_str(&format!("| {p} | P{p} | Pending |\n"));
    }
    ws.write("plans/bench/MASTER_PLAN.md", &master);
    for n in 1..=issues {
        fake.add_open_issue(n);
    }
    for (name, color) in LABELS {
        fake.add_repo_label(name, color);
    }
    if milestone {
        fake.put_first_issue_in_milestone();
    }
    ws
}

/// Runs one command; returns (requests, seconds).
fn measure<F: FakeTracker>(ws: &Workspace, fake: &F, args: &[&str]) -> (usize, f64) {
    fake.forget_requests();
    let started = Instant::now();
    succeed(fake.command(ws).arg("-q").args(args));
    (fake.request_count(), started.elapsed().as_secs_f64())
}

/// The median wall time of five runs of a command that asks no tracker (the
/// local ones, where one run's noise is as large as the work).
fn median_of_five(mut run: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..5)
        .map(|_| {
            let started = Instant::now();
            run();
            started.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[2]
}

/// One row of the table.
fn row(case: &str, latency: u64, (requests, seconds): (usize, f64)) -> String {
    format!("| {case} | {latency} ms | {requests} | {seconds:.2} |")
}

/// For each (issues, milestone) of `sizes`, on a fresh fake of its own: `phase start`
/// first run and repeat, then (without milestone) `status`.
fn phase_start_rows<F: FakeTracker>(
    start: fn() -> F,
    latency: u64,
    sizes: &[(u64, bool)],
) -> Vec<String> {
    let mut rows = Vec::new();
    for &(issues, milestone) in sizes {
        let fake = start();
        let ws = workspace(issues, 2, &fake, milestone);
        fake.delay_requests(Duration::from_millis(latency));
        let note = F::CASE_NOTE;
        let what = if milestone {
            format!("{issues}{note} issues + milestone")
        } else {
            format!("{issues}{note} issues")
        };
        let start_cmd = ["phase", "start", "1"];
        let m = measure(&ws, &fake, &start_cmd);
        rows.push(row(
            &format!("`phase start`, {what}, first run"),
            latency,
            m,
        ));
        let m = measure(&ws, &fake, &start_cmd);
        rows.push(row(&format!("`phase start`, {what}, repeat"), latency, m));
        if !milestone {
            let m = measure(&ws, &fake, &["status"]);
            rows.push(row(&format!("`status`, {what}"), latency, m));
        }
    }
    rows
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

/// `phase complete` on a plan of 501 phases, with 0 and with 500 completed phases
/// recorded before: as fast as a fresh plan.
fn phase_complete_rows(latency: u64) -> Vec<String> {
    let mut rows = Vec::new();
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
        let m = measure(&ws, &gh, &["phase", "complete", "501"]);
        rows.push(row(
            &format!("`phase complete`, 20 issues, {recorded} completed phases recorded"),
            latency,
            m,
        ));
    }
    rows
}

/// Ten other master plans link the same issues: their facts are read too.
fn shared_plans_row(latency: u64) -> String {
    let gh = FakeGitHub::start();
    let ws = workspace(20, 2, &gh, false);
    for k in 1..=10 {
        let mut master = master_head::<FakeGitHub>(&format!("Other {k}"), 20);
        master.push_str("| 1 | P1 | Pending |\n");
        ws.write(&format!("plans/other-{k}/MASTER_PLAN.md"), &master);
    }
    gh.set_latency(Duration::from_millis(latency));
    let plan = "plans/bench/MASTER_PLAN.md";
    let m = measure(&ws, &gh, &["phase", "start", "1", "--plan", plan]);
    row(
        "`phase start`, 20 issues shared with 10 other plans, first run",
        latency,
        m,
    )
}

/// `phase start` on 20 issues with a Projects (v2) board configured, none of them on
/// it yet: first run (cards added, Status set) and repeat.
fn project_rows(latency: u64) -> Vec<String> {
    let fake = FakeGitHub::start();
    let ws = workspace(20, 2, &fake, false);
    fake.add_project("acme", 7, &["Todo", "In Progress", "Done"]);
    ws.write(
        ".debussy/config.yaml",
        "github:\n  project: acme/7\n  project_status: {pending: Todo, running: In Progress, completed: Done}\n",
    );
    fake.delay_requests(Duration::from_millis(latency));
    let start = ["phase", "start", "1"];
    let first = measure(&ws, &fake, &start);
    let again = measure(&ws, &fake, &start);
    vec![
        row(
            "`phase start`, 20 issues + project board, first run",
            latency,
            first,
        ),
        row(
            "`phase start`, 20 issues + project board, repeat",
            latency,
            again,
        ),
    ]
}

/// `plan publish --apply` of a 30-phase plan with nothing published yet (tracking
/// issue, 30 phase issues, sub-issues, links written back), then a repeat.
fn publish_rows(latency: u64) -> Vec<String> {
    let fake = FakeGitHub::start();
    fake.add_repo(REPO);
    let ws = Workspace::new();
    let mut master = format!("# Bench - Master Plan\n\n**GitHub Repo:** {REPO}\n\n| Phase | Title | Status |\n|---|---|---|\n");
    for p in 1..=30 {
        master.push_str(&format!("| {p} | [P{p}](phase-{p}.md) | Pending |\n"));
        ws.write(
            &format!("plans/bench/phase-{p}.md"),
            &format!(
                "# Bench Phase {p}: P{p}\n\n**Status:** Pending\n\n## Tasks\n- [ ] {p}.1: do it\n"
            ),
        );
    }
    ws.write("plans/bench/MASTER_PLAN.md", &master);
    fake.delay_requests(Duration::from_millis(latency));
    let publish = ["plan", "publish", "--apply"];
    let first = measure(&ws, &fake, &publish);
    let again = measure(&ws, &fake, &publish);
    vec![
        row("`plan publish`, 30 phases, first run", latency, first),
        row("`plan publish`, 30 phases, repeat", latency, again),
    ]
}

/// `issue sync --all --apply` over 200 local issues linked to GitHub ones: with
/// nothing changed, then with every local title changed (written to GitHub).
fn issue_sync_rows(latency: u64) -> Vec<String> {
    const PAIRS: u64 = 200;
    let fake = FakeGitHub::start();
    let ws = Workspace::new();
    ws.write(
        ".debussy/config.yaml",
        &format!("github:\n  repo: {REPO}\n"),
    );
    let file = |n: u64, title: &str| {
        format!("---\nnumber: {n}\ntitle: \"{title}\"\nstate: open\nlabels: []\nmilestone: null\nlinks: [\"{REPO}#{n}\"]\n---\n\nBody {n}.\n")
    };
    for n in 1..=PAIRS {
        ws.write(
            &format!(".debussy/issues/{n}.md"),
            &file(n, &format!("Issue {n}")),
        );
        fake.add_open_issue(n);
        fake.set_issue_body(REPO, n, &format!("Body {n}."));
    }
    let sync = ["issue", "sync", "--all", "--apply"];
    measure(&ws, &fake, &sync);
    fake.delay_requests(Duration::from_millis(latency));
    let unchanged = measure(&ws, &fake, &sync);
    for n in 1..=PAIRS {
        ws.write(
            &format!(".debussy/issues/{n}.md"),
            &file(n, &format!("Issue {n}, renamed")),
        );
    }
    let renamed = measure(&ws, &fake, &sync);
    vec![
        row(
            "`issue sync`, 200 linked pairs, nothing changed",
            latency,
            unchanged,
        ),
        row(
            "`issue sync`, 200 linked pairs, 200 title changes",
            latency,
            renamed,
        ),
    ]
}

/// `issue list --query` over 1000 local issues (no tracker is asked).
fn query_row() -> String {
    let ws = Workspace::new();
    let labels = ["bug", "ui", "docs", "wontfix"];
    for n in 1..=1000u64 {
        let state = if n % 3 == 0 { "closed" } else { "open" };
        let label = labels[(n % 4) as usize];
        ws.write(
            &format!(".debussy/issues/{n}.md"),
            &format!("---\nnumber: {n}\ntitle: \"Issue {n} crash\"\nstate: {state}\nlabels: [\"{label}\"]\nassignees: []\ncreated: 2026-01-01T00:00:00Z\nupdated: 2026-01-02T00:00:00Z\n---\n\nBody {n}.\n"),
        );
    }
    let query =
        "label:bug,ui -label:wontfix assignee:none created:>7d crash sort:updated-desc limit:20";
    let seconds = median_of_five(|| {
        succeed(ws.cmd().args(["-q", "issue", "list", "--query", query]));
    });
    row(
        "`issue list --query`, 1000 local issues (median of 5)",
        0,
        (0, seconds),
    )
}

/// `issue claim` on GitHub: a claim on a free issue (post + read), one that loses
/// to another agent's (post + read + delete of its own comment, exit 4), `check`.
fn claim_rows(latency: u64) -> Vec<String> {
    let fake = FakeGitHub::start();
    fake.add_open_issue(1);
    let ws = Workspace::new();
    fake.delay_requests(Duration::from_millis(latency));
    let run = |agent: &str, args: &[&str], code: i32| {
        fake.forget_requests();
        let started = Instant::now();
        let out = fake
            .command(&ws)
            .env("GH_DEBUSSY_SYNC_AGENT", agent)
            .arg("-q")
            .args(args)
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(code), "{out:?}");
        (fake.request_count(), started.elapsed().as_secs_f64())
    };
    let claim = ["issue", "claim", &format!("{REPO}#1")].map(str::to_string);
    let claim: Vec<&str> = claim.iter().map(String::as_str).collect();
    let won = run("bench-1", &claim, 0);
    let lost = run("bench-2", &claim, 4);
    let check: Vec<&str> = ["issue", "claim", "check"]
        .into_iter()
        .chain([claim[2]])
        .collect();
    let checked = run("bench-2", &check, 0);
    vec![
        row("`issue claim`, GitHub, free issue", latency, won),
        row(
            "`issue claim`, GitHub, held by another agent (exit 4)",
            latency,
            lost,
        ),
        row("`issue claim check`, GitHub", latency, checked),
    ]
}

/// `issue ready` over 1000 local issues (every third waiting for the one before,
/// every tenth closed), and over 20 GitHub issues read through `blocked_by`.
fn issue_ready_rows(latency: u64) -> Vec<String> {
    let fake = FakeGitHub::start();
    let ws = Workspace::new();
    for n in 1..=1000u64 {
        let state = if n % 10 == 0 { "closed" } else { "open" };
        let deps = if n % 3 == 0 {
            format!("depends_on: [{}]\n", n - 1)
        } else {
            String::new()
        };
        ws.write(
            &format!(".debussy/issues/{n}.md"),
            &format!("---\nnumber: {n}\ntitle: \"Task {n}\"\nstate: {state}\nlabels: []\n{deps}---\n\nBody {n}.\n"),
        );
    }
    for n in 1..=20 {
        fake.add_open_issue(n);
        if n % 3 == 0 {
            fake.add_blocked_by(REPO, n, n - 1);
        }
    }
    fake.delay_requests(Duration::from_millis(latency));
    let github = measure(&ws, &fake, &["issue", "ready", REPO]);
    let mut rows = vec![row(
        "`issue ready`, 20 issues with blocked-by links",
        latency,
        github,
    )];
    // The local tracker asks no server: measured once, without latency.
    if latency == 0 {
        let seconds = median_of_five(|| {
            succeed(ws.cmd().args(["-q", "issue", "ready"]));
        });
        rows.push(row(
            "`issue ready`, 1000 local issues (median of 5)",
            0,
            (0, seconds),
        ));
    }
    rows
}

const LATENCIES: [u64; 2] = [0, 50];

#[test]
#[ignore = "benchmark: run by bench/run.sh"]
fn benchmark() {
    let mut rows = vec![
        "| case | latency | requests | seconds |".to_string(),
        "|---|---|---|---|".to_string(),
    ];
    for latency in LATENCIES {
        let sizes = [(20u64, false), (20, true), (200, false), (1000, false)];
        rows.extend(phase_start_rows(FakeGitHub::start, latency, &sizes));
        rows.extend(phase_complete_rows(latency));
        rows.push(shared_plans_row(latency));
        rows.extend(project_rows(latency));
        rows.extend(publish_rows(latency));
        rows.extend(issue_sync_rows(latency));
        rows.extend(claim_rows(latency));
        rows.extend(issue_ready_rows(latency));
    }
    for latency in LATENCIES {
        let sizes = [(20u64, false), (20, true), (200, false)];
        rows.extend(phase_start_rows(FakeGitea::start, latency, &sizes));
    }
    rows.push(query_row());
    let table = rows.join("\n");
    println!("{table}");
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench.md");
    let _ = std::fs::write(out, format!("{table}\n"));
}
