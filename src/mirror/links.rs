//! Links between issues that mirror each other (PRODUCT §12). A link lives in a
//! versioned file, never only in our database: a local issue's front matter
//! (`links:`, and seed 002's `remote_ids:` / `github_issue:`), or
//! `.debussy/links.yaml` for two remote issues:
//!
//! ```yaml
//! links:
//!   - [acme/widgets#12, PROJ-7]
//! ```

use crate::refs::{IssueRef, RefScope};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// Two issues on different trackers that mirror each other. `left` is the local
/// issue when there is one, else the first one written.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Link {
    pub left: IssueRef,
    pub right: IssueRef,
}

impl Link {
    /// A link between `a` and `b`; `None` when both are on one tracker.
    pub fn new(a: IssueRef, b: IssueRef) -> Option<Link> {
        (a.tracker() != b.tracker()).then_some(Link { left: a, right: b })
    }

    /// Whether the link has `issue` at either end.
    pub fn has(&self, issue: &IssueRef) -> bool {
        self.left == *issue || self.right == *issue
    }
}

impl std::fmt::Display for Link {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ↔ {}", self.left, self.right)
    }
}

/// A link file that cannot be used: where, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkError {
    pub file: String,
    pub line: Option<usize>,
    pub reason: String,
}

impl std::fmt::Display for LinkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.file, self.reason),
            None => write!(f, "{}: {}", self.file, self.reason),
        }
    }
}

/// The file of remote pairs.
pub fn links_file(root: &Path) -> PathBuf {
    root.join(".debussy").join("links.yaml")
}

/// The pairs of `.debussy/links.yaml` (none when the file is absent, empty, or
/// `links:` has nothing under it). `label` names the file in messages.
pub fn parse_links_file(text: &str, label: &str, scope: &RefScope) -> Result<Vec<Link>, LinkError> {
    let error = |line: Option<usize>, reason: String| LinkError {
        file: label.to_string(),
        line,
        reason,
    };
    let at = |e: &serde_saphyr::Error| e.location().and_then(|l| usize::try_from(l.line()).ok());
    let root: Value = serde_saphyr::from_str(text).map_err(|e| {
        let reason = e
            .to_string()
            .lines()
            .next()
            .unwrap_or("invalid YAML")
            .into();
        error(at(&e), reason)
    })?;
    let expected = || "expected `links:` with a list of pairs".to_string();
    if root.is_null() {
        return Ok(Vec::new());
    }
    if root.get("links").is_none() {
        return Err(error(None, expected()));
    }
    let items = serde_saphyr::from_str::<LinksFile>(text)
        .map_err(|e| error(at(&e), expected()))?
        .links
        .unwrap_or_default();
    let mut out = Vec::new();
    for item in &items {
        let line = usize::try_from(item.referenced.line())
            .ok()
            .filter(|l| *l > 0);
        let pair: Vec<&str> = item
            .value
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let [a, b] = pair.as_slice() else {
            return Err(error(
                line,
                "a link is a pair: [owner/repo#12, PROJ-7]".into(),
            ));
        };
        let parse = |text: &str| {
            crate::refs::parse_reference(text, crate::refs::ListKind::Mixed, scope)
                .map_err(|e| error(line, format!("{text:?}: {e}")))
        };
        let (a, b) = (parse(a)?, parse(b)?);
        let link = Link::new(a.clone(), b.clone()).ok_or_else(|| {
            error(
                line,
                format!("{a} and {b} are on the same tracker; a link joins two trackers"),
            )
        })?;
        out.push(link);
    }
    Ok(out)
}

/// `.debussy/links.yaml` as written: each pair with where it starts.
#[derive(serde::Deserialize)]
struct LinksFile {
    links: Option<Vec<serde_saphyr::Spanned<Value>>>,
}

