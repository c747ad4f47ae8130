//! Issues that mirror each other across trackers (PRODUCT §12).

pub mod base;
pub mod merge;
