//! Rendering: pure functions from a `Report` to text a person scans, JSON a
//! CI reads, JUnit XML a CI shows as test cases (`junit`) and one
//! self-contained HTML page (`html`). Nothing here decides anything.
//!
//! Every renderer shows every finding: a finding that belongs to no
//! (set, stencil, check) outcome is shown at set level, under the name
//! `(set)` (see `CaseIndex`). Fields added to `Finding` or `Report` later are
//! shown generically (`extra_fields`) until a renderer learns to show them
//! better.

pub mod gate;
pub mod html;
pub mod junit;

pub use html::render_html;
pub use junit::render_junit;

use crate::finding::{Finding, Severity};
use crate::run::{CheckName, Outcome, Report, SetSummary, Status};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

/// The JSON report (schema: `reports/schema.json`). Stable key order, no
/// timestamps, so equal runs give equal bytes.
pub fn render_json(report: &Report) -> String {
    let mut s = serde_json::to_string_pretty(report).unwrap_or_else(|e| {
        // Serialising plain data with string keys cannot fail; keep a
        // well-formed document if it ever does.
        format!("{{\"error\": {:?}}}", e.to_string())
    });
    s.push('\n');
    s
}

/// The human report: one line per target, then one block per finding, then
/// the totals.
pub fn render_text(report: &Report) -> String {
    let mut out = String::new();
    // One summary line per target, aggregating its sets (shapes).
    let mut per_target: BTreeMap<String, (usize, usize, usize, usize, usize, bool, Vec<String>)> =
        BTreeMap::new();
    for set in &report.sets {
        let key = set
            .target
            .map(|t| t.triple().to_owned())
            .unwrap_or_else(|| "(unknown target)".to_owned());
        let e = per_target.entry(key).or_default();
        e.0 += 1;
        e.1 += set.groups;
        e.2 += set.holes;
        e.3 += set.errors;
        e.4 += set.warnings;
        e.5 |= set.incomplete;
        if let Some(shape) = set.shape {
            e.6.push(shape.name().to_owned());
        }
    }
    let width = per_target.keys().map(String::len).max().unwrap_or(0);
    for (target, (sets, groups, holes, errors, warnings, incomplete, shapes)) in &per_target {
        let verdict = if *incomplete {
            "NOT FULLY CHECKED"
        } else if *errors > 0 {
            "FAILED"
        } else {
            "ok"
        };
        let _ = writeln!(
            out,
            "{target:<width$}  {sets} set{} ({})  {groups} groups  {holes} holes  {errors} errors  {warnings} warnings  {verdict}",
            if *sets == 1 { "" } else { "s" },
            shapes.join(", "),
        );
    }
    // Sandbox coverage per target: how often each exit was reached, how many
    // distinct external functions were called, and which stencils only ever
    // took one exit (paths the trials never covered).
    let mut coverage: BTreeMap<
        String,
        (
            BTreeMap<String, u64>,
            std::collections::BTreeSet<String>,
            usize,
            usize,
        ),
    > = BTreeMap::new();
    for set in &report.sets {
        let Some(target) = set.target else { continue };
        let e = coverage.entry(target.triple().to_owned()).or_default();
        for cov in set.coverage.values() {
            for (exit, n) in &cov.exits {
                *e.0.entry(exit.clone()).or_default() += n;
            }
            e.1.extend(cov.calls.keys().cloned());
            e.2 += 1;
            if !cov.unreached.is_empty() {
                e.3 += 1;
            }
        }
    }
    for (target, (exits, calls, stencils, partial)) in coverage.iter().filter(|c| c.1 .2 > 0) {
        let exits: Vec<String> = exits.iter().map(|(k, v)| format!("{k} {v}")).collect();
        let _ = writeln!(
            out,
            "{target:<width$}  coverage: exits {}; {} external functions called; {partial} of {stencils} stencils have an exit no trial reached",
            exits.join(", "),
            calls.len(),
        );
    }
    // The oracle per target: holes checked, samples run, failures.
    let mut oracle: BTreeMap<String, (u64, u64, u64)> = BTreeMap::new();
    for set in &report.sets {
        let (Some(target), Some(holes)) = (set.target, set.stats.get("oracle.holes")) else {
            continue;
        };
        let e = oracle.entry(target.triple().to_owned()).or_default();
        e.0 += holes;
        e.1 += set.stats.get("oracle.samples").copied().unwrap_or(0);
        e.2 += set.stats.get("oracle.failures").copied().unwrap_or(0);
    }
    for (target, (holes, samples, failures)) in &oracle {
        let _ = writeln!(
            out,
            "{target:<width$}  oracle: {holes} holes checked, {samples} samples run, {failures} failures"
        );
    }
    let stats = aggregate_stats(report);
    if !stats.is_empty() {
        let line: Vec<String> = stats.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let _ = writeln!(out, "checked: {}", line.join(" "));
    }
    for finding in &report.findings {
        out.push('\n');
        out.push_str(&render_finding(finding));
    }
    if !report.findings.is_empty() {
        out.push('\n');
    }
    if let Some(g) = &report.gate {
        out.push_str(&gate::render_text(g));
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "{} error{}, {} warning{} in {} set{} (seed {:#x}, checks: {})",
        report.errors(),
        plural(report.errors()),
        report.warnings(),
        plural(report.warnings()),
        report.sets.len(),
        plural(report.sets.len()),
        report.seed,
        report
            .checks
            .iter()
            .map(|c| c.name())
            .collect::<Vec<_>>()
            .join(",")
    );
    out
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn aggregate_stats(report: &Report) -> BTreeMap<&str, u64> {
    let mut total = BTreeMap::new();
    for set in &report.sets {
        for (k, v) in &set.stats {
            *total.entry(k.as_str()).or_insert(0) += v;
        }
    }
    total
}

/// One finding as a block in the style of compiler diagnostics.
pub fn render_finding(f: &Finding) -> String {
    let mut out = String::new();
    let severity = match f.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let _ = writeln!(out, "{severity}[{}]: {}", f.kind, f.message);
    let _ = writeln!(out, "  --> {}", f.span);
    let mut about = Vec::new();
    if let Some(t) = &f.target {
        about.push(format!("target {t}"));
    }
    if let Some(s) = &f.stencil {
        about.push(format!("stencil {s}"));
    }
    if let Some(h) = &f.hole {
        about.push(format!(
            "hole {}+{:#x} {}({})",
            h.part.name(),
            h.offset,
            h.kind,
            h.value
        ));
    }
    about.push(format!("check {}", f.check));
    let _ = writeln!(out, "   = {}", about.join(", "));
    if let Some(b) = &f.bytes {
        let _ = writeln!(out, "   = bytes: {b}");
    }
    if let Some(c) = &f.context {
        let _ = writeln!(out, "   = disassembly: {c}");
    }
    out
}

/// The `Finding` fields `render_finding` shows. A field added to `Finding`
/// and not listed here is appended by `render_finding_full` (and shown by the
/// HTML page) generically; list it here once `render_finding` shows it.
pub const RENDERED_FINDING_FIELDS: &[&str] = &[
    "severity", "kind", "check", "span", "target", "stencil", "hole", "message", "bytes", "context",
];

/// The fields of `f`, as serialised in the JSON report, that
/// `render_finding` does not show (e.g. a trace diff added by a later
/// check), in key order.
pub fn extra_fields(f: &Finding) -> Vec<(String, serde_json::Value)> {
    match serde_json::to_value(f) {
        Ok(serde_json::Value::Object(map)) => map
            .into_iter()
            .filter(|(k, v)| !RENDERED_FINDING_FIELDS.contains(&k.as_str()) && !v.is_null())
            .collect(),
        _ => Vec::new(),
    }
}

/// `render_finding`, followed by any fields it does not know
/// (`extra_fields`): multi-line strings (diffs, traces) indented below
/// `= key:`, other values as one line of JSON.
pub fn render_finding_full(f: &Finding) -> String {
    let mut out = render_finding(f);
    for (key, value) in extra_fields(f) {
        match value {
            serde_json::Value::String(s) if s.contains('\n') => {
                let _ = writeln!(out, "   = {key}:");
                for line in s.lines() {
                    let _ = writeln!(out, "     {line}");
                }
            }
            serde_json::Value::String(s) => {
                let _ = writeln!(out, "   = {key}: {s}");
            }
            other => {
                let _ = writeln!(out, "   = {key}: {other}");
            }
        }
    }
    out
}

/// The stable name of a status, as in the JSON report (`not-checked`).
pub fn status_name(status: Status) -> &'static str {
    match status {
        Status::Passed => "passed",
        Status::Warned => "warned",
        Status::Failed => "failed",
        Status::NotChecked => "not-checked",
    }
}

