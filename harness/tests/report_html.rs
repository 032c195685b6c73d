//! The HTML page, read as text: self-contained, escaped, deterministic, one
//! cell per stencil and set with the right state, and every finding inside a
//! drill-down. (`report_html_chromium` checks what a browser makes of it.)

mod report_common;

use report_common::*;
use std::collections::BTreeSet;
use std::sync::Arc;
use stencil_verify::finding::{Finding, FindingKind};
use stencil_verify::model::Span;
use stencil_verify::report::render_html;

/// The `<td>` of a stencil × file cell.
fn cell<'a>(html: &'a str, stencil: &str, file: &str) -> &'a str {
    let needle = format!("data-stencil=\"{stencil}\" data-file=\"{file}\"");
    element(html, "td", &needle).unwrap_or_else(|| panic!("no cell {stencil} × {file}"))
}

#[test]
fn self_contained_page() {
    let html = render_html(&sample_report());
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(html.ends_with("</html>\n"));
    assert!(html.contains("<meta charset=\"utf-8\">"));
    for external in [
        " src=",
        "href=\"http",
        "@import",
        "url(",
        "<link",
        "<iframe",
    ] {
        assert!(!html.contains(external), "external resource: {external}");
    }
    assert_eq!(html.matches("<script>").count(), 1, "one inline script");
    assert_eq!(html.matches("<style>").count(), 1, "one inline style sheet");
}

#[test]
fn cells_show_state_in_text_and_class() {
    let html = render_html(&sample_report());
    for (stencil, file, status, mark, words) in [
        ("_BINARY_OP", FILE_X86, "failed", "✗", "failed"),
        (
            "_LOAD_FAST",
            FILE_X86,
            "warned",
            "!",
            "passed with warnings",
        ),
        ("_NOP", FILE_X86, "passed", "✓", "passed"),
        ("_BINARY_OP", FILE_ARM, "passed", "✓", "passed"),
        ("_LOAD_FAST", FILE_ARM, "not-checked", "?", "not checked"),
        ("(set)", FILE_X86, "failed", "✗", "failed"),
        ("(set)", FILE_I686, "not-checked", "?", "not checked"),
        ("(set)", FILE_ARM, "passed", "✓", "passed"),
    ] {
        let td = cell(&html, stencil, file);
        assert_eq!(attr_of(td, "data-status").as_deref(), Some(status), "{td}");
        assert!(
            attr_of(td, "class")
                .unwrap()
                .contains(&format!("st-{status}")),
            "{td}"
        );
        let summary = element(td, "summary", "").expect("a drill-down");
        assert_eq!(text_of(summary), format!("{mark} {words}"));
    }
    let absent = cell(&html, "_NOP", FILE_ARM);
    assert_eq!(attr_of(absent, "data-status").as_deref(), Some("absent"));
    assert!(!absent.contains("<details"));
}

#[test]
fn drill_downs_hold_the_findings() {
    let html = render_html(&sample_report());
    let failed = text_of(cell(&html, "_BINARY_OP", FILE_X86));
    for part in [
        FAILED_MESSAGE,
        "hole-outside-body",
        "sets/x86_64-unknown-linux-gnu.h:39",
        "code+0x2f patch_32r((uintptr_t)code + sizeof(code_body) + -0x4)",
        "5d c3",
        "2f: 5d popq %rbp",
        "structure ✗ failed 1 0",
    ] {
        assert!(failed.contains(part), "`{part}` in {failed}");
    }
    let set = text_of(cell(&html, "(set)", FILE_X86));
    assert!(set.contains(SET_MESSAGE), "{set}");
    let unreadable = text_of(cell(&html, "(set)", FILE_I686));
    assert!(unreadable.contains(UNREADABLE_MESSAGE), "{unreadable}");
    assert!(unreadable.contains("check `structure` did not run on this set"));
    assert!(text_of(cell(&html, "_LOAD_FAST", FILE_X86)).contains(WARNED_MESSAGE));
    assert!(text_of(cell(&html, "_LOAD_FAST", FILE_ARM)).contains(NOT_CHECKED_MESSAGE));
}

