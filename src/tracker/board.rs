//! A project board beside a tracker's issues (GitHub Projects v2; Gitea's projects
//! have the same shape): a single-select Status field that follows each linked
//! issue's state, and an optional number field holding plan progress. The engine
//! plans cards with these types; the tracker's module reads and writes them.

use crate::plan::PhaseStatus;
use crate::refs::TrackerKind;
use std::fmt;

/// The phase statuses a project's Status follows: those the state labels follow.
pub const FOLLOWED: [PhaseStatus; 4] = [
    PhaseStatus::Pending,
    PhaseStatus::Running,
    PhaseStatus::Completed,
    PhaseStatus::Failed,
];

/// Who owns a project.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase", tag = "kind", content = "login")]
pub enum ProjectOwner {
    Organization(String),
    User(String),
}

/// A project: its owner and number (`acme/7`), and the host of its URL when one
/// was given.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
pub struct ProjectRef {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    pub owner: ProjectOwner,
    pub number: u64,
}

impl fmt::Display for ProjectRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.owner {
            ProjectOwner::Organization(org) => write!(f, "{org}/{}", self.number),
            ProjectOwner::User(user) => write!(f, "users/{user}/{}", self.number),
        }
    }
}

/// A tracker's board settings (`github.project` and the keys beside it): which board, which option each phase
/// status selects, and the optional progress field.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ProjectSettings {
    /// The tracker whose issues go on the board.
    #[serde(skip)]
    pub tracker: TrackerKind,
    pub project: ProjectRef,
    /// The single-select field (`Status` unless `github.project_status_field`).
    pub status_field: String,
    /// Option name per phase status, as configured.
    pub statuses: Vec<(PhaseStatus, String)>,
    /// The number field receiving plan progress, in percent.
    pub progress_field: Option<String>,
}

impl ProjectSettings {
    /// The option name configured for an issue that follows `status`.
    pub fn option_for(&self, status: PhaseStatus) -> Option<&str> {
        self.statuses
            .iter()
            .find(|(s, _)| *s == status)
            .map(|(_, name)| name.as_str())
    }
}

/// A board as read: its node id, its Status field and options, its number field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Board {
    pub id: String,
    /// The single-select field, when the project has one by that name.
    pub status: Option<SelectField>,
    /// The node id of the number field, when configured and present.
    pub progress: Option<String>,
}

/// A single-select field and its options (`(id, name)`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SelectField {
    pub id: String,
    pub options: Vec<(String, String)>,
}

impl SelectField {
    /// The option named `name` (case-insensitively).
    pub fn option(&self, name: &str) -> Option<&(String, String)> {
        self.options
            .iter()
            .find(|(_, n)| n.eq_ignore_ascii_case(name))
    }
}

/// An issue's card on the board: its item id, its Status option, its progress.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Card {
    pub item: String,
    pub status: Option<String>,
    pub progress: Option<u64>,
}

/// What the board and an issue's card should be, for the plan stage and `status`.
pub fn wanted_option<'b>(
    settings: &ProjectSettings,
    board: &'b Board,
    status: PhaseStatus,
) -> Option<&'b str> {
    let name = settings.option_for(status)?;
    board.status.as_ref()?.option(name).map(|(_, n)| n.as_str())
}

/// Why the board cannot take the configuration: the field or an option it names
/// is not there. Message and hint, for an input error.
pub fn check_board(settings: &ProjectSettings, board: &Board) -> Result<(), (String, String)> {
    let project = &settings.project;
    let section = settings.tracker.as_str();
    let Some(field) = &board.status else {
        return Err((
            format!(
                "{section}.project_status_field: project {project} has no single-select field '{}'",
                settings.status_field
            ),
            format!("name the project's single-select field in {section}.project_status_field"),
        ));
    };
    let names: Vec<&str> = field.options.iter().map(|(_, n)| n.as_str()).collect();
    for (status, name) in &settings.statuses {
        if field.option(name).is_none() {
            return Err((
                format!(
                    "{section}.project_status.{status}: '{name}' is not an option of the {} field of project {project}",
                    settings.status_field
                ),
                format!("use one of: {}", names.join(", ")),
            ));
        }
    }
    if let (Some(name), None) = (&settings.progress_field, &board.progress) {
        return Err((
            format!(
                "{section}.project_progress_field: project {project} has no number field '{name}'"
            ),
            "name a number field of the project, or remove the key".into(),
        ));
    }
    Ok(())
}
