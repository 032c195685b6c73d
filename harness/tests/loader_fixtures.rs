//! The loader on hand-written fixtures of every header shape: precise
//! contents, and byte-identical round trips through `write_set`.

mod loader_common;

use loader_common::*;
use stencil_verify::model::{GroupRole, HoleValue as V, PatchKind as K, Shape};
use stencil_verify::parse::{parse_set, ParseLimits};
use stencil_verify::target::Target;
use stencil_verify::write::write_set;

const ALL: [(&str, Target, Shape); 6] = [
    (
        "v314/x86_64-unknown-linux-gnu.h",
        Target::X86_64Linux,
        Shape::V314,
    ),
    (
        "v314/i686-pc-windows-msvc.h",
        Target::I686Windows,
        Shape::V314,
    ),
    (
        "v314/aarch64-apple-darwin.h",
        Target::Aarch64Darwin,
        Shape::V314,
    ),
    (
        "v313/x86_64-unknown-linux-gnu.h",
        Target::X86_64Linux,
        Shape::V313,
    ),
    (
        "v315/aarch64-unknown-linux-gnu.h",
        Target::Aarch64Linux,
        Shape::V315,
    ),
    (
        "v315/x86_64-apple-darwin.h",
        Target::X86_64Darwin,
        Shape::V315,
    ),
];

#[test]
fn every_fixture_round_trips_byte_for_byte() {
    for (rel, target, shape) in ALL {
        let set = parse_clean(rel, target);
        assert_eq!(set.shape, shape, "{rel}");
        assert_eq!(set.target, target, "{rel}");
        assert_eq!(&*set.source, rel);
    }
}

#[test]
fn parsed_model_survives_write_and_reparse_unchanged() {
    for (rel, target, _) in ALL {
        let set = parse_clean(rel, target);
        let text = write_set(&set);
        let again = parse_set(rel, &text, target, &ParseLimits::default());
        assert!(again.findings.is_empty(), "{rel}: {:?}", again.findings);
        assert_eq!(again.set.as_ref(), Some(&set), "{rel}");
    }
}

#[test]
fn shape_comes_from_the_text_not_the_file_name() {
    // A 3.13 header under a 3.14-looking name, and vice versa.
    let text = read_fixture("v313/x86_64-unknown-linux-gnu.h");
    let out = parse(
        "jit_stencils-x86_64-unknown-linux-gnu.h",
        &text,
        Target::X86_64Linux,
    );
    assert_eq!(out.set.map(|s| s.shape), Some(Shape::V313));
    let text = read_fixture("v315/x86_64-apple-darwin.h");
    let out = parse("whatever.h", &text, Target::X86_64Darwin);
    assert_eq!(out.set.map(|s| s.shape), Some(Shape::V315));
}

