//! `jira view|transitions|transition|comment|search|whoami`: the Jira shell bridge.

use crate::context::Context;
use crate::error::{exit, CliError};
use crate::output::{table, Report, Ui};
use crate::refs::{parse_reference, IssueRef, ListKind};
use crate::tracker::jira::{JiraComment, JiraIssue, JiraTracker, JiraUser};
use crate::tracker::workflow::{choose_transition, TransitionOutcome};
use crate::tracker::{Target, Tracker, TrackerError, TransitionInfo};
use clap::{Args, Subcommand};
use serde::Serialize;
use std::io::Read;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct JiraArgs {
    #[command(subcommand)]
    pub command: JiraCommand,
}

#[derive(Debug, Subcommand)]
pub enum JiraCommand {
    /// Show an issue with its comments.
    #[command(
        after_help = "Examples:\n  gh debussy-sync jira view PROJ-7\n  gh debussy-sync --jq .status jira view PROJ-7"
    )]
    View {
        /// Issue key (PROJ-7) or browse URL.
        key: String,
    },
    /// List the transitions available from the issue's current status.
    #[command(after_help = "Examples:\n  gh debussy-sync jira transitions PROJ-7")]
    Transitions {
        /// Issue key (PROJ-7) or browse URL.
        key: String,
    },
    /// Move an issue to a status (or through a named transition).
    #[command(
        after_help = "Examples:\n  gh debussy-sync jira transition PROJ-7 \"In Progress\"\n  gh debussy-sync jira transition PROJ-7 Done --resolution Done --comment \"shipped\""
    )]
    Transition {
        /// Issue key (PROJ-7) or browse URL.
        key: String,
        /// Target status or transition name.
        status: String,
        /// Resolution for transitions whose screen asks for one.
        #[arg(long, value_name = "NAME")]
        resolution: Option<String>,
        /// Add a comment after the transition (`-` reads standard input).
        #[arg(long, value_name = "TEXT")]
        comment: Option<String>,
    },
    /// Add a comment.
    #[command(
        after_help = "Examples:\n  gh debussy-sync jira comment PROJ-7 --body \"Deployed to staging\"\n  gh debussy-sync jira comment PROJ-7 --body-file notes.md"
    )]
    Comment {
        /// Issue key (PROJ-7) or browse URL.
        key: String,
        /// The comment text.
        #[arg(
            long,
            value_name = "TEXT",
            conflicts_with = "body_file",
            required_unless_present = "body_file"
        )]
        body: Option<String>,
        /// Read the comment from a file (`-` for standard input).
        #[arg(long, value_name = "FILE")]
        body_file: Option<PathBuf>,
    },
    /// Search with JQL.
    #[command(
        after_help = "Examples:\n  gh debussy-sync jira search \"project = PROJ AND statusCategory != Done\" --limit 20\n  gh debussy-sync --jq '.issues[].key' jira search \"assignee = currentUser()\""
    )]
    Search {
        /// The JQL query, e.g. "project = PROJ AND statusCategory != Done".
        jql: String,
        /// At most this many issues.
        #[arg(long, default_value_t = 50, value_name = "N")]
        limit: usize,
    },
    /// The authenticated user (checks the credentials).
    #[command(after_help = "Examples:\n  gh debussy-sync jira whoami")]
    Whoami,
}

fn key_of(text: &str) -> Result<String, CliError> {
    match parse_reference(text, ListKind::Jira, None) {
        Ok(IssueRef::Jira { key }) => Ok(key),
        _ => Err(CliError::input(format!("'{text}' is not a Jira issue key"))
            .hint("write KEY-123 or https://…/browse/KEY-123")),
    }
}

fn failure(key: &str, e: TrackerError) -> CliError {
    match e {
        TrackerError::NotFound => CliError::new(exit::FAILURE, format!("{key} not found"))
            .hint("check the key and that your account can see the issue"),
        TrackerError::Auth(m) => CliError::new(exit::FAILURE, format!("Jira: {m}")),
        other => CliError::new(exit::FAILURE, format!("Jira: {other}")),
    }
}

fn read_stdin() -> Result<String, CliError> {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .map_err(|e| CliError::new(exit::FAILURE, format!("cannot read standard input: {e}")))?;
    Ok(text)
}

fn text_arg(value: &str) -> Result<String, CliError> {
    if value == "-" {
        read_stdin()
    } else {
        Ok(value.to_string())
    }
}

fn non_empty(text: String) -> Result<String, CliError> {
    if text.trim().is_empty() {
        Err(CliError::input("the comment is empty").hint("pass --body TEXT or --body-file FILE"))
    } else {
        Ok(text)
    }
}

