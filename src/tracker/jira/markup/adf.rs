//! The tree as Atlassian Document Format (Jira Cloud) and back.
//!
//! Text carries marks (`strong`, `em`, `strike`, `code`, `link`) rather than
//! nesting; our markers travel as the bracketed tags the Jira tracker uses
//! everywhere ([`marker_text`]). Nodes without a Markdown equivalent keep
//! their text: a mention or status its label, a panel or expand its blocks, a
//! task list becomes `[ ]`/`[x]` items.

use super::tree::{canonical, flatten, hidden_parts, is_marker, Block, Inline, Mark};
use crate::tracker::jira::marker_text;
use serde_json::{json, Value};

/// Tree → ADF document.
pub fn render(blocks: &[Block]) -> Value {
    json!({"type": "doc", "version": 1, "content": render_blocks(blocks)})
}

fn render_blocks(blocks: &[Block]) -> Vec<Value> {
    blocks.iter().map(render_block).collect()
}

fn render_block(block: &Block) -> Value {
    match block {
        Block::Paragraph(inlines) => node("paragraph", render_inlines(inlines)),
        Block::Heading(level, inlines) => {
            let mut heading = node("heading", render_inlines(inlines));
            heading["attrs"] = json!({"level": level});
            heading
        }
        Block::List(start, items) => {
            let items = items
                .iter()
                .map(|item| node("listItem", render_blocks(item)))
                .collect();
            match start {
                Some(order) => {
                    let mut list = node("orderedList", items);
                    list["attrs"] = json!({"order": order});
                    list
                }
                None => node("bulletList", items),
            }
        }
        Block::Code(lang, text) => {
            let content = if text.is_empty() {
                vec![]
            } else {
                vec![text_node(text, &[])]
            };
            let mut code = node("codeBlock", content);
            if !lang.is_empty() {
                code["attrs"] = json!({"language": lang});
            }
            code
        }
        Block::Quote(inner) => node("blockquote", render_blocks(inner)),
        Block::Rule => json!({"type": "rule"}),
        Block::Html(html) => node("paragraph", vec![text_node(&hidden(html), &[])]),
    }
}

fn node(kind: &str, content: Vec<Value>) -> Value {
    json!({"type": kind, "content": content})
}

/// HTML as Jira keeps it: our markers as tags, other HTML as its text.
fn hidden(html: &str) -> String {
    if is_marker(html) {
        marker_text(html)
    } else {
        html.to_string()
    }
}

fn render_inlines(inlines: &[Inline]) -> Vec<Value> {
    let mut spans = Vec::new();
    flatten(inlines.to_vec(), &mut Vec::new(), &mut spans);
    let mut out: Vec<Value> = Vec::new();
    for span in spans {
        let value = match &span.leaf {
            Inline::Text(text) => text_node(text, &span.marks),
            Inline::Html(html) => text_node(&hidden(html), &span.marks),
            Inline::Code(code) => {
                let mut marks = vec![json!({"type": "code"})];
                marks.extend(span.marks.iter().filter_map(|m| match m {
                    Mark::Link(_) => Some(mark_json(m)),
                    _ => None,
                }));
                json!({"type": "text", "text": code, "marks": marks})
            }
            Inline::Break => json!({"type": "hardBreak"}),
            // Flattened content holds leaves only.
            Inline::Styled(..) => continue,
        };
        match (out.last_mut(), &value) {
            (Some(prev), next) if same_marks(prev, next) => {
                let joined = format!("{}{}", str_of(prev, "text"), str_of(next, "text"));
                prev["text"] = Value::String(joined);
            }
            _ => out.push(value),
        }
    }
    out
}

/// Whether two text nodes can be one (same marks, no code).
fn same_marks(a: &Value, b: &Value) -> bool {
    let text = |v: &Value| v["type"] == "text";
    let code = |v: &Value| {
        v["marks"]
            .as_array()
            .is_some_and(|m| m.iter().any(|m| m["type"] == "code"))
    };
    text(a) && text(b) && !code(a) && !code(b) && a.get("marks") == b.get("marks")
}

fn text_node(text: &str, marks: &[Mark]) -> Value {
    let mut value = json!({"type": "text", "text": text});
    if !marks.is_empty() {
        value["marks"] = Value::Array(marks.iter().map(mark_json).collect());
    }
    value
}

fn mark_json(mark: &Mark) -> Value {
    match mark {
        Mark::Strong => json!({"type": "strong"}),
        Mark::Em => json!({"type": "em"}),
        Mark::Strike => json!({"type": "strike"}),
        Mark::Link(href) => json!({"type": "link", "attrs": {"href": href}}),
    }
}

fn str_of<'a>(value: &'a Value, key: &str) -> &'a str {
    value.get(key).and_then(Value::as_str).unwrap_or_default()
}

fn attr<'a>(value: &'a Value, key: &str) -> Option<&'a Value> {
    value.get("attrs")?.get(key)
}