/// `links.yaml`'s text with the pair added (when missing) or removed, every other
/// line kept. The last pair removed leaves `links: []`; a pair added to a file
/// without pairs goes under a `links:` key.
pub fn edit_links_file(text: &str, pair: (&str, &str), add: bool) -> String {
    let entry = format!("  - [{}, {}]", pair.0, pair.1);
    let same = |line: &str| {
        let inner = line
            .trim()
            .trim_start_matches("- ")
            .trim_matches(['[', ']']);
        let parts: Vec<&str> = inner.split(',').map(str::trim).collect();
        parts.len() == 2
            && ((parts[0] == pair.0 && parts[1] == pair.1)
                || (parts[0] == pair.1 && parts[1] == pair.0))
    };
    if add {
        if text.lines().any(same) {
            return text.to_string();
        }
        let mut out = String::new();
        let mut keyed = false;
        for line in text.split_inclusive('\n') {
            match empty_links_key(line) {
                Some(_) => out.push_str("links:\n"),
                None => out.push_str(line),
            }
            keyed |= line.starts_with("links:");
        }
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        if !keyed {
            out.push_str("links:\n");
        }
        out.push_str(&entry);
        out.push('\n');
        return out;
    }
    let kept: Vec<&str> = text.split_inclusive('\n').filter(|l| !same(l)).collect();
    if kept.len() == text.split_inclusive('\n').count() || kept.iter().any(|l| is_item(l)) {
        return kept.concat();
    }
    kept.iter()
        .map(|l| match empty_links_key(l) {
            Some(end) => format!("links: []{end}"),
            None => l.to_string(),
        })
        .collect()
}

/// For a `links:` line with no pairs on it (`links:`, `links: []`, `links: ~`),
/// its line ending.
fn empty_links_key(line: &str) -> Option<&'static str> {
    let rest = line.strip_prefix("links:")?;
    let end = if rest.ends_with('\n') { "\n" } else { "" };
    matches!(rest.trim(), "" | "[]" | "~" | "null").then_some(end)
}

/// Whether a line is an item of a block list.
fn is_item(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with("- ") || t == "-" || t.starts_with("-\n")
}

/// The remote issues a local issue's front matter links: `links:`, seed 002's
/// `remote_ids: {github: '221'}` and `github_issue: '221'` (bare numbers resolve
/// against `scope`'s repository of that tracker).
pub fn front_matter_links(
    front: &serde_json::Map<String, Value>,
    scope: &RefScope,
) -> Vec<IssueRef> {
    let mut out = Vec::new();
    let mut push = |issue: Option<IssueRef>| {
        if let Some(i) = issue.filter(|i| !out.contains(i)) {
            out.push(i);
        }
    };
    let parse = |text: &str, list: crate::refs::ListKind| {
        crate::refs::parse_reference(text, list, scope).ok()
    };
    for v in front
        .get("links")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        push(
            v.as_str()
                .and_then(|t| parse(t, crate::refs::ListKind::Mixed)),
        );
    }
    let scalar = |v: &Value| match v {
        Value::String(s) => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    };
    let ids = front.get("remote_ids").and_then(Value::as_object);
    for (tracker, v) in ids.into_iter().flatten() {
        let kind = crate::tracker::registry::named(tracker);
        if let (Some(kind), Some(id)) = (kind, scalar(v)) {
            push(parse(&bare(&id), crate::refs::ListKind::Of(kind)));
        }
    }
    if let Some(id) = front.get("github_issue").and_then(scalar) {
        let kind = crate::tracker::registry::named("github");
        if let Some(kind) = kind {
            push(parse(&bare(&id), crate::refs::ListKind::Of(kind)));
        }
    }
    out
}

/// `221` → `#221`; anything else as it is.
fn bare(id: &str) -> String {
    if id.chars().all(|c| c.is_ascii_digit()) {
        format!("#{id}")
    } else {
        id.to_string()
    }
}

