//! Issue bodies between Markdown (GitHub, Gitea, the local tracker) and Jira:
//! ADF on Cloud, wiki markup on Server/Data Center.
//!
//! Markdown is read with pulldown-cmark, ADF as the JSON tree it is, wiki
//! markup with a careful line and inline parser (Jira has none to borrow).
//! All three become one document tree ([`tree`]) in a canonical shape, and
//! every format is written from that tree. Bodies are compared as
//! [`normalize_markdown`] renders them, so a body that went to Jira and came
//! back is never seen as a change: for Markdown in the supported subset
//! (headings, nested lists, fenced code, links, emphasis, strike, block
//! quotes, rules, line breaks, our hidden markers),
//! `normalize_markdown(&adf_to_markdown(&markdown_to_adf(m))) == normalize_markdown(m)`,
//! the same holds through wiki markup, and `normalize_markdown` is idempotent.
//!
//! What cannot make the trip is flattened, never dropped: tables and other
//! HTML keep their text, Jira's underline/superscript keep their text, a soft
//! line break is a line break (GitHub, Gitea and Jira all show it as one).
//! Our hidden markers (`<!-- debussy-sync:… -->`) travel as the bracketed tags
//! the Jira tracker already uses ([`super::marker_text`]) and come back as
//! markers.

mod adf;
mod markdown;
mod tree;
mod wiki;

use serde_json::Value;

/// Markdown → an ADF document (Jira Cloud).
pub fn markdown_to_adf(md: &str) -> Value {
    adf::render(&markdown::parse(md))
}

/// An ADF document (or a plain string body) → Markdown, in canonical form.
pub fn adf_to_markdown(doc: &Value) -> String {
    markdown::render(&adf::parse(doc))
}

/// Markdown → Jira wiki markup (Server/Data Center).
pub fn markdown_to_wiki(md: &str) -> String {
    wiki::render(&markdown::parse(md))
}

/// Jira wiki markup → Markdown, in canonical form.
pub fn wiki_to_markdown(wiki: &str) -> String {
    markdown::render(&wiki::parse(wiki))
}

/// The canonical form bodies are compared in: `-` bullets, `1.` numbering,
/// `_em_`, `**strong**`, fenced code, one blank line between blocks, no
/// trailing spaces.
pub fn normalize_markdown(md: &str) -> String {
    markdown::render(&markdown::parse(md))
}

/// Markdown as Jira keeps it, in either flavor: what a body sent to Jira reads
/// back as. Like [`normalize_markdown`], but what Jira markup cannot hold is
/// flattened as the trip flattens it (raw HTML becomes its text).
pub fn as_jira_holds(md: &str) -> String {
    wiki_to_markdown(&markdown_to_wiki(md))
}

#[cfg(test)]
mod tests;
