//! The plan stage: desired state + observed state → the minimal operations. Pure:
//! no I/O, so every decision (labels, closing, comments, transitions, milestone
//! progress, label creation) is unit-tested without a server. Events, `status` and
//! `sync` share it.

use super::desired::{progress_line, progress_percent, DesiredIssue};
use super::{Action, OpStatus, Operation};
use crate::config::LabelConfig;
use crate::plan::{PhaseStatus, Plan};
use crate::refs::IssueRef;
use crate::tracker::board::{check_board, wanted_option, Board, ProjectSettings};
use crate::tracker::progress::with_progress_line;
use crate::tracker::workflow::{choose_transition, TransitionOutcome};
use crate::tracker::{
    Change, CloseReason, FieldValue, IssueSnapshot, LabelSpec, Observation, ObserveRequest, Space,
    StatusCategory, Target, TrackerError,
};
use std::collections::{BTreeMap, BTreeSet};

/// Settings of one convergence.
pub struct PlanOptions<'a> {
    pub labels: &'a LabelConfig,
    pub create_labels: bool,
    pub milestone_progress: bool,
    /// The workflow settings of each tracker that has workflows (`jira:`).
    pub workflows: BTreeMap<crate::refs::TrackerKind, Workflow<'a>>,
    /// `sync --direction to-tracker`: also reopen what should be open and move Jira
    /// issues out of `done`; events never do either.
    pub repair: bool,
    /// The project board issues go on (`github.project`), if any.
    pub project: Option<ProjectSettings>,
    /// The agent that signs the comments written (PRODUCT §14).
    pub agent: Option<&'a crate::agent::Agent>,
}

/// A tracker's workflow settings: which transition (or target status) each event
/// asks for (`jira.transitions`), and values for transition screens
/// (`jira.transition_fields`).
#[derive(Debug, Clone, Copy)]
pub struct Workflow<'a> {
    pub transitions: &'a BTreeMap<String, String>,
    pub fields: &'a serde_json::Map<String, serde_json::Value>,
}

impl PlanOptions<'_> {
    /// The transition (or target status) configured for where `d` should be, in
    /// its tracker's workflow.
    pub fn wanted_transition(&self, d: &DesiredIssue) -> Option<&String> {
        self.workflows
            .get(&d.link.issue.tracker())?
            .transitions
            .get(d.workflow_event()?)
    }
}

/// The operations, in the order they are applied (labels created first, then each
/// issue's changes, then milestones), and what is worth a warning.
#[derive(Debug, Default)]
pub struct Planned {
    pub operations: Vec<Operation>,
    pub warnings: Vec<String>,
    /// The configuration does not fit what was read (a project option that does
    /// not exist): nothing may be applied.
    pub invalid: Option<Invalid>,
}

/// Bad input found only once the trackers were read: the message names the key,
/// the hint says what would do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    pub message: String,
    pub hint: String,
}

/// The marker of a plan's completion comment.
pub fn completion_marker(plan_key: &str) -> String {
    format!("<!-- debussy-sync:completion:{plan_key} -->")
}

fn completion_comment(plan: &Plan, marker: &str, agent: Option<&crate::agent::Agent>) -> String {
    let text = format!(
        "✅ **Debussy plan completed:** {}\n\nAll {} phases are completed, so this issue is closed automatically by gh debussy-sync.\n\n{marker}",
        plan.name,
        plan.phases.len()
    );
    match agent {
        Some(agent) => agent.sign(&text),
        None => text,
    }
}

fn op(target: Target, action: Action, status: OpStatus, message: Option<String>) -> Operation {
    Operation {
        target,
        action,
        status,
        message,
    }
}

fn change(target: Target, change: Change) -> Operation {
    op(target, Action::Change(change), OpStatus::Planned, None)
}

fn read_failure(issue: &IssueRef, e: &TrackerError) -> String {
    match e {
        TrackerError::NotFound => {
            format!("{issue} not found (check the reference and your access)")
        }
        other => format!("cannot read {issue}: {other}"),
    }
}

/// What must be read for `desired` (every issue's tracker gets its share): the
/// issues, comments of those to close, our labels, milestones, transitions.
pub fn requests(
    desired: &[DesiredIssue],
    options: &PlanOptions<'_>,
    marker: &str,
) -> BTreeMap<crate::refs::TrackerKind, ObserveRequest> {
    let mut out: BTreeMap<crate::refs::TrackerKind, ObserveRequest> = BTreeMap::new();
    for d in desired {
        let issue = &d.link.issue;
        let r = out.entry(issue.tracker()).or_default();
        r.issues.push(issue.clone());
        if d.close {
            r.marker = Some(marker.to_string());
            r.marked.push(issue.clone());
        }
        if let Some(wanted) = options.wanted_transition(d) {
            r.transitions.push((issue.clone(), wanted.clone()));
        }
        if let (Some(state), Some(space), true) = (d.state, Space::of(issue), options.create_labels)
        {
            let name = state.name(options.labels).to_string();
            if !r.labels.contains(&(space.clone(), name.clone())) {
                r.labels.push((space, name));
            }
        }
        r.milestones |= options.milestone_progress;
        if let Some(p) = options
            .project
            .as_ref()
            .filter(|p| p.tracker == issue.tracker())
        {
            r.project = Some(p.clone());
        }
    }
    out
}

