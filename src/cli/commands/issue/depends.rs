//! `issue depends add|remove|show`: which issue waits for which (PRODUCT §14).

use super::target::{failure, reference};
use crate::context::Context;
use crate::deps::{cycle_text, load, Graph};
use crate::error::CliError;
use crate::operation::ActionKind;
use crate::output::{Paint, Report, Ui};
use crate::refs::IssueRef;
use crate::tracker::{dependency_links, TrackerError};
use clap::{Args, Subcommand};
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};
use tokio::runtime::Runtime;

/// Record, remove or show the issues an issue waits for.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  gh debussy-sync issue depends add local#5 --on local#3\n  gh debussy-sync issue depends show local#5"
)]
pub struct DependsArgs {
    #[command(subcommand)]
    command: DependsCommand,
}

#[derive(Debug, Subcommand)]
enum DependsCommand {
    /// Record that REF waits for the issues of --on, or blocks those of --blocks.
    #[command(
        after_help = "Stored on the tracker itself: GitHub's blocked-by, Gitea dependencies, Jira Blocks links, local front matter (`depends_on`, `blocks`). A dependency that would close a cycle is refused (exit 2).\n\nExamples:\n  gh debussy-sync issue depends add local#5 --on local#3,local#4\n  gh debussy-sync issue depends add local#3 --blocks acme/widgets#12"
    )]
    Add(EdgeArgs),
    /// Remove dependencies recorded with `add`.
    #[command(
        after_help = "Examples:\n  gh debussy-sync issue depends remove local#5 --on local#3\n  gh debussy-sync issue depends remove local#3 --blocks acme/widgets#12"
    )]
    Remove(EdgeArgs),
    /// Show what REF waits for, transitively, and what waits for it.
    #[command(
        after_help = "With --json: the graph, as `nodes` (ref, title, state) and `edges` (issue, blocked_by).\n\nExamples:\n  gh debussy-sync issue depends show local#5\n  gh debussy-sync --json issue depends show acme/widgets#12"
    )]
    Show(ShowArgs),
}

#[derive(Debug, Args)]
struct EdgeArgs {
    /// local#3, owner/repo#12, #12, PROJ-7, or an issue URL.
    reference: String,
    /// The issues REF waits for, comma-separated.
    #[arg(
        long,
        value_delimiter = ',',
        value_name = "REFS",
        required_unless_present = "blocks"
    )]
    on: Vec<String>,
    /// The issues that wait for REF, comma-separated.
    #[arg(long, value_delimiter = ',', value_name = "REFS")]
    blocks: Vec<String>,
}

#[derive(Debug, Args)]
struct ShowArgs {
    /// local#3, owner/repo#12, #12, PROJ-7, or an issue URL.
    reference: String,
}

pub(super) fn run(ctx: &Context, rt: &Runtime, args: DependsArgs) -> Result<(), CliError> {
    match args.command {
        DependsCommand::Add(a) => change(ctx, rt, a, true),
        DependsCommand::Remove(a) => change(ctx, rt, a, false),
        DependsCommand::Show(a) => show(ctx, rt, a),
    }
}

/// The trackers as the dependency reader reaches them.
pub(super) fn trackers(
    ctx: &Context,
) -> impl Fn(
    crate::refs::TrackerKind,
) -> Result<std::sync::Arc<dyn crate::tracker::Tracker>, TrackerError>
       + '_ {
    |kind| {
        ctx.tracker(kind)
            .map_err(|e| TrackerError::Unavailable(e.message))
    }
}

/// The edges `(issue, blocker)` the arguments name.
fn edges(ctx: &Context, args: &EdgeArgs) -> Result<Vec<(IssueRef, IssueRef)>, CliError> {
    let issue = reference(ctx, &args.reference)?;
    let mut out = Vec::new();
    for on in args.on.iter().filter(|s| !s.trim().is_empty()) {
        out.push((issue.clone(), reference(ctx, on.trim())?));
    }
    for blocked in args.blocks.iter().filter(|s| !s.trim().is_empty()) {
        out.push((reference(ctx, blocked.trim())?, issue.clone()));
    }
    Ok(out)
}

