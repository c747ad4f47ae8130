//! `webhook register URL [--events …] [--secret-env VAR] [--apply]`: one active
//! hook sending the repository's issue events to `serve` at URL, signed with the
//! secret from the environment. Previews by default; registering a URL again keeps
//! (or edits) its hook instead of adding another.

use super::{applies, hooks_of, planned, read_failed, settled, HookView, Where, WriteReport};
use crate::context::Context;
use crate::error::CliError;
use crate::operation::ActionKind;
use crate::tracker::hooks::HookSpec;
use crate::webhook::{self, Decision};
use clap::Args;
use octocrab::secrecy::SecretString;

/// Register (or bring up to date) the hook that sends events to URL.
#[derive(Debug, Args)]
#[command(
    after_help = "The secret is read from the environment (GITHUB_WEBHOOK_SECRET on GitHub,\nGITEA_WEBHOOK_SECRET or FORGEJO_WEBHOOK_SECRET on Gitea, or the variable --secret-env\nnames), sent only in the request body and never shown. A hook that exists for URL is\nedited or kept, never made twice.\n\nExamples:\n  gh debussy-sync webhook register https://hooks.example.com/webhook\n  gh debussy-sync webhook register https://hooks.example.com/webhook --apply\n  gh debussy-sync webhook register https://git.example.com/webhook --tracker gitea --events issues,issue_comment --secret-env HOOK_SECRET --apply"
)]
pub struct RegisterArgs {
    /// Where deliveries go: `serve`'s `/webhook` as the forge reaches it.
    pub url: String,
    /// The events to send, comma-separated (default: issues, issue_comment).
    #[arg(long, value_name = "EVENT,…", value_delimiter = ',')]
    pub events: Vec<String>,
    /// The environment variable holding the secret (default: the forge's own).
    #[arg(long, value_name = "VAR")]
    pub secret_env: Option<String>,
    /// Send the secret again to a hook that is otherwise up to date (after rotating it).
    #[arg(long)]
    pub update_secret: bool,
    #[command(flatten)]
    pub place: Where,
    /// Write the hook (without it: show what would be written).
    #[arg(long)]
    pub apply: bool,
}

pub(super) fn run(ctx: &Context, args: RegisterArgs) -> Result<i32, CliError> {
    if let Some(why) = webhook::url_problem(&args.url) {
        return Err(CliError::input(format!("URL {:?}: {why}", args.url))
            .hint("give the URL the forge posts to, e.g. https://hooks.example.com/webhook"));
    }
    for event in &args.events {
        if let Some(why) = webhook::event_problem(event) {
            return Err(CliError::input(format!("--events {event:?}: {why}"))
                .hint("name the forge's events, e.g. --events issues,issue_comment"));
        }
    }
    if let Some(var) = &args.secret_env {
        check_var_name(var)?;
    }
    let space = args.place.space(ctx)?;
    let runtime = ctx.runtime()?;
    let _entered = runtime.enter();
    let tracker = ctx.tracker(space.tracker())?;
    let hooks = hooks_of(tracker.as_ref())?;
    let secret = match &args.secret_env {
        Some(var) => secret_from(var).ok_or_else(|| missing_var(var, true))?,
        None => hooks
            .secret_vars()
            .iter()
            .find_map(|var| secret_from(var))
            .ok_or_else(|| missing_var(&hooks.secret_vars().join(" or "), false))?,
    };
    let events = if args.events.is_empty() {
        hooks
            .default_events()
            .iter()
            .map(|e| e.to_string())
            .collect()
    } else {
        webhook::event_set(&args.events)
    };
    let spec = HookSpec {
        url: args.url.clone(),
        events,
    };
    let apply = applies(ctx, space.tracker(), args.apply);
    let _lock = if apply { Some(ctx.lock()?) } else { None };
    let modes = (args.update_secret, apply);
    let outcome = runtime
        .block_on(webhook::register(hooks, &space, &spec, &secret, modes))
        .map_err(|e| read_failed(&space, e))?;
    let report = report(&space, &spec, &outcome, apply);
    if apply {
        report.journal(ctx)?;
    }
    ctx.ui.emit(&report);
    Ok(report.code())
}

/// The report of a registration.
fn report(
    space: &crate::tracker::Space,
    spec: &HookSpec,
    outcome: &webhook::Outcome,
    apply: bool,
) -> WriteReport {
    let events = spec.events.join(", ");
    let (action, describe) = match &outcome.decision {
        Decision::Create => (
            Some(ActionKind::CreateHook),
            format!("create hook → {} ({events})", spec.url),
        ),
        Decision::Update { id, changed } => (
            Some(ActionKind::UpdateHook),
            format!("update hook {id} → {} ({})", spec.url, changed.join(", ")),
        ),
        Decision::Unchanged { .. } => (None, String::new()),
    };
    let target = format!("{space} hooks");
    let operations = action
        .map(|action| {
            let mut op = planned(space, action, target.clone(), &spec.url);
            op.describe = describe;
            op.message.clone_from(&outcome.message);
            settled(op, outcome.written.as_ref())
        })
        .into_iter()
        .collect();
    let warnings = outcome
        .duplicates
        .iter()
        .map(|id| format!("hook {id} also sends to {}; it is left alone (remove it with `webhook remove {id}`)", spec.url))
        .collect();
    let kept = outcome.hook.as_ref().map(|h| h.id).unwrap_or_default();
    WriteReport {
        plan: None,
        dry_run: !apply,
        hook: outcome.hook.as_ref().map(HookView::from),
        operations,
        warnings,
        nothing: format!(
            "Hook {kept} of {space} already sends {events} to {}: nothing to write.",
            spec.url
        ),
    }
}

/// An environment variable's name: letters, digits and `_`, not starting with a digit.
fn check_var_name(var: &str) -> Result<(), CliError> {
    let mut chars = var.chars();
    let first_ok = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
    if first_ok && chars.all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Ok(());
    }
    Err(CliError::input(format!(
        "--secret-env {var:?} is not an environment variable name"
    ))
    .hint("name the variable, not its value: --secret-env HOOK_SECRET"))
}

/// The secret held by the environment variable `var`, when it is set and not
/// empty. Read here, at the moment it is needed, and kept as a secret from then on.
fn secret_from(var: &str) -> Option<SecretString> {
    std::env::var(var)
        .ok()
        .filter(|v| !v.is_empty())
        .map(SecretString::from)
}

/// The input error for a secret that is not in the environment.
fn missing_var(var: &str, named: bool) -> CliError {
    let error = CliError::input(format!(
        "{var} is not set: the hook's secret is read from it"
    ));
    if named {
        error.hint(format!(
            "export {var} (the secret serve checks deliveries with), then run again"
        ))
    } else {
        error.hint("export it (the secret serve checks deliveries with), or name another variable with --secret-env VAR")
    }
}
