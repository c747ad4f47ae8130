//! `issue list|view|create|edit|close|reopen|comment`: one interface over the local
//! tracker, GitHub and Jira.
//!
//! Each verb parses its arguments, makes its tracker calls and hands one report to
//! the output layer. Writes go through [`write`]: a dry run says what it would do, a
//! real run holds the repository lock, as convergence does (PRODUCT §8).

use crate::context::Context;
use crate::error::{exit, CliError};
use crate::output::{table, Paint, Report, Ui};
use crate::refs::{parse_reference, IssueRef, ListKind, RepoRef, TrackerKind, ACCEPTED_FORMS};
use crate::tracker::{
    IssueDetails, IssueEdit, IssueFilter, NewIssue, Space, StateFilter, Tracker, TrackerError,
};
use clap::{Args, Subcommand, ValueEnum};
use serde::Serialize;
use std::io::Read;
use std::path::PathBuf;
use tokio::runtime::Runtime;

#[derive(Debug, Args)]
pub struct IssueArgs {
    #[command(subcommand)]
    pub command: IssueCommand,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum StateArg {
    Open,
    Closed,
    All,
}

impl From<StateArg> for StateFilter {
    fn from(state: StateArg) -> StateFilter {
        match state {
            StateArg::Open => StateFilter::Open,
            StateArg::Closed => StateFilter::Closed,
            StateArg::All => StateFilter::All,
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ReasonArg {
    Completed,
    NotPlanned,
}

impl ReasonArg {
    fn as_str(self) -> &'static str {
        match self {
            ReasonArg::Completed => "completed",
            ReasonArg::NotPlanned => "not_planned",
        }
    }
}

#[derive(Debug, Args)]
pub struct BodyArgs {
    /// The text.
    #[arg(long, value_name = "TEXT", conflicts_with = "body_file")]
    pub body: Option<String>,
    /// Read the text from a file (`-` for standard input).
    #[arg(long, value_name = "FILE")]
    pub body_file: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum IssueCommand {
    /// List issues of the local tracker, a GitHub repository or a Jira project.
    #[command(
        after_help = "Newest first. When more issues match than --limit shows, a line on stderr says so (\"Showing 30 of 200 issues\"). With --json, `total` is how many issues match, or null when the tracker cannot tell without reading every page (GitHub, Jira Cloud), and `truncated` says whether more match than are listed.\n\nExamples:\n  gh debussy-sync issue list\n  gh debussy-sync issue list acme/widgets --label bug --state all --limit 100\n  gh debussy-sync --jq '.issues[].ref' issue list PROJ"
    )]
    List(ListArgs),
    /// Show an issue with its comments.
    #[command(
        after_help = "Examples:\n  gh debussy-sync issue view local#3\n  gh debussy-sync issue view acme/widgets#12\n  gh debussy-sync --json issue view PROJ-7"
    )]
    View(ViewArgs),
    /// Create an issue.
    #[command(
        after_help = "Examples:\n  gh debussy-sync issue create --title \"Flaky test\" --label bug\n  gh debussy-sync issue create acme/widgets --title \"Flaky test\" --body-file notes.md"
    )]
    Create(CreateArgs),
    /// Edit title, body, labels, assignees or milestone.
    #[command(
        after_help = "Examples:\n  gh debussy-sync issue edit local#3 --add-label p1 --remove-label triage\n  gh debussy-sync issue edit '#12' --title \"Better title\" --milestone none"
    )]
    Edit(EditArgs),
    /// Close an issue.
    #[command(
        after_help = "An issue already closed is left as it is (the comment is not posted either).\n\nExamples:\n  gh debussy-sync issue close local#3\n  gh debussy-sync issue close PROJ-7 --reason not-planned --comment \"duplicate\""
    )]
    Close(CloseArgs),
    /// Reopen an issue.
    #[command(
        after_help = "An issue already open is left as it is (the comment is not posted either).\n\nExamples:\n  gh debussy-sync issue reopen local#3 --comment \"not fixed yet\""
    )]
    Reopen(ReopenArgs),
    /// Add a comment.
    #[command(
        after_help = "Examples:\n  gh debussy-sync issue comment local#3 --body \"Looks good\"\n  echo \"From a script\" | gh debussy-sync issue comment '#12' --body-file -"
    )]
    Comment(CommentArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// `local` (default), `owner/repo`, or a Jira project key (`PROJ`).
    #[arg(value_name = "WHERE", default_value = "local")]
    place: String,
    /// Which issues: open, closed or all.
    #[arg(long, value_enum, default_value = "open")]
    state: StateArg,
    /// Only issues with this label.
    #[arg(long, value_name = "NAME")]
    label: Option<String>,
    /// Only issues assigned to this person.
    #[arg(long, value_name = "LOGIN")]
    assignee: Option<String>,
    /// At most this many issues.
    #[arg(long, default_value_t = 30, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    limit: u64,
}

