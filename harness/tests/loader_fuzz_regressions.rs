//! Regression tests from the loader fuzz targets (`harness/fuzz`, see its
//! README): every input the fuzzers found, minimised, and the committed seed
//! corpora, checked against the same invariants the fuzz targets assert
//! (`harness/fuzz/src/invariants.rs`, included here as a module): no panic,
//! findings on real lines, `check_set` survives the model, and
//! parse→write→parse is a fixed point.

#[allow(dead_code)]
#[path = "../fuzz/src/invariants.rs"]
mod invariants;
#[allow(dead_code)]
#[path = "../fuzz/src/mutate.rs"]
mod mutate;

use invariants::{check_loader_input, check_text};
use std::path::PathBuf;
use stencil_verify::parse::parse_set;
use stencil_verify::target::Target;
use stencil_verify::write::write_set;

fn assert_holds(what: &str, text: &str, target: Target) {
    if let Err(violation) = check_text(text, target) {
        panic!("{what}: loader invariant violated: {violation}");
    }
}

fn corpus(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{}: empty corpus", dir.display());
    files
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (p.file_name().unwrap().to_string_lossy().into_owned(), bytes)
        })
        .collect()
}

/// Every committed `loader` seed satisfies the invariants.
#[test]
fn committed_loader_corpus() {
    for (name, bytes) in corpus("loader") {
        if let Err(violation) = check_loader_input(&bytes) {
            panic!("corpus/loader/{name}: loader invariant violated: {violation}");
        }
    }
}

/// Every committed `structured` seed (an edit program) satisfies them.
#[test]
fn committed_structured_corpus() {
    for (name, bytes) in corpus("structured") {
        let (base, text, target) = mutate::mutate(&bytes);
        let text = String::from_utf8_lossy(&text);
        assert_holds(
            &format!("corpus/structured/{name} (base {base})"),
            &text,
            target,
        );
    }
}

/// The identity edit program reproduces every base header byte for byte,
/// and each base parses clean and writes itself back.
#[test]
fn structured_bases_are_clean_fixed_points() {
    for (i, base) in mutate::BASES.iter().enumerate() {
        let (_, text, target) = mutate::mutate(&[i as u8]);
        assert_eq!(text, base.text.as_bytes(), "{}", base.name);
        assert_eq!(target, base.target, "{}", base.name);
        let out = parse_set(base.name, base.text, base.target, &invariants::limits());
        assert!(
            out.findings.is_empty(),
            "{}: {:#?}",
            base.name,
            out.findings
        );
        let set = out.set.expect("a set");
        assert!(
            write_set(&set) == base.text,
            "{}: not a fixed point",
            base.name
        );
    }
}

/// Found by `loader` (minimised): an input whose only emit function is
/// dropped ("has no body") but which has a `symbols_map` parses to a set
/// with no group; written back, the header has no emit function and the
/// parser says "not a stencil header". An accepted normalisation
/// (`invariants::known_normalisation`), kept so that it stays the only
/// difference.
#[test]
fn all_emit_functions_dropped_gives_an_empty_set() {
    let input = b"\x01emit_shi\nstatic const\x03symbols_map[1]= {\n\n};\n";
    if let Err(violation) = check_loader_input(input) {
        panic!("loader invariant violated: {violation}");
    }
}

/// Found by `loader` (minimised from 24 crashes): the `stencil_groups`
/// bound is stored in the model even when the parser reports it is not of
/// the form `NAME + 1`, and the `NAME` part is any run of tokens. A bound
/// of `[` is written back as `stencil_groups[[ + 1] = {`, which does not
/// parse ("statement ... is not terminated"), and the re-read model has
/// another bound (`MAX_UOP_ID`).
#[test]
fn stencil_groups_bound_that_is_not_a_name() {
    // Byte 0 is the target selector: 0x0a -> i686-pc-windows-msvc.
    let input = b"\nstatic const StencilGroup s[[]};";
    if let Err(violation) = check_loader_input(input) {
        panic!("loader invariant violated: {violation}");
    }
}

/// The same bug in a real header: a one-character typo (`}` for `]`)
/// makes the bound run to the first `]` of the first row, and that text is
/// kept as the bound: written back as
/// `stencil_groups[MAX_UOP_ID + 1 } = { [_CALL_HELPER + 1] = {`.
#[test]
fn stencil_groups_bound_typo_in_a_real_header() {
    let header = include_str!("fixtures/loader/v314/x86_64-unknown-linux-gnu.h");
    let text = header.replace(
        "stencil_groups[MAX_UOP_ID + 1]",
        "stencil_groups[MAX_UOP_ID + 1}",
    );
    assert_ne!(text, header);
    assert_holds("`]` -> `}` in the bound", &text, Target::X86_64Linux);
}

/// Found by `loader` (minimised from 68 crashes): a top-level `//` line
/// after another top-level item the model keeps verbatim (`#define`,
/// `static ...;`) is kept in input order in `StencilSet::verbatim`, but
/// `write_set` hoists every comment item to the top of the header, so the
/// re-read model has the items in another order. A clean 3.15 header with a
/// trailing comment line is enough.
#[test]
fn top_level_comment_after_a_verbatim_item() {
    let input = b"\nstatic;\n//\nstatic const symbols_map={\x00};";
    if let Err(violation) = check_loader_input(input) {
        panic!("minimised: loader invariant violated: {violation}");
    }
    let header = include_str!("fixtures/loader/v315/x86_64-apple-darwin.h");
    let text = format!("{header}// end of header\n");
    let out = parse_set("t.h", &text, Target::X86_64Darwin, &invariants::limits());
    assert!(out.findings.is_empty(), "{:#?}", out.findings);
    assert_holds(
        "v315 fixture + trailing comment",
        &text,
        Target::X86_64Darwin,
    );
}

/// Found by `structured` (edit programs on the loader fixtures): the same
/// two bugs reached from real headers. The first program moves lines so
/// that disassembly comments land at top level after other verbatim items
/// (verbatim order, as above); the second splits `MAX_UOP_ID` with a quote
/// and deletes the bound's `]`, so the bound runs into the first row
/// (`MAX_UOP_I "D + 1] = { [_CALL_EXT`) and is written back unreadable.
#[test]
fn structured_findings() {
    let programs: [(&str, &[u8]); 2] = [
        (
            "verbatim order (fixture v315/x86_64-apple-darwin)",
            b"\x7d\x2c\x1e\xff\x93\x23\x07\x3d\xf7\x20\xff\xe4\x2e",
        ),
        (
            "stencil_groups bound (fixture v314/aarch64-apple-darwin)",
            b"\xf9\x40\x41\x00\x00\x0d\xff\xff\x00\x46\xba\xfa\x00\xff\xff\x58\x7a",
        ),
    ];
    for (what, program) in programs {
        let (base, text, target) = mutate::mutate(program);
        let text = String::from_utf8_lossy(&text);
        assert_holds(&format!("{what}, base {base}"), &text, target);
    }
}
