//! The loader on broken input: every problem is a finding with file and
//! line, nothing panics, and the rest of the file still parses.

mod loader_common;

use loader_common::*;
use stencil_verify::finding::FindingKind as F;
use stencil_verify::model::{HoleValue as V, PatchKind as K};
use stencil_verify::parse::{parse_set, ParseLimits};
use stencil_verify::target::Target;

const X86: &str = "v314/x86_64-unknown-linux-gnu.h";
const FILE: &str = "broken.h";

fn x86() -> String {
    read_fixture(X86)
}

fn replace_once(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "{from:?} not in fixture");
    text.replacen(from, to, 1)
}

/// The fixture's groups other than `broken` must parse exactly as in the
/// clean fixture.
fn others_intact(set: &stencil_verify::model::StencilSet, broken: &[&str]) {
    let clean = parse_clean(X86, Target::X86_64Linux);
    for g in &clean.groups {
        if broken.contains(&g.name.as_str()) {
            assert!(set.group(&g.name).is_none(), "{} should be dropped", g.name);
            continue;
        }
        let got = set
            .group(&g.name)
            .unwrap_or_else(|| panic!("{} missing", g.name));
        assert_eq!(got.code.body, g.code.body, "{}", g.name);
        assert_eq!(got.code.holes.len(), g.code.holes.len(), "{}", g.name);
        assert_eq!(got.data.holes.len(), g.data.holes.len(), "{}", g.name);
        assert_eq!(got.table.is_some(), g.table.is_some(), "{}", g.name);
    }
}

#[test]
fn truncated_mid_function() {
    let text = x86();
    let cut = text
        .find("0x48, 0x8b, 0x05, 0x00, 0x00, 0x00, 0x00, 0x49,")
        .unwrap();
    let truncated = &text[..cut + 10];
    let out = parse_set(
        FILE,
        truncated,
        Target::X86_64Linux,
        &ParseLimits::default(),
    );
    assert_well_formed(&out.findings, FILE);
    let last_line = truncated.lines().count() as u32;
    let f = out
        .findings
        .iter()
        .find(|f| f.stencil.as_deref() == Some("_LOAD_CONST_F"))
        .expect("a finding about the truncated group");
    assert_eq!(f.kind, F::MalformedHeader);
    assert_eq!(f.span.line, last_line);
    // No footer at all: one finding for that, not one per group.
    assert_eq!(
        out.findings
            .iter()
            .filter(|f| f.message.contains("no StencilGroup table"))
            .count(),
        1
    );
    assert!(!kinds(&out.findings).contains(&F::TableEntryMismatch));
    let set = out.set.expect("groups before the cut");
    assert_eq!(names(&set), ["shim", "_CALL_HELPER"]);
    assert!(set.groups.iter().all(|g| g.table.is_none()));
    assert_eq!(set.groups[1].code.holes.len(), 5);
}

#[test]
fn truncated_in_the_table() {
    let text = x86();
    let cut = text.find("    [_NOP]").unwrap();
    let truncated = &text[..cut];
    let out = parse_set(
        FILE,
        truncated,
        Target::X86_64Linux,
        &ParseLimits::default(),
    );
    assert_well_formed(&out.findings, FILE);
    assert!(out
        .findings
        .iter()
        .any(|f| f.kind == F::MalformedHeader && f.message.contains("not terminated")));
    let set = out.set.unwrap();
    assert_eq!(set.groups.len(), 6);
    // The table statement was cut, so no uop has a row; the shim still has.
    assert!(set.group("shim").unwrap().table.is_some());
    let mismatches = out
        .findings
        .iter()
        .filter(|f| f.kind == F::TableEntryMismatch)
        .count();
    assert_eq!(mismatches, 5);
}

