//! Workflow transitions (Jira): which transition reaches a wanted status, and what
//! its screen needs. Shared by the engine, which plans transitions, and the Jira
//! tracker, whose bridge command takes them.

use crate::tracker::{Change, ScreenField, TransitionInfo};
use serde_json::{json, Map, Value};

/// The outcome of a requested transition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TransitionOutcome {
    /// The issue is already in the target status.
    Already,
    /// The transition to take (then apply it with [`Change::Transition`]).
    Take(Change),
    /// Not possible from the current status: the reason, naming what is available.
    Unavailable(String),
}

/// Picks the transition that reaches `wanted` (by transition name, then by target
/// status, case-insensitively) and fills its screen from `configured`.
pub fn choose_transition(
    current: &str,
    wanted: &str,
    available: &[TransitionInfo],
    configured: &Map<String, Value>,
) -> TransitionOutcome {
    let found = available
        .iter()
        .find(|t| t.name.eq_ignore_ascii_case(wanted))
        .or_else(|| available.iter().find(|t| t.to.eq_ignore_ascii_case(wanted)));
    let Some(t) = found else {
        let list = if available.is_empty() {
            "none".to_string()
        } else {
            available
                .iter()
                .map(|t| format!("'{}' → {}", t.name, t.to))
                .collect::<Vec<_>>()
                .join(", ")
        };
        return TransitionOutcome::Unavailable(format!(
            "'{wanted}' is not available from '{current}'; available: {list}"
        ));
    };
    if t.to.eq_ignore_ascii_case(current) {
        return TransitionOutcome::Already;
    }
    let mut fields = Map::new();
    for f in &t.fields {
        match configured.get(&f.key) {
            Some(v) => {
                fields.insert(f.key.clone(), screen_value(f, v));
            }
            None if f.required && f.key != "comment" => {
                return TransitionOutcome::Unavailable(format!(
                    "'{}' asks for {} ({}); set jira.transition_fields.{}",
                    t.name,
                    f.key,
                    if f.allowed.is_empty() {
                        "a value".to_string()
                    } else {
                        f.allowed.join(", ")
                    },
                    f.key
                ));
            }
            None => {}
        }
    }
    TransitionOutcome::Take(Change::Transition {
        id: t.id.clone(),
        name: t.name.clone(),
        to: t.to.clone(),
        fields,
    })
}

/// A configured value in the shape the field wants: `{"name": …}` for fields with a
/// fixed set of values (resolution), as given otherwise.
fn screen_value(field: &ScreenField, value: &Value) -> Value {
    match value {
        Value::String(s) if !field.allowed.is_empty() || field.key == "resolution" => {
            json!({ "name": s })
        }
        other => other.clone(),
    }
}
