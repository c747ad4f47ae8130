//! The worker of `serve`: one thread, so all work in a repository is serialized
//! (and every write also holds the repository lock, `.debussy/sync.lock`, like
//! any other writing command). It takes what is queued in batches — a burst about
//! one issue judges its plans once — and only after the work is done marks the
//! batch handled: a worker killed halfway leaves it queued, to be handled on the
//! next start, and convergence is level-triggered, so doing it again is safe.

use super::monitor::{DriftRow, Monitor};
use super::queue::{now_ms, Queue, Queued};
use super::Wake;
use crate::config::OnDrift;
use crate::context::Context;
use crate::error::{exit, CliError};
use crate::lifecycle::{converge_with, Mode, OnBusy};
use crate::mirror::links::{all_links, Link};
use crate::operation::OpStatus;
use crate::plan::Plan;
use crate::refs::IssueRef;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Deliveries taken from the queue at once.
const BATCH: usize = 500;

/// How long a handled delivery's id is remembered (a repeat within it is not
/// handled again); longer than the forges offer to redeliver.
const REMEMBERED_MS: i64 = 7 * 24 * 3600 * 1000;

/// The worker and what it needs.
pub struct Worker<'a> {
    pub ctx: &'a Context,
    pub queue: Queue,
    pub monitor: Arc<Monitor>,
    /// Judge everything after this long without a delivery.
    pub poll: Duration,
}

impl Worker<'_> {
    /// Catches up, then handles deliveries as they are woken for, polling when
    /// none comes for `poll`; on [`Wake::Stop`] drains the queue and returns.
    pub fn run(mut self, wake: &Receiver<Wake>) -> Result<i32, CliError> {
        self.judge_everything();
        let mut quiet_since = Instant::now();
        loop {
            self.handle_pending()?;
            let wait = self.poll.saturating_sub(quiet_since.elapsed());
            let mut stop = match wake.recv_timeout(wait) {
                Ok(Wake::Delivery) => false,
                Ok(Wake::Stop) | Err(RecvTimeoutError::Disconnected) => true,
                Err(RecvTimeoutError::Timeout) => {
                    self.judge_everything();
                    quiet_since = Instant::now();
                    continue;
                }
            };
            quiet_since = Instant::now();
            // Every wake-up so far is served by the next look at the queue.
            while let Ok(w) = wake.try_recv() {
                stop |= matches!(w, Wake::Stop);
            }
            if stop {
                self.handle_pending()?;
                return Ok(exit::OK);
            }
        }
    }

    /// Handles every queued delivery, batch by batch.
    fn handle_pending(&mut self) -> Result<(), CliError> {
        loop {
            let batch = self.queue.pending(BATCH)?;
            if batch.is_empty() {
                self.monitor.set_queue_depth(0);
                return Ok(());
            }
            self.handle(&batch);
            let done_ms = now_ms();
            let ids: Vec<String> = batch.iter().map(|d| d.id.clone()).collect();
            self.queue.done(&ids, done_ms)?;
            for d in &batch {
                let ms = (done_ms - d.received_ms).max(0);
                self.monitor.converged(ms as f64 / 1000.0);
            }
            self.monitor.set_queue_depth(self.queue.depth()?);
        }
    }

    /// The work of a batch: the plans linking its issues judged, their mirrored
    /// fields synced, expired claims freed.
    fn handle(&self, batch: &[Queued]) {
        let mut subjects: Vec<IssueRef> = batch
            .iter()
            .filter_map(|d| d.subject.clone())
            .map(|s| self.ctx.canonical(s))
            .collect();
        subjects.sort();
        subjects.dedup();
        for plan in self.plans() {
            let links_one = plan
                .links
                .iter()
                .any(|l| subjects.contains(&self.ctx.canonical(l.issue.clone())));
            if links_one {
                self.judge(&plan);
            }
        }
        self.sync_links(Some(&subjects));
        on_claims(self.ctx, &subjects);
    }

    /// Every plan judged and every link synced: at start (catch-up) and when no
    /// delivery came for `poll`.
    fn judge_everything(&self) {
        if let Err(e) = self.queue.forget_handled_before(now_ms() - REMEMBERED_MS) {
            self.ctx.ui.warn(&e.to_string());
        }
        let plans = self.plans();
        let mut trackers: Vec<String> = plans
            .iter()
            .flat_map(|p| {
                p.links
                    .iter()
                    .map(|l| l.issue.tracker().as_str().to_string())
            })
            .chain(self.links().iter().flat_map(|l| {
                [l.left.tracker(), l.right.tracker()].map(|k| k.as_str().to_string())
            }))
            .collect();
        trackers.sort();
        trackers.dedup();
        self.monitor.set_trackers(trackers);
        for plan in &plans {
            self.judge(plan);
        }
        self.sync_links(None);
    }

    /// Every master plan that can be read (one that cannot is warned about).
    fn plans(&self) -> Vec<Plan> {
        self.ctx
            .master_plans()
            .iter()
            .filter_map(|path| match self.ctx.load_plan_for_writing(Some(path)) {
                Ok(plan) => Some(plan),
                Err(e) => {
                    self.ctx.ui.warn(&format!("{}; skipped", e.message));
                    None
                }
            })
            .collect()
    }

    /// Re-judges the drift of `plan`: repaired with `serve.on_drift: apply` (as
    /// `sync --direction to-tracker --apply`), else only reported.
    fn judge(&self, plan: &Plan) {
        let report_only = self.ctx.config.serve.on_drift == OnDrift::Report;
        let mode = Mode {
            repair: true,
            preview: report_only,
            ..Mode::default()
        };
        match converge_with(self.ctx, plan, None, OnBusy::Proceed, mode) {
            Ok(Some(report)) => {
                let drift: Vec<DriftRow> = report
                    .operations
                    .iter()
                    .filter(|o| report_only && o.status == OpStatus::Planned)
                    .map(|o| DriftRow {
                        plan: plan.key.clone(),
                        target: o.target.clone(),
                        action: o.action.as_str().to_string(),
                        value: o.value.clone(),
                    })
                    .collect();
                if report_only && !drift.is_empty() {
                    self.ctx.ui.emit_line(&DriftReport {
                        plan: plan.key.clone(),
                        drift: drift.clone(),
                    });
                } else if !report.operations.is_empty() {
                    self.ctx.ui.emit_line(&report);
                }
                self.monitor.drift(&plan.key, drift);
                self.monitor.sync(report.exit_code() != exit::OK);
            }
            Ok(None) => {}
            Err(e) => {
                self.ctx.ui.warn(&format!("{}: {}", plan.key, e.message));
                self.monitor.sync(true);
            }
        }
    }

    fn links(&self) -> Vec<Link> {
        all_links(&self.ctx.root, self.ctx.plans().scope()).unwrap_or_default()
    }

    /// Syncs the mirrored fields of the links with an end in `subjects` (every
    /// link for `None`), as `issue sync --apply` would.
    fn sync_links(&self, subjects: Option<&[IssueRef]>) {
        let links = self.links();
        let chosen: Vec<IssueRef> = links
            .iter()
            .flat_map(|l| [&l.left, &l.right])
            .filter(|end| subjects.is_none_or(|s| s.contains(&self.ctx.canonical((*end).clone()))))
            .cloned()
            .collect();
        if chosen.is_empty() {
            return;
        }
        let synced = self.ctx.runtime().and_then(|rt| {
            let _entered = rt.enter();
            crate::cli::commands::issue::sync::sync_issues(self.ctx, &rt, &chosen)
        });
        match synced {
            Ok((report, code)) => {
                self.ctx.ui.emit_line(&report);
                self.monitor
                    .sync(code != exit::OK && code != exit::CONFLICT);
            }
            Err(e) => {
                self.ctx.ui.warn(&format!("issue sync: {}", e.message));
                self.monitor.sync(true);
            }
        }
    }
}