/// How bad a status is, for showing the worst of several: a definite
/// failure first, then anything not checked, then warnings.
pub fn status_rank(status: Status) -> u8 {
    match status {
        Status::Passed => 0,
        Status::Warned => 1,
        Status::NotChecked => 2,
        Status::Failed => 3,
    }
}

/// The name a set-level case (findings that belong to no stencil outcome)
/// goes by, in place of a stencil name.
pub const SET_CASE: &str = "(set)";

/// One (set, check) case for what is not about one stencil: set-level
/// findings (unreadable file, parse errors, a dropped group, `symbols_map`),
/// findings whose stencil has no outcome, and selected checks that did not
/// run on the set.
#[derive(Clone, Debug)]
pub struct SetCase<'a> {
    pub file: &'a str,
    /// The check's name (`load`, `parse`, `structure`, ...).
    pub check: String,
    pub status: Status,
    pub findings: Vec<&'a Finding>,
    /// Why the case exists when no finding says so (a check that did not
    /// run, a set marked incomplete without a finding to show for it).
    pub note: Option<String>,
}

impl SetCase<'_> {
    pub fn errors(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count()
    }

    pub fn warnings(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Warning)
            .count()
    }
}

/// The findings of a report filed under the cases a CI or a person sees:
/// each outcome's own findings, and set-level cases for everything else, so
/// that no finding is lost and nothing unchecked looks like a pass.
#[derive(Debug)]
pub struct CaseIndex<'a> {
    /// Findings by (file, stencil, check) of an outcome.
    by_outcome: BTreeMap<(&'a str, &'a str, &'a str), Vec<&'a Finding>>,
    /// Set-level cases by file, sorted by check.
    set_cases: BTreeMap<&'a str, Vec<SetCase<'a>>>,
}

