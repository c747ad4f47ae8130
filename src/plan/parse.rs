//! Line-oriented readers for master plans and phase files.

use super::links::{bold_field, file_links};
use super::root::RepoRoot;
use super::{
    Link, Location, Phase, PhaseStatus, Plan, PlanError, PlanProblem, PlanWarning, ProblemKind,
    Scope,
};
use crate::refs::{split_list, RefScope};
use std::path::{Path, PathBuf};

/// What a master plan says before its phase files are read.
#[derive(Debug, Clone)]
pub struct MasterDoc {
    pub name: String,
    pub refs: RefScope,
    pub phases: Vec<Phase>,
    pub links: Vec<Link>,
    pub warnings: Vec<PlanWarning>,
    pub problems: Vec<PlanProblem>,
    pub errors: Vec<PlanError>,
}

/// Parses a master plan. `file` names it in messages; phase file links are resolved
/// relative to `dir`; bare issue numbers resolve against the plan's own
/// `**GitHub Repo:**` (`**Gitea Repo:**`, …), else `fallback`.
pub fn parse_master(
    text: &str,
    file: &str,
    dir: &Path,
    fallback: &RefScope,
) -> Result<MasterDoc, PlanError> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = file_links(&lines, file, &Scope::Plan, fallback);
    let name = lines
        .iter()
        .find_map(|l| l.strip_prefix("# "))
        .map(plan_name)
        .unwrap_or_else(|| file.to_string());
    let mut problems = Vec::new();
    let Some(phases) = phase_table(&lines, file, dir, &mut found.warnings, &mut problems) else {
        let what = if text.trim().is_empty() {
            "the master plan is empty"
        } else {
            "no phase table found"
        };
        return Err(PlanError::Invalid {
            location: Location {
                file: file.to_string(),
                line: 1,
            },
            message: format!(
                "{what}: a master plan needs a table whose first column is Phase and which has a Status column"
            ),
        });
    };
    Ok(MasterDoc {
        name,
        refs: found.refs,
        phases,
        links: found.links,
        warnings: found.warnings,
        problems,
        errors: found.errors,
    })
}

fn plan_name(h1: &str) -> String {
    let h1 = h1.trim();
    for suffix in [
        " - Master Plan",
        " – Master Plan",
        " — Master Plan",
        " Master Plan",
    ] {
        if h1.len() > suffix.len() && h1.to_lowercase().ends_with(&suffix.to_lowercase()) {
            return h1[..h1.len() - suffix.len()].trim().to_string();
        }
    }
    h1.to_string()
}

fn cells(line: &str) -> Option<Vec<String>> {
    let t = line.trim();
    let inner = t.strip_prefix('|')?;
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    Some(inner.split('|').map(|c| c.trim().to_string()).collect())
}

fn is_separator(cells: &[String]) -> bool {
    cells
        .iter()
        .all(|c| !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':' | ' ')))
}

/// `[title](target)` → (title, Some(target)); plain text → (text, None).
fn markdown_link(cell: &str) -> (String, Option<String>) {
    if let Some(rest) = cell.strip_prefix('[') {
        if let Some((title, after)) = rest.split_once("](") {
            if let Some(target) = after.split_once(')').map(|(t, _)| t) {
                return (title.trim().to_string(), Some(target.trim().to_string()));
            }
        }
    }
    (cell.trim_matches('*').trim().to_string(), None)
}