#[derive(Debug, Args)]
pub struct ViewArgs {
    /// local#3, owner/repo#12, #12, PROJ-7, or an issue URL.
    reference: String,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// `local` (default), `owner/repo`, or a Jira project key (`PROJ`).
    #[arg(value_name = "WHERE", default_value = "local")]
    place: String,
    /// The issue's title.
    #[arg(long, value_name = "TEXT")]
    title: String,
    #[command(flatten)]
    body: BodyArgs,
    /// A label to add (repeat for several).
    #[arg(long = "label", value_name = "NAME")]
    labels: Vec<String>,
    /// Someone to assign (repeat for several).
    #[arg(long = "assignee", value_name = "LOGIN")]
    assignees: Vec<String>,
    /// Milestone number (local and GitHub).
    #[arg(long, value_name = "N")]
    milestone: Option<u64>,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// local#3, owner/repo#12, #12, PROJ-7, or an issue URL.
    reference: String,
    /// The new title.
    #[arg(long, value_name = "TEXT")]
    title: Option<String>,
    #[command(flatten)]
    body: BodyArgs,
    /// Add a label (repeat for several); other labels are kept.
    #[arg(long = "add-label", value_name = "NAME")]
    add_labels: Vec<String>,
    /// Remove a label (repeat for several).
    #[arg(long = "remove-label", value_name = "NAME")]
    remove_labels: Vec<String>,
    /// Assign someone (repeat for several).
    #[arg(long = "add-assignee", value_name = "LOGIN")]
    add_assignees: Vec<String>,
    /// Unassign someone (repeat for several).
    #[arg(long = "remove-assignee", value_name = "LOGIN")]
    remove_assignees: Vec<String>,
    /// Milestone number, or `none` to remove it.
    #[arg(long, value_name = "N|none")]
    milestone: Option<String>,
}

#[derive(Debug, Args)]
pub struct CloseArgs {
    /// local#3, owner/repo#12, #12, PROJ-7, or an issue URL.
    reference: String,
    /// Why: completed or not-planned.
    #[arg(long, value_enum, default_value = "completed")]
    reason: ReasonArg,
    /// Comment before closing (`-` reads standard input).
    #[arg(long, value_name = "TEXT")]
    comment: Option<String>,
}

#[derive(Debug, Args)]
pub struct ReopenArgs {
    /// local#3, owner/repo#12, #12, PROJ-7, or an issue URL.
    reference: String,
    /// Comment after reopening (`-` reads standard input).
    #[arg(long, value_name = "TEXT")]
    comment: Option<String>,
}

#[derive(Debug, Args)]
pub struct CommentArgs {
    /// local#3, owner/repo#12, #12, PROJ-7, or an issue URL.
    reference: String,
    #[command(flatten)]
    body: BodyArgs,
}