#[test]
fn x86_64_linux_314_contents() {
    let rel = "v314/x86_64-unknown-linux-gnu.h";
    let text = read_fixture(rel);
    let set = parse_clean(rel, Target::X86_64Linux);
    assert_eq!(
        names(&set),
        [
            "shim",
            "_CALL_HELPER",
            "_LOAD_CONST_F",
            "_LOAD_SMALL",
            "_NOP",
            "_SAVE"
        ]
    );
    assert_eq!(set.symbol_mask_words, Some(1));
    assert_eq!(set.table_bound, "MAX_UOP_ID");
    assert_eq!(set.symbols_map, Some(vec![]));
    assert!(set.verbatim.is_empty());
    assert_eq!(set.uops().count(), 5);

    let shim = group(&set, "shim");
    assert_eq!(shim.role, GroupRole::Shim);
    assert_eq!(shim.span.line, 2);
    assert_eq!(&*shim.span.file, rel);
    assert_eq!(shim.code.body.len(), 17);
    assert_eq!(shim.code.written_len, 17);
    assert_eq!(shim.code.body_line, Some(line_of(&text, "code_body[17]")));
    assert!(shim.code.copied);
    assert_eq!(shim.code.comments.len(), 9);
    assert_eq!(shim.code.comments[0].text, "0000000000000000 <_JIT_ENTRY>:");
    assert_eq!(shim.code.comments[0].line, 6);
    assert!(shim.data.comments.is_empty());
    assert_eq!(&shim.code.body[..4], &[0x55, 0x49, 0x89, 0xfc]);
    assert_eq!(shim.code.body[16], 0xc3);
    assert_eq!(
        holes(&shim.code),
        [(0xb, K::Rel32, val(V::Continue, None, -4))]
    );
    let row = shim.table.as_ref().unwrap();
    assert_eq!(row.index, "");
    assert_eq!(row.emit, "emit_shim");
    assert_eq!((row.code_size, row.data_size), (17, 0));
    assert_eq!(row.trampoline_mask, Some(vec![]));
    assert_eq!(row.got_mask, None);
    assert_eq!(
        row.span.line,
        line_of(&text, "static const StencilGroup shim")
    );

    let g = group(&set, "_CALL_HELPER");
    assert_eq!(g.role, GroupRole::Uop);
    assert_eq!(g.code.body.len(), 35);
    assert_eq!(g.code.written_len, 31);
    assert_eq!(&g.code.body[30..], &[0xe9, 0, 0, 0, 0]);
    // No data_body: two all-zero GOT slots restored from the table row.
    assert_eq!(g.data.body, vec![0; 16]);
    assert_eq!(g.data.written_len, 0);
    assert_eq!(g.data.body_line, None);
    assert!(!g.data.copied);
    assert_eq!(g.data.comments.len(), 2);
    assert_eq!(g.data.comments[1].text, "8: &PyHelper_Table+0x0");
    assert_eq!(
        holes(&g.data),
        [
            (0x0, K::Abs64, val(V::Zero, Some("PyHelper_Do"), 0)),
            (0x8, K::Abs64, val(V::Zero, Some("PyHelper_Table"), 0)),
        ]
    );
    assert_eq!(
        holes(&g.code),
        [
            (0x5, K::X86_64Rel32x, val(V::Data, None, -4)),
            (0xe, K::Rel32, val(V::ErrorTarget, None, -4)),
            (0x15, K::X86_64Rel32x, val(V::Data, None, 4)),
            (0x1a, K::Rel32, val(V::Zero, Some("PyHelper_Done"), -4)),
            (0x1f, K::Rel32, val(V::JumpTarget, None, -4)),
        ]
    );
    assert_eq!(
        g.code.holes[0].line,
        line_of(&text, "patch_x86_64_32rx(code + 0x5,")
    );
    let row = g.table.as_ref().unwrap();
    assert_eq!(row.index, "_CALL_HELPER");
    assert_eq!((row.code_size, row.data_size), (35, 16));
    assert_eq!(
        g.code
            .disassembly_at(0x7)
            .map(|c| c.text.trim_end().to_string()),
        Some("3: ff 15 00 00 00 00             callq   *(%rip)".to_string())
    );

    let g = group(&set, "_LOAD_CONST_F");
    assert_eq!(g.code.body.len(), 19);
    assert_eq!(g.code.written_len, 18);
    assert_eq!(
        g.data.body,
        [0, 0, 0, 0, 0, 0, 0xf0, 0x3f, 0, 0, 0, 0, 0, 0, 0, 0]
    );
    assert_eq!(g.data.written_len, 8);
    assert!(g.data.copied);
    assert_eq!(g.data.body_line, Some(line_of(&text, "data_body[16]")));
    assert_eq!(g.code.comments.len(), 6);
    assert_eq!(g.data.comments.len(), 2);
    assert_eq!(g.data.comments[0].text, "0: 00 00 00 00 00 00 f0 3f");
    assert_eq!(
        holes(&g.data),
        [(0x8, K::Abs64, val(V::Zero, Some("PyFloat_Type"), 0))]
    );
    assert_eq!(
        holes(&g.code),
        [
            (0x4, K::Rel32, val(V::Data, None, -4)),
            (0xb, K::X86_64Rel32x, val(V::Data, None, 4)),
        ]
    );

    let g = group(&set, "_LOAD_SMALL");
    assert_eq!((g.code.body.len(), g.code.written_len), (37, 33));
    assert!(g.data.body.is_empty());
    assert_eq!(
        holes(&g.code),
        [
            (0x2, K::Abs64, val(V::Operand0, None, 0)),
            (0x10, K::Abs64, val(V::Oparg, None, 2)),
            (0x21, K::Rel32, val(V::Continue, None, -4)),
        ]
    );

    let g = group(&set, "_NOP");
    assert!(g.code.body.is_empty() && g.data.body.is_empty());
    assert!(!g.code.copied && g.code.holes.is_empty() && g.code.comments.is_empty());
    assert_eq!(g.code.body_line, None);
    let row = g.table.as_ref().unwrap();
    assert_eq!((row.code_size, row.data_size), (0, 0));

    let g = group(&set, "_SAVE");
    assert_eq!(
        holes(&g.code),
        [
            (0x2, K::Abs64, val(V::Executor, None, 0)),
            (0xc, K::Abs64, val(V::Target, None, 0)),
        ]
    );
}

