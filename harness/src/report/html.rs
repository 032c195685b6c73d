//! One self-contained HTML page: a stencil × set matrix whose cells open onto
//! their findings, with the run's totals above it. No external resources;
//! inline CSS, and a little inline JS that only adds conveniences (a
//! problems-only filter, one drill-down open at a time, `#cell` links), so
//! the page works without it.
//!
//! Each cell shows the worst outcome over the checks (failed ✗, not checked
//! ?, warned !, passed ✓, blank when the set has no such stencil) in text as
//! well as colour. The `(set)` row holds what belongs to no stencil (see
//! `CaseIndex`). Finding fields the page does not know yet (a trace diff, …)
//! and report fields it does not know (per-target coverage, …) are shown
//! generically, so nothing a later check adds is hidden.

use super::{
    escape_markup, extra_fields, findings_status, status_name, status_rank, CaseIndex, SetCase,
    SET_CASE,
};
use crate::finding::{Finding, Severity};
use crate::run::{Outcome, Report, SetSummary, Status};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

/// Cell background of a passed outcome.
pub const COLOUR_PASSED: &str = "#c8f0d2";
/// Cell background of a passed outcome with warnings.
pub const COLOUR_WARNED: &str = "#ffe680";
/// Cell background of a failed outcome.
pub const COLOUR_FAILED: &str = "#f5a3a3";
/// The two stripes of a cell that was not checked.
pub const COLOUR_NOT_CHECKED: [&str; 2] = ["#ffc078", "#d0d0d0"];

/// The text label of a status, shown in cells alongside the colour.
pub fn status_mark(status: Status) -> &'static str {
    match status {
        Status::Passed => "✓",
        Status::Warned => "!",
        Status::Failed => "✗",
        Status::NotChecked => "?",
    }
}

/// How a status reads to a person.
fn status_words(status: Status) -> &'static str {
    match status {
        Status::Passed => "passed",
        Status::Warned => "passed with warnings",
        Status::Failed => "failed",
        Status::NotChecked => "not checked",
    }
}

/// The top-level report keys the page shows in place; others are shown
/// generically under "Other report data".
const KNOWN_REPORT_KEYS: &[&str] = &[
    "tool", "version", "seed", "checks", "sets", "outcomes", "findings", "gate",
];
const KNOWN_SET_KEYS: &[&str] = &[
    "file",
    "target",
    "shape",
    "groups",
    "holes",
    "checked",
    "errors",
    "warnings",
    "incomplete",
    "stats",
];
const KNOWN_OUTCOME_KEYS: &[&str] = &[
    "file", "target", "shape", "stencil", "check", "status", "errors", "warnings",
];

/// The head of a drill-down's table of checks.
const CHECKS_HEAD: &str = "<table class=\"checks\"><thead><tr><th scope=\"col\">check</th><th scope=\"col\">status</th><th scope=\"col\">errors</th><th scope=\"col\">warnings</th></tr></thead><tbody>\n";

/// What one stencil × set cell shows.
#[derive(Default)]
struct Cell<'a> {
    outcomes: Vec<&'a Outcome>,
    /// Set-level cases with their findings that name this stencil.
    loose: Vec<(&'a SetCase<'a>, Status, Vec<&'a Finding>)>,
}

impl Cell<'_> {
    /// The worst over its checks.
    fn status(&self) -> Status {
        worst(
            self.outcomes
                .iter()
                .map(|o| o.status)
                .chain(self.loose.iter().map(|(_, status, _)| *status)),
        )
    }
}

/// One matrix column: a set file (or a file findings point at that is not
/// one of the sets).
struct Column<'a> {
    file: &'a str,
    target: Option<String>,
    shape: Option<&'static str>,
    set: Option<&'a SetSummary>,
    /// Tells apart columns of the same target and shape (their files'
    /// directories, or the files).
    place: Option<String>,
}

impl Column<'_> {
    fn target_label(&self) -> &str {
        self.target.as_deref().unwrap_or("unknown target")
    }

    fn shape_label(&self) -> &str {
        self.shape.unwrap_or("?")
    }

    fn label(&self) -> String {
        format!("{} {}", self.target_label(), self.shape_label())
    }
}

