//! `issue list|view|create|edit|close|reopen|comment`: one interface over the local
//! tracker, GitHub and Jira.

use crate::context::Context;
use crate::error::{exit, CliError};
use crate::output::{table, Paint, Report, Ui};
use crate::refs::{parse_reference, IssueRef, ListKind, RepoRef, ACCEPTED_FORMS};
use crate::tracker::{
    IssueDetails, IssueEdit, IssueFilter, NewIssue, Space, StateFilter, TrackerError,
};
use clap::{Args, Subcommand, ValueEnum};
use serde::Serialize;
use std::io::Read;
use std::path::PathBuf;

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

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ReasonArg {
    Completed,
    NotPlanned,
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
        after_help = "Examples:\n  gh debussy-sync issue list\n  gh debussy-sync issue list acme/widgets --label bug --state all\n  gh debussy-sync --jq '.issues[].ref' issue list PROJ"
    )]
    List {
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
        #[arg(long, default_value_t = 30, value_name = "N")]
        limit: usize,
    },
    /// Show an issue with its comments.
    #[command(
        after_help = "Examples:\n  gh debussy-sync issue view local#3\n  gh debussy-sync issue view acme/widgets#12\n  gh debussy-sync --json issue view PROJ-7"
    )]
    View {
        /// local#3, owner/repo#12, #12, PROJ-7, or an issue URL.
        reference: String,
    },
    /// Create an issue.
    #[command(
        after_help = "Examples:\n  gh debussy-sync issue create --title \"Flaky test\" --label bug\n  gh debussy-sync issue create acme/widgets --title \"Flaky test\" --body-file notes.md"
    )]
    Create {
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
    },
    /// Edit title, body, labels, assignees or milestone.
    #[command(
        after_help = "Examples:\n  gh debussy-sync issue edit local#3 --add-label p1 --remove-label triage\n  gh debussy-sync issue edit '#12' --title \"Better title\" --milestone none"
    )]
    Edit {
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
    },
    /// Close an issue.
    #[command(
        after_help = "Examples:\n  gh debussy-sync issue close local#3\n  gh debussy-sync issue close PROJ-7 --reason not-planned --comment \"duplicate\""
    )]
    Close {
        /// local#3, owner/repo#12, #12, PROJ-7, or an issue URL.
        reference: String,
        /// Why: completed or not-planned.
        #[arg(long, value_enum, default_value = "completed")]
        reason: ReasonArg,
        /// Comment before closing (`-` reads standard input).
        #[arg(long, value_name = "TEXT")]
        comment: Option<String>,
    },
    /// Reopen an issue.
    #[command(
        after_help = "Examples:\n  gh debussy-sync issue reopen local#3 --comment \"not fixed yet\""
    )]
    Reopen {
        /// local#3, owner/repo#12, #12, PROJ-7, or an issue URL.
        reference: String,
        /// Comment after reopening (`-` reads standard input).
        #[arg(long, value_name = "TEXT")]
        comment: Option<String>,
    },
    /// Add a comment.
    #[command(
        after_help = "Examples:\n  gh debussy-sync issue comment local#3 --body \"Looks good\"\n  echo \"From a script\" | gh debussy-sync issue comment '#12' --body-file -"
    )]
    Comment {
        /// local#3, owner/repo#12, #12, PROJ-7, or an issue URL.
        reference: String,
        #[command(flatten)]
        body: BodyArgs,
    },
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

fn failure(what: &str, e: TrackerError) -> CliError {
    match e {
        TrackerError::NotFound => CliError::new(exit::FAILURE, format!("{what} not found"))
            .hint("check the reference and that your account can see it"),
        other => CliError::new(exit::FAILURE, format!("{what}: {other}")),
    }
}

