//! Running a publish: observe, plan, then apply in stages — labels and milestone,
//! issues, link lines, structure — journaling each write as it lands. A create is
//! journaled as planned before it is sent and as applied (with the issue) when it
//! answers, so a run killed in between finds the issue again by its marker instead
//! of creating it twice; a link line is written as soon as its issue exists.

use super::links;
use super::plan::{plan, Journaled, Options, Planned, Step};
use super::{Item, Wanted};
use crate::operation::{ActionKind, OpStatus, OperationTracker, Recorded};
use crate::plan::Plan;
use crate::refs::{parse_reference, IssueRef, ListKind};
use crate::store::{now_rfc3339, JournalEntry, Store, StoreError};
use crate::tracker::publish::{PublishRead, PublishWrite, Written};
use crate::tracker::{Space, Tracker, TrackerError};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::Path;

/// One operation of a publish, as reported and journaled.
#[derive(Debug, Clone, Serialize)]
pub struct Action {
    pub action: ActionKind,
    /// `plan`, `phase 2`.
    pub item: String,
    pub target: String,
    pub value: Option<String>,
    pub status: OpStatus,
    pub message: Option<String>,
}

/// An issue of the plan after the run.
#[derive(Debug, Clone, Serialize)]
pub struct IssueRow {
    pub item: String,
    #[serde(rename = "ref")]
    pub reference: Option<String>,
    pub title: String,
}

/// What a publish did (or, in a preview, would do).
#[derive(Debug, Default, Serialize)]
pub struct Outcome {
    pub actions: Vec<Action>,
    pub issues: Vec<IssueRow>,
    pub warnings: Vec<String>,
    /// Some operation failed.
    #[serde(skip)]
    pub failed: bool,
}

/// Everything one publish works with.
pub struct Publish<'a> {
    pub plan: &'a Plan,
    pub wanted: Vec<Wanted>,
    pub space: Space,
    pub options: Options,
    pub root: &'a Path,
    pub tracker: &'a dyn Tracker,
}

impl Publish<'_> {
    /// Observes and plans; with `store`, applies and journals.
    pub async fn run(&self, store: Option<&mut Store>) -> Result<Outcome, StoreError> {
        let journal = match &store {
            Some(s) => journaled(s, &self.plan.key)?,
            None => Journaled::default(),
        };
        let read = self.read(&journal);
        let seen = self.tracker.publish_observe(&self.space, &read).await;
        let planned = plan(&self.wanted, &journal, &seen, &self.options);
        let mut out = Outcome {
            warnings: planned.warnings.clone(),
            ..Outcome::default()
        };
        for (item, why) in &planned.held {
            out.failed = true;
            out.warnings.push(format!("{item}: {why}"));
        }
        match store {
            None => {
                out.actions = planned
                    .steps
                    .iter()
                    .map(|s| self.preview(s, &planned))
                    .collect();
                out.issues = self.rows(&planned.known);
            }
            Some(store) => {
                let known = Applier::new(self, store, &planned, &mut out)
                    .apply()
                    .await?;
                out.issues = self.rows(&known);
            }
        }
        Ok(out)
    }

    /// What to read: the issues known, the labels, the milestone, the markers of
    /// creates that got no answer, the tracking issue's children.
    fn read(&self, journal: &Journaled) -> PublishRead {
        let mut read = PublishRead {
            labels: self.options.labels.iter().map(|l| l.name.clone()).collect(),
            milestone: self.options.milestone.as_ref().map(|(t, _)| t.clone()),
            ..PublishRead::default()
        };
        for w in &self.wanted {
            let known = w
                .linked
                .clone()
                .or_else(|| journal.created.get(&w.marker).cloned());
            match known {
                Some(issue) => {
                    if w.item == Item::Tracking && self.options.structure.sub_issues {
                        read.children_of = Some(issue.clone());
                    }
                    read.issues.push(issue);
                }
                None if journal.pending.contains(&w.marker) => read.markers.push(w.marker.clone()),
                None => {}
            }
        }
        read
    }

    fn wanted(&self, item: &Item) -> Option<&Wanted> {
        self.wanted.iter().find(|w| w.item == *item)
    }

    fn rows(&self, known: &BTreeMap<Item, IssueRef>) -> Vec<IssueRow> {
        self.wanted
            .iter()
            .map(|w| IssueRow {
                item: w.item.to_string(),
                reference: known.get(&w.item).map(ToString::to_string),
                title: w.title.clone(),
            })
            .collect()
    }

    /// A step as a planned action.
    fn preview(&self, step: &Step, planned: &Planned) -> Action {
        let (action, item, value) = describe(step);
        let target = match step {
            Step::Link { item } => self.file_of(item),
            Step::Update { issue, .. } => issue.to_string(),
            Step::Create { .. } | Step::CreateLabel(_) | Step::CreateMilestone { .. } => {
                self.space.to_string()
            }
            Step::SubIssue { child: i, .. } | Step::BlockedBy { item: i, .. } => planned
                .known
                .get(i)
                .map_or_else(|| format!("(new) {i}"), ToString::to_string),
        };
        Action {
            action,
            item,
            target,
            value,
            status: OpStatus::Planned,
            message: None,
        }
    }

    fn file_of(&self, item: &Item) -> String {
        self.wanted(item)
            .map(|w| crate::plan::relative_path(self.root, &w.file))
            .unwrap_or_default()
    }
}

