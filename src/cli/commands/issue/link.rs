//! `issue link A B`, `issue unlink A B`, `issue links [REF]`: which issues mirror
//! each other. A link is written where it is versioned: the local issue's front
//! matter when one end is local, else `.debussy/links.yaml`.

use super::target::reference;
use crate::context::Context;
use crate::error::{exit, CliError};
use crate::mirror::base::{link_key, LinkStatus};
use crate::mirror::links::{all_links, edit_links_file, links_file, Link, LinkError};
use crate::output::{table, Report, Ui};
use crate::refs::IssueRef;
use crate::tracker::registry::module;
use clap::Args;
use serde::Serialize;

/// Link two issues on different trackers so that `issue sync` mirrors them.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  gh debussy-sync issue link local#3 acme/widgets#12\n  gh debussy-sync issue link acme/widgets#12 PROJ-7"
)]
pub struct LinkArgs {
    /// One issue (local#3, owner/repo#12, PROJ-7, …).
    a: String,
    /// The issue on another tracker that mirrors it.
    b: String,
}

/// The links of the repository, with their sync status.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  gh debussy-sync issue links\n  gh debussy-sync issue links local#3"
)]
pub struct LinksArgs {
    /// Only the links of this issue.
    reference: Option<String>,
}

#[derive(Serialize)]
struct LinkRow {
    left: String,
    right: String,
    #[serde(flatten)]
    status: Option<LinkStatus>,
}

#[derive(Serialize)]
struct LinksReport {
    links: Vec<LinkRow>,
}

impl Report for LinksReport {
    fn always_shown(&self) -> bool {
        true
    }

    fn human(&self, _ui: &Ui) -> String {
        if self.links.is_empty() {
            return "No links.\n".into();
        }
        let mut rows = vec![vec![
            "LEFT".into(),
            "RIGHT".into(),
            "STATUS".into(),
            "SYNCED".into(),
        ]];
        for l in &self.links {
            let (state, at) =
                l.status
                    .as_ref()
                    .map_or(("pending".to_string(), "-".to_string()), |s| {
                        (
                            s.state.to_string(),
                            s.synced_at.clone().unwrap_or_else(|| "-".into()),
                        )
                    });
            rows.push(vec![l.left.clone(), l.right.clone(), state, at]);
        }
        table(&rows)
    }
}

pub(super) fn list(ctx: &Context, args: LinksArgs) -> Result<(), CliError> {
    let only = args.reference.map(|r| reference(ctx, &r)).transpose()?;
    let links = repository_links(ctx)?;
    let store = crate::store::Store::path_in(&ctx.root);
    let store = if store.exists() {
        Some(ctx.store()?)
    } else {
        None
    };
    let mut rows = Vec::new();
    for link in links
        .iter()
        .filter(|l| only.as_ref().is_none_or(|i| l.has(i)))
    {
        let status = match &store {
            Some(s) => s.status(&link_key(&link.left, &link.right))?,
            None => None,
        };
        rows.push(LinkRow {
            left: link.left.to_string(),
            right: link.right.to_string(),
            status,
        });
    }
    ctx.ui.emit(&LinksReport { links: rows });
    Ok(())
}

/// Every link, or an input error naming the file that cannot be read.
pub(super) fn repository_links(ctx: &Context) -> Result<Vec<Link>, CliError> {
    all_links(&ctx.root, ctx.plans().scope()).map_err(link_error)
}

fn link_error(e: LinkError) -> CliError {
    CliError::input(e.to_string())
        .hint("a link is a pair of issues on two trackers: `- [owner/repo#12, PROJ-7]`")
}

pub(super) fn link(ctx: &Context, args: LinkArgs, add: bool) -> Result<(), CliError> {
    let (a, b) = (reference(ctx, &args.a)?, reference(ctx, &args.b)?);
    let Some(link) = Link::new(a.clone(), b.clone()) else {
        return Err(
            CliError::input(format!("{a} and {b} are on the same tracker"))
                .hint("a link joins issues on two trackers, e.g. local#3 and owner/repo#12"),
        );
    };
    repository_links(ctx)?;
    if ctx.dry_run {
        ctx.ui.note(&format!(
            "would {} {link}",
            if add { "link" } else { "unlink" }
        ));
        return Ok(());
    }
    let _lock = ctx.lock()?;
    write_link(ctx, &link.left, &link.right, add)
        .or_else(|| write_link(ctx, &link.right, &link.left, add))
        .unwrap_or_else(|| edit_file(ctx, &a, &b, add))?;
    ctx.ui.note(&format!(
        "{} {link}",
        if add { "linked" } else { "unlinked" }
    ));
    Ok(())
}

/// The link written in `issue`'s own file, when its tracker keeps links there.
fn write_link(
    ctx: &Context,
    issue: &IssueRef,
    other: &IssueRef,
    add: bool,
) -> Option<Result<(), CliError>> {
    let edited = module(issue.tracker()).edit_issue_link(&ctx.root, issue, other, add)?;
    Some(edited.map_err(|e| CliError::new(exit::FAILURE, format!("{issue}: {e}"))))
}

/// The pair added to or removed from `.debussy/links.yaml`.
fn edit_file(ctx: &Context, a: &IssueRef, b: &IssueRef, add: bool) -> Result<(), CliError> {
    let path = links_file(&ctx.root);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => {
            return Err(CliError::new(
                exit::FAILURE,
                format!("{}: {}", path.display(), crate::error::io_reason(&e)),
            ))
        }
    };
    let edited = edit_links_file(&text, (&a.to_string(), &b.to_string()), add);
    if edited != text {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| CliError::new(exit::FAILURE, crate::error::io_reason(&e)))?;
        }
        crate::atomic::write(&path, &edited)
            .map_err(|e| CliError::new(exit::FAILURE, crate::error::io_reason(&e)))?;
    }
    Ok(())
}
