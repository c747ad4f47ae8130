//! The one output layer: commands return serializable reports, rendered here as
//! aligned text for people or as exactly one JSON document for scripts.

use serde::Serialize;
use std::io::{IsTerminal, Write};
use std::sync::{Arc, Mutex};

/// How to talk to the user.
#[derive(Debug, Clone)]
pub struct Ui {
    pub json: bool,
    pub quiet: bool,
    pub verbose: bool,
    pub color: bool,
    /// Whether a prompt can be answered (stdin and stderr are terminals).
    pub can_prompt: bool,
    /// Color on stderr: decided from stderr, not stdout.
    color_err: bool,
    /// stderr is a terminal: progress lines may be drawn there.
    stderr_tty: bool,
    /// Every warning of the run, for the JSON report.
    warnings: Arc<Mutex<Vec<String>>>,
    /// `--jq EXPR`: JSON output goes through this filter.
    jq: Option<String>,
    /// The filter failed at run time (exit 1).
    jq_failed: Arc<std::sync::atomic::AtomicBool>,
}

impl Ui {
    /// Detects terminals; `no_color` covers `--no-color` and `NO_COLOR`.
    /// Color is decided per stream, the way anstream decides it: a terminal that
    /// supports color, unless `NO_COLOR` (or `--no-color`); `CLICOLOR_FORCE` forces it.
    pub fn detect(json: bool, quiet: bool, verbose: bool, no_color: bool) -> Ui {
        let wants = |choice: anstream::ColorChoice| {
            !no_color && !matches!(choice, anstream::ColorChoice::Never)
        };
        let stdout_color = wants(anstream::AutoStream::choice(&std::io::stdout()));
        let stderr_color = wants(anstream::AutoStream::choice(&std::io::stderr()));
        Ui {
            jq: None,
            jq_failed: Arc::default(),
            json,
            quiet,
            verbose,
            color: stdout_color && !json,
            color_err: stderr_color,
            stderr_tty: std::io::stderr().is_terminal(),
            can_prompt: std::io::stdin().is_terminal() && std::io::stderr().is_terminal(),
            warnings: Arc::default(),
        }
    }

    /// With `--jq EXPR` (which implies `--json`): JSON output goes through it.
    pub fn with_jq(mut self, expr: Option<String>) -> Ui {
        if expr.is_some() {
            self.json = true;
            self.color = false;
        }
        self.jq = expr;
        self
    }

