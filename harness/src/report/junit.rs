//! JUnit XML, for CI systems that show test cases: one `<testsuite>` per set
//! file, one `<testcase classname="<target>.<shape>.<check>"
//! name="<stencil>">` per outcome.
//!
//! - `failed` has a `<failure type="<first error's kind>">` whose text is
//!   the finding blocks of that stencil and check (as `render_text` prints
//!   them);
//! - `not-checked` has an `<error>`: never `<skipped>`, never a pass, so
//!   that nothing unchecked looks green;
//! - `warned` passes, with the warnings in `<system-out>`;
//! - findings that belong to no outcome (an unreadable file, parse errors, a
//!   dropped group, `symbols_map`), and checks that did not run on a set,
//!   become a test case named `(set)` per file and check.
//!
//! Pure and deterministic: no time, no host name.

use super::{escape_markup, render_finding_full, status_name, CaseIndex, SetCase, SET_CASE};
use crate::finding::{Finding, Severity};
use crate::run::{Outcome, Report, SetSummary, Status};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// Stands in for a set's triple or shape when it could not be determined.
const UNKNOWN_TARGET: &str = "unknown-target";
const UNKNOWN_SHAPE: &str = "unknown-shape";

/// One `<testcase>`, before it is written.
#[derive(Debug)]
struct Case {
    classname: String,
    name: String,
    status: Status,
    /// `type` of `<failure>` / `<error>`: the first relevant finding's kind.
    kind: String,
    /// `message` of `<failure>` / `<error>`.
    message: String,
    /// The finding blocks: the text of `<failure>` / `<error>`, or
    /// `<system-out>` for a pass with warnings.
    text: String,
}

/// One `<testsuite>`, before it is written.
#[derive(Debug)]
struct Suite {
    name: String,
    file: String,
    properties: Vec<(&'static str, String)>,
    cases: Vec<Case>,
}

impl Suite {
    fn count(&self, status: Status) -> usize {
        self.cases.iter().filter(|c| c.status == status).count()
    }
}

/// The report as JUnit XML (UTF-8, with a trailing newline).
pub fn render_junit(report: &Report) -> String {
    let index = CaseIndex::new(report);
    let mut suites: Vec<Suite> = report
        .sets
        .iter()
        .map(|set| set_suite(report, set, &index))
        .collect();
    for file in index.stray_files(report) {
        suites.push(stray_suite(report, file, &index));
    }
    if let Some(gate) = &report.gate {
        suites.push(gate_suite(report, gate));
    }
    // Two files of the same target and shape: name their suites by file too.
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for suite in &suites {
        *seen.entry(suite.name.clone()).or_default() += 1;
    }
    for suite in &mut suites {
        if seen[&suite.name] > 1 {
            suite.name = format!("{} ({})", suite.name, suite.file);
        }
    }

    let tests: usize = suites.iter().map(|s| s.cases.len()).sum();
    let failures: usize = suites.iter().map(|s| s.count(Status::Failed)).sum();
    let errors: usize = suites.iter().map(|s| s.count(Status::NotChecked)).sum();
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<testsuites name=\"{}\" tests=\"{tests}\" failures=\"{failures}\" errors=\"{errors}\" skipped=\"0\">",
        attr(report.tool),
    );
    for suite in &suites {
        write_suite(&mut out, suite);
    }
    out.push_str("</testsuites>\n");
    out
}

fn set_suite(report: &Report, set: &SetSummary, index: &CaseIndex) -> Suite {
    let target = set
        .target
        .map(|t| t.triple().to_owned())
        .unwrap_or_else(|| UNKNOWN_TARGET.to_owned());
    let shape = set.shape.map(|s| s.name()).unwrap_or(UNKNOWN_SHAPE);
    let prefix = format!("{target}.{shape}");
    let mut cases: Vec<Case> = index
        .set_cases(&set.file)
        .iter()
        .map(|c| set_case(&prefix, c))
        .collect();
    cases.extend(
        report
            .outcomes
            .iter()
            .filter(|o| o.file == set.file)
            .map(|o| outcome_case(o, index.findings_of(o))),
    );
    let checked: Vec<&str> = set.checked.iter().map(|c| c.name()).collect();
    Suite {
        name: prefix,
        file: set.file.clone(),
        properties: vec![
            ("file", set.file.clone()),
            ("target", target),
            ("shape", shape.to_owned()),
            ("groups", set.groups.to_string()),
            ("holes", set.holes.to_string()),
            ("checked", checked.join(",")),
            ("incomplete", set.incomplete.to_string()),
            ("seed", format!("{:#x}", report.seed)),
            ("version", report.version.to_owned()),
        ],
        cases,
    }
}

