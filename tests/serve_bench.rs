//! Benchmarks of `serve` (ignored; run by bench/run.sh and bench/serve_load.sh):
//! delivery-to-converged latency at 50 ms a tracker request, and a bounded load of
//! 200 deliveries a second for 30 s.

mod support;

use std::time::{Duration, Instant};
use support::gitea_cli::REPO;
use support::serve::{
    eventually, github_headers, handled_counts, issues_payload, serve_binary, try_request, Server,
    GITHUB_SECRET,
};
use support::{standard, succeed, Workspace};

fn started(ws: &Workspace, gh: &support::github::FakeGitHub) -> Server {
    ws.write(".debussy/config.yaml", "serve:\n  on_drift: apply\n");
    let server = Server::start(serve_binary(ws, Some(gh), None), &[]);
    eventually("the catch-up judged the plan", || {
        !server.health()["last_sync"].is_null()
    });
    server
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

#[test]
#[ignore = "benchmark: run by bench/run.sh"]
fn serve_delivery_to_converged_latency() {
    let (ws, gh) = standard();
    succeed(ws.gh(&gh.url).args(["phase", "start", "1"]));
    let server = started(&ws, &gh);
    gh.set_latency(Duration::from_millis(50));
    let mut seconds = Vec::new();
    let mut requests = Vec::new();
    for n in 0..20 {
        gh.close_issue(REPO, 11, "completed");
        gh.clear_log();
        let body = issues_payload(REPO, 11, "closed");
        let headers = github_headers(&format!("lat-{n}"), "issues", GITHUB_SECRET, &body);
        let sent = Instant::now();
        let answer = try_request(&server.addr, "POST", "/webhook", &headers, body.as_bytes());
        assert!(matches!(answer, Some((200, _))), "{answer:?}");
        eventually("#11 reopened", || gh.issue(REPO, 11).state == "open");
        seconds.push(sent.elapsed().as_secs_f64());
        // Wait for the end of the handling, so the next delivery starts afresh.
        eventually("handled", || server.health()["handled"] == n + 1);
        requests.push(gh.requests().len());
    }
    server.terminate();
    seconds.sort_by(f64::total_cmp);
    requests.sort_unstable();
    let median = requests[requests.len() / 2];
    for (name, p) in [("p50", 0.5), ("p95", 0.95)] {
        println!(
            "| `serve`, issue closed by hand → delivery → reopened, {name} of 20 | 50 ms | {median} | {:.2} |",
            percentile(&seconds, p)
        );
    }
}

/// The peak resident memory of `pid`, in kB.
fn vm_hwm_kb(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("/proc status");
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmHWM")
}

const RATE: u64 = 200;
const SECONDS: u64 = 30;
const SENDERS: u64 = 4;

/// One of `SENDERS` threads: its share of the deliveries, each at its time.
fn send_share(addr: String, sender: u64, start: Instant) -> (u64, u64) {
    let (mut ok, mut refused) = (0, 0);
    let mut n = sender;
    while n < RATE * SECONDS {
        let due = start + Duration::from_micros(n * 1_000_000 / RATE);
        if let Some(wait) = due.checked_duration_since(Instant::now()) {
            std::thread::sleep(wait);
        }
        let body = issues_payload(REPO, 10 + n % 3, "edited");
        let headers = github_headers(&format!("load-{n}"), "issues", GITHUB_SECRET, &body);
        match try_request(&addr, "POST", "/webhook", &headers, body.as_bytes()) {
            Some((200..=299, _)) => ok += 1,
            _ => refused += 1,
        }
        n += SENDERS;
    }
    (ok, refused)
}

#[test]
#[ignore = "benchmark: run by bench/serve_load.sh"]
fn serve_load_200_deliveries_a_second() {
    let (ws, gh) = standard();
    succeed(ws.gh(&gh.url).args(["phase", "start", "1"]));
    let server = started(&ws, &gh);
    let start = Instant::now();
    let senders: Vec<_> = (0..SENDERS)
        .map(|s| {
            let addr = server.addr.clone();
            std::thread::spawn(move || send_share(addr, s, start))
        })
        .collect();
    let (ok, refused) = senders
        .into_iter()
        .map(|h| h.join().expect("sender"))
        .fold((0, 0), |(a, b), (c, d)| (a + c, b + d));
    let sent_for = start.elapsed().as_secs_f64();
    eventually("the queue drained", || server.health()["queue_length"] == 0);
    let hwm_mb = vm_hwm_kb(server.child.id()) as f64 / 1024.0;
    let (status, _) = server.terminate();
    assert!(status.success());
    let counts = handled_counts(ws.path());
    let once = counts.iter().filter(|(_, n)| *n == 1).count();
    assert_eq!(refused, 0, "every delivery answered 2xx");
    assert_eq!(counts.len() as u64, RATE * SECONDS);
    assert_eq!(once, counts.len(), "each handled exactly once");
    assert!(hwm_mb < 100.0, "VmHWM {hwm_mb:.1} MB");
    println!("| measure | value |\n|---|---|");
    println!(
        "| deliveries sent ({RATE}/s for {SECONDS} s, took {sent_for:.1} s) | {} |",
        ok + refused
    );
    println!("| answered 2xx | {ok} |");
    println!("| handled exactly once | {once} |");
    println!("| peak resident memory (VmHWM) | {hwm_mb:.1} MB |");
}
