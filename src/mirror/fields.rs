//! The fields a link mirrors, as read from each end and compared: title, body,
//! state, labels (our `debussy:*` state labels excluded: phase events own them)
//! and comments (mirrored append-only, each with a marker naming where it came
//! from, and never mirrored back).

use crate::refs::IssueRef;
use crate::tracker::{CloseReason, CommentView, IssueDetails, MilestoneNames};
use std::collections::{BTreeMap, BTreeSet};

/// `users:`: person → tracker name → account.
pub type Users = BTreeMap<String, BTreeMap<String, String>>;

/// A field `issue sync` can mirror (`--fields`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Field {
    Title,
    Body,
    State,
    Labels,
    Assignees,
    Milestone,
    Comments,
}

impl Field {
    pub const ALL: [Field; 7] = [
        Field::Title,
        Field::Body,
        Field::State,
        Field::Labels,
        Field::Assignees,
        Field::Milestone,
        Field::Comments,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Body => "body",
            Field::State => "state",
            Field::Labels => "labels",
            Field::Assignees => "assignees",
            Field::Milestone => "milestone",
            Field::Comments => "comments",
        }
    }

    pub fn parse(text: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.as_str() == text.trim())
    }
}

impl std::fmt::Display for Field {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One end of a link as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Side {
    pub issue: IssueRef,
    pub title: String,
    pub body: String,
    pub open: bool,
    /// Why it was closed, on a tracker that keeps a reason (`None`: open, or no
    /// reason kept here).
    pub close_reason: Option<CloseReason>,
    /// Whether this end's tracker keeps why an issue was closed.
    pub close_reasons: bool,
    pub labels: BTreeSet<String>,
    /// The people assigned, by their names in `users:`; an account no one is mapped
    /// to is left out (never copied, never cleared).
    pub assignees: BTreeSet<String>,
    /// Each mapped person's account on this end's tracker.
    pub accounts: BTreeMap<String, String>,
    /// How many accounts are assigned here, mapped or not.
    pub held_assignees: usize,
    /// Whether this end holds one assignee at most.
    pub one_assignee: bool,
    /// When the tracker says the issue last changed (`--prefer newest`).
    pub updated: Option<String>,
    /// What the check right before a write compares ([`IssueDetails::version`]).
    pub version: Option<String>,
    pub comments: Vec<CommentView>,
    /// The milestone by name: none or one, or on Jira a set of fix versions
    /// (`None`: this end does not read milestones by name, and they are not mirrored).
    pub milestones: Option<BTreeSet<String>>,
    /// Whether this end holds one milestone at most.
    pub one_milestone: bool,
}

/// The start of every marker this tool writes into bodies and comments.
const OURS: &str = "<!-- debussy-sync:";

impl Side {
    /// `details` as the sync compares it: the body normalized, state labels left out.
    pub fn read(
        issue: IssueRef,
        details: IssueDetails,
        state_label: &dyn Fn(&str) -> bool,
        users: &Users,
    ) -> Side {
        let accounts = accounts(users, issue.tracker());
        let person = |account: &String| {
            accounts
                .iter()
                .find(|(_, a)| a.eq_ignore_ascii_case(account))
                .map(|(p, _)| p.clone())
        };
        let assignees = details.assignees.iter().filter_map(person).collect();
        let held_assignees = details.assignees.len();
        let names = details.milestone_names.as_ref();
        let open = details.state == crate::tracker::IssueState::Open;
        // A closed issue with no reason we know of was closed as completed.
        let close_reason = (!open && details.close_reasons).then(|| {
            let reason = details.state_reason.as_deref().and_then(CloseReason::parse);
            reason.unwrap_or(CloseReason::Completed)
        });
        Side {
            milestones: names.map(MilestoneNames::names),
            one_milestone: names.is_none_or(MilestoneNames::holds_one),
            assignees,
            accounts,
            held_assignees,
            one_assignee: details.one_assignee,
            issue,
            title: details.title.trim().to_string(),
            body: normalize(&details.body),
            open,
            close_reason,
            close_reasons: details.close_reasons,
            labels: details
                .labels
                .into_iter()
                .filter(|l| !state_label(l))
                .collect(),
            version: details.version.or_else(|| details.updated.clone()),
            updated: details.updated,
            comments: details.comments,
        }
    }

