use super::*;

fn now() -> Timestamp {
    "2026-03-01T12:00:00Z".parse().unwrap()
}

fn q(text: &str) -> Query {
    parse(text, now()).unwrap()
}

fn e(text: &str) -> QueryError {
    parse(text, now()).unwrap_err()
}

fn term(negated: bool, filter: Filter) -> Term {
    Term { negated, filter }
}

#[test]
fn qualifiers_negation_and_text() {
    let got = q(
        r#"is:open label:bug,ui -label:wontfix assignee:none author:me milestone:"Q1 Release" fix crash"#,
    );
    assert_eq!(
        got.terms,
        vec![
            term(false, Filter::Is(StateIs::Open)),
            term(false, Filter::Label(vec!["bug".into(), "ui".into()])),
            term(true, Filter::Label(vec!["wontfix".into()])),
            term(false, Filter::Assignee(Who::Nobody)),
            term(false, Filter::Author(Who::Me)),
            term(false, Filter::Milestone("Q1 Release".into())),
            term(false, Filter::Text("fix".into())),
            term(false, Filter::Text("crash".into())),
        ]
    );
    assert_eq!(got.sort, None);
}

#[test]
fn facets_sort_and_limit() {
    let got = q("claimed:me blocked:false stage:impl sort:updated-asc limit:3");
    assert_eq!(got.terms.len(), 3);
    assert!(got.uses_facets());
    assert_eq!(
        got.sort,
        Some(Sort {
            key: SortKey::Updated,
            descending: false
        })
    );
    assert_eq!(got.limit, Some(3));
}

#[test]
fn a_quoted_qualifier_is_text() {
    assert_eq!(
        q(r#""label:x y""#).terms,
        vec![term(false, Filter::Text("label:x y".into()))]
    );
}

#[test]
fn relative_dates_compare_age() {
    let Filter::Created(older) = &q("created:>7d").terms[0].filter else {
        panic!()
    };
    let week_ago: Timestamp = "2026-02-22T12:00:00Z".parse().unwrap();
    assert_eq!(
        *older,
        Span {
            from: None,
            to: Some(week_ago)
        }
    );
    let Filter::Updated(recent) = &q("updated:<24h").terms[0].filter else {
        panic!()
    };
    assert_eq!(recent.from, Some("2026-02-28T12:00:00Z".parse().unwrap()));
}

#[test]
fn date_ranges_cover_whole_days() {
    let Filter::Created(r) = &q("created:2026-01-01..2026-02-01").terms[0].filter else {
        panic!()
    };
    assert_eq!(r.from, Some("2026-01-01T00:00:00Z".parse().unwrap()));
    assert_eq!(r.to, Some("2026-02-02T00:00:00Z".parse().unwrap()));
    let Filter::Created(after) = &q("created:>2026-01-01").terms[0].filter else {
        panic!()
    };
    assert_eq!(after.from, Some("2026-01-02T00:00:00Z".parse().unwrap()));
}

#[test]
fn errors_name_the_column_and_what_was_expected() {
    assert_eq!(
        e("label:"),
        QueryError {
            column: 7,
            message: "expected a label name after \"label:\"".into()
        }
    );
    assert_eq!(
        e("is:open label:"),
        QueryError {
            column: 15,
            message: "expected a label name after \"label:\"".into()
        }
    );
    assert_eq!(e("label:a,,b").column, 9);
    assert_eq!(e("is:open sort:nonsense").column, 14);
    assert!(e("sort:nonsense").message.contains("created-desc"));
    assert_eq!(e("limit:0").column, 7);
    assert_eq!(
        e("is:gone").message,
        "expected open, closed or in-progress after \"is:\""
    );
    assert_eq!(e("created:>soon").column, 9);
    assert_eq!(e("x -sort:created-asc").column, 3);
}

#[test]
fn unknown_qualifiers_are_refused_with_a_suggestion() {
    let err = e("is:open lable:bug");
    assert_eq!(err.column, 9);
    assert!(
        err.message.contains("did you mean label:?"),
        "{}",
        err.message
    );
}

#[test]
fn an_unclosed_quote_is_refused() {
    assert_eq!(e(r#"milestone:"Q1"#).column, 11);
}
