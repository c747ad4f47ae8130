//! The local tracker: issues as markdown files in the repository, versioned with the
//! code, so the whole flow works offline and without an account.
//!
//! Layout under `.debussy/issues/`: `N.md` per issue (YAML front matter, the body,
//! then comments), `milestones/N.md` per milestone (the description is the body) and
//! `labels.yaml`. Every change is a read-modify-write under an exclusive lock on
//! `.lock`, written to a temporary file and renamed into place, so a reader sees the
//! old file or the new one, never a torn one, and concurrent writers lose nothing.
//!
//! The files are shared with people and other tools (seed 002's roadmap tool keeps
//! `priority`, `depends_on`, `remote_ids`… in the same front matter), so a rewrite is
//! minimal: only the lines of our keys whose value changed are replaced, comments and
//! labels are appended, and every other byte stays where it was.

pub mod claim;
mod deps;
mod front_matter;
pub mod module;
mod publish;
mod query;

use crate::refs::{IssueRef, TrackerKind};
use crate::store::now_rfc3339;
use crate::tracker::progress::with_progress_line;
use crate::tracker::{
    Change, CommentView, IssueDetails, IssueEdit, IssueFilter, IssueSnapshot, IssueState,
    LabelSpec, Listed, Milestone, NewIssue, Observation, ObserveRequest, Space, Target, Tracker,
    TrackerError,
};
use async_trait::async_trait;
pub use module::{KIND, MODULE};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fs::OpenOptions;
use std::path::{Path, PathBuf};

/// Comments start with this line: `<!-- comment by AUTHOR at TIME -->`.
const COMMENT_PREFIX: &str = "<!-- comment by ";
const COMMENTS_HEADING: &str = "## Comments";
/// The author of comments written by this tool.
pub const AUTHOR: &str = "gh-debussy-sync";
/// The first line of a `labels.yaml` this tool starts.
const LABELS_HEADER: &str = "# Labels of the local tracker: name → color and description.\n";

/// One local issue, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalIssue {
    pub number: u64,
    pub title: String,
    pub state: IssueState,
    pub state_reason: Option<String>,
    pub labels: Vec<String>,
    pub milestone: Option<u64>,
    pub assignees: Vec<String>,
    pub created: String,
    pub updated: String,
    /// References of remote issues this one mirrors.
    pub links: Vec<String>,
    pub body: String,
    pub comments: Vec<LocalComment>,
    /// Dependencies, progress and claim (PRODUCT §14), kept in their own keys.
    pub meta: deps::Meta,
}

/// A comment kept in the issue file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct LocalComment {
    pub author: String,
    pub at: String,
    pub body: String,
}

impl LocalComment {
    /// The comment as it is written under the issue: a blank line, the header line,
    /// the text.
    fn render(&self) -> String {
        format!(
            "\n{COMMENT_PREFIX}{} at {} -->\n{}\n",
            self.author,
            self.at,
            self.body.trim()
        )
    }
}

/// The front-matter keys this tool owns; every other key belongs to someone else.
#[derive(Deserialize)]
struct Front {
    /// Absent in files other tools write (seed 002's roadmap tool names its issues
    /// by `id:`): the file name's number then.
    #[serde(default)]
    number: Option<u64>,
    title: String,
    /// Absent in a roadmap tool's files, which say `status:` instead.
    #[serde(default)]
    state: Option<String>,
    #[serde(default)]
    status: Option<String>,
    #[serde(default)]
    state_reason: Option<String>,
    #[serde(default)]
    labels: Vec<String>,
    /// A milestone number; another tool's milestone name is left to it.
    #[serde(default, deserialize_with = "number_or_none")]
    milestone: Option<u64>,
    #[serde(default)]
    assignees: Vec<String>,
    #[serde(default)]
    created: String,
    #[serde(default)]
    updated: String,
    #[serde(default)]
    links: Vec<String>,
    // PRODUCT §14's keys, read leniently by [`deps::Meta::read`].
    #[serde(default)]
    depends_on: Option<serde_json::Value>,
    #[serde(default)]
    blocks: Option<serde_json::Value>,
    #[serde(default)]
    progress: Option<serde_json::Value>,
    #[serde(default)]
    claim: Option<serde_json::Value>,
}

/// A number, or `None` for anything else (null, a name).
fn number_or_none<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
    let value: Option<serde_json::Value> = Deserialize::deserialize(d)?;
    Ok(value.and_then(|v| v.as_u64()))
}

/// The state a roadmap tool's `status:` means: done and cancelled work is closed.
fn state_of_status(status: &str) -> IssueState {
    match status.trim().to_ascii_lowercase().as_str() {
        "done" | "completed" | "closed" | "cancelled" | "canceled" | "wontfix" => {
            IssueState::Closed
        }
        _ => IssueState::Open,
    }
}

