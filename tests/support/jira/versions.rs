//! The fake Jira's versions: a project's list, the project itself (for its id),
//! creating one, and an issue's `fixVersions`, which must name existing versions.

use super::State;
use crate::support::http::{Request, Response};
use serde_json::{json, Value};

/// The id the fake gives project `PROJ` (and every other).
const PROJECT_ID: &str = "10000";

/// A version of the fake's one project space.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FakeVersion {
    pub id: u64,
    pub name: String,
}

fn version_json(s: &State, v: &FakeVersion) -> Value {
    let prefix = super::prefix(s.flavor);
    json!({"self": format!("{}{prefix}/version/{}", s.base, v.id), "id": v.id.to_string(),
           "name": v.name, "archived": false, "released": false,
           "projectId": PROJECT_ID.parse::<u64>().unwrap_or_default()})
}

/// The issue's `fixVersions` as Jira shows them.
pub fn fix_versions_json(s: &State, names: &[String]) -> Value {
    let shown: Vec<Value> = names
        .iter()
        .filter_map(|n| s.versions.iter().find(|v| v.name == *n))
        .map(|v| version_json(s, v))
        .collect();
    json!(shown)
}

/// Answers the version routes; `None`: not one of them.
pub fn route(s: &mut State, req: &Request, seg: &[&str]) -> Option<Response> {
    Some(match (req.method.as_str(), seg) {
        ("GET", ["project", _, "versions"]) => {
            let list: Vec<Value> = s.versions.iter().map(|v| version_json(s, v)).collect();
            Response::json(200, &json!(list))
        }
        ("GET", ["project", key]) => {
            let prefix = super::prefix(s.flavor);
            Response::json(
                200,
                &json!({"self": format!("{}{prefix}/project/{key}", s.base), "id": PROJECT_ID,
                        "key": key, "name": format!("{key} project")}),
            )
        }
        ("POST", ["version"]) => {
            let body = req.json();
            let name = body["name"].as_str().unwrap_or_default().trim().to_string();
            let project = body["projectId"].as_u64().map(|id| id.to_string());
            if name.is_empty() || project.as_deref() != Some(PROJECT_ID) {
                return Some(Response::json(
                    400,
                    &json!({"errorMessages": [], "errors": {"name": "A version needs a name and the project's id."}}),
                ));
            }
            if s.versions.iter().any(|v| v.name == name) {
                return Some(Response::json(
                    400,
                    &json!({"errorMessages": [], "errors": {"name": "A version with this name already exists in this project."}}),
                ));
            }
            s.next_id += 1;
            let v = FakeVersion {
                id: s.next_id,
                name,
            };
            s.versions.push(v.clone());
            Response::json(201, &version_json(s, &v))
        }
        _ => return None,
    })
}

/// The names an edit sets as `fixVersions` (`Ok(None)`: it sets none), or Jira's
/// 400 when one names no version.
pub fn edited(s: &State, fields: &Value) -> Result<Option<Vec<String>>, Response> {
    let Some(list) = fields.get("fixVersions").and_then(Value::as_array) else {
        return Ok(None);
    };
    let mut names = Vec::new();
    for v in list {
        let found = s.versions.iter().find(|x| {
            v["name"].as_str() == Some(x.name.as_str())
                || v["id"].as_str() == Some(x.id.to_string().as_str())
        });
        match found {
            Some(x) => names.push(x.name.clone()),
            None => {
                return Err(Response::json(
                    400,
                    &json!({"errorMessages": [], "errors": {"fixVersions": format!("Version {v} is not valid")}}),
                ))
            }
        }
    }
    Ok(Some(names))
}
