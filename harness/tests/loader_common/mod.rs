//! Helpers shared by the `loader_*` tests (parse.rs and write.rs).
#![allow(dead_code)]

use std::path::PathBuf;
use stencil_verify::finding::{Finding, FindingKind};
use stencil_verify::model::{
    Group, Hole, HoleOperand, HoleValue, PatchKind, Stencil, StencilSet, ValueExpr,
};
use stencil_verify::parse::{parse_set, ParseLimits, ParseOutcome};
use stencil_verify::target::Target;
use stencil_verify::write::write_set;

pub fn fixture_path(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/loader")
        .join(rel)
}

pub fn read_fixture(rel: &str) -> String {
    std::fs::read_to_string(fixture_path(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

pub fn parse(rel: &str, text: &str, target: Target) -> ParseOutcome {
    parse_set(rel, text, target, &ParseLimits::default())
}

/// Parses a fixture that must be clean, and checks that writing it back
/// reproduces the file byte for byte.
pub fn parse_clean(rel: &str, target: Target) -> StencilSet {
    let text = read_fixture(rel);
    let out = parse(rel, &text, target);
    assert!(
        out.findings.is_empty(),
        "{rel}: unexpected findings: {:#?}",
        out.findings
    );
    let set = out.set.expect("a set");
    let again = write_set(&set);
    if again != text {
        let diff = text
            .lines()
            .zip(again.lines())
            .enumerate()
            .find(|(_, (a, b))| a != b)
            .map(|(i, (a, b))| format!("line {}:\n  file:  {a:?}\n  write: {b:?}", i + 1))
            .unwrap_or_else(|| format!("lengths {} vs {}", text.len(), again.len()));
        panic!("{rel}: write_set(parse_set(T)) != T; first difference at {diff}");
    }
    set
}

pub fn group<'s>(set: &'s StencilSet, name: &str) -> &'s Group {
    set.group(name)
        .unwrap_or_else(|| panic!("no group {name} in {:?}", names(set)))
}

pub fn names(set: &StencilSet) -> Vec<&str> {
    set.groups.iter().map(|g| g.name.as_str()).collect()
}

pub fn val(base: HoleValue, sym: Option<&str>, addend: i64) -> HoleOperand {
    HoleOperand::Value(ValueExpr::new(base, sym, addend))
}

/// `(offset, kind, operand)` of every hole, for compact assertions.
pub fn holes(s: &Stencil) -> Vec<(u64, PatchKind, HoleOperand)> {
    s.holes
        .iter()
        .map(|h: &Hole| (h.offset, h.kind, h.operand.clone()))
        .collect()
}

pub fn kinds(findings: &[Finding]) -> Vec<FindingKind> {
    findings.iter().map(|f| f.kind).collect()
}

/// Every finding is a parse finding with file, line >= 1 and target.
pub fn assert_well_formed(findings: &[Finding], file: &str) {
    for f in findings {
        assert_eq!(f.check, "parse", "{f:?}");
        assert!(f.span.line >= 1, "{f:?}");
        assert_eq!(&*f.span.file, file, "{f:?}");
        assert!(f.target.is_some(), "{f:?}");
        assert!(!f.message.is_empty(), "{f:?}");
    }
}

/// The line number (1-based) of the first line of `text` containing `needle`.
pub fn line_of(text: &str, needle: &str) -> u32 {
    text.lines()
        .position(|l| l.contains(needle))
        .map(|i| i as u32 + 1)
        .unwrap_or_else(|| panic!("{needle:?} not in text"))
}
