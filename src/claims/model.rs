//! What a claim is and the decisions every store makes the same way: who holds
//! an issue among the claims seen, whether a new claim wins, and whether an agent
//! may release or extend. Pure, so the rules are table-tested once and the local,
//! remote and Redis stores only read and write.

use jiff::{SignedDuration, Timestamp};
use serde::Serialize;

/// One claim: who holds the issue and until when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Claim {
    pub agent: String,
    /// When it was taken, when the store keeps it.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "optional_time"
    )]
    pub claimed: Option<Timestamp>,
    #[serde(serialize_with = "time")]
    pub expires: Timestamp,
}

fn time<S: serde::Serializer>(t: &Timestamp, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&rfc3339(*t))
}

fn optional_time<S: serde::Serializer>(t: &Option<Timestamp>, s: S) -> Result<S::Ok, S::Error> {
    match t {
        Some(t) => time(t, s),
        None => s.serialize_none(),
    }
}

impl Claim {
    pub fn new(agent: &str, now: Timestamp, ttl: SignedDuration) -> Claim {
        Claim {
            agent: agent.to_string(),
            claimed: Some(now),
            expires: later(now, ttl),
        }
    }

    /// Whether it still holds at `now` (an expired claim is free).
    pub fn live(&self, now: Timestamp) -> bool {
        self.expires > now
    }

    /// The same claim, `add` longer (counted from now when it has lapsed).
    pub fn extended(&self, now: Timestamp, add: SignedDuration) -> Claim {
        Claim {
            expires: later(self.expires.max(now), add),
            ..self.clone()
        }
    }
}

/// `at + d`, or the last instant there is when that lies beyond it (durations
/// are capped at [`LONGEST`], so only claims extended thousands of times get
/// there).
pub fn later(at: Timestamp, d: SignedDuration) -> Timestamp {
    at.checked_add(d).unwrap_or(Timestamp::MAX)
}

/// One claim among several kept on an issue, in the order the tracker gave them
/// (`order`: the comment id, which grows with creation).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub order: u64,
    pub claim: Claim,
}

/// The holder among `entries`: the earliest one still live at `now`.
pub fn holder(entries: &[Entry], now: Timestamp) -> Option<&Entry> {
    entries
        .iter()
        .filter(|e| e.claim.live(now))
        .min_by_key(|e| e.order)
}

/// What a claim came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// The agent holds the issue now.
    Won(Claim),
    /// The agent held it already (nothing new was kept).
    AlreadyHeld(Claim),
    /// Someone else holds it.
    Lost(Claim),
}

/// The verdict for the entry `mine` that `me` just added, among all `entries`
/// read after adding it: the earliest live entry wins; an earlier live entry of
/// `me` means the issue was held already.
pub fn contest(entries: &[Entry], mine: u64, me: &str, now: Timestamp) -> Verdict {
    match holder(entries, now) {
        Some(h) if h.order == mine => Verdict::Won(h.claim.clone()),
        Some(h) if h.claim.agent == me => Verdict::AlreadyHeld(h.claim.clone()),
        Some(h) => Verdict::Lost(h.claim.clone()),
        // Our own entry is gone or lapsed already: nobody holds it through us.
        None => Verdict::Lost(Claim {
            agent: me.to_string(),
            claimed: None,
            expires: now,
        }),
    }
}

/// The verdict of a claim on a store that holds one claim per issue (the front
/// matter, Redis): `current` is what is there.
pub fn take(current: Option<&Claim>, me: &str, now: Timestamp, ttl: SignedDuration) -> Verdict {
    match current.filter(|c| c.live(now)) {
        Some(c) if c.agent == me => Verdict::AlreadyHeld(c.clone()),
        Some(c) => Verdict::Lost(c.clone()),
        None => Verdict::Won(Claim::new(me, now, ttl)),
    }
}