pub fn run(ctx: &Context, args: JiraArgs) -> Result<i32, CliError> {
    // Validate input before reaching for credentials or the network.
    let key = match &args.command {
        JiraCommand::View { key }
        | JiraCommand::Transitions { key }
        | JiraCommand::Transition { key, .. }
        | JiraCommand::Comment { key, .. } => Some(key_of(key)?),
        _ => None,
    };
    let jira = ctx.jira()?;
    let rt = ctx.runtime()?;
    let key = key.unwrap_or_default();
    match args.command {
        JiraCommand::View { .. } => {
            let (issue, comments) = rt
                .block_on(async {
                    Ok::<_, TrackerError>((jira.view(&key).await?, jira.comments(&key).await?))
                })
                .map_err(|e| failure(&key, e))?;
            ctx.ui.emit(&ViewReport { issue, comments });
        }
        JiraCommand::Transitions { .. } => {
            let (issue, transitions) = rt
                .block_on(async {
                    Ok::<_, TrackerError>((
                        jira.view(&key).await?,
                        jira.list_transitions(&key).await?,
                    ))
                })
                .map_err(|e| failure(&key, e))?;
            ctx.ui.emit(&TransitionsReport {
                key,
                status: issue.status,
                transitions,
            });
        }
        JiraCommand::Transition {
            status,
            resolution,
            comment,
            ..
        } => {
            let comment = comment
                .map(|c| text_arg(&c).and_then(non_empty))
                .transpose()?;
            let mut fields = ctx.config.jira.transition_fields.clone();
            if let Some(r) = &resolution {
                fields.insert("resolution".into(), serde_json::Value::String(r.clone()));
            }
            let report = rt.block_on(transition(ctx, &jira, &key, &status, &fields, comment))?;
            ctx.ui.emit(&report);
        }
        JiraCommand::Comment {
            body, body_file, ..
        } => {
            let text = match (body, body_file) {
                (Some(b), _) => b,
                (None, Some(f)) if f.as_os_str() == "-" => read_stdin()?,
                (None, Some(f)) => std::fs::read_to_string(ctx.cwd.join(&f))
                    .map_err(|e| CliError::input(format!("{}: {e}", f.display())))?,
                (None, None) => unreachable!("clap requires --body or --body-file"),
            };
            let text = non_empty(text)?;
            if ctx.dry_run {
                ctx.ui.emit(&CommentReport {
                    key,
                    id: None,
                    body: text,
                    dry_run: true,
                });
                return Ok(exit::OK);
            }
            let c = rt
                .block_on(jira.add_comment(&key, &text))
                .map_err(|e| failure(&key, e))?;
            ctx.ui.emit(&CommentReport {
                key,
                id: Some(c.id),
                body: c.body,
                dry_run: false,
            });
        }
        JiraCommand::Search { jql, limit } => {
            let issues = rt
                .block_on(jira.search(&jql, limit))
                .map_err(|e| failure("search", e))?;
            ctx.ui.emit(&SearchReport { jql, issues });
        }
        JiraCommand::Whoami => {
            let user = rt
                .block_on(jira.myself())
                .map_err(|e| failure("whoami", e))?;
            ctx.ui.emit(&WhoamiReport {
                url: jira.site().url.clone(),
                deployment: jira.site().deployment,
                user,
            });
        }
    }
    Ok(exit::OK)
}

async fn transition(
    ctx: &Context,
    jira: &JiraTracker,
    key: &str,
    wanted: &str,
    fields: &serde_json::Map<String, serde_json::Value>,
    comment: Option<String>,
) -> Result<TransitionReport, CliError> {
    let issue = jira.view(key).await.map_err(|e| failure(key, e))?;
    let outcome = if issue.status.eq_ignore_ascii_case(wanted) {
        TransitionOutcome::Already
    } else {
        let available = jira
            .list_transitions(key)
            .await
            .map_err(|e| failure(key, e))?;
        choose_transition(&issue.status, wanted, &available, fields)
    };
    let mut report = TransitionReport {
        key: key.to_string(),
        from: issue.status.clone(),
        to: issue.status.clone(),
        status: "already",
        resolution: issue.resolution.clone(),
        comment_id: None,
        dry_run: ctx.dry_run,
    };
    match outcome {
        TransitionOutcome::Already => {}
        TransitionOutcome::Unavailable(reason) => {
            return Err(CliError::new(exit::FAILURE, format!("{key}: {reason}"))
                .hint(format!("see `gh debussy-sync jira transitions {key}`")))
        }
        TransitionOutcome::Take(change) => {
            if let crate::tracker::Change::Transition { to, .. } = &change {
                report.to = to.clone();
            }
            if ctx.dry_run {
                report.status = "planned";
            } else {
                let target = Target::Issue(IssueRef::Jira {
                    key: key.to_string(),
                });
                jira.apply(&target, &change)
                    .await
                    .map_err(|e| failure(key, e))?;
                report.status = "applied";
                report.resolution = jira.view(key).await.ok().and_then(|i| i.resolution);
            }
        }
    }
    // A comment inside a screenless transition is dropped by Jira: post it separately.
    if let Some(text) = comment {
        if !ctx.dry_run {
            let c = jira
                .add_comment(key, &text)
                .await
                .map_err(|e| failure(key, e))?;
            report.comment_id = Some(c.id);
        }
    }
    Ok(report)
}

