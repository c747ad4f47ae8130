//! One module per subcommand; each parses its arguments and calls the library.

pub mod auth;
pub mod completions;
pub mod config;
pub mod doctor;
pub mod guard;
pub mod history;
pub mod issue;
pub mod jira;
pub mod man;
pub mod phase;
pub mod plan;
pub mod plan_notes;
pub mod plan_publish;
pub mod release;
pub mod run;
pub mod serve;
pub mod status;
pub mod sync;
pub mod watch;
pub mod webhook;
