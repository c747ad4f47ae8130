//! Link lines in a plan file: front matter keys, bold `**Key:** value` lines, and
//! plain `Key: value` lines in the file's header, resolved to issue references.
//! A key that only looks like a link key is a warning saying which was meant.

use super::keys::{link_key, meant_key, KeyName, LinkKey};
use super::{Link, Location, PlanError, PlanWarning, Scope};
use crate::refs::{parse_reference, split_list, IssueRef, ListKind, RefError, RefScope};

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

/// How a key was written, for saying which key was meant in the same style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum KeyStyle {
    Bold,
    Plain,
    FrontMatter,
}

/// Everything the link lines of one file say.
#[derive(Debug, Default)]
pub(super) struct FileLinks {
    /// What bare numbers resolve against: the file's own `**GitHub Repo:**`
    /// (`**Gitea Repo:**`, …), else the scope it was given.
    pub refs: RefScope,
    pub links: Vec<Link>,
    pub warnings: Vec<PlanWarning>,
    pub errors: Vec<PlanError>,
}

/// Reads and resolves every link line of a file (`lines`, named `file` in
/// messages); links get `scope`, bare numbers resolve against the file's own
/// repositories, else `fallback`'s.
pub(super) fn file_links(
    lines: &[&str],
    file: &str,
    scope: &Scope,
    fallback: &RefScope,
) -> FileLinks {
    let mut found = FileLinks::default();
    let raw = raw_links(lines, file, &mut found);
    found.refs = own_repos(&raw, fallback.clone(), &mut found.errors);
    let refs = found.refs.clone();
    resolve_links(&raw, &refs, scope, &mut found);
    found
}

/// The bold `**Key:** value` (or `**Key**: value`) form; returns (key, value).
pub(super) fn bold_field(line: &str) -> Option<(&str, &str)> {
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

/// A plain `Key: value` line (Debussy documents `Jira Issues: PROJ-1, PROJ-2`).
fn plain_field(line: &str) -> Option<(&str, &str)> {
    let (key, value) = line.split_once(':')?;
    if key.starts_with([' ', '\t', '-', '*', '|', '#', '>']) || key.contains("**") {
        return None;
    }
    Some((key, value.trim()))
}

/// The warning for a key that is not a link key but looks like `meant`.
fn not_a_key(key: &str, style: KeyStyle, meant: &KeyName) -> String {
    let key = key.trim();
    match style {
        KeyStyle::Bold => format!(
            "**{key}:** is not a link key, so this line links nothing; did you mean **{}:**?",
            meant.bold
        ),
        KeyStyle::Plain => format!(
            "'{key}:' is not a link key, so this line links nothing; did you mean '{}:'?",
            meant.bold
        ),
        KeyStyle::FrontMatter => format!(
            "front matter key '{key}' is not a link key, so it links nothing; did you mean {}?",
            meant.yaml
        ),
    }
}

/// All link lines of a file: front matter, bold lines outside code fences, and plain
/// `Key: value` lines in the file's header (before its first `---`, `## ` heading or
/// table). Keys that look like link keys are warnings.
fn raw_links(lines: &[&str], file: &str, found: &mut FileLinks) -> Vec<RawLink> {
    let mut out = Vec::new();
    let start = front_matter(lines, file, &mut out, found);
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
        let field = match bold_field(line) {
            Some((key, value)) => Some((key, value, KeyStyle::Bold)),
            None => plain_field(line)
                .filter(|_| in_header)
                .map(|(key, value)| (key, value, KeyStyle::Plain)),
        };
        let Some((key, value, style)) = field else {
            continue;
        };
        let location = Location {
            file: file.to_string(),
            line: i + 1,
        };
        match link_key(key) {
            Some(kind) => out.push(RawLink {
                kind,
                value: value.to_string(),
                location,
                strict: style == KeyStyle::Bold,
            }),
            None => found
                .warnings
                .extend(meant_key(key).map(|meant| PlanWarning {
                    location,
                    message: not_a_key(key, style, meant),
                })),
        }
    }
    out
}

/// Front matter (`---` … `---` at the very top), read as YAML: link keys hold a
/// string (`a, b`), a number, or a list. Returns the first line after it; YAML that
/// cannot be read is an error at its line.
fn front_matter(
    lines: &[&str],
    file: &str,
    out: &mut Vec<RawLink>,
    found: &mut FileLinks,
) -> usize {
    if lines.first().map(|l| l.trim()) != Some("---") {
        return 0;
    }
    let Some(end) = lines.iter().skip(1).position(|l| l.trim() == "---") else {
        return 0;
    };
    let body = &lines[1..=end];
    let at = |line: usize| Location {
        file: file.to_string(),
        line,
    };
    let map = match yaml_mapping(body) {
        Ok(map) => map,
        Err((line, message)) => {
            found.errors.push(PlanError::Invalid {
                location: at(line),
                message,
            });
            return end + 2;
        }
    };
    for (key, value) in &map {
        let location = at(key_line(body, key));
        match link_key(key) {
            Some(kind) => out.extend(scalars(value).into_iter().map(|value| RawLink {
                kind,
                value,
                location: location.clone(),
                strict: true,
            })),
            None => found
                .warnings
                .extend(meant_key(key).map(|meant| PlanWarning {
                    location,
                    message: not_a_key(key, KeyStyle::FrontMatter, meant),
                })),
        }
    }
    end + 2
}

type Mapping = serde_json::Map<String, serde_json::Value>;

