//! Repository webhooks of a fake forge, shared by the fake GitHub and the fake
//! Gitea (their routes render them in each forge's shape): create, list, edit and
//! delete. The secret is stored, so tests can see what was sent, and answered
//! masked, as both forges do. GitHub refuses a second hook with the same URL
//! (422 "Hook already exists on this repository"); Gitea accepts it.

use super::super::http::{Request, Response};
use serde_json::{json, Value};

/// A stored hook.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FakeHook {
    pub id: u64,
    pub url: String,
    pub content_type: String,
    /// The secret as sent (never answered back).
    pub secret: Option<String>,
    pub events: Vec<String>,
    pub active: bool,
    /// `web` on GitHub, the `type` on Gitea.
    pub kind: String,
}

/// The hooks of one repository.
#[derive(Debug, Default)]
pub struct Hooks {
    pub list: Vec<FakeHook>,
}

/// Why a create or an edit is refused.
pub enum Refused {
    /// No `config.url`, or a URL another hook has (GitHub).
    Invalid(&'static str),
    NotFound,
}

fn strings(v: &Value) -> Option<Vec<String>> {
    v.as_array().map(|a| {
        a.iter()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect()
    })
}

impl Hooks {
    /// Creates a hook from a create request; `unique_urls` refuses a URL taken.
    pub fn create(
        &mut self,
        id: u64,
        body: &Value,
        unique_urls: bool,
    ) -> Result<&FakeHook, Refused> {
        let config = &body["config"];
        let Some(url) = config["url"].as_str().filter(|u| !u.is_empty()) else {
            return Err(Refused::Invalid("config.url is required"));
        };
        if unique_urls && self.list.iter().any(|h| h.url == url) {
            return Err(Refused::Invalid("Hook already exists on this repository"));
        }
        self.list.push(FakeHook {
            id,
            url: url.into(),
            content_type: config["content_type"].as_str().unwrap_or("form").into(),
            secret: config["secret"].as_str().map(str::to_string),
            events: strings(&body["events"]).unwrap_or_else(|| vec!["push".into()]),
            active: body["active"].as_bool().unwrap_or(true),
            kind: body["type"]
                .as_str()
                .or(body["name"].as_str())
                .unwrap_or("web")
                .into(),
        });
        Ok(self.list.last().expect("pushed"))
    }

    /// Edits hook `id`: `config` replaces the configuration, `events` the events.
    pub fn edit(&mut self, id: u64, body: &Value) -> Result<&FakeHook, Refused> {
        let h = self
            .list
            .iter_mut()
            .find(|h| h.id == id)
            .ok_or(Refused::NotFound)?;
        let config = &body["config"];
        if config.is_object() {
            if let Some(url) = config["url"].as_str() {
                h.url = url.into();
            }
            h.content_type = config["content_type"].as_str().unwrap_or("form").into();
            h.secret = config["secret"].as_str().map(str::to_string);
        }
        if let Some(events) = strings(&body["events"]) {
            h.events = events;
        }
        if let Some(active) = body["active"].as_bool() {
            h.active = active;
        }
        Ok(h)
    }

    /// Deletes hook `id`; false when there is none.
    pub fn delete(&mut self, id: u64) -> bool {
        let before = self.list.len();
        self.list.retain(|h| h.id != id);
        self.list.len() < before
    }
}

/// A hook in the shape of GitHub's `hook` schema (the secret masked).
pub fn github_json(repo_url: &str, h: &FakeHook) -> Value {
    let url = format!("{repo_url}/hooks/{}", h.id);
    let mut config = json!({"url": h.url, "content_type": h.content_type, "insecure_ssl": "0"});
    if h.secret.is_some() {
        config["secret"] = json!("********");
    }
    json!({
        "type": "Repository", "id": h.id, "name": "web", "active": h.active,
        "events": h.events, "config": config,
        "updated_at": "2026-01-16T09:00:00Z", "created_at": "2026-01-16T09:00:00Z",
        "url": url, "test_url": format!("{url}/test"), "ping_url": format!("{url}/pings"),
        "deliveries_url": format!("{url}/deliveries"),
        "last_response": {"code": Value::Null, "status": "unused", "message": Value::Null}
    })
}

/// A hook in the shape of Gitea's `Hook` definition (no secret in `config`).
pub fn gitea_json(h: &FakeHook) -> Value {
    json!({
        "id": h.id, "type": h.kind, "active": h.active, "events": h.events,
        "config": {"url": h.url, "content_type": h.content_type},
        "branch_filter": "", "authorization_header": "",
        "created_at": "2026-01-16T09:00:00Z", "updated_at": "2026-01-16T09:00:00Z"
    })
}

/// The GitHub routes under `/repos/{o}/{r}/hooks`.
pub fn github_route(
    hooks: &mut Hooks,
    req: &Request,
    rest: &[&str],
    id: u64,
    repo_url: &str,
) -> Option<Response> {
    let refused = |why: Refused| match why {
        Refused::Invalid(message) => Response::json(
            422,
            &json!({"message": "Validation Failed", "errors": [{"resource": "Hook", "code": "custom", "message": message}], "documentation_url": "https://docs.github.com/rest"}),
        ),
        Refused::NotFound => Response::json(
            404,
            &json!({"message": "Not Found", "documentation_url": "https://docs.github.com/rest"}),
        ),
    };
    let number = |n: &str| n.parse::<u64>().unwrap_or(0);
    let answer = match (req.method.as_str(), rest) {
        ("GET", ["hooks"]) => {
            let per_page: usize = req
                .query("per_page")
                .and_then(|v| v.parse().ok())
                .unwrap_or(30);
            let page: usize = req.query("page").and_then(|v| v.parse().ok()).unwrap_or(1);
            let items: Vec<Value> = hooks
                .list
                .iter()
                .skip((page.max(1) - 1) * per_page)
                .take(per_page)
                .map(|h| github_json(repo_url, h))
                .collect();
            Response::json(200, &Value::Array(items))
        }
        ("POST", ["hooks"]) => match hooks.create(id, &req.json(), true) {
            Ok(h) => Response::json(201, &github_json(repo_url, h)),
            Err(why) => refused(why),
        },
        ("GET", ["hooks", n]) => match hooks.list.iter().find(|h| h.id == number(n)) {
            Some(h) => Response::json(200, &github_json(repo_url, h)),
            None => refused(Refused::NotFound),
        },
        ("PATCH", ["hooks", n]) => match hooks.edit(number(n), &req.json()) {
            Ok(h) => Response::json(200, &github_json(repo_url, h)),
            Err(why) => refused(why),
        },
        ("DELETE", ["hooks", n]) => match hooks.delete(number(n)) {
            true => Response::empty(204),
            false => refused(Refused::NotFound),
        },
        _ => return None,
    };
    Some(answer)
}
