use super::*;
use serde_json::json;

/// Markdown, its canonical form, and the wiki markup it becomes.
const WIKI_CASES: &[(&str, &str, &str)] = &[
    ("headings", "# One\n\n### Three\n", "h1. One\n\nh3. Three"),
    ("setext heading", "Two\n---\n", "h2. Two"),
    (
        "emphasis, strong, strike",
        "*a* __b__ ~~c~~ ***d***",
        "_a_ *b* -c- *_d_*",
    ),
    ("inline code", "run `cargo test` now", "run {{cargo test}} now"),
    (
        "link and autolink",
        "see [the docs](https://x.test/d) or <https://x.test>",
        "see [the docs|https://x.test/d] or [https://x.test]",
    ),
    (
        "nested lists, three levels",
        "1. one\n   - bullet\n     1. deep\n2. two\n",
        "# one\n#* bullet\n#*# deep\n# two",
    ),
    (
        "bullets with numbered inside",
        "* a\n  1. b\n* c\n",
        "* a\n*# b\n* c",
    ),
    (
        "code with language",
        "```rust\nfn main() {}\n```\n",
        "{code:rust}\nfn main() {}\n{code}",
    ),
    (
        "code without language",
        "    indented *code*\n",
        "{noformat}\nindented *code*\n{noformat}",
    ),
    ("blockquote", "> quoted _text_\n", "bq. quoted _text_"),
    (
        "blockquote of two paragraphs",
        "> a\n>\n> b\n",
        "{quote}\na\n\nb\n{quote}",
    ),
    ("rule", "a\n\n***\n\nb\n", "a\n\n----\n\nb"),
    ("hard break", "line one  \nline two\n", "line one\nline two"),
    (
        "wiki markup characters in text",
        "2 \\* 3, snake_case, {x}, \\[y\\], a|b, a - b, well-known",
        "2 \\* 3, snake\\_case, \\{x\\}, \\[y\\], a\\|b, a \\- b, well-known",
    ),
    (
        "marker line",
        "<!-- debussy-sync:publish plan=\"p.md\" phase=\"1\" -->\n- [ ] 1.1: Do\n<!-- /debussy-sync:publish -->\n",
        "[debussy-sync:publish plan=\"p.md\" phase=\"1\"]\n\n* \\[ \\] 1.1: Do\n\n[/debussy-sync:publish]",
    ),
    ("intraword strong", "foo**bar**baz", "foo{*}bar{*}baz"),
    ("backslash", "C:\\\\temp", "C:&#92;temp"),
];

#[test]
fn markdown_becomes_wiki_markup() {
    for (name, md, wiki) in WIKI_CASES {
        assert_eq!(markdown_to_wiki(md), *wiki, "{name}");
    }
}

#[test]
fn wiki_markup_reads_back_as_the_same_markdown() {
    for (name, md, wiki) in WIKI_CASES {
        assert_eq!(wiki_to_markdown(wiki), normalize_markdown(md), "{name}");
    }
}

#[test]
fn markdown_normalizes_to_one_style() {
    let cases = [
        ("* a\n* b\n", "- a\n- b\n"),
        ("+ a\n\n+ b\n", "- a\n- b\n"),
        ("3) x\n4) y\n", "3. x\n4. y\n"),
        ("*a* and __b__\n", "_a_ and **b**\n"),
        ("in*word*s\n", "in*word*s\n"),
        ("~~~py\nx\n~~~\n", "```py\nx\n```\n"),
        ("a   \nb\\\nc\n", "a\nb\nc\n"),
        ("a\n\n\n\nb   \n", "a\n\nb\n"),
        ("\\# not a heading\n", "\\# not a heading\n"),
        ("1\\. not a list\n", "1\\. not a list\n"),
        ("`` a`b ``\n", "``a`b``\n"),
    ];
    for (md, expected) in cases {
        assert_eq!(normalize_markdown(md), expected, "{md:?}");
    }
}

#[test]
fn markdown_becomes_adf_with_marks() {
    let doc = markdown_to_adf("## Hi\n\n**bold _both_** `x` [l](https://u.test)\n");
    let expected = json!({"type": "doc", "version": 1, "content": [
        {"type": "heading", "attrs": {"level": 2}, "content": [{"type": "text", "text": "Hi"}]},
        {"type": "paragraph", "content": [
            {"type": "text", "text": "bold ", "marks": [{"type": "strong"}]},
            {"type": "text", "text": "both", "marks": [{"type": "strong"}, {"type": "em"}]},
            {"type": "text", "text": " "},
            {"type": "text", "text": "x", "marks": [{"type": "code"}]},
            {"type": "text", "text": " "},
            {"type": "text", "text": "l", "marks": [{"type": "link", "attrs": {"href": "https://u.test"}}]},
        ]},
    ]});
    assert_eq!(doc, expected);
}

