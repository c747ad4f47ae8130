//! The query language of `issue list --query` and `issue search` (PRODUCT §14).
//!
//! [`parse`] turns the text into a typed [`Query`]; [`matches`] decides one issue
//! against it, purely, given what the trackers know of claims, blockers and
//! stages ([`Facets`]); [`select`] sorts and limits. Trackers push what their own
//! search understands down (see [`Tracker::query_candidates`]); whatever they
//! return is checked again here, so a query gives the same set on every tracker.
//!
//! [`Tracker::query_candidates`]: crate::tracker::Tracker::query_candidates

mod eval;
mod parse;
pub mod pushdown;

pub use eval::{matches, select, timestamp, words, Env};
pub use parse::{parse, QueryError};

use jiff::Timestamp;

/// A parsed query: every term must hold; then sort and limit.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    pub terms: Vec<Term>,
    pub sort: Option<Sort>,
    pub limit: Option<usize>,
}

/// One condition, or its negation (`-label:x`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub negated: bool,
    pub filter: Filter,
}

/// What a term checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Filter {
    Is(StateIs),
    /// Any of these labels (`label:a,b`).
    Label(Vec<String>),
    Assignee(Who),
    Author(Who),
    /// A milestone by title.
    Milestone(String),
    Created(Span),
    Updated(Span),
    Claimed(Who),
    Blocked(bool),
    Stage(String),
    /// Words (or a quoted phrase) in the title or the body.
    Text(String),
}

impl Filter {
    /// Whether the term needs [`Facets`] (claims, dependencies, progress).
    pub fn is_facet(&self) -> bool {
        matches!(
            self,
            Filter::Claimed(_) | Filter::Blocked(_) | Filter::Stage(_)
        )
    }
}

/// `is:` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StateIs {
    Open,
    Closed,
    /// Open and carrying the in-progress label.
    InProgress,
}

/// A person in `assignee:`, `author:`, `claimed:`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Who {
    Me,
    Nobody,
    Named(String),
}

/// A time window, `from` included, `to` excluded; either end may be open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub from: Option<Timestamp>,
    pub to: Option<Timestamp>,
}

impl Span {
    pub fn contains(&self, t: Timestamp) -> bool {
        self.from.is_none_or(|f| t >= f) && self.to.is_none_or(|u| t < u)
    }
}

/// `sort:KEY-DIR`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sort {
    pub key: SortKey,
    pub descending: bool,
}

impl Default for Sort {
    /// Newest first, as `gh issue list`.
    fn default() -> Sort {
        Sort {
            key: SortKey::Created,
            descending: true,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    Created,
    Updated,
}

impl SortKey {
    pub fn as_str(self) -> &'static str {
        match self {
            SortKey::Created => "created",
            SortKey::Updated => "updated",
        }
    }
}

impl Query {
    /// The query with `is:state` added when it says nothing of the state
    /// (`issue list` shows open issues unless asked otherwise).
    pub fn with_default_state(mut self, state: Option<StateIs>) -> Query {
        let says = self.terms.iter().any(|t| matches!(t.filter, Filter::Is(_)));
        if let (false, Some(state)) = (says, state) {
            self.terms.push(Term {
                negated: false,
                filter: Filter::Is(state),
            });
        }
        self
    }

    /// The states a matching issue can be in: `(open, closed)`.
    pub fn states(&self) -> (bool, bool) {
        let (mut open, mut closed) = (true, true);
        for t in &self.terms {
            if let Filter::Is(s) = t.filter {
                let (o, c) = match (s, t.negated) {
                    (StateIs::Open | StateIs::InProgress, false) => (true, false),
                    (StateIs::Closed, false) => (false, true),
                    (StateIs::Open, true) => (false, true),
                    (StateIs::Closed, true) => (true, false),
                    (StateIs::InProgress, true) => (true, true),
                };
                open &= o;
                closed &= c;
            }
        }
        (open, closed)
    }

    /// The positive filters, for pushing down.
    pub fn positive(&self) -> impl Iterator<Item = &Filter> {
        self.terms.iter().filter(|t| !t.negated).map(|t| &t.filter)
    }

    pub fn uses_facets(&self) -> bool {
        self.terms.iter().any(|t| t.filter.is_facet())
    }
}

/// What the trackers know of an issue beyond its fields: who holds a claim,
/// whether a blocker is open, the stage of its progress. An issue the facets do
/// not know about ([`Facets::knows`] false) matches no `claimed:`, `blocked:` or
/// `stage:` term, negated or not.
pub trait Facets: Send + Sync {
    fn knows(&self, _issue: &crate::tracker::IssueDetails) -> bool {
        true
    }
    /// The holder of an unexpired claim.
    fn claimed_by(&self, issue: &crate::tracker::IssueDetails) -> Option<String>;
    /// Whether some issue it depends on is still open.
    fn blocked(&self, issue: &crate::tracker::IssueDetails) -> bool;
    /// The stage its progress names.
    fn stage(&self, issue: &crate::tracker::IssueDetails) -> Option<String>;
}

/// Facets of a tracker that keeps none: nothing is known.
pub struct Unknown;

impl Facets for Unknown {
    fn knows(&self, _: &crate::tracker::IssueDetails) -> bool {
        false
    }
    fn claimed_by(&self, _: &crate::tracker::IssueDetails) -> Option<String> {
        None
    }
    fn blocked(&self, _: &crate::tracker::IssueDetails) -> bool {
        false
    }
    fn stage(&self, _: &crate::tracker::IssueDetails) -> Option<String> {
        None
    }
}