fn change(ctx: &Context, rt: &Runtime, args: EdgeArgs, present: bool) -> Result<(), CliError> {
    let edges = edges(ctx, &args)?;
    // The cycle check and the writes under one lock: two runs cannot each add
    // half of a cycle.
    let _lock = if ctx.dry_run { None } else { Some(ctx.lock()?) };
    if present {
        refuse_cycles(ctx, rt, &edges)?;
    }
    let verb = if present { "add" } else { "remove" };
    if ctx.dry_run {
        let planned = edges.iter().map(|(i, b)| Edge::of(i, b)).collect();
        ctx.ui.emit(&Changed {
            action: verb,
            dry_run: true,
            dependencies: planned,
        });
        return Ok(());
    }
    let mut done = Vec::new();
    for (issue, blocker) in &edges {
        let result = rt.block_on(store(ctx, issue, blocker, present));
        let action = if present {
            ActionKind::AddDependency
        } else {
            ActionKind::RemoveDependency
        };
        super::journal::record(
            ctx,
            issue,
            action,
            &blocker.to_string(),
            result.as_ref().err(),
        )?;
        result.map_err(|e| failure(&format!("{issue} waiting for {blocker}"), e))?;
        done.push(Edge::of(issue, blocker));
    }
    ctx.ui.emit(&Changed {
        action: verb,
        dry_run: false,
        dependencies: done,
    });
    Ok(())
}

/// Exit 2 when one of `edges` would close a cycle, naming it.
fn refuse_cycles(
    ctx: &Context,
    rt: &Runtime,
    edges: &[(IssueRef, IssueRef)],
) -> Result<(), CliError> {
    let roots: Vec<IssueRef> = edges
        .iter()
        .flat_map(|(i, b)| [i.clone(), b.clone()])
        .collect();
    let (mut graph, warnings) = rt.block_on(load::reachable(&trackers(ctx), &roots));
    for w in &warnings {
        ctx.ui.warn(w);
    }
    for (issue, blocker) in edges {
        if let Some(cycle) = graph.cycle_if_added(issue, blocker) {
            return Err(CliError::input(format!(
                "dependency cycle: {}",
                cycle_text(&cycle)
            ))
            .hint(format!("{issue} cannot wait for {blocker}; remove one of the dependencies with `issue depends remove`")));
        }
        graph.add(issue.clone(), blocker.clone());
    }
    Ok(())
}

/// Stores one dependency on the issue's tracker, else on the blocker's (a local
/// issue keeps its dependencies on remote ones, and remote ones on it).
async fn store(
    ctx: &Context,
    issue: &IssueRef,
    blocker: &IssueRef,
    present: bool,
) -> Result<(), TrackerError> {
    let on = |kind| async move {
        let tracker = trackers(ctx)(kind)?;
        dependency_links::of(tracker.as_ref())?
            .set_blocked_by(issue, blocker, present)
            .await
    };
    match on(issue.tracker()).await {
        Err(TrackerError::Unavailable(why)) if blocker.tracker() != issue.tracker() => {
            match on(blocker.tracker()).await {
                Err(TrackerError::Unavailable(_)) => Err(TrackerError::Unavailable(why)),
                other => other,
            }
        }
        other => other,
    }
}

#[derive(Serialize)]
struct Edge {
    issue: String,
    blocked_by: String,
}

impl Edge {
    fn of(issue: &IssueRef, blocker: &IssueRef) -> Edge {
        Edge {
            issue: issue.to_string(),
            blocked_by: blocker.to_string(),
        }
    }
}

#[derive(Serialize)]
struct Changed {
    action: &'static str,
    dry_run: bool,
    dependencies: Vec<Edge>,
}

impl Report for Changed {
    fn human(&self, ui: &Ui) -> String {
        let (mark, verb) = match (self.dry_run, self.action) {
            (true, a) => ("•".to_string(), format!("would {a}")),
            (false, "add") => (ui.paint("✓", Paint::Green), "added".into()),
            (false, _) => (ui.paint("✓", Paint::Green), "removed".into()),
        };
        self.dependencies
            .iter()
            .map(|e| format!("{mark} {verb}: {} waits for {}\n", e.issue, e.blocked_by))
            .collect()
    }
}

