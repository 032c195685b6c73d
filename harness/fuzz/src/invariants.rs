//! The loader invariants every fuzz input must satisfy.
//!
//! This file depends on `stencil_verify` only, so the regression tests
//! (`harness/tests/loader_fuzz_regressions.rs`) include it with `#[path]`
//! and assert exactly what the fuzz targets assert.
//!
//! For a header text `T` and a target:
//!
//! 1. `parse_set(T)` returns (no panic, no hang);
//! 2. every finding is a `parse` finding on the file given, with a 1-based
//!    line that is not past the last line of `T`;
//! 3. if a set `S1` comes back: `check::structure::check_set(S1)` returns;
//!    `T1 = write_set(S1)` returns; `parse_set(T1)` gives a set `S2` with
//!    - no finding of a "not checked" kind (malformed header, unparseable
//!      value, unknown patch function, limit exceeded) unless the first
//!      parse reported it too (same kind, same group, same message but for
//!      numbers): the writer writes only what the grammar reads. (A model
//!      the first parse already found malformed may be reported again; see
//!      also [`known_normalisation`]: a set with no emit function writes a
//!      header with none.)
//!    - if the first parse read the input completely (no "not checked"
//!      finding), no error it did not report (same kind, same group). The
//!      model-level errors the parser reports (table rows without an emit
//!      function, inconsistent `symbols_map`, a body copied twice) are
//!      content the model keeps, so they may come back, but writing must
//!      not invent new ones. When the input was malformed, the writer
//!      normalises the malformation and the same fact may come back under
//!      another kind (a header without a `stencil_groups` table is
//!      "malformed"; written back it has an empty table, and each group
//!      "has no table entry").
//!    - `S2 == S1` except for line numbers (`Span::line`, `Hole::line`,
//!      `Comment::line`, the value of `Stencil::body_line`), which follow
//!      the writer's layout rather than the input's;
//!    - `write_set(S2) == T1`: parse→write is a fixed point after one round,
//!      so `parse_set(T1)` is `S2` exactly, line numbers included.

use stencil_verify::check::structure::check_set;
use stencil_verify::finding::{Finding, FindingKind, Severity};
use stencil_verify::model::StencilSet;
use stencil_verify::parse::{parse_set, ParseLimits};
use stencil_verify::target::Target;
use stencil_verify::write::write_set;

/// The display path every fuzz input is parsed under.
pub const SOURCE: &str = "fuzz.h";

/// Small limits, so that one input cannot make an execution slow: bodies of
/// at most 64 KiB, 512 holes per stencil, 1024 emit functions.
pub fn limits() -> ParseLimits {
    ParseLimits {
        max_file_bytes: 4 << 20,
        max_body_bytes: 64 << 10,
        max_holes_per_stencil: 512,
        max_groups: 1024,
    }
}

/// Number of lines of `text` as the parser counts them (1-based; a final
/// newline does not start another line; an empty text has line 1).
pub fn line_count(text: &str) -> u32 {
    let mut n = text.split('\n').count();
    if n > 1 && text.ends_with('\n') {
        n -= 1;
    }
    u32::try_from(n.max(1)).unwrap_or(u32::MAX)
}

/// The target the first byte of a fuzz input selects.
pub fn target_from_byte(b: u8) -> Target {
    Target::ALL[usize::from(b) % Target::ALL.len()]
}

/// The index of `target` in [`Target::ALL`], i.e. the selector byte that
/// picks it.
pub fn target_byte(target: Target) -> u8 {
    Target::ALL
        .iter()
        .position(|&t| t == target)
        .map_or(0, |i| i as u8)
}

/// `set` with every line number replaced by a constant (1), keeping whether
/// a body line is present: the part of the model a re-layout may change.
pub fn without_lines(set: &StencilSet) -> StencilSet {
    let mut s = set.clone();
    if let Some(map) = s.symbols_map.as_mut() {
        for e in map {
            e.span.line = 1;
        }
    }
    for g in &mut s.groups {
        g.span.line = 1;
        if let Some(row) = g.table.as_mut() {
            row.span.line = 1;
        }
        for st in [&mut g.code, &mut g.data] {
            if let Some(l) = st.body_line.as_mut() {
                *l = (*l).min(1);
            }
            for h in &mut st.holes {
                h.line = 1;
            }
            for c in &mut st.comments {
                c.line = 1;
            }
        }
    }
    s
}

fn check_findings(what: &str, text: &str, findings: &[Finding]) -> Result<(), String> {
    let max_line = line_count(text);
    for f in findings {
        if f.check != "parse" {
            return Err(format!("{what}: finding from check {:?}: {f:?}", f.check));
        }
        if &*f.span.file != SOURCE {
            return Err(format!(
                "{what}: finding names file {:?}: {f:?}",
                f.span.file
            ));
        }
        if f.span.line < 1 || f.span.line > max_line {
            return Err(format!(
                "{what}: finding at line {} outside 1..={max_line}: {f:?}",
                f.span.line
            ));
        }
    }
    Ok(())
}

