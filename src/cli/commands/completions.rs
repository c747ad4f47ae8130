//! `completions <shell>`: completion scripts for the standalone binary (gh does not
//! forward completion to extensions).

use crate::error::{exit, CliError};
use clap::{Args, CommandFactory};
use clap_complete::Shell;

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// bash, zsh, fish, powershell or elvish.
    pub shell: Shell,
}

/// Writes the script for `shell` to `out`.
pub fn generate(shell: Shell, out: &mut dyn std::io::Write) {
    let mut cmd = super::super::Cli::command();
    clap_complete::generate(shell, &mut cmd, "gh-debussy-sync", out);
}

/// Writes the man page (roff), generated from the same clap definitions.
pub fn man_page(out: &mut dyn std::io::Write) -> std::io::Result<()> {
    clap_mangen::Man::new(super::super::Cli::command()).render(out)
}

pub fn run(args: &CompletionsArgs) -> Result<i32, CliError> {
    generate(args.shell, &mut std::io::stdout());
    Ok(exit::OK)
}
