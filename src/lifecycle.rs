//! Recording a phase or plan event and converging the trackers: the work behind
//! `phase start|complete|fail` and `plan complete`.

use crate::context::Context;
use crate::engine::desired::plan_is_complete;
use crate::engine::{self, ConvergeOptions, Operation};
use crate::error::{exit, CliError};
use crate::operation::{ActionKind, OpStatus, OperationTracker};
use crate::output::{count, Paint, Report, Ui};
use crate::plan::{PhaseStatus, Plan};
use crate::store::{now_rfc3339, Completion, Event, EventKind, JournalEntry};
use serde::Serialize;

/// One operation as reported (PRODUCT §7).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OperationReport {
    pub tracker: OperationTracker,
    pub target: String,
    pub action: ActionKind,
    pub value: Option<String>,
    pub status: OpStatus,
    pub message: Option<String>,
    #[serde(skip)]
    describe: String,
}

impl OperationReport {
    /// An edit of a plan file (`sync --direction from-tracker`).
    pub fn plan_edit(target: String, value: String, status: OpStatus, why: &str) -> Self {
        OperationReport {
            tracker: OperationTracker::Plan,
            target,
            action: ActionKind::SetPhaseStatus,
            describe: format!("set {value}"),
            value: Some(value),
            status,
            message: Some(why.to_string()),
        }
    }
}

impl From<&Operation> for OperationReport {
    fn from(o: &Operation) -> Self {
        OperationReport {
            tracker: o.tracker().into(),
            target: o.target.to_string(),
            action: o.action.kind(),
            value: o.value(),
            status: o.status,
            message: o.message.clone(),
            describe: o.describe(),
        }
    }
}

/// The report of every mutating command.
#[derive(Debug, Serialize)]
pub struct SyncReport {
    pub plan: String,
    pub dry_run: bool,
    pub operations: Vec<OperationReport>,
    pub warnings: Vec<String>,
    #[serde(skip)]
    pub issues: usize,
    /// A preview of `sync` (applied by `--apply`, not by leaving out `--dry-run`).
    #[serde(skip)]
    pub preview: bool,
}

impl SyncReport {
    /// A report with nothing in it.
    pub fn empty(plan: &str, dry_run: bool) -> SyncReport {
        SyncReport {
            plan: plan.to_string(),
            dry_run,
            operations: Vec::new(),
            warnings: Vec::new(),
            issues: 0,
            preview: false,
        }
    }

    /// How many operations ended as `status`.
    fn count(&self, status: OpStatus) -> usize {
        self.operations
            .iter()
            .filter(|o| o.status == status)
            .count()
    }

    /// The last line of a dry run: what is planned, and what could not be read
    /// (nothing can be planned for an issue that could not be read).
    fn dry_run_summary(&self) -> String {
        let planned = self.count(OpStatus::Planned);
        let how = if self.preview {
            "Run with --apply to apply."
        } else {
            "Run without --dry-run to apply."
        };
        match self.count(OpStatus::Failed) {
            0 => format!(
                "Dry run: {} planned, nothing changed. {how}\n",
                count(planned, "operation", "operations")
            ),
            failed => format!(
                "Dry run: {} planned, {} failed (nothing can be planned for what could not be read), nothing changed.\n",
                count(planned, "operation", "operations"),
                count(failed, "read", "reads")
            ),
        }
    }

    pub fn exit_code(&self) -> i32 {
        if self.count(OpStatus::Failed) > 0 {
            exit::PARTIAL
        } else {
            exit::OK
        }
    }
}

impl Report for SyncReport {
    fn human(&self, ui: &Ui) -> String {
        if self.operations.is_empty() {
            return format!(
                "{} {} already in sync{}\n",
                ui.paint("✓", Paint::Green),
                count(self.issues, "linked issue", "linked issues"),
                if self.dry_run { " (dry run)" } else { "" }
            );
        }
        let rows: Vec<Vec<String>> = self
            .operations
            .iter()
            .map(|o| {
                let (mark, paint) = match o.status {
                    OpStatus::Applied => ("✓", Paint::Green),
                    OpStatus::Planned => ("•", Paint::Bold),
                    OpStatus::Skipped => ("-", Paint::Dim),
                    OpStatus::Failed => ("✗", Paint::Red),
                };
                let mut what = o.describe.clone();
                if let Some(m) = &o.message {
                    what = format!("{what} — {m}");
                }
                vec![ui.paint(mark, paint), o.target.clone(), what]
            })
            .collect();
        let mut out = crate::output::table(&rows);
        if self.dry_run {
            out.push_str(&self.dry_run_summary());
        }
        out
    }
}