pub fn run(ctx: &Context, args: IssueArgs) -> Result<i32, CliError> {
    let rt = ctx.runtime()?;
    let _entered = rt.enter();
    match args.command {
        IssueCommand::List {
            place,
            state,
            label,
            assignee,
            limit,
        } => {
            let space = space(&place)?;
            let tracker = ctx.tracker(space.tracker())?;
            let filter = IssueFilter {
                state: match state {
                    StateArg::Open => StateFilter::Open,
                    StateArg::Closed => StateFilter::Closed,
                    StateArg::All => StateFilter::All,
                },
                label,
                assignee,
                limit,
            };
            let listed = rt
                .block_on(tracker.list_issues(&space, &filter))
                .map_err(|e| failure(&space.to_string(), e))?;
            for w in &listed.warnings {
                ctx.ui.warn(w);
            }
            ctx.ui.emit(&ListReport {
                issues: listed.issues,
            });
        }
        IssueCommand::View { reference: r } => {
            let issue = reference(ctx, &r)?;
            let tracker = ctx.tracker(issue.tracker())?;
            let details = rt
                .block_on(tracker.details(&issue))
                .map_err(|e| failure(&issue.to_string(), e))?;
            ctx.ui.emit(&ViewReport(details));
        }
        IssueCommand::Create {
            place,
            title,
            body,
            labels,
            assignees,
            milestone,
        } => {
            let space = space(&place)?;
            if title.trim().is_empty() {
                return Err(CliError::input("--title is empty"));
            }
            let new = NewIssue {
                title,
                body: body_text(ctx, &body)?.unwrap_or_default(),
                labels,
                assignees,
                milestone,
            };
            if ctx.dry_run {
                ctx.ui.emit(&Done::planned(format!(
                    "create an issue in {space}: {}",
                    new.title
                )));
                return Ok(exit::OK);
            }
            // Issue writes are serialized with convergence (PRODUCT §8).
            let _lock = ctx.lock()?;
            let tracker = ctx.tracker(space.tracker())?;
            let details = rt
                .block_on(tracker.create_issue(&space, &new))
                .map_err(|e| failure(&space.to_string(), e))?;
            ctx.ui.emit(&Done::issue("created", details));
        }
        IssueCommand::Edit {
            reference: r,
            title,
            body,
            add_labels,
            remove_labels,
            add_assignees,
            remove_assignees,
            milestone,
        } => {
            let issue = reference(ctx, &r)?;
            let milestone = match milestone.as_deref() {
                None => None,
                Some("none") => Some(None),
                Some(n) => Some(Some(n.parse::<u64>().map_err(|_| {
                    CliError::input(format!("--milestone: '{n}' is not a number"))
                        .hint("pass a milestone number, or none")
                })?)),
            };
            let edit = IssueEdit {
                title,
                body: body_text(ctx, &body)?,
                add_labels,
                remove_labels,
                add_assignees,
                remove_assignees,
                milestone,
            };
            if edit.is_empty() {
                return Err(CliError::input("nothing to edit")
                    .hint("pass --title, --body, --add-label, --remove-label, --add-assignee, --remove-assignee or --milestone"));
            }
            if ctx.dry_run {
                ctx.ui.emit(&Done::planned(format!("edit {issue}")));
                return Ok(exit::OK);
            }
            // Issue writes are serialized with convergence (PRODUCT §8).
            let _lock = ctx.lock()?;
            let tracker = ctx.tracker(issue.tracker())?;
            let details = rt
                .block_on(tracker.edit_issue(&issue, &edit))
                .map_err(|e| failure(&issue.to_string(), e))?;
            ctx.ui.emit(&Done::issue("edited", details));
        }
        IssueCommand::Close {
            reference: r,
            reason,
            comment,
        } => {
            let issue = reference(ctx, &r)?;
            let comment = comment.map(|c| read_text(&c)).transpose()?;
            let reason = match reason {
                ReasonArg::Completed => "completed",
                ReasonArg::NotPlanned => "not_planned",
            };
            if ctx.dry_run {
                ctx.ui
                    .emit(&Done::planned(format!("close {issue} as {reason}")));
                return Ok(exit::OK);
            }
            // Issue writes are serialized with convergence (PRODUCT §8).
            let _lock = ctx.lock()?;
            let tracker = ctx.tracker(issue.tracker())?;
            let details = rt
                .block_on(async {
                    if let Some(c) = comment.as_deref().filter(|c| !c.trim().is_empty()) {
                        tracker.comment(&issue, c).await?;
                    }
                    tracker.set_open(&issue, false, Some(reason)).await
                })
                .map_err(|e| failure(&issue.to_string(), e))?;
            ctx.ui.emit(&Done::issue("closed", details));
        }
        IssueCommand::Reopen {
            reference: r,
            comment,
        } => {
            let issue = reference(ctx, &r)?;
            let comment = comment.map(|c| read_text(&c)).transpose()?;
            if ctx.dry_run {
                ctx.ui.emit(&Done::planned(format!("reopen {issue}")));
                return Ok(exit::OK);
            }
            // Issue writes are serialized with convergence (PRODUCT §8).
            let _lock = ctx.lock()?;
            let tracker = ctx.tracker(issue.tracker())?;
            let details = rt
                .block_on(async {
                    let details = tracker.set_open(&issue, true, None).await?;
                    if let Some(c) = comment.as_deref().filter(|c| !c.trim().is_empty()) {
                        tracker.comment(&issue, c).await?;
                    }
                    Ok::<_, TrackerError>(details)
                })
                .map_err(|e| failure(&issue.to_string(), e))?;
            ctx.ui.emit(&Done::issue("reopened", details));
        }
        IssueCommand::Comment { reference: r, body } => {
            let issue = reference(ctx, &r)?;
            let text = body_text(ctx, &body)?
                .filter(|t| !t.trim().is_empty())
                .ok_or_else(|| {
                    CliError::input("the comment is empty")
                        .hint("pass --body TEXT or --body-file FILE")
                })?;
            if ctx.dry_run {
                ctx.ui.emit(&Done::planned(format!("comment on {issue}")));
                return Ok(exit::OK);
            }
            // Issue writes are serialized with convergence (PRODUCT §8).
            let _lock = ctx.lock()?;
            let tracker = ctx.tracker(issue.tracker())?;
            let details = rt
                .block_on(async {
                    tracker.comment(&issue, &text).await?;
                    tracker.details(&issue).await
                })
                .map_err(|e| failure(&issue.to_string(), e))?;
            ctx.ui.emit(&Done::issue("commented", details));
        }
    }
    Ok(exit::OK)
}

