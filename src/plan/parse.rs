//! Line-oriented readers for master plans and phase files.

use super::{
    Link, Location, Phase, PhaseStatus, Plan, PlanError, PlanProblem, PlanWarning, ProblemKind,
    Scope,
};
use crate::refs::{parse_reference, split_list, IssueRef, ListKind, RefError, RepoRef};
use std::path::{Path, PathBuf};

/// A link list or repository line found in a plan file, not yet resolved.
#[derive(Debug, Clone)]
struct RawLink {
    kind: LinkKey,
    value: String,
    location: Location,
    /// Bold and front-matter lists are strict; a plain `Key: text` line in a file's
    /// header may be prose, from which references are picked out.
    strict: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LinkKey {
    Issues(ListKind),
    Repo,
}

fn link_key(key: &str) -> Option<LinkKey> {
    let k = key.trim().to_lowercase().replace([' ', '-'], "_");
    Some(match k.as_str() {
        "github_issues" | "github_issue" => LinkKey::Issues(ListKind::GitHub),
        "jira_issues" | "jira_issue" => LinkKey::Issues(ListKind::Jira),
        "issues" | "issue" | "linked_issues" => LinkKey::Issues(ListKind::Mixed),
        "github_repo" | "github_repository" => LinkKey::Repo,
        _ => return None,
    })
}

/// The bold `**Key:** value` (or `**Key**: value`) form; returns (key, value).
fn bold_field(line: &str) -> Option<(&str, &str)> {
    let rest = line.trim_start().strip_prefix("**")?;
    let end = rest.find("**")?;
    let inner = &rest[..end];
    let after = &rest[end + 2..];
    if let Some(key) = inner.strip_suffix(':') {
        Some((key, after.trim()))
    } else {
        let value = after.strip_prefix(':')?;
        Some((inner, value.trim()))
    }
}

/// Front matter (`---` … `---` at the very top), read as YAML: link keys hold a
/// string (`a, b`), a number, or a list. Returns the first line after it; YAML that
/// cannot be read is an error at its line.
fn front_matter(
    lines: &[&str],
    file: &str,
    out: &mut Vec<RawLink>,
    errors: &mut Vec<PlanError>,
) -> usize {
    if lines.first().map(|l| l.trim()) != Some("---") {
        return 0;
    }
    let Some(end) = lines.iter().skip(1).position(|l| l.trim() == "---") else {
        return 0;
    };
    let end = end + 1;
    let yaml = lines[1..end].join("\n");
    let at = |line: usize| Location {
        file: file.to_string(),
        line,
    };
    let map: serde_json::Map<String, serde_json::Value> = if yaml.trim().is_empty() {
        serde_json::Map::new()
    } else {
        match serde_saphyr::from_str(&yaml) {
            Ok(serde_json::Value::Object(map)) => map,
            Ok(_) => {
                errors.push(PlanError::Invalid {
                    location: at(2),
                    message: "front matter must be a mapping of keys".into(),
                });
                return end + 1;
            }
            Err(e) => {
                let message = e.to_string();
                let first = message.lines().next().unwrap_or_default();
                let line = first
                    .split("line ")
                    .nth(1)
                    .and_then(|r| r.split(|c: char| !c.is_ascii_digit()).next())
                    .and_then(|n| n.parse::<usize>().ok())
                    .map_or(2, |n| n + 1);
                errors.push(PlanError::Invalid {
                    location: at(line),
                    message: format!(
                        "front matter is not valid YAML ({}); quote references that start with #: \"#10\"",
                        first.trim_start_matches("error: ")
                    ),
                });
                return end + 1;
            }
        }
    };
    // The line of a key, for messages: the first `key:` at the start of a line.
    let key_line = |key: &str| {
        lines[1..end]
            .iter()
            .position(|l| {
                l.strip_prefix(key)
                    .is_some_and(|rest| rest.trim_start().starts_with(':'))
            })
            .map_or(1, |i| i + 2)
    };
    let scalar = |v: &serde_json::Value| match v {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    };
    for (key, value) in &map {
        let Some(kind) = link_key(key) else { continue };
        let line = key_line(key);
        let values: Vec<String> = match value {
            serde_json::Value::Array(items) => items.iter().filter_map(scalar).collect(),
            serde_json::Value::Null => Vec::new(),
            other => scalar(other).into_iter().collect(),
        };
        for value in values {
            out.push(RawLink {
                kind,
                value,
                location: at(line),
                strict: true,
            });
        }
    }
    end + 1
}

/// A plain `Key: value` line (Debussy documents `Jira Issues: PROJ-1, PROJ-2`).
fn plain_field(line: &str) -> Option<(&str, &str)> {
    let (key, value) = line.split_once(':')?;
    if key.starts_with([' ', '\t', '-', '*', '|', '#', '>']) || key.contains("**") {
        return None;
    }
    Some((key, value.trim()))
}

/// All link lines of a file: front matter, bold lines outside code fences, and plain
/// `Key: value` lines in the file's header (before its first `---`, `## ` heading or
/// table).
fn raw_links(lines: &[&str], file: &str, errors: &mut Vec<PlanError>) -> Vec<RawLink> {
    let mut out = Vec::new();
    let start = front_matter(lines, file, &mut out, errors);
    let mut in_fence = false;
    let mut in_header = true;
    for (i, line) in lines.iter().enumerate().skip(start) {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") {
            in_fence = !in_fence;
            in_header = false;
            continue;
        }
        if in_fence {
            continue;
        }
        if line.trim() == "---" || trimmed.starts_with("## ") || trimmed.starts_with('|') {
            in_header = false;
        }
        let location = Location {
            file: file.to_string(),
            line: i + 1,
        };
        if let Some((key, value)) = bold_field(line) {
            if let Some(kind) = link_key(key) {
                out.push(RawLink {
                    kind,
                    value: value.to_string(),
                    location,
                    strict: true,
                });
            }
        } else if let Some((key, value)) = plain_field(line).filter(|_| in_header) {
            if let Some(kind) = link_key(key) {
                out.push(RawLink {
                    kind,
                    value: value.to_string(),
                    location,
                    strict: false,
                });
            }
        }
    }
    out
}