fn is_phase_id(text: &str) -> bool {
    let mut parts = text.split('.');
    parts.all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// The columns of a phase table: the first is Phase, and one is Status.
struct TableHeader {
    columns: usize,
    title: usize,
    status: usize,
}

impl TableHeader {
    fn read(line: &str) -> Option<TableHeader> {
        let lower: Vec<String> = cells(line)?.iter().map(|c| c.to_lowercase()).collect();
        if lower.first().map(String::as_str) != Some("phase") {
            return None;
        }
        Some(TableHeader {
            columns: lower.len(),
            title: lower
                .iter()
                .position(|c| c == "title" || c == "name")
                .unwrap_or(1),
            status: lower.iter().position(|c| c == "status")?,
        })
    }
}

/// The phases of the first phase table, or `None` when there is no such table.
/// Rows that cannot be read and duplicate ids are problems (the plan is incomplete).
fn phase_table(
    lines: &[&str],
    file: &str,
    dir: &Path,
    warnings: &mut Vec<PlanWarning>,
    problems: &mut Vec<PlanProblem>,
) -> Option<Vec<Phase>> {
    let mut in_fence = false;
    let (start, header) = lines.iter().enumerate().find_map(|(i, line)| {
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
        }
        TableHeader::read(line)
            .filter(|_| !in_fence)
            .map(|h| (i, h))
    })?;
    let mut phases: Vec<Phase> = Vec::new();
    for (i, line) in lines.iter().enumerate().skip(start + 1) {
        let Some(row) = cells(line) else { break };
        if is_separator(&row) {
            continue;
        }
        let location = Location {
            file: file.to_string(),
            line: i + 1,
        };
        match read_row(&row, &header, &location, &phases, warnings) {
            Ok((id, title, target, table_status)) => phases.push(Phase {
                id,
                title,
                file: target.map(|t| dir.join(t)),
                table_status,
                depends_on: Vec::new(),
                location,
                status_column: header.status,
                unreadable: false,
            }),
            Err((kind, message)) => problems.push(PlanProblem {
                kind,
                location,
                message,
            }),
        }
    }
    Some(phases)
}

/// What a table row says: id, title, link target and status.
type Row = (String, String, Option<String>, PhaseStatus);

/// Reads one row of the phase table (`earlier`: the phases above it), or says why
/// it is not a phase.
fn read_row(
    row: &[String],
    header: &TableHeader,
    location: &Location,
    earlier: &[Phase],
    warnings: &mut Vec<PlanWarning>,
) -> Result<Row, (ProblemKind, String)> {
    let id = row.first().map_or("", |c| c.trim_matches('*').trim());
    if !is_phase_id(id) {
        return Err((
            ProblemKind::UnreadableRow,
            format!("phase row not read: '{id}' is not a phase id (write 1, 2 or 3.1)"),
        ));
    }
    let (Some(title_cell), Some(status_cell)) = (row.get(header.title), row.get(header.status))
    else {
        return Err((
            ProblemKind::UnreadableRow,
            format!(
                "phase row {id} not read: expected {} columns, found {}",
                header.columns,
                row.len()
            ),
        ));
    };
    let wanted = super::normalize_id(id);
    if let Some(first) = earlier
        .iter()
        .find(|p| super::normalize_id(&p.id) == wanted)
    {
        return Err((
            ProblemKind::DuplicateId,
            format!(
                "phase {id} is listed twice (first at line {}); give each row its own id",
                first.location.line
            ),
        ));
    }
    let (title, target) = markdown_link(title_cell);
    let status = PhaseStatus::parse(status_cell).unwrap_or_else(|| {
        warnings.push(PlanWarning {
            location: location.clone(),
            message: format!(
                "phase {id}: unknown status '{status_cell}', read as pending \
                 (use Pending, In Progress, Completed, Failed, Blocked)"
            ),
        });
        PhaseStatus::Pending
    });
    Ok((id.to_string(), title, target, status))
}

/// What a phase file adds to its table row.
#[derive(Debug, Clone, Default)]
pub struct PhaseFile {
    pub title: Option<String>,
    pub status: Option<PhaseStatus>,
    pub depends_on: Vec<String>,
    pub links: Vec<Link>,
    pub warnings: Vec<PlanWarning>,
    pub errors: Vec<PlanError>,
}

