//! `plan publish` on the local tracker: milestones by title (`milestones/N.md`), a
//! phase issue's `parent:` the tracking issue, and dependencies in the front matter
//! keys seed 002's roadmap tool uses (`depends_on`, `blocks`), added to whatever
//! lists are there. Each edit replaces only the line of its key, under the lock.

use super::{front_matter, split_front_matter, LocalTracker};
use crate::refs::IssueRef;
use crate::tracker::publish::{
    self, MilestoneSeen, PublishRead, PublishSeen, PublishWrite, Structure, Written,
};
use crate::tracker::{Change, IssueEdit, Space, Target, Tracker, TrackerError};
use serde_json::{Map, Value};

/// An issue file: its number, its front matter, the text after it.
pub(crate) type IssueFile = (u64, Map<String, Value>, String);

pub const STRUCTURE: Structure = Structure {
    sub_issues: true,
    dependencies: true,
    milestones: true,
};

impl LocalTracker {
    /// Issues, labels and markers as every tracker reads them; the milestone by
    /// title; the tracking issue's children by their `parent:`.
    pub(super) async fn publish_read(&self, space: &Space, read: &PublishRead) -> PublishSeen {
        let mut seen = publish::observe(
            self,
            space,
            &PublishRead {
                markers: Vec::new(),
                ..read.clone()
            },
        )
        .await;
        if let Some(title) = &read.milestone {
            seen.milestone = Some(self.milestone_titled(title));
        }
        let fronts = self.fronts();
        match &fronts {
            Ok(all) => {
                for (number, _, body) in all {
                    if let Some(m) = read.markers.iter().find(|m| body.contains(m.as_str())) {
                        seen.found.insert(m.clone(), issue(*number));
                    }
                }
            }
            Err(e) if !read.markers.is_empty() => seen.scan_failed = Some(e.clone()),
            Err(_) => {}
        }
        if let Some(parent) = &read.children_of {
            seen.children = Some(fronts.map(|all| {
                let n = Self::local_number(parent).unwrap_or_default();
                all.iter()
                    .filter(|(_, front, _)| numbers(front.get("parent")).contains(&n))
                    .map(|(number, _, _)| issue(*number))
                    .collect()
            }));
        }
        seen
    }

    pub(super) async fn publish_one(
        &self,
        space: &Space,
        write: &PublishWrite,
    ) -> Result<Written, TrackerError> {
        match write {
            PublishWrite::CreateLabel(label) => {
                let target = Target::Space(space.clone());
                self.apply(&target, &Change::CreateLabel(label.clone()))
                    .await?;
                Ok(Written::Done)
            }
            PublishWrite::CreateMilestone { title, due } => {
                self.create_milestone(title, due.as_deref())
            }
            PublishWrite::Create(new) => {
                let created = self.create(new)?;
                Ok(Written::Issue(issue(created.number)))
            }
            PublishWrite::Update { issue, title, body } => {
                let edit = IssueEdit {
                    title: title.clone(),
                    body: body.clone(),
                    ..IssueEdit::default()
                };
                self.edit_issue(issue, &edit).await.map(|_| Written::Done)
            }
            PublishWrite::SubIssue { parent, child } => {
                let p = Self::local_number(parent)?;
                self.edit_front(Self::local_number(child)?, |_| {
                    vec![("parent", p.to_string())]
                })
            }
            PublishWrite::BlockedBy { issue, blocker } => {
                let (n, b) = (Self::local_number(issue)?, Self::local_number(blocker)?);
                self.edit_front(n, |front| added(front, "depends_on", b))?;
                self.edit_front(b, |front| added(front, "blocks", n))
            }
        }
    }

    /// The milestone whose title is `title`.
    fn milestone_titled(&self, title: &str) -> Result<MilestoneSeen, TrackerError> {
        Ok(self
            .milestones()?
            .into_iter()
            .find(|(_, t)| t.trim().eq_ignore_ascii_case(title.trim()))
            .map_or(MilestoneSeen::Missing, |(n, _)| MilestoneSeen::Exists(n)))
    }