#[test]
fn header_has_the_totals() {
    let report = sample_report();
    let html = render_html(&report);
    let header = text_of(element(&html, "header", "").unwrap());
    for part in [
        "NOT FULLY CHECKED",
        "sets: 3",
        "stencils: 3",
        "test cases: 8 (2 passed, 1 warned, 2 failed, 3 not checked)",
        "errors: 4",
        "warnings: 1",
        "checks: structure",
        "seed: 0x123456789abcdef0",
    ] {
        assert!(header.contains(part), "`{part}` in {header}");
    }
}

#[test]
fn markup_is_escaped() {
    let mut report = sample_report();
    let file: Arc<str> = Arc::from(FILE_X86);
    report.findings.push(
        Finding::error(
            FindingKind::MalformedHeader,
            "parse",
            Span::new(&file, 3),
            "</td></table><script>alert(1)</script> & \"quotes\" 'too'",
        )
        .with_stencil("<b>evil</b>")
        .with_context("\u{1}control\u{0}"),
    );
    let html = render_html(&report);
    assert_eq!(html.matches("<script").count(), 1, "no injected script");
    assert!(!html.contains("<b>evil"));
    assert!(html.contains("&lt;/td&gt;&lt;/table&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;too&#39;"));
    assert!(!html.contains('\u{1}') && !html.contains('\u{0}'));
    assert!(!html.contains("<4>"));
    assert!(html.contains("patch_32r writes &lt;4&gt; bytes &amp; &quot;more&quot;"));
    // The stencil named only by a set-level finding still gets a row.
    let td = cell(&html, "&lt;b&gt;evil&lt;/b&gt;", FILE_X86);
    assert_eq!(attr_of(td, "data-status").as_deref(), Some("not-checked"));
}

#[test]
fn deterministic() {
    assert_eq!(render_html(&sample_report()), render_html(&sample_report()));
    let a = render_html(&mixed_run("report_html_det_a"));
    let b = render_html(&mixed_run("report_html_det_b"));
    assert_eq!(
        a.replace("report_html_det_a", "X"),
        b.replace("report_html_det_b", "X")
    );
}

#[test]
fn real_run_matrix() {
    let report = mixed_run("report_html_real");
    let html = render_html(&report);
    let stencils: BTreeSet<&str> = report.outcomes.iter().map(|o| o.stencil.as_str()).collect();
    let tbody = element(&html, "tbody", "").unwrap();
    let rows = elements_all(tbody, "tr", "id=\"row-");
    assert_eq!(
        rows.len(),
        stencils.len() + 1,
        "a row per stencil, and (set)"
    );
    for row in &rows {
        assert_eq!(
            elements_all(row, "td", "class=\"cell").len(),
            report.sets.len(),
            "a column per set"
        );
    }
    // Every cell of every stencil that has an outcome shows it.
    for o in &report.outcomes {
        let td = cell(&html, &o.stencil, &o.file);
        let status = attr_of(td, "data-status").unwrap();
        assert!(status != "absent");
    }
    // The group dropped by the parser is not checked, not absent.
    let broken_i686 = report
        .sets
        .iter()
        .find(|s| s.file.ends_with("report_html_real/i686-pc-windows-msvc.h"))
        .unwrap();
    let td = cell(&html, "_BINARY_OP", &broken_i686.file);
    assert_eq!(attr_of(td, "data-status").as_deref(), Some("not-checked"));
    // Every finding's message is in some cell's drill-down.
    let cells: Vec<String> = elements_all(tbody, "td", "class=\"cell")
        .into_iter()
        .map(text_of)
        .collect();
    for f in &report.findings {
        let message = f.message.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            cells.iter().any(|c| c.contains(&message)),
            "finding not in any cell: {}",
            f.message
        );
    }
}