fn children(value: &Value) -> &[Value] {
    value
        .get("content")
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// ADF document (or a plain string body) → canonical tree.
pub fn parse(doc: &Value) -> Vec<Block> {
    match doc {
        Value::String(text) => super::markdown::parse(text),
        doc => canonical(read_blocks(children(doc))),
    }
}

fn read_blocks(nodes: &[Value]) -> Vec<Block> {
    let mut out = Vec::new();
    let mut loose = Vec::new();
    for child in nodes {
        match read_block(child) {
            Some(blocks) => {
                if !loose.is_empty() {
                    out.push(Block::Paragraph(std::mem::take(&mut loose)));
                }
                out.extend(blocks);
            }
            // Inline content where a block belongs.
            None => loose.extend(read_inline(child)),
        }
    }
    if !loose.is_empty() {
        out.push(Block::Paragraph(loose));
    }
    out
}

/// A block node's blocks, or `None` for an inline node.
fn read_block(node: &Value) -> Option<Vec<Block>> {
    let inlines = || read_inlines(children(node));
    let block = match str_of(node, "type") {
        "paragraph" => Block::Paragraph(inlines()),
        "heading" => {
            let level = attr(node, "level").and_then(Value::as_u64).unwrap_or(1);
            Block::Heading(u8::try_from(level.clamp(1, 6)).unwrap_or(1), inlines())
        }
        "bulletList" => Block::List(None, read_items(node)),
        "orderedList" => {
            let order = attr(node, "order").and_then(Value::as_u64).unwrap_or(1);
            Block::List(Some(order), read_items(node))
        }
        "taskList" => Block::List(None, read_tasks(node)),
        "codeBlock" => {
            let lang = attr(node, "language")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let text: String = children(node).iter().map(|t| str_of(t, "text")).collect();
            Block::Code(lang.to_string(), text)
        }
        "blockquote" => Block::Quote(read_blocks(children(node))),
        "rule" => Block::Rule,
        "text" | "hardBreak" | "mention" | "emoji" | "inlineCard" | "date" | "status"
        | "inlineExtension" | "mediaInline" | "placeholder" => return None,
        // Panels, expands, tables, layouts…: their blocks.
        _ => return Some(read_blocks(children(node))),
    };
    Some(vec![block])
}

fn read_items(list: &Value) -> Vec<Vec<Block>> {
    children(list)
        .iter()
        .map(|item| read_blocks(children(item)))
        .collect()
}

/// Task items as `[ ]`/`[x]` items, the way GitHub writes task lists.
fn read_tasks(list: &Value) -> Vec<Vec<Block>> {
    let mut items = Vec::new();
    for task in children(list) {
        if str_of(task, "type") == "taskList" {
            if let Some(last) = items.last_mut() {
                let last: &mut Vec<Block> = last;
                last.push(Block::List(None, read_tasks(task)));
                continue;
            }
        }
        let done = attr(task, "state").and_then(Value::as_str) == Some("DONE");
        let mut inlines = vec![Inline::Text(if done { "[x] " } else { "[ ] " }.into())];
        inlines.extend(read_inlines(children(task)));
        items.push(vec![Block::Paragraph(inlines)]);
    }
    items
}

fn read_inlines(nodes: &[Value]) -> Vec<Inline> {
    nodes.iter().flat_map(read_inline).collect()
}

/// An inline node as tree content (marks as styling around it).
fn read_inline(node: &Value) -> Vec<Inline> {
    let text = match str_of(node, "type") {
        "text" => str_of(node, "text").to_string(),
        "hardBreak" => return vec![Inline::Break],
        "inlineCard" => {
            let url = attr(node, "url")
                .and_then(Value::as_str)
                .unwrap_or_default();
            return vec![Inline::Styled(
                Mark::Link(url.into()),
                vec![Inline::Text(url.into())],
            )];
        }
        _ => ["text", "shortName", "url"]
            .iter()
            .find_map(|k| attr(node, k).and_then(Value::as_str))
            .unwrap_or_default()
            .to_string(),
    };
    let marks = node
        .get("marks")
        .and_then(Value::as_array)
        .map_or(&[][..], Vec::as_slice);
    let code = marks.iter().any(|m| str_of(m, "type") == "code");
    let mut content: Vec<Inline> = if code {
        vec![Inline::Code(text)]
    } else {
        let mut parts = Vec::new();
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                parts.push(Inline::Break);
            }
            parts.extend(hidden_parts(line, true));
        }
        parts
    };
    for mark in marks {
        let mark = match str_of(mark, "type") {
            "strong" => Mark::Strong,
            "em" => Mark::Em,
            "strike" => Mark::Strike,
            "link" => Mark::Link(
                attr(mark, "href")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .into(),
            ),
            _ => continue,
        };
        content = vec![Inline::Styled(mark, content)];
    }
    content
}
