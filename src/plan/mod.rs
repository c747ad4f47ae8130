//! Debussy plans as Debussy really writes them: a master plan with a phase table and
//! one markdown file per phase, with issue links at plan or phase level.
//!
//! Parsing is pure: it takes file contents and returns a [`Plan`] plus warnings.
//! A row that looks like a phase row but cannot be read is a warning with its
//! file:line, never silently dropped; a malformed issue reference is an error.
//! Every file a plan names is read and written only inside the repository (see
//! [`RepoRoot`]): a link leading out of it is an error at its line.

pub mod edit;
mod keys;
mod links;
mod parse;
mod root;
mod status;

pub use parse::{
    discover_master_plans, load_plan, parse_master, parse_phase_file, relative as relative_path,
    MasterDoc, PhaseFile,
};
pub use root::{Outside, RepoRoot};
pub use status::PhaseStatus;

use crate::refs::{IssueRef, RefError};
use std::fmt;
use std::path::PathBuf;

/// A place in a plan file, for warnings and errors.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Location {
    pub file: String,
    pub line: usize,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// Something in a plan that was read with doubt.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PlanWarning {
    pub location: Location,
    pub message: String,
}

impl fmt::Display for PlanWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

/// A plan that cannot be used, or a line of it that makes writing commands refuse it.
#[derive(Debug, Clone, thiserror::Error)]
pub enum PlanError {
    #[error("{location}: {source}")]
    Reference {
        location: Location,
        source: RefError,
    },
    #[error("{location}: {message}")]
    Invalid { location: Location, message: String },
    #[error("cannot read {path}: {reason}")]
    Io { path: String, reason: String },
}

impl PlanError {
    /// The line the error is at, when it is at one.
    pub fn location(&self) -> Option<&Location> {
        match self {
            PlanError::Reference { location, .. } | PlanError::Invalid { location, .. } => {
                Some(location)
            }
            PlanError::Io { .. } => None,
        }
    }

    /// What is wrong, without where.
    pub fn reason(&self) -> String {
        match self {
            PlanError::Reference { source, .. } => source.to_string(),
            PlanError::Invalid { message, .. } => message.clone(),
            PlanError::Io { reason, .. } => format!("cannot be read: {reason}"),
        }
    }
}

/// Why a plan is *incomplete*: a phase exists that could not be read. An incomplete
/// plan still converges the phases it could read, but it is never complete.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemKind {
    /// A table row that looks like a phase row but cannot be read.
    UnreadableRow,
    /// A second row with an id already used; the first row is the phase.
    DuplicateId,
    /// The phase file the row links to is missing or not UTF-8.
    UnreadablePhaseFile,
}

/// One reason a plan is incomplete, at the line of its row.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PlanProblem {
    pub kind: ProblemKind,
    pub location: Location,
    pub message: String,
}

impl fmt::Display for PlanProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

/// Where an issue is linked, which decides what state it mirrors.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "level", content = "phase", rename_all = "lowercase")]
pub enum Scope {
    /// Linked in the master plan: follows the whole plan.
    Plan,
    /// Linked in a phase file: mirrors that phase.
    Phase(String),
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Scope::Plan => f.write_str("plan"),
            Scope::Phase(id) => write!(f, "phase {id}"),
        }
    }
}

/// One issue linked from a plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub issue: IssueRef,
    pub scope: Scope,
    pub location: Location,
}

/// One row of the master plan's phase table, completed by its phase file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phase {
    /// `1`, `2`, `3.1`, as written.
    pub id: String,
    pub title: String,
    /// The phase file, resolved relative to the master plan.
    pub file: Option<PathBuf>,
    /// The status column of the master table.
    pub table_status: PhaseStatus,
    pub depends_on: Vec<String>,
    /// The row in the master table.
    pub location: Location,
    /// Which cell of that row (0-based, between pipes) holds the status.
    pub status_column: usize,
    /// The phase file could not be read: its status cannot be trusted, so it counts
    /// as pending in progress and the plan is never complete.
    pub unreadable: bool,
}

/// A parsed master plan with its phases and all its links.
#[derive(Debug, Clone)]
pub struct Plan {
    /// Path of the master plan relative to the repository root, `/`-separated;
    /// the plan's identity in the store and in milestone markers.
    pub key: String,
    pub name: String,
    /// What bare issue numbers resolve against (`**GitHub Repo:**`, else the
    /// configured or `origin` repository, for each kind).
    pub refs: crate::refs::RefScope,
    pub phases: Vec<Phase>,
    /// Plan-level links first, then phase-level links in phase order.
    pub links: Vec<Link>,
    pub warnings: Vec<PlanWarning>,
    /// What makes the plan incomplete (see [`PlanProblem`]).
    pub problems: Vec<PlanProblem>,
    /// Lines that commands which write refuse (malformed references, a bare number
    /// with no repository known); `plan show` shows them as warnings.
    pub errors: Vec<PlanError>,
}

impl Plan {
    /// True when a phase could not be read: such a plan is never complete.
    pub fn is_incomplete(&self) -> bool {
        !self.problems.is_empty() || self.phases.iter().any(|p| p.unreadable)
    }

    /// Rows that are phases but could not be read at all (they count as pending).
    pub fn unread_rows(&self) -> usize {
        self.problems
            .iter()
            .filter(|p| p.kind != ProblemKind::UnreadablePhaseFile)
            .count()
    }

    /// The plan for a command that writes: the first error, if any, refuses it.
    pub fn for_writing(self) -> Result<Plan, PlanError> {
        match self.errors.first() {
            Some(e) => Err(e.clone()),
            None => Ok(self),
        }
    }

    /// Finds a phase by its id (`1` also matches `1.0`).
    pub fn phase(&self, id: &str) -> Option<&Phase> {
        let wanted = normalize_id(id);
        self.phases.iter().find(|p| normalize_id(&p.id) == wanted)
    }

    /// Every phase by its normalized id, for looking many ids up at once.
    pub fn phase_index(&self) -> std::collections::HashMap<String, usize> {
        self.phases
            .iter()
            .enumerate()
            .map(|(i, p)| (normalize_id(&p.id), i))
            .collect()
    }
}

/// A phase id as compared: trimmed, `1.0` read as `1`.
pub fn normalize_id(id: &str) -> String {
    let id = id.trim();
    match id.strip_suffix(".0") {
        Some(base) if !base.contains('.') => base.to_string(),
        _ => id.to_string(),
    }
}