#[derive(Deserialize)]
struct MilestoneFront {
    number: u64,
    #[serde(default)]
    title: String,
}

/// The labels of `labels.yaml` by name; their colors and descriptions are only
/// ever written.
type Labels = BTreeMap<String, serde::de::IgnoredAny>;

/// JSON string quoting is valid YAML double-quoted scalar syntax.
fn quote(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

fn quote_list(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| quote(s)).collect();
    format!("[{}]", quoted.join(", "))
}

/// A file with front matter, cut into pieces that concatenate back to the file:
/// the opening `---` line, the front matter, the closing `---` line, the rest.
struct Parts<'a> {
    open: &'a str,
    front: &'a str,
    close: &'a str,
    rest: &'a str,
}

fn split_front_matter(text: &str) -> Option<Parts<'_>> {
    let open_len = ["---\n", "---\r\n"]
        .into_iter()
        .find(|open| text.starts_with(open))?
        .len();
    let after_open = &text[open_len..];
    let front_len = after_open.find("\n---")? + 1;
    let after_front = &after_open[front_len..];
    let close_len = after_front
        .find('\n')
        .map_or(after_front.len(), |at| at + 1);
    Some(Parts {
        open: &text[..open_len],
        front: &after_open[..front_len],
        close: &after_front[..close_len],
        rest: &after_front[close_len..],
    })
}

/// Splits what follows the front matter into the body part (with the comments
/// heading) and the comments part, which starts with the line break before the
/// first comment's header line, as [`LocalComment::render`] writes it.
fn split_comments(rest: &str) -> (&str, &str) {
    let at = if rest.starts_with(COMMENT_PREFIX) {
        Some(0)
    } else {
        rest.find(&format!("\n{COMMENT_PREFIX}"))
    };
    rest.split_at(at.unwrap_or(rest.len()))
}

impl LocalIssue {
    /// The issue as the engine sees it.
    fn snapshot(self, issue: &IssueRef) -> IssueSnapshot {
        IssueSnapshot {
            issue: issue.clone(),
            title: self.title,
            open: self.state == IssueState::Open,
            state_reason: self.state_reason,
            labels: self.labels,
            milestone: self.milestone,
            status: None,
            category: None,
            pull_request: false,
        }
    }

    /// Opens or closes the issue; `reason` is why it was closed (`reopened` when
    /// opened). An issue already in `state` is left as it is.
    fn set_state(&mut self, state: IssueState, reason: Option<&str>) {
        if self.state != state {
            self.state = state;
            self.state_reason = Some(reason.unwrap_or("reopened").to_string());
        }
    }