/// Parses a phase file for phase `phase_id`; bare numbers resolve against the file's
/// own `**GitHub Repo:**` (…), else `refs`.
pub fn parse_phase_file(text: &str, file: &str, phase_id: &str, refs: &RefScope) -> PhaseFile {
    let lines: Vec<&str> = text.lines().collect();
    let found = file_links(&lines, file, &Scope::Phase(phase_id.to_string()), refs);
    let title = lines.iter().find_map(|l| {
        let h1 = l.strip_prefix("# ")?;
        let (_, rest) = h1.split_once("Phase ")?;
        let (_, title) = rest.split_once(':')?;
        Some(title.trim().to_string())
    });
    let mut status = None;
    let mut depends_on = Vec::new();
    for line in &lines {
        match bold_field(line) {
            Some((key, value)) if key.eq_ignore_ascii_case("status") && status.is_none() => {
                status = PhaseStatus::parse(value);
            }
            Some((key, value)) if key.eq_ignore_ascii_case("depends on") => {
                depends_on = split_list(value);
            }
            _ => {}
        }
    }
    PhaseFile {
        title,
        status,
        depends_on,
        links: found.links,
        warnings: found.warnings,
        errors: found.errors,
    }
}

/// Reads a master plan and its phase files. `root` is the repository root, which
/// the plan's key and every message path are relative to, and which no file read
/// may lead out of: a master plan outside it is an error, a phase file outside it
/// is an error at its row and is not read.
pub fn load_plan(root: &Path, master: &Path, fallback: &RefScope) -> Result<Plan, PlanError> {
    let boundary = RepoRoot::new(root).map_err(|e| PlanError::Io {
        path: root.display().to_string(),
        reason: crate::error::io_reason(&e),
    })?;
    let key = relative(root, master);
    let real = match boundary.confine(master) {
        Ok(real) => real,
        Err(outside) => {
            return Err(PlanError::Io {
                path: key,
                reason: format!(
                    "it leads outside the repository {} (to {}); run the command in the plan's repository, or point -C at it",
                    root.display(),
                    outside.real.display()
                ),
            })
        }
    };
    // The file read is the one checked, not a path that could be swapped after.
    let text = read(&real, &key)?;
    let dir = master.parent().unwrap_or(Path::new("."));
    let doc = parse_master(&text, &key, dir, fallback)?;
    let mut plan = Plan {
        key,
        name: doc.name,
        refs: doc.refs,
        phases: doc.phases,
        links: doc.links,
        warnings: doc.warnings,
        problems: doc.problems,
        errors: doc.errors,
    };
    for i in 0..plan.phases.len() {
        read_phase_file(root, &boundary, &mut plan, i);
    }
    plan.problems.sort_by_key(|p| p.location.line);
    Ok(plan)
}

/// Adds what the file of phase `i` says to `plan`, or why it cannot be read.
fn read_phase_file(root: &Path, boundary: &RepoRoot, plan: &mut Plan, i: usize) {
    let phase = &mut plan.phases[i];
    let Some(path) = phase.file.clone() else {
        return;
    };
    let real = match boundary.confine(&path) {
        Ok(real) => real,
        Err(outside) => {
            plan.errors.push(PlanError::Invalid {
                location: phase.location.clone(),
                message: format!(
                    "phase {} links to {}, outside the repository; link a file inside it",
                    phase.id,
                    outside.real.display()
                ),
            });
            phase.file = None;
            phase.unreadable = true;
            return;
        }
    };
    let label = relative(root, &path);
    let text = match std::fs::read_to_string(real) {
        Ok(text) => text,
        Err(e) => {
            let why = crate::error::io_reason(&e);
            plan.problems.push(PlanProblem {
                kind: ProblemKind::UnreadablePhaseFile,
                location: phase.location.clone(),
                message: format!("phase {}: cannot read {label}: {why}", phase.id),
            });
            phase.unreadable = true;
            return;
        }
    };
    let parsed = parse_phase_file(&text, &label, &phase.id, &plan.refs);
    phase.depends_on = parsed.depends_on;
    plan.links.extend(parsed.links);
    plan.warnings.extend(parsed.warnings);
    plan.errors.extend(parsed.errors);
}

