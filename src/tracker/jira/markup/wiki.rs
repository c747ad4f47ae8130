//! The tree as Jira wiki markup (Server/Data Center) and back.
//!
//! Jira has no wiki-markup parser to borrow, so reading is a line parser for
//! blocks and a small delimiter parser for inline effects. Writing escapes
//! every character Jira would read as markup, so text comes back as it went.
//! Our markers travel as the bracketed tags the Jira tracker uses everywhere
//! ([`marker_text`]), written as they are.

use super::tree::{
    canonical, hidden_parts, is_marker, tag_len, tag_to_marker, Block, Inline, Mark,
};
use crate::tracker::jira::marker_text;

/// Tree → wiki markup.
pub fn render(blocks: &[Block]) -> String {
    let parts: Vec<String> = blocks.iter().map(render_block).collect();
    parts.join("\n\n")
}

fn render_block(block: &Block) -> String {
    match block {
        Block::Paragraph(inlines) => lines_escaped(&inlines_wiki(inlines, "\n")),
        Block::Heading(level, inlines) => format!("h{level}. {}", inlines_wiki(inlines, " ")),
        Block::List(start, items) => {
            let mut lines = Vec::new();
            list(*start, items, "", &mut lines);
            lines.join("\n")
        }
        Block::Code(lang, text) => {
            let body = if text.is_empty() {
                String::new()
            } else {
                format!("{text}\n")
            };
            if lang.is_empty() {
                format!("{{noformat}}\n{body}{{noformat}}")
            } else {
                format!("{{code:{lang}}}\n{body}{{code}}")
            }
        }
        Block::Quote(inner) => match inner.as_slice() {
            [Block::Paragraph(inlines)] if !inlines.contains(&Inline::Break) => {
                format!("bq. {}", inlines_wiki(inlines, " "))
            }
            _ => format!("{{quote}}\n{}\n{{quote}}", render(inner)),
        },
        Block::Rule => "----".into(),
        Block::Html(html) if is_marker(html) => marker_text(html),
        Block::Html(html) => lines_escaped(&escape_text(html)),
    }
}

/// List lines: `*`/`#` repeated per level. An item's first paragraph is its
/// line (breaks as `\\`); nested lists and code follow it.
fn list(start: Option<u64>, items: &[Vec<Block>], prefix: &str, lines: &mut Vec<String>) {
    let prefix = format!("{prefix}{}", if start.is_some() { '#' } else { '*' });
    for item in items {
        let (first, rest) = match item.split_first() {
            Some((Block::Paragraph(inlines), rest)) => (inlines_wiki(inlines, "\\\\"), rest),
            _ => (String::new(), item.as_slice()),
        };
        lines.push(format!("{prefix} {first}").trim_end().to_string());
        // Further paragraphs stay on the item's line, after an empty line.
        let mut own_line = true;
        for block in rest {
            match block {
                Block::Paragraph(inlines) if own_line => {
                    let text = inlines_wiki(inlines, "\\\\");
                    if let Some(line) = lines.last_mut() {
                        line.push_str(&format!("\\\\\\\\{text}"));
                    }
                }
                Block::List(start, items) => list(*start, items, &prefix, lines),
                other => lines.push(render_block(other)),
            }
            own_line = own_line && matches!(block, Block::Paragraph(_));
        }
    }
}

/// Each line with what would start a block escaped.
fn lines_escaped(text: &str) -> String {
    let lines: Vec<String> = text
        .split('\n')
        .map(|line| {
            let heading = line.len() > 3
                && line.starts_with('h')
                && matches!(line.as_bytes()[1], b'1'..=b'6')
                && line[2..].starts_with(". ");
            if line.starts_with('#') || heading || line.starts_with("bq. ") {
                format!("\\{line}")
            } else {
                line.to_string()
            }
        })
        .collect();
    lines.join("\n")
}

fn inlines_wiki(inlines: &[Inline], line_break: &str) -> String {
    let parts: Vec<String> = inlines.iter().map(|i| inline_wiki(i, line_break)).collect();
    let mut out = String::new();
    for (i, part) in parts.iter().enumerate() {
        let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        let touching =
            alnum(out.chars().last()) || alnum(parts.get(i + 1).and_then(|p| p.chars().next()));
        match &inlines[i] {
            // Inside a word, effects need their braced form: `{*}x{*}`.
            Inline::Styled(Mark::Strong | Mark::Em | Mark::Strike, _) if touching => {
                let (open, rest) = part.split_at(1);
                let inner = &rest[..rest.len() - 1];
                out.push_str(&format!("{{{open}}}{inner}{{{open}}}"));
            }
            _ => out.push_str(part),
        }
    }
    out
}