    /// Our front-matter keys with their values as written.
    fn front_lines(&self) -> [(&'static str, String); 10] {
        let or_null = |value: Option<String>| value.unwrap_or_else(|| "null".into());
        [
            ("number", self.number.to_string()),
            ("title", quote(&self.title)),
            ("state", self.state.as_str().into()),
            ("state_reason", or_null(self.state_reason.clone())),
            ("labels", quote_list(&self.labels)),
            ("milestone", or_null(self.milestone.map(|m| m.to_string()))),
            ("assignees", quote_list(&self.assignees)),
            ("created", quote(&self.created)),
            ("updated", quote(&self.updated)),
            ("links", quote_list(&self.links)),
        ]
    }

    /// The body part of a file: the body, then the comments heading when comments
    /// follow.
    fn render_body(&self) -> String {
        let mut out = String::from("\n");
        let body = self.body.trim();
        if !body.is_empty() {
            out.push_str(body);
            out.push('\n');
        }
        if !self.comments.is_empty() {
            out.push_str(&format!("\n{COMMENTS_HEADING}\n"));
        }
        out
    }

    /// Renders a new issue file.
    pub fn render(&self) -> String {
        let mut out = String::from("---\n");
        for (key, value) in self.front_lines() {
            out.push_str(&format!("{key}: {value}\n"));
        }
        out.push_str("---\n");
        out.push_str(&self.render_body());
        out.extend(self.comments.iter().map(LocalComment::render));
        out
    }

    /// The file `text`, which held `before`, changed to hold `self` with the fewest
    /// edits: the front-matter lines of our keys whose value changed, the body if it
    /// changed, new comments appended. The result is read back and must give `self`;
    /// anything else is refused rather than written.
    fn rewrite(&self, before: &LocalIssue, text: &str, file: &str) -> Result<String, String> {
        let parts = split_front_matter(text)
            .ok_or_else(|| format!("{file}:1: expected YAML front matter between --- lines"))?;
        let mut front = parts.front.to_string();
        for ((key, new), (_, old)) in self.front_lines().into_iter().zip(before.front_lines()) {
            if new != old {
                front = front_matter::set(&front, key, &new);
            }
        }
        let (body_part, comments_part) = split_comments(parts.rest);
        let mut rest = if self.body.trim() == before.body.trim() {
            body_part.to_string()
        } else {
            self.render_body()
        };
        // Comments are only ever added: the ones there stay as written.
        let kept = self.comments.strip_prefix(before.comments.as_slice());
        let appended = kept.unwrap_or(&self.comments);
        if kept.is_some() && !comments_part.is_empty() {
            rest.push_str(comments_part);
        } else if !appended.is_empty() && !rest.trim_end().ends_with(COMMENTS_HEADING) {
            if !rest.ends_with('\n') {
                rest.push('\n');
            }
            rest.push_str(&format!("\n{COMMENTS_HEADING}\n"));
        }
        for comment in appended {
            if !rest.ends_with('\n') {
                rest.push('\n');
            }
            rest.push_str(&comment.render());
        }
        let out = format!("{}{front}{}{rest}", parts.open, parts.close);
        match LocalIssue::parse(&out, file) {
            Ok(written) if written == self.normalized() => Ok(out),
            _ => Err(format!(
                "{file}: cannot change it without touching lines that are not ours; write its front matter as one `key: value` entry per line"
            )),
        }
    }

    /// The issue as reading it back gives it: the texts trimmed.
    fn normalized(&self) -> LocalIssue {
        let mut out = self.clone();
        out.body = out.body.trim().to_string();
        for c in &mut out.comments {
            c.body = c.body.trim().to_string();
        }
        out
    }

    /// Parses an issue file; `file` names it in errors.
    pub fn parse(text: &str, file: &str) -> Result<LocalIssue, String> {
        let parts = split_front_matter(text)
            .ok_or_else(|| format!("{file}:1: expected YAML front matter between --- lines"))?;
        let f: Front =
            serde_saphyr::from_str(parts.front).map_err(|e| yaml_error(file, &e.to_string()))?;
        let state = match (&f.state, &f.status) {
            (Some(state), _) => IssueState::parse(state)
                .ok_or_else(|| format!("{file}: state: '{state}' is not open or closed"))?,
            (None, Some(status)) => state_of_status(status),
            (None, None) => IssueState::Open,
        };
        let named = Path::new(file)
            .file_stem()
            .and_then(|s| s.to_str())
            .and_then(|s| s.parse().ok());
        let number = f.number.or(named).ok_or_else(|| {
            format!("{file}: number: missing, and the file name is not a number; set number: N")
        })?;
        let (body, comments) = split_comments(parts.rest);
        let body = body.trim();
        let body = body
            .strip_suffix(COMMENTS_HEADING)
            .unwrap_or(body)
            .trim()
            .to_string();
        Ok(LocalIssue {
            number,
            title: f.title,
            state,
            state_reason: f.state_reason,
            labels: f.labels,
            milestone: f.milestone,
            assignees: f.assignees,
            created: f.created,
            updated: f.updated,
            links: f.links,
            body,
            comments: parse_comments(comments),
            meta: deps::Meta::read(f.depends_on, f.blocks, f.progress, f.claim),
        })
    }
}

/// A front-matter error as `file:LINE:COL: reason`, with the line counted in the
/// file (the front matter starts on line 2, after `---`).
fn yaml_error(file: &str, message: &str) -> String {
    let message = message.lines().next().unwrap_or_default();
    let message = message.strip_prefix("error: ").unwrap_or(message);
    let position = message.strip_prefix("line ").and_then(|rest| {
        let (line, rest) = rest.split_once(" column ")?;
        let (column, reason) = rest.split_once(": ")?;
        Some((
            line.parse::<usize>().ok()?,
            column.parse::<usize>().ok()?,
            reason,
        ))
    });
    match position {
        Some((line, column, reason)) => {
            format!(
                "{file}:{}:{column}: invalid front matter: {reason}",
                line + 1
            )
        }
        None => format!("{file}: invalid front matter: {message}"),
    }
}

fn parse_comments(text: &str) -> Vec<LocalComment> {
    let mut comments: Vec<LocalComment> = Vec::new();
    for line in text.lines() {
        if let Some(head) = line
            .strip_prefix(COMMENT_PREFIX)
            .and_then(|h| h.strip_suffix(" -->"))
        {
            let (author, at) = head.rsplit_once(" at ").unwrap_or((head, ""));
            comments.push(LocalComment {
                author: author.to_string(),
                at: at.to_string(),
                body: String::new(),
            });
        } else if let Some(c) = comments.last_mut() {
            c.body.push_str(line);
            c.body.push('\n');
        }
    }
    for c in &mut comments {
        c.body = c.body.trim().to_string();
    }
    comments
}

/// The local tracker rooted at a repository's `.debussy/issues/`.
pub struct LocalTracker {
    dir: PathBuf,
    /// Author of the comments a person writes through `issue comment`.
    user: String,
}

impl LocalTracker {
    pub fn new(root: &Path) -> LocalTracker {
        LocalTracker {
            dir: root.join(".debussy").join("issues"),
            user: "you".into(),
        }
    }