/// Every warning an event prints about `plan` itself: how its lines were read, and
/// how it links its issues (an issue linked twice, or also by another master plan).
/// `plan check` prints these, so that it never misses one an event would print.
pub fn plan_warnings(ctx: &Context, plan: &Plan) -> Vec<String> {
    let others = ctx.plans_sharing_issues(plan);
    let others: Vec<&Plan> = others.iter().collect();
    plan.warnings
        .iter()
        .map(ToString::to_string)
        .chain(engine::desired::link_warnings(plan, &others))
        .collect()
}

/// Records `event` and converges every linked issue.
///
/// The fact is recorded first, before any tracker is contacted, so that nothing a
/// tracker does can lose it. Then, holding the repository's convergence lock, the
/// facts are read afresh (they include what parallel runs recorded meanwhile),
/// and the trackers converge to them; the journal is written before the lock is
/// released. A dry run records nothing, takes no lock and applies nothing.
pub fn record_and_converge(
    ctx: &Context,
    plan: &Plan,
    event: Event,
) -> Result<SyncReport, CliError> {
    if let EventKind::PlanComplete { auto_close: true } = event.kind {
        check_close(ctx, plan, &event)?;
    }
    if !ctx.dry_run {
        ctx.store()?.record_event(&event)?;
    }
    let report = converge(ctx, plan, Some(&event), OnBusy::Proceed)?;
    // `Proceed` always converges.
    report.ok_or_else(|| CliError::new(exit::FAILURE, "nothing was converged"))
}

/// What to do when Debussy's database stays locked past the wait.
#[derive(Debug, Clone, Copy)]
pub enum OnBusy {
    /// Converge without Debussy's runs, with a warning (events).
    Proceed,
    /// Converge nothing this time (`watch`, `run`: they try again later); wait at
    /// most this long for the lock.
    Skip(std::time::Duration),
}

/// Converges every linked issue of `plan` to the facts as they are now (`event` is
/// the one just recorded, if any: a dry run applies it without recording it).
/// Holds the repository's convergence lock from reading the facts until the journal
/// and the completion history are written.
pub fn converge(
    ctx: &Context,
    plan: &Plan,
    event: Option<&Event>,
    busy: OnBusy,
) -> Result<Option<SyncReport>, CliError> {
    converge_with(ctx, plan, event, busy, Mode::default())
}

/// How a convergence runs beyond the defaults of events.
#[derive(Debug, Clone, Default)]
pub struct Mode {
    /// `sync --direction to-tracker`: reopen what should be open, and move Jira
    /// issues out of `done` when the facts say so.
    pub repair: bool,
    /// Plan only (`sync` without `--apply`), like `--dry-run`.
    pub preview: bool,
    /// The caller holds the repository's lock already.
    pub locked: bool,
    /// Events a preview applies to the facts as if they had been recorded.
    pub pending: Vec<Event>,
}

/// [`converge`] in a given [`Mode`].
pub fn converge_with(
    ctx: &Context,
    plan: &Plan,
    event: Option<&Event>,
    busy: OnBusy,
    mode: Mode,
) -> Result<Option<SyncReport>, CliError> {
    let dry_run = ctx.dry_run || mode.preview;
    let _lock = if dry_run || mode.locked {
        None
    } else {
        Some(ctx.lock()?)
    };
    let extra: Vec<Event> = if dry_run {
        event
            .cloned()
            .into_iter()
            .chain(mode.pending.iter().cloned())
            .collect()
    } else {
        Vec::new()
    };
    let facts = match busy {
        OnBusy::Proceed => ctx.shared_facts(plan, &extra)?,
        OnBusy::Skip(wait) => match ctx.shared_facts_waiting(plan, &extra, wait)? {
            (_, Some(_busy)) => return Ok(None),
            (facts, None) => facts,
        },
    };
    let statuses = facts.own.statuses();
    let (desired, mut warnings) = engine::desired_for(plan, &facts);
    if let Some(EventKind::PlanComplete { .. }) = event.map(|e| &e.kind) {
        warnings.extend(not_complete(plan, &statuses));
    }

    // octocrab's client must be built inside the runtime that drives it.
    let runtime = ctx.runtime()?;
    let _entered = runtime.enter();
    let trackers = ctx.trackers_for(plan);
    if !dry_run {
        warnings.extend(tracker_dry_runs(&trackers));
    }
    let options = ConvergeOptions {
        plan: ctx.plan_options(mode.repair),
        dry_run,
    };
    let converged = {
        let _progress = ctx.ui.progress(&format!(
            "converging {}",
            count(desired.len(), "linked issue", "linked issues")
        ));
        runtime.block_on(engine::converge(
            plan, &statuses, &desired, &trackers, &options,
        ))
    };
    if let Some(invalid) = converged.invalid {
        return Err(CliError::input(invalid.message).hint(invalid.hint));
    }
    warnings.extend(converged.warnings);
    if !dry_run {
        journal(ctx, plan, &facts.own, &desired, &converged.operations)?;
    }
    Ok(Some(SyncReport {
        plan: plan.key.clone(),
        dry_run,
        operations: converged
            .operations
            .iter()
            .map(OperationReport::from)
            .collect(),
        warnings,
        issues: desired.len(),
        preview: mode.preview,
    }))
}