#[test]
fn adf_blocks_lists_code_quote_rule_and_breaks() {
    let doc = markdown_to_adf("1. a\n   - b\n\n```sh\nls\n```\n\n> q\n\n---\n\nx\\\ny\n");
    let expected = json!({"type": "doc", "version": 1, "content": [
        {"type": "orderedList", "attrs": {"order": 1}, "content": [{"type": "listItem", "content": [
            {"type": "paragraph", "content": [{"type": "text", "text": "a"}]},
            {"type": "bulletList", "content": [{"type": "listItem", "content": [
                {"type": "paragraph", "content": [{"type": "text", "text": "b"}]}]}]}]}]},
        {"type": "codeBlock", "attrs": {"language": "sh"}, "content": [{"type": "text", "text": "ls"}]},
        {"type": "blockquote", "content": [{"type": "paragraph", "content": [{"type": "text", "text": "q"}]}]},
        {"type": "rule"},
        {"type": "paragraph", "content": [
            {"type": "text", "text": "x"}, {"type": "hardBreak"}, {"type": "text", "text": "y"}]},
    ]});
    assert_eq!(doc, expected);
}

#[test]
fn markers_travel_as_tags_in_adf_and_come_back() {
    let md = "Done. <!-- debussy-sync:completion:p -->\n\n<!-- debussy-sync:publish plan=\"a]b.md\" -->\n";
    let doc = markdown_to_adf(md);
    let texts: Vec<&str> = doc["content"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["content"][0]["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        texts,
        [
            "Done. [debussy-sync:completion:p]",
            "[debussy-sync:publish plan=\"a]b.md\"]"
        ]
    );
    assert_eq!(adf_to_markdown(&doc), normalize_markdown(md));
    assert!(adf_to_markdown(&doc).contains("<!-- debussy-sync:publish plan=\"a]b.md\" -->\n"));
}

#[test]
fn a_body_published_as_plain_text_reads_back_with_its_markers() {
    // Tags in plain-text ADF (as `adf::from_text` writes): the markers come
    // back; the rest was plain text, so a leading `-` stays text.
    let sent = crate::tracker::jira::adf::from_text(
        "[debussy-sync:publish plan=\"p.md\" phase=\"2\"]\n- [ ] 2.1: Do\n[/debussy-sync:publish]",
    );
    assert_eq!(
        adf_to_markdown(&sent),
        "<!-- debussy-sync:publish plan=\"p.md\" phase=\"2\" -->\n\n\\- [ ] 2.1: Do\n\n<!-- /debussy-sync:publish -->\n"
    );
}

#[test]
fn adf_written_by_jira_reads_as_markdown() {
    let doc = json!({"type": "doc", "version": 1, "content": [
        {"type": "paragraph", "content": [
            {"type": "text", "text": " bold ", "marks": [{"type": "strong"}]},
            {"type": "text", "text": "and"},
            {"type": "mention", "attrs": {"id": "1", "text": "@Ann"}},
            {"type": "emoji", "attrs": {"shortName": ":smile:"}},
        ]},
        {"type": "paragraph", "content": []},
        {"type": "panel", "attrs": {"panelType": "info"}, "content": [
            {"type": "paragraph", "content": [{"type": "text", "text": "in a panel"}]}]},
        {"type": "taskList", "content": [
            {"type": "taskItem", "attrs": {"state": "DONE"}, "content": [{"type": "text", "text": "done"}]},
            {"type": "taskItem", "attrs": {"state": "TODO"}, "content": [{"type": "text", "text": "open"}]}]},
        {"type": "mediaSingle", "content": [{"type": "media", "attrs": {"id": "x"}}]},
    ]});
    assert_eq!(
        adf_to_markdown(&doc),
        "**bold** and@Ann:smile:\n\nin a panel\n\n- [x] done\n- [ ] open\n"
    );
}

#[test]
fn wiki_written_by_people_reads_as_markdown() {
    let wiki = "h2. Plan\n\nSome *bold* and _it_ and -gone- and +under+ text\n\
                - dash bullet\n\n{code:title=x.sh|borderStyle=solid}\nls\n{code}\n\
                ||a||b||\n|1|2|\n\n{noformat}raw{noformat}";
    assert_eq!(
        wiki_to_markdown(wiki),
        "## Plan\n\nSome **bold** and _it_ and ~~gone~~ and under text\n\n- dash bullet\n\n\
         ```\nls\n```\n\n||a||b||\n|1|2|\n\n```\nraw\n```\n"
    );
}

#[test]
fn a_plain_string_body_reads_as_markdown() {
    assert_eq!(adf_to_markdown(&json!("*a*")), "_a_\n");
}

#[test]
fn a_literal_tag_in_wiki_markup_stays_text() {
    let md = "[debussy-sync:x] typed by hand\n";
    assert_eq!(markdown_to_wiki(md), "\\[debussy-sync:x\\] typed by hand");
    assert_eq!(wiki_to_markdown(&markdown_to_wiki(md)), md);
}

/// Documents the round trip holds for.
fn samples() -> Vec<String> {
    let mut docs: Vec<String> = [
        "# Title\n\nText with _em_, **strong**, ~~strike~~, `code` and [a link](https://e.test/x?y=1).\n",
        "- one\n  - two\n    - three\n- four\n",
        "1. first\n   - inner *one*\n     1. deepest\n2. second\n\n- after\n",
        "```python\nprint('hi')\n\n\nx = {1: [2]}\n```\n\n```\nno language\n```\n",
        "> quoted **bold**\n>\n> - list in quote\n\n---\n\nend\n",
        "line one\nline two  \nline three\n",
        "Special: *star*, 5 * 3, a_b, _c_, {brace}, [bracket], a|b, x - y, --flag, -5, 2^3, ~tilde, a!b, ??, \\\\.\n",
        "- [ ] 1.1: task with `code`\n- [x] 1.2: done\n",
        "Marker inline <!-- debussy-sync:completion:plan.md:1 --> here\n",
        "<!-- debussy-sync:publish plan=\"docs/my_plan.md\" phase=\"1\" -->\n## Overview\n\ntext\n<!-- /debussy-sync:publish -->\n",
        "***both*** and **_both_** and in**tra**word and in*tra*word\n",
        "# Heading with `code` and [link](https://x.test)\n\n###### Six\n",
        "1. a\n\n   more paragraph\n2. b\n",
        "Hello world!\n\n<https://auto.test/path>\n",
        "Line starting\n\\# hash and\n1\\. number and\n\\- dash\n",
        "Unicode: café – “quotes” — ✓\n",
        "a *b*c **a**b x_y_z _a_b [c] a ]( b (x) (/) :) !image.png! a -- b --- c\n",
        "- a\n\n  ```\n  code\n  ```\n- b\n\n> # h\n> ```\n> c\n> ```\n",
        "text & more &amp; &#35; ~~a~~~~b~~ **a** **b** [**bold link**](https://x.test)\n",
        "h1. not a heading\nbq. not a quote\n{code}\n|a|b|\n- \\[ \\] a\n",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/plans/v0.7.0");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("the v0.7.0 plan fixtures")
        .flatten()
        .collect();
    files.sort_by_key(|f| f.path());
    for file in files {
        let text = std::fs::read_to_string(file.path()).unwrap_or_default();
        // The whole file (tables and code in list items included), then the
        // parts published to issues.
        docs.push(text.clone());
        for section in ["## Overview", "## Tasks"] {
            if let Some(at) = text.find(section) {
                let rest = &text[at..];
                let end = rest[3..].find("\n## ").map_or(rest.len(), |e| e + 4);
                docs.push(rest[..end].to_string());
            }
        }
    }
    docs
}

#[test]
fn samples_include_the_phase_files() {
    assert!(
        samples().len() >= 16 + 6,
        "fixtures missing: {}",
        samples().len()
    );
}

#[test]
fn a_round_trip_through_adf_is_no_change() {
    for md in samples() {
        let back = adf_to_markdown(&markdown_to_adf(&md));
        assert_eq!(normalize_markdown(&back), normalize_markdown(&md), "{md}");
    }
}

#[test]
fn a_round_trip_through_wiki_markup_is_no_change() {
    for md in samples() {
        let back = wiki_to_markdown(&markdown_to_wiki(&md));
        assert_eq!(
            normalize_markdown(&back),
            normalize_markdown(&md),
            "{md}\n---\n{}",
            markdown_to_wiki(&md)
        );
    }
}

#[test]
fn normalizing_twice_changes_nothing() {
    for md in samples() {
        let once = normalize_markdown(&md);
        assert_eq!(normalize_markdown(&once), once, "{md}");
    }
}

#[test]
fn the_converted_forms_are_stable_too() {
    for md in samples() {
        let wiki = markdown_to_wiki(&md);
        assert_eq!(markdown_to_wiki(&wiki_to_markdown(&wiki)), wiki, "{md}");
        let adf = markdown_to_adf(&md);
        assert_eq!(markdown_to_adf(&adf_to_markdown(&adf)), adf, "{md}");
    }
}

#[test]
fn what_jira_cannot_hold_comes_back_as_normalize_markdown_gives_it() {
    // Field sync compares a body with a Jira end in this form (what Jira keeps of
    // it), so an image, raw HTML or a table is never taken for an edit.
    let body = "Intro with ![screenshot](https://ci.example.com/s.png) inline.\n\n<details><summary>Log</summary>\n\nline 1\n\n</details>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [ ] a task\n- [x] done\n\nText with <kbd>Ctrl</kbd> and ~~gone~~.";
    let held = as_jira_holds(body);
    assert_eq!(wiki_to_markdown(&markdown_to_wiki(body)), held, "wiki");
    assert_eq!(adf_to_markdown(&markdown_to_adf(body)), held, "adf");
    assert_eq!(as_jira_holds(&held), held, "idempotent");
}