    /// Every milestone's number and title.
    fn milestones(&self) -> Result<Vec<(u64, String)>, TrackerError> {
        let dir = self.dir.join("milestones");
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(self.io(&dir, e)),
        };
        let mut out = Vec::new();
        for entry in entries.flatten() {
            let Some(n) = entry
                .file_name()
                .to_str()
                .and_then(|name| name.strip_suffix(".md")?.parse::<u64>().ok())
            else {
                continue;
            };
            let (milestone, _) = self.read_milestone(n)?;
            out.push((n, milestone.title));
        }
        out.sort();
        Ok(out)
    }

    fn create_milestone(&self, title: &str, due: Option<&str>) -> Result<Written, TrackerError> {
        self.locked(|| {
            if let MilestoneSeen::Exists(n) = self.milestone_titled(title)? {
                return Ok(Written::Milestone(n));
            }
            let number = self.milestones()?.last().map_or(1, |(n, _)| n + 1);
            let quote = |s: &str| serde_json::to_string(s).unwrap_or_default();
            let mut front = format!("number: {number}\ntitle: {}\n", quote(title));
            if let Some(due) = due {
                front.push_str(&format!("due: {}\n", quote(due)));
            }
            self.write_atomic(&self.milestone_path(number), &format!("---\n{front}---\n"))?;
            Ok(Written::Milestone(number))
        })
    }

    /// Every readable issue file's number, front matter and text after it.
    pub(crate) fn fronts(&self) -> Result<Vec<IssueFile>, TrackerError> {
        let mut out = Vec::new();
        for n in self.numbers()? {
            let Ok((_, text)) = self.read_file(n) else {
                continue;
            };
            if let Some(parts) = split_front_matter(&text) {
                let front: Map<String, Value> =
                    serde_saphyr::from_str(parts.front).unwrap_or_default();
                out.push((n, front, parts.rest.to_string()));
            }
        }
        Ok(out)
    }

    /// Sets the front matter keys `f` gives (from the keys there now) in issue
    /// `number`'s file, each by replacing only its own line.
    fn edit_front(
        &self,
        number: u64,
        f: impl FnOnce(&Map<String, Value>) -> Vec<(&'static str, String)>,
    ) -> Result<Written, TrackerError> {
        self.locked(|| {
            let (_, text) = self.read_file(number)?;
            let path = self.issue_path(number);
            let parts = split_front_matter(&text).ok_or_else(|| {
                TrackerError::Rejected(format!("{}:1: expected YAML front matter", path.display()))
            })?;
            let now: Map<String, Value> = serde_saphyr::from_str(parts.front)
                .map_err(|e| TrackerError::Rejected(format!("{}: {e}", path.display())))?;
            let mut front = parts.front.to_string();
            for (key, value) in f(&now) {
                front = front_matter::set(&front, key, &value);
            }
            if front != parts.front {
                let out = format!("{}{front}{}{}", parts.open, parts.close, parts.rest);
                self.write_atomic(&path, &out)?;
            }
            Ok(Written::Done)
        })
    }
}

fn issue(number: u64) -> IssueRef {
    IssueRef::Number {
        kind: super::KIND,
        number,
    }
}

/// The issue numbers a front matter value holds (`3`, `[3, "4"]`).
fn numbers(value: Option<&Value>) -> Vec<u64> {
    let one = |v: &Value| v.as_u64().or_else(|| v.as_str()?.trim().parse().ok());
    match value {
        Some(Value::Array(items)) => items.iter().filter_map(one).collect(),
        Some(v) => one(v).into_iter().collect(),
        None => Vec::new(),
    }
}

/// `key`'s list with `number` added; nothing when it is there already. Entries
/// that are not numbers (another tool's ids) stay as they are.
fn added(
    front: &Map<String, Value>,
    key: &'static str,
    number: u64,
) -> Vec<(&'static str, String)> {
    if numbers(front.get(key)).contains(&number) {
        return Vec::new();
    }
    let mut items: Vec<Value> = match front.get(key) {
        Some(Value::Array(items)) => items.clone(),
        Some(Value::Null) | None => Vec::new(),
        Some(other) => vec![other.clone()],
    };
    items.push(Value::from(number));
    vec![(key, Value::Array(items).to_string())]
}