fn show(ctx: &Context, rt: &Runtime, args: ShowArgs) -> Result<(), CliError> {
    let root = reference(ctx, &args.reference)?;
    let trackers = trackers(ctx);
    let (graph, warnings) = rt.block_on(load::reachable(&trackers, std::slice::from_ref(&root)));
    for w in &warnings {
        ctx.ui.warn(w);
    }
    let mut shown: BTreeSet<IssueRef> = graph.upstream(&root);
    shown.extend(graph.dependents(&root));
    let seen = rt.block_on(load::states(&trackers, shown.iter().cloned()));
    let nodes = shown.iter().map(|i| Node::of(i, &seen)).collect();
    let edges = shown
        .iter()
        .flat_map(|i| graph.blockers(i).into_iter().map(move |b| (i, b)))
        .filter(|(_, b)| shown.contains(b))
        .map(|(i, b)| Edge::of(i, &b))
        .collect();
    let tree = tree(&graph, &root, &seen);
    let blocks = graph
        .dependents(&root)
        .iter()
        .map(|i| Node::of(i, &seen))
        .collect();
    ctx.ui.emit(&Shown {
        root: root.to_string(),
        nodes,
        edges,
        tree,
        blocks,
    });
    Ok(())
}

#[derive(Serialize)]
struct Node {
    #[serde(rename = "ref")]
    reference: String,
    title: String,
    /// `open`, `closed`, or `unknown` when it could not be read.
    state: String,
}

impl Node {
    fn of(issue: &IssueRef, seen: &HashMap<IssueRef, load::Seen>) -> Node {
        let (title, state) = match seen.get(issue) {
            Some(s) => (
                s.title.clone(),
                s.state
                    .as_ref()
                    .map_or("unknown".into(), |st| st.to_string()),
            ),
            None => (String::new(), "unknown".into()),
        };
        Node {
            reference: issue.to_string(),
            title,
            state,
        }
    }

    fn line(&self) -> String {
        format!("{} [{}] {}", self.reference, self.state, self.title)
            .trim_end()
            .to_string()
    }
}

/// The lines of the tree of what `root` waits for, indented by depth; an issue
/// already shown above on its branch is marked, not walked again.
fn tree(graph: &Graph, root: &IssueRef, seen: &HashMap<IssueRef, load::Seen>) -> Vec<String> {
    let mut out = vec![Node::of(root, seen).line()];
    let mut stack: Vec<(IssueRef, usize, Vec<IssueRef>)> = graph
        .blockers(root)
        .into_iter()
        .rev()
        .map(|b| (b, 1, vec![root.clone()]))
        .collect();
    while let Some((issue, depth, path)) = stack.pop() {
        let again = path.contains(&issue);
        let mark = if again { " (cycle)" } else { "" };
        out.push(format!(
            "{}└─ {}{mark}",
            "   ".repeat(depth - 1),
            Node::of(&issue, seen).line()
        ));
        if again {
            continue;
        }
        let mut next_path = path.clone();
        next_path.push(issue.clone());
        for b in graph.blockers(&issue).into_iter().rev() {
            stack.push((b, depth + 1, next_path.clone()));
        }
    }
    out
}

#[derive(Serialize)]
struct Shown {
    root: String,
    nodes: Vec<Node>,
    edges: Vec<Edge>,
    #[serde(skip)]
    tree: Vec<String>,
    /// The issues waiting for the root.
    blocks: Vec<Node>,
}

impl Report for Shown {
    fn always_shown(&self) -> bool {
        true
    }

    fn human(&self, _ui: &Ui) -> String {
        let mut out = String::new();
        for line in &self.tree {
            out.push_str(line);
            out.push('\n');
        }
        if !self.blocks.is_empty() {
            out.push_str("\nWaiting for it:\n");
            for n in &self.blocks {
                out.push_str(&format!("   {}\n", n.line()));
            }
        }
        out
    }
}
