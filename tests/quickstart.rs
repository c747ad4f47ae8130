//! The bundled example's lifecycle, as the README's quick start runs it.

mod support;

use support::*;

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn example_plan_runs_to_completion_against_the_local_tracker() {
    let ws = Workspace::new();
    copy_dir(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/widgets"),
        ws.path(),
    );
    for step in [
        &["phase", "start", "1"][..],
        &["phase", "complete", "1"],
        &["phase", "start", "2"],
        &["phase", "fail", "2"],
        &["phase", "start", "2"],
        &["phase", "complete", "2"],
        &["phase", "start", "3"],
        &["phase", "complete", "3"],
        &["--yes", "plan", "complete"],
    ] {
        ws.cmd().args(step).assert().success();
    }
    for n in 1..=5 {
        let text = ws.read(&format!(".debussy/issues/{n}.md"));
        assert!(text.contains("\nstate: closed\n"), "local#{n}:\n{text}");
        assert!(local_labels(&ws, n).contains(&"debussy:completed".to_string()));
        assert!(!local_labels(&ws, n).contains(&"debussy:failed".to_string()));
        assert_eq!(text.matches("<!-- debussy-sync:completion:").count(), 1);
    }
    let out = ws
        .cmd()
        .args(["--json", "plan", "complete"])
        .output()
        .unwrap();
    assert_eq!(json_stdout(&out)["operations"], serde_json::json!([]));
}