pub fn run(ctx: &Context, args: IssueArgs) -> Result<i32, CliError> {
    let rt = ctx.runtime()?;
    let _entered = rt.enter();
    match args.command {
        IssueCommand::List(a) => list(ctx, &rt, a),
        IssueCommand::View(a) => view(ctx, &rt, &a.reference),
        IssueCommand::Create(a) => create(ctx, &rt, a),
        IssueCommand::Edit(a) => edit(ctx, &rt, a),
        IssueCommand::Close(a) => {
            let wanted = Wanted::Closed(a.reason.as_str());
            set_state(ctx, &rt, &a.reference, wanted, a.comment)
        }
        IssueCommand::Reopen(a) => set_state(ctx, &rt, &a.reference, Wanted::Open, a.comment),
        IssueCommand::Comment(a) => comment(ctx, &rt, a),
    }?;
    Ok(exit::OK)
}

fn list(ctx: &Context, rt: &Runtime, args: ListArgs) -> Result<(), CliError> {
    let space = space(&args.place)?;
    let tracker = ctx.tracker(space.tracker())?;
    let filter = IssueFilter {
        state: args.state.into(),
        label: args.label,
        assignee: args.assignee,
        limit: usize::try_from(args.limit).unwrap_or(usize::MAX),
    };
    let listed = rt
        .block_on(tracker.list_issues(&space, &filter))
        .map_err(|e| failure(&space.to_string(), e))?;
    for w in &listed.warnings {
        ctx.ui.warn(w);
    }
    let report = ListReport {
        issues: listed.issues,
        total: listed.total,
        truncated: listed.truncated,
    };
    ctx.ui.emit(&report);
    if report.truncated && !ctx.ui.json {
        ctx.ui.note(&report.showing());
    }
    Ok(())
}

fn view(ctx: &Context, rt: &Runtime, text: &str) -> Result<(), CliError> {
    let issue = reference(ctx, text)?;
    let tracker = ctx.tracker(issue.tracker())?;
    let details = rt
        .block_on(tracker.details(&issue))
        .map_err(|e| issue_failure(ctx, &issue, e))?;
    ctx.ui.emit(&ViewReport(details));
    Ok(())
}

fn create(ctx: &Context, rt: &Runtime, args: CreateArgs) -> Result<(), CliError> {
    let space = space(&args.place)?;
    if args.title.trim().is_empty() {
        return Err(CliError::input("--title is empty"));
    }
    let new = NewIssue {
        title: args.title,
        body: body_text(ctx, &args.body)?.unwrap_or_default(),
        labels: args.labels,
        assignees: args.assignees,
        milestone: args.milestone,
    };
    write(
        ctx,
        rt,
        space.tracker(),
        Action::Created,
        || format!("create an issue in {space}: {}", new.title),
        async |t: &dyn Tracker| t.create_issue(&space, &new).await,
        |e| failure(&space.to_string(), e),
    )
}

fn edit(ctx: &Context, rt: &Runtime, args: EditArgs) -> Result<(), CliError> {
    let issue = reference(ctx, &args.reference)?;
    let milestone = match args.milestone.as_deref() {
        None => None,
        Some("none") => Some(None),
        Some(n) => Some(Some(n.parse::<u64>().map_err(|_| {
            CliError::input(format!("--milestone: '{n}' is not a number"))
                .hint("pass a milestone number, or none")
        })?)),
    };
    let edit = IssueEdit {
        title: args.title,
        body: body_text(ctx, &args.body)?,
        add_labels: args.add_labels,
        remove_labels: args.remove_labels,
        add_assignees: args.add_assignees,
        remove_assignees: args.remove_assignees,
        milestone,
    };
    if edit.is_empty() {
        return Err(CliError::input("nothing to edit")
            .hint("pass --title, --body, --add-label, --remove-label, --add-assignee, --remove-assignee or --milestone"));
    }
    write(
        ctx,
        rt,
        issue.tracker(),
        Action::Edited,
        || format!("edit {issue}"),
        async |t: &dyn Tracker| t.edit_issue(&issue, &edit).await,
        |e| issue_failure(ctx, &issue, e),
    )
}