fn read(path: &Path, label: &str) -> Result<String, PlanError> {
    std::fs::read_to_string(path).map_err(|e| PlanError::Io {
        path: label.to_string(),
        reason: crate::error::io_reason(&e),
    })
}

/// `path` relative to `root` with `/` separators, or as given when it is not below
/// it.
pub fn relative(root: &Path, path: &Path) -> String {
    let as_given = || path.display().to_string();
    let Ok(rel) = path.strip_prefix(root) else {
        return as_given();
    };
    let mut parts = Vec::new();
    for c in rel.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                if parts.pop().is_none() {
                    return as_given();
                }
            }
            other => parts.push(other.as_os_str().to_string_lossy().into_owned()),
        }
    }
    parts.join("/")
}

/// Master plans under `root` (`MASTER_PLAN.md`, `*-MASTER_PLAN.md`), skipping
/// build output and vendored trees.
pub fn discover_master_plans(root: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                if !name.starts_with('.') && !matches!(name.as_str(), "target" | "node_modules") {
                    stack.push(path);
                }
            } else if name == "MASTER_PLAN.md" || name.ends_with("-MASTER_PLAN.md") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    const MASTER: &str = "\
# Issue Tracker Sync - Master Plan
**GitHub Issues:** #10, #11
**GitHub Repo:** acme/widgets
**Jira Issues:** PROJ-123