    /// Comments people wrote here: not mirrored from elsewhere, not ours.
    pub fn own_comments(&self) -> impl Iterator<Item = &CommentView> {
        self.comments.iter().filter(|c| !c.body.contains(OURS))
    }

    /// Whether a comment mirrored from `origin` with `key` is here already.
    pub fn has_mirrored(&self, origin: &IssueRef, key: &str) -> bool {
        let marker = mirror_marker(origin, key);
        self.comments.iter().any(|c| c.body.contains(&marker))
    }
}

/// Each person's account on `kind`: as mapped, or for the local tracker, whose
/// assignees are names, the person's own name.
fn accounts(users: &Users, kind: crate::refs::TrackerKind) -> BTreeMap<String, String> {
    users
        .iter()
        .filter_map(|(person, ids)| {
            let id = ids.get(kind.as_str()).cloned();
            let local = (kind == crate::tracker::local::KIND).then(|| person.clone());
            Some((person.clone(), id.or(local)?))
        })
        .collect()
}

/// Bodies compare without line-ending and trailing-space differences.
pub fn normalize(body: &str) -> String {
    body.replace("\r\n", "\n")
        .lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_string()
}

/// What identifies a comment across edits of its text: who wrote it, and when.
pub fn comment_key(c: &CommentView) -> String {
    let author = c.author.as_deref().unwrap_or("someone");
    let at = c.created.as_deref().unwrap_or("-");
    format!("{author}@{at}")
        .chars()
        .filter(|ch| !ch.is_whitespace() && *ch != '>' && *ch != '"')
        .collect()
}

/// The marker a mirrored comment carries: where it came from.
pub fn mirror_marker(origin: &IssueRef, key: &str) -> String {
    format!("{OURS}mirror from=\"{origin}\" comment=\"{key}\" -->")
}

/// A comment from `origin`, as posted on the other end.
pub fn mirrored_comment(origin: &IssueRef, c: &CommentView) -> String {
    let author = c.author.as_deref().unwrap_or("someone");
    format!(
        "{}\n\n— {author} on {origin}\n\n{}",
        c.body.trim(),
        mirror_marker(origin, &comment_key(c))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn comment(author: &str, at: &str, body: &str) -> CommentView {
        CommentView {
            agent: None,
            author: Some(author.into()),
            created: Some(at.into()),
            body: body.into(),
        }
    }

    #[test]
    fn a_mirrored_comment_names_its_origin_and_is_never_mirrored_back() {
        let origin = IssueRef::parse_qualified("acme/widgets#12").expect("ref");
        let c = comment("alice", "2026-11-27T10:00:00Z", "Looks good.");
        let posted = mirrored_comment(&origin, &c);
        assert!(posted.starts_with("Looks good.\n\n— alice on acme/widgets#12"));
        let other = Side {
            issue: IssueRef::parse_qualified("local#3").expect("ref"),
            title: String::new(),
            body: String::new(),
            open: true,
            close_reason: None,
            close_reasons: false,
            labels: BTreeSet::new(),
            assignees: BTreeSet::new(),
            accounts: BTreeMap::new(),
            held_assignees: 0,
            one_assignee: false,
            updated: None,
            version: None,
            comments: vec![comment("gh-debussy-sync", "t", &posted)],
            milestones: None,
            one_milestone: true,
        };
        assert!(other.has_mirrored(&origin, &comment_key(&c)));
        assert_eq!(
            other.own_comments().count(),
            0,
            "a mirrored comment is not theirs"
        );
        let edited = comment("alice", "2026-11-27T10:00:00Z", "Looks good!");
        assert_eq!(
            comment_key(&edited),
            comment_key(&c),
            "an edit keeps its key"
        );
    }

    #[test]
    fn bodies_compare_without_line_endings_and_trailing_space() {
        assert_eq!(normalize("a  \r\nb\r\n\r\n"), "a\nb");
        assert_eq!(Field::parse("labels"), Some(Field::Labels));
        assert_eq!(Field::parse("assignee"), None);
        assert_eq!(Field::parse("milestone"), Some(Field::Milestone));
    }
}
