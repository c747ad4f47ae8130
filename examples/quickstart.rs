//! The whole lifecycle of the bundled example plan (`examples/widgets/`) against the
//! local tracker: no account, no network. Runs every step through the same code as
//! the `gh-debussy-sync` binary, on a scratch copy in `target/quickstart/widgets`,
//! and ends with the issues' final state.
//!
//!     cargo run -q --example quickstart

use gh_debussy_sync::cli::run_with_args;
use gh_debussy_sync::tracker::local::LocalTracker;
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

    println!(
        "\nFinal state of the local issues ({}/.debussy/issues):\n",
        dir
    );
    let issues = match LocalTracker::new(&work, false).list() {
        Ok(issues) => issues,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    };
    let rows: Vec<Vec<String>> = issues
        .iter()
        .map(|i| {
            let state = match &i.state_reason {
                Some(reason) if i.state == "closed" => format!("closed ({reason})"),
                _ => i.state.clone(),
            };
            vec![
                format!("local#{}", i.number),
                state,
                i.labels.join(", "),
                format!("{} comment(s)", i.comments.len()),
                i.title.clone(),
            ]
        })
        .collect();
    print!("{}", gh_debussy_sync::output::table(&rows));
    match std::fs::read_to_string(work.join(".debussy/issues/milestones/1.md")) {
        Ok(text) => println!("\nMilestone 1:\n{}", text.trim_end()),
        Err(e) => eprintln!("error: milestone: {e}"),
    }
}