#[test]
fn i686_314_contents() {
    let set = parse_clean("v314/i686-pc-windows-msvc.h", Target::I686Windows);
    assert_eq!(names(&set), ["shim", "_CALL_DEALLOC", "_LOAD_WIDE"]);
    let shim = group(&set, "shim");
    assert_eq!(
        holes(&shim.code),
        [
            (0x6, K::Abs32, val(V::Executor, None, 0)),
            (0xf, K::X86_64Rel32x, val(V::Continue, None, -4)),
        ]
    );
    let g = group(&set, "_LOAD_WIDE");
    assert_eq!((g.code.body.len(), g.code.written_len), (43, 39));
    assert_eq!(
        holes(&g.code),
        [
            (0x6, K::Abs32, val(V::Operand0Lo, None, 0)),
            (0xd, K::Abs32, val(V::Operand0Hi, None, 0)),
            (0x14, K::Abs32, val(V::Operand1Lo, None, 0)),
            (0x1b, K::Abs32, val(V::Operand1Hi, None, 0)),
            (0x22, K::Abs32, val(V::Oparg, None, 0)),
            (0x27, K::X86_64Rel32x, val(V::Continue, None, -4)),
        ]
    );
    let g = group(&set, "_CALL_DEALLOC");
    assert_eq!((g.code.body.len(), g.code.written_len), (31, 27));
    assert_eq!(
        holes(&g.code),
        [
            (0x6, K::X86_64Rel32x, val(V::Zero, Some("_Py_Dealloc"), -4)),
            (0x11, K::X86_64Rel32x, val(V::ErrorTarget, None, -4)),
            (0x16, K::Abs32, val(V::Zero, Some("_Py_NoneStruct"), 8)),
            (0x1b, K::X86_64Rel32x, val(V::JumpTarget, None, -4)),
        ]
    );
    assert!(g.data.body.is_empty());
}

#[test]
fn aarch64_darwin_314_contents() {
    let set = parse_clean("v314/aarch64-apple-darwin.h", Target::Aarch64Darwin);
    assert_eq!(names(&set), ["shim", "_CALL_EXT", "_LOAD_CONST", "_NOP"]);
    let map = set.symbols_map.as_ref().unwrap();
    assert_eq!(
        map.iter()
            .map(|e| (e.ordinal, e.symbol.as_str()))
            .collect::<Vec<_>>(),
        [(0, "PyHelper_Do"), (1, "PyHelper_Done")]
    );
    assert!(map[1].span.line > map[0].span.line);
    let shim = group(&set, "shim");
    assert_eq!(
        holes(&shim.code),
        [(0x8, K::Aarch64Branch26, val(V::Continue, None, 0))]
    );
    let g = group(&set, "_CALL_EXT");
    assert_eq!(
        holes(&g.code),
        [
            (0x0, K::Aarch64Pair33x, val(V::Data, None, 0)),
            (
                0x8,
                K::Aarch64Trampoline,
                stencil_verify::model::HoleOperand::SymbolOrdinal(0)
            ),
            (
                0xc,
                K::Aarch64Trampoline,
                stencil_verify::model::HoleOperand::SymbolOrdinal(1)
            ),
            (0x10, K::Aarch64Branch19, val(V::ErrorTarget, None, 0)),
            (0x14, K::Aarch64Branch26, val(V::JumpTarget, None, 0)),
        ]
    );
    assert_eq!(g.data.body, vec![0; 8]);
    let row = g.table.as_ref().unwrap();
    assert_eq!(row.trampoline_mask, Some(vec![3]));
    assert_eq!((row.code_size, row.data_size), (24, 8));
    let g = group(&set, "_LOAD_CONST");
    assert_eq!(g.data.body, [0x2a, 0, 0, 0, 0, 0, 0, 0]);
    assert_eq!(g.data.written_len, 1);
    assert!(g.data.copied && g.code.copied);
    assert_eq!(
        holes(&g.code),
        [
            (0x0, K::Aarch64Page21, val(V::Data, None, 0)),
            (0x4, K::Aarch64Lo12, val(V::Data, None, 0)),
        ]
    );
    assert!(g.data.holes.is_empty());
}

