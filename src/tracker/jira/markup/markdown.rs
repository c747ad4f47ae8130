//! Markdown read with pulldown-cmark and written in one canonical style:
//! `-` bullets, `1.` numbering, `_em_`, `**strong**`, `~~strike~~`, fenced code,
//! one blank line between blocks, text escaped only where Markdown would
//! otherwise read it as markup.

use super::tree::{canonical, Block, Inline, Mark};
use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag};

type Events<'a> = Parser<'a>;

/// Markdown → canonical tree.
pub fn parse(md: &str) -> Vec<Block> {
    let mut events = Parser::new_ext(md, Options::ENABLE_STRIKETHROUGH);
    canonical(read_blocks(&mut events))
}

/// Blocks up to the end of the enclosing container. Inline content directly
/// inside a container (a tight list item) becomes a paragraph.
fn read_blocks(events: &mut Events) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut loose: Vec<Inline> = Vec::new();
    let flush = |blocks: &mut Vec<Block>, loose: &mut Vec<Inline>| {
        if !loose.is_empty() {
            blocks.push(Block::Paragraph(std::mem::take(loose)));
        }
    };
    while let Some(event) = events.next() {
        let block = match event {
            Event::End(_) => break,
            Event::Start(Tag::Paragraph) => Block::Paragraph(read_inlines(events)),
            Event::Start(Tag::Heading { level, .. }) => {
                Block::Heading(heading_level(level), read_inlines(events))
            }
            Event::Start(Tag::BlockQuote(_)) => Block::Quote(read_blocks(events)),
            Event::Start(Tag::List(start)) => Block::List(start, read_items(events)),
            Event::Start(Tag::CodeBlock(kind)) => read_code(events, kind),
            Event::Start(Tag::HtmlBlock) => Block::Html(read_text(events)),
            Event::Rule => Block::Rule,
            Event::Start(tag) => {
                loose.extend(read_inline_tag(events, tag));
                continue;
            }
            other => {
                loose.extend(inline_event(other));
                continue;
            }
        };
        flush(&mut blocks, &mut loose);
        blocks.push(block);
    }
    flush(&mut blocks, &mut loose);
    blocks
}

fn read_items(events: &mut Events) -> Vec<Vec<Block>> {
    let mut items = Vec::new();
    while let Some(event) = events.next() {
        match event {
            Event::Start(Tag::Item) => items.push(read_blocks(events)),
            _ => break,
        }
    }
    items
}

fn read_code(events: &mut Events, kind: CodeBlockKind) -> Block {
    let lang = match kind {
        CodeBlockKind::Fenced(info) => info.to_string(),
        CodeBlockKind::Indented => String::new(),
    };
    Block::Code(lang, read_text(events))
}

/// The text events up to the end of the current tag.
fn read_text(events: &mut Events) -> String {
    let mut text = String::new();
    for event in events.by_ref() {
        match event {
            Event::Text(t) | Event::Html(t) => text.push_str(&t),
            Event::End(_) => break,
            _ => {}
        }
    }
    text
}

fn read_inlines(events: &mut Events) -> Vec<Inline> {
    let mut out = Vec::new();
    while let Some(event) = events.next() {
        match event {
            Event::End(_) => break,
            Event::Start(tag) => out.extend(read_inline_tag(events, tag)),
            other => out.extend(inline_event(other)),
        }
    }
    out
}

fn read_inline_tag(events: &mut Events, tag: Tag) -> Vec<Inline> {
    let mark = match tag {
        Tag::Emphasis => Mark::Em,
        Tag::Strong => Mark::Strong,
        Tag::Strikethrough => Mark::Strike,
        // An image keeps its text, as a link to it.
        Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. } => Mark::Link(dest_url.into()),
        // Anything else keeps its text.
        _ => return read_inlines(events),
    };
    vec![Inline::Styled(mark, read_inlines(events))]
}

