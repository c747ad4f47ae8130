//! The real binary pointed at a Gitea (the fake, or Prism in front of it), and the
//! standard plan written with Gitea links.

use super::gitea::{FakeGitea, GITEA_TOKEN};
use super::{Workspace, PLAN};
use assert_cmd::Command;

/// The repository every Gitea plan of the tests links.
pub const REPO: &str = "acme/widgets";

/// The standard plan with Gitea links: #10 and #11 follow the plan.
pub const GITEA_MASTER: &str = "\
# Issue Tracker Sync - Master Plan

**Gitea Repo:** acme/widgets
**Gitea Issues:** #10, #11

| Phase | Title | Focus | Risk | Status |
|-------|-------|-------|------|--------|
| 1 | [GitHub Issue Status Sync](phase-1.md) | labels | Low | Pending |
| 2 | [Jira Issue Status Sync](phase-2.md) | jira | Low | Pending |
";

/// Phase 1 of the standard plan: #12 follows it.
pub const GITEA_PHASE_1: &str = "\
# Issue Tracker Sync Phase 1: GitHub Issue Status Sync

**Status:** Pending
**Depends On:** N/A
**Gitea Issues:** #12

---
";

impl Workspace {
    /// The binary pointed at the Gitea whose web root is `url` (the API being
    /// `<url>/api/v1`), with the fake's token in the environment and no OS keyring.
    pub fn gitea(&self, url: &str) -> Command {
        let mut cmd = self.cmd();
        cmd.env("GITEA_URL", url)
            .env("GITEA_TOKEN", GITEA_TOKEN)
            .env("GH_DEBUSSY_SYNC_KEYRING", "none");
        cmd
    }
}

/// A workspace holding the standard plan with Gitea links (at [`PLAN`]), and a fake
/// Gitea with its issues 10, 11 and 12 open in [`REPO`].
pub fn gitea_standard() -> (Workspace, FakeGitea) {
    let gitea = FakeGitea::start();
    for n in [10, 11, 12] {
        gitea.add_issue(REPO, n, &format!("Issue {n}"));
    }
    (gitea_workspace(), gitea)
}

/// A workspace holding the standard plan with Gitea links, for a Gitea seeded by
/// the caller.
pub fn gitea_workspace() -> Workspace {
    let ws = Workspace::new();
    ws.write(PLAN, GITEA_MASTER);
    ws.write("docs/plans/sync/phase-1.md", GITEA_PHASE_1);
    ws.write("docs/plans/sync/phase-2.md", super::PHASE_2);
    ws
}

/// The fully qualified reference of issue `number` of [`REPO`]: the `target` of
/// reports and the form stored in the history.
pub fn target(number: u64) -> String {
    format!("gitea:{REPO}#{number}")
}
