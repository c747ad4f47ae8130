//! `--jq EXPR`: a jq filter over a command's JSON report, through the embedded jaq
//! interpreter, printed like `gh --jq`: strings raw (unquoted), everything else as
//! compact JSON, one result per line.

use jaq_core::load::{Arena, File, Loader};
use jaq_core::{data, unwrap_valr, Compiler, Ctx, Vars};
use jaq_json::Val;

/// A jq failure, with jq's wording.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("jq: error: {message}")]
pub struct JqError {
    pub message: String,
    /// The expression itself is wrong (it does not compile), as opposed to failing
    /// on this input.
    pub compile: bool,
}

fn compile_error(message: String) -> JqError {
    JqError {
        message,
        compile: true,
    }
}

fn runtime_error(message: String) -> JqError {
    JqError {
        message,
        compile: false,
    }
}

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
        compile_error(described.join("; "))
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
            compile_error(described.join("; "))
        })?;
    let text = serde_json::to_string(input).map_err(|e| runtime_error(e.to_string()))?;
    let input = jaq_json::read::parse_single(text.as_bytes())
        .map_err(|e| runtime_error(format!("cannot read the report: {e}")))?;
    let ctx = Ctx::<data::JustLut<Val>>::new(&filter.lut, Vars::new([]));
    let mut lines = Vec::new();
    for out in filter.id.run((ctx, input)).map(unwrap_valr) {
        match out {
            Ok(Val::TStr(s)) => lines.push(String::from_utf8_lossy(&s).into_owned()),
            // jaq displays other values as compact JSON.
            Ok(v) => lines.push(v.to_string()),
            Err(e) => return Err(runtime_error(format!("{e} (at <stdin>:0)"))),
        }
    }
    Ok(lines)
}

/// Checks that `code` compiles, before any work is done (failing on `null` is
/// fine: only the expression is checked).
pub fn check(code: &str) -> Result<(), JqError> {
    match run(code, &serde_json::Value::Null) {
        Err(e) if e.compile => Err(e),
        _ => Ok(()),
    }
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