/// A suite for findings that point at a file that is not one of the sets.
fn stray_suite(report: &Report, file: &str, index: &CaseIndex) -> Suite {
    let set_cases = index.set_cases(file);
    let target = set_cases
        .iter()
        .flat_map(|c| &c.findings)
        .find_map(|f| f.target.clone())
        .unwrap_or_else(|| UNKNOWN_TARGET.to_owned());
    let prefix = format!("{target}.{UNKNOWN_SHAPE}");
    Suite {
        name: prefix.clone(),
        file: file.to_owned(),
        properties: vec![
            ("file", file.to_owned()),
            ("target", target),
            ("seed", format!("{:#x}", report.seed)),
            ("version", report.version.to_owned()),
        ],
        cases: set_cases.iter().map(|c| set_case(&prefix, c)).collect(),
    }
}

/// The gate (`--baseline`): one case per stencil and target, classname
/// `<target>.<shape>.gate`. A behaviour change is a `<failure>` under
/// `--strict` and a pass with the diff in `<system-out>` otherwise; the
/// other classes pass, naming their class in `<system-out>` when not
/// `unchanged`.
fn gate_suite(report: &Report, gate: &crate::gate::Gate) -> Suite {
    use crate::gate::GateStatus;
    let cases = gate
        .entries
        .iter()
        .map(|e| {
            let failed = gate.strict && e.status == GateStatus::BehaviourChanged;
            let text = match e.status {
                GateStatus::Unchanged => String::new(),
                GateStatus::BehaviourChanged => format!(
                    "{}\n{}",
                    super::gate::change_heading(e),
                    e.diff.as_deref().unwrap_or("")
                ),
                other => format!("{}\n", other.name()),
            };
            Case {
                classname: format!("{}.{}.gate", e.target.triple(), e.shape.name()),
                name: e.stencil.clone(),
                status: if failed {
                    Status::Failed
                } else {
                    Status::Passed
                },
                kind: e.status.name().to_owned(),
                message: e
                    .first_difference
                    .clone()
                    .unwrap_or_else(|| e.status.name().to_owned()),
                text,
            }
        })
        .collect();
    let counts: Vec<String> = GateStatus::ALL
        .iter()
        .map(|s| format!("{} {}", gate.count(*s), s.name()))
        .collect();
    Suite {
        name: "gate".to_owned(),
        file: String::new(),
        properties: vec![
            ("strict", gate.strict.to_string()),
            ("classes", counts.join(", ")),
            ("seed", format!("{:#x}", report.seed)),
            ("version", report.version.to_owned()),
        ],
        cases,
    }
}

fn outcome_case(o: &Outcome, findings: &[&Finding]) -> Case {
    let shape = o.shape.name();
    let mut case = Case {
        classname: format!("{}.{shape}.{}", o.target.triple(), o.check.name()),
        name: o.stencil.clone(),
        status: o.status,
        kind: String::new(),
        message: String::new(),
        text: blocks(findings, None),
    };
    fill_verdict(&mut case, findings, None, o.errors, o.warnings);
    case
}

fn set_case(prefix: &str, c: &SetCase) -> Case {
    let note = c.note.as_deref();
    let mut case = Case {
        classname: format!("{prefix}.{}", c.check),
        name: SET_CASE.to_owned(),
        status: c.status,
        kind: String::new(),
        message: String::new(),
        text: blocks(&c.findings, note),
    };
    fill_verdict(&mut case, &c.findings, note, c.errors(), c.warnings());
    case
}

/// Sets `kind` and `message` from the finding that decided the status.
fn fill_verdict(
    case: &mut Case,
    findings: &[&Finding],
    note: Option<&str>,
    errors: usize,
    warnings: usize,
) {
    let decisive: Vec<&Finding> = match case.status {
        Status::NotChecked => {
            let unchecked: Vec<&Finding> = findings
                .iter()
                .copied()
                .filter(|f| f.kind.is_not_checked())
                .collect();
            if unchecked.is_empty() {
                errors_of(findings)
            } else {
                unchecked
            }
        }
        Status::Failed => errors_of(findings),
        Status::Warned | Status::Passed => findings.to_vec(),
    };
    case.kind = decisive
        .first()
        .or(findings.first())
        .map(|f| f.kind.name())
        .unwrap_or_else(|| status_name(case.status).to_owned());
    case.message = match (note, decisive.first()) {
        (Some(note), _) => note.to_owned(),
        (None, Some(first)) if decisive.len() > 1 => {
            format!("{} (and {} more)", first.message, decisive.len() - 1)
        }
        (None, Some(first)) => first.message.clone(),
        (None, None) => match case.status {
            Status::NotChecked => "not checked".to_owned(),
            _ => format!(
                "{errors} error{}, {warnings} warning{}",
                plural(errors),
                plural(warnings)
            ),
        },
    };
}