    /// Whether a `--jq` filter failed while running (the command exits 1).
    pub fn jq_failed(&self) -> bool {
        self.jq_failed.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// Writes one JSON document: pretty, compact (a line of a stream), or through
    /// `--jq`, one result per line, strings raw.
    fn write_json(&self, value: &serde_json::Value, pretty: bool) {
        let mut out = std::io::stdout().lock();
        match &self.jq {
            Some(expr) => match crate::jq::run(expr, value) {
                Ok(lines) => {
                    for line in lines {
                        let _ = writeln!(out, "{line}");
                    }
                }
                Err(e) => {
                    eprintln!("{e}");
                    self.jq_failed
                        .store(true, std::sync::atomic::Ordering::SeqCst);
                }
            },
            None => {
                let text = if pretty {
                    serde_json::to_string_pretty(value)
                } else {
                    serde_json::to_string(value)
                };
                let _ = writeln!(out, "{}", text.unwrap_or_else(|_| "{}".into()));
            }
        }
        let _ = out.flush();
    }

    /// Prints a report: JSON, or its human rendering.
    pub fn emit<R: Report>(&self, report: &R) {
        if self.json {
            let mut value = serde_json::to_value(report).unwrap_or(serde_json::Value::Null);
            self.add_warnings(&mut value);
            self.write_json(&value, true);
            return;
        }
        let mut out = std::io::stdout().lock();
        if !self.quiet || report.always_shown() {
            let text = report.human(self);
            if !text.is_empty() {
                let _ = write!(out, "{text}");
                if !text.ends_with('\n') {
                    let _ = writeln!(out);
                }
            }
        }
    }

    /// Prints one report of a stream: with `--json` one compact JSON document on
    /// one line (newline-delimited JSON), else its human rendering.
    pub fn emit_line<R: Report>(&self, report: &R) {
        if self.json {
            let mut value = serde_json::to_value(report).unwrap_or(serde_json::Value::Null);
            self.add_warnings(&mut value);
            if let Ok(mut all) = self.warnings.lock() {
                // Each line carries the warnings that arose since the last one.
                all.clear();
            }
            self.write_json(&value, false);
        } else {
            self.emit(report);
            let _ = std::io::stdout().flush();
        }
    }

    /// Every warning of the run goes into a JSON report's `warnings` (added when the
    /// report has none of its own), once each.
    fn add_warnings(&self, value: &mut serde_json::Value) {
        let collected = self.warnings.lock().map(|w| w.clone()).unwrap_or_default();
        let Some(object) = value.as_object_mut() else {
            return;
        };
        if collected.is_empty() && !object.contains_key("warnings") {
            return;
        }
        let list = object
            .entry("warnings")
            .or_insert_with(|| serde_json::Value::Array(Vec::new()));
        if let Some(list) = list.as_array_mut() {
            for w in collected {
                let w = serde_json::Value::String(w);
                if !list.contains(&w) {
                    list.push(w);
                }
            }
        }
    }

    /// A warning: on stderr (also with `--quiet`, which hides only the rest), and in
    /// the JSON report with `--json`.
    pub fn warn(&self, message: &str) {
        if let Ok(mut all) = self.warnings.lock() {
            if all.iter().any(|w| w == message) {
                return;
            }
            all.push(message.to_string());
        }
        if !self.json {
            eprintln!("{} {message}", self.paint_err("warning:", Paint::Yellow));
        }
    }

    /// A passing note on stderr (what the program is waiting for); never on stdout,
    /// so `--json` stays one document.
    pub fn note(&self, message: &str) {
        if !self.quiet {
            eprintln!("{message}");
        }
    }

    /// An error as the user sees it: `error: …` and `hint: …` on stderr, and with
    /// `--json` also the one JSON document on stdout (PRODUCT §7).
    pub fn error(&self, message: &str, hint: Option<&str>, code: i32) {
        eprintln!("{} {message}", self.paint_err("error:", Paint::Red));
        if let Some(hint) = hint {
            eprintln!("hint: {hint}");
        }
        // With --jq the filter is for results: an error stays on stderr, as with gh.
        if self.json && self.jq.is_none() {
            let mut doc = serde_json::json!({
                "error": {"message": message, "hint": hint, "code": code}
            });
            let collected = self.warnings.lock().map(|w| w.clone()).unwrap_or_default();
            if !collected.is_empty() {
                doc["warnings"] = serde_json::json!(collected);
            }
            let text = serde_json::to_string_pretty(&doc).unwrap_or_else(|_| "{}".into());
            println!("{text}");
        }
    }

    /// Color for stderr: only when stderr itself is a terminal.
    fn paint_err(&self, text: &str, paint: Paint) -> String {
        if self.color_err {
            self.paint_always(text, paint)
        } else {
            text.to_string()
        }
    }

    pub fn paint(&self, text: &str, paint: Paint) -> String {
        if !self.color {
            return text.to_string();
        }
        self.paint_always(text, paint)
    }

    /// The columns of the terminal human output is drawn on; `None` for JSON and
    /// when stdout is not a terminal (a pipe or a file gets every line whole).
    pub fn width(&self) -> Option<usize> {
        if self.json || !std::io::stdout().is_terminal() {
            return None;
        }
        terminal_size::terminal_size().map(|(width, _)| usize::from(width.0))
    }

    fn paint_always(&self, text: &str, paint: Paint) -> String {
        use anstyle::{AnsiColor, Effects, Style};
        let style = match paint {
            Paint::Green => Style::new().fg_color(Some(AnsiColor::Green.into())),
            Paint::Red => Style::new().fg_color(Some(AnsiColor::Red.into())),
            Paint::Yellow => Style::new().fg_color(Some(AnsiColor::Yellow.into())),
            Paint::Dim => Style::new().effects(Effects::DIMMED),
            Paint::Bold => Style::new().effects(Effects::BOLD),
        };
        format!("{}{text}{}", style.render(), style.render_reset())
    }

    /// A progress line on stderr for work that takes a while: drawn only on a
    /// terminal, only after about a second, and erased when the returned guard drops.
    pub fn progress(&self, message: &str) -> Progress {
        if !self.stderr_tty || self.quiet {
            return Progress { stop: None };
        }
        let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let flag = stop.clone();
        let message = message.to_string();
        let handle = std::thread::spawn(move || {
            let started = std::time::Instant::now();
            let frames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
            let mut drawn = false;
            let mut frame = 0;
            while !flag.load(std::sync::atomic::Ordering::SeqCst) {
                if started.elapsed() >= std::time::Duration::from_secs(1) {
                    eprint!("\r{} {message}…", frames[frame % frames.len()]);
                    let _ = std::io::stderr().flush();
                    drawn = true;
                    frame += 1;
                }
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
            if drawn {
                eprint!("\r\x1b[2K");
                let _ = std::io::stderr().flush();
            }
        });
        Progress {
            stop: Some((stop, handle)),
        }
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

/// A progress line being shown; dropping it erases the line.
pub struct Progress {
    stop: Option<(
        Arc<std::sync::atomic::AtomicBool>,
        std::thread::JoinHandle<()>,
    )>,
}

impl Drop for Progress {
    fn drop(&mut self) {
        if let Some((stop, handle)) = self.stop.take() {
            stop.store(true, std::sync::atomic::Ordering::SeqCst);
            let _ = handle.join();
        }
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

/// One issue as `issue view` and `jira view` show it: the reference in bold and the
/// title, a table of fields, the body, then each comment.
pub struct IssueView<'a> {
    reference: &'a str,
    title: &'a str,
    /// (label, value) rows, in the order shown.
    fields: Vec<(&'static str, String)>,
    body: &'a str,
    comments: Vec<String>,
}

impl<'a> IssueView<'a> {
    pub fn new(
        reference: &'a str,
        title: &'a str,
        fields: Vec<(&'static str, String)>,
        body: &'a str,
    ) -> IssueView<'a> {
        IssueView {
            reference,
            title,
            fields,
            body,
            comments: Vec::new(),
        }
    }

    /// Adds a comment under the issue: `— author time`, then the text. Hidden
    /// markers stay hidden, as they are on a rendered page.
    pub fn comment(&mut self, author: Option<&str>, created: Option<&str>, body: &str) {
        let text: Vec<&str> = body
            .lines()
            .filter(|l| !(l.trim_start().starts_with("<!--") && l.trim_end().ends_with("-->")))
            .collect();
        self.comments.push(format!(
            "\n— {} {}\n{}\n",
            author.unwrap_or("someone"),
            created.unwrap_or_default(),
            text.join("\n").trim()
        ));
    }

    pub fn render(&self, ui: &Ui) -> String {
        let mut out = format!(
            "{}  {}\n",
            ui.paint(self.reference, Paint::Bold),
            self.title
        );
        let rows: Vec<Vec<String>> = self
            .fields
            .iter()
            .map(|(label, value)| vec![label.to_string(), value.clone()])
            .collect();
        out.push_str(&table(&rows));
        if !self.body.trim().is_empty() {
            out.push_str(&format!("\n{}\n", self.body.trim()));
        }
        out.extend(self.comments.iter().map(String::as_str));
        out
    }
}

/// One line per write of `release create` and `webhook register|remove`: a mark
/// for its status, its target, what it does, and why it was skipped or failed.
pub fn operation_lines(ui: &Ui, operations: &[crate::operation::SpaceOperation]) -> String {
    use crate::operation::OpStatus;
    let mut out = String::new();
    for op in operations {
        let mark = match op.status {
            OpStatus::Planned => ui.paint("•", Paint::Dim),
            OpStatus::Applied => ui.paint("✓", Paint::Green),
            OpStatus::Skipped => ui.paint("-", Paint::Yellow),
            OpStatus::Failed => ui.paint("✗", Paint::Red),
        };
        let why = op
            .message
            .as_deref()
            .map(|m| format!(" ({m})"))
            .unwrap_or_default();
        out.push_str(&format!("{mark} {}  {}{why}\n", op.target, op.describe));
    }
    out
}

/// Issues as `issue list` and `jira search` show them, a row each, or a line
/// saying that none match.
pub fn issue_table(rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let rows: Vec<Vec<String>> = rows.into_iter().collect();
    if rows.is_empty() {
        return "No issues match.\n".into();
    }
    table(&rows)
}

/// The columns `text` takes on a terminal: escape codes take none, wide (CJK,
/// emoji) characters two.
/// A count with its noun: `1 phase`, `2 phases`.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

pub fn display_width(text: &str) -> usize {
    let visible: String = anstream::adapter::strip_str(text).to_string();
    unicode_width::UnicodeWidthStr::width(visible.as_str())
}

/// Renders rows as left-aligned columns separated by two spaces, measured as they
/// display (colored marks and emoji titles stay aligned).
pub fn table(rows: &[Vec<String>]) -> String {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|c| {
            rows.iter()
                .filter_map(|r| r.get(c))
                .map(|s| display_width(s))
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
                let pad = widths[c] - display_width(cell) + 2;
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
    fn colored_marks_and_wide_titles_stay_aligned() {
        let ui = super::Ui::detect(false, false, false, false);
        let green = ui.paint_always("✓", super::Paint::Green);
        let red = ui.paint_always("✗", super::Paint::Red);
        assert!(green.contains("\x1b["), "the mark is colored: {green:?}");
        let rows = vec![
            vec![
                green,
                "acme/widgets#10".into(),
                "🚀 Launch 发布".into(),
                "x".into(),
            ],
            vec![red, "local#3".into(), "Plain".into(), "y".into()],
        ];
        let out = super::table(&rows);
        let lines: Vec<&str> = out.lines().collect();
        // The last column starts at the same display column on every row.
        let start = |line: &str| {
            let visible = anstream::adapter::strip_str(line).to_string();
            let cut = visible.rfind("  ").unwrap() + 2;
            super::display_width(&visible[..cut])
        };
        assert_eq!(start(lines[0]), start(lines[1]), "{out}");
        assert_eq!(
            anstream::adapter::strip_str(lines[1]).to_string(),
            "✗  local#3          Plain           y"
        );
    }

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