#[test]
fn garbage_bytes_are_findings_not_panics() {
    let bytes: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let text = String::from_utf8_lossy(&bytes);
    let out = parse_set(FILE, &text, Target::Aarch64Linux, &ParseLimits::default());
    assert_well_formed(&out.findings, FILE);
    assert!(!out.findings.is_empty());
    assert!(out.set.is_none());
    assert!(out
        .findings
        .iter()
        .any(|f| f.message.contains("not a stencil header")));

    // Garbage between two emit functions: one finding, everything else parses.
    let text = replace_once(
        &x86(),
        "void\nemit__NOP(",
        "\u{0}\u{7f}\u{fffd}garbage ((( {{{\n@@@@\n\nvoid\nemit__NOP(",
    );
    let out = parse_set(FILE, &text, Target::X86_64Linux, &ParseLimits::default());
    assert_well_formed(&out.findings, FILE);
    assert_eq!(kinds(&out.findings), [F::MalformedHeader]);
    assert_eq!(out.findings[0].span.line, line_of(&text, "garbage"));
    others_intact(&out.set.unwrap(), &[]);
}

#[test]
fn empty_and_non_header_text() {
    for text in [
        "",
        "\n\n",
        "int main(void) { return 0; }\n",
        "#include <stdio.h>\n",
    ] {
        let out = parse_set(FILE, text, Target::X86_64Linux, &ParseLimits::default());
        assert_well_formed(&out.findings, FILE);
        assert!(!out.findings.is_empty(), "{text:?}");
        assert!(out.set.is_none(), "{text:?}");
    }
}

#[test]
fn more_initializers_than_declared() {
    let text = replace_once(&x86(), "code_body[19]", "code_body[10]");
    let out = parse_set(FILE, &text, Target::X86_64Linux, &ParseLimits::default());
    assert_well_formed(&out.findings, FILE);
    assert_eq!(kinds(&out.findings), [F::MalformedHeader]);
    let f = &out.findings[0];
    assert_eq!(f.span.line, line_of(&text, "code_body[10]"));
    assert_eq!(f.stencil.as_deref(), Some("_LOAD_CONST_F"));
    assert!(
        f.message.contains("10") && f.message.contains("18"),
        "{}",
        f.message
    );
    others_intact(&out.set.unwrap(), &["_LOAD_CONST_F"]);
}

#[test]
fn fewer_initializers_are_elided_zeros() {
    // Declaring more bytes than written is how trailing zeros are elided.
    let text = replace_once(&x86(), "code_body[19]", "code_body[64]");
    let out = parse_set(FILE, &text, Target::X86_64Linux, &ParseLimits::default());
    assert!(out.findings.is_empty(), "{:?}", out.findings);
    let set = out.set.unwrap();
    let g = group(&set, "_LOAD_CONST_F");
    assert_eq!((g.code.body.len(), g.code.written_len), (64, 18));
}

#[test]
fn bad_byte_initializers() {
    for bad in ["0x100", "-1", "0xzz", "banana", "99999999999999999999"] {
        let text = replace_once(&x86(), "0x89, 0x45,\n", &format!("0x89, {bad},\n"));
        let out = parse_set(FILE, &text, Target::X86_64Linux, &ParseLimits::default());
        assert_well_formed(&out.findings, FILE);
        assert_eq!(kinds(&out.findings), [F::MalformedHeader], "{bad}");
        assert!(
            out.findings[0].message.contains(bad),
            "{}",
            out.findings[0].message
        );
        others_intact(&out.set.unwrap(), &["_LOAD_CONST_F"]);
    }
}

#[test]
fn unknown_patch_function() {
    let text = replace_once(
        &x86(),
        "patch_32r(code + 0x4,",
        "patch_x86_64_32q(code + 0x4,",
    );
    let out = parse_set(FILE, &text, Target::X86_64Linux, &ParseLimits::default());
    assert_well_formed(&out.findings, FILE);
    assert_eq!(kinds(&out.findings), [F::UnknownPatchFunction]);
    let f = &out.findings[0];
    assert!(f.message.contains("patch_x86_64_32q"));
    assert_eq!(f.span.line, line_of(&text, "patch_x86_64_32q"));
    assert_eq!(f.stencil.as_deref(), Some("_LOAD_CONST_F"));
    assert_eq!(f.target.as_deref(), Some("x86_64-unknown-linux-gnu"));
    others_intact(&out.set.unwrap(), &["_LOAD_CONST_F"]);
}

