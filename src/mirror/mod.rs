//! Issues that mirror each other across trackers (PRODUCT §12): their links, the
//! fields compared, the three-way merge of each field against the base kept in
//! `sync.db`, and the sync of one link that applies it.

pub mod base;
pub mod fields;
pub mod links;
pub mod merge;
pub mod pair;
pub mod sync;