fn inline_wiki(inline: &Inline, line_break: &str) -> String {
    match inline {
        Inline::Text(text) => escape_text(text),
        Inline::Code(code) => format!("{{{{{}}}}}", escape_text(code)),
        Inline::Break => line_break.into(),
        Inline::Html(html) if is_marker(html) => marker_text(html),
        Inline::Html(html) => escape_text(html),
        Inline::Styled(mark, children) => {
            let inner = inlines_wiki(children, line_break);
            match mark {
                Mark::Strong => format!("*{inner}*"),
                Mark::Em => format!("_{inner}_"),
                Mark::Strike => format!("-{inner}-"),
                Mark::Link(href) => {
                    let href = href
                        .replace('|', "%7C")
                        .replace(']', "%5D")
                        .replace(' ', "%20");
                    match children.as_slice() {
                        [Inline::Text(t)] if *t == href && href.contains("://") => {
                            format!("[{href}]")
                        }
                        _ => format!("[{inner}|{href}]"),
                    }
                }
            }
        }
    }
}

/// Text with every character Jira reads as markup escaped. A backslash is
/// written as an entity: `\\` is Jira's line break.
fn escape_text(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(i + 1).copied();
        let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        let escape = match c {
            '\\' => {
                out.push_str("&#92;");
                continue;
            }
            '&' if chars[i + 1..].starts_with(&['#']) => {
                out.push_str("&#38;");
                continue;
            }
            '*' | '_' | '{' | '}' | '[' | ']' | '|' => true,
            '-' | '+' | '^' | '~' => !(alnum(prev) && alnum(next)),
            '!' => next.is_some_and(|n| !n.is_whitespace()),
            '?' => next == Some('?') || prev == Some('?'),
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Wiki markup → canonical tree.
pub fn parse(wiki: &str) -> Vec<Block> {
    let text = wiki.replace("\r\n", "\n");
    let lines: Vec<&str> = text.split('\n').collect();
    canonical(read_blocks(&lines))
}

fn read_blocks(lines: &[&str]) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i].trim_end();
        if line.trim().is_empty() {
            i += 1;
            continue;
        }
        let (block, next) = if let Some(read) = read_code(lines, i) {
            read
        } else if line.trim() == "{quote}" {
            let end = (i + 1..lines.len())
                .find(|j| lines[*j].trim() == "{quote}")
                .unwrap_or(lines.len());
            (Block::Quote(read_blocks(&lines[i + 1..end])), end + 1)
        } else if let Some((level, rest)) = heading(line) {
            (Block::Heading(level, read_inline(rest)), i + 1)
        } else if let Some(rest) = line.strip_prefix("bq. ") {
            (
                Block::Quote(vec![Block::Paragraph(read_inline(rest))]),
                i + 1,
            )
        } else if line.trim() == "----" {
            (Block::Rule, i + 1)
        } else if list_line(line).is_some() {
            let (lists, next) = read_list(lines, i);
            blocks.extend(lists);
            i = next;
            continue;
        } else {
            read_paragraph(lines, i)
        };
        blocks.push(block);
        i = next;
    }
    blocks
}

fn starts_block(lines: &[&str], i: usize) -> bool {
    let line = lines[i].trim_end();
    line.trim().is_empty()
        || read_code(lines, i).is_some()
        || line.trim() == "{quote}"
        || heading(line).is_some()
        || line.starts_with("bq. ")
        || line.trim() == "----"
        || list_line(line).is_some()
}

fn read_paragraph(lines: &[&str], from: usize) -> (Block, usize) {
    let mut inlines = read_inline(lines[from].trim());
    let mut i = from + 1;
    while i < lines.len() && !starts_block(lines, i) {
        inlines.push(Inline::Break);
        inlines.extend(read_inline(lines[i].trim()));
        i += 1;
    }
    (Block::Paragraph(inlines), i)
}

fn heading(line: &str) -> Option<(u8, &str)> {
    let bytes = line.as_bytes();
    if bytes.len() >= 3 && bytes[0] == b'h' && (b'1'..=b'6').contains(&bytes[1]) && bytes[2] == b'.'
    {
        let rest = &line[3..];
        if rest.is_empty() || rest.starts_with(' ') {
            return Some((bytes[1] - b'0', rest.trim()));
        }
    }
    None
}