/// Whether `me` may release or extend the claim `current`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Permission {
    /// It is `me`'s own claim.
    Own(Claim),
    /// Someone else's, and `--force` was given: recorded as forced.
    Forced(Claim),
    /// Someone else's, without `--force`.
    Refused(Claim),
    /// Nobody holds the issue.
    Free,
    /// The claim lapses within [`MARGIN`]: too soon to extend it on a store
    /// where another claim could win before the extension lands.
    Lapsing(Claim),
}

/// How long a claim kept in comments must still hold to be extended: an edit
/// that lands after the claim lapsed would revive it over a later winner.
pub const MARGIN: SignedDuration = SignedDuration::from_secs(5);

/// `permission`, with a claim of `me`'s or a forced one that lapses within
/// [`MARGIN`] of `now` turned to [`Permission::Lapsing`].
pub fn extension(current: Option<&Claim>, me: &str, force: bool, now: Timestamp) -> Permission {
    match permission(current, me, force, now) {
        Permission::Own(c) | Permission::Forced(c) if c.expires <= later(now, MARGIN) => {
            Permission::Lapsing(c)
        }
        other => other,
    }
}

pub fn permission(current: Option<&Claim>, me: &str, force: bool, now: Timestamp) -> Permission {
    match current.filter(|c| c.live(now)) {
        None => Permission::Free,
        Some(c) if c.agent == me => Permission::Own(c.clone()),
        Some(c) if force => Permission::Forced(c.clone()),
        Some(c) => Permission::Refused(c.clone()),
    }
}

/// The longest a claim is taken or extended for at once: a year.
pub const LONGEST: SignedDuration = SignedDuration::from_hours(24 * 365);

/// Parses a duration such as `30m`, `2s`, `1h 30m` (positive, at most
/// [`LONGEST`]).
pub fn parse_duration(text: &str) -> Result<SignedDuration, String> {
    let d: SignedDuration = text
        .trim()
        .parse()
        .map_err(|_| format!("'{text}' is not a duration"))?;
    if !d.is_positive() {
        Err(format!("'{text}' is not a positive duration"))
    } else if d > LONGEST {
        Err(format!(
            "'{text}' is longer than a claim can be taken for at once (at most 8760h, a year)"
        ))
    } else {
        Ok(d)
    }
}