    /// Names the author of comments written through the issue commands.
    pub fn with_user(mut self, user: &str) -> LocalTracker {
        self.user = user.to_string();
        self
    }

    /// The file that holds (or would hold) issue `number`.
    pub fn issue_path(&self, number: u64) -> PathBuf {
        self.dir.join(format!("{number}.md"))
    }

    fn milestone_path(&self, number: u64) -> PathBuf {
        self.dir.join("milestones").join(format!("{number}.md"))
    }

    fn label_path(&self) -> PathBuf {
        self.dir.join("labels.yaml")
    }

    fn io(&self, path: &Path, e: std::io::Error) -> TrackerError {
        TrackerError::Transport(format!(
            "{}: {}",
            path.display(),
            crate::error::io_reason(&e)
        ))
    }

    /// Runs `f` holding the exclusive lock of the issue directory.
    pub fn locked<T>(
        &self,
        f: impl FnOnce() -> Result<T, TrackerError>,
    ) -> Result<T, TrackerError> {
        std::fs::create_dir_all(&self.dir).map_err(|e| self.io(&self.dir, e))?;
        let lock_path = self.dir.join(".lock");
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(|e| self.io(&lock_path, e))?;
        lock.lock().map_err(|e| self.io(&lock_path, e))?;
        self.remove_stale_temporaries();
        let result = f();
        let _ = lock.unlock();
        result
    }

    /// Temporary files are only written under the lock, so any found while holding
    /// it belong to a writer that died before its rename: they are removed.
    fn remove_stale_temporaries(&self) {
        for dir in [self.dir.clone(), self.dir.join("milestones")] {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            for entry in entries.flatten() {
                let name = entry.file_name();
                let name = name.to_string_lossy();
                if name.starts_with('.') && name.ends_with(".tmp") {
                    let _ = std::fs::remove_file(entry.path());
                }
            }
        }
    }

    /// Writes `text` to `path` atomically: temporary file, fsync, rename.
    fn write_atomic(&self, path: &Path, text: &str) -> Result<(), TrackerError> {
        let dir = path.parent().unwrap_or(&self.dir);
        std::fs::create_dir_all(dir).map_err(|e| self.io(dir, e))?;
        crate::atomic::write(path, text).map_err(|e| self.io(path, e))
    }

    /// Reads one issue. The file `N.md` must say `number: N`: a file that names
    /// another number is refused rather than answering for the wrong issue.
    pub fn read(&self, number: u64) -> Result<LocalIssue, TrackerError> {
        self.read_file(number).map(|(issue, _)| issue)
    }