/// The label to create for one of our state label names.
fn label_spec(labels: &LabelConfig, name: &str) -> LabelSpec {
    let (color, description) = if name == labels.in_progress {
        (&labels.color_in_progress, "Debussy: phase in progress")
    } else if name == labels.completed {
        (&labels.color_completed, "Debussy: phase completed")
    } else {
        (&labels.color_failed, "Debussy: phase failed")
    };
    LabelSpec {
        name: name.to_string(),
        color: color.clone(),
        description: description.to_string(),
    }
}

/// What the plan stage reads, for each issue.
struct Inputs<'a> {
    plan: &'a Plan,
    observed: &'a Observation,
    options: &'a PlanOptions<'a>,
    /// The marker of the plan's completion comment.
    marker: String,
    /// The project board and its settings, when one is configured and was read.
    board: Option<(&'a ProjectSettings, &'a Board)>,
    /// Plan progress in percent, for the board's number field.
    percent: u64,
}

/// The operations gathered, by the order they are applied in: failed reads first,
/// then labels to create, then each issue's changes.
#[derive(Default)]
struct Gathered {
    failures: Vec<Operation>,
    creates: Vec<Operation>,
    issue_ops: Vec<Operation>,
    warnings: Vec<String>,
    /// Our labels some issue gets: they must exist in its space.
    wanted_labels: BTreeSet<(Space, String)>,
}

/// The operations turning `observed` into `desired`.
pub fn plan(
    plan: &Plan,
    statuses: &[(String, PhaseStatus)],
    desired: &[DesiredIssue],
    observed: &Observation,
    options: &PlanOptions<'_>,
) -> Planned {
    let mut g = Gathered::default();
    let board = match board(observed, options, &mut g) {
        Ok(board) => board,
        Err(invalid) => {
            return Planned {
                invalid: Some(invalid),
                ..Planned::default()
            }
        }
    };
    let inputs = Inputs {
        plan,
        observed,
        options,
        marker: completion_marker(&plan.key),
        board,
        percent: progress_percent(plan, statuses),
    };
    for d in desired {
        let issue = &d.link.issue;
        match observed.issues.get(issue) {
            // Workflow trackers follow transitions, not labels.
            Some(Ok(s)) if s.status.is_some() => workflow_ops(d, s, &inputs, &mut g),
            Some(Ok(s)) => {
                label_ops(d, s, &inputs, &mut g);
                card_ops(d, &inputs, &mut g);
            }
            Some(Err(e)) => g.failures.push(op(
                Target::Issue(issue.clone()),
                Action::Read,
                OpStatus::Failed,
                Some(read_failure(issue, e)),
            )),
            None => {}
        }
    }
    if options.create_labels {
        label_creates(&inputs, &mut g);
    }
    let mut out = Planned {
        operations: g.failures,
        warnings: g.warnings,
        invalid: None,
    };
    out.operations.extend(g.creates);
    out.operations.extend(g.issue_ops);
    if let Some(o) = milestone_op(
        plan,
        statuses,
        desired,
        observed,
        options,
        &mut out.warnings,
    ) {
        out.operations.push(o);
    }
    out
}

/// A workflow issue (Jira): its transition, and the completion comment when it is
/// to be closed.
fn workflow_ops(d: &DesiredIssue, s: &IssueSnapshot, inputs: &Inputs, g: &mut Gathered) {
    let issue = &d.link.issue;
    if let Some(o) = transition_op(d, s, inputs.observed, inputs.options) {
        match o.status {
            OpStatus::Failed => g.failures.push(o),
            OpStatus::Skipped => {
                g.warnings.push(format!(
                    "{issue}: {}",
                    o.message.clone().unwrap_or_default()
                ));
                g.issue_ops.push(o);
            }
            _ => g.issue_ops.push(o),
        }
    }
    if d.close {
        let target = Target::Issue(issue.clone());
        match comment_op(issue, &target, inputs) {
            Ok(Some(o)) => g.issue_ops.push(o),
            Ok(None) => {}
            Err(why) => g
                .failures
                .push(op(target, Action::Read, OpStatus::Failed, Some(why))),
        }
    }
}