/// The front matter's lines (`body`, starting at line 2 of the file) as a YAML
/// mapping, or the line and the reason it cannot be read.
fn yaml_mapping(body: &[&str]) -> Result<Mapping, (usize, String)> {
    let yaml = body.join("\n");
    if yaml.trim().is_empty() {
        return Ok(Mapping::new());
    }
    match serde_saphyr::from_str(&yaml) {
        Ok(serde_json::Value::Object(map)) => Ok(map),
        Ok(_) => Err((2, "front matter must be a mapping of keys".into())),
        Err(e) => {
            let message = e.to_string();
            let first = message.lines().next().unwrap_or_default();
            let line = first
                .split("line ")
                .nth(1)
                .and_then(|r| r.split(|c: char| !c.is_ascii_digit()).next())
                .and_then(|n| n.parse::<usize>().ok())
                .map_or(2, |n| n + 1);
            Err((
                line,
                format!(
                    "front matter is not valid YAML ({}); quote references that start with #: \"#10\"",
                    first.trim_start_matches("error: ")
                ),
            ))
        }
    }
}

/// The line of a front matter key, for messages: the first `key:` at the start of
/// a line.
fn key_line(body: &[&str], key: &str) -> usize {
    body.iter()
        .position(|l| {
            l.strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
        })
        .map_or(1, |i| i + 2)
}

/// The references a front matter value holds: a string, a number, or a list of them.
fn scalars(value: &serde_json::Value) -> Vec<String> {
    let scalar = |v: &serde_json::Value| match v {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    };
    match value {
        serde_json::Value::Array(items) => items.iter().filter_map(scalar).collect(),
        serde_json::Value::Null => Vec::new(),
        other => scalar(other).into_iter().collect(),
    }
}

/// `scope` with the repositories a file names itself (`**GitHub Repo:**`,
/// `**Gitea Repo:**`): the first line of each kind wins. A plain (non-bold) line
/// that is not a repository is prose and ignored.
fn own_repos(raw: &[RawLink], mut scope: RefScope, errors: &mut Vec<PlanError>) -> RefScope {
    let mut named = Vec::new();
    for line in raw {
        let LinkKey::Repo(kind) = line.kind else {
            continue;
        };
        if named.contains(&kind) {
            continue;
        }
        let value = line.value.trim().trim_matches('`');
        match scope.repo_named(kind, value) {
            Some(repo) => {
                scope.set_repo(kind, repo);
                named.push(kind);
            }
            None if line.strict => {
                errors.push(PlanError::Invalid {
                    location: line.location.clone(),
                    message: format!("'{value}' is not a repository; write owner/repo"),
                });
                named.push(kind);
            }
            None => {}
        }
    }
    scope
}

fn resolve_links(raw: &[RawLink], refs: &RefScope, scope: &Scope, out: &mut FileLinks) {
    for r in raw {
        let LinkKey::Issues(list) = r.kind else {
            continue;
        };
        let strict: Vec<Result<IssueRef, RefError>> = split_list(&r.value)
            .iter()
            .map(|item| parse_reference(item, list, refs))
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
            let found = references_in_prose(&r.value, list, refs);
            out.warnings.push(PlanWarning {
                location: r.location.clone(),
                message: prose_warning(&r.value, &found),
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

fn prose_warning(value: &str, found: &[IssueRef]) -> String {
    if found.is_empty() {
        return format!("no issue reference found in '{}'", value.trim());
    }
    let found: Vec<String> = found.iter().map(ToString::to_string).collect();
    format!(
        "read {} from a prose link line; write a list (`Key: A, B`) to silence this",
        found.join(", ")
    )
}

/// References picked out of prose (`Implementing PROJ-123 and related DEV-456`) with
/// the strict grammar; bare numbers in prose are not references.
fn references_in_prose(text: &str, list: ListKind, refs: &RefScope) -> Vec<IssueRef> {
    let mut found: Vec<IssueRef> = Vec::new();
    for word in text.split(|c: char| c.is_whitespace() || c == ',' || c == ';') {
        let word = word.trim_matches(|c: char| ".,;:!?()[]{}\"'`*".contains(c));
        if word.is_empty() || word.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        if let Ok(issue) = parse_reference(word, list, refs) {
            if !found.contains(&issue) {
                found.push(issue);
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn links_of(text: &str) -> FileLinks {
        let lines: Vec<&str> = text.lines().collect();
        file_links(&lines, "p.md", &Scope::Plan, &RefScope::default())
    }

    fn warnings(found: &FileLinks) -> Vec<String> {
        found.warnings.iter().map(ToString::to_string).collect()
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
    fn a_misspelled_key_in_any_style_warns_with_the_key_meant() {
        let found = links_of(
            "---\ngithub_isues: [5]\ntitle: x\n---\n# P\n**Isues:** local#1\nJira Isues: PROJ-1\n**Status:** Draft\nOwner: alice\n",
        );
        assert!(found.links.is_empty());
        assert_eq!(
            warnings(&found),
            [
                "p.md:2: front matter key 'github_isues' is not a link key, so it links nothing; did you mean github_issues?",
                "p.md:6: **Isues:** is not a link key, so this line links nothing; did you mean **Issues:**?",
                "p.md:7: 'Jira Isues:' is not a link key, so this line links nothing; did you mean 'Jira Issues:'?",
            ]
        );
    }

    #[test]
    fn plain_lines_after_the_header_are_prose() {
        let found = links_of("# P\n\n## Notes\nIsues: are many\n");
        assert!(found.warnings.is_empty(), "{:?}", found.warnings);
    }
}
