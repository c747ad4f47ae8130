//! Atlassian Document Format, the rich-text bodies of Jira Cloud's REST v3.

use serde_json::{json, Value};

/// Plain text → an ADF document: blank lines separate paragraphs, single newlines
/// become hard breaks.
pub fn from_text(text: &str) -> Value {
    let paragraphs: Vec<Value> = text
        .replace("\r\n", "\n")
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(|p| {
            let mut content = Vec::new();
            for (i, line) in p.trim_matches('\n').split('\n').enumerate() {
                if i > 0 {
                    content.push(json!({"type": "hardBreak"}));
                }
                if !line.is_empty() {
                    content.push(json!({"type": "text", "text": line}));
                }
            }
            json!({"type": "paragraph", "content": content})
        })
        .collect();
    json!({"type": "doc", "version": 1, "content": paragraphs})
}

/// The text of an ADF document (or a plain string body).
pub fn to_text(body: &Value) -> String {
    match body {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        doc => {
            let mut out = String::new();
            collect(doc, &mut out);
            out.trim_end().to_string()
        }
    }
}

fn collect(node: &Value, out: &mut String) {
    match node.get("type").and_then(Value::as_str) {
        Some("text") => out.push_str(node.get("text").and_then(Value::as_str).unwrap_or_default()),
        Some("hardBreak") => out.push('\n'),
        _ => {}
    }
    if let Some(children) = node.get("content").and_then(Value::as_array) {
        for child in children {
            collect(child, out);
        }
    }
    if matches!(
        node.get("type").and_then(Value::as_str),
        Some("paragraph" | "heading")
    ) {
        out.push_str("\n\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_keeps_paragraphs_and_lines() {
        let text = "First line\nsecond line\n\nNext paragraph";
        let doc = from_text(text);
        assert_eq!(doc["type"], "doc");
        assert_eq!(doc["content"].as_array().unwrap().len(), 2);
        assert_eq!(to_text(&doc), text);
    }
}
