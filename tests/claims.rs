//! `issue claim` (PRODUCT §14) through the real binary: eight agents claiming one
//! issue at once, twenty times, on the local tracker, on GitHub and on Gitea
//! (fakes): exactly one wins each time and the others exit 4 naming it; expiry,
//! release, extension, `--force` (journaled), `list`, a restart of the holder,
//! SIGKILL in the middle of claims, and what a claim costs on GitHub.

mod support;

use assert_cmd::Command;
use std::time::{Duration, Instant};
use support::gitea::FakeGitea;
use support::github::FakeGitHub;
use support::kill9::Rng;
use support::*;

const AGENTS: usize = 8;
const TRIALS: usize = 20;

/// The text a command printed (stdout then stderr).
fn text(out: &std::process::Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// `claim check`'s line.
fn check(make: &dyn Fn(&str) -> Command, reference: &str) -> String {
    let out = make("observer")
        .args(["issue", "claim", "check", reference])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    text(&out)
}

/// Eight agents claim `reference` at once, `TRIALS` times: one exit 0, seven exit
/// 4 naming the winner; `check` names it; the winner releases.
fn race(make: &dyn Fn(&str) -> Command, reference: &str, after: &dyn Fn()) {
    for trial in 0..TRIALS {
        let agents: Vec<String> = (0..AGENTS).map(|a| format!("agent-{trial}-{a}")).collect();
        let cmds = agents
            .iter()
            .map(|a| {
                let mut cmd = make(a);
                cmd.args(["issue", "claim", reference, "--ttl", "10m"]);
                cmd
            })
            .collect();
        let outs = run_all_at_once(cmds);
        let codes: Vec<Option<i32>> = outs.iter().map(|o| o.status.code()).collect();
        let winners: Vec<&String> = agents
            .iter()
            .zip(&codes)
            .filter(|(_, c)| **c == Some(0))
            .map(|(a, _)| a)
            .collect();
        let all: Vec<String> = outs.iter().map(text).collect();
        assert_eq!(winners.len(), 1, "trial {trial}: {codes:?}\n{all:#?}");
        assert_eq!(
            codes.iter().filter(|c| **c == Some(4)).count(),
            AGENTS - 1,
            "trial {trial}: {codes:?}\n{all:#?}"
        );
        let winner = winners[0];
        for (out, code) in outs.iter().zip(&codes) {
            if *code == Some(4) {
                assert!(
                    text(out).contains(&format!("is claimed by {winner} until 20")),
                    "{}",
                    text(out)
                );
            }
        }
        assert!(check(make, reference).contains(&format!("is claimed by {winner} until")));
        succeed(make(winner).args(["issue", "claim", "release", reference]));
        assert!(check(make, reference).contains("is free"));
        after();
    }
}

/// Polls `claim check` until the issue is free (a guard deadline, not a timing).
fn wait_until_free(make: &dyn Fn(&str) -> Command, reference: &str) {
    let started = Instant::now();
    while !check(make, reference).contains("is free") {
        assert!(started.elapsed() < Duration::from_secs(60), "never freed");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// A `--ttl 2s` claim is free after it expires; the holder's restart (a new
/// process of the same agent) still holds it before that.
fn expiry_and_restart(make: &dyn Fn(&str) -> Command, reference: &str) {
    succeed(make("short").args(["issue", "claim", reference, "--ttl", "2s"]));
    let again = succeed(make("short").args(["issue", "claim", reference]));
    assert!(text(&again).contains("already held"), "{}", text(&again));
    let other = make("other")
        .args(["issue", "claim", reference])
        .output()
        .expect("run");
    assert_eq!(other.status.code(), Some(4), "{}", text(&other));
    wait_until_free(make, reference);
    succeed(make("other").args(["issue", "claim", reference]));
    assert!(check(make, reference).contains("is claimed by other until"));
    succeed(make("other").args(["issue", "claim", "release", reference]));
}

/// Someone else's claim: release and extend exit 4 without `--force`; with it
/// they are applied and journaled with the acting agent.
fn force(ws: &Workspace, make: &dyn Fn(&str) -> Command, reference: &str) {
    succeed(make("holder").args(["issue", "claim", reference, "--ttl", "10m"]));
    for verb in ["release", "extend"] {
        let out = make("intruder")
            .args(["issue", "claim", verb, reference])
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(4), "{}", text(&out));
        assert!(text(&out).contains("is claimed by holder until"));
    }
    let extended =
        succeed(make("holder").args(["issue", "claim", "extend", reference, "--add", "1h"]));
    assert!(text(&extended).contains("extended"), "{}", text(&extended));
    let listed = json_stdout(&succeed(make("holder").args([
        "--json",
        "issue",
        "claim",
        "list",
        space_of(reference),
        "--mine",
    ])));
    assert_eq!(listed["claims"][0]["agent"], "holder", "{listed}");
    let expires = listed["claims"][0]["expires"].as_str().unwrap().to_string();
    let stamp: jiff::Timestamp = expires.parse().unwrap();
    assert!(stamp > jiff::Timestamp::now() + jiff::SignedDuration::from_mins(60));
    succeed(make("intruder").args(["issue", "claim", "extend", reference, "--force"]));
    succeed(make("intruder").args(["issue", "claim", "release", reference, "--force"]));
    assert!(check(make, reference).contains("is free"));
    let history = json_stdout(&succeed(
        ws.cmd().args(["--json", "history", "--issue", reference]),
    ));
    let rows = history.to_string();
    for action in ["\"claim\"", "\"extend_claim\"", "\"release_claim\""] {
        assert!(rows.contains(action), "{action} in {history}");
    }
    assert!(rows.contains("forced over holder's claim"), "{history}");
    assert!(rows.contains("\"intruder\""), "{history}");
}

fn space_of(reference: &str) -> &str {
    reference.split('#').next().unwrap()
}

#[test]
fn local_eight_agents_one_winner_every_time() {
    let ws = local_standard();
    let make = |agent: &str| {
        let mut cmd = ws.cmd();
        cmd.env("GH_DEBUSSY_SYNC_AGENT", agent);
        cmd
    };
    race(&make, "local#2", &|| {});
    let file = ws.read(".debussy/issues/2.md");
    assert!(
        !file.contains("claim:"),
        "released claims leave no key: {file}"
    );
    assert!(
        file.contains("labels: [\"team:core\"]"),
        "other keys stay: {file}"
    );
}

#[test]
fn local_claim_lives_in_the_front_matter_expires_and_is_forced_on_record() {
    let ws = local_standard();
    let make = |agent: &str| {
        let mut cmd = ws.cmd();
        cmd.env("GH_DEBUSSY_SYNC_AGENT", agent);
        cmd
    };
    succeed(make("bot-1").args(["issue", "claim", "local#3"]));
    let file = ws.read(".debussy/issues/3.md");
    assert!(
        file.contains("\nclaim: {agent: \"bot-1\", claimed: \"20"),
        "{file}"
    );
    succeed(make("bot-1").args(["issue", "claim", "release", "local#3"]));
    expiry_and_restart(&make, "local#3");
    force(&ws, &make, "local#3");
    let missing = make("bot-1")
        .args(["issue", "claim", "local#99"])
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(1), "{}", text(&missing));
}

fn github_make<'a>(ws: &'a Workspace, gh: &'a FakeGitHub) -> impl Fn(&str) -> Command + 'a {
    move |agent: &str| {
        let mut cmd = ws.gh(&gh.url);
        cmd.env("GH_DEBUSSY_SYNC_AGENT", agent);
        cmd
    }
}

fn claim_comments(bodies: Vec<String>) -> usize {
    bodies
        .iter()
        .filter(|b| b.contains("<!-- debussy-sync:claim "))
        .count()
}

#[test]
fn github_eight_agents_one_winner_every_time_and_losers_withdraw() {
    let (ws, gh) = standard();
    let make = github_make(&ws, &gh);
    race(&make, "acme/widgets#10", &|| {
        assert_eq!(claim_comments(gh.comments("acme/widgets", 10)), 0);
    });
}

#[test]
fn github_claim_costs_at_most_three_requests() {
    let (ws, gh) = standard();
    let make = github_make(&ws, &gh);
    gh.clear_log();
    succeed(make("first").args(["issue", "claim", "acme/widgets#11"]));
    let won: Vec<String> = gh
        .requests()
        .iter()
        .map(|r| format!("{} {}", r.method, r.path))
        .collect();
    assert_eq!(won.len(), 2, "{won:?}");
    gh.clear_log();
    let lost = make("second")
        .args(["issue", "claim", "acme/widgets#11"])
        .output()
        .unwrap();
    assert_eq!(lost.status.code(), Some(4));
    let methods: Vec<String> = gh.requests().iter().map(|r| r.method.clone()).collect();
    assert_eq!(methods, ["POST", "GET", "DELETE"]);
    let bodies = gh.comments("acme/widgets", 11);
    assert_eq!(claim_comments(bodies.clone()), 1, "{bodies:?}");
    assert!(bodies[0].contains("agent=\"first\""), "{bodies:?}");
    assert!(
        bodies[0].contains("<!-- debussy-sync:agent first -->"),
        "signed: {bodies:?}"
    );
}

#[test]
fn github_expiry_restart_and_force() {
    let (ws, gh) = standard();
    let make = github_make(&ws, &gh);
    expiry_and_restart(&make, "acme/widgets#12");
    force(&ws, &make, "acme/widgets#12");
    // What stays is the lapsed claim: released ones are deleted.
    let left: Vec<String> = gh
        .comments("acme/widgets", 12)
        .into_iter()
        .filter(|b| b.contains("<!-- debussy-sync:claim "))
        .collect();
    assert_eq!(left.len(), 1, "{left:?}");
    assert!(left[0].contains("agent=\"short\""), "{left:?}");
}

#[test]
fn gitea_eight_agents_one_winner_every_time() {
    let gitea = FakeGitea::start();
    gitea.add_issue("acme/widgets", 10, "Issue 10");
    let ws = Workspace::new();
    let make = |agent: &str| {
        let mut cmd = ws.gitea(&gitea.url);
        cmd.env("GH_DEBUSSY_SYNC_AGENT", agent);
        cmd
    };
    race(&make, "gitea:acme/widgets#10", &|| {
        assert_eq!(claim_comments(gitea.comments("acme/widgets", 10)), 0);
    });
    expiry_and_restart(&make, "gitea:acme/widgets#10");
}

/// SIGKILL at random moments of concurrent claims never leaves two holders: at
/// most one surviving claimer was told it won, and then `check` names it.
fn kill_claimers(
    make_std: &dyn Fn(&str) -> std::process::Command,
    make: &dyn Fn(&str) -> Command,
    reference: &dyn Fn(usize) -> String,
) {
    let mut rng = Rng(0x5eed_c1a1);
    for trial in 0..10 {
        let reference = reference(trial);
        let mut children: Vec<(String, std::process::Child)> = (0..6)
            .map(|a| {
                let agent = format!("k{trial}-{a}");
                let mut cmd = make_std(&agent);
                cmd.args(["issue", "claim", &reference])
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::null());
                (agent, cmd.spawn().expect("spawn"))
            })
            .collect();
        std::thread::sleep(Duration::from_millis(rng.below(60)));
        for (_, child) in children.iter_mut().step_by(2) {
            let _ = child.kill();
        }
        let mut winners = Vec::new();
        for (i, (agent, mut child)) in children.into_iter().enumerate() {
            let status = child.wait().expect("wait");
            if i % 2 == 1 && status.code() == Some(0) {
                winners.push(agent);
            }
        }
        assert!(winners.len() <= 1, "two holders: {winners:?}");
        let held = check(make, &reference);
        if let Some(w) = winners.first() {
            assert!(held.contains(&format!("is claimed by {w} until")), "{held}");
        }
    }
}