    /// Reads one issue and the text of its file.
    fn read_file(&self, number: u64) -> Result<(LocalIssue, String), TrackerError> {
        let path = self.issue_path(number);
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(TrackerError::NotFound)
            }
            Err(e) => return Err(self.io(&path, e)),
        };
        let file = path.display().to_string();
        let issue = LocalIssue::parse(&text, &file).map_err(TrackerError::Rejected)?;
        if issue.number != number {
            return Err(TrackerError::Rejected(format!(
                "{file}: number: {} does not match the file name; rename the file to {}.md or set number: {number}",
                issue.number, issue.number
            )));
        }
        Ok((issue, text))
    }

    /// The numbers of the issue files present (`N.md`), ascending.
    fn numbers(&self) -> Result<Vec<u64>, TrackerError> {
        let mut numbers: Vec<u64> = match std::fs::read_dir(&self.dir) {
            Ok(entries) => entries
                .flatten()
                .filter_map(|e| e.file_name().to_str()?.strip_suffix(".md")?.parse().ok())
                .collect(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
            Err(e) => return Err(self.io(&self.dir, e)),
        };
        numbers.sort_unstable();
        Ok(numbers)
    }

    /// Every readable issue, by number, and one message per file that could not be
    /// read (one broken file never hides the others).
    pub fn list(&self) -> Result<(Vec<LocalIssue>, Vec<String>), TrackerError> {
        let mut issues = Vec::new();
        let mut problems = Vec::new();
        for n in self.numbers()? {
            match self.read(n) {
                Ok(issue) => issues.push(issue),
                Err(e) => problems.push(format!("local#{n} skipped: {e}")),
            }
        }
        Ok((issues, problems))
    }

    /// Read-modify-write of one issue under the lock; a change that changes
    /// nothing writes nothing, and a change rewrites only what it changed.
    pub fn update(
        &self,
        number: u64,
        f: impl FnOnce(&mut LocalIssue),
    ) -> Result<LocalIssue, TrackerError> {
        self.locked(|| {
            let (mut issue, text) = self.read_file(number)?;
            let before = issue.clone();
            f(&mut issue);
            if issue != before {
                issue.updated = now_rfc3339();
                let path = self.issue_path(number);
                let text = issue
                    .rewrite(&before, &text, &path.display().to_string())
                    .map_err(TrackerError::Rejected)?;
                self.write_atomic(&path, &text)?;
            }
            Ok(issue)
        })
    }

    /// Creates an issue with the next free number.
    pub fn create(&self, new: &NewIssue) -> Result<LocalIssue, TrackerError> {
        self.locked(|| {
            // Count every file, readable or not: a broken file still owns its number.
            let number = self.numbers()?.last().copied().unwrap_or(0) + 1;
            let now = now_rfc3339();
            let issue = LocalIssue {
                number,
                title: new.title.clone(),
                state: IssueState::Open,
                state_reason: None,
                labels: new.labels.clone(),
                milestone: new.milestone,
                assignees: new.assignees.clone(),
                created: now.clone(),
                updated: now,
                links: Vec::new(),
                body: new.body.clone(),
                comments: Vec::new(),
                meta: deps::Meta::default(),
            };
            self.write_atomic(&self.issue_path(number), &issue.render())?;
            Ok(issue)
        })
    }

    fn labels(&self) -> Result<Labels, TrackerError> {
        self.parse_labels(&self.label_text()?)
    }

    /// The text of `labels.yaml`; empty when there is none.
    fn label_text(&self) -> Result<String, TrackerError> {
        let path = self.label_path();
        match std::fs::read_to_string(&path) {
            Ok(text) => Ok(text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(String::new()),
            Err(e) => Err(self.io(&path, e)),
        }
    }

    fn parse_labels(&self, text: &str) -> Result<Labels, TrackerError> {
        if text.trim().is_empty() {
            return Ok(BTreeMap::new());
        }
        serde_saphyr::from_str(text).map_err(|e| {
            TrackerError::Rejected(format!(
                "{}: {}",
                self.label_path().display(),
                e.to_string().lines().next().unwrap_or_default()
            ))
        })
    }

    /// Adds a label as one line at the end of `labels.yaml`: the labels, comments
    /// and keys already there stay as they are.
    fn add_label(&self, spec: &LabelSpec) -> Result<(), TrackerError> {
        self.locked(|| {
            let mut text = self.label_text()?;
            if self.parse_labels(&text)?.contains_key(&spec.name) {
                return Ok(());
            }
            if text.trim().is_empty() {
                text = LABELS_HEADER.to_string();
            } else if !text.ends_with('\n') {
                text.push('\n');
            }
            text.push_str(&format!(
                "{}: {{ color: {}, description: {} }}\n",
                quote(&spec.name),
                quote(&spec.color),
                quote(&spec.description)
            ));
            if !self.parse_labels(&text)?.contains_key(&spec.name) {
                return Err(TrackerError::Rejected(format!(
                    "{}: cannot add label {} as a line of its own; write the file as one `name: {{ color: …, description: … }}` line per label",
                    self.label_path().display(),
                    spec.name
                )));
            }
            self.write_atomic(&self.label_path(), &text)
        })
    }

    fn read_milestone(&self, number: u64) -> Result<(Milestone, String), TrackerError> {
        let path = self.milestone_path(number);
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(TrackerError::NotFound)
            }
            Err(e) => return Err(self.io(&path, e)),
        };
        let parts = split_front_matter(&text).ok_or_else(|| {
            TrackerError::Rejected(format!("{}:1: expected YAML front matter", path.display()))
        })?;
        let f: MilestoneFront = serde_saphyr::from_str(parts.front)
            .map_err(|e| TrackerError::Rejected(format!("{}: {e}", path.display())))?;
        Ok((
            Milestone {
                number: f.number,
                title: f.title,
                description: parts.rest.trim_start_matches('\n').trim_end().to_string(),
            },
            parts.front.to_string(),
        ))
    }

    fn details_of(&self, i: LocalIssue) -> IssueDetails {
        let read = i.milestone.map(|n| (n, self.read_milestone(n)));
        // A milestone unreadable or untitled has no name to mirror.
        let milestone_names = match &read {
            Some((n, Ok((m, _)))) if !m.title.trim().is_empty() => {
                Some(crate::tracker::MilestoneNames::of_shown(*n, &m.title))
            }
            Some(_) => None,
            None => Some(crate::tracker::MilestoneNames::One(None)),
        };
        let milestone = read.map(|(n, m)| match m {
            Ok((m, _)) if !m.title.is_empty() => format!("{n}: {}", m.title),
            _ => n.to_string(),
        });
        let progress = i.meta.progress.clone();
        IssueDetails {
            progress,
            reference: format!("local#{}", i.number),
            tracker: KIND.as_str(),
            title: i.title,
            state: i.state,
            state_reason: i.state_reason,
            status: None,
            labels: i.labels,
            assignees: i.assignees,
            one_assignee: false,
            close_reasons: true,
            version: None,
            author: None,
            milestone,
            milestone_names,
            body: i.body,
            url: Some(self.issue_path(i.number).display().to_string()),
            created: Some(i.created).filter(|c| !c.is_empty()),
            updated: Some(i.updated).filter(|u| !u.is_empty()),
            comments: i
                .comments
                .into_iter()
                .map(|c| CommentView {
                    agent: None,
                    author: Some(c.author),
                    created: Some(c.at),
                    body: c.body,
                })
                .collect(),
        }
    }

    fn local_number(issue: &IssueRef) -> Result<u64, TrackerError> {
        match issue {
            IssueRef::Number { kind: KIND, number } => Ok(*number),
            other => Err(TrackerError::Unavailable(format!(
                "{other} is not a local issue"
            ))),
        }
    }
}

