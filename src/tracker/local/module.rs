//! The local tracker's registration: its kind, reference grammar and constructor.

use super::LocalTracker;
use crate::config::Config;
use crate::context::TrackerFactory;
use crate::error::{exit, CliError};
use crate::refs::{IssueRef, RefShape, TrackerKind};
use crate::tracker::registry::TrackerModule;
use crate::tracker::Tracker;
use std::path::Path;
use std::sync::Arc;

/// Markdown issues in the repository: `local#3`.
pub const KIND: TrackerKind = TrackerKind::new("local", "Local", Some("local"), RefShape::Number);

pub struct Local;

pub static MODULE: Local = Local;

impl TrackerModule for Local {
    fn dependencies_in_files(&self) -> bool {
        true
    }

    fn issue_file_links(
        &self,
        root: &Path,
        scope: &crate::refs::RefScope,
    ) -> Result<Vec<(IssueRef, Vec<IssueRef>)>, String> {
        let files = LocalTracker::new(root)
            .fronts()
            .map_err(|e| e.to_string())?;
        Ok(files
            .iter()
            .map(|(n, front, _)| {
                let issue = IssueRef::Number {
                    kind: KIND,
                    number: *n,
                };
                (
                    issue,
                    crate::mirror::links::front_matter_links(front, scope),
                )
            })
            .filter(|(_, links)| !links.is_empty())
            .collect())
    }

    fn edit_issue_link(
        &self,
        root: &Path,
        issue: &IssueRef,
        other: &IssueRef,
        add: bool,
    ) -> Option<Result<(), String>> {
        let IssueRef::Number { number, .. } = issue else {
            return Some(Err(format!("{issue} is not a local issue")));
        };
        let text = other.to_string();
        let edited = LocalTracker::new(root).update(*number, |i| {
            if add && !i.links.contains(&text) {
                i.links.push(text.clone());
            } else if !add {
                i.links.retain(|l| *l != text);
            }
        });
        Some(edited.map(drop).map_err(|e| e.to_string()))
    }

    fn kind(&self) -> TrackerKind {
        KIND
    }

    fn reference_forms(&self) -> &'static [&'static str] {
        &["local#3"]
    }

    fn dry_run(&self, _config: &Config) -> bool {
        false
    }

    fn build(&self, f: &TrackerFactory) -> Result<Arc<dyn Tracker>, CliError> {
        Ok(Arc::new(build(f)))
    }

    fn issue_url(&self, _config: &Config, issue: &IssueRef) -> Option<String> {
        let IssueRef::Number { number, .. } = issue else {
            return None;
        };
        Some(format!(".debussy/issues/{number}.md"))
    }

    fn not_found(&self, f: &TrackerFactory, issue: &IssueRef, cwd: &Path) -> Option<CliError> {
        let IssueRef::Number { number, .. } = issue else {
            return None;
        };
        let path = build(f).issue_path(*number);
        let shown = path.strip_prefix(cwd).unwrap_or(&path);
        Some(
            CliError::new(
                exit::FAILURE,
                format!("{issue} not found: no file {}", shown.display()),
            )
            .hint("`gh debussy-sync issue list --state all` shows the local issues; `gh debussy-sync issue create --title TEXT` makes one"),
        )
    }
}

/// The local tracker of the repository, its comments signed by the login name.
pub fn build(f: &TrackerFactory) -> LocalTracker {
    let tracker = LocalTracker::new(f.root());
    match &f.env().user {
        Some(user) => tracker.with_user(user),
        None => tracker,
    }
}
