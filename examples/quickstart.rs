//! The whole lifecycle of the bundled example plan (`examples/widgets/`) against the
//! local tracker: no account, no network. Runs every step through the same code as
//! the `gh-debussy-sync` binary, on a scratch copy in `target/quickstart/widgets`,
//! and ends with the issues' final state.
//!
//!     cargo run -q --example quickstart

use gh_debussy_sync::cli::run_with_args;
use std::path::Path;

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let work = root.join("target/quickstart/widgets");
    let _ = std::fs::remove_dir_all(&work);
    if let Err(e) = copy_dir(&root.join("examples/widgets"), &work) {
        eprintln!("error: cannot copy the example to {}: {e}", work.display());
        std::process::exit(1);
    }
    let dir = work.display().to_string();
    let steps: &[&[&str]] = &[
        &["plan", "show"],
        &["phase", "start", "1"],
        &["phase", "complete", "1"],
        &["phase", "start", "2"],
        &["phase", "fail", "2", "--reason", "integration tests red"],
        &["phase", "start", "2"],
        &["phase", "complete", "2"],
        &["phase", "start", "3"],
        &["phase", "complete", "3"],
        &["--yes", "plan", "complete"],
        &["plan", "complete"],
    ];
    for step in steps {
        println!("\n$ gh debussy-sync {}", step.join(" "));
        let mut args = vec!["gh-debussy-sync", "-C", dir.as_str()];
        args.extend_from_slice(step);
        let code = run_with_args(args);
        if code != 0 {
            eprintln!("error: step failed with exit code {code}");
            std::process::exit(code);
        }
    }

    println!("\nFinal state of the issues ({dir}/.debussy/issues):");
    for step in [
        &["issue", "list", "--state", "all"][..],
        &["issue", "view", "local#1"],
    ] {
        println!("\n$ gh debussy-sync {}", step.join(" "));
        let mut args = vec!["gh-debussy-sync", "-C", dir.as_str()];
        args.extend_from_slice(step);
        run_with_args(args);
    }
}
