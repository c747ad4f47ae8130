//! Debussy plans as Debussy really writes them: a master plan with a phase table and
//! one markdown file per phase, with issue links at plan or phase level.
//!
//! Parsing is pure: it takes file contents and returns a [`Plan`] plus warnings.
//! A row that looks like a phase row but cannot be read is a warning with its
//! file:line, never silently dropped; a malformed issue reference is an error.

mod parse;
mod status;

pub use parse::{
    discover_master_plans, load_plan, parse_master, parse_phase_file, relative as relative_path,
    PhaseFile,
};
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

/// A plan that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum PlanError {
    #[error("{location}: {source}")]
    Reference {
        location: Location,
        source: RefError,
    },
    #[error("{location}: {message}")]
    Invalid { location: Location, message: String },
    #[error("cannot read {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
}

/// Where an issue is linked, which decides what state it mirrors.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "scope", content = "phase", rename_all = "lowercase")]
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
}

/// A parsed master plan with its phases and all its links.
#[derive(Debug, Clone)]
pub struct Plan {
    /// Path of the master plan relative to the repository root, `/`-separated;
    /// the plan's identity in the store and in milestone markers.
    pub key: String,
    pub name: String,
    pub phases: Vec<Phase>,
    /// Plan-level links first, then phase-level links in phase order.
    pub links: Vec<Link>,
    pub warnings: Vec<PlanWarning>,
}

impl Plan {
    /// Finds a phase by its id (`1` also matches `1.0`).
    pub fn phase(&self, id: &str) -> Option<&Phase> {
        let wanted = normalize_id(id);
        self.phases.iter().find(|p| normalize_id(&p.id) == wanted)
    }
}

fn normalize_id(id: &str) -> String {
    let id = id.trim();
    match id.strip_suffix(".0") {
        Some(base) if !base.contains('.') => base.to_string(),
        _ => id.to_string(),
    }
}