#[test]
fn v313_contents() {
    let set = parse_clean("v313/x86_64-unknown-linux-gnu.h", Target::X86_64Linux);
    assert_eq!(names(&set), ["_JUMP_IF", "_LOAD_GLOBAL", "trampoline"]);
    assert_eq!(set.symbols_map, None);
    assert_eq!(set.symbol_mask_words, None);
    assert_eq!(set.table_bound, "MAX_UOP_ID");
    let t = group(&set, "trampoline");
    assert_eq!(t.role, GroupRole::Shim);
    let row = t.table.as_ref().unwrap();
    assert_eq!((row.code_size, row.data_size), (11, 0));
    assert_eq!(row.trampoline_mask, None);
    assert_eq!(row.got_mask, None);
    let g = group(&set, "_JUMP_IF");
    // 3.13 writes every byte, trailing zeros included.
    assert_eq!((g.code.body.len(), g.code.written_len), (24, 24));
    assert_eq!(
        holes(&g.code),
        [
            (0x2, K::Abs64, val(V::Operand0, None, 0)),
            (0xf, K::Rel32, val(V::JumpTarget, None, -4)),
            (0x14, K::Rel32, val(V::ErrorTarget, None, -4)),
        ]
    );
    let g = group(&set, "_LOAD_GLOBAL");
    assert_eq!((g.data.body.len(), g.data.written_len), (8, 8));
    assert!(g.data.copied);
    assert_eq!(g.data.comments.len(), 1);
    assert_eq!(g.table.as_ref().unwrap().index, "_LOAD_GLOBAL");
}

#[test]
fn v315_contents() {
    let set = parse_clean("v315/aarch64-unknown-linux-gnu.h", Target::Aarch64Linux);
    assert_eq!(set.table_bound, "MAX_UOP_REGS_ID");
    assert_eq!(set.verbatim.len(), 6);
    assert_eq!(set.verbatim[0], "#define _Py_JIT_HAS_SHIM_CFI 1");
    assert!(set.verbatim[1].starts_with("static const uint8_t _Py_jit_shim_cie_init_cfi[3] = {\n"));
    assert!(set.verbatim[2].ends_with("    0x1f, 0x00,\n};"));
    assert_eq!(set.verbatim[5], "#define _Py_jit_shim_ra_column  30");
    let shim = group(&set, "shim");
    let row = shim.table.as_ref().unwrap();
    assert_eq!(row.trampoline_mask, Some(vec![]));
    assert_eq!(row.got_mask, Some(vec![]));
    let g = group(&set, "_LOAD_OPERAND_WIDE");
    let row = g.table.as_ref().unwrap();
    assert_eq!(row.trampoline_mask, Some(vec![1]));
    assert_eq!(row.got_mask, Some(vec![2]));
    assert_eq!(
        holes(&g.code),
        [
            (0x0, K::Aarch64Mov16a, val(V::Operand0, None, 0)),
            (0x4, K::Aarch64Mov16b, val(V::Operand0, None, 0)),
            (0x8, K::Aarch64Mov16c, val(V::Operand0, None, 0)),
            (0xc, K::Aarch64Mov16d, val(V::Operand0, None, 0)),
            (0x14, K::Aarch64Page21x, val(V::Data, None, 0)),
            (0x18, K::Aarch64Lo12x, val(V::Data, None, 0)),
            (
                0x1c,
                K::Aarch64Trampoline,
                stencil_verify::model::HoleOperand::SymbolOrdinal(0)
            ),
        ]
    );

    let set = parse_clean("v315/x86_64-apple-darwin.h", Target::X86_64Darwin);
    assert_eq!(set.verbatim, ["#define _Py_JIT_HAS_SHIM_CFI 0"]);
    let g = group(&set, "_CALL_EXT");
    assert_eq!((g.code.body.len(), g.code.written_len), (13, 10));
    assert_eq!(
        holes(&g.code),
        [
            (
                0x4,
                K::X86_64Trampoline,
                stencil_verify::model::HoleOperand::SymbolOrdinal(0)
            ),
            (0x9, K::Rel32, val(V::Continue, None, -4)),
        ]
    );
    let row = g.table.as_ref().unwrap();
    assert_eq!(row.trampoline_mask, Some(vec![1]));
    assert_eq!(row.got_mask, Some(vec![]));
}