/// A step's action, item and value.
fn describe(step: &Step) -> (ActionKind, String, Option<String>) {
    match step {
        Step::CreateLabel(l) => (ActionKind::CreateLabel, String::new(), Some(l.name.clone())),
        Step::CreateMilestone { title, .. } => (
            ActionKind::CreateMilestone,
            String::new(),
            Some(title.clone()),
        ),
        Step::Create { item, issue } => (
            ActionKind::CreateIssue,
            item.to_string(),
            Some(issue.title.clone()),
        ),
        Step::Update { item, title, .. } => (
            ActionKind::UpdateIssue,
            item.to_string(),
            Some(title.clone().unwrap_or_else(|| "body".into())),
        ),
        Step::Link { item } => (ActionKind::WriteLink, item.to_string(), None),
        Step::SubIssue { parent, child } => (
            ActionKind::AddSubIssue,
            child.to_string(),
            Some(parent.to_string()),
        ),
        Step::BlockedBy { item, blocker } => (
            ActionKind::AddDependency,
            item.to_string(),
            Some(blocker.to_string()),
        ),
    }
}

/// What the journal remembers of `plan`'s publishes.
fn journaled(store: &Store, plan: &str) -> Result<Journaled, StoreError> {
    let mut out = Journaled::default();
    for e in store.journal_entries(Some(plan))? {
        let (Recorded::Known(action), Recorded::Known(status)) = (&e.action, &e.status) else {
            continue;
        };
        let Some(value) = e.value.clone() else {
            continue;
        };
        match (action, status) {
            (ActionKind::CreateIssue, OpStatus::Planned) => {
                out.pending.insert(value);
            }
            (ActionKind::CreateIssue, OpStatus::Applied) => {
                out.pending.remove(&value);
                if let Some(issue) = IssueRef::parse_qualified(&e.target) {
                    out.created.insert(value, issue);
                }
            }
            (ActionKind::CreateIssue, OpStatus::Failed) => {
                out.pending.remove(&value);
            }
            (ActionKind::AddDependency, OpStatus::Applied) => {
                let pair = (
                    IssueRef::parse_qualified(&e.target),
                    IssueRef::parse_qualified(&value),
                );
                if let (Some(issue), Some(blocker)) = pair {
                    out.blocked_by.insert((issue, blocker));
                }
            }
            _ => {}
        }
    }
    Ok(out)
}

/// The link line of `issue` in `plan`: `**GitHub Issues:** #12` when that reads
/// back as the same issue in this plan, else the issue's full reference.
pub fn link_line(plan: &Plan, issue: &IssueRef) -> String {
    let kind = issue.tracker();
    let short = match issue {
        IssueRef::Repo { number, .. } | IssueRef::Number { number, .. } => format!("#{number}"),
        IssueRef::Key { key, .. } => key.clone(),
    };
    let same = parse_reference(&short, ListKind::Of(kind), &plan.refs).ok();
    let value = if same.as_ref() == Some(issue) {
        short
    } else {
        issue.to_string()
    };
    format!("**{} Issues:** {value}", kind.title())
}

/// Applying a plan's steps, stage by stage.
struct Applier<'p, 's> {
    publish: &'p Publish<'p>,
    store: &'s mut Store,
    planned: &'p Planned,
    out: &'s mut Outcome,
    known: BTreeMap<Item, IssueRef>,
    milestone: Option<u64>,
}

