//! `jira whoami`: the authenticated user, which checks the credentials.

use super::{connect, failure};
use crate::context::Context;
use crate::error::CliError;
use crate::output::{Report, Ui};
use crate::tracker::jira::JiraDeployment;
use crate::tracker::jira::JiraUser;
use clap::Args;
use serde::Serialize;

/// The authenticated user (checks the credentials).
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  gh debussy-sync jira whoami")]
pub struct WhoamiArgs {}

pub(super) fn run(ctx: &Context) -> Result<(), CliError> {
    let (jira, rt) = connect(ctx)?;
    let user = rt
        .block_on(jira.myself())
        .map_err(|e| failure("whoami", e))?;
    ctx.ui.emit(&WhoamiReport {
        url: jira.site().url.clone(),
        deployment: jira.site().deployment,
        user,
    });
    Ok(())
}

#[derive(Serialize)]
struct WhoamiReport {
    url: String,
    deployment: JiraDeployment,
    #[serde(flatten)]
    user: JiraUser,
}

impl Report for WhoamiReport {
    fn always_shown(&self) -> bool {
        true
    }

    fn human(&self, _ui: &Ui) -> String {
        format!(
            "{} ({}) on {} [{}]\n",
            self.user.display_name.as_deref().unwrap_or(&self.user.name),
            self.user.email.as_deref().unwrap_or(&self.user.name),
            self.url,
            self.deployment.as_str()
        )
    }
}
