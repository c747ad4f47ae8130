//! The query text → [`Query`]: words separated by spaces, `"…"` quoting, a
//! leading `-` negating, `key:value` qualifiers. Errors name the column (counted
//! in characters from 1) and what was expected there.

use super::{Filter, Query, Sort, SortKey, Span, StateIs, Term, Who};
use jiff::civil::Date;
use jiff::{SignedDuration, Timestamp, ToSpan};

/// A query that cannot be read: where, and what was expected there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryError {
    /// 1-based, in characters.
    pub column: usize,
    pub message: String,
}

impl std::fmt::Display for QueryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "query column {}: {}", self.column, self.message)
    }
}

const KEYS: [&str; 13] = [
    "is",
    "label",
    "assignee",
    "author",
    "milestone",
    "created",
    "updated",
    "claimed",
    "blocked",
    "stage",
    "sort",
    "limit",
    "no",
];

/// One word of the query, its quotes taken out.
struct Word {
    column: usize,
    text: String,
    /// Where each character of `text` stood in the query (1-based).
    columns: Vec<usize>,
    /// How many characters of `text` came before the first quote.
    first_quote: Option<usize>,
}

/// Splits at unquoted spaces; `"…"` may appear anywhere in a word.
fn words(query: &str) -> Result<Vec<Word>, QueryError> {
    let mut out = Vec::new();
    let mut current: Option<Word> = None;
    let mut quote_at: Option<usize> = None;
    for (i, c) in query.chars().enumerate() {
        let column = i + 1;
        if c.is_whitespace() && quote_at.is_none() {
            out.extend(current.take());
            continue;
        }
        let word = current.get_or_insert_with(|| Word {
            column,
            text: String::new(),
            columns: Vec::new(),
            first_quote: None,
        });
        if c == '"' {
            word.first_quote.get_or_insert(word.columns.len());
            quote_at = if quote_at.is_some() {
                None
            } else {
                Some(column)
            };
            continue;
        }
        word.text.push(c);
        word.columns.push(column);
    }
    if let Some(column) = quote_at {
        return Err(err(column, "expected a closing \" for this quote"));
    }
    out.extend(current);
    Ok(out)
}

fn err(column: usize, message: impl Into<String>) -> QueryError {
    QueryError {
        column,
        message: message.into(),
    }
}

/// Parses `text`; relative dates count back from `now`.
pub fn parse(text: &str, now: Timestamp) -> Result<Query, QueryError> {
    let mut query = Query::default();
    for word in words(text)? {
        parse_word(&word, now, &mut query)?;
    }
    Ok(query)
}

fn parse_word(word: &Word, now: Timestamp, query: &mut Query) -> Result<(), QueryError> {
    let negated = word.text.len() > 1 && word.text.starts_with('-') && word.first_quote != Some(0);
    let skip = usize::from(negated);
    let body: String = word.text.chars().skip(skip).collect();
    let key = body.split_once(':').map(|(k, _)| k).filter(|k| {
        !k.is_empty()
            && k.chars().all(|c| c.is_ascii_alphabetic())
            && word.first_quote.is_none_or(|q| q > skip + k.len())
    });
    let Some(key) = key else {
        query.terms.push(Term {
            negated,
            filter: Filter::Text(body),
        });
        return Ok(());
    };
    let lower = key.to_ascii_lowercase();
    if !KEYS.contains(&lower.as_str()) {
        let hint = strsim_closest(&lower)
            .map(|k| format!("did you mean {k}:? "))
            .unwrap_or_default();
        return Err(err(
            word.column,
            format!(
                "unknown qualifier \"{key}:\"; {hint}expected one of {}:",
                KEYS.join(":, ")
            ),
        ));
    }
    let at = skip + key.len() + 1;
    let end = word.columns.last().map_or(word.column, |c| c + 1);
    let value = Value {
        text: body[key.len() + 1..].to_string(),
        column: word.columns.get(at).copied().unwrap_or(end),
        key: lower,
        word: word.column,
        negated,
    };
    qualifier(&value, now, query)
}

