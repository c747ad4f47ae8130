//! Claims on local issues (PRODUCT §14): the `claim` key of the issue's front
//! matter, `claim: {agent: "ID", claimed: "RFC3339", expires: "RFC3339"}`, read,
//! decided and written under the tracker's lock, so of any number of concurrent
//! claims exactly one finds the issue free. Other keys keep their bytes.

use super::{front_matter, split_front_matter, LocalTracker};
use crate::claims::model::rfc3339;
use crate::claims::Claim;
use crate::tracker::TrackerError;
use serde_json::{Map, Value};

const KEY: &str = "claim";

/// What to do with the stored claim after deciding.
pub enum Write {
    Keep,
    Set(Claim),
    Remove,
}

impl LocalTracker {
    /// Runs `decide` on issue `number`'s claim under the lock and writes what it
    /// says; its answer is returned.
    pub fn with_claim<R>(
        &self,
        number: u64,
        decide: impl FnOnce(Option<Claim>) -> (R, Write),
    ) -> Result<R, TrackerError> {
        self.locked(|| {
            let (_, text) = self.read_file(number)?;
            let path = self.issue_path(number);
            let parts = split_front_matter(&text).ok_or_else(|| {
                TrackerError::Rejected(format!("{}:1: expected YAML front matter", path.display()))
            })?;
            let front: Map<String, Value> = serde_saphyr::from_str(parts.front)
                .map_err(|e| TrackerError::Rejected(format!("{}: {e}", path.display())))?;
            let (answer, write) = decide(claim_of(&front));
            let edited = match write {
                Write::Keep => return Ok(answer),
                Write::Set(claim) => front_matter::set(parts.front, KEY, &render(&claim)),
                Write::Remove => front_matter::remove(parts.front, KEY),
            };
            if edited != parts.front {
                let out = format!("{}{edited}{}{}", parts.open, parts.close, parts.rest);
                self.write_atomic(&path, &out)?;
            }
            Ok(answer)
        })
    }

    /// Every local issue's stored claim (live or not), by number.
    pub fn claims(&self) -> Result<Vec<(u64, Claim)>, TrackerError> {
        let mut out = Vec::new();
        for n in self.numbers()? {
            let Ok((_, text)) = self.read_file(n) else {
                continue;
            };
            let Some(parts) = split_front_matter(&text) else {
                continue;
            };
            let front: Map<String, Value> = serde_saphyr::from_str(parts.front).unwrap_or_default();
            if let Some(claim) = claim_of(&front) {
                out.push((n, claim));
            }
        }
        Ok(out)
    }
}

/// The claim a front matter holds; one that cannot be read holds nothing.
fn claim_of(front: &Map<String, Value>) -> Option<Claim> {
    let c = front.get(KEY)?;
    let time = |k: &str| c.get(k)?.as_str()?.parse().ok();
    Some(Claim {
        agent: c
            .get("agent")?
            .as_str()
            .filter(|a| !a.is_empty())?
            .to_string(),
        claimed: time("claimed"),
        expires: time("expires")?,
    })
}

/// The one-line YAML value of a claim.
fn render(claim: &Claim) -> String {
    let quote = |s: &str| serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into());
    let claimed = claim
        .claimed
        .map(|t| format!(", claimed: {}", quote(&rfc3339(t))))
        .unwrap_or_default();
    format!(
        "{{agent: {}{claimed}, expires: {}}}",
        quote(&claim.agent),
        quote(&rfc3339(claim.expires))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_claim_is_one_line_of_front_matter_read_back_as_written() {
        let claim = Claim {
            agent: "bot-1".into(),
            claimed: Some("2026-01-02T03:04:05Z".parse().unwrap()),
            expires: "2026-01-02T03:34:05Z".parse().unwrap(),
        };
        let line = render(&claim);
        assert_eq!(
            line,
            r#"{agent: "bot-1", claimed: "2026-01-02T03:04:05Z", expires: "2026-01-02T03:34:05Z"}"#
        );
        let front: Map<String, Value> =
            serde_saphyr::from_str(&format!("number: 1\nclaim: {line}\n")).unwrap();
        assert_eq!(claim_of(&front), Some(claim));
    }
}
