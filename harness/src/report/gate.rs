//! The gate (`--baseline`) in the text report and on the HTML page: one
//! line per target with the number of stencils in each class, then every
//! behaviour change with its trace diff. (JUnit: `junit::gate_suite`.)

use super::escape_markup;
use crate::gate::{Gate, GateEntry, GateStatus};
use std::fmt::Write as _;

/// Counts per class in the order of `GateStatus::ALL`: `3 unchanged, ...`.
pub fn counts_line(counts: &std::collections::BTreeMap<GateStatus, usize>) -> String {
    GateStatus::ALL
        .iter()
        .map(|s| format!("{} {}", counts.get(s).copied().unwrap_or(0), s.name()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The heading of one behaviour change: `behaviour-changed[<stencil>]: ...`.
pub fn change_heading(e: &GateEntry) -> String {
    format!(
        "{}[{}]: {} {}: {}",
        e.status.name(),
        e.stencil,
        e.target,
        e.shape.name(),
        e.first_difference
            .as_deref()
            .unwrap_or("behaves differently")
    )
}

/// The text section: per-target counts, then a block per behaviour change.
pub fn render_text(gate: &Gate) -> String {
    let mut out = String::new();
    let counts = gate.counts_by_target();
    let width = counts.keys().map(|t| t.len()).max().unwrap_or(0);
    let _ = writeln!(out, "gate against the baseline:");
    if counts.is_empty() {
        let _ = writeln!(out, "  no stencils on either side");
    }
    for (target, by_status) in &counts {
        let _ = writeln!(out, "  {target:<width$}  {}", counts_line(by_status));
    }
    for e in gate
        .entries
        .iter()
        .filter(|e| e.status == GateStatus::BehaviourChanged)
    {
        out.push('\n');
        let _ = writeln!(out, "{}", change_heading(e));
        if let Some(diff) = &e.diff {
            for line in diff.lines() {
                let _ = writeln!(out, "     {line}");
            }
        }
    }
    let changes = gate.count(GateStatus::BehaviourChanged);
    if changes > 0 {
        let _ = writeln!(
            out,
            "\ngate: {changes} behaviour change{} for review{}",
            if changes == 1 { "" } else { "s" },
            if gate.strict {
                " (fails under --strict)"
            } else {
                " (fails only under --strict)"
            }
        );
    }
    out
}

/// The HTML section: the counts per target, and every behaviour change
/// with its diff (added lines and removed lines marked).
pub fn render_html(gate: &Gate) -> String {
    let h = |s: &str| escape_markup(s, false);
    let mut out = String::from("<section id=\"gate\">\n<h2>Gate against the baseline</h2>\n");
    out.push_str("<table class=\"sets\">\n<thead><tr><th>target</th>");
    for s in GateStatus::ALL {
        let _ = write!(out, "<th>{}</th>", h(s.name()));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for (target, by_status) in gate.counts_by_target() {
        let _ = write!(out, "<tr><td><code>{}</code></td>", h(target));
        for s in GateStatus::ALL {
            let _ = write!(out, "<td>{}</td>", by_status.get(&s).copied().unwrap_or(0));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
    let changes: Vec<&GateEntry> = gate
        .entries
        .iter()
        .filter(|e| e.status == GateStatus::BehaviourChanged)
        .collect();
    if changes.is_empty() {
        out.push_str("<p class=\"none\">No behaviour changes.</p>\n");
    } else {
        let _ = writeln!(
            out,
            "<h3>Behaviour changes ({}{})</h3>\n<ul class=\"findings\">",
            changes.len(),
            if gate.strict {
                ", failing under --strict"
            } else {
                ", for review"
            }
        );
        for e in changes {
            let _ = writeln!(
                out,
                "<li class=\"gate-change\"><p><code>{}</code> on <code>{}</code> {}: {}</p>",
                h(&e.stencil),
                h(e.target.triple()),
                h(e.shape.name()),
                h(e.first_difference
                    .as_deref()
                    .unwrap_or("behaves differently"))
            );
            if let Some(diff) = &e.diff {
                out.push_str("<pre class=\"diff\">");
                for line in diff.lines() {
                    let class = match line.as_bytes().first() {
                        Some(b'+') if !line.starts_with("+++") => Some("add"),
                        Some(b'-') if !line.starts_with("---") => Some("del"),
                        _ => None,
                    };
                    match class {
                        Some(c) => {
                            let _ = writeln!(out, "<span class=\"{c}\">{}</span>", h(line));
                        }
                        None => {
                            let _ = writeln!(out, "{}", h(line));
                        }
                    }
                }
                out.push_str("</pre>");
            }
            out.push_str("</li>\n");
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
    out
}
