//! Releases of completed work (`release create`, PRODUCT §13): whether a tag is a
//! valid release tag, what to do with the release a forge already has for it, and
//! doing it through the tracker's [`Releases`].
//!
//! The decision is pure ([`decide`]): an existing release (drafts included) is
//! edited, never duplicated, and one that already says what we want gets no write.
//! A published release stays published and keeps its tag's commit: a release is
//! never turned back into a draft.

use crate::plan::Plan;
use crate::refs::{IssueRef, RefShape, TrackerKind};
use crate::tracker::release::{Release, ReleaseFields, Releases};
use crate::tracker::{Space, TrackerError};

/// Why `tag` cannot name a release (git's rules for a tag's ref name), if it cannot.
pub fn tag_problem(tag: &str) -> Option<&'static str> {
    const FORBIDDEN: &[char] = &[' ', '~', '^', ':', '?', '*', '[', '\\'];
    if tag.is_empty() {
        return Some("it is empty");
    }
    if tag
        .chars()
        .any(|c| c.is_control() || FORBIDDEN.contains(&c))
    {
        return Some("it holds a space, a control character or one of ~ ^ : ? * [ \\");
    }
    if tag.contains("..") || tag.contains("@{") || tag == "@" {
        return Some("it holds `..` or `@{`, or is `@`");
    }
    if tag.starts_with('-') {
        return Some("it starts with `-`");
    }
    if tag.starts_with('/') || tag.ends_with('/') || tag.contains("//") || tag.ends_with('.') {
        return Some("it starts or ends with `/`, holds `//`, or ends with `.`");
    }
    if tag
        .split('/')
        .any(|part| part.starts_with('.') || part.ends_with(".lock"))
    {
        return Some("a part of it starts with `.` or ends with `.lock`");
    }
    None
}

/// A repository a release could go to, and whether the plans link issues there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Forge {
    pub space: Space,
    pub linked: bool,
}

/// Where the release of `plans` could go: for each repository-shaped kind, the
/// repository of the first issue the plans link there, else the one their bare
/// numbers resolve against (`**GitHub Repo:**`, the configured repository, `origin`).
pub fn forges(plans: &[Plan], kinds: &[TrackerKind]) -> Vec<Forge> {
    let mut out = Vec::new();
    for &kind in kinds.iter().filter(|k| k.shape() == RefShape::Repo) {
        let linked = plans
            .iter()
            .flat_map(|p| &p.links)
            .find_map(|l| match &l.issue {
                IssueRef::Repo { kind: k, repo, .. } if *k == kind => Some(repo.clone()),
                _ => None,
            });
        let resolved = || plans.iter().find_map(|p| p.refs.repo(kind).cloned());
        if let Some(repo) = linked.clone().or_else(resolved) {
            out.push(Forge {
                space: Space::Repo(kind, repo),
                linked: linked.is_some(),
            });
        }
    }
    out
}

/// Why no forge could be chosen: what to say, and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoForge {
    pub message: String,
    pub hint: String,
}

/// The forge to release on: the one `asked` for (`--tracker`), else the only one
/// the plans link issues on, else the only one known.
pub fn choose_forge(forges: &[Forge], asked: Option<TrackerKind>) -> Result<Space, NoForge> {
    let names = |list: &[&Forge]| -> String {
        let shown: Vec<String> = list
            .iter()
            .map(|f| format!("{} ({})", f.space.tracker().as_str(), f.space))
            .collect();
        shown.join(" and ")
    };
    if let Some(kind) = asked {
        if kind.shape() != RefShape::Repo {
            return Err(NoForge {
                message: format!("{} has no releases", kind.as_str()),
                hint: "releases are made on a forge: --tracker github or --tracker gitea".into(),
            });
        }
        return forges
            .iter()
            .find(|f| f.space.tracker() == kind)
            .map(|f| f.space.clone())
            .ok_or_else(|| NoForge {
                message: format!("no {} repository is known for this plan", kind.as_str()),
                hint: format!(
                    "set {0}.repo in .debussy/config.yaml, or link the plan's {0} issues",
                    kind.as_str()
                ),
            });
    }
    let linked: Vec<&Forge> = forges.iter().filter(|f| f.linked).collect();
    let all: Vec<&Forge> = forges.iter().collect();
    match (linked.as_slice(), all.as_slice()) {
        ([one], _) | ([], [one]) => Ok(one.space.clone()),
        ([], []) => Err(NoForge {
            message: "no GitHub or Gitea repository is known for this plan".into(),
            hint: "set github.repo (or gitea.url and gitea.repo) in .debussy/config.yaml, or add an origin remote".into(),
        }),
        ([], many) | (many, _) => Err(NoForge {
            message: format!("{} could both take the release", names(many)),
            hint: "choose one with --tracker".into(),
        }),
    }
}

/// What to do about the release of a tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// There is none: create it.
    Create(ReleaseFields),
    /// Release `id` says something else: write `fields` (the `changed` ones differ).
    Update {
        id: u64,
        fields: ReleaseFields,
        changed: Vec<&'static str>,
    },
    /// Release `id` says what we want already.
    Unchanged { id: u64 },
}

