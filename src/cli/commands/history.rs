//! `history [--plan P] [--issue REF]`: completed plans, guard bypasses, and per
//! issue what was synced, when, and how it went.

use crate::context::Context;
use crate::error::{exit, CliError};
use crate::operation::{ActionKind, OpStatus};
use crate::output::{table, Report, Ui};
use crate::plan::{normalize_id, Scope};
use crate::refs::{parse_reference, IssueRef, ListKind};
use crate::store::{Bypass, Completion, EventRow, JournalEntry, Store};
use clap::Args;
use serde::Serialize;
use std::collections::HashMap;
use std::path::PathBuf;

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  gh debussy-sync history\n  gh debussy-sync history --issue '#10'\n  gh debussy-sync --json history --plan docs/plans/sync/MASTER_PLAN.md"
)]
pub struct HistoryArgs {
    /// Only this plan (a path, relative to the current directory like every --plan).
    #[arg(long, value_name = "PATH")]
    pub plan: Option<PathBuf>,
    /// Only this issue, in any reference form (`#10` resolves like in plans).
    #[arg(long, value_name = "REF")]
    pub issue: Option<String>,
}

/// One issue's sync history.
#[derive(Debug, Serialize)]
struct IssueHistory {
    #[serde(rename = "ref")]
    reference: String,
    /// When an operation on it last ran.
    last_sync: String,
    /// `applied`, `skipped` or `failed`: the outcome of that last run.
    result: OpStatus,
    /// What that last run changed (`add_label debussy:completed`, …).
    changes: Vec<String>,
    /// The last failure, when there was one.
    last_error: Option<String>,
    /// The recorded phase failures that concern it: of a phase it follows, or of any
    /// phase when it follows the whole plan.
    failures: Vec<EventRow>,
}

#[derive(Serialize)]
struct HistoryReport {
    completions: Vec<Completion>,
    bypasses: Vec<Bypass>,
    issues: Vec<IssueHistory>,
    operations: Vec<JournalEntry>,
}

impl Report for HistoryReport {
    fn always_shown(&self) -> bool {
        true
    }

    fn human(&self, _ui: &Ui) -> String {
        let mut out = String::new();
        let completions: Vec<Vec<String>> = self
            .completions
            .iter()
            .map(|c| {
                let run = c.run.as_ref().map(|r| format!("run {r}"));
                vec![
                    c.at.clone(),
                    c.name.clone(),
                    c.plan.clone(),
                    run.unwrap_or_default(),
                    c.issues.join(", "),
                ]
            })
            .collect();
        section(&mut out, "Completed plans", &completions, "\n");
        let bypasses: Vec<Vec<String>> = self
            .bypasses
            .iter()
            .map(|b| {
                vec![
                    b.at.clone(),
                    b.plan.clone(),
                    b.issues.join(", "),
                    format!("completed in {}", b.features.join("; ")),
                ]
            })
            .collect();
        section(&mut out, "Guard bypasses", &bypasses, "\n");
        if self.issues.is_empty() {
            out.push_str("No sync recorded.\n");
            return out;
        }
        section(&mut out, "Issues", &self.issue_rows(), "");
        let mut failures: Vec<&EventRow> = Vec::new();
        for f in self.issues.iter().flat_map(|i| &i.failures) {
            if !failures.contains(&f) {
                failures.push(f);
            }
        }
        let failures: Vec<Vec<String>> = failures
            .iter()
            .map(|f| {
                vec![
                    f.at.clone(),
                    f.plan.clone(),
                    format!("phase {}", f.phase.clone().unwrap_or_default()),
                    f.reason.clone().unwrap_or_else(|| "no reason given".into()),
                ]
            })
            .collect();
        section(&mut out, "\nFailures", &failures, "");
        out
    }
}

impl HistoryReport {
    /// The issues table, with its header.
    fn issue_rows(&self) -> Vec<Vec<String>> {
        let header = ["ISSUE", "LAST SYNC", "RESULT", "CHANGED", "LAST ERROR"];
        let mut rows = vec![header.iter().map(|h| h.to_string()).collect()];
        for i in &self.issues {
            let changed = if i.changes.is_empty() {
                "nothing".into()
            } else {
                i.changes.join(", ")
            };
            rows.push(vec![
                i.reference.clone(),
                i.last_sync.clone(),
                i.result.to_string(),
                changed,
                i.last_error.clone().unwrap_or_default(),
            ]);
        }
        rows
    }
}

/// `title`, the table of `rows` and `after`; nothing when there are no rows.
fn section(out: &mut String, title: &str, rows: &[Vec<String>], after: &str) {
    if rows.is_empty() {
        return;
    }
    out.push_str(title);
    out.push('\n');
    out.push_str(&table(rows));
    out.push_str(after);
}

/// Whom a plan's phase failures concern: the issues whose desired state a failure
/// changes, that is those following the whole plan and those following the failed
/// phase (an issue linked twice follows its phase-level link).
enum Audience {
    /// The plan can no longer be read: every issue synced for it, as far as we know.
    Unknown,
    /// Each linked issue and the phase it follows (`None`: the whole plan).
    Links(Vec<(String, Option<String>)>),
}

impl Audience {
    /// The audience of the plan `key`, read as it is now.
    fn of(ctx: &Context, key: &str) -> Audience {
        let Ok(plan) = ctx.load_plan(Some(&ctx.root.join(key))) else {
            return Audience::Unknown;
        };
        let (chosen, _) = crate::engine::desired::chosen_links(&plan);
        Audience::Links(
            chosen
                .into_iter()
                .map(|link| {
                    let phase = match &link.scope {
                        Scope::Plan => None,
                        Scope::Phase(id) => Some(normalize_id(id)),
                    };
                    (link.issue.to_string(), phase)
                })
                .collect(),
        )
    }