fn std_command(ws: &Workspace, agent: &str) -> std::process::Command {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("gh-debussy-sync"));
    cmd.current_dir(ws.path())
        .env("GH_DEBUSSY_SYNC_AGENT", agent)
        .env("NO_COLOR", "1")
        .env_remove("GH_TOKEN")
        .env_remove("GITHUB_API_URL");
    cmd
}

#[test]
fn killed_claimers_never_leave_two_holders() {
    let ws = local_standard();
    for n in 10..20 {
        ws.write(
            &format!(".debussy/issues/{n}.md"),
            &local_issue_file(n, "Kill", None),
        );
    }
    let make = |agent: &str| {
        let mut cmd = ws.cmd();
        cmd.env("GH_DEBUSSY_SYNC_AGENT", agent);
        cmd
    };
    kill_claimers(&|a| std_command(&ws, a), &make, &|t| {
        format!("local#{}", 10 + t)
    });

    let (ws, gh) = standard();
    for n in 100..110 {
        gh.add_issue("acme/widgets", n, "Kill");
    }
    let make = github_make(&ws, &gh);
    let make_std = |agent: &str| {
        let mut cmd = std_command(&ws, agent);
        cmd.env("GITHUB_API_URL", &gh.url).env("GH_TOKEN", TOKEN);
        cmd
    };
    kill_claimers(&make_std, &make, &|t| format!("acme/widgets#{}", 100 + t));
}

