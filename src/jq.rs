//! `--jq EXPR`: a jq filter over a command's JSON report, through the embedded jaq
//! interpreter, printed like `gh --jq`: strings raw (unquoted), everything else as
//! compact JSON, one result per line.

use jaq_core::load::{Arena, File, Loader};
use jaq_core::{data, unwrap_valr, Compiler, Ctx, Vars};
use jaq_json::Val;

/// A jq expression that does not compile, with jq's wording.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("jq: error: {0}")]
pub struct JqError(pub String);

/// Where in the expression `rest` (a suffix of `code`) begins, as `column N`.
fn column(code: &str, rest: &str) -> usize {
    code.len().saturating_sub(rest.len()) + 1
}

/// Runs `code` over `input` and renders every output.
pub fn run(code: &str, input: &serde_json::Value) -> Result<Vec<String>, JqError> {
    let program = File { code, path: () };
    let defs = jaq_core::defs()
        .chain(jaq_std::defs())
        .chain(jaq_json::defs());
    let funs = jaq_core::funs()
        .chain(jaq_std::funs())
        .chain(jaq_json::funs());
    let syntax = |expected: &str, rest: &str| {
        format!(
            "syntax error: expected {expected} at column {}",
            column(code, rest)
        )
    };
    let loader = Loader::new(defs);
    let arena = Arena::default();
    let modules = loader.load(&arena, program).map_err(|errors| {
        let described: Vec<String> = errors
            .into_iter()
            .flat_map(|(_, e)| match e {
                jaq_core::load::Error::Io(list) => list
                    .into_iter()
                    .map(|(path, why)| format!("cannot load {path}: {why}"))
                    .collect::<Vec<_>>(),
                jaq_core::load::Error::Lex(list) => list
                    .into_iter()
                    .map(|(expected, rest)| syntax(expected.as_str(), rest))
                    .collect(),
                jaq_core::load::Error::Parse(list) => list
                    .into_iter()
                    .map(|(expected, rest)| syntax(expected.as_str(), rest))
                    .collect(),
            })
            .collect();
        JqError(described.join("; "))
    })?;
    let filter = Compiler::default()
        .with_funs(funs)
        .compile(modules)
        .map_err(|errors| {
            let described: Vec<String> = errors
                .into_iter()
                .flat_map(|(_, list)| list)
                .map(|(name, undefined)| format!("{name} is not defined ({})", undefined.as_str()))
                .collect();
            JqError(described.join("; "))
        })?;
    let text = serde_json::to_string(input).map_err(|e| JqError(e.to_string()))?;
    let input = jaq_json::read::parse_single(text.as_bytes())
        .map_err(|e| JqError(format!("cannot read the report: {e}")))?;
    let ctx = Ctx::<data::JustLut<Val>>::new(&filter.lut, Vars::new([]));
    let mut lines = Vec::new();
    for out in filter.id.run((ctx, input)).map(unwrap_valr) {
        match out {
            Ok(Val::TStr(s)) => lines.push(String::from_utf8_lossy(&s).into_owned()),
            Ok(v) => lines.push(compact(&v)),
            Err(e) => return Err(JqError(format!("{e} (at <stdin>:0)"))),
        }
    }
    Ok(lines)
}

/// A value as compact JSON (jaq's display is that already).
fn compact(v: &Val) -> String {
    v.to_string()
}

/// Checks that `code` compiles, before any work is done.
pub fn check(code: &str) -> Result<(), JqError> {
    run(code, &serde_json::Value::Null).map(drop).or_else(|e| {
        // Runtime errors on `null` are fine here; only compile errors count.
        if e.0.starts_with("syntax error") || e.0.contains("is not defined") {
            Err(e)
        } else {
            Ok(())
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn strings_are_raw_and_the_rest_compact_json() {
        let report = json!({"operations": [
            {"target": "acme/widgets#10", "n": 1},
            {"target": "local#3", "n": 2}
        ]});
        assert_eq!(
            run(".operations[].target", &report).unwrap(),
            ["acme/widgets#10", "local#3"]
        );
        assert_eq!(run("[.operations[].n] | add", &report).unwrap(), ["3"]);
        assert_eq!(
            run(".operations | map(select(.n > 1)) | length", &report).unwrap(),
            ["1"]
        );
        assert_eq!(
            run(".operations[0]", &report).unwrap(),
            [r#"{"target":"acme/widgets#10","n":1}"#]
        );
    }

    #[test]
    fn a_bad_expression_is_a_jq_error() {
        let e = check(".operations[").unwrap_err();
        assert!(e.to_string().starts_with("jq: error: syntax error"), "{e}");
        let e = check("nosuchfunction(1)").unwrap_err();
        assert!(e.to_string().contains("nosuchfunction"), "{e}");
        assert!(check(".a.b").is_ok());
    }
}