/// Every link of the repository: those in trackers' issue files, then those of
/// `.debussy/links.yaml`, each once.
pub fn all_links(root: &Path, scope: &RefScope) -> Result<Vec<Link>, LinkError> {
    let mut out: Vec<Link> = Vec::new();
    for module in crate::tracker::registry::all() {
        let found = module
            .issue_file_links(root, scope)
            .map_err(|reason| LinkError {
                file: ".debussy/issues".into(),
                line: None,
                reason,
            })?;
        for (issue, others) in found {
            for other in others {
                if let Some(link) = Link::new(issue.clone(), other) {
                    push_new(&mut out, link);
                }
            }
        }
    }
    let path = links_file(root);
    let label = crate::plan::relative_path(root, &path);
    match std::fs::read_to_string(&path) {
        Ok(text) => {
            for link in parse_links_file(&text, &label, scope)? {
                push_new(&mut out, link);
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => {
            return Err(LinkError {
                file: label,
                line: None,
                reason: crate::error::io_reason(&e),
            })
        }
    }
    Ok(out)
}

/// Adds `link` unless the same pair (either way round) is there.
fn push_new(links: &mut Vec<Link>, link: Link) {
    if !links
        .iter()
        .any(|l| l.has(&link.left) && l.has(&link.right))
    {
        links.push(link);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::refs::RepoRef;

    fn scope() -> RefScope {
        RefScope::forge_repo(RepoRef::parse("acme/widgets").as_ref())
    }

    #[test]
    fn the_links_file_reads_pairs_and_names_the_line_of_a_bad_one() {
        let text = "links:\n  - [acme/widgets#12, PROJ-7]\n  - [local#3, acme/widgets#4]\n";
        let links = parse_links_file(text, "links.yaml", &scope()).expect("links");
        assert_eq!(links.len(), 2);
        assert_eq!(links[0].left.to_string(), "acme/widgets#12");
        assert_eq!(links[0].right.to_string(), "PROJ-7");
        let same = "links:\n  - [acme/widgets#1, acme/widgets#2]\n";
        let e = parse_links_file(same, "links.yaml", &scope()).unwrap_err();
        assert_eq!(e.line, Some(2));
        assert!(e.reason.contains("same tracker"), "{e}");
        let broken = parse_links_file("links: [", "links.yaml", &scope()).unwrap_err();
        assert!(broken.to_string().starts_with("links.yaml"), "{broken}");
        let single = parse_links_file("links:\n  - [PROJ-7]\n", "l", &scope()).unwrap_err();
        assert!(single.reason.contains("pair"));
    }

    #[test]
    fn a_bad_pair_is_named_by_its_line_in_block_and_flow_style() {
        let block = "links:\n  - - acme/widgets#12\n    - PROJ-7\n  - - acme/widgets#1\n    - acme/widgets#2\n";
        let e = parse_links_file(block, "l", &scope()).unwrap_err();
        assert_eq!(e.line, Some(4), "{e}");
        let flow = "links: [[acme/widgets#12, PROJ-7],\n  [acme/widgets#1, acme/widgets#2]]\n";
        let e = parse_links_file(flow, "l", &scope()).unwrap_err();
        assert_eq!(e.line, Some(2), "{e}");
        let not_a_list = parse_links_file("links: PROJ-7\n", "l", &scope()).unwrap_err();
        assert!(not_a_list.reason.contains("list of pairs"), "{not_a_list}");
    }

    #[test]
    fn links_with_nothing_under_it_is_no_pairs() {
        for text in ["links:\n", "links: []\n", "# none yet\n", "links: ~\n"] {
            let links = parse_links_file(text, "l", &scope()).expect(text);
            assert!(links.is_empty(), "{text:?}");
        }
    }

    #[test]
    fn pairs_are_added_once_and_removed_keeping_other_lines() {
        let text = "# our pairs\nlinks:\n  - [a#1, PROJ-1]\n";
        let added = edit_links_file(text, ("acme/w#2", "PROJ-2"), true);
        assert_eq!(
            added,
            "# our pairs\nlinks:\n  - [a#1, PROJ-1]\n  - [acme/w#2, PROJ-2]\n"
        );
        assert_eq!(edit_links_file(&added, ("PROJ-2", "acme/w#2"), true), added);
        assert_eq!(edit_links_file(&added, ("PROJ-2", "acme/w#2"), false), text);
        assert_eq!(
            edit_links_file("", ("x#1", "P-1"), true),
            "links:\n  - [x#1, P-1]\n"
        );
        let last = "# ours\nlinks:\n  - [x#1, P-1]\n";
        let none = edit_links_file(last, ("x#1", "P-1"), false);
        assert_eq!(none, "# ours\nlinks: []\n", "the last pair removed");
        assert_eq!(edit_links_file(&none, ("x#1", "P-1"), true), last);
        assert_eq!(
            edit_links_file("links:\n", ("x#1", "P-1"), true),
            "links:\n  - [x#1, P-1]\n"
        );
    }

    #[test]
    fn seed_002_keys_name_the_github_issue() {
        let front: serde_json::Map<String, Value> = serde_saphyr::from_str(
            "remote_ids:\n  github: '221'\ngithub_issue: '221'\nlinks: [PROJ-7]\n",
        )
        .expect("yaml");
        let links: Vec<String> = front_matter_links(&front, &scope())
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(links, ["PROJ-7", "acme/widgets#221"]);
    }
}