/// Why the plan is not complete, if it is not: a phase that could not be read, or
/// the phases not completed, by id and status.
fn not_complete(plan: &Plan, statuses: &[(String, PhaseStatus)]) -> Option<String> {
    if plan.is_incomplete() {
        return Some(format!(
            "{} is incomplete ({} could not be read), so it is not complete",
            plan.key,
            count(plan.problems.len(), "phase", "phases")
        ));
    }
    let open: Vec<String> = statuses
        .iter()
        .filter(|(_, s)| *s != PhaseStatus::Completed)
        .map(|(id, s)| format!("phase {id} is {s}"))
        .collect();
    (!open.is_empty()).then(|| {
        format!(
            "not every phase is completed ({}/{}) — {}",
            statuses.len() - open.len(),
            statuses.len(),
            open.join(", ")
        )
    })
}

/// One warning per tracker whose configuration keeps its operations planned (the
/// `dry_run` key of its section, Debussy's switch).
fn tracker_dry_runs(trackers: &engine::TrackerSet) -> Vec<String> {
    crate::tracker::registry::kinds()
        .filter(|kind| trackers.is_dry_run(*kind))
        .map(|kind| {
            let name = kind.as_str();
            format!(
                "{name}.dry_run is true in the configuration: {name} operations are planned, not applied"
            )
        })
        .collect()
}

/// Journals what was done, and records the plan's completion once per completion,
/// whoever observed it (our `plan complete` or a Debussy run that completed),
/// however often it is converged.
fn journal(
    ctx: &Context,
    plan: &Plan,
    facts: &engine::Facts,
    desired: &[engine::DesiredIssue],
    operations: &[Operation],
) -> Result<(), CliError> {
    let mut store = ctx.store()?;
    let at = now_rfc3339();
    let entries: Vec<JournalEntry> = operations
        .iter()
        .filter(|o| o.status != OpStatus::Planned)
        .map(|o| JournalEntry {
            at: at.clone(),
            plan: plan.key.clone(),
            tracker: OperationTracker::from(o.tracker()).into(),
            target: o.target.to_string(),
            action: o.action.kind().into(),
            value: o.value(),
            status: o.status.into(),
            message: o.message.clone(),
            agent: None,
        })
        .collect();
    store.journal(&entries)?;
    if facts.plan_complete.is_some() && plan_is_complete(plan, &facts.statuses()) {
        store.record_completion(&Completion {
            at,
            plan: plan.key.clone(),
            name: plan.name.clone(),
            run: facts
                .completed_run
                .clone()
                .or_else(|| facts.latest_run.as_ref().map(|r| r.id.clone())),
            issues: desired.iter().map(|d| d.link.issue.to_string()).collect(),
        })?;
    }
    Ok(())
}

/// `plan complete` with closing asked (`--auto-close`, `github.auto_close`): refused
/// (exit 4) before anything is recorded when the plan is not complete, since nothing
/// would be closed; on an interactive terminal, asked before anything is recorded
/// (a recorded auto-close would close issues on later events too).
fn check_close(ctx: &Context, plan: &Plan, event: &Event) -> Result<(), CliError> {
    let facts = ctx.shared_facts(plan, std::slice::from_ref(event))?;
    if let Some(why) = not_complete(plan, &facts.own.statuses()) {
        return Err(CliError::new(
            exit::REFUSED,
            format!("nothing was closed: {why}"),
        )
        .hint(if plan.is_incomplete() {
            "fix the lines `gh debussy-sync plan check` reports, then run `plan complete --auto-close` again"
        } else {
            "complete those phases first (`gh debussy-sync phase complete ID`), then run `plan complete --auto-close` again"
        }));
    }
    if ctx.dry_run || ctx.yes || !ctx.ui.can_prompt {
        return Ok(());
    }
    let (desired, _) = engine::desired_for(plan, &facts);
    let closing = desired.iter().filter(|d| d.close).count();
    if closing == 0 {
        return Ok(());
    }
    let question = format!(
        "Close {} as completed?",
        count(closing, "linked issue", "linked issues")
    );
    if ctx.ui.confirm(&question) {
        Ok(())
    } else {
        Err(
            CliError::new(exit::REFUSED, "closing declined; nothing was changed")
                .hint("run again with --yes to close without asking"),
        )
    }
}
