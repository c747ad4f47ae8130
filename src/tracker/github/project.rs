//! GitHub Projects (v2): a project board whose single-select Status field follows
//! each linked issue's state, and an optional number field holding plan progress.
//!
//! It is one more tracker-side field in the engine: the board and each issue's
//! card are read in the same GraphQL query as the issues (`projectItems` on each
//! issue, the project once), the plan stage compares them with what the plan's
//! facts ask, and the changes go out as aliased mutations beside the label ones.
//! Option names are matched case-insensitively, as people type them.

use crate::config::{ConfigError, SectionReader};
use crate::plan::PhaseStatus;
use crate::refs::TrackerKind;
use crate::tracker::board::{
    Board, Card, ProjectOwner, ProjectRef, ProjectSettings, SelectField, FOLLOWED,
};

/// The forms `github.project` accepts, for messages.
pub const FORMS: &str = "https://github.com/orgs/ORG/projects/N, ORG/N, users/NAME/N or https://github.com/users/NAME/projects/N";

fn login_ok(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// `github.project_status`: phase status → option name.
fn read_statuses(r: &SectionReader<'_>) -> Result<Vec<(PhaseStatus, String)>, ConfigError> {
    let Some(map) = r.section("project_status")? else {
        return Ok(Vec::new());
    };
    let followed: Vec<&str> = FOLLOWED.iter().map(|s| s.as_str()).collect();
    let mut out = Vec::new();
    for (key, value) in map.map() {
        let status = FOLLOWED
            .into_iter()
            .find(|s| s.as_str().eq_ignore_ascii_case(key.trim()))
            .ok_or_else(|| {
                r.error(
                    &format!("project_status.{key}"),
                    &format!(
                        "'{key}' is not a phase status the project follows; use {}",
                        followed.join(", ")
                    ),
                )
            })?;
        let name = value.as_str().map(str::trim).filter(|v| !v.is_empty());
        let name = name.ok_or_else(|| {
            r.error(
                &format!("project_status.{key}"),
                "expected the name of an option of the project's Status field",
            )
        })?;
        out.push((status, name.to_string()));
    }
    Ok(out)
}

/// Cards read per issue: an issue is on few projects; one beyond these is read as
/// missing and added again, which GitHub answers with the existing card.
pub const CARDS_PER_ISSUE: usize = 20;

/// The selection of the board, once per query (alias `p`).
pub fn board_selection(settings: &ProjectSettings) -> String {
    let (owner, login) = match &settings.project.owner {
        ProjectOwner::Organization(login) => ("organization", login),
        ProjectOwner::User(login) => ("user", login),
    };
    let progress = settings
        .progress_field
        .as_ref()
        .map_or(String::new(), |name| {
            format!(
                " progress: field(name: {}) {{ ... on ProjectV2Field {{ id dataType }} }}",
                quote(name)
            )
        });
    format!(
        " p: {owner}(login: {}) {{ projectV2(number: {}) {{ id status: field(name: {}) {{ ... on ProjectV2SingleSelectField {{ id options {{ id name }} }} }}{progress} }} }}",
        quote(login),
        settings.project.number,
        quote(&settings.status_field)
    )
}

/// The selection of an issue's cards, with the fields we set.
pub fn cards_selection(settings: &ProjectSettings) -> String {
    let progress = settings.progress_field.as_ref().map_or(String::new(), |name| {
        format!(
            " progress: fieldValueByName(name: {}) {{ ... on ProjectV2ItemFieldNumberValue {{ number }} }}",
            quote(name)
        )
    });
    format!(
        " projectItems(first: {CARDS_PER_ISSUE}) {{ nodes {{ id project {{ id }} status: fieldValueByName(name: {}) {{ ... on ProjectV2ItemFieldSingleSelectValue {{ name optionId }} }}{progress} }} }}",
        quote(&settings.status_field)
    )
}

fn quote(s: &str) -> String {
    super::graphql::quote(s)
}

/// The board in a `projectV2` node (`None` when there is none).
pub fn read_board(node: &serde_json::Value) -> Option<Board> {
    let id = node["id"].as_str()?.to_string();
    let status = node["status"]["id"].as_str().map(|field| SelectField {
        id: field.to_string(),
        options: node["status"]["options"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|o| Some((o["id"].as_str()?.into(), o["name"].as_str()?.into())))
            .collect(),
    });
    let progress = (node["progress"]["dataType"] == "NUMBER")
        .then(|| node["progress"]["id"].as_str().map(str::to_string))
        .flatten();
    Some(Board {
        id,
        status,
        progress,
    })
}

/// An issue node's card on the board `board` (`None`: not on it).
pub fn read_card(issue: &serde_json::Value, board: &str) -> Option<Card> {
    let nodes = issue["projectItems"]["nodes"].as_array()?;
    let card = nodes.iter().find(|n| n["project"]["id"] == board)?;
    Some(Card {
        item: card["id"].as_str()?.to_string(),
        status: card["status"]["name"].as_str().map(str::to_string),
        // Progress is written in whole percents.
        progress: card["progress"]["number"]
            .as_f64()
            .map(|n| n.round() as u64),
    })
}

/// `ProjectRef::parse`: the forms GitHub writes a project in.
pub trait ProjectRefParse: Sized {
    fn parse(text: &str) -> Option<Self>;
}

impl ProjectRefParse for ProjectRef {
    /// `https://HOST/orgs/ORG/projects/N`, `https://HOST/users/NAME/projects/N`,
    /// `ORG/N` or `users/NAME/N`; `None` for anything else.
    fn parse(text: &str) -> Option<ProjectRef> {
        let text = text.trim().trim_end_matches('/');
        let (host, path) = match text.split_once("://") {
            Some((scheme, rest)) if scheme == "https" || scheme == "http" => {
                let (host, path) = rest.split_once('/')?;
                let path = path.split(['?', '#']).next().unwrap_or_default();
                (Some(host.to_ascii_lowercase()), path)
            }
            Some(_) => return None,
            None => (None, text),
        };
        let parts: Vec<&str> = path.split('/').collect();
        let (owner, number) = match (host.is_some(), parts.as_slice()) {
            (true, ["orgs", org, "projects", n, ..]) => {
                (ProjectOwner::Organization(org.to_string()), n)
            }
            (true, ["users", user, "projects", n, ..]) => (ProjectOwner::User(user.to_string()), n),
            (false, ["users", user, n]) => (ProjectOwner::User(user.to_string()), n),
            (false, [org, n]) if *org != "users" => {
                (ProjectOwner::Organization(org.to_string()), n)
            }
            _ => return None,
        };
        let (ProjectOwner::Organization(login) | ProjectOwner::User(login)) = &owner;
        let number: u64 = number.parse().ok().filter(|n| *n > 0)?;
        login_ok(login).then_some(ProjectRef {
            host,
            owner,
            number,
        })
    }
}

/// `ProjectSettings::read`: the project keys of the `github:` section.
pub trait ProjectSettingsRead: Sized {
    fn read(r: &SectionReader<'_>, tracker: TrackerKind) -> Result<Option<Self>, ConfigError>;
}

impl ProjectSettingsRead for ProjectSettings {
    /// Reads the project keys of the `github:` section; `None` without
    /// `github.project`.
    fn read(
        r: &SectionReader<'_>,
        tracker: TrackerKind,
    ) -> Result<Option<ProjectSettings>, ConfigError> {
        let Some(text) = r.string("project")?.filter(|t| !t.trim().is_empty()) else {
            for key in ["project_status", "project_progress_field"] {
                if r.has(key) {
                    return Err(r.error(key, "needs github.project (the project to update)"));
                }
            }
            return Ok(None);
        };
        let project = ProjectRef::parse(&text).ok_or_else(|| {
            r.error(
                "project",
                &format!("'{text}' is not a project; write it as {FORMS}"),
            )
        })?;
        let status_field = r
            .string("project_status_field")?
            .filter(|f| !f.trim().is_empty())
            .unwrap_or_else(|| "Status".into());
        Ok(Some(ProjectSettings {
            tracker,
            project,
            status_field,
            statuses: read_statuses(r)?,
            progress_field: r
                .string("project_progress_field")?
                .filter(|f| !f.is_empty()),
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tracker::board::{check_board, wanted_option};

    fn org(login: &str, number: u64) -> ProjectRef {
        ProjectRef {
            host: None,
            owner: ProjectOwner::Organization(login.into()),
            number,
        }
    }

    #[test]
    fn project_forms_parse_and_others_do_not() {
        let user = |host: Option<&str>| ProjectRef {
            host: host.map(str::to_string),
            owner: ProjectOwner::User("octo".into()),
            number: 3,
        };
        let cases: [(&str, Option<ProjectRef>); 12] = [
            ("acme/7", Some(org("acme", 7))),
            (
                "https://github.com/orgs/acme/projects/7",
                Some(ProjectRef {
                    host: Some("github.com".into()),
                    ..org("acme", 7)
                }),
            ),
            (
                "https://GHE.corp/orgs/acme/projects/7/views/1",
                Some(ProjectRef {
                    host: Some("ghe.corp".into()),
                    ..org("acme", 7)
                }),
            ),
            (
                "https://ghe.corp/orgs/acme/projects/7/",
                Some(ProjectRef {
                    host: Some("ghe.corp".into()),
                    ..org("acme", 7)
                }),
            ),
            ("users/octo/3", Some(user(None))),
            (
                "https://github.com/users/octo/projects/3",
                Some(user(Some("github.com"))),
            ),
            ("acme", None),
            ("acme/widgets", None),
            ("acme/0", None),
            ("users/3", None),
            ("ftp://github.com/orgs/acme/projects/7", None),
            ("https://github.com/acme/widgets/issues/7", None),
        ];
        for (text, expected) in cases {
            assert_eq!(ProjectRef::parse(text), expected, "{text}");
        }
        assert_eq!(org("acme", 7).to_string(), "acme/7");
        assert_eq!(user(None).to_string(), "users/octo/3");
    }

    #[test]
    fn the_board_must_have_the_field_and_every_configured_option() {
        let settings = ProjectSettings {
            tracker: crate::tracker::github::KIND,
            project: org("acme", 7),
            status_field: "Status".into(),
            statuses: vec![
                (PhaseStatus::Running, "in progress".into()),
                (PhaseStatus::Failed, "Blocked".into()),
            ],
            progress_field: None,
        };
        let field = SelectField {
            id: "F".into(),
            options: vec![
                ("1".into(), "Todo".into()),
                ("2".into(), "In Progress".into()),
            ],
        };
        let board = Board {
            id: "P".into(),
            status: Some(field.clone()),
            progress: None,
        };
        let (message, hint) = check_board(&settings, &board).unwrap_err();
        assert!(message.contains("'Blocked'"), "{message}");
        assert_eq!(hint, "use one of: Todo, In Progress");
        let mut ok = settings.clone();
        ok.statuses.pop();
        assert_eq!(check_board(&ok, &board), Ok(()));
        assert_eq!(
            wanted_option(&ok, &board, PhaseStatus::Running),
            Some("In Progress")
        );
        assert_eq!(wanted_option(&ok, &board, PhaseStatus::Pending), None);
        ok.progress_field = Some("Progress".into());
        assert!(check_board(&ok, &board).unwrap_err().0.contains("Progress"));
        let no_field = Board {
            status: None,
            ..board
        };
        assert!(check_board(&ok, &no_field)
            .unwrap_err()
            .0
            .contains("single-select"));
    }
}