/// The repository named by a file's `**GitHub Repo:**` line, if any. A plain
/// (non-bold) line that is not a repository is prose and ignored.
fn own_repo(raw: &[RawLink], errors: &mut Vec<PlanError>) -> Option<RepoRef> {
    for line in raw.iter().filter(|r| r.kind == LinkKey::Repo) {
        let value = line.value.trim().trim_matches('`');
        match RepoRef::parse(value).or_else(|| RepoRef::from_remote_url(value)) {
            Some(repo) => return Some(repo),
            None if line.strict => {
                errors.push(PlanError::Invalid {
                    location: line.location.clone(),
                    message: format!("'{value}' is not a repository; write owner/repo"),
                });
                return None;
            }
            None => {}
        }
    }
    None
}

/// What resolving a file's link lines found.
#[derive(Default)]
struct Resolved {
    links: Vec<Link>,
    warnings: Vec<PlanWarning>,
    errors: Vec<PlanError>,
}

fn resolve_links(raw: &[RawLink], repo: Option<&RepoRef>, scope: &Scope, out: &mut Resolved) {
    for r in raw {
        let LinkKey::Issues(list) = r.kind else {
            continue;
        };
        let strict: Vec<Result<IssueRef, RefError>> = split_list(&r.value)
            .iter()
            .map(|item| parse_reference(item, list, repo))
            .collect();
        let issues: Vec<IssueRef> = if r.strict || strict.iter().all(Result::is_ok) {
            let mut issues = Vec::new();
            for parsed in strict {
                match parsed {
                    Ok(issue) => issues.push(issue),
                    Err(source) => out.errors.push(PlanError::Reference {
                        location: r.location.clone(),
                        source,
                    }),
                }
            }
            issues
        } else {
            let found = references_in_prose(&r.value, list, repo);
            out.warnings.push(PlanWarning {
                location: r.location.clone(),
                message: if found.is_empty() {
                    format!("no issue reference found in '{}'", r.value.trim())
                } else {
                    format!(
                        "read {} from a prose link line; write a list (`Key: A, B`) to silence this",
                        found
                            .iter()
                            .map(ToString::to_string)
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                },
            });
            found
        };
        out.links.extend(issues.into_iter().map(|issue| Link {
            issue,
            scope: scope.clone(),
            location: r.location.clone(),
        }));
    }
}

/// References picked out of prose (`Implementing PROJ-123 and related DEV-456`) with
/// the strict grammar; bare numbers in prose are not references.
fn references_in_prose(text: &str, list: ListKind, repo: Option<&RepoRef>) -> Vec<IssueRef> {
    let mut found: Vec<IssueRef> = Vec::new();
    for word in text.split(|c: char| c.is_whitespace() || c == ',' || c == ';') {
        let word = word.trim_matches(|c: char| ".,;:!?()[]{}\"'`*".contains(c));
        if word.is_empty() || word.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        if let Ok(issue) = parse_reference(word, list, repo) {
            if !found.contains(&issue) {
                found.push(issue);
            }
        }
    }
    found
}

/// What a master plan says before its phase files are read.
#[derive(Debug, Clone)]
pub struct MasterDoc {
    pub name: String,
    pub repo: Option<RepoRef>,
    pub phases: Vec<Phase>,
    pub links: Vec<Link>,
    pub warnings: Vec<PlanWarning>,
    pub problems: Vec<PlanProblem>,
    pub errors: Vec<PlanError>,
}

/// Parses a master plan. `file` names it in messages; phase file links are resolved
/// relative to `dir`; bare issue numbers resolve against the plan's own
/// `**GitHub Repo:**`, else `repo_fallback`.
pub fn parse_master(
    text: &str,
    file: &str,
    dir: &Path,
    repo_fallback: Option<&RepoRef>,
) -> Result<MasterDoc, PlanError> {
    let lines: Vec<&str> = text.lines().collect();
    let mut resolved = Resolved::default();
    let raw = raw_links(&lines, file, &mut resolved.errors);
    let repo = own_repo(&raw, &mut resolved.errors).or_else(|| repo_fallback.cloned());
    resolve_links(&raw, repo.as_ref(), &Scope::Plan, &mut resolved);
    let name = lines
        .iter()
        .find_map(|l| l.strip_prefix("# "))
        .map(plan_name)
        .unwrap_or_else(|| file.to_string());
    let mut problems = Vec::new();
    let Some(phases) = phase_table(&lines, file, dir, &mut resolved.warnings, &mut problems) else {
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
        repo,
        phases,
        links: resolved.links,
        warnings: resolved.warnings,
        problems,
        errors: resolved.errors,
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

/// The phases of the first phase table, or `None` when there is no such table.
/// Rows that cannot be read and duplicate ids are problems (the plan is incomplete).
fn phase_table(
    lines: &[&str],
    file: &str,
    dir: &Path,
    warnings: &mut Vec<PlanWarning>,
    problems: &mut Vec<PlanProblem>,
) -> Option<Vec<Phase>> {
    let mut phases: Vec<Phase> = Vec::new();
    let mut i = 0;
    let mut in_fence = false;
    while i < lines.len() {
        if lines[i].trim_start().starts_with("```") {
            in_fence = !in_fence;
        }
        let header = if in_fence { None } else { cells(lines[i]) };
        let Some(header) = header else {
            i += 1;
            continue;
        };
        let lower: Vec<String> = header.iter().map(|c| c.to_lowercase()).collect();
        let status_col = lower.iter().position(|c| c == "status");
        if lower.first().map(String::as_str) != Some("phase") || status_col.is_none() {
            i += 1;
            continue;
        }
        let status_col = status_col.unwrap_or_default();
        let title_col = lower
            .iter()
            .position(|c| c == "title" || c == "name")
            .unwrap_or(1);
        i += 1;
        while i < lines.len() {
            let Some(row) = cells(lines[i]) else { break };
            let location = Location {
                file: file.to_string(),
                line: i + 1,
            };
            i += 1;
            if is_separator(&row) {
                continue;
            }
            let mut problem = |kind: ProblemKind, message: String| {
                problems.push(PlanProblem {
                    kind,
                    location: location.clone(),
                    message,
                })
            };
            let id = row[0].trim_matches('*').trim().to_string();
            if !is_phase_id(&id) {
                problem(
                    ProblemKind::UnreadableRow,
                    format!("phase row not read: '{id}' is not a phase id (write 1, 2 or 3.1)"),
                );
                continue;
            }
            let (Some(title_cell), Some(status_cell)) = (row.get(title_col), row.get(status_col))
            else {
                problem(
                    ProblemKind::UnreadableRow,
                    format!(
                        "phase row {id} not read: expected {} columns, found {}",
                        header.len(),
                        row.len()
                    ),
                );
                continue;
            };
            if let Some(first) = phases
                .iter()
                .find(|p| super::normalize_id(&p.id) == super::normalize_id(&id))
            {
                problem(
                    ProblemKind::DuplicateId,
                    format!(
                        "phase {id} is listed twice (first at line {}); give each row its own id",
                        first.location.line
                    ),
                );
                continue;
            }
            let (title, target) = markdown_link(title_cell);
            let table_status = match PhaseStatus::parse(status_cell) {
                Some(s) => s,
                None => {
                    warnings.push(PlanWarning {
                        location: location.clone(),
                        message: format!(
                            "phase {id}: unknown status '{status_cell}', read as pending \
                             (use Pending, In Progress, Completed, Failed, Blocked)"
                        ),
                    });
                    PhaseStatus::Pending
                }
            };
            phases.push(Phase {
                id,
                title,
                file: target.map(|t| dir.join(t)),
                table_status,
                depends_on: Vec::new(),
                location,
                status_column: status_col,
                unreadable: false,
            });
        }
        return Some(phases);
    }
    None
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
/// own `**GitHub Repo:**`, else `repo`.
pub fn parse_phase_file(
    text: &str,
    file: &str,
    phase_id: &str,
    repo: Option<&RepoRef>,
) -> PhaseFile {
    let lines: Vec<&str> = text.lines().collect();
    let mut resolved = Resolved::default();
    let raw = raw_links(&lines, file, &mut resolved.errors);
    let own = own_repo(&raw, &mut resolved.errors);
    let repo = own.as_ref().or(repo);
    resolve_links(
        &raw,
        repo,
        &Scope::Phase(phase_id.to_string()),
        &mut resolved,
    );
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
        links: resolved.links,
        warnings: resolved.warnings,
        errors: resolved.errors,
    }
}

/// Reads a master plan and its phase files. `root` is the repository root, which
/// the plan's key and every message path are relative to.
pub fn load_plan(
    root: &Path,
    master: &Path,
    repo_fallback: Option<&RepoRef>,
) -> Result<Plan, PlanError> {
    let key = relative(root, master);
    let text = read(master, &key)?;
    let dir = master.parent().unwrap_or(Path::new("."));
    let doc = parse_master(&text, &key, dir, repo_fallback)?;
    let mut links = doc.links;
    let mut warnings = doc.warnings;
    let mut problems = doc.problems;
    let mut errors = doc.errors;
    let mut phases = doc.phases;
    for phase in &mut phases {
        let Some(path) = phase.file.clone() else {
            continue;
        };
        let label = relative(root, &path);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) => {
                let why = if e.kind() == std::io::ErrorKind::InvalidData {
                    "it is not UTF-8 text".to_string()
                } else {
                    e.to_string()
                };
                problems.push(PlanProblem {
                    kind: ProblemKind::UnreadablePhaseFile,
                    location: phase.location.clone(),
                    message: format!("phase {}: cannot read {label}: {why}", phase.id),
                });
                phase.unreadable = true;
                continue;
            }
        };
        let parsed = parse_phase_file(&text, &label, &phase.id, doc.repo.as_ref());
        phase.depends_on = parsed.depends_on;
        links.extend(parsed.links);
        warnings.extend(parsed.warnings);
        errors.extend(parsed.errors);
    }
    problems.sort_by_key(|p| p.location.line);
    Ok(Plan {
        key,
        name: doc.name,
        repo: doc.repo,
        phases,
        links,
        warnings,
        problems,
        errors,
    })
}

fn read(path: &Path, label: &str) -> Result<String, PlanError> {
    std::fs::read_to_string(path).map_err(|e| PlanError::Io {
        path: label.to_string(),
        reason: e.to_string(),
    })
}

/// `path` relative to `root` with `/` separators, or as given when outside it.
pub fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let mut parts = Vec::new();
    for c in rel.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                parts.pop();
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
        parse_master(text, "plan/MASTER_PLAN.md", Path::new("plan"), None).unwrap()
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
            let err = parse_master(text, "m.md", Path::new("."), None).unwrap_err();
            assert!(err.to_string().starts_with("m.md:1: "), "{err}");
        }
    }

    #[test]
    fn malformed_reference_names_file_and_line() {
        let text = format!("# P\n**GitHub Repo:** a/b\n\n**GitHub Issues:** #10, #x1\n{TABLE}");
        let doc = parse_master(&text, "m.md", Path::new("."), None).unwrap();
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
        let file = parse_phase_file(text, "p.md", "1", None);
        let refs: Vec<String> = file.links.iter().map(|l| l.issue.to_string()).collect();
        assert_eq!(refs, ["acme/widgets#10", "acme/widgets#11", "PROJ-1"]);
        assert_eq!(file.links[0].scope, Scope::Phase("1".into()));
    }

    #[test]
    fn front_matter_scalars_and_yaml_errors() {
        let text = "---\ntitle: x\nissues: \"local#1, PROJ-2\"\ngithub_issues: 7\ngithub_repo: acme/widgets\n---\n# X Phase 1: Y\n";
        let file = parse_phase_file(text, "p.md", "1", None);
        let refs: Vec<String> = file.links.iter().map(|l| l.issue.to_string()).collect();
        assert_eq!(refs, ["local#1", "PROJ-2", "acme/widgets#7"]);
        assert_eq!(file.links[0].location.line, 3);
        let bad = "---\ntitle: x\ngithub_issues: [#10, #11\n---\n";
        let file = parse_phase_file(bad, "p.md", "1", None);
        assert_eq!(file.errors.len(), 1);
        let message = file.errors[0].to_string();
        assert!(message.starts_with("p.md:"), "{message}");
        assert!(message.contains("quote references"), "{message}");
    }

    #[test]
    fn bold_key_variants() {
        assert_eq!(
            bold_field("**GitHub Issues:** #1"),
            Some(("GitHub Issues", "#1"))
        );
        assert_eq!(
            bold_field("**GitHub Issues**: #1"),
            Some(("GitHub Issues", "#1"))
        );
        assert_eq!(bold_field("- **x** y"), None);
    }

    #[test]
    fn links_inside_code_fences_are_ignored() {
        let text = format!("# P - Master Plan\n```\n**GitHub Issues:** #1\n```\n{TABLE}");
        assert!(master(&text).links.is_empty());
    }

    #[test]
    fn bare_repo_line_that_is_not_a_repo_is_an_error() {
        let text = format!("# P\n**GitHub Repo:** not a repo\n{TABLE}");
        let doc = parse_master(&text, "m.md", Path::new("."), None).unwrap();
        assert!(doc.errors[0].to_string().starts_with("m.md:2:"));
    }
}
