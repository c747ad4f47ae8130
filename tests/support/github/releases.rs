//! Releases of a fake forge's repository, shared by the fake GitHub and the fake
//! Gitea (their routes render them in each forge's shape): create, edit, list
//! (drafts included, newest first) and the by-tag lookup that, as on GitHub, does
//! not see drafts.

use super::super::http::{Request, Response};
use serde_json::{json, Value};

/// A stored release.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FakeRelease {
    pub id: u64,
    pub tag: String,
    pub target: String,
    pub name: String,
    pub body: String,
    pub draft: bool,
    pub prerelease: bool,
}

/// The releases of one repository.
#[derive(Debug, Default)]
pub struct Releases {
    pub list: Vec<FakeRelease>,
}

/// What a create or an edit asked for that the fake refuses: GitHub and Gitea
/// both answer 422 to a second release of one tag.
pub enum Refused {
    MissingTag,
    TagTaken,
    NotFound,
}

impl Releases {
    /// Newest first, as both forges list them.
    pub fn newest_first(&self) -> Vec<&FakeRelease> {
        self.list.iter().rev().collect()
    }

    /// The published release of `tag` (`GET …/releases/tags/{tag}`).
    pub fn published(&self, tag: &str) -> Option<&FakeRelease> {
        self.list.iter().find(|r| r.tag == tag && !r.draft)
    }

    pub fn create(&mut self, id: u64, body: &Value) -> Result<&FakeRelease, Refused> {
        let Some(tag) = body["tag_name"].as_str().filter(|t| !t.is_empty()) else {
            return Err(Refused::MissingTag);
        };
        if self.list.iter().any(|r| r.tag == tag) {
            return Err(Refused::TagTaken);
        }
        let text = |k: &str| body[k].as_str().unwrap_or_default().to_string();
        self.list.push(FakeRelease {
            id,
            tag: tag.into(),
            target: body["target_commitish"].as_str().unwrap_or("main").into(),
            name: text("name"),
            body: text("body"),
            draft: body["draft"].as_bool().unwrap_or(false),
            prerelease: body["prerelease"].as_bool().unwrap_or(false),
        });
        Ok(self.list.last().expect("pushed"))
    }

    pub fn edit(&mut self, id: u64, body: &Value) -> Result<&FakeRelease, Refused> {
        if let Some(tag) = body["tag_name"].as_str() {
            if self.list.iter().any(|r| r.tag == tag && r.id != id) {
                return Err(Refused::TagTaken);
            }
        }
        let r = self
            .list
            .iter_mut()
            .find(|r| r.id == id)
            .ok_or(Refused::NotFound)?;
        let text = |k: &str| body[k].as_str().map(str::to_string);
        if let Some(v) = text("tag_name") {
            r.tag = v;
        }
        if let Some(v) = text("target_commitish") {
            r.target = v;
        }
        if let Some(v) = text("name") {
            r.name = v;
        }
        if let Some(v) = text("body") {
            r.body = v;
        }
        if let Some(v) = body["draft"].as_bool() {
            r.draft = v;
        }
        if let Some(v) = body["prerelease"].as_bool() {
            r.prerelease = v;
        }
        Ok(r)
    }
}

/// GitHub's answer to a refused create or edit.
fn refused(why: Refused) -> Response {
    let (status, message) = match why {
        Refused::MissingTag => (422, "Validation Failed"),
        Refused::TagTaken => (422, "Validation Failed: already_exists tag_name"),
        Refused::NotFound => (404, "Not Found"),
    };
    Response::json(
        status,
        &json!({"message": message, "documentation_url": "https://docs.github.com/rest"}),
    )
}

/// A release in the shape of GitHub's `release` schema.
pub fn github_json(repo_url: &str, web: &str, author: Value, r: &FakeRelease) -> Value {
    let url = format!("{repo_url}/releases/{}", r.id);
    json!({
        "url": url, "html_url": format!("{web}/releases/tag/{}", r.tag),
        "assets_url": format!("{url}/assets"),
        "upload_url": format!("{url}/assets{{?name,label}}"),
        "tarball_url": format!("{repo_url}/tarball/{}", r.tag),
        "zipball_url": format!("{repo_url}/zipball/{}", r.tag),
        "id": r.id, "node_id": format!("RE_{}", r.id), "tag_name": r.tag,
        "target_commitish": r.target, "name": r.name, "body": r.body,
        "draft": r.draft, "prerelease": r.prerelease,
        "created_at": "2026-01-16T09:00:00Z",
        "published_at": if r.draft { Value::Null } else { json!("2026-01-16T09:00:00Z") },
        "author": author, "assets": []
    })
}

/// The GitHub routes under `/repos/{o}/{r}/releases`.
pub fn github_route(
    releases: &mut Releases,
    req: &Request,
    rest: &[&str],
    id: u64,
    render: &dyn Fn(&FakeRelease) -> Value,
) -> Option<Response> {
    let answer = match (req.method.as_str(), rest) {
        ("GET", ["releases"]) => {
            let per_page: usize = req
                .query("per_page")
                .and_then(|v| v.parse().ok())
                .unwrap_or(30);
            let page: usize = req.query("page").and_then(|v| v.parse().ok()).unwrap_or(1);
            let items: Vec<Value> = releases
                .newest_first()
                .into_iter()
                .skip((page.max(1) - 1) * per_page)
                .take(per_page)
                .map(render)
                .collect();
            Response::json(200, &Value::Array(items))
        }
        ("POST", ["releases"]) => match releases.create(id, &req.json()) {
            Ok(r) => Response::json(201, &render(r)),
            Err(why) => refused(why),
        },
        ("PATCH", ["releases", n]) => match releases.edit(n.parse().unwrap_or(0), &req.json()) {
            Ok(r) => Response::json(200, &render(r)),
            Err(why) => refused(why),
        },
        ("GET", ["releases", "tags", tag]) => match releases.published(tag) {
            Some(r) => Response::json(200, &render(r)),
            None => refused(Refused::NotFound),
        },
        _ => return None,
    };
    Some(answer)
}
