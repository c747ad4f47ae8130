//! What `serve` tells about itself: `GET /healthz` (JSON) and `GET /metrics`
//! (Prometheus text format). Shared by the HTTP side, which counts deliveries,
//! and the worker, which counts syncs, failures and how long a delivery took to
//! converge. Holds no secret and no payload: only counts, times and the drift
//! last reported.

use super::signature::Source;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Mutex;

/// How a delivery was answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    Accepted,
    Duplicate,
    Unauthorized,
    TooLarge,
    Malformed,
    Unused,
    /// Could not be queued (500).
    Failed,
}

impl Outcome {
    fn as_str(self) -> &'static str {
        match self {
            Outcome::Accepted => "accepted",
            Outcome::Duplicate => "duplicate",
            Outcome::Unauthorized => "unauthorized",
            Outcome::TooLarge => "too_large",
            Outcome::Malformed => "malformed",
            Outcome::Unused => "unused",
            Outcome::Failed => "failed",
        }
    }
}

/// Upper bounds of the latency histogram's buckets, in seconds.
const BUCKETS: [f64; 9] = [0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0];

/// One drifted operation a judgement found (`on_drift: report`).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct DriftRow {
    pub plan: String,
    pub target: String,
    pub action: String,
    pub value: Option<String>,
}

#[derive(Debug, Default)]
struct Counters {
    deliveries: BTreeMap<(Option<Source>, Outcome), u64>,
    syncs: u64,
    failures: u64,
    handled: u64,
    queue_depth: usize,
    latency_buckets: [u64; BUCKETS.len()],
    latency_sum: f64,
    latency_count: u64,
    last_delivery: Option<String>,
    last_sync: Option<String>,
    trackers: Vec<String>,
    drift: Vec<DriftRow>,
}

/// The shared counters.
#[derive(Debug, Default)]
pub struct Monitor {
    counters: Mutex<Counters>,
}

/// `GET /healthz`.
#[derive(Debug, Serialize)]
pub struct Health {
    pub status: &'static str,
    pub trackers: Vec<String>,
    pub last_delivery: Option<String>,
    pub last_sync: Option<String>,
    pub queue_length: usize,
    pub handled: u64,
    pub failures: u64,
    /// The drift the last judgements reported and did not repair.
    pub drift: Vec<DriftRow>,
}

impl Monitor {
    fn with<T>(&self, f: impl FnOnce(&mut Counters) -> T) -> T {
        let mut guard = match self.counters.lock() {
            Ok(g) => g,
            // Counters stay usable after a panic elsewhere: they are only numbers.
            Err(poisoned) => poisoned.into_inner(),
        };
        f(&mut guard)
    }

    /// A delivery answered.
    pub fn delivery(&self, source: Option<Source>, outcome: Outcome) {
        self.with(|c| {
            *c.deliveries.entry((source, outcome)).or_default() += 1;
            if outcome == Outcome::Accepted {
                c.last_delivery = Some(crate::store::now_rfc3339());
            }
        });
    }

    pub fn set_queue_depth(&self, depth: usize) {
        self.with(|c| c.queue_depth = depth);
    }

    pub fn set_trackers(&self, trackers: Vec<String>) {
        self.with(|c| c.trackers = trackers);
    }

    /// A plan judged (or the links synced); `failed` when it could not be.
    pub fn sync(&self, failed: bool) {
        self.with(|c| {
            c.syncs += 1;
            if failed {
                c.failures += 1;
            }
            c.last_sync = Some(crate::store::now_rfc3339());
        });
    }

    /// The drift of `plan` as last judged (empty: none).
    pub fn drift(&self, plan: &str, rows: Vec<DriftRow>) {
        self.with(|c| {
            c.drift.retain(|d| d.plan != plan);
            c.drift.extend(rows);
        });
    }

    /// A delivery handled, `seconds` after it was accepted.
    pub fn converged(&self, seconds: f64) {
        self.with(|c| {
            c.handled += 1;
            c.latency_sum += seconds;
            c.latency_count += 1;
            if let Some(i) = BUCKETS.iter().position(|b| seconds <= *b) {
                c.latency_buckets[i] += 1;
            }
        });
    }

    pub fn health(&self) -> Health {
        self.with(|c| Health {
            status: "ok",
            trackers: c.trackers.clone(),
            last_delivery: c.last_delivery.clone(),
            last_sync: c.last_sync.clone(),
            queue_length: c.queue_depth,
            handled: c.handled,
            failures: c.failures,
            drift: c.drift.clone(),
        })
    }

    /// The Prometheus text exposition.
    pub fn metrics(&self) -> String {
        self.with(|c| {
            let mut out = String::new();
            let p = "gh_debussy_sync_serve";
            let _ = writeln!(out, "# HELP {p}_deliveries_total Deliveries received, by source and result.\n# TYPE {p}_deliveries_total counter");
            for ((source, outcome), n) in &c.deliveries {
                let source = source.map_or("unknown", Source::as_str);
                let _ = writeln!(out, "{p}_deliveries_total{{source=\"{source}\",result=\"{}\"}} {n}", outcome.as_str());
            }
            let simple = [
                ("syncs_total", "counter", "Plans judged and link syncs run.", c.syncs as f64),
                ("failures_total", "counter", "Judgements and syncs that failed.", c.failures as f64),
                ("handled_total", "counter", "Deliveries handled.", c.handled as f64),
                ("queue_depth", "gauge", "Deliveries waiting.", c.queue_depth as f64),
            ];
            for (name, kind, help, value) in simple {
                let _ = writeln!(out, "# HELP {p}_{name} {help}\n# TYPE {p}_{name} {kind}\n{p}_{name} {value}");
            }
            let h = format!("{p}_delivery_converged_seconds");
            let _ = writeln!(out, "# HELP {h} From a delivery accepted to its work done.\n# TYPE {h} histogram");
            let mut cumulative = 0;
            for (bound, n) in BUCKETS.iter().zip(c.latency_buckets) {
                cumulative += n;
                let _ = writeln!(out, "{h}_bucket{{le=\"{bound}\"}} {cumulative}");
            }
            let _ = writeln!(out, "{h}_bucket{{le=\"+Inf\"}} {}", c.latency_count);
            let _ = writeln!(out, "{h}_sum {}\n{h}_count {}", c.latency_sum, c.latency_count);
            out
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metrics_count_deliveries_by_source_and_result_and_bucket_latency() {
        let m = Monitor::default();
        m.delivery(Some(Source::GitHub), Outcome::Accepted);
        m.delivery(Some(Source::GitHub), Outcome::Accepted);
        m.delivery(None, Outcome::Unauthorized);
        m.converged(0.2);
        m.converged(3.0);
        let text = m.metrics();
        assert!(
            text.contains("deliveries_total{source=\"github\",result=\"accepted\"} 2"),
            "{text}"
        );
        assert!(text.contains("deliveries_total{source=\"unknown\",result=\"unauthorized\"} 1"));
        assert!(text.contains("converged_seconds_bucket{le=\"0.25\"} 1"));
        assert!(text.contains("converged_seconds_bucket{le=\"5\"} 2"));
        assert!(text.contains("converged_seconds_count 2"));
    }

    #[test]
    fn drift_of_a_plan_replaces_what_it_reported_before() {
        let m = Monitor::default();
        let row = DriftRow {
            plan: "p".into(),
            target: "t".into(),
            action: "reopen".into(),
            value: None,
        };
        m.drift("p", vec![row.clone(), row]);
        m.drift("p", Vec::new());
        assert!(m.health().drift.is_empty());
    }
}