/// The report as one HTML page (UTF-8, with a trailing newline).
pub fn render_html(report: &Report) -> String {
    let index = CaseIndex::new(report);
    let columns = columns(report, &index);
    // What each (file, stencil) cell shows: the stencil's outcomes, and
    // set-level findings that name it (e.g. the parse errors of a group that
    // was dropped), so that such a stencil shows as not checked, not absent.
    let mut cells: BTreeMap<(&str, &str), Cell> = BTreeMap::new();
    for o in &report.outcomes {
        cells
            .entry((o.file.as_str(), o.stencil.as_str()))
            .or_default()
            .outcomes
            .push(o);
    }
    for col in &columns {
        for case in index.set_cases(col.file) {
            let mut named: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
            for f in &case.findings {
                if let Some(stencil) = f.stencil.as_deref() {
                    named.entry(stencil).or_default().push(f);
                }
            }
            let incomplete = col.set.is_none_or(|s| s.incomplete);
            for (stencil, findings) in named {
                let status = findings_status(&case.check, &findings, incomplete);
                cells
                    .entry((col.file, stencil))
                    .or_default()
                    .loose
                    .push((case, status, findings));
            }
        }
    }
    let stencils: BTreeSet<&str> = cells.keys().map(|k| k.1).collect();

    // Test cases, counted as the JUnit report counts them.
    let mut counts: BTreeMap<u8, (Status, usize)> = BTreeMap::new();
    for status in [
        Status::Passed,
        Status::Warned,
        Status::Failed,
        Status::NotChecked,
    ] {
        counts.insert(status_rank(status), (status, 0));
    }
    let all_set_cases = columns.iter().flat_map(|c| index.set_cases(c.file));
    for status in report
        .outcomes
        .iter()
        .map(|o| o.status)
        .chain(all_set_cases.map(|c| c.status))
    {
        counts.entry(status_rank(status)).or_insert((status, 0)).1 += 1;
    }
    let count = |s: Status| counts.get(&status_rank(s)).map_or(0, |c| c.1);
    let cases: usize = counts.values().map(|c| c.1).sum();
    let verdict = if count(Status::NotChecked) > 0 || report.incomplete() {
        (Status::NotChecked, "NOT FULLY CHECKED")
    } else if count(Status::Failed) > 0 || report.errors() > 0 {
        (Status::Failed, "FAILED")
    } else if report.warnings() > 0 {
        (Status::Warned, "PASSED WITH WARNINGS")
    } else {
        (Status::Passed, "PASSED")
    };

    let mut out = String::with_capacity(64 * 1024);
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ = writeln!(
        out,
        "<title>{} report: {}, {} error{}, {} warning{}</title>",
        h(report.tool),
        verdict.1,
        report.errors(),
        plural(report.errors()),
        report.warnings(),
        plural(report.warnings()),
    );
    out.push_str("<style>\n");
    out.push_str(&css());
    out.push_str("</style>\n</head>\n<body>\n");

    // Header: verdict and totals.
    out.push_str("<header>\n");
    let _ = writeln!(out, "<h1>{} report</h1>", h(report.tool));
    let _ = writeln!(
        out,
        "<p class=\"verdict st-{}\" id=\"verdict\"><span class=\"mark\" aria-hidden=\"true\">{}</span> {}</p>",
        status_name(verdict.0),
        status_mark(verdict.0),
        verdict.1
    );
    out.push_str("<dl class=\"totals\">\n");
    let checks: Vec<&str> = report.checks.iter().map(|c| c.name()).collect();
    let case_summary = format!(
        "{cases} ({} passed, {} warned, {} failed, {} not checked)",
        count(Status::Passed),
        count(Status::Warned),
        count(Status::Failed),
        count(Status::NotChecked)
    );
    for (id, term, value) in [
        ("sets", "sets", report.sets.len().to_string()),
        ("stencils", "stencils", stencils.len().to_string()),
        ("cases", "test cases", case_summary),
        ("errors", "errors", report.errors().to_string()),
        ("warnings", "warnings", report.warnings().to_string()),
        ("checks", "checks", checks.join(", ")),
        ("seed", "seed", format!("{:#x}", report.seed)),
        (
            "tool",
            "tool",
            format!("{} {}", report.tool, report.version),
        ),
    ] {
        let _ = writeln!(
            out,
            "<div id=\"total-{id}\"><dt>{}:</dt><dd>{}</dd></div>",
            h(term),
            h(&value)
        );
    }
    out.push_str("</dl>\n<ul class=\"legend\" aria-label=\"legend\">\n");
    for status in [
        Status::Failed,
        Status::NotChecked,
        Status::Warned,
        Status::Passed,
    ] {
        let _ = writeln!(
            out,
            "<li><span class=\"swatch st-{}\" aria-hidden=\"true\">{}</span> {}</li>",
            status_name(status),
            status_mark(status),
            status_words(status)
        );
    }
    out.push_str(
        "<li><span class=\"swatch st-absent\" aria-hidden=\"true\"></span> not in the set</li>\n",
    );
    out.push_str("</ul>\n</header>\n<main>\n");

    // The matrix.
    out.push_str("<section id=\"matrix-section\">\n<h2>Stencils × sets</h2>\n");
    out.push_str("<p class=\"hint\">Rows are stencils, columns stencil sets (target and header shape). Each cell shows the worst outcome over the checks; open it for its findings. The <code>(set)</code> row holds what belongs to no single stencil.</p>\n");
    out.push_str("<p class=\"controls\" id=\"controls\" hidden><label><input type=\"checkbox\" id=\"only-problems\"> Show only rows with problems</label></p>\n");
    out.push_str("<table class=\"matrix\" id=\"matrix\">\n<caption>Outcome per stencil and set</caption>\n<thead>\n<tr>");
    out.push_str("<th scope=\"col\" rowspan=\"2\" class=\"corner\">stencil</th>");
    let mut i = 0;
    while i < columns.len() {
        let target = columns[i].target_label();
        let span = columns[i..]
            .iter()
            .take_while(|c| c.target_label() == target)
            .count();
        let _ = write!(
            out,
            "<th scope=\"colgroup\" colspan=\"{span}\" class=\"target\">{}</th>",
            h(target)
        );
        i += span;
    }
    out.push_str("</tr>\n<tr>");
    for (j, col) in columns.iter().enumerate() {
        let status = column_status(col, &index, report);
        let _ = write!(
            out,
            "<th scope=\"col\" class=\"shape col-{}\" id=\"col-{j}\" data-file=\"{}\" title=\"{}\">{}{}</th>",
            status_name(status),
            h(col.file),
            h(&format!("{}\n{}", col.label(), col.file)),
            h(col.shape_label()),
            match &col.place {
                Some(place) => format!("<br><span class=\"place\">{}</span>", h(place)),
                None => String::new(),
            }
        );
    }
    out.push_str("</tr>\n</thead>\n<tbody>\n");

    // The (set) row.
    let set_problem = columns
        .iter()
        .any(|c| worst(index.set_cases(c.file).iter().map(|s| s.status)) != Status::Passed);
    row_open(&mut out, SET_CASE, set_problem, 0);
    for (j, col) in columns.iter().enumerate() {
        let set_cases = index.set_cases(col.file);
        let status = worst(set_cases.iter().map(|c| c.status));
        let mut body = String::new();
        drill_title(&mut body, SET_CASE, col, status);
        if set_cases.is_empty() {
            body.push_str("<p class=\"none\">Loaded; every selected check ran; nothing reported at set level.</p>\n");
        } else {
            body.push_str(CHECKS_HEAD);
            for case in set_cases {
                check_row(
                    &mut body,
                    &case.check,
                    case.status,
                    case.errors(),
                    case.warnings(),
                );
                if let Some(note) = &case.note {
                    let _ = writeln!(
                        body,
                        "<tr class=\"note\"><td colspan=\"4\">{}</td></tr>",
                        h(note)
                    );
                }
            }
            body.push_str("</tbody></table>\n");
            let findings: Vec<&Finding> = set_cases
                .iter()
                .flat_map(|c: &SetCase| c.findings.iter().copied())
                .collect();
            findings_list(&mut body, &findings);
        }
        cell(&mut out, 0, j, SET_CASE, col, Some(status), &body);
    }
    out.push_str("</tr>\n");

    // One row per stencil.
    for (r, stencil) in stencils.iter().enumerate() {
        let row = r + 1;
        let statuses: Vec<Option<Status>> = columns
            .iter()
            .map(|c| cells.get(&(c.file, *stencil)).map(Cell::status))
            .collect();
        let problem = statuses
            .iter()
            .any(|s| s.is_some_and(|s| s != Status::Passed));
        row_open(&mut out, stencil, problem, row);
        for (j, col) in columns.iter().enumerate() {
            let (Some(data), Some(status)) = (cells.get(&(col.file, *stencil)), statuses[j]) else {
                cell(&mut out, row, j, stencil, col, None, "");
                continue;
            };
            let mut body = String::new();
            drill_title(&mut body, stencil, col, status);
            let clean = data.loose.is_empty()
                && data.outcomes.iter().all(|o| {
                    o.status == Status::Passed
                        && index.findings_of(o).is_empty()
                        && extras(*o, KNOWN_OUTCOME_KEYS).is_empty()
                });
            if clean {
                // Most cells: say which checks passed, in one line.
                let checks: Vec<String> = data
                    .outcomes
                    .iter()
                    .map(|o| format!("<code>{}</code> ✓ passed", h(o.check.name())))
                    .collect();
                let _ = writeln!(
                    body,
                    "<p class=\"none\">{}; no findings.</p>",
                    checks.join(", ")
                );
                cell(&mut out, row, j, stencil, col, Some(status), &body);
                continue;
            }
            body.push_str(CHECKS_HEAD);
            let mut findings = Vec::new();
            for o in &data.outcomes {
                check_row(&mut body, o.check.name(), o.status, o.errors, o.warnings);
                for (key, value) in extras(*o, KNOWN_OUTCOME_KEYS) {
                    let _ = writeln!(
                        body,
                        "<tr class=\"note\"><td colspan=\"4\"><span class=\"key\">{}</span> {}</td></tr>",
                        h(&key),
                        value_html(&key, &value)
                    );
                }
                findings.extend(index.findings_of(o).iter().copied());
            }
            for (case, status, named) in &data.loose {
                let errors = named
                    .iter()
                    .filter(|f| f.severity == Severity::Error)
                    .count();
                check_row(
                    &mut body,
                    &case.check,
                    *status,
                    errors,
                    named.len() - errors,
                );
                let _ = writeln!(
                    body,
                    "<tr class=\"note\"><td colspan=\"4\">reported at set level (the <code>{SET_CASE}</code> row)</td></tr>"
                );
                findings.extend(named.iter().copied());
            }
            body.push_str("</tbody></table>\n");
            if findings.is_empty() {
                body.push_str("<p class=\"none\">No findings.</p>\n");
            } else {
                findings_list(&mut body, &findings);
            }
            cell(&mut out, row, j, stencil, col, Some(status), &body);
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n</section>\n");

    // Per-set summary.
    out.push_str("<section id=\"sets\">\n<h2>Sets</h2>\n<table class=\"sets\">\n<thead><tr>");
    let set_extras: Vec<Vec<(String, Value)>> = report
        .sets
        .iter()
        .map(|s| extras(s, KNOWN_SET_KEYS))
        .collect();
    let any_set_extras = set_extras.iter().any(|e| !e.is_empty());
    for head in [
        "file", "target", "shape", "groups", "holes", "checked", "errors", "warnings", "state",
        "counters",
    ] {
        let _ = write!(out, "<th scope=\"col\">{head}</th>");
    }
    if any_set_extras {
        out.push_str("<th scope=\"col\">more</th>");
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for (set, more) in report.sets.iter().zip(&set_extras) {
        let state = if set.incomplete {
            (Status::NotChecked, "not fully checked")
        } else if set.errors > 0 {
            (Status::Failed, "failed")
        } else if set.warnings > 0 {
            (Status::Warned, "warnings")
        } else {
            (Status::Passed, "checked")
        };
        let checked: Vec<&str> = set.checked.iter().map(|c| c.name()).collect();
        let stats: Vec<String> = set.stats.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let _ = write!(
            out,
            "<tr><th scope=\"row\"><code>{}</code></th><td>{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"st-{}\"><span aria-hidden=\"true\">{}</span> {}</td><td><code>{}</code></td>",
            h(&set.file),
            h(set.target.map(|t| t.triple()).unwrap_or("unknown")),
            h(set.shape.map(|s| s.name()).unwrap_or("unparsed")),
            set.groups,
            set.holes,
            h(&checked.join(", ")),
            set.errors,
            set.warnings,
            status_name(state.0),
            status_mark(state.0),
            state.1,
            h(&stats.join(" ")),
        );
        if any_set_extras {
            out.push_str("<td>");
            for (key, value) in more {
                let _ = write!(
                    out,
                    "<div><span class=\"key\">{}</span> {}</div>",
                    h(key),
                    value_html(key, value)
                );
            }
            out.push_str("</td>");
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n</section>\n");

    // Every finding, flat, for reading top to bottom and for find-in-page.
    let _ = writeln!(
        out,
        "<section id=\"findings\">\n<h2>Findings</h2>\n<details class=\"all\">\n<summary>All {} finding{} ({} error{}, {} warning{})</summary>",
        report.findings.len(),
        plural(report.findings.len()),
        report.errors(),
        plural(report.errors()),
        report.warnings(),
        plural(report.warnings()),
    );
    if report.findings.is_empty() {
        out.push_str("<p class=\"none\">No findings.</p>\n");
    } else {
        let all: Vec<&Finding> = report.findings.iter().collect();
        findings_list(&mut out, &all);
    }
    out.push_str("</details>\n</section>\n");

    if let Some(gate) = &report.gate {
        out.push_str(&super::gate::render_html(gate));
    }

    // Report fields this page does not know yet.
    let other = extras(report, KNOWN_REPORT_KEYS);
    if !other.is_empty() {
        out.push_str("<section id=\"other\">\n<h2>Other report data</h2>\n<dl class=\"fields\">\n");
        for (key, value) in &other {
            let _ = writeln!(
                out,
                "<dt>{}</dt><dd>{}</dd>",
                h(key),
                value_html(key, value)
            );
        }
        out.push_str("</dl>\n</section>\n");
    }

    out.push_str("</main>\n<footer>\n");
    let _ = writeln!(
        out,
        "<p>{} {} · seed <code>{:#x}</code> · checks: {}</p>",
        h(report.tool),
        h(report.version),
        report.seed,
        h(&checks.join(", "))
    );
    out.push_str("</footer>\n<script>\n");
    out.push_str(SCRIPT);
    out.push_str("</script>\n</body>\n</html>\n");
    out
}

/// Columns ordered by target, shape and file, so that a target's shapes sit
/// side by side under one heading; unknown targets and shapes last.
fn columns<'a>(report: &'a Report, index: &CaseIndex<'a>) -> Vec<Column<'a>> {
    let mut columns: Vec<Column> = report
        .sets
        .iter()
        .map(|s| Column {
            file: s.file.as_str(),
            target: s.target.map(|t| t.triple().to_owned()),
            shape: s.shape.map(|s| s.name()),
            set: Some(s),
            place: None,
        })
        .collect();
    for file in index.stray_files(report) {
        let target = index
            .set_cases(file)
            .iter()
            .flat_map(|c| &c.findings)
            .find_map(|f| f.target.clone());
        columns.push(Column {
            file,
            target,
            shape: None,
            set: None,
            place: None,
        });
    }
    columns.sort_by(|a, b| {
        (
            a.target.is_none(),
            &a.target,
            a.shape.is_none(),
            a.shape,
            a.file,
        )
            .cmp(&(
                b.target.is_none(),
                &b.target,
                b.shape.is_none(),
                b.shape,
                b.file,
            ))
    });
    let mut same: BTreeMap<(Option<&str>, Option<&str>), Vec<usize>> = BTreeMap::new();
    for (j, c) in columns.iter().enumerate() {
        same.entry((c.target.as_deref(), c.shape))
            .or_default()
            .push(j);
    }
    let mut places = Vec::new();
    for group in same.values().filter(|g| g.len() > 1) {
        let dir = |j: usize| {
            std::path::Path::new(columns[j].file)
                .parent()
                .and_then(|p| p.file_name())
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        };
        let dirs: BTreeSet<String> = group.iter().map(|&j| dir(j)).collect();
        for &j in group {
            let place = if dirs.len() == group.len() {
                dir(j)
            } else {
                columns[j].file.to_owned()
            };
            places.push((j, place));
        }
    }
    for (j, place) in places {
        columns[j].place = Some(place);
    }
    columns
}

/// A column's overall state, for the colour of its heading.
fn column_status(col: &Column, index: &CaseIndex, report: &Report) -> Status {
    let outcomes = report
        .outcomes
        .iter()
        .filter(|o| o.file == col.file)
        .map(|o| o.status);
    let set_cases = index.set_cases(col.file).iter().map(|c| c.status);
    let incomplete = col.set.is_none_or(|s| s.incomplete);
    let status = worst(outcomes.chain(set_cases));
    if incomplete && status != Status::Failed {
        Status::NotChecked
    } else {
        status
    }
}

/// The worst of some statuses (`Passed` if there are none).
fn worst(statuses: impl Iterator<Item = Status>) -> Status {
    statuses
        .max_by_key(|s| status_rank(*s))
        .unwrap_or(Status::Passed)
}

fn row_open(out: &mut String, name: &str, problem: bool, row: usize) {
    let _ = write!(
        out,
        "<tr id=\"row-{row}\" class=\"{}\"><th scope=\"row\"><code>{}</code></th>",
        if problem { "problem" } else { "clean" },
        h(name)
    );
}

#[allow(clippy::too_many_arguments)]
fn cell(
    out: &mut String,
    row: usize,
    col_index: usize,
    stencil: &str,
    col: &Column,
    status: Option<Status>,
    body: &str,
) {
    let id = format!("cell-{row}-{col_index}");
    let Some(status) = status else {
        let _ = write!(
            out,
            "<td class=\"cell st-absent\" id=\"{id}\" data-stencil=\"{}\" data-file=\"{}\" data-status=\"absent\" title=\"{}\"><span class=\"vh\">absent</span></td>",
            h(stencil),
            h(col.file),
            h(&format!("{stencil} is not in {}", col.label())),
        );
        return;
    };
    let describe = format!("{stencil} on {}: {}", col.label(), status_words(status));
    let _ = write!(
        out,
        "<td class=\"cell st-{}\" id=\"{id}\" data-stencil=\"{}\" data-file=\"{}\" data-status=\"{}\"><details><summary title=\"{}\" aria-label=\"{}\"><span class=\"mark\" aria-hidden=\"true\">{}</span><span class=\"vh\">{}</span></summary><div class=\"drill\">\n{}</div></details></td>",
        status_name(status),
        h(stencil),
        h(col.file),
        status_name(status),
        h(&describe),
        h(&describe),
        status_mark(status),
        status_words(status),
        body
    );
}

fn drill_title(out: &mut String, stencil: &str, col: &Column, status: Status) {
    let _ = writeln!(
        out,
        "<p class=\"drill-title\"><code>{}</code> on <strong>{}</strong> <span class=\"badge st-{}\"><span aria-hidden=\"true\">{}</span> {}</span></p>\n<p class=\"file\"><code>{}</code></p>",
        h(stencil),
        h(&col.label()),
        status_name(status),
        status_mark(status),
        status_words(status),
        h(col.file)
    );
}

fn check_row(out: &mut String, check: &str, status: Status, errors: usize, warnings: usize) {
    let _ = writeln!(
        out,
        "<tr><td><code>{}</code></td><td class=\"st-{}\"><span aria-hidden=\"true\">{}</span> {}</td><td class=\"num\">{errors}</td><td class=\"num\">{warnings}</td></tr>",
        h(check),
        status_name(status),
        status_mark(status),
        status_words(status)
    );
}

fn findings_list(out: &mut String, findings: &[&Finding]) {
    out.push_str("<ol class=\"findings\">\n");
    for f in findings {
        finding_html(out, f);
    }
    out.push_str("</ol>\n");
}

/// One finding: what, where, which hole, the bytes and the disassembly, and
/// whatever else it carries.
fn finding_html(out: &mut String, f: &Finding) {
    let severity = match f.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let _ = writeln!(
        out,
        "<li class=\"finding sev-{severity}\"><p class=\"fhead\"><span class=\"sev\">{severity}</span> <code class=\"kind\">{}</code> <span class=\"by\">check {}</span></p>\n<p class=\"msg\">{}</p>\n<dl class=\"fields\">",
        h(&f.kind.name()),
        h(f.check),
        h(&f.message)
    );
    let mut field = |name: &str, html: String| {
        let _ = writeln!(out, "<dt>{}</dt><dd>{html}</dd>", h(name));
    };
    field("at", format!("<code>{}</code>", h(&f.span.to_string())));
    if let Some(t) = &f.target {
        field("target", h(t));
    }
    if let Some(s) = &f.stencil {
        field("stencil", format!("<code>{}</code>", h(s)));
    }
    if let Some(hole) = &f.hole {
        field(
            "hole",
            format!(
                "<code>{}+{:#x} {}({})</code>",
                h(hole.part.name()),
                hole.offset,
                h(&hole.kind),
                h(&hole.value)
            ),
        );
    }
    if let Some(b) = &f.bytes {
        field("bytes", format!("<code>{}</code>", h(b)));
    }
    if let Some(c) = &f.context {
        field("disassembly", format!("<pre>{}</pre>", h(c)));
    }
    for (key, value) in extra_fields(f) {
        let html = value_html(&key, &value);
        field(&key, html);
    }
    out.push_str("</dl></li>\n");
}

/// The serialised fields of `value` not among `known`, in key order.
fn extras<T: serde::Serialize>(value: &T, known: &[&str]) -> Vec<(String, Value)> {
    match serde_json::to_value(value) {
        Ok(Value::Object(map)) => map
            .into_iter()
            .filter(|(k, v)| !known.contains(&k.as_str()) && !v.is_null())
            .collect(),
        _ => Vec::new(),
    }
}

/// Any JSON value, readably: text as text (multi-line text preformatted, a
/// diff with its added and removed lines marked), the rest as JSON.
fn value_html(key: &str, value: &Value) -> String {
    match value {
        Value::String(s) if s.contains('\n') => {
            let diff = key.contains("diff");
            let mut html = String::from(if diff {
                "<pre class=\"diff\">"
            } else {
                "<pre>"
            });
            for line in s.lines() {
                let class = match line.as_bytes().first() {
                    _ if !diff => None,
                    Some(b'+') if !line.starts_with("+++") => Some("add"),
                    Some(b'-') if !line.starts_with("---") => Some("del"),
                    Some(b'@') => Some("hunk"),
                    _ => None,
                };
                match class {
                    Some(class) => {
                        let _ = writeln!(html, "<span class=\"{class}\">{}</span>", h(line));
                    }
                    None => {
                        let _ = writeln!(html, "{}", h(line));
                    }
                }
            }
            html.push_str("</pre>");
            html
        }
        Value::String(s) => format!("<code>{}</code>", h(s)),
        Value::Number(n) => h(&n.to_string()),
        Value::Bool(b) => b.to_string(),
        Value::Null => "—".to_owned(),
        other => format!(
            "<pre>{}</pre>",
            h(&serde_json::to_string_pretty(other).unwrap_or_default())
        ),
    }
}

fn h(s: &str) -> String {
    escape_markup(s, false)
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn css() -> String {
    let [nc1, nc2] = COLOUR_NOT_CHECKED;
    format!(
        r#":root {{ color-scheme: light; --passed: {COLOUR_PASSED}; --warned: {COLOUR_WARNED}; --failed: {COLOUR_FAILED};
  --nc1: {nc1}; --nc2: {nc2}; --line: #b8b8b8; --ink: #1a1a1a; --muted: #555; }}
* {{ box-sizing: border-box; }}
body {{ margin: 0 1.5rem 2rem; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: var(--ink); background: #fff; }}
h1 {{ font-size: 1.5rem; margin: 1rem 0 .3rem; }}
h2 {{ font-size: 1.15rem; margin: 1.6rem 0 .4rem; }}
code, pre {{ font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .92em; }}
pre {{ margin: .2rem 0; padding: .35rem .5rem; background: #f4f4f4; border: 1px solid #ddd; white-space: pre-wrap; overflow-wrap: anywhere; }}
.vh {{ position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }}
.verdict {{ display: inline-block; margin: .2rem 0 .6rem; padding: .3rem .8rem; font-weight: 700; font-size: 1.1rem; border: 2px solid #333; border-radius: 4px; }}
.totals {{ display: flex; flex-wrap: wrap; gap: .4rem 1.6rem; margin: .2rem 0 .6rem; }}
.totals div {{ display: flex; gap: .4rem; }}
.totals dt {{ color: var(--muted); }}
.totals dd {{ margin: 0; font-weight: 600; }}
.legend {{ display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; list-style: none; padding: 0; margin: .2rem 0; }}
.swatch {{ display: inline-block; min-width: 1.7em; min-height: 1.5em; vertical-align: middle; text-align: center; border: 1px solid var(--line); font-weight: 700; }}
.st-passed {{ background: var(--passed); color: #0b4020; }}
.st-warned {{ background: var(--warned); color: #4d3800; }}
.st-failed {{ background: var(--failed); color: #6b0000; }}
.st-not-checked {{ background: repeating-linear-gradient(135deg, var(--nc1) 0 5px, var(--nc2) 5px 10px); color: #3d2200; }}
.st-absent {{ background: #fff; }}
.hint {{ color: var(--muted); margin: .2rem 0 .5rem; }}
table {{ border-collapse: collapse; }}
table.matrix {{ margin-bottom: 1rem; }}
table.matrix caption {{ text-align: left; color: var(--muted); font-size: .9em; padding-bottom: .2rem; }}
table.matrix th, table.matrix td.cell {{ border: 1px solid var(--line); }}
table.matrix thead {{ position: sticky; top: 0; z-index: 2; }}
table.matrix thead th {{ background: #eef1f5; font-weight: 600; padding: .2rem .35rem; }}
table.matrix th.target {{ font-size: .8em; max-width: 9em; overflow-wrap: anywhere; line-height: 1.2; }}
table.matrix th.shape {{ font-size: .85em; }}
table.matrix th.shape .place {{ font-weight: 400; color: var(--muted); font-size: .85em; overflow-wrap: anywhere; }}
table.matrix th.shape.col-failed {{ box-shadow: inset 0 -4px 0 var(--failed); }}
table.matrix th.shape.col-not-checked {{ box-shadow: inset 0 -4px 0 var(--nc1); }}
table.matrix th.shape.col-warned {{ box-shadow: inset 0 -4px 0 var(--warned); }}
table.matrix tbody th {{ background: #fafafa; text-align: left; font-weight: 400; padding: .1rem .5rem; white-space: nowrap; }}
table.matrix.only-problems tbody tr.clean {{ display: none; }}
td.cell {{ position: relative; min-width: 2.6em; height: 1.9em; padding: 0; text-align: center; }}
td.cell summary {{ list-style: none; cursor: pointer; padding: .2rem .3rem; font-weight: 700; }}
td.cell summary::-webkit-details-marker {{ display: none; }}
td.cell summary:focus-visible {{ outline: 3px solid #1f5fbf; outline-offset: -3px; }}
td.cell details[open] > summary {{ outline: 3px solid #1f2937; outline-offset: -3px; }}
td.cell .drill {{ position: absolute; top: 100%; left: 0; z-index: 30; width: 46em; max-width: calc(100vw - 3rem); padding: .6rem .8rem; text-align: left; font-weight: 400; color: var(--ink); background: #fff; border: 1px solid #555; box-shadow: 0 4px 16px rgba(0,0,0,.25); }}
.drill-title {{ margin: 0 0 .2rem; }}
.drill .file {{ margin: 0 0 .4rem; color: var(--muted); overflow-wrap: anywhere; }}
.badge {{ padding: 0 .4rem; border: 1px solid var(--line); font-weight: 600; }}
table.checks {{ margin: .3rem 0; }}
table.checks th, table.checks td {{ border: 1px solid #ccc; padding: .1rem .5rem; text-align: left; }}
table.checks tr.note td {{ color: var(--muted); }}
td.num {{ text-align: right; }}
.none {{ color: var(--muted); margin: .3rem 0; }}
ol.findings {{ margin: .3rem 0; padding-left: 1.6rem; }}
.finding {{ margin: .5rem 0; padding: .3rem .5rem; border-left: 4px solid var(--failed); background: #fffafa; }}
.finding.sev-warning {{ border-left-color: #d9a400; background: #fffdf0; }}
.finding .fhead {{ margin: 0; }}
.finding .sev {{ font-weight: 700; text-transform: uppercase; font-size: .85em; }}
.finding .by {{ color: var(--muted); font-size: .9em; }}
.finding .msg {{ margin: .15rem 0 .3rem; font-weight: 600; }}
dl.fields {{ display: grid; grid-template-columns: max-content 1fr; gap: .1rem .8rem; margin: 0; }}
dl.fields dt {{ color: var(--muted); }}
dl.fields dd {{ margin: 0; overflow-wrap: anywhere; }}
.key {{ color: var(--muted); }}
pre.diff .add {{ background: #dcfce4; }}
pre.diff .del {{ background: #fde2e2; }}
pre.diff .hunk {{ color: #1f5fbf; }}
table.sets th, table.sets td {{ border: 1px solid var(--line); padding: .15rem .5rem; text-align: left; vertical-align: top; }}
table.sets thead th {{ background: #eef1f5; }}
table.sets tbody th {{ font-weight: 400; }}
details.all > summary {{ cursor: pointer; font-weight: 600; }}
footer {{ margin-top: 2rem; color: var(--muted); font-size: .9em; }}
"#
    )
}

/// Conveniences only: the page reads the same without them.
const SCRIPT: &str = r#"(function () {
  "use strict";
  var matrix = document.getElementById("matrix");
  var box = document.getElementById("only-problems");
  document.getElementById("controls").hidden = false;
  function filter() { matrix.classList.toggle("only-problems", box.checked); }
  box.addEventListener("change", filter);
  filter();
  function openCells() { return document.querySelectorAll("td.cell details[open]"); }
  // Keeps an open drill-down inside the window, moving it left if need be.
  function place(d) {
    var drill = d.querySelector(".drill");
    if (!drill) return;
    drill.style.left = "0px";
    var r = drill.getBoundingClientRect();
    var room = document.documentElement.clientWidth - 8;
    if (r.right > room) drill.style.left = Math.max(room - r.right, 8 - r.left) + "px";
  }
  // One drill-down open at a time, so that they do not pile up.
  document.addEventListener("toggle", function (e) {
    var d = e.target;
    if (!d.open || !d.closest || !d.closest("td.cell")) return;
    openCells().forEach(function (o) { if (o !== d) o.open = false; });
    place(d);
  }, true);
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") openCells().forEach(function (o) { o.open = false; });
  });
  // #cell-R-C opens that cell, so a cell can be linked to.
  function openHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    if (!el) return;
    var d = el.querySelector("details");
    if (d) d.open = true;
  }
  window.addEventListener("hashchange", openHash);
  openHash();
})();
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_html_value_html_marks_diffs_and_escapes() {
        let diff = Value::String("@@ -1 +1 @@\n-mov <a>\n+mov &b\n ctx".into());
        assert_eq!(
            value_html("trace_diff", &diff),
            "<pre class=\"diff\"><span class=\"hunk\">@@ -1 +1 @@</span>\n\
             <span class=\"del\">-mov &lt;a&gt;</span>\n\
             <span class=\"add\">+mov &amp;b</span>\n ctx\n</pre>"
        );
        assert_eq!(
            value_html("note", &Value::String("<x>".into())),
            "<code>&lt;x&gt;</code>"
        );
        assert_eq!(
            value_html("coverage", &serde_json::json!({"a<": 1})),
            "<pre>{\n  &quot;a&lt;&quot;: 1\n}</pre>"
        );
    }

    #[test]
    fn report_html_extras_are_the_unknown_fields() {
        let value = serde_json::json!({"file": "f", "diff": "d", "nothing": null});
        let extra = extras(&value, KNOWN_OUTCOME_KEYS);
        assert_eq!(extra, [("diff".to_owned(), Value::String("d".into()))]);
    }
}