/// An issue with labels (GitHub, local): one state label added, stale ones
/// removed, reopened by `sync` when work that is not done was closed, and closed
/// with one completion comment when it is to be closed.
fn label_ops(d: &DesiredIssue, s: &IssueSnapshot, inputs: &Inputs, g: &mut Gathered) {
    let issue = &d.link.issue;
    let target = Target::Issue(issue.clone());
    let labels = inputs.options.labels;
    let ours = [&labels.in_progress, &labels.completed, &labels.failed];
    let wanted = d.state.map(|st| st.name(labels).to_string());
    if let Some(name) = &wanted {
        if !s.labels.iter().any(|l| l == name) {
            if let Some(space) = Space::of(issue) {
                g.wanted_labels.insert((space, name.clone()));
            }
            g.issue_ops
                .push(change(target.clone(), Change::AddLabel(name.clone())));
        }
    }
    for label in &s.labels {
        if ours.contains(&label) && Some(label) != wanted.as_ref() {
            g.issue_ops
                .push(change(target.clone(), Change::RemoveLabel(label.clone())));
        }
    }
    // Only work that is not done is reopened (a person may close done work).
    if inputs.options.repair
        && !s.open
        && !d.close
        && !s.pull_request
        && d.state != Some(crate::engine::desired::StateLabel::Completed)
    {
        g.issue_ops.push(change(target.clone(), Change::Reopen));
    }
    if !d.close || !s.open {
        return;
    }
    if s.pull_request {
        g.warnings.push(format!(
            "{issue} is a pull request: it gets labels but is never closed"
        ));
        return;
    }
    // The comment goes only with a close that happens, and only once.
    match comment_op(issue, &target, inputs) {
        Ok(Some(o)) => g.issue_ops.push(o),
        Ok(None) => {}
        Err(why) => {
            g.failures
                .push(op(target, Action::Read, OpStatus::Failed, Some(why)));
            return;
        }
    }
    g.issue_ops.push(change(
        target,
        Change::Close {
            reason: CloseReason::Completed,
        },
    ));
}

/// The project board to plan cards on: `None` when none is configured or it was
/// not read (a failed read is one failed operation); `Err` when the configuration
/// names a field or option the board does not have.
fn board<'a>(
    observed: &'a Observation,
    options: &'a PlanOptions<'a>,
    g: &mut Gathered,
) -> Result<Option<(&'a ProjectSettings, &'a Board)>, Invalid> {
    let (Some(settings), Some(read)) = (&options.project, &observed.board) else {
        return Ok(None);
    };
    let board = match read {
        Ok(board) => board,
        Err(e) => {
            let project = &settings.project;
            let why = match e {
                TrackerError::NotFound => format!(
                    "project {project} not found (check github.project, and that the token may read projects: scope project)"
                ),
                other => format!("cannot read project {project}: {other}"),
            };
            g.failures.push(op(
                Target::Space(Space::Project(settings.tracker, project.to_string())),
                Action::Read,
                OpStatus::Failed,
                Some(why),
            ));
            return Ok(None);
        }
    };
    check_board(settings, board).map_err(|(message, hint)| Invalid { message, hint })?;
    Ok(Some((settings, board)))
}

/// An issue's card on the project board: added when missing, its Status set to
/// the option of the status the issue follows, its progress field to the plan's.
fn card_ops(d: &DesiredIssue, inputs: &Inputs, g: &mut Gathered) {
    let Some((settings, board)) = inputs.board else {
        return;
    };
    let issue = &d.link.issue;
    let Some(card) = inputs.observed.cards.get(issue) else {
        return;
    };
    let target = Target::Issue(issue.clone());
    let wanted = wanted_option(settings, board, d.followed_status());
    let percent = settings.progress_field.as_ref().map(|_| inputs.percent);
    let (status, progress) = match card {
        None => {
            let project = settings.project.to_string();
            g.issue_ops
                .push(change(target.clone(), Change::AddToProject { project }));
            (None, None)
        }
        Some(c) => (c.status.as_deref(), c.progress),
    };
    if let Some(w) = wanted.filter(|w| !status.is_some_and(|s| s.eq_ignore_ascii_case(w))) {
        let field = settings.status_field.clone();
        let value = FieldValue::Option(w.to_string());
        g.issue_ops.push(change(
            target.clone(),
            Change::SetProjectField { field, value },
        ));
    }
    if let (Some(name), Some(p)) = (&settings.progress_field, percent) {
        if progress != Some(p) {
            let field = name.clone();
            let value = FieldValue::Number(p);
            g.issue_ops
                .push(change(target, Change::SetProjectField { field, value }));
        }
    }
}

/// The labels some issue gets that its space lacks, to create first.
fn label_creates(inputs: &Inputs, g: &mut Gathered) {
    for (space, name) in &g.wanted_labels {
        match inputs.observed.labels.get(&(space.clone(), name.clone())) {
            Some(Ok(true)) | None => {}
            Some(Ok(false)) => g.creates.push(change(
                Target::Space(space.clone()),
                Change::CreateLabel(label_spec(inputs.options.labels, name)),
            )),
            Some(Err(e)) => g.failures.push(op(
                Target::Space(space.clone()),
                Action::Read,
                OpStatus::Failed,
                Some(format!("cannot check label {name}: {e}")),
            )),
        }
    }
}

