use super::*;

#[test]
fn smoke() {
    let md = "# Title\n\nSome *em* and **strong** text.\n\n- a\n  1. b\n     - c\n";
    println!("{}", normalize_markdown(md));
    println!("{}", markdown_to_wiki(md));
    println!(
        "{}",
        serde_json::to_string_pretty(&markdown_to_adf(md)).unwrap()
    );
}
