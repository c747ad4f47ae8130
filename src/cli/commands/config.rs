//! `config show|path|validate|init|detect`.

use crate::config::{config_path, Config};
use crate::context::Context;
use crate::detect::{self, Detected};
use crate::error::{exit, CliError};
use crate::output::{count, table, Report, Ui};
use crate::tracker::registry;
use clap::{Args, Subcommand};
use serde::Serialize;

#[derive(Debug, Args)]
pub struct ConfigArgs {
    #[command(subcommand)]
    pub command: ConfigCommand,
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// The effective configuration (file, environment and defaults).
    #[command(
        after_help = "Examples:\n  gh debussy-sync config show\n  gh debussy-sync --jq .sync.labels config show"
    )]
    Show,
    /// The path of the configuration file.
    #[command(after_help = "Examples:\n  gh debussy-sync config path")]
    Path,
    /// Check the configuration file: exit 2 on an invalid value.
    #[command(after_help = "Examples:\n  gh debussy-sync config validate")]
    Validate,
    /// Write a commented starting configuration with what `detect` finds (never
    /// overwrites).
    #[command(after_help = "Examples:\n  gh debussy-sync config init")]
    Init,
    /// The platform, host and repository found (origin remote, environment,
    /// configuration) and where each came from; never a token, only its source.
    #[command(
        after_help = "An unknown host is reported (a warning), never guessed: set GH_HOST for GitHub Enterprise, gitea.url or GITEA_URL for Gitea/Forgejo.\n\nExamples:\n  gh debussy-sync config detect\n  gh debussy-sync --jq .repo.value config detect"
    )]
    Detect,
}

const TEMPLATE: &str = "\
# gh debussy-sync configuration. Debussy reads this file too; its keys are kept.
# What every tracker does the same way (also read from github:, where it began):
sync:
  auto_close: false             # close issues (one comment) when every phase is completed
  create_labels_if_missing: true
  milestone_progress: true
  labels:
    in_progress: \"debussy:in-progress\"
    completed: \"debussy:completed\"
    failed: \"debussy:failed\"
    color_in_progress: \"1D76DB\"
    color_completed: \"0E8A16\"
    color_failed: \"D93F0B\"
";

#[derive(Serialize)]
struct ShowReport<'a> {
    path: Option<String>,
    sync: &'a crate::config::SyncConfig,
    publish: &'a crate::config::PublishConfig,
    /// Who this process acts as, and where that came from.
    agent: &'a crate::agent::Agent,
    /// Each tracker's own section (`github`, `jira`, `gitea`).
    #[serde(flatten)]
    sections: serde_json::Map<String, serde_json::Value>,
    warnings: &'a [String],
}

impl Report for ShowReport<'_> {
    fn always_shown(&self) -> bool {
        true
    }

    fn human(&self, _ui: &Ui) -> String {
        let mut out = format!(
            "file: {}\n",
            self.path.as_deref().unwrap_or("(none; defaults)")
        );
        let value = serde_json::to_value(self).unwrap_or_default();
        let own = registry::all()
            .iter()
            .filter(|m| m.section().is_some())
            .map(|m| m.kind().as_str());
        for section in ["sync", "publish", "agent"].into_iter().chain(own) {
            out.push_str(&format!("{section}:\n"));
            flatten(&value[section], "  ", &mut out);
        }
        out
    }
}

fn flatten(value: &serde_json::Value, indent: &str, out: &mut String) {
    if let serde_json::Value::Object(map) = value {
        for (k, v) in map {
            match v {
                serde_json::Value::Object(_) => {
                    out.push_str(&format!("{indent}{k}:\n"));
                    flatten(v, &format!("{indent}  "), out);
                }
                serde_json::Value::Null => out.push_str(&format!("{indent}{k}: ~\n")),
                other => out.push_str(&format!("{indent}{k}: {other}\n")),
            }
        }
    }
}

#[derive(Serialize)]
struct Message {
    message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<String>,
    /// Whether the file at `path` exists (`config path` only).
    #[serde(skip_serializing_if = "Option::is_none")]
    exists: Option<bool>,
}

impl Report for Message {
    fn always_shown(&self) -> bool {
        true
    }

    fn human(&self, _ui: &Ui) -> String {
        format!("{}\n", self.message)
    }
}

pub fn run(ctx: &Context, args: ConfigArgs) -> Result<i32, CliError> {
    let config: &Config = &ctx.config;
    let path = config_path(&ctx.root);
    match args.command {
        ConfigCommand::Show => ctx.ui.emit(&ShowReport {
            path: config.path.as_ref().map(|p| p.display().to_string()),
            sync: &config.sync,
            publish: &config.publish,
            agent: &ctx.agent,
            sections: registry::all()
                .iter()
                .filter_map(|m| Some((m.kind().as_str().to_string(), (m.section()?.show)(config)?)))
                .collect(),
            warnings: &config.warnings,
        }),
        ConfigCommand::Path => {
            let exists = path.is_file();
            if !exists {
                ctx.ui.note(
                    "note: this file does not exist yet; defaults apply (`gh debussy-sync config init` writes one)",
                );
            }
            ctx.ui.emit(&Message {
                message: path.display().to_string(),
                path: Some(path.display().to_string()),
                exists: Some(exists),
            })
        }
        ConfigCommand::Validate => ctx.ui.emit(&Message {
            message: match &config.path {
                Some(p) => format!(
                    "✓ {} is valid ({})",
                    p.display(),
                    count(config.warnings.len(), "warning", "warnings")
                ),
                None => format!("✓ no {}; defaults apply", path.display()),
            },
            path: config.path.as_ref().map(|p| p.display().to_string()),
            exists: None,
        }),
        ConfigCommand::Detect => {
            let found = detected(ctx);
            for w in &found.warnings {
                ctx.ui.warn(w);
            }
            ctx.ui.emit(&DetectReport {
                token_source: token_source(ctx, &found),
                detected: found,
            });
        }
        ConfigCommand::Init => init(ctx, &path)?,
    }
    Ok(exit::OK)
}