fn comment(ctx: &Context, rt: &Runtime, args: CommentArgs) -> Result<(), CliError> {
    let issue = reference(ctx, &args.reference)?;
    let text = body_text(ctx, &args.body)?
        .filter(|t| !t.trim().is_empty())
        .ok_or_else(|| {
            CliError::input("the comment is empty").hint("pass --body TEXT or --body-file FILE")
        })?;
    write(
        ctx,
        rt,
        issue.tracker(),
        Action::Commented,
        || format!("comment on {issue}"),
        async |t: &dyn Tracker| {
            t.comment(&issue, &text).await?;
            t.details(&issue).await
        },
        |e| issue_failure(ctx, &issue, e),
    )
}

/// The state `issue close` or `issue reopen` asks for.
#[derive(Debug, Clone, Copy)]
enum Wanted {
    Open,
    /// Closed, for this reason.
    Closed(&'static str),
}

/// `issue close` and `issue reopen`. An issue already in the state asked for is
/// said to be, and nothing is written (not the comment either), as gh does; the
/// state is read under the lock the write would hold.
fn set_state(
    ctx: &Context,
    rt: &Runtime,
    text: &str,
    wanted: Wanted,
    comment: Option<String>,
) -> Result<(), CliError> {
    let issue = reference(ctx, text)?;
    let comment = comment.map(|c| read_text(&c)).transpose()?;
    let comment = comment.filter(|c| !c.trim().is_empty());
    let fail = |e| issue_failure(ctx, &issue, e);
    let _lock = if ctx.dry_run { None } else { Some(ctx.lock()?) };
    let tracker = ctx.tracker(issue.tracker())?;
    let open = matches!(wanted, Wanted::Open);
    if rt.block_on(tracker.issue(&issue)).map_err(fail)?.open == open {
        let details = rt.block_on(tracker.details(&issue)).map_err(fail)?;
        let action = match wanted {
            Wanted::Open => Action::AlreadyOpen,
            Wanted::Closed(_) => Action::AlreadyClosed,
        };
        ctx.ui.emit(&Done::issue(action, details, ctx.dry_run));
        return Ok(());
    }
    let (action, reason, planned) = match wanted {
        Wanted::Open => (Action::Reopened, None, format!("reopen {issue}")),
        Wanted::Closed(r) => (Action::Closed, Some(r), format!("close {issue} as {r}")),
    };
    if ctx.dry_run {
        ctx.ui.emit(&Done::planned(planned));
        return Ok(());
    }
    let details = rt
        .block_on(async {
            // A closing comment goes before the close, a reopening one after.
            if let (Some(c), Wanted::Closed(_)) = (&comment, wanted) {
                tracker.comment(&issue, c).await?;
            }
            let details = tracker.set_open(&issue, open, reason).await?;
            if let (Some(c), Wanted::Open) = (&comment, wanted) {
                tracker.comment(&issue, c).await?;
            }
            Ok(details)
        })
        .map_err(fail)?;
    ctx.ui.emit(&Done::issue(action, details, false));
    Ok(())
}

/// One write (`call`) on a tracker of `kind`: a dry run says what it would do
/// (`planned`), a real run holds the repository lock (issue writes are serialized
/// with convergence, PRODUCT §8) and reports the issue as the tracker returned it.
fn write(
    ctx: &Context,
    rt: &Runtime,
    kind: TrackerKind,
    action: Action,
    planned: impl FnOnce() -> String,
    call: impl AsyncFnOnce(&dyn Tracker) -> Result<IssueDetails, TrackerError>,
    fail: impl FnOnce(TrackerError) -> CliError,
) -> Result<(), CliError> {
    if ctx.dry_run {
        ctx.ui.emit(&Done::planned(planned()));
        return Ok(());
    }
    let _lock = ctx.lock()?;
    let tracker = ctx.tracker(kind)?;
    let details = rt.block_on(call(tracker.as_ref())).map_err(fail)?;
    ctx.ui.emit(&Done::issue(action, details, false));
    Ok(())
}

/// Parses a reference given on the command line; unknown forms are input errors.
fn reference(ctx: &Context, text: &str) -> Result<IssueRef, CliError> {
    parse_reference(text, ListKind::Mixed, ctx.repo().as_ref())
        .map(|issue| ctx.canonical(issue))
        .map_err(|e| {
            CliError::input(e.to_string()).hint(format!("accepted forms: {ACCEPTED_FORMS}"))
        })
}

/// `local`, `owner/repo`, or a Jira project key.
fn space(text: &str) -> Result<Space, CliError> {
    if text == "local" {
        return Ok(Space::Local);
    }
    if let Some(repo) = RepoRef::parse(text) {
        return Ok(Space::GitHub(repo));
    }
    let project_like = text.len() >= 2
        && text.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && text
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
    if project_like {
        return Ok(Space::Jira(text.to_string()));
    }
    Err(
        CliError::input(format!("'{text}' is not a place for issues"))
            .hint("use local, owner/repo, or a Jira project key such as PROJ"),
    )
}

fn read_text(value: &str) -> Result<String, CliError> {
    if value != "-" {
        return Ok(value.to_string());
    }
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .map_err(|e| CliError::new(exit::FAILURE, format!("cannot read standard input: {e}")))?;
    Ok(text)
}

fn body_text(ctx: &Context, body: &BodyArgs) -> Result<Option<String>, CliError> {
    match (&body.body, &body.body_file) {
        (Some(b), _) => Ok(Some(b.clone())),
        (None, Some(f)) if f.as_os_str() == "-" => read_text("-").map(Some),
        (None, Some(f)) => std::fs::read_to_string(ctx.cwd.join(f))
            .map(Some)
            .map_err(|e| CliError::input(format!("--body-file {}: {e}", f.display()))),
        (None, None) => Ok(None),
    }
}

/// A failed call about `what` (a place, or a remote issue).
fn failure(what: &str, e: TrackerError) -> CliError {
    match e {
        TrackerError::NotFound => CliError::new(exit::FAILURE, format!("{what} not found"))
            .hint("check the reference and that your account can see it"),
        other => CliError::new(exit::FAILURE, format!("{what}: {other}")),
    }
}

/// A failed call about one issue: a missing local issue names the file looked for.
fn issue_failure(ctx: &Context, issue: &IssueRef, e: TrackerError) -> CliError {
    match (issue, e) {
        (IssueRef::Local { number }, TrackerError::NotFound) => {
            let path = ctx.local().issue_path(*number);
            let shown = path.strip_prefix(&ctx.cwd).unwrap_or(&path);
            CliError::new(
                exit::FAILURE,
                format!("{issue} not found: no file {}", shown.display()),
            )
            .hint("`gh debussy-sync issue list --state all` shows the local issues; `gh debussy-sync issue create --title TEXT` makes one")
        }
        (_, e) => failure(&issue.to_string(), e),
    }
}

/// `1 issue`, `2 issues`.
fn count(n: usize, noun: &str) -> String {
    match n {
        1 => format!("1 {noun}"),
        _ => format!("{n} {noun}s"),
    }
}

/// `issue list`: the issues shown, and how many match (`total`: `null` when the
/// tracker cannot tell; `truncated`: more match than are shown).
#[derive(Serialize)]
struct ListReport {
    issues: Vec<IssueDetails>,
    total: Option<usize>,
    truncated: bool,
}

impl ListReport {
    /// The line saying that the list was cut: `Showing 30 of 200 issues, …`.
    fn showing(&self) -> String {
        let shown = self.issues.len();
        match self.total {
            Some(total) => format!(
                "Showing {shown} of {}, newest first; --limit N shows more",
                count(total, "issue")
            ),
            None => format!(
                "Showing the newest {}; more match, --limit N shows more",
                count(shown, "issue")
            ),
        }
    }
}

fn state_of(i: &IssueDetails) -> String {
    match (&i.status, &i.state_reason) {
        (Some(status), _) => status.clone(),
        (None, Some(reason)) if i.state == crate::tracker::IssueState::Closed => {
            format!("closed ({reason})")
        }
        _ => i.state.to_string(),
    }
}

impl Report for ListReport {
    fn always_shown(&self) -> bool {
        true
    }