#[async_trait]
impl Tracker for LocalTracker {
    fn kind(&self) -> TrackerKind {
        KIND
    }

    fn dependency_links(&self) -> Option<&dyn crate::tracker::dependency_links::DependencyLinks> {
        Some(self)
    }

    async fn issue(&self, issue: &IssueRef) -> Result<IssueSnapshot, TrackerError> {
        let local = self.read(Self::local_number(issue)?)?;
        Ok(local.snapshot(issue))
    }

    /// Each issue file is read once (state, labels and comments from one read), the
    /// label file once, each milestone file once.
    async fn observe(&self, request: &ObserveRequest) -> Observation {
        let mut out = Observation::default();
        for issue in &request.issues {
            let read = Self::local_number(issue).and_then(|n| self.read(n));
            if let (Some(marker), true) = (&request.marker, request.marked.contains(issue)) {
                let found = read
                    .as_ref()
                    .map(|i| i.comments.iter().any(|c| c.body.contains(marker.as_str())))
                    .map_err(Clone::clone);
                out.marked.insert(issue.clone(), found);
            }
            out.issues
                .insert(issue.clone(), read.map(|local| local.snapshot(issue)));
        }
        if !request.labels.is_empty() {
            let labels = self.labels();
            for key in &request.labels {
                let exists = labels
                    .as_ref()
                    .map(|l| l.contains_key(&key.1))
                    .map_err(Clone::clone);
                out.labels.insert(key.clone(), exists);
            }
        }
        if request.milestones {
            let numbers: std::collections::BTreeSet<u64> = out
                .issues
                .values()
                .flatten()
                .filter_map(|s| s.milestone)
                .collect();
            for n in numbers {
                out.milestones.insert(
                    (Space::Whole(KIND), n),
                    self.read_milestone(n).map(|(m, _)| m),
                );
            }
        }
        out
    }

    async fn label_exists(&self, _space: &Space, name: &str) -> Result<bool, TrackerError> {
        Ok(self.labels()?.contains_key(name))
    }

    async fn milestone(&self, _space: &Space, number: u64) -> Result<Milestone, TrackerError> {
        self.read_milestone(number).map(|(m, _)| m)
    }

    async fn has_comment(&self, issue: &IssueRef, marker: &str) -> Result<bool, TrackerError> {
        let local = self.read(Self::local_number(issue)?)?;
        Ok(local.comments.iter().any(|c| c.body.contains(marker)))
    }

    async fn apply(&self, target: &Target, change: &Change) -> Result<(), TrackerError> {
        match (target, change) {
            (Target::Space(_), Change::CreateLabel(spec)) => self.add_label(spec),
            (Target::Issue(issue), change) => {
                let number = Self::local_number(issue)?;
                let mut unsupported = false;
                self.update(number, |i| match change {
                    Change::AddLabel(l) if !i.labels.contains(l) => i.labels.push(l.clone()),
                    Change::RemoveLabel(l) => i.labels.retain(|x| x != l),
                    Change::Comment { body, .. } => i.comments.push(LocalComment {
                        author: AUTHOR.into(),
                        at: now_rfc3339(),
                        body: body.clone(),
                    }),
                    Change::Reopen => i.set_state(IssueState::Open, None),
                    Change::Close { reason } => {
                        i.set_state(IssueState::Closed, Some(reason.as_str()))
                    }
                    Change::AddLabel(_) => {}
                    _ => unsupported = true,
                })?;
                if unsupported {
                    return Err(TrackerError::Unavailable(format!(
                        "cannot {} on {issue}",
                        change.action()
                    )));
                }
                Ok(())
            }
            (Target::Milestone(_, number), Change::SetProgressLine { plan_key, line }) => self
                .locked(|| {
                    let (milestone, front) = self.read_milestone(*number)?;
                    let description = with_progress_line(&milestone.description, line, plan_key);
                    if description == milestone.description {
                        return Ok(());
                    }
                    let text = format!("---\n{front}---\n\n{}\n", description.trim_end());
                    self.write_atomic(&self.milestone_path(*number), &text)
                }),
            (target, change) => Err(TrackerError::Unavailable(format!(
                "cannot {} on {target}",
                change.action()
            ))),
        }
    }