/// `config init`: the starting configuration, with what `detect` finds.
fn init(ctx: &Context, path: &std::path::Path) -> Result<(), CliError> {
    if path.exists() {
        return Err(
            CliError::input(format!("{} already exists", path.display()))
                .hint("edit it, or check it with `gh debussy-sync config validate`"),
        );
    }
    if ctx.dry_run {
        ctx.ui.emit(&Message {
            message: format!("would write {}", path.display()),
            path: Some(path.display().to_string()),
            exists: None,
        });
        return Ok(());
    }
    let write = || -> std::io::Result<()> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(path, initial_config(&detected(ctx), &ctx.config))
    };
    write().map_err(|e| {
        CliError::new(
            exit::FAILURE,
            format!("{}: {}", path.display(), crate::error::io_reason(&e)),
        )
    })?;
    let ignore = ctx.root.join(".debussy").join(".gitignore");
    ensure_ignored(&ignore).map_err(|e| {
        CliError::new(
            exit::FAILURE,
            format!("{}: {}", ignore.display(), crate::error::io_reason(&e)),
        )
    })?;
    ctx.ui.emit(&Message {
        message: format!(
            "✓ wrote {} (and {} for the local state files)",
            path.display(),
            ignore.display()
        ),
        path: Some(path.display().to_string()),
        exists: None,
    });
    Ok(())
}

/// Files of ours under `.debussy/` that are state, not content: they stay out of
/// `git add -A` (the issue files themselves are versioned).
const IGNORED: &[&str] = &[
    "sync.db",
    "sync.db-wal",
    "sync.db-shm",
    "sync.lock",
    "issues/.lock",
    "issues/.*.tmp",
    "issues/milestones/.*.tmp",
];

/// Adds the lines of [`IGNORED`] that `.debussy/.gitignore` lacks, keeping the rest.
fn ensure_ignored(path: &std::path::Path) -> std::io::Result<()> {
    let current = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(e),
    };
    let missing: Vec<&str> = IGNORED
        .iter()
        .copied()
        .filter(|entry| !current.lines().any(|l| l.trim() == *entry))
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    let mut text = current.clone();
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    if current.is_empty() {
        text.push_str("# gh debussy-sync: local state, not for version control\n");
    }
    for entry in missing {
        text.push_str(entry);
        text.push('\n');
    }
    std::fs::write(path, text)
}

#[cfg(test)]
mod tests {
    #[test]
    fn template_is_a_valid_config_without_warnings() {
        let c = crate::config::parse(super::TEMPLATE, "t").unwrap();
        assert!(c.warnings.is_empty());
        assert!(
            c.sections.is_empty(),
            "no tracker section: {:?}",
            c.sections
        );
    }
}

/// What `config detect` shows.
#[derive(Serialize)]
struct DetectReport {
    #[serde(flatten)]
    detected: Detected,
    /// Where the token for that host would come from (never the token).
    token_source: Option<String>,
}

impl Report for DetectReport {
    fn always_shown(&self) -> bool {
        true
    }

    fn human(&self, _ui: &Ui) -> String {
        let d = &self.detected;
        let mut rows = vec![vec![
            "platform".to_string(),
            d.platform.value.to_string(),
            d.platform.source.to_string(),
        ]];
        for (name, value) in [("host", &d.host), ("repo", &d.repo)] {
            rows.push(match value {
                Some(v) => vec![name.into(), v.value.clone(), v.source.to_string()],
                None => vec![name.into(), "-".into(), "not found".into()],
            });
        }
        rows.push(vec![
            "token".into(),
            self.token_source
                .clone()
                .unwrap_or_else(|| "none found".into()),
            "(the token itself is never shown)".into(),
        ]);
        table(&rows)
    }
}

/// Auto-configuration from the origin remote, the environment and the file.
fn detected(ctx: &Context) -> Detected {
    detect::detect(&detect::Inputs {
        origin: detect::origin_url(&ctx.root),
        claims: registry::all()
            .iter()
            .flat_map(|m| m.claims(&ctx.config))
            .collect(),
    })
}

/// Where the token of the detected platform's tracker would come from.
fn token_source(ctx: &Context, found: &Detected) -> Option<String> {
    let kind = found.platform.value.tracker()?;
    registry::module(kind)
        .credential_status(&ctx.trackers())?
        .token_source
}

/// The starting configuration: the shared settings, then each tracker's section,
/// the detected platform's with its repository written in.
fn initial_config(found: &Detected, config: &Config) -> String {
    let detected = found.platform.value.tracker();
    let repo = found.repo.as_ref().map(|r| r.value.as_str());
    let mut text = TEMPLATE.to_string();
    for module in registry::all() {
        let repo = repo.filter(|_| detected == Some(module.kind()));
        text.extend(module.config_template(config, repo));
    }
    text
}
