//! Issues that mirror each other across trackers (PRODUCT §12): their links, the
//! three-way merge of their fields, and the sync that applies it.

pub mod links;