#[test]
fn unparseable_values_quote_the_expression() {
    for bad in [
        "got_symbol_address(0x1, state) - 4",
        "(uintptr_t)&a + (uintptr_t)&b",
        "instruction->exit_index",
        "(uintptr_t)data + (uintptr_t)code",
        "99999999999999999999",
        "(uintptr_t)data +",
        "(instruction->operand0 >> 31)",
    ] {
        let text = replace_once(
            &x86(),
            "patch_64(code + 0xc, instruction->target);",
            &format!("patch_64(code + 0xc, {bad});"),
        );
        let out = parse_set(FILE, &text, Target::X86_64Linux, &ParseLimits::default());
        assert_well_formed(&out.findings, FILE);
        assert_eq!(kinds(&out.findings), [F::UnparseableValue], "{bad}");
        let f = &out.findings[0];
        assert!(f.message.contains(bad), "{bad}: {}", f.message);
        assert_eq!(f.span.line, line_of(&text, "patch_64(code + 0xc,"));
        assert_eq!(f.stencil.as_deref(), Some("_SAVE"));
        others_intact(&out.set.unwrap(), &["_SAVE"]);
    }
}

#[test]
fn hole_outside_body_is_not_a_parse_error() {
    let text = replace_once(
        &x86(),
        "patch_64(code + 0xc, instruction->target);",
        "patch_64(code + 0x1000, instruction->target);",
    );
    let out = parse_set(FILE, &text, Target::X86_64Linux, &ParseLimits::default());
    assert!(out.findings.is_empty(), "{:?}", out.findings);
    let set = out.set.unwrap();
    let g = group(&set, "_SAVE");
    assert_eq!(
        holes(&g.code)[1],
        (0x1000, K::Abs64, val(V::Target, None, 0))
    );
}

#[test]
fn unrecognised_statement_drops_only_its_group() {
    let text = replace_once(
        &x86(),
        "    patch_64(code + 0xc, instruction->target);\n",
        "    patch_64(code + 0xc, instruction->target);\n    code[0] = 0x90;\n",
    );
    let out = parse_set(FILE, &text, Target::X86_64Linux, &ParseLimits::default());
    assert_well_formed(&out.findings, FILE);
    assert_eq!(kinds(&out.findings), [F::MalformedHeader]);
    assert_eq!(out.findings[0].span.line, line_of(&text, "code[0] = 0x90;"));
    assert!(out.findings[0].message.contains("code[0] = 0x90;"));
    others_intact(&out.set.unwrap(), &["_SAVE"]);
}

#[test]
fn several_broken_functions_each_report() {
    let text = replace_once(&x86(), "patch_32r(code + 0x4,", "patch_nope(code + 0x4,");
    let text = replace_once(&text, "instruction->target);", "instruction->nope);");
    let text = replace_once(
        &text,
        "patch_64(code + 0x2, instruction->operand0);",
        "patch_64(code + 0x2);",
    );
    let out = parse_set(FILE, &text, Target::X86_64Linux, &ParseLimits::default());
    assert_well_formed(&out.findings, FILE);
    let mut stencils: Vec<_> = out
        .findings
        .iter()
        .map(|f| (f.stencil.clone().unwrap_or_default(), f.kind))
        .collect();
    stencils.sort();
    assert_eq!(
        stencils,
        [
            ("_LOAD_CONST_F".to_string(), F::UnknownPatchFunction),
            ("_LOAD_SMALL".to_string(), F::MalformedHeader),
            ("_SAVE".to_string(), F::UnparseableValue),
        ]
    );
    others_intact(
        &out.set.unwrap(),
        &["_LOAD_CONST_F", "_LOAD_SMALL", "_SAVE"],
    );
}

