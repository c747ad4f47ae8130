//! The repository root as a boundary. Plans arrive in pull requests and run in CI,
//! so a path a plan names must never make a command read or write outside the
//! repository, however it is written (`../../..`, an absolute path) and wherever a
//! symlink on the way points. Paths are judged by where they really lead.

use std::path::{Component, Path, PathBuf};

/// The repository root, resolved, that every path a plan names must stay inside.
#[derive(Debug, Clone)]
pub struct RepoRoot {
    real: PathBuf,
}

/// A path that leads outside the repository root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outside {
    /// Where the path really leads.
    pub real: PathBuf,
}

impl RepoRoot {
    /// The boundary at `root` (which must exist).
    pub fn new(root: &Path) -> std::io::Result<RepoRoot> {
        Ok(RepoRoot {
            real: std::fs::canonicalize(root)?,
        })
    }

    /// Where `path` really leads (symlinks resolved), when that is inside the root.
    pub fn confine(&self, path: &Path) -> Result<PathBuf, Outside> {
        let real = real_path(path);
        if real.starts_with(&self.real) {
            Ok(real)
        } else {
            Err(Outside { real })
        }
    }
}

/// `path` with every symlink resolved. A part that does not exist cannot be a
/// symlink: it is added to the real path of its deepest existing ancestor, its `..`
/// taken as written. A dangling symlink leads where it points.
fn real_path(path: &Path) -> PathBuf {
    resolve(path, 40)
}

fn resolve(path: &Path, hops: usize) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let parts: Vec<Component> = absolute.components().collect();
    for existing in (1..=parts.len()).rev() {
        let base: PathBuf = parts[..existing].iter().collect();
        let rest = &parts[existing..];
        if let Ok(real) = std::fs::canonicalize(&base) {
            return rest.iter().fold(real, |mut out, part| {
                match part {
                    Component::ParentDir => {
                        out.pop();
                    }
                    Component::Normal(name) => out.push(name),
                    _ => {}
                }
                out
            });
        }
        if let (Some(hops), Ok(target)) = (hops.checked_sub(1), std::fs::read_link(&base)) {
            let mut next = base.parent().unwrap_or(Path::new("/")).join(target);
            next.extend(rest);
            return resolve(&next, hops);
        }
    }
    absolute
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_inside_stay_and_paths_climbing_out_do_not() {
        let dir = tempfile::tempdir().unwrap();
        let repo = dir.path().join("repo");
        std::fs::create_dir_all(repo.join("plans/x")).unwrap();
        std::fs::write(repo.join("plans/x/p.md"), "x").unwrap();
        let root = RepoRoot::new(&repo).unwrap();
        assert!(root.confine(&repo.join("plans/x/../x/p.md")).is_ok());
        assert!(root.confine(&repo.join("plans/x/missing.md")).is_ok());
        assert!(root.confine(&repo.join("plans/x/gone/../../y.md")).is_ok());
        for escape in [
            "plans/x/../../../p.md",
            "plans/missing/../../../p.md",
            "/etc",
        ] {
            let outside = root.confine(&repo.join(escape)).unwrap_err();
            assert!(!outside.real.starts_with(&root.real), "{escape}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn symlinks_are_judged_by_where_they_lead() {
        let dir = tempfile::tempdir().unwrap();
        let (repo, elsewhere) = (dir.path().join("repo"), dir.path().join("elsewhere"));
        std::fs::create_dir_all(&repo).unwrap();
        std::fs::create_dir_all(&elsewhere).unwrap();
        std::fs::write(elsewhere.join("p.md"), "x").unwrap();
        std::os::unix::fs::symlink(&elsewhere, repo.join("dir")).unwrap();
        std::os::unix::fs::symlink(elsewhere.join("p.md"), repo.join("file.md")).unwrap();
        std::os::unix::fs::symlink(repo.join("inner.md"), repo.join("inner-link.md")).unwrap();
        std::os::unix::fs::symlink(elsewhere.join("new.md"), repo.join("dangling.md")).unwrap();
        let root = RepoRoot::new(&repo).unwrap();
        assert!(root.confine(&repo.join("dir/p.md")).is_err());
        assert!(root.confine(&repo.join("dir/missing.md")).is_err());
        assert!(root.confine(&repo.join("file.md")).is_err());
        assert!(root.confine(&repo.join("inner-link.md")).is_ok());
        assert!(root.confine(&repo.join("dangling.md")).is_err());
    }
}