    fn human(&self, _ui: &Ui) -> String {
        if self.issues.is_empty() {
            return "No issues match.\n".into();
        }
        let rows: Vec<Vec<String>> = self
            .issues
            .iter()
            .map(|i| {
                vec![
                    i.reference.clone(),
                    state_of(i),
                    i.title.clone(),
                    i.labels.join(", "),
                ]
            })
            .collect();
        table(&rows)
    }
}

#[derive(Serialize)]
#[serde(transparent)]
struct ViewReport(IssueDetails);

impl Report for ViewReport {
    fn always_shown(&self) -> bool {
        true
    }

    fn human(&self, ui: &Ui) -> String {
        let i = &self.0;
        let mut out = format!("{}  {}\n", ui.paint(&i.reference, Paint::Bold), i.title);
        let mut rows = vec![vec!["State".to_string(), state_of(i)]];
        if !i.labels.is_empty() {
            rows.push(vec!["Labels".into(), i.labels.join(", ")]);
        }
        if !i.assignees.is_empty() {
            rows.push(vec!["Assignees".into(), i.assignees.join(", ")]);
        }
        if let Some(m) = &i.milestone {
            rows.push(vec!["Milestone".into(), m.clone()]);
        }
        if let Some(u) = &i.url {
            rows.push(vec!["URL".into(), u.clone()]);
        }
        out.push_str(&table(&rows));
        if !i.body.trim().is_empty() {
            out.push_str(&format!("\n{}\n", i.body.trim()));
        }
        for c in &i.comments {
            out.push_str(&crate::output::comment_block(
                c.author.as_deref(),
                c.created.as_deref(),
                &c.body,
            ));
        }
        out
    }
}

/// What an `issue` write did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
enum Action {
    Created,
    Edited,
    Closed,
    Reopened,
    Commented,
    /// A dry run: nothing was written.
    Planned,
    /// `reopen` found the issue open: nothing was written.
    AlreadyOpen,
    /// `close` found the issue closed: nothing was written.
    AlreadyClosed,
}

impl Action {
    fn as_str(self) -> &'static str {
        match self {
            Action::Created => "created",
            Action::Edited => "edited",
            Action::Closed => "closed",
            Action::Reopened => "reopened",
            Action::Commented => "commented",
            Action::Planned => "planned",
            Action::AlreadyOpen => "already open",
            Action::AlreadyClosed => "already closed",
        }
    }
}

#[derive(Serialize)]
struct Done {
    action: Action,
    dry_run: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    issue: Option<IssueDetails>,
    #[serde(skip_serializing_if = "Option::is_none")]
    planned: Option<String>,
}

impl Done {
    fn issue(action: Action, issue: IssueDetails, dry_run: bool) -> Done {
        Done {
            action,
            dry_run,
            issue: Some(issue),
            planned: None,
        }
    }

    fn planned(what: String) -> Done {
        Done {
            action: Action::Planned,
            dry_run: true,
            issue: None,
            planned: Some(what),
        }
    }
}

impl Report for Done {
    fn human(&self, ui: &Ui) -> String {
        match (&self.issue, &self.planned, self.action) {
            (Some(i), _, Action::AlreadyOpen | Action::AlreadyClosed) => format!(
                "{} {} is {}  {}\n",
                ui.paint("!", Paint::Yellow),
                i.reference,
                self.action.as_str(),
                i.title
            ),
            (Some(i), _, action) => format!(
                "{} {} {}  {}\n",
                ui.paint("✓", Paint::Green),
                action.as_str(),
                i.reference,
                i.title
            ),
            (None, Some(p), _) => format!("• would {p} (dry run)\n"),
            _ => String::new(),
        }
    }
}
