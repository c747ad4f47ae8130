//! `man DIR` (hidden): writes one man page per command into DIR, generated from the
//! clap definitions, so every `gh-debussy-sync-…(1)` a page links to is shipped.

use crate::error::{exit, CliError};
use clap::{Args, CommandFactory};
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct ManArgs {
    /// The directory the pages are written to (created if missing), e.g. man/man1.
    pub dir: PathBuf,
}

/// A rendered page: its file name (`gh-debussy-sync-phase-start.1`) and its roff.
struct Page {
    file_name: String,
    roff: Vec<u8>,
}

/// One page per visible command, the top-level one first.
fn pages() -> std::io::Result<Vec<Page>> {
    let mut root = super::super::Cli::command().disable_help_subcommand(true);
    root.build();
    // Every page names the program and its version as its source.
    let source = format!(
        "{} {}",
        root.get_name(),
        root.get_version().unwrap_or_default()
    );
    let mut pages = Vec::new();
    add_pages(&root, &source, &mut pages)?;
    Ok(pages)
}

fn add_pages(cmd: &clap::Command, source: &str, pages: &mut Vec<Page>) -> std::io::Result<()> {
    let man = clap_mangen::Man::new(cmd.clone().override_usage(synopsis(cmd))).source(source);
    let mut roff = Vec::new();
    man.render(&mut roff)?;
    pages.push(Page {
        file_name: man.get_filename(),
        roff,
    });
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        add_pages(sub, source, pages)?;
    }
    Ok(())
}

/// The synopsis with the value every option takes (`[-C <DIR>] [--jq <EXPRESSION>]`):
/// clap_mangen's own leaves values out.
fn synopsis(cmd: &clap::Command) -> String {
    let mut words = vec![cmd.get_bin_name().unwrap_or(cmd.get_name()).to_string()];
    let visible: Vec<&clap::Arg> = cmd.get_arguments().filter(|a| !a.is_hide_set()).collect();
    for arg in visible.iter().filter(|a| !a.is_positional()) {
        let usage = match arg.get_short().zip(arg.get_long()) {
            Some((short, _)) => format!("-{short}|{arg}"),
            None => arg.to_string(),
        };
        words.push(if arg.is_required_set() {
            usage
        } else {
            format!("[{usage}]")
        });
    }
    // Positionals print their own brackets (`<ID>`, `[REASON]`).
    words.extend(
        visible
            .iter()
            .filter(|a| a.is_positional())
            .map(|a| a.to_string()),
    );
    if cmd.has_subcommands() {
        let name = cmd.get_subcommand_value_name().unwrap_or("COMMAND");
        words.push(if cmd.is_subcommand_required_set() {
            format!("<{name}>")
        } else {
            format!("[{name}]")
        });
    }
    words.join(" ")
}

pub fn run(args: &ManArgs) -> Result<i32, CliError> {
    let failed = |e: std::io::Error| {
        CliError::new(
            exit::FAILURE,
            format!("{}: {}", args.dir.display(), crate::error::io_reason(&e)),
        )
        .hint("pass a directory you can write to, e.g. man/man1")
    };
    std::fs::create_dir_all(&args.dir).map_err(failed)?;
    for page in pages().map_err(failed)? {
        std::fs::write(args.dir.join(&page.file_name), &page.roff).map_err(failed)?;
    }
    Ok(exit::OK)
}
