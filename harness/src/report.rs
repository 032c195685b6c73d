//! Rendering: pure functions from a `Report` to text a person scans and JSON
//! a CI reads. Nothing here decides anything.

use crate::finding::{Finding, Severity};
use crate::run::Report;
use std::collections::BTreeMap;
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
