//! The local tracker's registration: its kind, reference grammar and constructor.

use super::LocalTracker;
use crate::config::Config;
use crate::context::TrackerFactory;
use crate::error::CliError;
use crate::refs::{RefShape, TrackerKind};
use crate::tracker::registry::TrackerModule;
use crate::tracker::Tracker;
use std::sync::Arc;

/// Markdown issues in the repository: `local#3`.
pub const KIND: TrackerKind = TrackerKind::new("local", "Local", Some("local"), RefShape::Number);

pub struct Local;

pub static MODULE: Local = Local;

impl TrackerModule for Local {
    fn kind(&self) -> TrackerKind {
        KIND
    }

    fn dry_run(&self, _config: &Config) -> bool {
        false
    }

    fn build(&self, f: &TrackerFactory) -> Result<Arc<dyn Tracker>, CliError> {
        Ok(Arc::new(build(f)))
    }
}

/// The local tracker of the repository, its comments signed by the login name.
pub fn build(f: &TrackerFactory) -> LocalTracker {
    let tracker = LocalTracker::new(f.root());
    match &f.env().user {
        Some(user) => tracker.with_user(user),
        None => tracker,
    }
}
