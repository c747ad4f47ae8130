//! Issues that mirror each other across trackers (PRODUCT §12).

pub mod merge;
