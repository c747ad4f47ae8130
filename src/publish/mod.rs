//! `plan publish` (PRODUCT §13): the issues a plan lacks — a tracking issue for the
//! plan and one per phase — created on one tracker, tied together where the tracker
//! has structure, and linked back into the plan files.
//!
//! The same pipeline as phase events: facts (the plan and its files) → desired
//! ([`desired`]: what each issue should say) → observe (the tracker's
//! `publish_observe`) → plan ([`plan::plan`], pure) → apply (the tracker's
//! `publish_apply`, in stages) → journal and link lines ([`run`]).

pub mod body;
pub mod links;
pub mod plan;
pub mod run;

use crate::plan::{normalize_id, Plan, PlanError, Scope};
use crate::refs::{IssueRef, TrackerKind};
use std::path::{Path, PathBuf};

/// One issue a plan publishes.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Item {
    /// The plan's tracking issue.
    Tracking,
    /// A phase's issue, by phase id.
    Phase(String),
}

impl std::fmt::Display for Item {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Item::Tracking => f.write_str("plan"),
            Item::Phase(id) => write!(f, "phase {id}"),
        }
    }
}

/// What an issue of the plan should be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wanted {
    pub item: Item,
    pub title: String,
    /// Our part of the body, without its markers.
    pub content: String,
    /// The hidden marker opening our part.
    pub marker: String,
    /// The plan file its link line goes into (the master plan for the tracking
    /// issue), as read.
    pub file: PathBuf,
    /// Phases this one waits for.
    pub depends_on: Vec<Item>,
    /// The issue the plan links there already, on the tracker published to.
    pub linked: Option<IssueRef>,
}

/// What the plan asks to publish to `kind`: the tracking issue, then each phase
/// with a file, in plan order. `read` reads a plan file (the master plan's key or
/// a phase file) inside the repository.
pub fn desired(
    plan: &Plan,
    kind: TrackerKind,
    root: &Path,
    master: &Path,
    read: &dyn Fn(&Path) -> Result<String, PlanError>,
) -> Result<Vec<Wanted>, PlanError> {
    let linked = |scope: &Scope| {
        plan.links
            .iter()
            .find(|l| l.scope == *scope && l.issue.tracker() == kind)
            .map(|l| l.issue.clone())
    };
    let master_text = read(master)?;
    let mut phase_lines = Vec::new();
    let mut out = Vec::new();
    for phase in &plan.phases {
        let Some(file) = &phase.file else { continue };
        let text = read(file)?;
        let tick = if phase.table_status == crate::plan::PhaseStatus::Completed {
            "x"
        } else {
            " "
        };
        phase_lines.push(format!("- [{tick}] Phase {}: {}", phase.id, phase.title));
        out.push(Wanted {
            item: Item::Phase(phase.id.clone()),
            title: format!("Phase {}: {}", phase.id, phase.title),
            content: phase_content(&text, &crate::plan::relative_path(root, file)),
            marker: body::marker(&plan.key, Some(&normalize_id(&phase.id))),
            file: file.clone(),
            depends_on: dependencies(plan, &phase.depends_on),
            linked: linked(&Scope::Phase(phase.id.clone())),
        });
    }
    let mut content = body::section(&master_text, "Overview").unwrap_or_default();
    content.push_str("\n\n### Phases\n");
    content.push_str(&phase_lines.join("\n"));
    content.push_str(&format!("\n\nPlan: `{}`", plan.key));
    out.insert(
        0,
        Wanted {
            item: Item::Tracking,
            title: plan.name.clone(),
            content: content.trim_start().to_string(),
            marker: body::marker(&plan.key, None),
            file: master.to_path_buf(),
            depends_on: Vec::new(),
            linked: linked(&Scope::Plan),
        },
    );
    Ok(out)
}

/// A phase issue's part: the file's overview, its checklist, the file's path.
fn phase_content(text: &str, path: &str) -> String {
    let mut parts = Vec::new();
    if let Some(overview) = body::section(text, "Overview").filter(|o| !o.is_empty()) {
        parts.push(overview);
    }
    let tasks = body::checklist(text);
    if !tasks.is_empty() {
        parts.push(format!("### Tasks\n{}", tasks.join("\n")));
    }
    parts.push(format!("Phase file: `{path}`"));
    parts.join("\n\n")
}

/// The phases a `**Depends On:**` value names: `Phase 2`, `2`, or a link to a
/// phase file; `N/A`, `None` and unknown names name none.
pub fn dependencies(plan: &Plan, entries: &[String]) -> Vec<Item> {
    let mut out = Vec::new();
    for entry in entries {
        let found = plan
            .phases
            .iter()
            .find(|p| names_phase(entry, &p.id, p.file.as_deref()));
        if let Some(phase) = found {
            let item = Item::Phase(phase.id.clone());
            if !out.contains(&item) {
                out.push(item);
            }
        }
    }
    out
}

fn names_phase(entry: &str, id: &str, file: Option<&Path>) -> bool {
    let entry = entry.trim();
    let id = normalize_id(id);
    if normalize_id(entry) == id {
        return true;
    }
    let lower = entry.to_ascii_lowercase();
    if let Some(rest) = lower.find("phase ").map(|at| &lower[at + 6..]) {
        let number: String = rest
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        return normalize_id(number.trim_end_matches('.')) == id;
    }
    let file_name = file.and_then(Path::file_name).and_then(|n| n.to_str());
    file_name.is_some_and(|name| entry.contains(&format!("({name})")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dependencies_are_named_by_number_title_or_file() {
        let dir = crate::context::testing::repo(&[
            (
                "docs/MASTER_PLAN.md",
                "# P\n\n| Phase | Title | Status |\n|---|---|---|\n| 1 | [A](phase-1.md) | Pending |\n| 2 | [B](phase-2.md) | Pending |\n| 3 | [C](phase-3.md) | Pending |\n",
            ),
            ("docs/phase-1.md", "# Phase 1: A\n"),
            ("docs/phase-2.md", "# Phase 2: B\n"),
            ("docs/phase-3.md", "# Phase 3: C\n"),
        ]);
        let plans = crate::context::testing::plans(&dir);
        let plan = plans
            .load(Some(Path::new("docs/MASTER_PLAN.md")))
            .expect("plan");
        let names =
            |v: &[&str]| dependencies(&plan, &v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        let p = |id: &str| Item::Phase(id.into());
        assert_eq!(names(&["[Phase 1: A](phase-1.md)"]), vec![p("1")]);
        assert_eq!(names(&["Phase 2", "3"]), vec![p("2"), p("3")]);
        assert_eq!(names(&["[B](phase-2.md)"]), vec![p("2")]);
        assert!(names(&["N/A"]).is_empty());
        assert!(names(&["Phase 12"]).is_empty());
    }
}