    async fn list_issues(
        &self,
        space: &Space,
        filter: &IssueFilter,
    ) -> Result<Listed, TrackerError> {
        if *space != Space::Whole(KIND) {
            return Err(TrackerError::Unavailable(format!(
                "{space} is not the local tracker"
            )));
        }
        let (issues, warnings) = self.list()?;
        // Newest first, as gh lists: numbers are given in order of creation.
        let matching: Vec<LocalIssue> = issues
            .into_iter()
            .rev()
            .filter(|i| {
                filter.state.matches(i.state == IssueState::Open)
                    && filter.accepts(&i.labels, &i.assignees)
            })
            .collect();
        let total = matching.len();
        let shown = matching
            .into_iter()
            .take(filter.limit)
            .map(|i| self.details_of(i))
            .collect();
        Ok(Listed::counted(shown, total).with_warnings(warnings))
    }

    fn query_facets(&self, issues: &[IssueDetails]) -> Box<dyn crate::query::Facets> {
        Box::new(self.facets(issues))
    }

    /// The issue, with a digest of its file as its version: a hand edit changes
    /// the file but seldom its `updated:`.
    async fn details(&self, issue: &IssueRef) -> Result<IssueDetails, TrackerError> {
        let (read, text) = self.read_file(Self::local_number(issue)?)?;
        let digest = ring::digest::digest(&ring::digest::SHA256, text.as_bytes());
        Ok(IssueDetails {
            version: Some(hex::encode(digest)),
            ..self.details_of(read)
        })
    }

    async fn create_issue(
        &self,
        space: &Space,
        new: &NewIssue,
    ) -> Result<IssueDetails, TrackerError> {
        if *space != Space::Whole(KIND) {
            return Err(TrackerError::Unavailable(format!(
                "{space} is not the local tracker"
            )));
        }
        Ok(self.details_of(self.create(new)?))
    }

    async fn edit_issue(
        &self,
        issue: &IssueRef,
        edit: &IssueEdit,
    ) -> Result<IssueDetails, TrackerError> {
        let updated = self.update(Self::local_number(issue)?, |i| {
            if let Some(t) = &edit.title {
                i.title = t.clone();
            }
            if let Some(b) = &edit.body {
                i.body = b.clone();
            }
            for l in &edit.add_labels {
                if !i.labels.contains(l) {
                    i.labels.push(l.clone());
                }
            }
            i.labels.retain(|l| !edit.remove_labels.contains(l));
            for a in &edit.add_assignees {
                if !i.assignees.contains(a) {
                    i.assignees.push(a.clone());
                }
            }
            i.assignees.retain(|a| !edit.remove_assignees.contains(a));
            if let Some(m) = edit.milestone {
                i.milestone = m;
            }
        })?;
        Ok(self.details_of(updated))
    }

    async fn set_open(
        &self,
        issue: &IssueRef,
        open: bool,
        reason: Option<&str>,
    ) -> Result<IssueDetails, TrackerError> {
        let updated = self.update(Self::local_number(issue)?, |i| match open {
            true => i.set_state(IssueState::Open, None),
            false => i.set_state(IssueState::Closed, Some(reason.unwrap_or("completed"))),
        })?;
        Ok(self.details_of(updated))
    }

    async fn comment(&self, issue: &IssueRef, body: &str) -> Result<(), TrackerError> {
        self.update(Self::local_number(issue)?, |i| {
            i.comments.push(LocalComment {
                author: self.user.clone(),
                at: now_rfc3339(),
                body: body.to_string(),
            })
        })
        .map(drop)
    }

    fn publish_structure(&self) -> crate::tracker::publish::Structure {
        publish::STRUCTURE
    }

    async fn publish_observe(
        &self,
        space: &Space,
        read: &crate::tracker::publish::PublishRead,
    ) -> crate::tracker::publish::PublishSeen {
        self.publish_read(space, read).await
    }

    async fn publish_write(
        &self,
        space: &Space,
        write: &crate::tracker::publish::PublishWrite,
    ) -> Result<crate::tracker::publish::Written, TrackerError> {
        self.publish_one(space, write).await
    }

    async fn set_progress(
        &self,
        issue: &IssueRef,
        progress: &crate::progress_meta::Progress,
    ) -> Result<IssueDetails, TrackerError> {
        let written = self.store_progress(Self::local_number(issue)?, progress)?;
        Ok(self.details_of(written))
    }