/// `message` with every run of digits replaced by `#`, to compare findings
/// whose line numbers (or counts) differ.
fn mask_digits(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut in_digits = false;
    for c in message.chars() {
        if c.is_ascii_digit() {
            if !in_digits {
                out.push('#');
            }
            in_digits = true;
        } else {
            out.push(c);
            in_digits = false;
        }
    }
    out
}

/// First differing line of two texts, for messages.
fn first_difference(a: &str, b: &str) -> String {
    let la: Vec<&str> = a.split('\n').collect();
    let lb: Vec<&str> = b.split('\n').collect();
    for i in 0..la.len().max(lb.len()) {
        let x = la.get(i).copied();
        let y = lb.get(i).copied();
        if x != y {
            return format!("line {}: {x:?} vs {y:?}", i + 1);
        }
    }
    "texts equal".to_string()
}

/// Findings on `parse_set(write_set(S1))` that follow from what `S1` is,
/// however the input spelled it; each is one the writer cannot avoid.
/// Returns why, for messages and the README.
///
/// - A set with no group (the parser returns one when it saw a footer, a
///   typedef or `symbols_map`, even if every emit function was dropped)
///   writes a header without an emit function, which the parser reports as
///   "no `emit_` functions: this is not a stencil header". The first parse
///   reported something else when the input had emit functions that were
///   all dropped (e.g. "`emit_X` has no body").
pub fn known_normalisation(set1: &StencilSet, f: &Finding) -> Option<&'static str> {
    if set1.groups.is_empty()
        && f.kind == FindingKind::MalformedHeader
        && f.stencil.is_none()
        && f.message.starts_with("no `emit_` functions")
    {
        return Some("a set without groups writes a header without emit functions");
    }
    None
}

/// Checks every invariant for one header text; `Err` describes the first
/// violation. A panic inside the loader propagates (it is a violation too).
pub fn check_text(text: &str, target: Target) -> Result<(), String> {
    let limits = limits();
    let out = parse_set(SOURCE, text, target, &limits);
    check_findings("parse(input)", text, &out.findings)?;
    let Some(set1) = out.set else {
        return Ok(());
    };
    let _ = check_set(&set1);
    let t1 = write_set(&set1);
    let again = parse_set(SOURCE, &t1, target, &limits);
    check_findings("parse(write(parse(input)))", &t1, &again.findings)?;
    // "The first parse reported this": same kind about the same group.
    let had = |f: &Finding| {
        out.findings
            .iter()
            .any(|g| g.severity == Severity::Error && g.kind == f.kind && g.stencil == f.stencil)
    };
    let explained = |f: &Finding| had(f) || known_normalisation(&set1, f).is_some();
    // For "not checked" findings, also the same message (numbers aside):
    // the input being malformed somewhere does not excuse the written text
    // being malformed somewhere else.
    let had_same = |f: &Finding| {
        out.findings.iter().any(|g| {
            g.kind == f.kind
                && g.stencil == f.stencil
                && mask_digits(&g.message) == mask_digits(&f.message)
        })
    };
    if let Some(f) = again.findings.iter().find(|f| {
        f.kind.is_not_checked() && !had_same(f) && known_normalisation(&set1, f).is_none()
    }) {
        return Err(format!(
            "written text does not parse cleanly: {f:?}\n--- written text\n{t1}"
        ));
    }
    let input_readable = !out.findings.iter().any(|f| f.kind.is_not_checked());
    if input_readable {
        if let Some(f) = again
            .findings
            .iter()
            .find(|f| f.severity == Severity::Error && !explained(f))
        {
            return Err(format!(
                "writing introduced an error the input did not have: {f:?}\n--- written text\n{t1}"
            ));
        }
    }
    let Some(set2) = again.set else {
        return Err(format!(
            "written text parses to no set\n--- written text\n{t1}"
        ));
    };
    let n1 = without_lines(&set1);
    let n2 = without_lines(&set2);
    if n1 != n2 {
        return Err(format!(
            "parse(write(S)) != S (line numbers aside)\n--- S\n{n1:#?}\n--- parse(write(S))\n{n2:#?}\n--- written text\n{t1}"
        ));
    }
    let t2 = write_set(&set2);
    if t1 != t2 {
        return Err(format!(
            "write(parse(T1)) != T1, first difference at {}\n--- T1\n{t1}\n--- T2\n{t2}",
            first_difference(&t1, &t2)
        ));
    }
    Ok(())
}

/// A fuzz input of the `loader` target: the first byte selects the target,
/// the rest (lossy UTF-8) is the header.
pub fn check_loader_input(data: &[u8]) -> Result<(), String> {
    let Some((&sel, rest)) = data.split_first() else {
        return Ok(());
    };
    let text = String::from_utf8_lossy(rest);
    check_text(&text, target_from_byte(sel))
}