impl<'a> CaseIndex<'a> {
    pub fn new(report: &'a Report) -> CaseIndex<'a> {
        let outcome_keys: BTreeSet<(&str, &str, &str)> = report
            .outcomes
            .iter()
            .map(|o| (o.file.as_str(), o.stencil.as_str(), o.check.name()))
            .collect();
        let mut by_outcome: BTreeMap<(&str, &str, &str), Vec<&Finding>> = BTreeMap::new();
        let mut loose: BTreeMap<(&str, &str), Vec<&Finding>> = BTreeMap::new();
        for f in &report.findings {
            let file: &str = &f.span.file;
            let key = f
                .stencil
                .as_deref()
                .map(|s| (file, s, f.check))
                .filter(|k| outcome_keys.contains(k));
            match key {
                Some(k) => by_outcome.entry(k).or_default().push(f),
                None => loose.entry((file, f.check)).or_default().push(f),
            }
        }
        let sets: BTreeMap<&str, &SetSummary> =
            report.sets.iter().map(|s| (s.file.as_str(), s)).collect();
        let mut set_cases: BTreeMap<&str, BTreeMap<String, SetCase>> = BTreeMap::new();
        for ((file, check), findings) in loose {
            let incomplete = sets.get(file).is_none_or(|s| s.incomplete);
            let status = findings_status(check, &findings, incomplete);
            set_cases.entry(file).or_default().insert(
                check.to_owned(),
                SetCase {
                    file,
                    check: check.to_owned(),
                    status,
                    findings,
                    note: None,
                },
            );
        }
        for set in &report.sets {
            let cases = set_cases.entry(set.file.as_str()).or_default();
            for check in &report.checks {
                if set.checked.contains(check) {
                    continue;
                }
                let note = format!("check `{}` did not run on this set", check.name());
                let case = cases
                    .entry(check.name().to_owned())
                    .or_insert_with(|| SetCase {
                        file: set.file.as_str(),
                        check: check.name().to_owned(),
                        status: Status::NotChecked,
                        findings: Vec::new(),
                        note: None,
                    });
                case.status = Status::NotChecked;
                case.note = Some(note);
            }
            let shown_unchecked = cases.values().any(|c| c.status == Status::NotChecked)
                || report
                    .outcomes
                    .iter()
                    .any(|o| o.file == set.file && o.status == Status::NotChecked);
            if set.incomplete && !shown_unchecked {
                let case = cases.entry("load".to_owned()).or_insert_with(|| SetCase {
                    file: set.file.as_str(),
                    check: "load".to_owned(),
                    status: Status::NotChecked,
                    findings: Vec::new(),
                    note: None,
                });
                case.status = Status::NotChecked;
                case.note = Some("the set was not fully checked".to_owned());
            }
        }
        CaseIndex {
            by_outcome,
            set_cases: set_cases
                .into_iter()
                .filter(|(_, cases)| !cases.is_empty())
                .map(|(file, cases)| (file, cases.into_values().collect()))
                .collect(),
        }
    }

    /// The findings an outcome folds (same file, stencil and check).
    pub fn findings_of(&self, o: &'a Outcome) -> &[&'a Finding] {
        self.by_outcome
            .get(&(o.file.as_str(), o.stencil.as_str(), o.check.name()))
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// The set-level cases of a file, sorted by check.
    pub fn set_cases(&self, file: &str) -> &[SetCase<'a>] {
        self.set_cases.get(file).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Files with set-level cases that are not among the report's sets
    /// (a finding pointing at another file), sorted.
    pub fn stray_files(&self, report: &Report) -> Vec<&'a str> {
        self.set_cases
            .keys()
            .copied()
            .filter(|f| !report.sets.iter().any(|s| s.file == *f))
            .collect()
    }
}

/// The status of some findings of one check on one set (`set_incomplete`:
/// the set was not fully checked): not checked if one says so, or if one is
/// an error while loading or parsing an incomplete set (what kept parts of
/// it from being checked); else failed, warned or passed.
pub fn findings_status(check: &str, findings: &[&Finding], set_incomplete: bool) -> Status {
    let stage = CheckName::from_name(check).is_none();
    let errors = findings.iter().any(|f| f.severity == Severity::Error);
    if findings.iter().any(|f| f.kind.is_not_checked()) || (stage && set_incomplete && errors) {
        Status::NotChecked
    } else if errors {
        Status::Failed
    } else if findings.is_empty() {
        Status::Passed
    } else {
        Status::Warned
    }
}

/// Characters XML 1.0 (and so HTML) cannot carry, even escaped.
fn xml_forbidden(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{7f}' | '\u{fffe}' | '\u{ffff}')
}

/// Escapes text for XML or HTML element content and double-quoted
/// attributes: `&<>"'`, and characters XML cannot carry shown as `\u{..}`.
/// With `attribute`, line breaks and tabs become character references so
/// that parsers keep them.
pub(crate) fn escape_markup(s: &str, attribute: bool) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' if attribute => out.push_str("&#10;"),
            '\r' if attribute => out.push_str("&#13;"),
            '\t' if attribute => out.push_str("&#9;"),
            '\r' => out.push_str("&#13;"),
            c if xml_forbidden(c) => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_escape_markup() {
        assert_eq!(
            escape_markup("a<b>&\"c\"'d'", false),
            "a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;"
        );
        assert_eq!(escape_markup("x\ny\tz", true), "x&#10;y&#9;z");
        assert_eq!(escape_markup("x\ny\tz", false), "x\ny\tz");
        assert_eq!(
            escape_markup("nul\0bell\u{7}", false),
            "nul\\u{0}bell\\u{7}"
        );
    }
}