| Phase | Title | Focus | Risk | Status |
|-------|-------|-------|------|--------|
| 1 | [GitHub Issue Status Sync](phase-1.md) | x | Low | Pending |
| 2 | [Jira Issue Status Sync](phase-2.md) | x | Low | In Progress |
| 3.1 | [Emoji](phase-3.md) | x | Low | ✅ Done |
| x | [Broken](phase-4.md) | x | Low | Pending |
";

    fn master(text: &str) -> MasterDoc {
        parse_master(
            text,
            "plan/MASTER_PLAN.md",
            Path::new("plan"),
            &RefScope::default(),
        )
        .unwrap()
    }

    #[test]
    fn master_plan_name_links_and_phases() {
        let doc = master(MASTER);
        assert_eq!(doc.name, "Issue Tracker Sync");
        let refs: Vec<String> = doc.links.iter().map(|l| l.issue.to_string()).collect();
        assert_eq!(refs, ["acme/widgets#10", "acme/widgets#11", "PROJ-123"]);
        let statuses: Vec<_> = doc
            .phases
            .iter()
            .map(|p| (p.id.as_str(), p.table_status))
            .collect();
        assert_eq!(
            statuses,
            [
                ("1", PhaseStatus::Pending),
                ("2", PhaseStatus::Running),
                ("3.1", PhaseStatus::Completed)
            ]
        );
        assert_eq!(
            doc.phases[0].file.as_deref(),
            Some(Path::new("plan/phase-1.md"))
        );
    }

    const TABLE: &str = "\n| Phase | Title | Status |\n|---|---|---|\n| 1 | One | Pending |\n";

    #[test]
    fn unreadable_phase_row_is_a_problem_at_its_line() {
        let doc = master(MASTER);
        assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
        assert_eq!(doc.problems.len(), 1);
        assert_eq!(doc.problems[0].kind, ProblemKind::UnreadableRow);
        assert_eq!(doc.problems[0].location.line, 11);
        assert!(doc.problems[0].message.contains("'x'"));
    }

    #[test]
    fn row_with_missing_columns_and_duplicate_id_are_problems() {
        let text = "# P\n| Phase | Title | Focus | Status |\n|---|---|---|---|\n| 1 | A | x | Done |\n| 2 | B |\n| 1 | C | x | Pending |\n| 3 | D | x | Pending |\n";
        let doc = master(text);
        let ids: Vec<&str> = doc.phases.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["1", "3"]);
        assert_eq!(doc.phases[0].title, "A", "the first row with an id wins");
        let problems: Vec<(ProblemKind, usize)> = doc
            .problems
            .iter()
            .map(|p| (p.kind, p.location.line))
            .collect();
        assert_eq!(
            problems,
            [
                (ProblemKind::UnreadableRow, 5),
                (ProblemKind::DuplicateId, 6)
            ]
        );
    }

    #[test]
    fn empty_master_or_no_phase_table_is_an_input_error() {
        for text in ["", "# Only a title\n\nSome text.\n"] {
            let err = parse_master(text, "m.md", Path::new("."), &RefScope::default()).unwrap_err();
            assert!(err.to_string().starts_with("m.md:1: "), "{err}");
        }
    }

    #[test]
    fn malformed_reference_names_file_and_line() {
        let text = format!("# P\n**GitHub Repo:** a/b\n\n**GitHub Issues:** #10, #x1\n{TABLE}");
        let doc = parse_master(&text, "m.md", Path::new("."), &RefScope::default()).unwrap();
        let errors: Vec<String> = doc.errors.iter().map(ToString::to_string).collect();
        assert_eq!(errors, ["m.md:4: '#x1' is not an issue reference"]);
        assert_eq!(
            doc.links.len(),
            1,
            "the readable reference is kept for plan show"
        );
    }

    #[test]
    fn plain_and_prose_link_lines_in_the_header() {
        let text = format!("# P\nJira Issues: proj-1, PROJ-2\nIssues: Implementing PROJ-123 and related DEV-456.\n{TABLE}\nJira Issues: LATER-1\n");
        let doc = master(&text);
        let refs: Vec<String> = doc.links.iter().map(|l| l.issue.to_string()).collect();
        assert_eq!(refs, ["PROJ-1", "PROJ-2", "PROJ-123", "DEV-456"]);
        assert_eq!(doc.warnings.len(), 1, "{:?}", doc.warnings);
        assert_eq!(doc.warnings[0].location.line, 3);
        assert!(doc.warnings[0].message.contains("PROJ-123, DEV-456"));
    }

    #[test]
    fn front_matter_links_in_both_list_styles() {
        let text = "---\ngithub_repo: acme/widgets\ngithub_issues: [10, 11]\njira_issues:\n  - PROJ-1\n---\n# X Phase 1: Y\n";
        let file = parse_phase_file(text, "p.md", "1", &RefScope::default());
        let refs: Vec<String> = file.links.iter().map(|l| l.issue.to_string()).collect();
        assert_eq!(refs, ["acme/widgets#10", "acme/widgets#11", "PROJ-1"]);
        assert_eq!(file.links[0].scope, Scope::Phase("1".into()));
    }

    #[test]
    fn front_matter_scalars_and_yaml_errors() {
        let text = "---\ntitle: x\nissues: \"local#1, PROJ-2\"\ngithub_issues: 7\ngithub_repo: acme/widgets\n---\n# X Phase 1: Y\n";
        let file = parse_phase_file(text, "p.md", "1", &RefScope::default());
        let refs: Vec<String> = file.links.iter().map(|l| l.issue.to_string()).collect();
        assert_eq!(refs, ["local#1", "PROJ-2", "acme/widgets#7"]);
        assert_eq!(file.links[0].location.line, 3);
        let bad = "---\ntitle: x\ngithub_issues: [#10, #11\n---\n";
        let file = parse_phase_file(bad, "p.md", "1", &RefScope::default());
        assert_eq!(file.errors.len(), 1);
        let message = file.errors[0].to_string();
        assert!(message.starts_with("p.md:"), "{message}");
        assert!(message.contains("quote references"), "{message}");
    }

    #[test]
    fn links_inside_code_fences_are_ignored() {
        let text = format!("# P - Master Plan\n```\n**GitHub Issues:** #1\n```\n{TABLE}");
        assert!(master(&text).links.is_empty());
    }

    #[test]
    fn bare_repo_line_that_is_not_a_repo_is_an_error() {
        let text = format!("# P\n**GitHub Repo:** not a repo\n{TABLE}");
        let doc = parse_master(&text, "m.md", Path::new("."), &RefScope::default()).unwrap();
        assert!(doc.errors[0].to_string().starts_with("m.md:2:"));
    }
}