fn strsim_closest(key: &str) -> Option<&'static str> {
    KEYS.iter()
        .map(|k| (strsim::levenshtein(k, key), *k))
        .filter(|(d, _)| *d <= 2)
        .min()
        .map(|(_, k)| k)
}

/// A qualifier's value and where it starts.
struct Value {
    key: String,
    text: String,
    column: usize,
    /// Where the word starts.
    word: usize,
    negated: bool,
}

impl Value {
    fn expected(&self, what: &str) -> QueryError {
        err(
            self.column,
            format!("expected {what} after \"{}:\"", self.key),
        )
    }

    fn nonempty(&self, what: &str) -> Result<&str, QueryError> {
        let t = self.text.trim();
        if t.is_empty() {
            Err(self.expected(what))
        } else {
            Ok(t)
        }
    }
}

fn qualifier(v: &Value, now: Timestamp, query: &mut Query) -> Result<(), QueryError> {
    let filter = match v.key.as_str() {
        "sort" | "limit" if v.negated => {
            return Err(err(v.word, format!("\"{}:\" cannot be negated", v.key)))
        }
        "sort" => {
            query.sort = Some(sort(v)?);
            return Ok(());
        }
        "limit" => {
            let n = v.nonempty("a number of issues")?;
            query.limit = Some(
                n.parse()
                    .ok()
                    .filter(|n| *n > 0)
                    .ok_or_else(|| v.expected("a number of issues, 1 or more"))?,
            );
            return Ok(());
        }
        "is" => Filter::Is(state(v)?),
        "label" => Filter::Label(labels(v)?),
        "assignee" => Filter::Assignee(who(v, "a login, me or none")?),
        "author" => Filter::Author(who(v, "a login or me")?),
        "claimed" => Filter::Claimed(who(v, "an agent id, me or none")?),
        "milestone" => Filter::Milestone(v.nonempty("a milestone title")?.to_string()),
        "stage" => Filter::Stage(v.nonempty("a stage name")?.to_string()),
        "blocked" => Filter::Blocked(match v.text.as_str() {
            "true" | "yes" => true,
            "false" | "no" => false,
            _ => return Err(v.expected("true or false")),
        }),
        "created" => Filter::Created(span(v, now)?),
        "updated" => Filter::Updated(span(v, now)?),
        // `no:assignee`, as GitHub writes it.
        _ => match v.text.as_str() {
            "assignee" => Filter::Assignee(Who::Nobody),
            "label" => {
                return Err(v.expected("assignee (no:label is not supported; use -label:NAME)"))
            }
            _ => return Err(v.expected("assignee")),
        },
    };
    query.terms.push(Term {
        negated: v.negated,
        filter,
    });
    Ok(())
}

fn state(v: &Value) -> Result<StateIs, QueryError> {
    match v.text.to_ascii_lowercase().as_str() {
        "open" => Ok(StateIs::Open),
        "closed" => Ok(StateIs::Closed),
        "in-progress" => Ok(StateIs::InProgress),
        _ => Err(v.expected("open, closed or in-progress")),
    }
}

fn labels(v: &Value) -> Result<Vec<String>, QueryError> {
    let mut out = Vec::new();
    let mut column = v.column;
    for name in v.text.split(',') {
        let trimmed = name.trim();
        if trimmed.is_empty() {
            return Err(err(
                column,
                format!("expected a label name after \"{}:\"", v.key),
            ));
        }
        out.push(trimmed.to_string());
        column += name.chars().count() + 1;
    }
    Ok(out)
}

fn who(v: &Value, what: &str) -> Result<Who, QueryError> {
    Ok(match v.nonempty(what)? {
        "me" | "@me" => Who::Me,
        "none" => Who::Nobody,
        name => Who::Named(name.to_string()),
    })
}