#[test]
fn a_model_built_in_memory_writes_the_same_text() {
    // Rebuild every set with zero spans and lines (body lines unknown or 0,
    // as a generator fills them): write_set must not depend on them.
    for (rel, target, _) in ALL {
        for body_line in [None, Some(0)] {
            let mut set = parse_clean(rel, target);
            let text = write_set(&set);
            let zero: std::sync::Arc<str> = std::sync::Arc::from("");
            set.source = zero.clone();
            for g in &mut set.groups {
                g.span = stencil_verify::model::Span::new(&zero, 0);
                for s in [&mut g.code, &mut g.data] {
                    s.body_line = body_line;
                    for h in &mut s.holes {
                        h.line = 0;
                    }
                    for c in &mut s.comments {
                        c.line = 0;
                    }
                }
                if let Some(r) = &mut g.table {
                    r.span = stencil_verify::model::Span::new(&zero, 0);
                }
            }
            if let Some(map) = &mut set.symbols_map {
                for e in map {
                    e.span = stencil_verify::model::Span::new(&zero, 0);
                }
            }
            assert_eq!(write_set(&set), text, "{rel} {body_line:?}");
        }
    }
}

#[test]
fn a_copied_flag_without_a_declaration_writes_no_memcpy() {
    // An inconsistent in-memory stencil (copied, but nothing to declare)
    // must still produce a header that parses back.
    let rel = "v314/x86_64-unknown-linux-gnu.h";
    let mut set = parse_clean(rel, Target::X86_64Linux);
    let g = set
        .groups
        .iter_mut()
        .find(|g| g.name == "_CALL_HELPER")
        .unwrap();
    g.data.copied = true;
    let text = write_set(&set);
    let out = parse_set(rel, &text, Target::X86_64Linux, &ParseLimits::default());
    assert!(out.findings.is_empty(), "{:?}", out.findings);
    let set = out.set.unwrap();
    assert!(!group(&set, "_CALL_HELPER").data.copied);
    assert_eq!(write_set(&set), text);
}

#[test]
fn stencil_for_matches_cpython_elision() {
    use stencil_verify::write::stencil_for;
    let rel = "v314/x86_64-unknown-linux-gnu.h";
    let set = parse_clean(rel, Target::X86_64Linux);
    for g in &set.groups {
        for s in [&g.code, &g.data] {
            let built = stencil_for(
                Shape::V314,
                s.body.clone(),
                s.holes.clone(),
                s.comments.clone(),
            );
            assert_eq!(built.written_len, s.written_len, "{}", g.name);
            assert_eq!(built.copied, s.copied, "{}", g.name);
        }
    }
}

#[test]
fn build_directory_digest_lines_round_trip() {
    // A build writes `// <digest>` (and maybe a comment) and a blank line
    // before the stencils.
    for (rel, target, _) in ALL {
        let text = format!(
            "// 0f3a9c1e5b7d2468ace013579bdf2468ace013579bdf2468ace013579bdf2468\n// built for tests\n\n{}",
            read_fixture(rel)
        );
        let out = parse_set(rel, &text, target, &ParseLimits::default());
        assert!(out.findings.is_empty(), "{rel}: {:?}", out.findings);
        let set = out.set.unwrap();
        assert_eq!(
            set.verbatim.first().map(String::as_str),
            Some("// 0f3a9c1e5b7d2468ace013579bdf2468ace013579bdf2468ace013579bdf2468")
        );
        assert_eq!(write_set(&set), text, "{rel}");
    }
}
