//! The fake's Projects (v2): projects owned by organizations or users, each with a
//! single-select Status field, an optional number field, and items (cards) holding
//! issues. Read through `organization|user { projectV2 { field(name:) } }` and
//! `Issue.projectItems { fieldValueByName(name:) }`; written through
//! `addProjectV2ItemById` and `updateProjectV2ItemFieldValue`.

use super::FakeGitHub;
use serde_json::{json, Value};

#[derive(Debug, Default)]
pub(super) struct Projects {
    list: Vec<FakeProject>,
    next_item: u64,
}

#[derive(Debug)]
struct FakeProject {
    /// `acme` (an organization) or `users/octo`.
    owner: String,
    number: u64,
    options: Vec<String>,
    number_field: Option<String>,
    items: Vec<Item>,
}

#[derive(Debug)]
struct Item {
    id: String,
    repo: String,
    issue: u64,
    /// Option name.
    status: Option<String>,
    number: Option<f64>,
}

const STATUS_FIELD: &str = "PVTSSF_status";
const NUMBER_FIELD: &str = "PVTF_number";

fn option_id(name: &str) -> String {
    format!("PVTO_{name}")
}

impl FakeProject {
    fn id(&self) -> String {
        format!("PVT_{}/{}", self.owner, self.number)
    }

    fn json(&self) -> Value {
        let options: Vec<Value> = self
            .options
            .iter()
            .map(|o| json!({"id": option_id(o), "name": o}))
            .collect();
        let mut fields = json!({"Status": {"__typename": "ProjectV2SingleSelectField",
            "id": STATUS_FIELD, "name": "Status", "options": options}});
        if let Some(name) = &self.number_field {
            fields[name] = json!({"__typename": "ProjectV2Field", "id": NUMBER_FIELD,
                "name": name, "dataType": "NUMBER"});
        }
        json!({"id": self.id(), "number": self.number, "__byName": {"field": fields}})
    }

    fn item_json(&self, item: &Item) -> Value {
        let mut values = json!({});
        if let Some(s) = &item.status {
            values["Status"] = json!({"__typename": "ProjectV2ItemFieldSingleSelectValue",
                "name": s, "optionId": option_id(s)});
        }
        if let (Some(name), Some(n)) = (&self.number_field, item.number) {
            values[name] = json!({"__typename": "ProjectV2ItemFieldNumberValue", "number": n});
        }
        json!({"id": item.id, "project": {"id": self.id()},
               "__byName": {"fieldValueByName": values}})
    }
}

impl Projects {
    /// `organization(login:) { projectV2(number:) }` (or `user`): the project,
    /// `Err(None)` when the owner has none such, `Err(Some(_))` for no such owner.
    pub(super) fn project(&self, owner: &str, number: u64) -> Result<Value, bool> {
        if !self.list.iter().any(|p| p.owner == owner) {
            return Err(false);
        }
        self.list
            .iter()
            .find(|p| p.owner == owner && p.number == number)
            .map(FakeProject::json)
            .ok_or(true)
    }

    /// The `projectItems` connection of an issue.
    pub(super) fn items_of(&self, repo: &str, issue: u64) -> Value {
        let nodes: Vec<Value> = self
            .list
            .iter()
            .flat_map(|p| {
                p.items
                    .iter()
                    .filter(|i| i.repo == repo && i.issue == issue)
                    .map(|i| p.item_json(i))
            })
            .collect();
        json!({"totalCount": nodes.len(), "nodes": nodes})
    }

    fn by_id(&mut self, id: &str) -> Option<&mut FakeProject> {
        self.list.iter_mut().find(|p| p.id() == id)
    }

    /// `addProjectV2ItemById`: the item of the issue, added when missing.
    pub(super) fn add_item(&mut self, project: &str, repo: &str, issue: u64) -> Option<String> {
        self.next_item += 1;
        let next = format!("PVTI_{}", self.next_item);
        let p = self.by_id(project)?;
        if let Some(i) = p.items.iter().find(|i| i.repo == repo && i.issue == issue) {
            return Some(i.id.clone());
        }
        p.items.push(Item {
            id: next.clone(),
            repo: repo.into(),
            issue,
            status: None,
            number: None,
        });
        Some(next)
    }

    /// `updateProjectV2ItemFieldValue`; `Err` is the message of a refusal.
    pub(super) fn set_field(
        &mut self,
        project: &str,
        item: &str,
        field: &str,
        option: Option<String>,
        number: Option<f64>,
    ) -> Result<(), String> {
        let p = self.by_id(project).ok_or_else(|| {
            format!("Could not resolve to a node with the global id of '{project}'")
        })?;
        let has_number = p.number_field.is_some();
        let option_name = match &option {
            Some(id) => Some(
                p.options
                    .iter()
                    .find(|o| option_id(o) == *id)
                    .cloned()
                    .ok_or_else(|| {
                        format!("The single select option Id does not belong to the field: {id}")
                    })?,
            ),
            None => None,
        };
        let i =
            p.items.iter_mut().find(|i| i.id == item).ok_or_else(|| {
                format!("Could not resolve to a node with the global id of '{item}'")
            })?;
        match (field, option_name, number) {
            (STATUS_FIELD, Some(name), _) => i.status = Some(name),
            (NUMBER_FIELD, None, Some(n)) if has_number => i.number = Some(n),
            _ => return Err(format!("The field {field} cannot take this value")),
        }
        Ok(())
    }

    fn item_mut(&mut self, repo: &str, issue: u64) -> Option<&mut Item> {
        self.list
            .iter_mut()
            .flat_map(|p| p.items.iter_mut())
            .find(|i| i.repo == repo && i.issue == issue)
    }

    fn item(&self, repo: &str, issue: u64) -> Option<&Item> {
        self.list
            .iter()
            .flat_map(|p| p.items.iter())
            .find(|i| i.repo == repo && i.issue == issue)
    }
}

impl FakeGitHub {
    /// A project of `owner` (`acme` for an organization, `users/octo` for a user)
    /// whose Status field has `options`.
    pub fn add_project(&self, owner: &str, number: u64, options: &[&str]) {
        self.with(|s| {
            s.projects.list.push(FakeProject {
                owner: owner.into(),
                number,
                options: options.iter().map(|o| o.to_string()).collect(),
                number_field: None,
                items: Vec::new(),
            })
        });
    }

    /// Gives the project a number field named `name`.
    pub fn add_project_number_field(&self, owner: &str, number: u64, name: &str) {
        self.with(|s| {
            if let Some(p) = s
                .projects
                .list
                .iter_mut()
                .find(|p| p.owner == owner && p.number == number)
            {
                p.number_field = Some(name.into());
            }
        });
    }

    /// The Status option of the issue's card: `None` when it is on no project,
    /// `Some(None)` when its card has no status.
    pub fn project_item_status(&self, repo: &str, issue: u64) -> Option<Option<String>> {
        self.with(|s| s.projects.item(repo, issue).map(|i| i.status.clone()))
    }

    /// The number field of the issue's card.
    pub fn project_item_number(&self, repo: &str, issue: u64) -> Option<f64> {
        self.with(|s| s.projects.item(repo, issue).and_then(|i| i.number))
    }

    /// How many cards all projects hold.
    pub fn project_items(&self) -> usize {
        self.with(|s| s.projects.list.iter().map(|p| p.items.len()).sum())
    }

    /// A person moves the issue's card to `option` by hand.
    pub fn move_card(&self, repo: &str, issue: u64, option: &str) {
        self.with(|s| {
            if let Some(i) = s.projects.item_mut(repo, issue) {
                i.status = Some(option.into());
            }
        });
    }
}
