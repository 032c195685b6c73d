//! The JUnit renderer, read back with an XML parser: counts, names, what
//! fails, what errors, what passes, escaping, and that no finding is lost.

mod report_common;

use report_common::*;
use roxmltree::{Document, Node};
use stencil_verify::finding::Severity;
use stencil_verify::report::{render_finding, render_junit};
use stencil_verify::run::Status;

fn attr<'a>(node: Node<'a, '_>, name: &str) -> &'a str {
    node.attribute(name)
        .unwrap_or_else(|| panic!("<{}> has no {name}", node.tag_name().name()))
}

fn count_attr(node: Node, name: &str) -> usize {
    attr(node, name)
        .parse()
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn elements<'a, 'input>(node: Node<'a, 'input>, tag: &str) -> Vec<Node<'a, 'input>> {
    node.children()
        .filter(|n| n.is_element() && n.tag_name().name() == tag)
        .collect()
}

fn child<'a, 'input>(node: Node<'a, 'input>, tag: &str) -> Option<Node<'a, 'input>> {
    elements(node, tag).into_iter().next()
}

/// The case named `name` with classname `classname`.
fn case<'a, 'input>(doc: &'a Document<'input>, classname: &str, name: &str) -> Node<'a, 'input> {
    case_in(doc.root_element(), classname, name)
}

/// The suite of a set file.
fn suite<'a, 'input>(doc: &'a Document<'input>, file: &str) -> Node<'a, 'input> {
    let found: Vec<Node> = elements(doc.root_element(), "testsuite")
        .into_iter()
        .filter(|s| {
            elements(child(*s, "properties").unwrap(), "property")
                .into_iter()
                .any(|p| attr(p, "name") == "file" && attr(p, "value") == file)
        })
        .collect();
    assert_eq!(found.len(), 1, "one testsuite for {file}");
    found[0]
}

/// The case named `name` with classname `classname` under `node`.
fn case_in<'a, 'input>(node: Node<'a, 'input>, classname: &str, name: &str) -> Node<'a, 'input> {
    let found: Vec<Node> = node
        .descendants()
        .filter(|n| n.has_tag_name("testcase"))
        .filter(|n| {
            n.attribute("classname") == Some(classname) && n.attribute("name") == Some(name)
        })
        .collect();
    assert_eq!(found.len(), 1, "one testcase {classname} / {name}");
    found[0]
}

/// Checks every count attribute against the elements, and that nothing is
/// skipped.
fn check_counts(doc: &Document) -> (usize, usize, usize) {
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "testsuites");
    let (mut tests, mut failures, mut errors) = (0, 0, 0);
    for suite in elements(root, "testsuite") {
        let cases = elements(suite, "testcase");
        let f = cases
            .iter()
            .filter(|c| child(**c, "failure").is_some())
            .count();
        let e = cases
            .iter()
            .filter(|c| child(**c, "error").is_some())
            .count();
        let name = attr(suite, "name");
        assert_eq!(count_attr(suite, "tests"), cases.len(), "{name} tests");
        assert_eq!(count_attr(suite, "failures"), f, "{name} failures");
        assert_eq!(count_attr(suite, "errors"), e, "{name} errors");
        assert_eq!(count_attr(suite, "skipped"), 0, "{name} skipped");
        for c in &cases {
            assert!(child(*c, "skipped").is_none(), "nothing is skipped");
            assert!(
                !(child(*c, "failure").is_some() && child(*c, "error").is_some()),
                "a case fails or errors, not both"
            );
        }
        tests += cases.len();
        failures += f;
        errors += e;
    }
    assert_eq!(count_attr(root, "tests"), tests, "total tests");
    assert_eq!(count_attr(root, "failures"), failures, "total failures");
    assert_eq!(count_attr(root, "errors"), errors, "total errors");
    assert_eq!(count_attr(root, "skipped"), 0, "total skipped");
    (tests, failures, errors)
}