#[derive(Serialize)]
struct ViewReport {
    #[serde(flatten)]
    issue: JiraIssue,
    comments: Vec<JiraComment>,
}

impl Report for ViewReport {
    fn always_shown(&self) -> bool {
        true
    }

    fn human(&self, ui: &Ui) -> String {
        let i = &self.issue;
        let mut out = format!(
            "{}  {}\n",
            ui.paint(&i.key, crate::output::Paint::Bold),
            i.summary
        );
        let mut rows = vec![vec!["Status".to_string(), i.status.clone()]];
        if let Some(r) = &i.resolution {
            rows.push(vec!["Resolution".into(), r.clone()]);
        }
        if let Some(t) = &i.issue_type {
            rows.push(vec!["Type".into(), t.clone()]);
        }
        rows.push(vec![
            "Assignee".into(),
            i.assignee.clone().unwrap_or_else(|| "unassigned".into()),
        ]);
        if !i.labels.is_empty() {
            rows.push(vec!["Labels".into(), i.labels.join(", ")]);
        }
        rows.push(vec!["URL".into(), i.url.clone()]);
        out.push_str(&table(&rows));
        if let Some(d) = i.description.as_deref().filter(|d| !d.trim().is_empty()) {
            out.push_str(&format!("\n{}\n", d.trim()));
        }
        for c in &self.comments {
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
struct TransitionsReport {
    key: String,
    status: String,
    transitions: Vec<TransitionInfo>,
}

impl Report for TransitionsReport {
    fn always_shown(&self) -> bool {
        true
    }

    fn human(&self, _ui: &Ui) -> String {
        let mut out = format!("{} is in {}\n", self.key, self.status);
        if self.transitions.is_empty() {
            out.push_str("No transitions available.\n");
            return out;
        }
        let mut rows = vec![vec![
            "ID".into(),
            "TRANSITION".into(),
            "TO".into(),
            "ASKS FOR".into(),
        ]];
        for t in &self.transitions {
            let asks: Vec<String> = t
                .fields
                .iter()
                .map(|f| {
                    if f.required {
                        f.key.clone()
                    } else {
                        format!("{} (optional)", f.key)
                    }
                })
                .collect();
            rows.push(vec![
                t.id.clone(),
                t.name.clone(),
                t.to.clone(),
                asks.join(", "),
            ]);
        }
        out.push_str(&table(&rows));
        out
    }
}

#[derive(Serialize)]
struct TransitionReport {
    key: String,
    from: String,
    to: String,
    /// `applied`, `planned` (dry run) or `already`.
    status: &'static str,
    resolution: Option<String>,
    comment_id: Option<String>,
    dry_run: bool,
}

impl Report for TransitionReport {
    fn human(&self, ui: &Ui) -> String {
        let mark = ui.paint("✓", crate::output::Paint::Green);
        let mut out = match self.status {
            "already" => format!("{mark} {} is already in {}\n", self.key, self.to),
            "planned" => format!("• {}  would move {} → {}\n", self.key, self.from, self.to),
            _ => format!("{mark} {}  {} → {}\n", self.key, self.from, self.to),
        };
        if let Some(r) = &self.resolution {
            out.push_str(&format!("  resolution: {r}\n"));
        }
        if self.comment_id.is_some() {
            out.push_str(&format!("{mark} {}  comment added\n", self.key));
        }
        out
    }
}

#[derive(Serialize)]
struct CommentReport {
    key: String,
    id: Option<String>,
    body: String,
    dry_run: bool,
}

impl Report for CommentReport {
    fn human(&self, ui: &Ui) -> String {
        if self.dry_run {
            return format!(
                "• {}  would add a comment ({} characters)\n",
                self.key,
                self.body.chars().count()
            );
        }
        format!(
            "{} {}  comment added\n",
            ui.paint("✓", crate::output::Paint::Green),
            self.key
        )
    }
}

#[derive(Serialize)]
struct SearchReport {
    jql: String,
    issues: Vec<JiraIssue>,
}

impl Report for SearchReport {
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
            .map(|i| vec![i.key.clone(), i.status.clone(), i.summary.clone()])
            .collect();
        table(&rows)
    }
}

#[derive(Serialize)]
struct WhoamiReport {
    url: String,
    deployment: crate::config::JiraDeployment,
    #[serde(flatten)]
    user: JiraUser,
}

impl Report for WhoamiReport {
    fn always_shown(&self) -> bool {
        true
    }

    fn human(&self, _ui: &Ui) -> String {
        format!(
            "{} ({}) on {} [{}]\n",
            self.user.display_name.as_deref().unwrap_or(&self.user.name),
            self.user.email.as_deref().unwrap_or(&self.user.name),
            self.url,
            self.deployment.as_str()
        )
    }
}
