//! The retry policy shared by the HTTP trackers.

use std::time::Duration;

/// How many attempts, and how long to wait between them; `scale` shortens every wait
/// (`GH_DEBUSSY_SYNC_BACKOFF_SCALE`, used by tests).
#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    pub attempts: u32,
    pub scale: f64,
    /// Never wait longer than this for a rate limit; fail instead.
    pub max_wait: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            attempts: 4,
            scale: 1.0,
            max_wait: Duration::from_secs(15 * 60),
        }
    }
}

impl RetryPolicy {
    /// `d` at this policy's scale.
    pub fn scaled(&self, d: Duration) -> Duration {
        d.mul_f64(self.scale.max(0.0))
    }

    /// Exponential backoff before attempt `attempt + 1`: 1 s, 2 s, 4 s, … (scaled).
    pub fn backoff(&self, attempt: u32) -> Duration {
        self.scaled(Duration::from_secs(1 << attempt.saturating_sub(1).min(5)))
    }
}
