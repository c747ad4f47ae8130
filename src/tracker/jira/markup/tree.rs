//! The document tree every format is read into and written from, and the one
//! canonical shape of it.
//!
//! Markdown, ADF and wiki markup each say the same thing in several ways
//! (`*a*` or `_a_`, `**_a_**` or `_**a**_`, one text node or three). Every
//! reader hands its tree to [`canonical`], which flattens inline content into
//! runs of text carrying a set of marks and rebuilds the nesting one way, so
//! two documents that mean the same are equal trees.

/// A block of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Paragraph(Vec<Inline>),
    /// Level 1–6.
    Heading(u8, Vec<Inline>),
    /// `Some(start)` for a numbered list; each item is its blocks.
    List(Option<u64>, Vec<Vec<Block>>),
    /// Language (may be empty) and text (no trailing newline).
    Code(String, String),
    Quote(Vec<Block>),
    Rule,
    /// Raw HTML: in practice an HTML comment such as our hidden markers.
    Html(String),
}

/// Inline content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Code(String),
    /// A line break. Soft and hard breaks are one thing: GitHub and Gitea show
    /// every newline of an issue body as a line break, and so does Jira.
    Break,
    Html(String),
    Styled(Mark, Vec<Inline>),
}

/// A mark on inline content, in the order marks nest when two cover the same
/// text (links outermost).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Mark {
    Link(String),
    Strike,
    Strong,
    Em,
}

/// A leaf of inline content with the marks on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub leaf: Inline,
    pub marks: Vec<Mark>,
}

/// Whether raw HTML is a comment (hidden in rendered Markdown).
pub fn is_comment(html: &str) -> bool {
    let html = html.trim();
    html.starts_with("<!--") && html.ends_with("-->")
}

/// Whether raw HTML is one of our markers.
pub fn is_marker(html: &str) -> bool {
    let html = html.trim();
    is_comment(html)
        && (html.starts_with("<!-- debussy-sync") || html.starts_with("<!-- /debussy-sync"))
}

/// A bracketed tag (Jira keeps no HTML comments: see [`super::super::marker_text`])
/// back as the marker comment.
pub fn tag_to_marker(tag: &str) -> String {
    format!("<!-- {} -->", &tag[1..tag.len() - 1])
}

/// The length of our bracketed tag at the start of `text`, if one is there.
/// Attribute values are quoted, so a `]` inside quotes does not end the tag.
pub fn tag_len(text: &str) -> Option<usize> {
    if !(text.starts_with("[debussy-sync") || text.starts_with("[/debussy-sync")) {
        return None;
    }
    let mut quoted = false;
    for (i, c) in text.char_indices() {
        match c {
            '"' => quoted = !quoted,
            ']' if !quoted => return Some(i + 1),
            '\n' => return None,
            _ => {}
        }
    }
    None
}

/// Plain text read from ADF or wiki markup, with HTML comments (and, when
/// `tags`, our bracketed tags) taken out as [`Inline::Html`]. Wiki markup finds
/// its tags itself, so an escaped `\[` stays text there.
pub fn hidden_parts(text: &str, tags: bool) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut plain = String::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let html = if let Some(len) = tag_len(rest).filter(|_| tags) {
            Some((tag_to_marker(&rest[..len]), len))
        } else if rest.starts_with("<!--") {
            rest.find("-->")
                .map(|end| (rest[..end + 3].to_string(), end + 3))
        } else {
            None
        };
        match html {
            Some((html, len)) => {
                push_text(&mut out, &mut plain);
                out.push(Inline::Html(html));
                rest = &rest[len..];
            }
            None => {
                plain.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    push_text(&mut out, &mut plain);
    out
}

fn push_text(out: &mut Vec<Inline>, plain: &mut String) {
    if !plain.is_empty() {
        out.push(Inline::Text(std::mem::take(plain)));
    }
}

/// The canonical form of a list of blocks: inline content rebuilt one way,
/// empty paragraphs dropped, lines holding only an HTML comment made blocks
/// of their own (as Markdown reads them), neighbouring lists of one kind merged.
pub fn canonical(blocks: Vec<Block>) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    for block in blocks {
        match block {
            Block::Paragraph(inlines) => out.extend(paragraphs(canonical_inlines(inlines))),
            Block::Heading(level, inlines) => {
                let flat = inlines.into_iter().map(|i| match i {
                    Inline::Break => Inline::Text(" ".into()),
                    other => other,
                });
                let inlines = canonical_inlines(flat.collect());
                if !inlines.is_empty() {
                    out.push(Block::Heading(level.clamp(1, 6), inlines));
                }
            }
            Block::List(start, items) => {
                let items: Vec<Vec<Block>> = items.into_iter().map(canonical).collect();
                match out.last_mut() {
                    Some(Block::List(prev, prev_items)) if prev.is_some() == start.is_some() => {
                        prev_items.extend(items)
                    }
                    _ => out.push(Block::List(start, items)),
                }
            }
            Block::Code(lang, text) => {
                let lang = lang
                    .split_whitespace()
                    .next()
                    .unwrap_or_default()
                    .to_string();
                out.push(Block::Code(lang, text.trim_end_matches('\n').to_string()));
            }
            Block::Quote(inner) => {
                let inner = canonical(inner);
                if !inner.is_empty() {
                    out.push(Block::Quote(inner));
                }
            }
            Block::Rule => out.push(Block::Rule),
            Block::Html(html) => {
                let html = html.trim_end().to_string();
                if !html.is_empty() {
                    out.push(Block::Html(html));
                }
            }
        }
    }
    out
}