#[derive(Serialize)]
struct ListReport {
    issues: Vec<IssueDetails>,
}

fn state_of(i: &IssueDetails) -> String {
    match (&i.status, &i.state_reason) {
        (Some(status), _) => status.clone(),
        (None, Some(reason)) if i.state == "closed" => format!("closed ({reason})"),
        _ => i.state.clone(),
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

#[derive(Serialize)]
struct Done {
    action: &'static str,
    dry_run: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    issue: Option<IssueDetails>,
    #[serde(skip_serializing_if = "Option::is_none")]
    planned: Option<String>,
}

impl Done {
    fn issue(action: &'static str, issue: IssueDetails) -> Done {
        Done {
            action,
            dry_run: false,
            issue: Some(issue),
            planned: None,
        }
    }

    fn planned(what: String) -> Done {
        Done {
            action: "planned",
            dry_run: true,
            issue: None,
            planned: Some(what),
        }
    }
}

impl Report for Done {
    fn human(&self, ui: &Ui) -> String {
        match (&self.issue, &self.planned) {
            (Some(i), _) => format!(
                "{} {} {}  {}\n",
                ui.paint("✓", Paint::Green),
                self.action,
                i.reference,
                i.title
            ),
            (None, Some(p)) => format!("• would {p} (dry run)\n"),
            _ => String::new(),
        }
    }
}