/// `{code:lang}` or `{noformat}` up to its closing tag: the block and the line
/// after it.
fn read_code(lines: &[&str], from: usize) -> Option<(Block, usize)> {
    let line = lines[from].trim_start();
    let (tag, lang, rest) = if let Some(rest) = line.strip_prefix("{noformat") {
        let close = rest.find('}')?;
        ("{noformat}", String::new(), &rest[close + 1..])
    } else {
        let rest = line.strip_prefix("{code")?;
        let close = rest.find('}')?;
        let params = rest[..close].trim_start_matches(':');
        let lang = params
            .split('|')
            .next()
            .filter(|p| !p.contains('='))
            .unwrap_or_default();
        ("{code}", lang.to_string(), &rest[close + 1..])
    };
    let mut body: Vec<&str> = Vec::new();
    let mut pending = Some(rest);
    let mut i = from;
    while let Some(text) = pending.take() {
        if let Some(end) = text.find(tag) {
            body.push(&text[..end]);
            break;
        }
        body.push(text);
        i += 1;
        pending = lines.get(i).copied();
    }
    let text = body.join("\n");
    // The text starts on the line after an opening tag that ends its line.
    let text = match text.strip_prefix('\n') {
        Some(rest_of) if rest.is_empty() => rest_of.to_string(),
        _ => text,
    };
    Some((Block::Code(lang, text), i + 1))
}

/// A list line's prefix (`*`, `#`, `**`, `#*`, … or a single `-`) and text.
fn list_line(line: &str) -> Option<(String, &str)> {
    let marks = line.chars().take_while(|c| matches!(c, '*' | '#')).count();
    let (prefix, rest) = if marks > 0 {
        (line[..marks].to_string(), &line[marks..])
    } else {
        ("*".to_string(), line.strip_prefix('-')?)
    };
    if rest.is_empty() {
        Some((prefix, rest))
    } else if rest.starts_with(' ') {
        Some((prefix, rest.trim_start()))
    } else {
        None
    }
}

/// A list item line (its prefix) with its blocks: its text, and a code block
/// that follows it directly.
struct Entry {
    prefix: Vec<char>,
    blocks: Vec<Block>,
}

fn read_list(lines: &[&str], from: usize) -> (Vec<Block>, usize) {
    let mut entries: Vec<Entry> = Vec::new();
    let mut i = from;
    while i < lines.len() {
        if let Some((prefix, text)) = list_line(lines[i].trim_end()) {
            let blocks = vec![Block::Paragraph(read_inline(text))];
            entries.push(Entry {
                prefix: prefix.chars().collect(),
                blocks,
            });
            i += 1;
        } else if let (Some((code, next)), Some(last)) = (read_code(lines, i), entries.last_mut()) {
            last.blocks.push(code);
            i = next;
        } else {
            break;
        }
    }
    (nest(&entries, 0), i)
}

/// Entries at `depth` and deeper as nested lists.
fn nest(entries: &[Entry], depth: usize) -> Vec<Block> {
    let mut lists = Vec::new();
    let mut i = 0;
    while i < entries.len() {
        let kind = entries[i].prefix[depth];
        let mut items = Vec::new();
        while i < entries.len() && entries[i].prefix[depth] == kind {
            let mut item = Vec::new();
            if entries[i].prefix.len() == depth + 1 {
                item = entries[i].blocks.clone();
                i += 1;
            }
            let nested = i;
            while i < entries.len()
                && entries[i].prefix.len() > depth + 1
                && entries[i].prefix[depth] == kind
            {
                i += 1;
            }
            item.extend(nest(&entries[nested..i], depth + 1));
            items.push(item);
        }
        lists.push(Block::List((kind == '#').then_some(1), items));
    }
    lists
}

/// One line of inline wiki markup.
fn read_inline(text: &str) -> Vec<Inline> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut plain = String::new();
    let mut i = 0;
    while i < chars.len() {
        match read_construct(&chars, i) {
            Some((inlines, next)) => {
                flush(&mut out, &mut plain);
                out.extend(inlines);
                i = next;
            }
            None => {
                let (c, next) = literal(&chars, i);
                plain.push_str(&c);
                i = next;
            }
        }
    }
    flush(&mut out, &mut plain);
    out
}

fn flush(out: &mut Vec<Inline>, plain: &mut String) {
    if !plain.is_empty() {
        out.extend(hidden_parts(&std::mem::take(plain), false));
    }
}