fn inline_event(event: Event) -> Option<Inline> {
    Some(match event {
        Event::Text(t) => Inline::Text(t.into_string()),
        Event::Code(t) => Inline::Code(t.into_string()),
        Event::InlineHtml(t) | Event::Html(t) => Inline::Html(t.into_string()),
        Event::SoftBreak | Event::HardBreak => Inline::Break,
        Event::InlineMath(t) | Event::DisplayMath(t) => Inline::Text(t.into_string()),
        Event::FootnoteReference(t) => Inline::Text(format!("[^{t}]")),
        Event::TaskListMarker(done) => Inline::Text(if done { "[x] " } else { "[ ] " }.into()),
        _ => return None,
    })
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// Canonical tree → Markdown.
pub fn render(blocks: &[Block]) -> String {
    let parts: Vec<String> = blocks.iter().map(render_block).collect();
    let mut out = parts.join("\n\n");
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

fn render_block(block: &Block) -> String {
    match block {
        Block::Paragraph(inlines) => paragraph(inlines),
        Block::Heading(level, inlines) => {
            let mut text = inlines_md(inlines);
            if text.ends_with('#') {
                text.insert(text.len() - 1, '\\');
            }
            format!("{} {text}", "#".repeat(usize::from(*level)))
        }
        Block::List(start, items) => list(*start, items),
        Block::Code(lang, text) => {
            let longest = longest_run(text, '`');
            let fence = "`".repeat(longest.max(2) + 1);
            let body = if text.is_empty() {
                String::new()
            } else {
                format!("{text}\n")
            };
            format!("{fence}{lang}\n{body}{fence}")
        }
        Block::Quote(inner) => prefix_lines(&render(inner), "> ", ">"),
        Block::Rule => "---".into(),
        Block::Html(html) => html.clone(),
    }
}

fn list(start: Option<u64>, items: &[Vec<Block>]) -> String {
    let mut lines = Vec::new();
    for (n, item) in items.iter().enumerate() {
        let marker = match start {
            Some(s) => format!("{}.", s + n as u64),
            None => "-".into(),
        };
        let body = item_body(item);
        let indent = " ".repeat(marker.len() + 1);
        let mut first = true;
        for line in body.lines() {
            lines.push(match (first, line.is_empty()) {
                (true, true) => marker.clone(),
                (true, false) => format!("{marker} {line}"),
                (false, true) => String::new(),
                (false, false) => format!("{indent}{line}"),
            });
            first = false;
        }
        if first {
            lines.push(marker);
        }
    }
    lines.join("\n")
}

/// An item's blocks: a nested list or code block follows directly (the list
/// stays tight); anything else after a blank line.
fn item_body(item: &[Block]) -> String {
    let mut out = String::new();
    for (i, block) in item.iter().enumerate() {
        if i > 0 {
            let tight = matches!(block, Block::List(..) | Block::Code(..));
            out.push_str(if tight { "\n" } else { "\n\n" });
        }
        out.push_str(&render_block(block));
    }
    out
}

fn prefix_lines(text: &str, prefix: &str, empty: &str) -> String {
    let lines: Vec<String> = text
        .trim_end()
        .lines()
        .map(|l| {
            if l.is_empty() {
                empty.to_string()
            } else {
                format!("{prefix}{l}")
            }
        })
        .collect();
    lines.join("\n")
}

fn longest_run(text: &str, c: char) -> usize {
    let (mut longest, mut run) = (0, 0);
    for ch in text.chars() {
        run = if ch == c { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    longest
}

/// A paragraph: inline Markdown with what would start a block at the start of
/// a line escaped.
fn paragraph(inlines: &[Inline]) -> String {
    let text = inlines_md(inlines);
    let lines: Vec<String> = text.split('\n').map(escape_line_start).collect();
    lines.join("\n")
}

fn escape_line_start(line: &str) -> String {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let after = |n: usize| line[n..].chars().next();
    let ends_marker = |n: usize| matches!(line[n..].chars().nth(1), None | Some(' ' | '\t'));
    let at = if (1..=9).contains(&digits)
        && matches!(after(digits), Some('.' | ')'))
        && ends_marker(digits)
    {
        Some(digits)
    } else {
        match line.chars().next() {
            Some('>') => Some(0),
            Some('#') => {
                let hashes = line.bytes().take_while(|b| *b == b'#').count();
                (hashes <= 6 && matches!(after(hashes), None | Some(' ' | '\t'))).then_some(0)
            }
            Some('+' | '-') if ends_marker(0) => Some(0),
            Some(c @ ('-' | '=')) if line.trim_end().chars().all(|x| x == c) => Some(0),
            _ => None,
        }
    };
    match at {
        Some(at) => format!("{}\\{}", &line[..at], &line[at..]),
        None => line.to_string(),
    }
}

fn inlines_md(inlines: &[Inline]) -> String {
    let parts: Vec<String> = inlines.iter().map(inline_md).collect();
    let mut out = String::new();
    for (i, part) in parts.iter().enumerate() {
        let intraword = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        let prev = out.chars().last();
        let next = parts.get(i + 1).and_then(|p| p.chars().next());
        match &inlines[i] {
            // `_` does not work inside a word; `*` does.
            Inline::Styled(Mark::Em, _) if intraword(prev) || intraword(next) => {
                out.push('*');
                out.push_str(&part[1..part.len() - 1]);
                out.push('*');
            }
            _ => out.push_str(part),
        }
    }
    out
}

fn inline_md(inline: &Inline) -> String {
    match inline {
        Inline::Text(text) => escape_text(text),
        Inline::Code(code) => code_span(code),
        Inline::Break => "\n".into(),
        Inline::Html(html) => html.clone(),
        Inline::Styled(mark, children) => {
            let inner = inlines_md(children);
            match mark {
                Mark::Strong => format!("**{inner}**"),
                Mark::Em => format!("_{inner}_"),
                Mark::Strike => format!("~~{inner}~~"),
                Mark::Link(href) => link(&inner, href, children),
            }
        }
    }
}

fn link(inner: &str, href: &str, children: &[Inline]) -> String {
    let plain = matches!(children, [Inline::Text(t)] if t == href);
    let absolute = href.split_once(':').is_some_and(|(scheme, _)| {
        scheme.len() > 1
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c))
    });
    let bare = !href.contains(|c: char| c.is_whitespace() || "<>()\\".contains(c));
    if plain && absolute && bare {
        return format!("<{href}>");
    }
    if bare {
        format!("[{inner}]({href})")
    } else {
        let escaped = href
            .replace('\\', "\\\\")
            .replace('<', "\\<")
            .replace('>', "\\>");
        format!("[{inner}](<{escaped}>)")
    }
}

fn code_span(code: &str) -> String {
    let ticks = "`".repeat(longest_run(code, '`') + 1);
    let pad = code.starts_with('`')
        || code.ends_with('`')
        || (code.starts_with(' ') && code.ends_with(' ') && !code.trim().is_empty());
    let space = if pad { " " } else { "" };
    format!("{ticks}{space}{code}{space}{ticks}")
}

/// Text with Markdown's markup characters escaped where they would be read as
/// markup; `[ ]` task boxes and `snake_case` stay as they are.
fn escape_text(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(i + 1).copied();
        let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        let escape = match c {
            '\\' | '*' | '`' | '~' => true,
            '_' => !(alnum(prev) && alnum(next)),
            ']' => matches!(next, None | Some('(' | '[' | ':')),
            '<' => next.is_some_and(|n| n.is_ascii_alphabetic() || "/!?".contains(n)),
            '&' => is_entity(&chars[i + 1..]),
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Whether text after `&` reads as an entity (`amp;`, `#123;`).
fn is_entity(rest: &[char]) -> bool {
    let name = rest
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == '#')
        .count();
    name > 0 && rest.get(name) == Some(&';')
}