/// A timestamp as RFC 3339, to the second.
pub fn rfc3339(t: Timestamp) -> String {
    t.round(jiff::Unit::Second).unwrap_or(t).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: i64) -> Timestamp {
        Timestamp::from_second(1_800_000_000 + s).unwrap()
    }

    fn entry(order: u64, agent: &str, expires: i64) -> Entry {
        Entry {
            order,
            claim: Claim {
                agent: agent.into(),
                claimed: None,
                expires: t(expires),
            },
        }
    }

    #[test]
    fn the_earliest_live_entry_decides_every_contest() {
        let now = t(0);
        let cases: &[(&[Entry], u64, &str, &str)] = &[
            // (entries, mine, me, expected verdict: won|held|lost:AGENT)
            (&[entry(5, "a", 60)], 5, "a", "won"),
            (&[entry(5, "a", 60), entry(6, "b", 60)], 6, "b", "lost:a"),
            (&[entry(5, "a", 60), entry(6, "b", 60)], 5, "a", "won"),
            (&[entry(5, "a", -1), entry(6, "b", 60)], 6, "b", "won"),
            (&[entry(5, "a", 0), entry(6, "b", 60)], 6, "b", "won"),
            (&[entry(6, "b", 60), entry(5, "a", 60)], 6, "b", "lost:a"),
            (&[entry(5, "a", 60), entry(9, "a", 60)], 9, "a", "held"),
            (
                &[entry(5, "b", 60), entry(7, "a", 60), entry(9, "a", 60)],
                9,
                "a",
                "lost:b",
            ),
            (&[entry(5, "b", 60)], 9, "a", "lost:b"),
            (&[], 9, "a", "lost:a"),
        ];
        for (entries, mine, me, expected) in cases {
            let got = match contest(entries, *mine, me, now) {
                Verdict::Won(c) => {
                    assert_eq!(c.agent, *me);
                    "won".to_string()
                }
                Verdict::AlreadyHeld(_) => "held".into(),
                Verdict::Lost(c) => format!("lost:{}", c.agent),
            };
            assert_eq!(&got, expected, "{entries:?} mine={mine} me={me}");
        }
    }

    #[test]
    fn a_single_slot_store_gives_a_live_claim_to_its_holder_only() {
        let ttl = SignedDuration::from_mins(30);
        let live = entry(0, "a", 60).claim;
        let lapsed = entry(0, "a", -5).claim;
        assert_eq!(
            take(None, "b", t(0), ttl),
            Verdict::Won(Claim::new("b", t(0), ttl))
        );
        assert_eq!(
            take(Some(&live), "b", t(0), ttl),
            Verdict::Lost(live.clone())
        );
        assert_eq!(
            take(Some(&live), "a", t(0), ttl),
            Verdict::AlreadyHeld(live.clone())
        );
        assert_eq!(
            take(Some(&lapsed), "b", t(0), ttl),
            Verdict::Won(Claim::new("b", t(0), ttl))
        );
        // Live until the instant it expires, free from then on.
        assert!(matches!(
            take(Some(&live), "b", t(60), ttl),
            Verdict::Won(_)
        ));
    }

    #[test]
    fn releasing_or_extending_someone_elses_claim_needs_force() {
        let c = entry(0, "a", 60).claim;
        let now = t(0);
        assert_eq!(
            permission(Some(&c), "a", false, now),
            Permission::Own(c.clone())
        );
        assert_eq!(
            permission(Some(&c), "b", false, now),
            Permission::Refused(c.clone())
        );
        assert_eq!(
            permission(Some(&c), "b", true, now),
            Permission::Forced(c.clone())
        );
        assert_eq!(permission(None, "b", true, now), Permission::Free);
        assert_eq!(permission(Some(&c), "b", false, t(61)), Permission::Free);
    }

    #[test]
    fn a_claim_about_to_lapse_is_not_extended() {
        let c = entry(0, "a", 60).claim;
        assert_eq!(
            extension(Some(&c), "a", false, t(0)),
            Permission::Own(c.clone())
        );
        assert_eq!(
            extension(Some(&c), "a", false, t(56)),
            Permission::Lapsing(c.clone())
        );
        assert_eq!(
            extension(Some(&c), "b", true, t(55)),
            Permission::Lapsing(c.clone())
        );
        assert_eq!(
            extension(Some(&c), "b", false, t(56)),
            Permission::Refused(c.clone())
        );
        assert_eq!(extension(Some(&c), "a", false, t(60)), Permission::Free);
    }

    #[test]
    fn an_extension_counts_from_the_expiry_or_from_now_when_lapsed() {
        let c = entry(0, "a", 60).claim;
        let add = SignedDuration::from_mins(15);
        assert_eq!(c.extended(t(0), add).expires, t(60 + 900));
        assert_eq!(c.extended(t(100), add).expires, t(100 + 900));
        let last = Claim::new("a", Timestamp::MAX, add);
        assert_eq!(last.extended(Timestamp::MAX, add).expires, Timestamp::MAX);
    }

    #[test]
    fn durations_are_friendly_and_positive() {
        assert_eq!(parse_duration("30m"), Ok(SignedDuration::from_mins(30)));
        assert_eq!(parse_duration("2s"), Ok(SignedDuration::from_secs(2)));
        assert_eq!(parse_duration("1h 30m"), Ok(SignedDuration::from_mins(90)));
        assert!(parse_duration("soon").is_err());
        assert!(parse_duration("0s").is_err());
        assert_eq!(parse_duration("8760h"), Ok(LONGEST));
        assert!(parse_duration("8761h").is_err());
        assert!(parse_duration("99999999h").is_err());
    }
}
