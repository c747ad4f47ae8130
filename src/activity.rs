//! One stream of what happened (PRODUCT §14): our journal (every write we made,
//! with the agent that made it) and each tracker's own history of its issues
//! (comments, timeline events, local front-matter records), ordered by time.

use crate::refs::IssueRef;
use crate::store::JournalEntry;
use crate::tracker::{Space, Tracker, TrackerError};
use serde::Serialize;

/// What the stream covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    Issue(IssueRef),
    Space(Space),
}

/// Where an entry comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    /// Our journal.
    Journal,
    /// The tracker's own record.
    Tracker,
}

/// One thing that happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry {
    /// RFC 3339.
    pub at: String,
    /// The issue (or place) it happened to, fully qualified.
    pub issue: String,
    pub source: Source,
    /// What happened, in its source's words: a journal action (`comment`,
    /// `set_progress`, `claim`…) or a tracker's event name (`commented`,
    /// `closed`, `labeled`…). Open-ended: trackers add events.
    pub event: String,
    /// The agent, when known (journal rows; comments and records we signed).
    pub agent: Option<String>,
    /// The tracker account that did it, when the tracker says.
    pub actor: Option<String>,
    /// A short human description.
    pub detail: Option<String>,
}

/// Journal rows as entries (`status` other than applied is said in the detail).
pub fn from_journal(rows: Vec<JournalEntry>) -> Vec<Entry> {
    rows.into_iter()
        .map(|row| {
            let status = row.status.to_string();
            let mut detail: Vec<String> = row.value.into_iter().collect();
            if status != "applied" {
                detail.push(status);
            }
            detail.extend(row.message);
            Entry {
                at: row.at,
                issue: row.target,
                source: Source::Journal,
                event: row.action.to_string(),
                agent: row.agent,
                actor: None,
                detail: Some(detail.join(" — ")).filter(|d| !d.is_empty()),
            }
        })
        .collect()
}

/// [`Tracker::activity`] from what every tracker shows: an issue's comments
/// (with the agent that signed them). A space has no stream this way.
pub async fn from_comments<T: Tracker + ?Sized>(
    tracker: &T,
    scope: &Scope,
) -> Result<Vec<Entry>, TrackerError> {
    let Scope::Issue(issue) = scope else {
        return Ok(Vec::new());
    };
    let details = tracker.details(issue).await?;
    Ok(comment_entries(&details))
}

/// The comments of an issue as entries.
pub fn comment_entries(details: &crate::tracker::IssueDetails) -> Vec<Entry> {
    details
        .comments
        .iter()
        .cloned()
        .map(|c| c.unsigned())
        .map(|c| Entry {
            at: c.created.unwrap_or_default(),
            issue: details.reference.clone(),
            source: Source::Tracker,
            event: "commented".into(),
            agent: c.agent,
            actor: c.author,
            detail: Some(first_line(&c.body)),
        })
        .collect()
}

/// The first line of a text, cut to 80 characters.
pub fn first_line(text: &str) -> String {
    let line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let mut out: String = line.chars().take(80).collect();
    if line.chars().count() > 80 {
        out.push('…');
    }
    out
}

/// Which entries to show.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Only entries of this issue (fully qualified).
    pub issue: Option<String>,
    /// Only entries at or after this instant.
    pub since: Option<jiff::Timestamp>,
    pub agent: Option<String>,
}

impl Filter {
    pub fn accepts(&self, e: &Entry) -> bool {
        self.issue.as_ref().is_none_or(|i| *i == e.issue)
            && self
                .agent
                .as_ref()
                .is_none_or(|a| e.agent.as_ref() == Some(a))
            && self.since.is_none_or(|since| {
                // An entry without a readable time is kept rather than lost.
                e.at.parse::<jiff::Timestamp>().is_ok_and(|at| at >= since) || e.at.is_empty()
            })
    }
}

/// The entries `filter` accepts, oldest first (by instant; unreadable times last),
/// their times written alike (UTC, milliseconds) whatever their source wrote.
pub fn merged(entries: Vec<Entry>, filter: &Filter) -> Vec<Entry> {
    let mut out: Vec<Entry> = entries.into_iter().filter(|e| filter.accepts(e)).collect();
    for e in &mut out {
        if let Ok(at) = e.at.parse::<jiff::Timestamp>() {
            e.at = at.strftime("%Y-%m-%dT%H:%M:%S%.3fZ").to_string();
        }
    }
    out.sort_by_key(|e| {
        (
            e.at.parse::<jiff::Timestamp>().ok().is_none(),
            instant(&e.at),
        )
    });
    out
}

fn instant(at: &str) -> jiff::Timestamp {
    at.parse().unwrap_or(jiff::Timestamp::MIN)
}

/// A duration such as `90s`, `15m`, `1h`, `2d`, `1w`; `None` when it is not one.
pub fn parse_age(text: &str) -> Option<jiff::SignedDuration> {
    let text = text.trim();
    let split = text.find(|c: char| !c.is_ascii_digit())?;
    let (n, unit) = text.split_at(split);
    let n: i64 = n.parse().ok()?;
    let secs = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3600,
        "d" => 86_400,
        "w" => 604_800,
        _ => return None,
    };
    Some(jiff::SignedDuration::from_secs(n.checked_mul(secs)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(at: &str, agent: Option<&str>, issue: &str) -> Entry {
        Entry {
            at: at.into(),
            issue: issue.into(),
            source: Source::Tracker,
            event: "commented".into(),
            agent: agent.map(str::to_string),
            actor: None,
            detail: None,
        }
    }

    #[test]
    fn ages_are_numbers_with_a_unit() {
        let cases = [
            ("90s", Some(90)),
            ("15m", Some(900)),
            ("1h", Some(3600)),
            ("2d", Some(172_800)),
            ("1w", Some(604_800)),
            ("1", None),
            ("h", None),
            ("1y", None),
            ("-1h", None),
        ];
        for (text, secs) in cases {
            assert_eq!(parse_age(text).map(|d| d.as_secs()), secs, "{text}");
        }
    }

    #[test]
    fn entries_are_filtered_and_ordered_by_instant() {
        let entries = vec![
            entry("2026-01-02T00:00:00Z", Some("a"), "local#1"),
            entry("2026-01-01T00:00:00.500Z", Some("b"), "local#1"),
            entry("2025-12-01T00:00:00Z", Some("a"), "local#2"),
            entry("2026-01-01T01:00:00+02:00", None, "local#1"),
        ];
        let all = merged(entries.clone(), &Filter::default());
        let order: Vec<&str> = all.iter().map(|e| e.at.as_str()).collect();
        assert_eq!(
            order,
            [
                "2025-12-01T00:00:00.000Z",
                "2025-12-31T23:00:00.000Z",
                "2026-01-01T00:00:00.500Z",
                "2026-01-02T00:00:00.000Z"
            ]
        );
        let since = Filter {
            since: "2026-01-01T00:00:00Z".parse().ok(),
            agent: Some("a".into()),
            issue: Some("local#1".into()),
        };
        let kept = merged(entries, &since);
        assert_eq!(
            kept,
            [entry("2026-01-02T00:00:00.000Z", Some("a"), "local#1")]
        );
    }
}
