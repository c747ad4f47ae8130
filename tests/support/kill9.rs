//! What the fault suites share: a seeded generator of kill moments, and the
//! `KILL9_TRIALS` / `KILL9_SEED` knobs (the seed is printed so that a failure can be
//! replayed).

/// xorshift64*: small, seeded, reproducible.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// A number from the environment.
pub fn env_number(name: &str) -> Option<u64> {
    std::env::var(name).ok()?.parse().ok()
}

/// `KILL9_TRIALS` (else `default`) and `KILL9_SEED` (else from the clock), made
/// odd: the generator needs a seed other than 0.
pub fn trials_and_seed(default: u64) -> (u64, u64) {
    let seed = env_number("KILL9_SEED").unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_nanos() as u64)
    });
    (env_number("KILL9_TRIALS").unwrap_or(default), seed | 1)
}
