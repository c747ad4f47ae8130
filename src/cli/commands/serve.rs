//! `serve [--listen 127.0.0.1:8787] [--poll 30m]`: the webhook receiver (PRODUCT
//! §15). Deliveries from GitHub, Gitea/Forgejo, Jira and GitLab re-judge the plans
//! that link their issue; `serve.on_drift: apply` repairs what drifted.

use crate::context::Context;
use crate::error::CliError;
use crate::follow::parse_interval;
use crate::serve::{secrets, serve, ServeOptions};
use clap::Args;
use std::net::SocketAddr;
use std::time::Duration;

#[derive(Debug, Args)]
#[command(
    after_help = "Secrets: GITHUB_WEBHOOK_SECRET, GITEA_WEBHOOK_SECRET or FORGEJO_WEBHOOK_SECRET, JIRA_WEBHOOK_SECRET, GITLAB_WEBHOOK_TOKEN (else the keyring entries webhook:github, webhook:gitea, webhook:jira, webhook:gitlab). A delivery from a source without a secret is refused (401), except from Jira when the project uses Jira: Jira signs only when a secret is set.\nEndpoints: POST /webhook, GET /healthz, GET /metrics. SIGTERM drains the queue and exits 0.\n\nExamples:\n  gh debussy-sync serve\n  gh debussy-sync serve --listen 127.0.0.1:9000 --poll 10m"
)]
pub struct ServeArgs {
    /// The address to listen on (port 0: any free port, told on stderr).
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8787")]
    pub listen: SocketAddr,
    /// Judge every plan and sync every link after this long without a delivery.
    #[arg(long, value_name = "DURATION", default_value = "30m", value_parser = parse_interval)]
    pub poll: Duration,
}

pub fn run(ctx: &Context, args: ServeArgs) -> Result<i32, CliError> {
    if ctx.dry_run {
        return Err(CliError::input(
            "serve does not take --dry-run: a delivery is handled, never previewed",
        )
        .hint("set serve.on_drift: report to report drift without repairing it"));
    }
    let uses_jira = ctx.config.sections.contains_key("jira");
    let secrets = secrets(|name| std::env::var(name).ok(), &ctx.keyring()).unsigned_jira(uses_jira);
    for source in crate::serve::signature::Source::ALL {
        let vars = source.env_vars().join(" or ");
        if secrets.unsigned_accepted(source) {
            ctx.ui.warn(&format!(
                "no {} secret ({vars}): unsigned deliveries are believed; set one, as on the webhook",
                source.as_str()
            ));
        } else if secrets.get(source).is_none() {
            ctx.ui.note(&format!(
                "no {} secret ({vars}): its deliveries are refused",
                source.as_str()
            ));
        }
    }
    let options = ServeOptions {
        listen: args.listen,
        poll: args.poll,
    };
    serve(ctx, &options, secrets, |addr| {
        ctx.ui.note(&format!(
            "listening on http://{addr} (POST /webhook, GET /healthz, GET /metrics; on_drift: {})",
            match ctx.config.serve.on_drift {
                crate::config::OnDrift::Apply => "apply",
                crate::config::OnDrift::Report => "report",
            }
        ));
    })
}