/// The completion comment an issue to close still needs, if any; `Err` (why) when
/// its comments could not be read (then nothing is done to it).
fn comment_op(
    issue: &IssueRef,
    target: &Target,
    inputs: &Inputs,
) -> Result<Option<Operation>, String> {
    let (plan, marker) = (inputs.plan, inputs.marker.as_str());
    match inputs.observed.marked.get(issue) {
        Some(Ok(true)) => Ok(None),
        Some(Ok(false)) | None => Ok(Some(change(
            target.clone(),
            Change::Comment {
                body: completion_comment(plan, marker, inputs.options.agent),
                marker: marker.to_string(),
            },
        ))),
        Some(Err(e)) => Err(format!("cannot read comments of {issue}: {e}")),
    }
}

/// The transition a workflow issue needs, if any: planned, or skipped with the
/// reason (not available from the current status, a screen field is missing, or the
/// issue is done and a phase event never moves it back).
fn transition_op(
    d: &DesiredIssue,
    s: &IssueSnapshot,
    observed: &Observation,
    options: &PlanOptions<'_>,
) -> Option<Operation> {
    let wanted = options.wanted_transition(d)?;
    let current = s.status.as_deref()?;
    if current.eq_ignore_ascii_case(wanted) {
        return None;
    }
    let target = Target::Issue(d.link.issue.clone());
    let available = match observed.transitions.get(&d.link.issue)? {
        Ok(a) => a,
        Err(e) => {
            return Some(op(
                target,
                Action::Read,
                OpStatus::Failed,
                Some(format!(
                    "cannot read the transitions of {}: {e}",
                    d.link.issue
                )),
            ))
        }
    };
    let skipped = |message: String| {
        op(
            target.clone(),
            Action::Change(Change::Transition {
                id: String::new(),
                name: wanted.clone(),
                to: wanted.clone(),
                fields: serde_json::Map::new(),
            }),
            OpStatus::Skipped,
            Some(message),
        )
    };
    let no_fields = serde_json::Map::new();
    let fields = options
        .workflows
        .get(&target.tracker())
        .map_or(&no_fields, |w| w.fields);
    match choose_transition(current, wanted, available, fields) {
        TransitionOutcome::Already => None,
        TransitionOutcome::Take(c @ Change::Transition { .. }) if options.repair => {
            let leaves_done = s.category == Some(StatusCategory::Done);
            let mut o = change(target, c);
            if leaves_done {
                o.message = Some("moves it out of done (only sync does that)".into());
            }
            Some(o)
        }
        TransitionOutcome::Take(Change::Transition { id, to, .. })
            if s.category == Some(StatusCategory::Done)
                && available
                    .iter()
                    .any(|t| t.id == id && t.category != StatusCategory::Done) =>
        {
            Some(skipped(format!(
                "{} is done ('{current}'); phase events do not move it back to '{to}'",
                d.link.issue
            )))
        }
        TransitionOutcome::Take(c) => Some(change(target, c)),
        TransitionOutcome::Unavailable(reason) => Some(skipped(reason)),
    }
}

/// The plan's progress line, in the milestone of the first linked issue that has
/// one (a warning when the issues' milestones differ).
/// The milestone that carries a plan's progress line: that of the first linked
/// issue (as read) that has one, with the issues found in other milestones.
pub struct PlanMilestone<'a> {
    pub space: Space,
    pub number: u64,
    pub first: &'a IssueRef,
    pub differing: Vec<String>,
}

/// See [`PlanMilestone`]; `None` when no linked issue read has a milestone, or when
/// progress is not wanted (turned off, or nothing has started).
pub fn plan_milestone<'a>(
    desired: &'a [DesiredIssue],
    statuses: &[(String, PhaseStatus)],
    observed: &Observation,
    options: &PlanOptions<'_>,
) -> Option<PlanMilestone<'a>> {
    if !options.milestone_progress || !statuses.iter().any(|(_, s)| s.has_started()) {
        return None;
    }
    let with_milestone: Vec<(Space, u64, &IssueRef)> = desired
        .iter()
        .filter_map(|d| {
            let s = observed.issues.get(&d.link.issue)?.as_ref().ok()?;
            Some((Space::of(&d.link.issue)?, s.milestone?, &d.link.issue))
        })
        .collect();
    let (space, number, first) = with_milestone.first()?.clone();
    let differing = with_milestone
        .iter()
        .filter(|(s, n, _)| (s, n) != (&space, &number))
        .map(|(_, _, i)| i.to_string())
        .collect();
    Some(PlanMilestone {
        space,
        number,
        first,
        differing,
    })
}