/// What to do to make the release of `wanted.tag` say `wanted`, given the one the
/// forge has (if any). A published release stays published at its commit.
pub fn decide(wanted: &ReleaseFields, existing: Option<&Release>) -> Decision {
    let Some(existing) = existing else {
        return Decision::Create(wanted.clone());
    };
    let have = &existing.fields;
    let mut fields = wanted.clone();
    if !have.draft {
        fields.draft = false;
        fields.target.clone_from(&have.target);
    }
    let changed: Vec<&'static str> = [
        ("name", fields.name != have.name),
        ("body", fields.body != have.body),
        ("draft", fields.draft != have.draft),
        ("target", fields.target != have.target),
    ]
    .into_iter()
    .filter(|(_, differs)| *differs)
    .map(|(name, _)| name)
    .collect();
    if changed.is_empty() {
        Decision::Unchanged { id: existing.id }
    } else {
        Decision::Update {
            id: existing.id,
            fields,
            changed,
        }
    }
}

/// What became of the release.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub decision: Decision,
    /// The release as the forge answered (none in a preview or on failure).
    pub release: Option<Release>,
    /// `Some` when the write was tried: its result.
    pub written: Option<Result<(), TrackerError>>,
    /// Something worth knowing (a create confirmed after an unclear answer).
    pub message: Option<String>,
}

/// Finds the release of `wanted.tag` in `space`, decides, and when `apply` writes
/// what the decision says. A create without a clear answer is looked for once
/// more by its tag rather than sent again.
pub async fn converge(
    releases: &dyn Releases,
    space: &Space,
    wanted: &ReleaseFields,
    apply: bool,
) -> Result<Outcome, TrackerError> {
    let existing = releases.find_release(space, &wanted.tag).await?;
    let decision = decide(wanted, existing.as_ref());
    let mut outcome = Outcome {
        release: existing,
        written: None,
        message: None,
        decision: decision.clone(),
    };
    if !apply {
        return Ok(outcome);
    }
    let written = match &decision {
        Decision::Unchanged { .. } => return Ok(outcome),
        Decision::Create(fields) => match releases.create_release(space, fields).await {
            Err(TrackerError::Ambiguous(why)) => {
                let found = releases.find_release(space, &fields.tag).await?;
                outcome.message = found
                    .is_some()
                    .then(|| format!("confirmed stored after an unclear answer ({why})"));
                found.ok_or(TrackerError::Ambiguous(why))
            }
            other => other,
        },
        Decision::Update { id, fields, .. } => releases.update_release(space, *id, fields).await,
    };
    match written {
        Ok(release) => {
            outcome.release = Some(release);
            outcome.written = Some(Ok(()));
        }
        Err(e) => outcome.written = Some(Err(e)),
    }
    Ok(outcome)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(body: &str, draft: bool, target: &str) -> ReleaseFields {
        ReleaseFields {
            tag: "v1.0.0".into(),
            target: target.into(),
            name: "v1.0.0".into(),
            body: body.into(),
            draft,
        }
    }

    fn release(fields: ReleaseFields) -> Release {
        Release {
            id: 7,
            fields,
            url: None,
        }
    }

    #[test]
    fn tags_follow_gits_ref_name_rules() {
        for good in ["v1.0.0", "release/2026-01", "1.2.3-rc.1", "v1@2"] {
            assert_eq!(tag_problem(good), None, "{good}");
        }
        for bad in [
            "", "v 1", "v1..2", "v1~1", "a:b", "v1^", "x?", "*", "[v1]", "a\\b", "-v1", "/v1",
            "v1/", "a//b", "v1.", ".v1", "a/.b", "v1.lock", "@", "a@{1}", "v1\t",
        ] {
            assert!(tag_problem(bad).is_some(), "{bad:?} is refused");
        }
    }

    #[test]
    fn the_release_of_a_tag_is_created_updated_or_left_alone() {
        let wanted = fields("notes", true, "abc");
        let cases: [(Option<ReleaseFields>, Decision); 6] = [
            (None, Decision::Create(wanted.clone())),
            (
                Some(fields("notes", true, "abc")),
                Decision::Unchanged { id: 7 },
            ),
            (
                Some(fields("old notes", true, "abc")),
                Decision::Update {
                    id: 7,
                    fields: wanted.clone(),
                    changed: vec!["body"],
                },
            ),
            (
                Some(fields("notes", true, "older")),
                Decision::Update {
                    id: 7,
                    fields: wanted.clone(),
                    changed: vec!["target"],
                },
            ),
            // Published: stays published, at its own commit.
            (
                Some(fields("notes", false, "older")),
                Decision::Unchanged { id: 7 },
            ),
            (
                Some(fields("old", false, "older")),
                Decision::Update {
                    id: 7,
                    fields: fields("notes", false, "older"),
                    changed: vec!["body"],
                },
            ),
        ];
        for (existing, want) in cases {
            let existing = existing.map(release);
            assert_eq!(decide(&wanted, existing.as_ref()), want, "{existing:?}");
        }
    }

    #[test]
    fn publishing_a_draft_is_an_update_of_its_draft_flag() {
        let wanted = fields("notes", false, "abc");
        let draft = release(fields("notes", true, "abc"));
        assert_eq!(
            decide(&wanted, Some(&draft)),
            Decision::Update {
                id: 7,
                fields: wanted.clone(),
                changed: vec!["draft"],
            }
        );
    }
}