impl<'p, 's> Applier<'p, 's> {
    fn new(
        publish: &'p Publish<'p>,
        store: &'s mut Store,
        planned: &'p Planned,
        out: &'s mut Outcome,
    ) -> Self {
        Applier {
            publish,
            store,
            planned,
            out,
            known: planned.known.clone(),
            milestone: None,
        }
    }

    async fn apply(mut self) -> Result<BTreeMap<Item, IssueRef>, StoreError> {
        let steps = &self.planned.steps;
        let first: Vec<&Step> = steps
            .iter()
            .filter(|s| matches!(s, Step::CreateLabel(_) | Step::CreateMilestone { .. }))
            .collect();
        let milestone_failed = self.stage(&first).await?;
        let issues: Vec<&Step> = steps
            .iter()
            .filter(|s| matches!(s, Step::Create { .. } | Step::Update { .. }))
            .collect();
        if milestone_failed {
            for step in issues.iter().filter(|s| matches!(s, Step::Create { .. })) {
                self.record(
                    step,
                    None,
                    OpStatus::Skipped,
                    Some("the milestone could not be created".into()),
                )?;
            }
            let updates: Vec<&Step> = issues
                .into_iter()
                .filter(|s| matches!(s, Step::Update { .. }))
                .collect();
            self.stage(&updates).await?;
        } else {
            self.intents(&issues)?;
            self.stage(&issues).await?;
        }
        self.links()?;
        let rest: Vec<&Step> = steps
            .iter()
            .filter(|s| matches!(s, Step::SubIssue { .. } | Step::BlockedBy { .. }))
            .collect();
        self.stage(&rest).await?;
        Ok(self.known)
    }

    /// Journals each create as planned before it is sent.
    fn intents(&mut self, steps: &[&Step]) -> Result<(), StoreError> {
        let entries: Vec<JournalEntry> = steps
            .iter()
            .filter_map(|s| match s {
                Step::Create { item, .. } => self.publish.wanted(item),
                _ => None,
            })
            .map(|w| {
                self.entry(
                    ActionKind::CreateIssue,
                    self.publish.space.to_string(),
                    Some(w.marker.clone()),
                    OpStatus::Planned,
                    None,
                )
            })
            .collect();
        self.store.journal(&entries)
    }

    /// Sends `steps` (one stage) and records each result. Returns whether a
    /// milestone create failed.
    async fn stage(&mut self, steps: &[&Step]) -> Result<bool, StoreError> {
        let mut sent = Vec::new();
        let mut writes = Vec::new();
        for step in steps {
            match self.write_of(step) {
                Ok(write) => {
                    sent.push(*step);
                    writes.push(write);
                }
                Err(why) => self.record(step, None, OpStatus::Skipped, Some(why))?,
            }
        }
        if writes.is_empty() {
            return Ok(false);
        }
        let results = self
            .publish
            .tracker
            .publish_apply(&self.publish.space, &writes)
            .await;
        let mut milestone_failed = false;
        for (step, result) in sent.into_iter().zip(results) {
            milestone_failed |= matches!(step, Step::CreateMilestone { .. }) && result.is_err();
            self.landed(step, result)?;
        }
        Ok(milestone_failed)
    }

    /// The tracker write of a step, with the issues it names resolved.
    fn write_of(&self, step: &Step) -> Result<PublishWrite, String> {
        let issue = |item: &Item| {
            self.known
                .get(item)
                .cloned()
                .ok_or_else(|| format!("{item} has no issue"))
        };
        Ok(match step {
            Step::CreateLabel(l) => PublishWrite::CreateLabel(l.clone()),
            Step::CreateMilestone { title, due } => PublishWrite::CreateMilestone {
                title: title.clone(),
                due: due.clone(),
            },
            Step::Create { issue: new, .. } => {
                let mut new = new.clone();
                new.milestone = new.milestone.or(self.milestone);
                PublishWrite::Create(new)
            }
            Step::Update {
                issue, title, body, ..
            } => PublishWrite::Update {
                issue: issue.clone(),
                title: title.clone(),
                body: body.clone(),
            },
            Step::SubIssue { parent, child } => PublishWrite::SubIssue {
                parent: issue(parent)?,
                child: issue(child)?,
            },
            Step::BlockedBy { item, blocker } => PublishWrite::BlockedBy {
                issue: issue(item)?,
                blocker: issue(blocker)?,
            },
            Step::Link { .. } => return Err("not a tracker write".into()),
        })
    }

