//! gh debussy-sync: keeps issue trackers in step with Debussy work plans.
//!
//! Domain modules (`plan`, `refs`, `config`, `engine`, `tracker`, `store`) know
//! nothing of the command line; `cli` parses arguments and renders reports through
//! `output`.

pub mod activity;
pub mod agent;
pub mod atomic;
pub mod claims;
pub mod cli;
pub mod config;
pub mod context;
pub mod credentials;
pub mod debussy;
pub mod deps;
pub mod detect;
pub mod engine;
pub mod error;
pub mod follow;
pub mod guard;
pub mod jq;
pub mod lifecycle;
pub mod lock;
pub mod mirror;
pub mod notes;
pub mod operation;
pub mod output;
pub mod plan;
pub mod progress_meta;
pub mod publish;
pub mod query;
pub mod reconcile;
pub mod refs;
pub mod release;
pub mod secrets;
pub mod serve;
pub mod store;
pub mod tracker;
pub mod webhook;