/// All text under `<failure>`, `<error>` and `<system-out>`.
fn all_case_text(doc: &Document) -> String {
    doc.descendants()
        .filter(|n| {
            n.has_tag_name("failure") || n.has_tag_name("error") || n.has_tag_name("system-out")
        })
        .filter_map(|n| n.text())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn sample_counts_and_suites() {
    let report = sample_report();
    let xml = render_junit(&report);
    let doc = Document::parse(&xml).expect("well-formed XML");
    assert_eq!(check_counts(&doc), (8, 2, 3));
    let root = doc.root_element();
    assert_eq!(attr(root, "name"), "stencil-verify");
    let suites: Vec<(&str, usize)> = elements(root, "testsuite")
        .into_iter()
        .map(|s| (attr(s, "name"), count_attr(s, "tests")))
        .collect();
    assert_eq!(
        suites,
        [
            ("aarch64-apple-darwin.3.14", 2),
            ("i686-pc-windows-msvc.unknown-shape", 2),
            ("x86_64-unknown-linux-gnu.3.14", 4),
        ]
    );
    // Each suite names its file, seed and version in <properties>.
    for (suite, file) in elements(root, "testsuite")
        .into_iter()
        .zip([FILE_ARM, FILE_I686, FILE_X86])
    {
        let props: Vec<(&str, &str)> = elements(child(suite, "properties").unwrap(), "property")
            .into_iter()
            .map(|p| (attr(p, "name"), attr(p, "value")))
            .collect();
        assert!(props.contains(&("file", file)), "{props:?}");
        assert!(props.contains(&("seed", "0x123456789abcdef0")), "{props:?}");
    }
}

#[test]
fn failed_outcome_is_a_failure_with_the_finding_block() {
    let report = sample_report();
    let xml = render_junit(&report);
    let doc = Document::parse(&xml).unwrap();
    let c = case(
        &doc,
        "x86_64-unknown-linux-gnu.3.14.structure",
        "_BINARY_OP",
    );
    let failure = child(c, "failure").expect("<failure>");
    assert_eq!(attr(failure, "type"), "hole-outside-body");
    // Escaped in the file, intact when read back.
    assert_eq!(attr(failure, "message"), FAILED_MESSAGE);
    let finding = report
        .findings
        .iter()
        .find(|f| f.message == FAILED_MESSAGE)
        .unwrap();
    assert_eq!(failure.text().unwrap(), render_finding(finding));
    assert!(failure.text().unwrap().contains("   = bytes: 5d c3\n"));
    assert!(child(c, "error").is_none() && child(c, "system-out").is_none());
}

#[test]
fn markup_in_messages_is_escaped() {
    let xml = render_junit(&sample_report());
    assert!(
        xml.contains("message=\"patch_32r writes &lt;4&gt; bytes &amp; &quot;more&quot; past"),
        "attribute escaped"
    );
    assert!(
        xml.contains(
            "error[hole-outside-body]: patch_32r writes &lt;4&gt; bytes &amp; &quot;more&quot; past"
        ),
        "text escaped"
    );
    assert!(
        !xml.contains("<4>") && !xml.contains("bytes & "),
        "nothing raw"
    );
}

#[test]
fn not_checked_is_an_error_never_skipped_or_passed() {
    let xml = render_junit(&sample_report());
    let doc = Document::parse(&xml).unwrap();
    let c = case(&doc, "aarch64-apple-darwin.3.14.structure", "_LOAD_FAST");
    let error = child(c, "error").expect("<error>");
    assert_eq!(attr(error, "type"), "limit-exceeded");
    assert_eq!(attr(error, "message"), NOT_CHECKED_MESSAGE);
    assert!(error.text().unwrap().contains(NOT_CHECKED_MESSAGE));
    assert!(!xml.contains("<skipped"));
}

#[test]
fn warned_passes_with_warnings_in_system_out() {
    let xml = render_junit(&sample_report());
    let doc = Document::parse(&xml).unwrap();
    let c = case(
        &doc,
        "x86_64-unknown-linux-gnu.3.14.structure",
        "_LOAD_FAST",
    );
    assert!(child(c, "failure").is_none() && child(c, "error").is_none());
    let out = child(c, "system-out")
        .expect("<system-out>")
        .text()
        .unwrap();
    assert!(out.starts_with("warning[misaligned-hole]: "), "{out}");
    assert!(out.contains(WARNED_MESSAGE));

    let passed = case(&doc, "x86_64-unknown-linux-gnu.3.14.structure", "_NOP");
    assert_eq!(passed.children().filter(|n| n.is_element()).count(), 0);
}

#[test]
fn set_level_findings_and_missing_checks_are_set_cases() {
    let xml = render_junit(&sample_report());
    let doc = Document::parse(&xml).unwrap();
    // A structure finding that names no stencil: a failure of `(set)`.
    let c = case(&doc, "x86_64-unknown-linux-gnu.3.14.structure", "(set)");
    let failure = child(c, "failure").expect("<failure>");
    assert_eq!(attr(failure, "type"), "symbols-map-inconsistent");
    assert_eq!(attr(failure, "message"), SET_MESSAGE);
    // An unreadable file: an error of `(set)` for `load`...
    let c = case(&doc, "i686-pc-windows-msvc.unknown-shape.load", "(set)");
    let error = child(c, "error").expect("<error>");
    assert_eq!(attr(error, "type"), "unreadable-file");
    assert!(error.text().unwrap().contains(UNREADABLE_MESSAGE));
    // ... and the check that could not run on it is an error too.
    let c = case(
        &doc,
        "i686-pc-windows-msvc.unknown-shape.structure",
        "(set)",
    );
    let error = child(c, "error").expect("<error>");
    assert_eq!(attr(error, "type"), "not-checked");
    assert_eq!(
        attr(error, "message"),
        "check `structure` did not run on this set"
    );
}

#[test]
fn deterministic() {
    assert_eq!(
        render_junit(&sample_report()),
        render_junit(&sample_report())
    );
    let a = render_junit(&mixed_run("report_junit_det_a"));
    let b = render_junit(&mixed_run("report_junit_det_b"));
    // The scratch directories differ in name only.
    assert_eq!(
        a.replace("report_junit_det_a", "X"),
        b.replace("report_junit_det_b", "X")
    );
}

#[test]
fn real_run_every_outcome_and_finding_is_shown() {
    let report = mixed_run("report_junit_real");
    let xml = render_junit(&report);
    let doc = Document::parse(&xml).expect("well-formed XML");
    let (tests, failures, errors) = check_counts(&doc);
    assert_eq!(
        elements(doc.root_element(), "testsuite").len(),
        report.sets.len(),
        "one suite per set file"
    );

    // Every outcome is a case of the right kind, in its file's suite.
    for o in &report.outcomes {
        let classname = format!("{}.{}.{}", o.target, o.shape.name(), o.check.name());
        let c = case_in(suite(&doc, &o.file), &classname, &o.stencil);
        let has = |tag| child(c, tag).is_some();
        match o.status {
            Status::Passed => assert!(!has("failure") && !has("error")),
            Status::Warned => assert!(!has("failure") && !has("error") && has("system-out")),
            Status::Failed => assert!(has("failure")),
            Status::NotChecked => assert!(has("error")),
        }
    }
    let set_cases = tests - report.outcomes.len();
    assert!(set_cases >= 6, "set-level cases: {set_cases}");
    assert!(failures >= 1, "the moved hole fails");
    assert!(
        errors >= 5,
        "unreadable, unparsable, unnamed, dropped group: {errors}"
    );

    // Suites are told apart by name when two sets share target and shape.
    let names: std::collections::BTreeSet<&str> = elements(doc.root_element(), "testsuite")
        .into_iter()
        .map(|s| attr(s, "name"))
        .collect();
    assert_eq!(
        names.len(),
        report.sets.len(),
        "unique suite names: {names:?}"
    );

    let broken = |name: &str| {
        let file = report
            .sets
            .iter()
            .find(|s| s.file.ends_with(&format!("report_junit_real/{name}")))
            .unwrap();
        suite(&doc, &file.file)
    };
    // The moved hole: a failure of the shim, with its disassembly.
    let c = case_in(
        broken("x86_64-unknown-linux-gnu.h"),
        "x86_64-unknown-linux-gnu.3.14.structure",
        "shim",
    );
    let failure = child(c, "failure").expect("shim fails");
    assert_eq!(attr(failure, "type"), "hole-outside-body");
    assert!(failure.text().unwrap().contains("disassembly: 2f:"));

    // The dropped group's parse errors: an error at set level.
    let c = case_in(
        broken("i686-pc-windows-msvc.h"),
        "i686-pc-windows-msvc.3.14.parse",
        "(set)",
    );
    let error = child(c, "error").expect("dropped group is an error");
    assert!(error.text().unwrap().contains("stencil _BINARY_OP"));

    // No finding is lost: each one's block is in some case's text.
    let text = all_case_text(&doc);
    for f in &report.findings {
        assert!(
            text.contains(&render_finding(f)),
            "finding not in the JUnit report:\n{}",
            render_finding(f)
        );
    }
    // Every error-severity finding makes its case red.
    let red: usize = failures + errors;
    let error_findings = report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    assert!(red >= 1 && error_findings >= 1);
}

#[test]
fn bundled_sets_all_pass() {
    let files = bundled_314();
    let report = stencil_verify::run::verify_files(&files, &Default::default());
    let xml = render_junit(&report);
    let doc = Document::parse(&xml).unwrap();
    let (tests, failures, errors) = check_counts(&doc);
    assert_eq!(tests, report.outcomes.len());
    assert_eq!((failures, errors), (0, 0), "the bundled sets are clean");
}
