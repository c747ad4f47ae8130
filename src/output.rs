//! The one output layer: commands return serializable reports, rendered here as
//! aligned text for people or as exactly one JSON document for scripts.

use serde::Serialize;
use std::io::{IsTerminal, Write};

/// How to talk to the user.
#[derive(Debug, Clone)]
pub struct Ui {
    pub json: bool,
    pub quiet: bool,
    pub verbose: bool,
    pub color: bool,
    /// Whether a prompt can be answered (stdin and stderr are terminals).
    pub can_prompt: bool,
}

impl Ui {
    /// Detects terminals; `no_color` covers `--no-color` and `NO_COLOR`.
    pub fn detect(json: bool, quiet: bool, verbose: bool, no_color: bool) -> Ui {
        let stdout_tty = std::io::stdout().is_terminal();
        Ui {
            json,
            quiet,
            verbose,
            color: stdout_tty && !no_color && !json,
            can_prompt: std::io::stdin().is_terminal() && std::io::stderr().is_terminal(),
        }
    }

    /// Prints a report: JSON, or its human rendering.
    pub fn emit<R: Report>(&self, report: &R) {
        let mut out = std::io::stdout().lock();
        if self.json {
            let text = serde_json::to_string_pretty(report).unwrap_or_else(|_| "{}".into());
            let _ = writeln!(out, "{text}");
        } else if !self.quiet || report.always_shown() {
            let text = report.human(self);
            if !text.is_empty() {
                let _ = write!(out, "{text}");
                if !text.ends_with('\n') {
                    let _ = writeln!(out);
                }
            }
        }
    }

    /// A warning on stderr (shown unless quiet or JSON, where reports carry them).
    pub fn warn(&self, message: &str) {
        if !self.quiet && !self.json {
            eprintln!("{} {message}", self.paint("warning:", Paint::Yellow));
        }
    }

    pub fn paint(&self, text: &str, paint: Paint) -> String {
        if !self.color {
            return text.to_string();
        }
        let code = match paint {
            Paint::Green => "32",
            Paint::Red => "31",
            Paint::Yellow => "33",
            Paint::Dim => "2",
            Paint::Bold => "1",
        };
        format!("\x1b[{code}m{text}\x1b[0m")
    }

    /// Asks a yes/no question on the terminal; anything but y/yes is no.
    pub fn confirm(&self, question: &str) -> bool {
        eprint!("{question} [y/N] ");
        let _ = std::io::stderr().flush();
        let mut answer = String::new();
        if std::io::stdin().read_line(&mut answer).is_err() {
            return false;
        }
        matches!(answer.trim().to_ascii_lowercase().as_str(), "y" | "yes")
    }
}

/// Colors used in human output.
#[derive(Debug, Clone, Copy)]
pub enum Paint {
    Green,
    Red,
    Yellow,
    Dim,
    Bold,
}

/// A command's result.
pub trait Report: Serialize {
    fn human(&self, ui: &Ui) -> String;

    /// Shown even with `--quiet` (e.g. data the user asked for).
    fn always_shown(&self) -> bool {
        false
    }
}

/// One comment under an issue view: `— author time`, then the text. Hidden markers
/// stay hidden, as they are on a rendered page.
pub fn comment_block(author: Option<&str>, created: Option<&str>, body: &str) -> String {
    let text: Vec<&str> = body
        .lines()
        .filter(|l| !(l.trim_start().starts_with("<!--") && l.trim_end().ends_with("-->")))
        .collect();
    format!(
        "\n— {} {}\n{}\n",
        author.unwrap_or("someone"),
        created.unwrap_or_default(),
        text.join("\n").trim()
    )
}

/// Renders rows as left-aligned columns separated by two spaces.
pub fn table(rows: &[Vec<String>]) -> String {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|c| {
            rows.iter()
                .filter_map(|r| r.get(c))
                .map(|s| s.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in rows {
        let mut line = String::new();
        for (c, cell) in row.iter().enumerate() {
            line.push_str(cell);
            if c + 1 < row.len() {
                let pad = widths[c] - cell.chars().count() + 2;
                line.push_str(&" ".repeat(pad));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn table_aligns_columns() {
        let rows = vec![
            vec!["1".to_string(), "pending".to_string(), "A".to_string()],
            vec!["3.1".to_string(), "completed".to_string(), "B".to_string()],
        ];
        assert_eq!(
            super::table(&rows),
            "1    pending    A\n3.1  completed  B\n"
        );
    }
}