fn errors_of<'a>(findings: &[&'a Finding]) -> Vec<&'a Finding> {
    findings
        .iter()
        .copied()
        .filter(|f| f.severity == Severity::Error)
        .collect()
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The finding blocks as `render_text` prints them, after the note if any.
fn blocks(findings: &[&Finding], note: Option<&str>) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(note) = note {
        parts.push(format!("{note}\n"));
    }
    parts.extend(findings.iter().map(|f| render_finding_full(f)));
    parts.join("\n")
}

fn write_suite(out: &mut String, suite: &Suite) {
    let _ = writeln!(
        out,
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"0\">",
        attr(&suite.name),
        suite.cases.len(),
        suite.count(Status::Failed),
        suite.count(Status::NotChecked),
    );
    out.push_str("    <properties>\n");
    for (name, value) in &suite.properties {
        let _ = writeln!(
            out,
            "      <property name=\"{}\" value=\"{}\"/>",
            attr(name),
            attr(value)
        );
    }
    out.push_str("    </properties>\n");
    for case in &suite.cases {
        write_case(out, case);
    }
    out.push_str("  </testsuite>\n");
}

fn write_case(out: &mut String, case: &Case) {
    let _ = write!(
        out,
        "    <testcase classname=\"{}\" name=\"{}\"",
        attr(&case.classname),
        attr(&case.name)
    );
    let element = match case.status {
        Status::Failed => Some("failure"),
        Status::NotChecked => Some("error"),
        Status::Passed | Status::Warned => None,
    };
    match element {
        Some(element) => {
            out.push_str(">\n");
            let _ = writeln!(
                out,
                "      <{element} message=\"{}\" type=\"{}\">{}</{element}>",
                attr(&case.message),
                attr(&case.kind),
                text(&case.text)
            );
            out.push_str("    </testcase>\n");
        }
        None if !case.text.is_empty() => {
            out.push_str(">\n");
            let _ = writeln!(out, "      <system-out>{}</system-out>", text(&case.text));
            out.push_str("    </testcase>\n");
        }
        None => out.push_str("/>\n"),
    }
}

fn attr(s: &str) -> String {
    escape_markup(s, true)
}

fn text(s: &str) -> String {
    escape_markup(s, false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::FindingKind;
    use crate::model::{Shape, Span};
    use crate::run::CheckName;
    use crate::target::Target;
    use std::collections::BTreeMap;
    use std::sync::Arc;

    fn report(findings: Vec<Finding>, outcomes: Vec<Outcome>) -> Report {
        Report {
            tool: "stencil-verify",
            version: "0.0.0",
            seed: 1,
            checks: vec![CheckName::Structure],
            sets: vec![SetSummary {
                file: "a/x86_64-unknown-linux-gnu.h".into(),
                target: Some(Target::X86_64Linux),
                shape: Some(Shape::V314),
                groups: 1,
                holes: 1,
                checked: vec![CheckName::Structure],
                errors: 0,
                warnings: 0,
                incomplete: false,
                stats: BTreeMap::new(),
                coverage: BTreeMap::new(),
            }],
            outcomes,
            findings,
            gate: None,
        }
    }

    #[test]
    fn report_junit_failure_text_is_the_finding_block() {
        let file: Arc<str> = Arc::from("a/x86_64-unknown-linux-gnu.h");
        let f = Finding::error(
            FindingKind::HoleOutsideBody,
            "structure",
            Span::new(&file, 7),
            "a <b> & \"c\"",
        )
        .with_stencil("_NOP");
        let o = Outcome {
            file: file.to_string(),
            target: Target::X86_64Linux,
            shape: Shape::V314,
            stencil: "_NOP".into(),
            check: CheckName::Structure,
            status: Status::Failed,
            errors: 1,
            warnings: 0,
        };
        let xml = render_junit(&report(vec![f.clone()], vec![o]));
        assert!(xml.contains(
            "<failure message=\"a &lt;b&gt; &amp; &quot;c&quot;\" type=\"hole-outside-body\">"
        ));
        assert!(xml.contains(&text(&super::super::render_finding(&f))));
        assert!(xml.contains("tests=\"1\" failures=\"1\" errors=\"0\""));
    }

    #[test]
    fn report_junit_missing_check_is_an_error() {
        let mut r = report(Vec::new(), Vec::new());
        r.sets[0].checked.clear();
        let xml = render_junit(&r);
        assert!(xml.contains("name=\"(set)\""));
        assert!(xml.contains("<error message=\"check `structure` did not run on this set\""));
        assert!(!xml.contains("<skipped"));
    }
}