#[test]
fn table_rows_and_emit_functions_must_match() {
    let text = replace_once(
        &x86(),
        "    [_NOP] = {emit__NOP, 0, 0, {0}},\n",
        "    [_GHOST] = {emit__GHOST, 4, 0, {0}},\n",
    );
    let out = parse_set(FILE, &text, Target::X86_64Linux, &ParseLimits::default());
    assert_well_formed(&out.findings, FILE);
    let mut found: Vec<_> = out
        .findings
        .iter()
        .map(|f| (f.kind, f.stencil.clone(), f.span.line))
        .collect();
    found.sort();
    assert_eq!(
        found,
        [
            (
                F::TableEntryMismatch,
                Some("_GHOST".to_string()),
                line_of(&text, "[_GHOST]")
            ),
            (
                F::TableEntryMismatch,
                Some("_NOP".to_string()),
                line_of(&text, "emit__NOP(")
            ),
        ]
    );
    let set = out.set.unwrap();
    assert!(group(&set, "_NOP").table.is_none());

    // A duplicate row keeps the first.
    let text = replace_once(
        &x86(),
        "    [_NOP] = {emit__NOP, 0, 0, {0}},\n",
        "    [_NOP] = {emit__NOP, 0, 0, {0}},\n    [_NOP2] = {emit__NOP, 8, 0, {0}},\n",
    );
    let out = parse_set(FILE, &text, Target::X86_64Linux, &ParseLimits::default());
    assert_eq!(kinds(&out.findings), [F::TableEntryMismatch]);
    assert_eq!(out.findings[0].span.line, line_of(&text, "[_NOP2]"));
    let set = out.set.unwrap();
    assert_eq!(group(&set, "_NOP").table.as_ref().unwrap().index, "_NOP");
}

#[test]
fn symbols_map_problems() {
    let darwin = read_fixture("v314/aarch64-apple-darwin.h");
    let text = replace_once(
        &darwin,
        "    [1] = &PyHelper_Done,\n",
        "    [0] = &PyHelper_Done,\n",
    );
    let out = parse_set(FILE, &text, Target::Aarch64Darwin, &ParseLimits::default());
    assert_well_formed(&out.findings, FILE);
    assert_eq!(kinds(&out.findings), [F::SymbolsMapInconsistent]);
    assert_eq!(
        out.findings[0].span.line,
        line_of(&text, "[0] = &PyHelper_Done")
    );
    let set = out.set.unwrap();
    assert_eq!(set.symbols_map.as_ref().unwrap().len(), 2);

    let text = replace_once(&darwin, "symbols_map[2]", "symbols_map[3]");
    let out = parse_set(FILE, &text, Target::Aarch64Darwin, &ParseLimits::default());
    assert_eq!(kinds(&out.findings), [F::SymbolsMapInconsistent]);

    let text = replace_once(
        &darwin,
        "    [1] = &PyHelper_Done,\n",
        "    [1] = PyHelper_Done + 1,\n",
    );
    let out = parse_set(FILE, &text, Target::Aarch64Darwin, &ParseLimits::default());
    assert!(kinds(&out.findings).contains(&F::MalformedHeader));
    assert_well_formed(&out.findings, FILE);

    // `{ 0 }` on one line is an empty map too.
    let x86 = x86();
    let text = replace_once(
        &x86,
        "static const void * const symbols_map[1] = {\n    0\n};\n",
        "static const void * const symbols_map[1] = { 0 };\n",
    );
    let out = parse_set(FILE, &text, Target::X86_64Linux, &ParseLimits::default());
    assert!(out.findings.is_empty(), "{:?}", out.findings);
    assert_eq!(out.set.unwrap().symbols_map, Some(vec![]));
}