    /// Records what became of one write.
    fn landed(
        &mut self,
        step: &Step,
        result: Result<Written, TrackerError>,
    ) -> Result<(), StoreError> {
        match result {
            Ok(Written::Issue(issue)) => {
                if let Step::Create { item, .. } = step {
                    self.known.insert(item.clone(), issue.clone());
                }
                self.record(step, Some(issue.to_string()), OpStatus::Applied, None)
            }
            Ok(Written::Milestone(n)) => {
                self.milestone = Some(n);
                self.record(
                    step,
                    None,
                    OpStatus::Applied,
                    Some(format!("milestone {n}")),
                )
            }
            Ok(Written::Done) => self.record(step, None, OpStatus::Applied, None),
            // A create without a clear answer stays planned in the journal: the next
            // run looks for its marker.
            Err(e @ TrackerError::Ambiguous(_)) if matches!(step, Step::Create { .. }) => {
                self.out.failed = true;
                self.report(step, None, OpStatus::Failed, Some(e.to_string()));
                Ok(())
            }
            Err(e) => self.record(step, None, OpStatus::Failed, Some(e.to_string())),
        }
    }

    /// Writes the link line of every item that has an issue now and no link.
    fn links(&mut self) -> Result<(), StoreError> {
        let steps: Vec<&Step> = self
            .planned
            .steps
            .iter()
            .filter(|s| matches!(s, Step::Link { .. }))
            .collect();
        for step in steps {
            let Step::Link { item } = step else { continue };
            let (Some(issue), Some(w)) = (self.known.get(item).cloned(), self.publish.wanted(item))
            else {
                self.record(
                    step,
                    None,
                    OpStatus::Skipped,
                    Some("its issue was not created".into()),
                )?;
                continue;
            };
            let line = link_line(self.publish.plan, &issue);
            match links::insert(self.publish.root, &w.file, &line) {
                Ok(_) => self.record(step, Some(line), OpStatus::Applied, None)?,
                Err(e) => self.record(step, Some(line), OpStatus::Failed, Some(e.reason()))?,
            }
        }
        Ok(())
    }

    fn entry(
        &self,
        action: ActionKind,
        target: String,
        value: Option<String>,
        status: OpStatus,
        message: Option<String>,
    ) -> JournalEntry {
        let tracker = if action == ActionKind::WriteLink {
            OperationTracker::Plan
        } else {
            OperationTracker::Tracker(self.publish.space.tracker())
        };
        JournalEntry {
            at: now_rfc3339(),
            plan: self.publish.plan.key.clone(),
            tracker: tracker.into(),
            target,
            action: action.into(),
            value,
            status: status.into(),
            message,
            agent: None,
        }
    }

    /// Reports a step's result and journals it. `target` overrides the step's own
    /// (a created issue, a written line).
    fn record(
        &mut self,
        step: &Step,
        result: Option<String>,
        status: OpStatus,
        message: Option<String>,
    ) -> Result<(), StoreError> {
        let action = self.report(step, result, status, message);
        if status == OpStatus::Failed {
            self.out.failed = true;
        }
        let (target, value) = match step {
            // A create is remembered by its issue and marker.
            Step::Create { item, .. } => (
                action.target.clone(),
                self.publish.wanted(item).map(|w| w.marker.clone()),
            ),
            Step::BlockedBy { blocker, .. } => (
                action.target.clone(),
                self.known.get(blocker).map(ToString::to_string),
            ),
            _ => (action.target.clone(), action.value.clone()),
        };
        let entry = self.entry(action.action, target, value, status, action.message.clone());
        self.store.journal(&[entry])
    }

    /// Adds a step's result to the report.
    fn report(
        &mut self,
        step: &Step,
        result: Option<String>,
        status: OpStatus,
        message: Option<String>,
    ) -> Action {
        let mut action = self.publish.preview(step, self.planned);
        if let Some(item) = step_item(step) {
            if let Some(issue) = self.known.get(item) {
                if !matches!(step, Step::Link { .. }) {
                    action.target = issue.to_string();
                }
            }
        }
        if let (Some(result), Step::Link { .. }) = (&result, step) {
            action.value = Some(result.clone());
        }
        action.status = status;
        action.message = message;
        self.out.actions.push(action.clone());
        action
    }
}

/// The item a step acts on.
fn step_item(step: &Step) -> Option<&Item> {
    match step {
        Step::Create { item, .. }
        | Step::Update { item, .. }
        | Step::Link { item }
        | Step::BlockedBy { item, .. } => Some(item),
        Step::SubIssue { child, .. } => Some(child),
        Step::CreateLabel(_) | Step::CreateMilestone { .. } => None,
    }
}
