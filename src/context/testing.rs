//! Scratch repositories for the unit tests of the context's parts.

/// A master plan with two phases, linking `links` to the whole plan.
pub fn master(links: &str) -> String {
    format!(
        "# Widgets - Master Plan\n\n**Issues:** {links}\n\n| Phase | Title | Focus | Risk | Status |\n|-------|-------|-------|------|--------|\n| 1 | [One](phase-1.md) | x | Low | Pending |\n| 2 | [Two](phase-2.md) | x | Low | Pending |\n"
    )
}

/// A scratch repository (`.debussy/`, no git remote) with these files.
pub fn repo(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir_all(dir.path().join(".debussy")).expect("mkdir");
    for (rel, text) in files {
        let path = dir.path().join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }
    dir
}

/// The plans of `dir`, seen from its root.
pub fn plans(dir: &tempfile::TempDir) -> super::plans::Plans {
    let root = dir.path().to_path_buf();
    super::plans::Plans::new(root.clone(), root, Default::default(), None)
}
