//! Queries pushed down to Gitea's issue list filters (`GET /repos/{o}/{r}/issues`):
//! the state, one label, the milestone, the author, an assignee, one word of free
//! text and the update window. Gitea reads several labels as all of them and
//! drops a name it does not know, so only a `label:` naming one label goes down;
//! negations, creation dates, `assignee:none` and the facets are left to the
//! check every result gets afterwards.

use super::answers::IssueBody;
use super::{GiteaTracker, Page};
use crate::query::{Filter, Query, Span, Who};
use crate::refs::RepoRef;
use crate::tracker::{Listed, TrackerError};

/// The list parameters that say as much of `query` as Gitea can; `None` when no
/// issue can match (the query asks for open and closed ones at once).
pub fn list_params(query: &Query, me: Option<&str>) -> Option<Vec<(&'static str, String)>> {
    let state = match query.states() {
        (true, true) => "all",
        (true, false) => "open",
        (false, true) => "closed",
        (false, false) => return None,
    };
    let mut params = vec![("state", state.to_string()), ("type", "issues".to_string())];
    let mut put = |key: &'static str, value: &str| {
        if !params.iter().any(|(k, _)| *k == key) {
            params.push((key, value.to_string()));
        }
    };
    for filter in query.positive() {
        match filter {
            Filter::Label(names) if names.len() == 1 && !names[0].contains(',') => {
                put("labels", &names[0])
            }
            // A number Gitea would also read as a milestone id.
            Filter::Milestone(title)
                if !title.contains(',') && !title.chars().all(|c| c.is_ascii_digit()) =>
            {
                put("milestones", title)
            }
            Filter::Author(who) => login(who, me)
                .into_iter()
                .for_each(|l| put("created_by", l)),
            Filter::Assignee(who) => login(who, me)
                .into_iter()
                .for_each(|l| put("assigned_by", l)),
            Filter::Text(text) => one_word(text).into_iter().for_each(|w| put("q", &w)),
            Filter::Updated(span) => {
                let (since, before) = window(span);
                since.into_iter().for_each(|t| put("since", &t));
                before.into_iter().for_each(|t| put("before", &t));
            }
            _ => {}
        }
    }
    Some(params)
}

fn login<'a>(who: &'a Who, me: Option<&'a str>) -> Option<&'a str> {
    match who {
        Who::Named(name) => Some(name),
        Who::Me => me,
        Who::Nobody => None,
    }
}

/// A text of one word: Gitea's keyword search finds at least the issues that
/// have it as a whole word (a phrase it may match differently, so it stays here).
fn one_word(text: &str) -> Option<String> {
    match crate::query::words(text).as_slice() {
        [word] => Some(word.clone()),
        _ => None,
    }
}

/// `since` and `before` (RFC 3339, on the update time), a second wider each way.
fn window(span: &Span) -> (Option<String>, Option<String>) {
    let second = jiff::SignedDuration::from_secs(1);
    let whole = |t: jiff::Timestamp| t.round(jiff::Unit::Second).ok();
    let since = span
        .from
        .and_then(whole)
        .map(|f| f.saturating_sub(second).unwrap_or(f).to_string());
    let before = span
        .to
        .and_then(whole)
        .map(|t| t.saturating_add(second).unwrap_or(t).to_string());
    (since, before)
}

impl GiteaTracker {
    /// Every issue of `repo` Gitea's filters let through for `query`, page by page.
    pub(super) async fn query_list(
        &self,
        repo: &RepoRef,
        query: &Query,
        me: Option<&str>,
    ) -> Result<Listed, TrackerError> {
        let Some(params) = list_params(query, me) else {
            return Ok(Listed::counted(Vec::new(), 0));
        };
        let params = self.spelled(repo, params).await?;
        let path = format!("{}/issues", self.repo_path(repo)?);
        let (mut found, mut sent) = (Vec::new(), 0);
        for n in 1.. {
            let page: Page<IssueBody> = self.page(&path, &params, n).await?;
            sent += page.items.len();
            let more = page.more(sent);
            found.extend(
                page.items
                    .into_iter()
                    .filter(|i| i.pull_request.is_none())
                    .map(|i| i.details(repo, Vec::new())),
            );
            if !more {
                break;
            }
        }
        let total = found.len();
        Ok(Listed::counted(found, total))
    }
}

impl GiteaTracker {
    /// The label as the repository spells it: Gitea compares names exactly, the
    /// query ignores case. A name the repository does not have (an organization's
    /// label, say) or spells two ways is not pushed down.
    async fn spelled(
        &self,
        repo: &RepoRef,
        mut params: Vec<(&'static str, String)>,
    ) -> Result<Vec<(&'static str, String)>, TrackerError> {
        let Some(at) = params.iter().position(|(k, _)| *k == "labels") else {
            return Ok(params);
        };
        let labels = self.repo_labels(repo).await?;
        let mut spellings: Vec<&str> = labels
            .iter()
            .map(|l| l.name.as_str())
            .filter(|n| n.eq_ignore_ascii_case(&params[at].1))
            .collect();
        spellings.sort_unstable();
        spellings.dedup();
        match spellings.as_slice() {
            [one] => params[at].1 = (*one).to_string(),
            _ => {
                params.remove(at);
            }
        }
        Ok(params)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::parse;

    fn params(text: &str, me: Option<&str>) -> Vec<(&'static str, String)> {
        let now = "2026-03-01T00:00:00Z".parse().unwrap();
        list_params(&parse(text, now).unwrap(), me).unwrap()
    }

    #[test]
    fn filters_carry_what_gitea_understands() {
        let got = params(
            r#"is:open label:bug -label:wontfix assignee:me author:bob milestone:"Q1 Release" updated:2026-01-01..2026-01-31 crash stage:x"#,
            Some("alice"),
        );
        assert_eq!(
            got,
            [
                ("state", "open".to_string()),
                ("type", "issues".to_string()),
                ("labels", "bug".to_string()),
                ("assigned_by", "alice".to_string()),
                ("created_by", "bob".to_string()),
                ("milestones", "Q1 Release".to_string()),
                ("since", "2025-12-31T23:59:59Z".to_string()),
                ("before", "2026-02-01T00:00:01Z".to_string()),
                ("q", "crash".to_string()),
            ]
        );
    }

    #[test]
    fn what_gitea_would_narrow_wrongly_stays_here() {
        // Any of two labels, a phrase, nobody, an unknown `me`, creation dates.
        let got = params(
            r#"label:docs,perf "dark mode" assignee:none assignee:me created:>7d"#,
            None,
        );
        assert_eq!(
            got,
            [("state", "all".to_string()), ("type", "issues".to_string())]
        );
    }

    #[test]
    fn only_the_first_of_several_labels_goes_down() {
        let got = params("label:bug label:ui is:closed", None);
        assert_eq!(got[0], ("state", "closed".to_string()));
        assert_eq!(got[2], ("labels", "bug".to_string()));
        assert_eq!(got.len(), 3);
    }

    #[test]
    fn open_and_closed_at_once_asks_nothing() {
        let now = "2026-03-01T00:00:00Z".parse().unwrap();
        assert!(list_params(&parse("is:open is:closed", now).unwrap(), None).is_none());
    }
}