#[test]
fn patch_before_copy_and_data_after_code_are_reported() {
    let text = replace_once(
        &x86(),
        "    memcpy(code, code_body, sizeof(code_body));\n    patch_64(code + 0x2, (uintptr_t)executor);\n",
        "    patch_64(code + 0x2, (uintptr_t)executor);\n    memcpy(code, code_body, sizeof(code_body));\n",
    );
    let out = parse_set(FILE, &text, Target::X86_64Linux, &ParseLimits::default());
    assert_well_formed(&out.findings, FILE);
    assert_eq!(kinds(&out.findings), [F::MalformedHeader]);
    assert!(out.findings[0].message.contains("before `memcpy(code"));
    assert_eq!(out.findings[0].stencil.as_deref(), Some("_SAVE"));

    let text = replace_once(
        &x86(),
        "    memcpy(data, data_body, sizeof(data_body));\n    patch_64(data + 0x8, (uintptr_t)&PyFloat_Type);\n    memcpy(code, code_body, sizeof(code_body));\n",
        "    memcpy(code, code_body, sizeof(code_body));\n    memcpy(data, data_body, sizeof(data_body));\n    patch_64(data + 0x8, (uintptr_t)&PyFloat_Type);\n",
    );
    let out = parse_set(FILE, &text, Target::X86_64Linux, &ParseLimits::default());
    assert_eq!(kinds(&out.findings), [F::MalformedHeader]);
    assert!(out.findings[0].message.contains("after code"));

    let text = replace_once(
        &x86(),
        "    memcpy(code, code_body, sizeof(code_body));\n    patch_64(code + 0x2, (uintptr_t)executor);\n",
        "    memcpy(code, code_body, sizeof(code_body));\n    memcpy(code, code_body, sizeof(code_body));\n    patch_64(code + 0x2, (uintptr_t)executor);\n",
    );
    let out = parse_set(FILE, &text, Target::X86_64Linux, &ParseLimits::default());
    assert_eq!(kinds(&out.findings), [F::BodyNotCopied]);
}

#[test]
fn limits_are_findings() {
    let text = x86();
    let limits = ParseLimits {
        max_body_bytes: 20,
        ..ParseLimits::default()
    };
    let out = parse_set(FILE, &text, Target::X86_64Linux, &limits);
    assert_well_formed(&out.findings, FILE);
    let over: Vec<_> = out
        .findings
        .iter()
        .filter(|f| f.kind == F::LimitExceeded)
        .filter_map(|f| f.stencil.clone())
        .collect();
    assert_eq!(over, ["_CALL_HELPER", "_LOAD_SMALL", "_SAVE"]);
    let set = out.set.unwrap();
    assert_eq!(names(&set), ["shim", "_LOAD_CONST_F", "_NOP"]);

    let limits = ParseLimits {
        max_file_bytes: 100,
        ..ParseLimits::default()
    };
    let out = parse_set(FILE, &text, Target::X86_64Linux, &limits);
    assert_eq!(kinds(&out.findings), [F::LimitExceeded]);
    assert_eq!(out.findings[0].span.line, 1);
    assert!(out.set.is_none());

    let limits = ParseLimits {
        max_groups: 2,
        ..ParseLimits::default()
    };
    let out = parse_set(FILE, &text, Target::X86_64Linux, &limits);
    assert_eq!(kinds(&out.findings), [F::LimitExceeded]);
    assert_eq!(names(out.set.as_ref().unwrap()), ["shim", "_CALL_HELPER"]);

    let limits = ParseLimits {
        max_holes_per_stencil: 2,
        ..ParseLimits::default()
    };
    let out = parse_set(FILE, &text, Target::X86_64Linux, &limits);
    assert_eq!(kinds(&out.findings), [F::LimitExceeded, F::LimitExceeded]);
    assert_eq!(
        names(out.set.as_ref().unwrap()),
        ["shim", "_LOAD_CONST_F", "_NOP", "_SAVE"]
    );

    // A huge declared body is refused before anything is allocated.
    let text = replace_once(&x86(), "code_body[19]", "code_body[18446744073709551615]");
    let out = parse_set(FILE, &text, Target::X86_64Linux, &ParseLimits::default());
    assert_eq!(kinds(&out.findings), [F::LimitExceeded]);
    // And so is a huge implicit (all-zero) body from the table.
    let text = replace_once(
        &x86(),
        "{emit__CALL_HELPER, 35, 16,",
        "{emit__CALL_HELPER, 35, 99999999999,",
    );
    let out = parse_set(FILE, &text, Target::X86_64Linux, &ParseLimits::default());
    assert_eq!(kinds(&out.findings), [F::LimitExceeded]);
    assert!(group(out.set.as_ref().unwrap(), "_CALL_HELPER")
        .data
        .body
        .is_empty());
}