    /// Whether `failure` concerns `issue`.
    fn concerns(&self, issue: &str, failure: &EventRow) -> bool {
        let failed = failure.phase.as_deref().map(normalize_id);
        match self {
            Audience::Unknown => true,
            Audience::Links(links) => links.iter().any(|(linked, phase)| {
                linked.eq_ignore_ascii_case(issue) && (phase.is_none() || *phase == failed)
            }),
        }
    }
}

/// Groups the journal by issue, newest sync first; each issue gets the failures of
/// its plans that concern it.
fn issue_histories(
    journal: &[JournalEntry],
    failures: &[EventRow],
    audiences: &HashMap<String, Audience>,
) -> Vec<IssueHistory> {
    let mut order: Vec<String> = Vec::new();
    for e in journal {
        if IssueRef::parse_qualified(&e.target).is_some() && !order.contains(&e.target) {
            order.push(e.target.clone());
        }
    }
    let mut out: Vec<IssueHistory> = order
        .into_iter()
        .map(|reference| {
            let entries: Vec<&JournalEntry> =
                journal.iter().filter(|e| e.target == reference).collect();
            let last_at = entries.last().map(|e| e.at.clone()).unwrap_or_default();
            let last: Vec<&&JournalEntry> = entries.iter().filter(|e| e.at == last_at).collect();
            let result = if last.iter().any(|e| e.status.is(OpStatus::Failed)) {
                OpStatus::Failed
            } else if last.iter().any(|e| e.status.is(OpStatus::Applied)) {
                OpStatus::Applied
            } else {
                OpStatus::Skipped
            };
            let plans: Vec<&str> = entries.iter().map(|e| e.plan.as_str()).collect();
            IssueHistory {
                last_sync: last_at,
                result,
                changes: last
                    .iter()
                    .filter(|e| e.status.is(OpStatus::Applied))
                    .map(|e| match &e.value {
                        Some(v) if !e.action.is(ActionKind::Comment) => format!("{} {v}", e.action),
                        _ => e.action.to_string(),
                    })
                    .collect(),
                last_error: entries
                    .iter()
                    .rev()
                    .find(|e| e.status.is(OpStatus::Failed))
                    .map(|e| format!("{}: {}", e.at, e.message.clone().unwrap_or_default())),
                failures: failures
                    .iter()
                    .filter(|f| {
                        plans.contains(&f.plan.as_str())
                            && audiences
                                .get(&f.plan)
                                .is_none_or(|a| a.concerns(&reference, f))
                    })
                    .cloned()
                    .collect(),
                reference,
            }
        })
        .collect();
    out.sort_by(|a, b| b.last_sync.cmp(&a.last_sync));
    out
}

pub fn run(ctx: &Context, args: HistoryArgs) -> Result<i32, CliError> {
    // `#10` resolves like in plans: the configured or origin repository, else the
    // plan's own `**GitHub Repo:**`.
    let mut scope = ctx.plans().scope().clone();
    if args.issue.is_some() {
        if let Ok(plan) = ctx.load_plan(args.plan.as_deref()) {
            for (kind, repo) in plan.refs.repos {
                if scope.repo(kind).is_none() {
                    scope.set_repo(kind, repo);
                }
            }
        }
    }
    let issue = match &args.issue {
        Some(text) => Some(
            parse_reference(text, ListKind::Mixed, &scope)
                .map(|i| ctx.canonical(i))
                .map_err(|e| {
                    CliError::input(format!("--issue: {e}"))
                        .hint(format!("accepted forms: {}", crate::refs::accepted_forms()))
                })?,
        ),
        None => None,
    };
    let plan = args
        .plan
        .as_ref()
        .map(|p| crate::plan::relative_path(&ctx.root, &ctx.cwd.join(p)));
    let same_issue = |text: &str| {
        issue.as_ref().is_none_or(|wanted| {
            IssueRef::parse_qualified(text)
                .is_some_and(|i| i.to_string().eq_ignore_ascii_case(&wanted.to_string()))
        })
    };
    let path = Store::path_in(&ctx.root);
    let report = if path.exists() {
        let store = Store::open(&path)?;
        let mut operations = store.journal_entries(plan.as_deref())?;
        operations.retain(|o| same_issue(&o.target));
        let mut completions = store.completions()?;
        completions.retain(|c| {
            plan.as_ref().is_none_or(|p| &c.plan == p)
                && (issue.is_none() || c.issues.iter().any(|i| same_issue(i)))
        });
        let mut bypasses = store.bypasses()?;
        bypasses.retain(|b| {
            plan.as_ref().is_none_or(|p| &b.plan == p)
                && (issue.is_none() || b.issues.iter().any(|i| same_issue(i)))
        });
        let failures = store.phase_failures(plan.as_deref())?;
        let mut audiences = HashMap::new();
        for f in &failures {
            if !audiences.contains_key(&f.plan) {
                audiences.insert(f.plan.clone(), Audience::of(ctx, &f.plan));
            }
        }
        HistoryReport {
            issues: issue_histories(&operations, &failures, &audiences),
            completions,
            bypasses,
            operations,
        }
    } else {
        HistoryReport {
            completions: Vec::new(),
            bypasses: Vec::new(),
            issues: Vec::new(),
            operations: Vec::new(),
        }
    };
    ctx.ui.emit(&report);
    Ok(exit::OK)
}