fn jira_claims(flavor: support::jira::Flavor, deployment: &str) {
    let fake = support::jira::FakeJira::start(flavor);
    fake.add_issue("PROJ-9", "Claimed on Jira");
    let ws = jira_workspace(deployment);
    let make = |agent: &str| {
        let mut cmd = jira_cmd(&ws, &fake);
        cmd.env("GH_DEBUSSY_SYNC_AGENT", agent);
        cmd
    };
    race(&make, "PROJ-9", &|| {
        let left = fake.issue("PROJ-9").comments.len();
        assert_eq!(left, 0, "losers withdrew, the winner released");
    });
    expiry_and_restart(&make, "PROJ-9");
}

#[test]
fn jira_cloud_eight_agents_one_winner_every_time() {
    jira_claims(support::jira::Flavor::Cloud, "cloud");
}

#[test]
fn jira_data_center_eight_agents_one_winner_every_time() {
    jira_claims(support::jira::Flavor::DataCenter, "server");
}

#[test]
fn a_claim_too_long_to_count_is_exit_2_naming_the_flag() {
    let ws = local_standard();
    let before = ws.read(".debussy/issues/2.md");
    let out = ws
        .cmd()
        .args(["issue", "claim", "local#2", "--ttl", "99999999h"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("--ttl"), "{}", text(&out));
    assert!(text(&out).contains("8760h"), "{}", text(&out));
    assert_eq!(ws.read(".debussy/issues/2.md"), before, "nothing written");
    succeed(ws.cmd().args(["issue", "claim", "local#2"]));
    let held = ws.read(".debussy/issues/2.md");
    let out = ws
        .cmd()
        .args(["issue", "claim", "extend", "local#2", "--add", "99999999h"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("--add"), "{}", text(&out));
    assert_eq!(ws.read(".debussy/issues/2.md"), held, "nothing written");
}

#[test]
fn github_does_not_extend_a_claim_about_to_lapse() {
    let (ws, gh) = standard();
    let make = github_make(&ws, &gh);
    succeed(make("short").args(["issue", "claim", "acme/widgets#10", "--ttl", "3s"]));
    let before = gh.comments("acme/widgets", 10);
    gh.clear_log();
    for force in [false, true] {
        let mut cmd = make(if force { "boss" } else { "short" });
        cmd.args(["issue", "claim", "extend", "acme/widgets#10", "--add", "1h"]);
        if force {
            cmd.arg("--force");
        }
        let out = cmd.output().expect("run");
        assert_eq!(out.status.code(), Some(4), "{}", text(&out));
        assert!(text(&out).contains("too soon to extend"), "{}", text(&out));
        assert!(
            text(&out).contains("claim it again: gh debussy-sync issue claim acme/widgets#10"),
            "{}",
            text(&out)
        );
    }
    assert!(gh.writes().is_empty(), "{:?}", gh.writes());
    assert_eq!(gh.comments("acme/widgets", 10), before);
}
