//! The fake Gitea's issue timeline, `GET /repos/{o}/{r}/issues/{n}/timeline`
//! (Gitea's `TimelineComment` list): the issue's comments (`type: comment`) and
//! the state changes made through the API (`close`, `reopen`), oldest first,
//! paged like every other list.

use super::{paged, IssueKey, IssueState, Request, Response, State, GITEA_USER};
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// Events by issue (repository, number), oldest first.
#[derive(Debug, Default)]
pub(super) struct Timeline {
    events: BTreeMap<(String, u64), Vec<(u64, &'static str)>>,
}

/// Records a close or a reopen when `key` is about to move to `wanted`.
pub(super) fn record_state(s: &mut State, key: &IssueKey, wanted: IssueState) {
    if s.issue(key).state == wanted {
        return;
    }
    s.next_id += 1;
    let id = s.next_id;
    let kind = match wanted {
        IssueState::Closed => "close",
        IssueState::Open => "reopen",
    };
    s.timeline
        .events
        .entry((key.repo.clone(), key.number))
        .or_default()
        .push((id, kind));
}

pub(super) fn list(s: &State, req: &Request, key: &IssueKey) -> Response {
    let view = s.view();
    let mut items: Vec<(u64, Value)> = s
        .repo(&key.repo)
        .comments
        .iter()
        .filter(|c| c.issue == key.number)
        .map(|c| {
            let mut item = view.comment(&key.repo, c);
            item["type"] = json!("comment");
            (c.id, item)
        })
        .collect();
    let events = s.timeline.events.get(&(key.repo.clone(), key.number));
    items.extend(events.into_iter().flatten().map(|(id, kind)| {
        let at = super::comments::created_at(*id);
        (
            *id,
            json!({"id": id, "type": kind, "body": "", "user": view.user(GITEA_USER),
                   "created_at": at, "updated_at": at}),
        )
    }));
    items.sort_by_key(|(id, _)| *id);
    paged(s, req, items.into_iter().map(|(_, v)| v).collect())
}