fn milestone_op(
    plan: &Plan,
    statuses: &[(String, PhaseStatus)],
    desired: &[DesiredIssue],
    observed: &Observation,
    options: &PlanOptions<'_>,
    warnings: &mut Vec<String>,
) -> Option<Operation> {
    let PlanMilestone {
        space,
        number,
        first,
        differing,
    } = plan_milestone(desired, statuses, observed, options)?;
    if !differing.is_empty() {
        warnings.push(format!(
            "linked issues are in different milestones; progress goes to the milestone of {first} ({} differ)",
            differing.join(", ")
        ));
    }
    let target = Target::Milestone(space.clone(), number);
    let milestone = match observed.milestones.get(&(space.clone(), number))? {
        Ok(m) => m,
        Err(TrackerError::NotFound) => {
            warnings.push(format!(
                "milestone {number} of {space} no longer exists (linked from {first}); progress not written"
            ));
            return None;
        }
        Err(e) => {
            return Some(op(
                target,
                Action::Read,
                OpStatus::Failed,
                Some(format!("cannot read milestone {number}: {e}")),
            ))
        }
    };
    let line = progress_line(plan, statuses);
    let description = with_progress_line(&milestone.description, &line, &plan.key);
    (description != milestone.description).then(|| {
        change(
            target,
            Change::SetProgressLine {
                plan_key: plan.key.clone(),
                line,
            },
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::desired::StateLabel;
    use crate::plan::{Link, Location, Phase, Scope};
    use crate::refs::RepoRef;
    use crate::tracker::{Milestone, TransitionInfo};
    use PhaseStatus::*;

    fn gh(n: u64) -> IssueRef {
        IssueRef::Repo {
            kind: crate::tracker::github::KIND,
            repo: RepoRef::parse("acme/widgets").unwrap(),
            number: n,
        }
    }

    fn jira(key: &str) -> IssueRef {
        IssueRef::Key {
            kind: crate::tracker::jira::KIND,
            key: key.into(),
        }
    }

    fn the_plan() -> Plan {
        Plan {
            key: "p/MASTER_PLAN.md".into(),
            name: "P".into(),
            refs: Default::default(),
            phases: ["1", "2"]
                .iter()
                .map(|id| Phase {
                    id: id.to_string(),
                    title: id.to_string(),
                    file: None,
                    table_status: Pending,
                    depends_on: vec![],
                    location: Location {
                        file: "m".into(),
                        line: 5,
                    },
                    status_column: 2,
                    unreadable: false,
                })
                .collect(),
            links: vec![],
            warnings: vec![],
            problems: vec![],
            errors: vec![],
        }
    }

    fn desired(issue: IssueRef, state: Option<StateLabel>, close: bool) -> DesiredIssue {
        DesiredIssue {
            link: Link {
                issue,
                scope: Scope::Plan,
                location: Location {
                    file: "m".into(),
                    line: 2,
                },
            },
            state,
            close,
            plan_complete: close,
        }
    }

    fn snapshot(issue: IssueRef, labels: &[&str], open: bool) -> IssueSnapshot {
        IssueSnapshot {
            issue,
            title: "t".into(),
            open,
            state_reason: None,
            labels: labels.iter().map(|s| s.to_string()).collect(),
            milestone: None,
            status: None,
            category: None,
            pull_request: false,
        }
    }

    struct Case {
        labels: LabelConfig,
        transitions: BTreeMap<String, String>,
        fields: serde_json::Map<String, serde_json::Value>,
    }

    impl Case {
        fn new() -> Case {
            let mut transitions = BTreeMap::new();
            transitions.insert("on_phase_start".to_string(), "In Progress".to_string());
            transitions.insert("on_plan_complete".to_string(), "Done".to_string());
            Case {
                labels: LabelConfig::default(),
                transitions,
                fields: serde_json::Map::new(),
            }
        }

        fn options(&self) -> PlanOptions<'_> {
            PlanOptions {
                labels: &self.labels,
                create_labels: true,
                milestone_progress: true,
                workflows: [(
                    crate::tracker::jira::KIND,
                    Workflow {
                        transitions: &self.transitions,
                        fields: &self.fields,
                    },
                )]
                .into(),
                repair: false,
                project: None,
                agent: None,
            }
        }

        fn run(&self, desired: &[DesiredIssue], observed: &Observation) -> Planned {
            let statuses = vec![("1".to_string(), Running), ("2".to_string(), Pending)];
            plan(&the_plan(), &statuses, desired, observed, &self.options())
        }
    }

    /// `(target, action, value, status)` of each operation.
    fn ops(p: &Planned) -> Vec<(String, &'static str, Option<String>, OpStatus)> {
        p.operations
            .iter()
            .map(|o| {
                (
                    o.target.to_string(),
                    o.action.kind().as_str(),
                    o.value(),
                    o.status,
                )
            })
            .collect()
    }

    fn observed(snapshots: Vec<IssueSnapshot>) -> Observation {
        let mut o = Observation::default();
        for s in snapshots {
            o.issues.insert(s.issue.clone(), Ok(s));
        }
        o
    }

    fn planned(
        target: &str,
        action: &'static str,
        value: &str,
    ) -> (String, &'static str, Option<String>, OpStatus) {
        (target.into(), action, Some(value.into()), OpStatus::Planned)
    }

    #[test]
    fn a_missing_state_label_is_added_and_created_first() {
        let case = Case::new();
        let mut o = observed(vec![snapshot(gh(1), &["bug"], true)]);
        let space = Space::Repo(
            crate::tracker::github::KIND,
            RepoRef::parse("acme/widgets").unwrap(),
        );
        o.labels
            .insert((space, "debussy:in-progress".into()), Ok(false));
        let p = case.run(&[desired(gh(1), Some(StateLabel::InProgress), false)], &o);
        assert_eq!(
            ops(&p),
            [
                planned("acme/widgets", "create_label", "debussy:in-progress"),
                planned("acme/widgets#1", "add_label", "debussy:in-progress"),
            ]
        );
    }

    #[test]
    fn the_right_label_already_there_plans_nothing() {
        let case = Case::new();
        let o = observed(vec![snapshot(gh(1), &["bug", "debussy:in-progress"], true)]);
        let p = case.run(&[desired(gh(1), Some(StateLabel::InProgress), false)], &o);
        assert!(p.operations.is_empty());
    }

    #[test]
    fn stale_state_labels_go_and_foreign_labels_stay() {
        let case = Case::new();
        let o = observed(vec![snapshot(
            gh(1),
            &["bug", "debussy:in-progress", "debussy:failed"],
            true,
        )]);
        let p = case.run(&[desired(gh(1), Some(StateLabel::Completed), false)], &o);
        assert_eq!(
            ops(&p),
            [
                planned("acme/widgets#1", "add_label", "debussy:completed"),
                planned("acme/widgets#1", "remove_label", "debussy:in-progress"),
                planned("acme/widgets#1", "remove_label", "debussy:failed"),
            ]
        );
        let none = case.run(&[desired(gh(1), None, false)], &o);
        assert_eq!(none.operations.len(), 2, "no state: both of ours removed");
    }

    #[test]
    fn closing_comes_with_one_comment_and_only_when_it_happens() {
        let case = Case::new();
        let d = [desired(gh(1), Some(StateLabel::Completed), true)];
        let mut o = observed(vec![snapshot(gh(1), &["debussy:completed"], true)]);
        o.marked.insert(gh(1), Ok(false));
        let actions: Vec<&str> = case
            .run(&d, &o)
            .operations
            .iter()
            .map(|o| o.action.kind().as_str())
            .collect();
        assert_eq!(actions, ["comment", "close"]);
        // The comment is there already (a crash after it): close only.
        o.marked.insert(gh(1), Ok(true));
        let actions: Vec<&str> = case
            .run(&d, &o)
            .operations
            .iter()
            .map(|o| o.action.kind().as_str())
            .collect();
        assert_eq!(actions, ["close"]);
        // Already closed, whatever the reason: nothing.
        let closed = observed(vec![snapshot(gh(1), &["debussy:completed"], false)]);
        assert!(case.run(&d, &closed).operations.is_empty());
    }

    #[test]
    fn unreadable_comments_or_issue_fail_that_issue_only() {
        let case = Case::new();
        let d = [
            desired(gh(1), Some(StateLabel::Completed), true),
            desired(gh(2), Some(StateLabel::Completed), false),
        ];
        let mut o = observed(vec![snapshot(gh(1), &["debussy:completed"], true)]);
        o.marked
            .insert(gh(1), Err(TrackerError::Transport("reset".into())));
        o.issues.insert(gh(2), Err(TrackerError::NotFound));
        let p = case.run(&d, &o);
        let got: Vec<(String, &str, OpStatus)> = p
            .operations
            .iter()
            .map(|o| (o.target.to_string(), o.action.kind().as_str(), o.status))
            .collect();
        assert_eq!(
            got,
            [
                ("acme/widgets#1".to_string(), "read", OpStatus::Failed),
                ("acme/widgets#2".to_string(), "read", OpStatus::Failed),
            ]
        );
    }

    #[test]
    fn a_pull_request_is_labelled_and_never_closed() {
        let case = Case::new();
        let mut pr = snapshot(gh(1), &[], true);
        pr.pull_request = true;
        let p = case.run(
            &[desired(gh(1), Some(StateLabel::Completed), true)],
            &observed(vec![pr]),
        );
        let actions: Vec<&str> = p
            .operations
            .iter()
            .map(|o| o.action.kind().as_str())
            .collect();
        assert_eq!(actions, ["add_label"]);
        assert!(p.warnings[0].contains("pull request"));
    }

    fn workflow(key: &str, status: &str, category: &str) -> IssueSnapshot {
        let category = StatusCategory::from_key(category.into());
        let mut s = snapshot(jira(key), &[], category != StatusCategory::Done);
        s.status = Some(status.into());
        s.category = Some(category);
        s
    }

    fn transition(id: &str, to: &str, category: &str) -> TransitionInfo {
        TransitionInfo {
            id: id.into(),
            name: format!("Go {to}"),
            to: to.into(),
            category: StatusCategory::from_key(category.into()),
            fields: vec![],
        }
    }

    #[test]
    fn workflow_issues_transition_or_say_why_not() {
        let case = Case::new();
        let d = [desired(jira("P-1"), Some(StateLabel::InProgress), false)];
        let mut o = observed(vec![workflow("P-1", "To Do", "new")]);
        o.transitions.insert(
            jira("P-1"),
            Ok(vec![transition("11", "In Progress", "indeterminate")]),
        );
        assert_eq!(
            ops(&case.run(&d, &o)),
            [planned("P-1", "transition", "In Progress")]
        );
        // Already there (case-insensitively): nothing, no transitions needed.
        let there = observed(vec![workflow("P-1", "in progress", "indeterminate")]);
        assert!(case.run(&d, &there).operations.is_empty());
        // Not available from here: skipped, with a warning naming what is.
        o.transitions
            .insert(jira("P-1"), Ok(vec![transition("31", "Done", "done")]));
        let p = case.run(&d, &o);
        assert_eq!(p.operations[0].status, OpStatus::Skipped);
        assert!(
            p.warnings[0].contains("available: 'Go Done' → Done"),
            "{:?}",
            p.warnings
        );
        // Done by someone: a phase event never moves it back.
        let mut done = observed(vec![workflow("P-1", "Done", "done")]);
        done.transitions.insert(
            jira("P-1"),
            Ok(vec![transition("61", "In Progress", "indeterminate")]),
        );
        let p = case.run(&d, &done);
        assert_eq!(p.operations[0].status, OpStatus::Skipped);
        assert!(p.operations[0]
            .message
            .as_deref()
            .unwrap()
            .contains("is done"));
    }

    #[test]
    fn milestone_progress_is_written_once_and_a_deleted_milestone_is_a_warning() {
        let case = Case::new();
        let space = Space::Repo(
            crate::tracker::github::KIND,
            RepoRef::parse("acme/widgets").unwrap(),
        );
        let mut s = snapshot(gh(1), &["debussy:in-progress"], true);
        s.milestone = Some(3);
        let d = [desired(gh(1), Some(StateLabel::InProgress), false)];
        let mut o = observed(vec![s]);
        o.milestones.insert(
            (space.clone(), 3),
            Ok(Milestone {
                number: 3,
                title: "v1".into(),
                description: "Goals.".into(),
            }),
        );
        let p = case.run(&d, &o);
        assert_eq!(p.operations.len(), 1);
        assert_eq!(p.operations[0].action.kind().as_str(), "update_milestone");
        assert!(p.operations[0].value().unwrap().contains("0/2 phases (0%)"));
        // Written already: nothing.
        let line = p.operations[0].value().unwrap();
        o.milestones.insert(
            (space.clone(), 3),
            Ok(Milestone {
                number: 3,
                title: "v1".into(),
                description: format!("Goals.\n\n{line}"),
            }),
        );
        assert!(case.run(&d, &o).operations.is_empty());
        o.milestones.insert((space, 3), Err(TrackerError::NotFound));
        let p = case.run(&d, &o);
        assert!(p.operations.is_empty());
        assert!(p.warnings[0].contains("no longer exists"));
    }

    #[test]
    fn what_to_read_follows_what_is_wanted() {
        let case = Case::new();
        let d = [
            desired(gh(1), Some(StateLabel::Completed), true),
            desired(jira("P-1"), Some(StateLabel::InProgress), false),
        ];
        let r = requests(&d, &case.options(), "<!-- m -->");
        let github = &r[&crate::tracker::github::KIND];
        assert_eq!(github.issues, [gh(1)]);
        assert_eq!(
            github.marked,
            [gh(1)],
            "only issues to close have comments read"
        );
        assert_eq!(github.labels.len(), 1);
        let jira_r = &r[&crate::tracker::jira::KIND];
        assert_eq!(
            jira_r.transitions,
            [(jira("P-1"), "In Progress".to_string())]
        );
        assert!(jira_r.marked.is_empty());
    }

    mod project {
        use super::*;
        use crate::tracker::board::{Card, ProjectOwner, ProjectRef, SelectField};

        fn settings(progress: bool) -> ProjectSettings {
            ProjectSettings {
                tracker: crate::tracker::github::KIND,
                project: ProjectRef {
                    host: None,
                    owner: ProjectOwner::Organization("acme".into()),
                    number: 7,
                },
                status_field: "Status".into(),
                statuses: vec![
                    (Running, "In Progress".into()),
                    (Completed, "done".into()),
                    (Failed, "Blocked".into()),
                ],
                progress_field: progress.then(|| "Progress".into()),
            }
        }

        fn board() -> Board {
            let names = ["Todo", "In Progress", "Done", "Blocked"];
            Board {
                id: "P".into(),
                status: Some(SelectField {
                    id: "F".into(),
                    options: names
                        .iter()
                        .map(|n| (format!("O_{n}"), n.to_string()))
                        .collect(),
                }),
                progress: Some("N".into()),
            }
        }

        fn card(status: Option<&str>, progress: Option<u64>) -> Option<Card> {
            Some(Card {
                item: "I".into(),
                status: status.map(str::to_string),
                progress,
            })
        }

        /// The plan's operations on #1 (phase 1 running of 2: 0% progress).
        fn run(state: Option<StateLabel>, card: Option<Option<Card>>, progress: bool) -> Planned {
            let case = Case::new();
            let mut options = case.options();
            options.project = Some(settings(progress));
            let mut o = observed(vec![snapshot(gh(1), &[], true)]);
            o.board = Some(Ok(board()));
            if let Some(c) = card {
                o.cards.insert(gh(1), c);
            }
            let d = [desired(gh(1), state, false)];
            let statuses = vec![("1".to_string(), Running), ("2".to_string(), Pending)];
            plan(&the_plan(), &statuses, &d, &o, &options)
        }

        fn card_ops(p: &Planned) -> Vec<(&'static str, String)> {
            p.operations
                .iter()
                .filter(|o| o.action.kind().as_str().contains("project"))
                .map(|o| (o.action.kind().as_str(), o.value().unwrap_or_default()))
                .collect()
        }

        #[test]
        fn cards_are_added_set_and_left_alone_as_the_board_says() {
            use StateLabel::*;
            let add = ("add_to_project", "acme/7".to_string());
            let status = |s: &str| ("set_project_status", s.to_string());
            let number = |n: u64| ("set_project_progress", n.to_string());
            type Case = (
                Option<StateLabel>,
                Option<Option<Card>>,
                bool,
                Vec<(&'static str, String)>,
            );
            #[rustfmt::skip]
            let cases: Vec<Case> = vec![
                // Not on the board: added, then its Status set.
                (Some(InProgress), Some(None), false, vec![add.clone(), status("In Progress")]),
                // The option name as the board spells it.
                (Some(Completed), Some(None), false, vec![add.clone(), status("Done")]),
                // Pending has no option configured: added, no Status.
                (None, Some(None), false, vec![add.clone()]),
                // In the right option (matched case-insensitively): nothing.
                (Some(InProgress), Some(card(Some("in progress"), None)), false, vec![]),
                // Moved by hand: set back.
                (Some(Failed), Some(card(Some("Done"), None)), false, vec![status("Blocked")]),
                (Some(InProgress), Some(card(None, None)), false, vec![status("In Progress")]),
                // Progress wanted: written when it differs.
                (Some(InProgress), Some(None), true, vec![add.clone(), status("In Progress"), number(0)]),
                (Some(InProgress), Some(card(Some("In Progress"), Some(50))), true, vec![number(0)]),
                (Some(InProgress), Some(card(Some("In Progress"), Some(0))), true, vec![]),
                // The card was not read (the issue's read failed): nothing.
                (Some(InProgress), None, true, vec![]),
            ];
            for (state, card, progress, expected) in cases {
                let p = run(state, card.clone(), progress);
                assert!(p.invalid.is_none());
                assert_eq!(card_ops(&p), expected, "{state:?} {card:?} {progress}");
            }
        }

        #[test]
        fn an_option_the_board_lacks_stops_the_whole_plan() {
            let case = Case::new();
            let mut options = case.options();
            let mut wrong = settings(false);
            wrong.statuses.push((Pending, "Backlog".into()));
            options.project = Some(wrong);
            let mut o = observed(vec![snapshot(gh(1), &[], true)]);
            o.board = Some(Ok(board()));
            o.cards.insert(gh(1), None);
            let d = [desired(gh(1), Some(StateLabel::InProgress), false)];
            let p = plan(&the_plan(), &[], &d, &o, &options);
            let invalid = p.invalid.expect("invalid");
            assert!(invalid.message.contains("'Backlog'"), "{invalid:?}");
            assert_eq!(invalid.hint, "use one of: Todo, In Progress, Done, Blocked");
            assert!(p.operations.is_empty(), "not even the label is planned");
        }

        #[test]
        fn a_board_that_cannot_be_read_fails_once_and_labels_go_on() {
            let case = Case::new();
            let mut options = case.options();
            options.project = Some(settings(false));
            let mut o = observed(vec![snapshot(gh(1), &[], true)]);
            o.board = Some(Err(TrackerError::NotFound));
            let d = [desired(gh(1), Some(StateLabel::InProgress), false)];
            let p = plan(&the_plan(), &[], &d, &o, &options);
            let failed: Vec<_> = ops(&p)
                .into_iter()
                .filter(|o| o.3 == OpStatus::Failed)
                .collect();
            assert_eq!(failed.len(), 1);
            assert_eq!(failed[0].0, "GitHub project acme/7");
            assert!(ops(&p).iter().any(|o| o.1 == "add_label"));
        }

        #[test]
        fn the_project_is_read_with_the_issues_of_its_tracker_only() {
            let case = Case::new();
            let mut options = case.options();
            options.project = Some(settings(false));
            let d = [
                desired(gh(1), None, false),
                desired(jira("P-1"), None, false),
            ];
            let r = requests(&d, &options, "<!-- m -->");
            assert!(r[&crate::tracker::github::KIND].project.is_some());
            assert!(r[&crate::tracker::jira::KIND].project.is_none());
            let r = requests(&d, &case.options(), "<!-- m -->");
            assert!(r[&crate::tracker::github::KIND].project.is_none());
        }
    }
}