fn sort(v: &Value) -> Result<Sort, QueryError> {
    let (key, dir) = v.text.split_once('-').unwrap_or((v.text.as_str(), "desc"));
    let key = match key {
        "created" => SortKey::Created,
        "updated" => SortKey::Updated,
        _ => return Err(v.expected("created-desc, created-asc, updated-desc or updated-asc")),
    };
    let descending = match dir {
        "desc" => true,
        "asc" => false,
        _ => return Err(v.expected("created-desc, created-asc, updated-desc or updated-asc")),
    };
    Ok(Sort { key, descending })
}

const DATES: &str = "a date such as >7d, <24h, >=2026-01-01 or 2026-01-01..2026-02-01";

/// `>7d` (older than), `<24h` (within), `>=DATE`, `<DATE`, `A..B`, `DATE`.
fn span(v: &Value, now: Timestamp) -> Result<Span, QueryError> {
    let t = v.text.as_str();
    if let Some((a, b)) = t.split_once("..") {
        let from = (a != "*")
            .then(|| day(a))
            .transpose()
            .map_err(|_| v.expected(DATES))?;
        let to = (b != "*")
            .then(|| day(b))
            .transpose()
            .map_err(|_| v.expected(DATES))?;
        return Ok(Span {
            from: from.map(|d| d.0),
            to: to.map(|d| d.1),
        });
    }
    let (op, rest) = [">=", "<=", ">", "<"]
        .into_iter()
        .find_map(|op| t.strip_prefix(op).map(|r| (op, r)))
        .unwrap_or(("=", t));
    if let Some(age) = age(rest) {
        let at = age
            .and_then(|a| now.checked_sub(a).ok())
            .ok_or_else(|| v.expected(AGES))?;
        // An age compares the other way round: `>7d` is older, before `now - 7d`.
        return Ok(match op {
            ">" | ">=" => Span {
                from: None,
                to: Some(at),
            },
            "<" | "<=" => Span {
                from: Some(at),
                to: None,
            },
            _ => return Err(v.expected("> or < before an age, as in >7d")),
        });
    }
    let (start, end) = day(rest).map_err(|_| v.expected(DATES))?;
    Ok(match op {
        ">" => Span {
            from: Some(end),
            to: None,
        },
        ">=" => Span {
            from: Some(start),
            to: None,
        },
        "<" => Span {
            from: None,
            to: Some(start),
        },
        "<=" => Span {
            from: None,
            to: Some(end),
        },
        _ => Span {
            from: Some(start),
            to: Some(end),
        },
    })
}

const AGES: &str = "an age such as >7d, neither negative nor reaching back past the year -9999";

/// `7d`, `24h`, `30m`, `2w`: `None` for what is no age at all, `Some(None)` for
/// an age that cannot be one (negative, or too long to count back from now).
fn age(text: &str) -> Option<Option<SignedDuration>> {
    let unit = text.chars().last()?;
    let n: i64 = text[..text.len() - unit.len_utf8()].parse().ok()?;
    let seconds = match unit {
        'm' => 60,
        'h' => 3600,
        'd' => 86_400,
        'w' => 7 * 86_400,
        _ => return None,
    };
    Some(
        n.checked_mul(seconds)
            .filter(|s| *s >= 0)
            .map(SignedDuration::from_secs),
    )
}

/// A date (the whole UTC day) or a timestamp (that instant): `[start, end)`.
fn day(text: &str) -> Result<(Timestamp, Timestamp), ()> {
    if let Ok(t) = text.parse::<Timestamp>() {
        return Ok((t, t + SignedDuration::from_nanos(1)));
    }
    let d: Date = text.parse().map_err(drop)?;
    let start = d.to_zoned(jiff::tz::TimeZone::UTC).map_err(drop)?;
    let end = start.checked_add(1.day()).map_err(drop)?;
    Ok((start.timestamp(), end.timestamp()))
}

#[cfg(test)]
mod tests;