/// The drift a judgement found and, with `serve.on_drift: report`, left alone.
#[derive(serde::Serialize)]
struct DriftReport {
    plan: String,
    drift: Vec<DriftRow>,
}

impl crate::output::Report for DriftReport {
    fn human(&self, _ui: &crate::output::Ui) -> String {
        let rows: Vec<Vec<String>> = self
            .drift
            .iter()
            .map(|d| {
                let what = match &d.value {
                    Some(v) => format!("{} {v}", d.action),
                    None => d.action.clone(),
                };
                vec!["drift".into(), d.target.clone(), what]
            })
            .collect();
        format!(
            "{}\n{}not repaired: serve.on_drift is report (set it to apply to repair)\n",
            self.plan,
            crate::output::table(&rows)
        )
    }
}

/// Frees the expired claims on `subjects` (their comments, or the front-matter
/// key), so an issue whose holder went away is seen free; each removal is
/// journaled. A failure is a warning: the next delivery or poll tries again.
pub fn on_claims(ctx: &Context, subjects: &[IssueRef]) {
    for issue in subjects {
        let freed = ctx.runtime().and_then(|rt| {
            // Tracker clients are built inside the runtime they run on.
            let _entered = rt.enter();
            let store = crate::claims::store_for(ctx, issue.tracker())?;
            rt.block_on(store.expire(issue))
                .map_err(|e| CliError::new(exit::FAILURE, format!("{issue}: {e}")))
        });
        match freed {
            Ok(0) => {}
            Ok(n) => {
                ctx.ui
                    .note(&format!("freed {n} expired claim(s) on {issue}"));
                crate::claims::report::journal_expired(ctx, issue, n);
            }
            Err(e) => ctx.ui.warn(&format!("claims on {issue}: {}", e.message)),
        }
    }
}