/// The literal text at `i` (an escape, an entity or one character).
fn literal(chars: &[char], i: usize) -> (String, usize) {
    let rest: String = chars[i..chars.len().min(i + 5)].iter().collect();
    match chars[i] {
        '\\' if i + 1 < chars.len() => (chars[i + 1].to_string(), i + 2),
        '&' if rest == "&#92;" => ("\\".into(), i + 5),
        '&' if rest == "&#38;" => ("&".into(), i + 5),
        c => (c.to_string(), i + 1),
    }
}

fn string(chars: &[char]) -> String {
    chars.iter().collect()
}

/// The inline construct starting at `i`, if one does: its content and the
/// index after it.
fn read_construct(chars: &[char], i: usize) -> Option<(Vec<Inline>, usize)> {
    let at = |k: usize| chars.get(k).copied();
    match chars[i] {
        '\\' if at(i + 1) == Some('\\') => Some((vec![Inline::Break], i + 2)),
        '{' if at(i + 1) == Some('{') => {
            let end = find(chars, i + 2, &['}', '}'])?;
            let code: String = read_inline(&string(&chars[i + 2..end]))
                .into_iter()
                .map(|inline| match inline {
                    Inline::Text(t) | Inline::Html(t) | Inline::Code(t) => t,
                    _ => String::new(),
                })
                .collect();
            Some((vec![Inline::Code(code)], end + 2))
        }
        '{' if at(i + 2) == Some('}') => {
            let delim = [chars[i], chars[i + 1], chars[i + 2]];
            let mark = effect(delim[1])?;
            let end = find(chars, i + 3, &delim)?;
            Some((
                styled(mark, read_inline(&string(&chars[i + 3..end]))),
                end + 3,
            ))
        }
        '[' => read_link(chars, i),
        c => {
            let mark = effect(c)?;
            let prev = i.checked_sub(1).map(|p| chars[p]);
            if prev.is_some_and(char::is_alphanumeric) || at(i + 1).is_none_or(char::is_whitespace)
            {
                return None;
            }
            let end = (i + 2..chars.len()).find(|&j| {
                chars[j] == c
                    && !chars[j - 1].is_whitespace()
                    && chars[j - 1] != '\\'
                    && at(j + 1).is_none_or(|n| !n.is_alphanumeric())
            })?;
            Some((
                styled(mark, read_inline(&string(&chars[i + 1..end]))),
                end + 1,
            ))
        }
    }
}

/// The mark of an effect character; `None` inside for effects Markdown lacks
/// (underline, superscript, subscript), which keep their text.
fn effect(c: char) -> Option<Option<Mark>> {
    Some(match c {
        '*' => Some(Mark::Strong),
        '_' => Some(Mark::Em),
        '-' => Some(Mark::Strike),
        '+' | '^' | '~' => None,
        _ => return None,
    })
}

fn styled(mark: Option<Mark>, inner: Vec<Inline>) -> Vec<Inline> {
    match mark {
        Some(mark) => vec![Inline::Styled(mark, inner)],
        None => inner,
    }
}

/// Where `pattern` next occurs unescaped at or after `from`.
fn find(chars: &[char], from: usize, pattern: &[char]) -> Option<usize> {
    let mut k = from;
    while k + pattern.len() <= chars.len() {
        if chars[k] == '\\' {
            k += 2;
            continue;
        }
        if chars[k..].starts_with(pattern) {
            return Some(k);
        }
        k += 1;
    }
    None
}

/// `[text|url]`, `[url]` or one of our tags.
fn read_link(chars: &[char], i: usize) -> Option<(Vec<Inline>, usize)> {
    let rest = string(&chars[i..]);
    if let Some(len) = tag_len(&rest) {
        let tag = &rest[..len];
        return Some((
            vec![Inline::Html(tag_to_marker(tag))],
            i + tag.chars().count(),
        ));
    }
    let end = find(chars, i + 1, &[']'])?;
    let inside = &chars[i + 1..end];
    let mut bar = None;
    let mut k = 0;
    while k < inside.len() {
        match inside[k] {
            '\\' => k += 1,
            '|' => bar = Some(k),
            _ => {}
        }
        k += 1;
    }
    let link = match bar {
        Some(bar) => {
            let href = string(&inside[bar + 1..]).trim().to_string();
            Inline::Styled(Mark::Link(href), read_inline(&string(&inside[..bar])))
        }
        None => {
            let href = string(inside);
            if !href.contains("://") {
                return None;
            }
            Inline::Styled(Mark::Link(href.clone()), vec![Inline::Text(href)])
        }
    };
    Some((vec![link], end + 1))
}
