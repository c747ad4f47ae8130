//! The twelve issues the query tests (tests/query.rs, tests/query_trackers.rs)
//! put on every tracker: the same titles, states, labels and assignees, issue `n`
//! opened `n` hours after a fixed start.

use super::Workspace;

/// (title, open, labels, assignee)
pub type Issue = (
    &'static str,
    bool,
    &'static [&'static str],
    Option<&'static str>,
);

pub const ISSUES: [Issue; 12] = [
    ("Crash on start", true, &["bug"], Some("alice")),
    ("Widget renders slowly", true, &["ui", "perf"], None),
    ("Add dark mode", true, &["ui"], Some("bob")),
    ("Crash when saving", false, &["bug"], None),
    ("Docs typo", true, &["docs"], None),
    ("Login fails", true, &["bug", "wontfix"], None),
    ("Widget crash report", true, &["bug", "ui"], Some("alice")),
    ("Improve search", false, &["perf"], Some("bob")),
    ("Update deps", true, &[], None),
    ("Memory leak", true, &["bug"], Some("carol")),
    ("Crashing tests", true, &["ci"], None),
    ("Flaky widget test", false, &["ci", "bug"], None),
];

/// When issue `n` was opened (less than a year ago).
pub fn opened(n: u64) -> jiff::Timestamp {
    jiff::Timestamp::from_second(1_768_554_000 + 3600 * n as i64).expect("a time")
}

/// The twelve issues as local files, each with `(n, issue)` handed to `also` for
/// the trackers the test puts them on too.
pub fn write_local(ws: &Workspace, mut also: impl FnMut(u64, &Issue)) {
    for (i, issue) in ISSUES.iter().enumerate() {
        let (title, open, labels, assignee) = issue;
        let n = i as u64 + 1;
        let at = opened(n);
        let quoted: Vec<String> = labels.iter().map(|l| format!("\"{l}\"")).collect();
        ws.write(
            &format!(".debussy/issues/{n}.md"),
            &format!(
                "---\nnumber: {n}\ntitle: \"{title}\"\nstate: {}\nlabels: [{}]\nassignees: [{}]\ncreated: {at}\nupdated: {at}\n---\n\nDetails.\n",
                if *open { "open" } else { "closed" },
                quoted.join(", "),
                assignee.map(|a| format!("\"{a}\"")).unwrap_or_default(),
            ),
        );
        also(n, issue);
    }
}
