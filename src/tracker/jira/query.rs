//! Queries pushed down to JQL: the project, the status category, labels (with
//! their negations), an empty assignee, creation and update windows and the
//! words of free text, newest first. JQL reads these more loosely than the query
//! language (stemmed words, minutes), never more strictly, so whatever it returns
//! is checked again afterwards; named people, milestones and facets stay there.

use super::{JiraTracker, KIND};
use crate::query::{Filter, Query, Span, Who};
use crate::tracker::{IssueDetails, Listed, TrackerError};
use jiff::Timestamp;

/// A JQL string value: quoted, `"` and `\` escaped.
pub fn quote(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

fn quoted_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| quote(n)).collect();
    format!("({})", quoted.join(", "))
}

/// The JQL for `query` in `project` at `now`; `None` when no issue can match.
pub fn jql(project: &str, query: &Query, now: Timestamp) -> Option<String> {
    let mut clauses = vec![format!("project = {}", quote(project))];
    match query.states() {
        (true, true) => {}
        (true, false) => clauses.push("statusCategory != Done".into()),
        (false, true) => clauses.push("statusCategory = Done".into()),
        (false, false) => return None,
    }
    for t in &query.terms {
        match (&t.filter, t.negated) {
            (Filter::Label(names), false) => {
                clauses.push(format!("labels in {}", quoted_list(names)))
            }
            // `not in` alone would also drop the issues without labels.
            (Filter::Label(names), true) => clauses.push(format!(
                "(labels is EMPTY OR labels not in {})",
                quoted_list(names)
            )),
            (Filter::Assignee(Who::Nobody), false) => clauses.push("assignee is EMPTY".into()),
            (Filter::Assignee(Who::Nobody), true) => clauses.push("assignee is not EMPTY".into()),
            (Filter::Created(span), false) => clauses.extend(window("created", span, now)),
            (Filter::Updated(span), false) => clauses.extend(window("updated", span, now)),
            (Filter::Text(text), false) => {
                let words = crate::query::words(text);
                if !words.is_empty() {
                    clauses.push(format!("text ~ {}", quote(&words.join(" "))));
                }
            }
            _ => {}
        }
    }
    Some(format!("{} ORDER BY created DESC", clauses.join(" AND ")))
}

/// `FIELD >= -Nm` and `FIELD <= -Mm`: minutes before the server's now, rounded
/// outward and a minute wider for the clocks' difference (relative dates do not
/// depend on the user's time zone, as absolute JQL dates do). A bound in the
/// future says nothing.
fn window(field: &str, span: &Span, now: Timestamp) -> Vec<String> {
    let minutes = |t: Timestamp| now.duration_since(t).as_secs();
    let mut out = Vec::new();
    if let Some(age) = span.from.map(minutes).filter(|s| *s >= 0) {
        let n = age.div_euclid(60) + i64::from(age % 60 != 0) + 1;
        out.push(format!("{field} >= -{n}m"));
    }
    if let Some(age) = span.to.map(minutes) {
        let m = age.div_euclid(60) - 1;
        if m > 0 {
            out.push(format!("{field} <= -{m}m"));
        }
    }
    out
}

impl JiraTracker {
    /// Every issue of `project` the JQL for `query` finds, page by page.
    pub(super) async fn query_search(
        &self,
        project: &str,
        query: &Query,
    ) -> Result<Listed, TrackerError> {
        let Some(jql) = jql(project, query, Timestamp::now()) else {
            return Ok(Listed::counted(Vec::new(), 0));
        };
        let found = self.search_counted(&jql, usize::MAX).await?;
        let issues: Vec<IssueDetails> = found
            .issues
            .into_iter()
            .map(|i| self.details_of(i, Vec::new()))
            .collect();
        let total = issues.len();
        Ok(Listed::counted(issues, total))
    }
}

/// Whether `space` is a Jira project, and which.
pub(super) fn project_of(space: &crate::tracker::Space) -> Result<&str, TrackerError> {
    match space {
        crate::tracker::Space::Project(KIND, project) => Ok(project),
        other => Err(TrackerError::Unavailable(format!(
            "{other} is not a Jira project"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::parse;
    use jiff::SignedDuration;

    const MINUTE: SignedDuration = SignedDuration::from_secs(60);

    fn now() -> Timestamp {
        "2026-03-01T00:00:00Z".parse().unwrap()
    }

    #[test]
    fn jql_carries_state_labels_nobody_dates_and_words() {
        let q = parse(
            r#"is:open label:bug,"help wanted" -label:wontfix assignee:none created:>7d Crash-report stage:x"#,
            now(),
        )
        .unwrap();
        assert_eq!(
            jql("PROJ", &q, now()).unwrap(),
            r#"project = "PROJ" AND statusCategory != Done AND labels in ("bug", "help wanted") AND (labels is EMPTY OR labels not in ("wontfix")) AND assignee is EMPTY AND created <= -10079m AND text ~ "crash report" ORDER BY created DESC"#
        );
    }

    #[test]
    fn windows_are_rounded_outward() {
        let span = Span {
            from: Some(now() - SignedDuration::from_secs(90)),
            to: Some(now() - 3 * MINUTE - SignedDuration::from_secs(30)),
        };
        assert_eq!(
            window("updated", &span, now()),
            ["updated >= -3m", "updated <= -2m"]
        );
        let future = Span {
            from: Some(now() + MINUTE),
            to: Some(now() + MINUTE),
        };
        assert!(window("created", &future, now()).is_empty());
    }

    #[test]
    fn values_are_quoted_and_escaped() {
        assert_eq!(quote(r#"a "b" \c"#), r#""a \"b\" \\c""#);
        let q = parse("is:closed", now()).unwrap();
        let text = jql(r#"P"Q"#, &q, now()).unwrap();
        assert!(
            text.starts_with(r#"project = "P\"Q" AND statusCategory = Done"#),
            "{text}"
        );
    }

    #[test]
    fn open_and_closed_at_once_asks_nothing() {
        assert!(jql("P", &parse("is:open is:closed", now()).unwrap(), now()).is_none());
    }
}