#[test]
fn crlf_and_spacing_variations_parse() {
    let text = x86()
        .replace('\n', "\r\n")
        .replace(
            "patch_64(code + 0x2, (uintptr_t)executor);",
            "patch_64( code+0x2 ,(uintptr_t) executor ) ;",
        )
        .replace("{emit__SAVE, 24, 0, {0}}", "{ emit__SAVE ,24,0,{ 0 } }");
    let out = parse_set(FILE, &text, Target::X86_64Linux, &ParseLimits::default());
    assert!(out.findings.is_empty(), "{:?}", out.findings);
    let clean = parse_clean(X86, Target::X86_64Linux);
    let set = out.set.unwrap();
    assert_eq!(
        holes(&group(&set, "_SAVE").code),
        holes(&group(&clean, "_SAVE").code)
    );
    assert_eq!(
        group(&set, "_SAVE").table.as_ref().unwrap().trampoline_mask,
        Some(vec![])
    );
}

#[test]
fn mixed_generation_text_is_flagged() {
    // A 3.14 body in a 3.13 header: the signature does not match.
    let text = replace_once(
        &read_fixture("v313/x86_64-unknown-linux-gnu.h"),
        "emit__LOAD_GLOBAL(\n    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,\n    const _PyUOpInstruction *instruction, uintptr_t instruction_starts[])",
        "emit__LOAD_GLOBAL(\n    unsigned char *code, unsigned char *data, _PyExecutorObject *executor,\n    const _PyUOpInstruction *instruction, jit_state *state)",
    );
    let out = parse_set(FILE, &text, Target::X86_64Linux, &ParseLimits::default());
    assert_well_formed(&out.findings, FILE);
    assert_eq!(kinds(&out.findings), [F::MalformedHeader]);
    assert_eq!(out.findings[0].stencil.as_deref(), Some("_LOAD_GLOBAL"));
    assert_eq!(out.set.unwrap().shape, stencil_verify::model::Shape::V313);

    // A 3.14 row in a 3.15 table.
    let text = replace_once(
        &read_fixture("v315/aarch64-unknown-linux-gnu.h"),
        "[_NOP] = {emit__NOP, 0, 0, {0}, {0}}",
        "[_NOP] = {emit__NOP, 0, 0, {0}}",
    );
    let out = parse_set(FILE, &text, Target::Aarch64Linux, &ParseLimits::default());
    assert_eq!(kinds(&out.findings), [F::MalformedHeader]);
    assert_eq!(out.findings[0].span.line, line_of(&text, "[_NOP]"));
}

#[test]
fn body_without_its_function_header() {
    // Cut the `void` / `emit__SAVE(` / parameters / `{` lines.
    let text = x86();
    let start = text.find("void\nemit__SAVE(").unwrap();
    let brace = start + text[start..].find("{\n").unwrap() + 2;
    let text = format!("{}{}", &text[..start], &text[brace..]);
    let out = parse_set(FILE, &text, Target::X86_64Linux, &ParseLimits::default());
    assert_well_formed(&out.findings, FILE);
    assert!(out
        .findings
        .iter()
        .any(|f| f.message.contains("outside an emit function")));
    let set = out.set.unwrap();
    assert!(set.group("_SAVE").is_none());
    assert!(set.verbatim.is_empty());
    // Its row now names a function that does not exist.
    assert!(out
        .findings
        .iter()
        .any(|f| f.kind == F::TableEntryMismatch && f.stencil.as_deref() == Some("_SAVE")));
}