/// A paragraph split where a line is empty or holds nothing but an HTML comment.
fn paragraphs(inlines: Vec<Inline>) -> Vec<Block> {
    let mut out = Vec::new();
    let mut lines: Vec<Vec<Inline>> = vec![Vec::new()];
    for inline in inlines {
        match inline {
            Inline::Break => lines.push(Vec::new()),
            other => {
                if let Some(line) = lines.last_mut() {
                    line.push(other)
                }
            }
        }
    }
    let mut current: Vec<Inline> = Vec::new();
    for line in lines {
        // An empty line ends a paragraph, as it does in Markdown.
        if line
            .iter()
            .all(|i| matches!(i, Inline::Text(t) if t.trim().is_empty()))
        {
            if !current.is_empty() {
                out.push(Block::Paragraph(canonical_inlines(std::mem::take(
                    &mut current,
                ))));
            }
            continue;
        }
        if let [Inline::Html(html)] = line.as_slice() {
            if is_comment(html) {
                if !current.is_empty() {
                    out.push(Block::Paragraph(canonical_inlines(std::mem::take(
                        &mut current,
                    ))));
                }
                out.push(Block::Html(html.clone()));
                continue;
            }
        }
        if !current.is_empty() {
            current.push(Inline::Break);
        }
        current.extend(line);
    }
    let current = canonical_inlines(current);
    if !current.is_empty() {
        out.push(Block::Paragraph(current));
    }
    out
}

/// Inline content rebuilt one way (see the module documentation).
pub fn canonical_inlines(inlines: Vec<Inline>) -> Vec<Inline> {
    let mut spans = Vec::new();
    flatten(inlines, &mut Vec::new(), &mut spans);
    build(&tidy(spans))
}

/// Inline content as leaves carrying their marks (sorted, no duplicates).
pub fn flatten(inlines: Vec<Inline>, marks: &mut Vec<Mark>, out: &mut Vec<Span>) {
    for inline in inlines {
        match inline {
            Inline::Styled(mark, children) => {
                let pushed = !marks.contains(&mark);
                if pushed {
                    marks.push(mark);
                }
                flatten(children, marks, out);
                if pushed {
                    marks.pop();
                }
            }
            leaf => {
                let mut marks = marks.clone();
                marks.sort();
                out.push(Span { leaf, marks });
            }
        }
    }
}

/// Spans cleaned up: code carries only a link (all ADF allows), breaks carry
/// nothing and have no spaces around them, no mark starts or ends with
/// whitespace, neighbouring text with the same marks is one span.
fn tidy(spans: Vec<Span>) -> Vec<Span> {
    let mut pieces: Vec<Span> = Vec::new();
    for span in spans {
        match span.leaf {
            Inline::Text(text) => {
                for piece in split_whitespace_runs(&text) {
                    pieces.push(Span {
                        leaf: Inline::Text(piece.to_string()),
                        marks: span.marks.clone(),
                    });
                }
            }
            Inline::Code(code) => pieces.push(Span {
                leaf: Inline::Code(code.replace('\n', " ")),
                marks: span
                    .marks
                    .into_iter()
                    .filter(|m| matches!(m, Mark::Link(_)))
                    .collect(),
            }),
            Inline::Break => pieces.push(Span {
                leaf: Inline::Break,
                marks: Vec::new(),
            }),
            leaf => pieces.push(Span {
                leaf,
                marks: span.marks,
            }),
        }
    }
    let blank = |s: &Span| matches!(&s.leaf, Inline::Text(t) if t.trim().is_empty());
    let edge = |s: Option<&Span>| s.is_none_or(|s| s.leaf == Inline::Break);
    let mut out: Vec<Span> = Vec::new();
    for i in 0..pieces.len() {
        let mut span = pieces[i].clone();
        if blank(&span) {
            if edge(i.checked_sub(1).and_then(|p| pieces.get(p))) || edge(pieces.get(i + 1)) {
                continue;
            }
            let next = &pieces[i + 1].marks;
            let prev = &out.last().map(|s| s.marks.clone()).unwrap_or_default();
            span.marks.retain(|m| prev.contains(m) && next.contains(m));
        }
        match (out.last_mut(), &span.leaf) {
            (
                Some(Span {
                    leaf: Inline::Text(prev),
                    marks,
                }),
                Inline::Text(text),
            ) if *marks == span.marks => prev.push_str(text),
            _ => out.push(span),
        }
    }
    out
}

/// Text cut into alternating runs of whitespace and the rest.
fn split_whitespace_runs(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut last: Option<bool> = None;
    for (i, c) in text.char_indices() {
        let space = c.is_whitespace();
        if last.is_some_and(|l| l != space) {
            out.push(&text[start..i]);
            start = i;
        }
        last = Some(space);
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// Spans nested again: at each point the mark covering the longest run opens
/// first (ties go to the mark that sorts first).
fn build(spans: &[Span]) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < spans.len() {
        let span = &spans[i];
        let longest = span.marks.iter().map(|m| (m, run_end(spans, i, m))).fold(
            None,
            |best: Option<(&Mark, usize)>, (m, end)| match best {
                Some((_, best_end)) if best_end >= end => best,
                _ => Some((m, end)),
            },
        );
        match longest {
            None => {
                out.push(span.leaf.clone());
                i += 1;
            }
            Some((mark, end)) => {
                let inner: Vec<Span> = spans[i..end]
                    .iter()
                    .map(|s| Span {
                        leaf: s.leaf.clone(),
                        marks: s.marks.iter().filter(|m| *m != mark).cloned().collect(),
                    })
                    .collect();
                out.push(Inline::Styled(mark.clone(), build(&inner)));
                i = end;
            }
        }
    }
    out
}

fn run_end(spans: &[Span], from: usize, mark: &Mark) -> usize {
    spans[from..]
        .iter()
        .position(|s| !s.marks.contains(mark))
        .map_or(spans.len(), |p| from + p)
}