    async fn activity(
        &self,
        scope: &crate::activity::Scope,
    ) -> Result<Vec<crate::activity::Entry>, TrackerError> {
        self.history(scope)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn issue() -> LocalIssue {
        LocalIssue {
            number: 3,
            title: "Storage: \"quoted\" layer".into(),
            state: IssueState::Open,
            state_reason: None,
            labels: vec!["bug".into(), "debussy:in-progress".into()],
            milestone: Some(1),
            assignees: vec!["ana".into()],
            created: "2026-11-01T00:00:00.000Z".into(),
            updated: "2026-11-02T00:00:00.000Z".into(),
            links: vec!["acme/widgets#12".into()],
            body: "The body.\n\nWith paragraphs.".into(),
            comments: vec![LocalComment {
                author: AUTHOR.into(),
                at: "2026-11-03T00:00:00.000Z".into(),
                body: "Done.\n\n<!-- debussy-sync:completion:x -->".into(),
            }],
            meta: deps::Meta::default(),
        }
    }

    #[test]
    fn render_and_parse_round_trip() {
        let i = issue();
        let text = i.render();
        assert!(text.starts_with("---\nnumber: 3\ntitle: \"Storage: \\\"quoted\\\" layer\"\n"));
        assert_eq!(LocalIssue::parse(&text, "3.md").unwrap(), i);
    }

    #[test]
    fn hand_written_file_with_plain_yaml_parses() {
        let text = "---\nnumber: 4\ntitle: Fix the thing\nlabels:\n  - bug\n---\nBody\n";
        let i = LocalIssue::parse(text, "4.md").unwrap();
        assert_eq!(i.state, IssueState::Open);
        assert_eq!(i.labels, ["bug"]);
        assert_eq!(i.body, "Body");
    }

    #[test]
    fn invalid_state_is_named() {
        let err =
            LocalIssue::parse("---\nnumber: 1\ntitle: x\nstate: done\n---\n", "1.md").unwrap_err();
        assert!(err.contains("1.md: state: 'done'"), "{err}");
    }

    /// `text` changed by `f` the way [`LocalTracker::update`] changes a file.
    fn rewritten(text: &str, f: impl FnOnce(&mut LocalIssue)) -> Result<String, String> {
        let before = LocalIssue::parse(text, "1.md")?;
        let mut after = before.clone();
        f(&mut after);
        after.rewrite(&before, text, "1.md")
    }

    const HAND_WRITTEN: &str = "---\nnumber: 1\ntitle: 'Fix it'  # short\nlabels:\n  - bug\n\n# roadmap keys\npriority: high\n---\nBody, as written.  \n";

    #[test]
    fn a_change_replaces_only_the_lines_of_the_keys_it_changes() {
        let out = rewritten(HAND_WRITTEN, |i| i.labels.push("p1".into())).unwrap();
        assert_eq!(
            out,
            HAND_WRITTEN.replace("labels:\n  - bug\n", "labels: [\"bug\", \"p1\"]\n")
        );
        let out = rewritten(HAND_WRITTEN, |i| {
            i.set_state(IssueState::Closed, Some("not_planned"))
        })
        .unwrap();
        assert_eq!(
            out,
            HAND_WRITTEN.replace(
                "priority: high\n",
                "priority: high\nstate: closed\nstate_reason: not_planned\n"
            )
        );
    }

    #[test]
    fn comments_are_appended_after_the_text_as_written() {
        let comment = |body: &str| LocalComment {
            author: "ana".into(),
            at: "2026-01-01T00:00:00Z".into(),
            body: body.into(),
        };
        let once = rewritten(HAND_WRITTEN, |i| i.comments.push(comment("First."))).unwrap();
        assert_eq!(
            once,
            format!("{HAND_WRITTEN}\n## Comments\n\n<!-- comment by ana at 2026-01-01T00:00:00Z -->\nFirst.\n")
        );
        let twice = rewritten(&once, |i| i.comments.push(comment("Second."))).unwrap();
        assert!(twice.starts_with(&once), "{twice}");
        // A new body leaves the comments as they were written.
        let edited = rewritten(&twice, |i| i.body = "New body.".into()).unwrap();
        assert_eq!(
            edited.split_once("<!-- comment").unwrap().1,
            twice.split_once("<!-- comment").unwrap().1
        );
        assert!(
            edited.contains("\nNew body.\n\n## Comments\n\n<!-- comment"),
            "{edited}"
        );
    }

    #[test]
    fn front_matter_that_cannot_be_edited_line_by_line_is_refused() {
        let text = "---\n{number: 1, title: x}\n---\n";
        let err =
            rewritten(text, |i| i.set_state(IssueState::Closed, Some("completed"))).unwrap_err();
        assert!(err.starts_with("1.md: cannot change it"), "{err}");
    }
}
