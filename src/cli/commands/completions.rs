//! `completions <shell>`: completion scripts for the standalone binary (gh does not forward
//! completion to extensions).

use crate::error::{exit, CliError};
use clap::{Args, CommandFactory};
use clap_complete::Shell;
use std::io::Write;

/// The name the scripts complete: the standalone binary.
const BIN_NAME: &str = "gh-debussy-sync";

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// bash, zsh, fish, powershell or elvish.
    pub shell: Shell,
}

/// The completion script for `shell`.
pub fn script(shell: Shell) -> Vec<u8> {
    let mut cmd = super::super::Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut cmd, BIN_NAME, &mut script);
    if shell == Shell::Bash {
        script = bash_states_agree(&script);
    }
    script
}

/// clap_complete's bash script tracks the words typed as a state named after the binary
/// with its dashes written `__` (`gh__debussy__sync__subcmd__phase`), but names the
/// branches that complete each state with its dashes written `__subcmd__`
/// (`gh__subcmd__debussy__subcmd__sync__subcmd__phase`), so nothing past the first
/// word completes (clap-rs/clap#6421). The branches are renamed after the states.
fn bash_states_agree(script: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(script);
    let branch = BIN_NAME.replace('-', "__subcmd__");
    let state = BIN_NAME.replace('-', "__");
    text.replace(&branch, &state).into_bytes()
}

pub fn run(args: &CompletionsArgs) -> Result<i32, CliError> {
    std::io::stdout()
        .write_all(&script(args.shell))
        .map_err(|e| CliError::new(exit::FAILURE, format!("writing the script: {e}")))?;
    Ok(exit::OK)
}
