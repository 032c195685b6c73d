//! Group-level tests of the reference patcher: `patch_group` on small
//! hand-assembled stencils, for every target family.

use std::sync::Arc;
use stencil_verify::model::{
    Group, GroupRole, Hole, HoleOperand, HoleValue, Part, PatchKind, Shape, Span, Stencil,
    StencilSet, SymbolMapEntry, ValueExpr,
};
use stencil_verify::patch::{
    encode_unchecked, patch_group, patch_group_with, Encoders, HoleValues, NoMemory,
    PatchErrorKind, PatchOptions, PatchedGroup, Placement, Relaxation,
};
use stencil_verify::target::Target;

// ---- builders ---------------------------------------------------------------

fn file() -> Arc<str> {
    Arc::from("test.h")
}

fn stencil(body: Vec<u8>, holes: Vec<Hole>) -> Stencil {
    Stencil {
        written_len: body.len(),
        body,
        body_line: Some(1),
        copied: true,
        holes,
        comments: Vec::new(),
    }
}

fn group(code: Vec<u8>, code_holes: Vec<Hole>, data: Vec<u8>, data_holes: Vec<Hole>) -> Group {
    Group {
        name: "_TEST".into(),
        role: GroupRole::Uop,
        span: Span::new(&file(), 1),
        code: stencil(code, code_holes),
        data: stencil(data, data_holes),
        table: None,
    }
}

fn set(target: Target, symbols_map: Option<&[(u32, &str)]>) -> StencilSet {
    StencilSet {
        source: file(),
        target,
        shape: Shape::V314,
        groups: Vec::new(),
        symbols_map: symbols_map.map(|m| {
            m.iter()
                .map(|(o, s)| SymbolMapEntry {
                    ordinal: *o,
                    symbol: s.to_string(),
                    span: Span::new(&file(), 1),
                })
                .collect()
        }),
        symbol_mask_words: Some(4),
        table_bound: "MAX_UOP_ID".into(),
        verbatim: Vec::new(),
    }
}

fn hole(offset: u64, kind: PatchKind, base: HoleValue, sym: Option<&str>, addend: i64) -> Hole {
    Hole {
        offset,
        kind,
        operand: HoleOperand::Value(ValueExpr::new(base, sym, addend)),
        line: 1,
    }
}

fn tramp(offset: u64, kind: PatchKind, ordinal: u32) -> Hole {
    Hole {
        offset,
        kind,
        operand: HoleOperand::SymbolOrdinal(ordinal),
        line: 1,
    }
}

fn values(code: u64, data: u64, symbols: &[(&str, u64)]) -> HoleValues {
    HoleValues {
        code,
        data,
        executor: 0xE000_0000,
        oparg: 7,
        operand0: 0x1122_3344_5566_7788,
        operand1: 0x99,
        target: 0x30,
        jump_target: code + 0x1000,
        error_target: code + 0x2000,
        symbols: symbols.iter().map(|(n, a)| (n.to_string(), *a)).collect(),
    }
}

fn place(code: u64, data: u64, trampolines: u64, mask: &[u32]) -> Placement {
    Placement {
        code,
        trampolines,
        data,
        trampoline_mask: mask.to_vec(),
    }
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(b[at..at + 4].try_into().unwrap())
}

fn u64_at(b: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(b[at..at + 8].try_into().unwrap())
}

// ---- independent decoders ---------------------------------------------------

/// x86: a rel32 field at P that ends its instruction.
fn rel32_target(p: u64, field: u32) -> u64 {
    (p + 4).wrapping_add(field as i32 as i64 as u64)
}

fn sext(v: u64, bits: u32) -> i64 {
    ((v << (64 - bits)) as i64) >> (64 - bits)
}

fn b_target(p: u64, w: u32) -> u64 {
    p.wrapping_add((sext((w & 0x3FF_FFFF) as u64, 26) * 4) as u64)
}

fn imm19_target(p: u64, w: u32) -> u64 {
    p.wrapping_add((sext(((w >> 5) & 0x7FFFF) as u64, 19) * 4) as u64)
}

fn adrp_page(p: u64, w: u32) -> u64 {
    let imm = ((((w >> 5) & 0x7FFFF) << 2) | ((w >> 29) & 3)) as u64;
    (p & !0xFFF).wrapping_add((sext(imm, 21) << 12) as u64)
}

fn ldst_offset(w: u32) -> u64 {
    (((w >> 10) & 0xFFF) as u64) << (w >> 30)
}

fn mov_chunk(w: u32) -> u64 {
    (((w >> 5) & 0xFFFF) as u64) << (16 * ((w >> 21) & 3))
}

fn default() -> PatchOptions {
    PatchOptions::default()
}

fn run(
    set: &StencilSet,
    g: &Group,
    v: &HoleValues,
    p: &Placement,
    o: &PatchOptions,
) -> PatchedGroup {
    patch_group(set, g, v, p, o, &NoMemory)
}

// ---- x86-64 -----------------------------------------------------------------

const CODE: u64 = 0x7f00_0000_1000;
const DATA: u64 = 0x7f00_0000_8000;

/// `mov rax, [rip + X]` at 0 (field at 3) loading data slot 0, which holds
/// `&PyFoo` (a data hole patched in the same call).
fn x86_got_load(sym_addr: u64) -> (StencilSet, Group, HoleValues) {
    let s = set(Target::X86_64Linux, None);
    let g = group(
        vec![0x48, 0x8B, 0x05, 0, 0, 0, 0, 0xC3],
        vec![hole(3, PatchKind::X86_64Rel32x, HoleValue::Data, None, -4)],
        vec![0; 8],
        vec![hole(0, PatchKind::Abs64, HoleValue::Zero, Some("PyFoo"), 0)],
    );
    let v = values(CODE, DATA, &[("PyFoo", sym_addr)]);
    (s, g, v)
}

#[test]
fn x86_data_is_patched_before_code_and_mov_relaxes_to_lea() {
    let sym = CODE + 0x10_0000;
    let (s, g, v) = x86_got_load(sym);
    let out = run(&s, &g, &v, &place(CODE, DATA, CODE + 8, &[]), &default());
    assert!(out.is_clean(), "{:?}", out.errors);
    assert_eq!(u64_at(&out.data, 0), sym);
    assert_eq!(&out.code[..3], &[0x48, 0x8D, 0x05]);
    assert_eq!(rel32_target(CODE + 3, u32_at(&out.code, 3)), sym);
    assert_eq!(out.applied.len(), 2);
    assert_eq!(out.applied[0].part, Part::Data);
    assert_eq!(out.applied[1].relaxation, Some(Relaxation::X86MovToLea));
    assert_eq!(out.applied[1].value, DATA - 4);
}

#[test]
fn x86_relax_false_keeps_the_load() {
    let sym = CODE + 0x10_0000;
    let (s, g, v) = x86_got_load(sym);
    let o = PatchOptions {
        relax: false,
        ..default()
    };
    let out = run(&s, &g, &v, &place(CODE, DATA, CODE + 8, &[]), &o);
    assert!(out.is_clean());
    assert_eq!(&out.code[..3], &[0x48, 0x8B, 0x05]);
    assert_eq!(rel32_target(CODE + 3, u32_at(&out.code, 3)), DATA);
    assert_eq!(out.applied[1].relaxation, None);
}

#[test]
fn x86_far_symbol_is_not_relaxed() {
    let sym = 0x1000; // ~127 TiB away
    let (s, g, v) = x86_got_load(sym);
    let out = run(&s, &g, &v, &place(CODE, DATA, CODE + 8, &[]), &default());
    assert!(out.is_clean());
    assert_eq!(out.code[1], 0x8B);
    assert_eq!(rel32_target(CODE + 3, u32_at(&out.code, 3)), DATA);
}

#[test]
fn x86_call_and_jmp_through_got_become_direct() {
    for (op, new, relax) in [
        (0x15u8, 0xE8u8, Relaxation::X86CallIndirectToDirect),
        (0x25, 0xE9, Relaxation::X86JmpIndirectToDirect),
    ] {
        let s = set(Target::X86_64Darwin, None);
        let g = group(
            vec![0xFF, op, 0, 0, 0, 0],
            vec![hole(2, PatchKind::X86_64Rel32x, HoleValue::Data, None, 4)],
            vec![0; 16],
            vec![hole(8, PatchKind::Abs64, HoleValue::Zero, Some("PyBar"), 0)],
        );
        let sym = CODE - 0x40_0000;
        let v = values(CODE, DATA, &[("PyBar", sym)]);
        let out = run(&s, &g, &v, &place(CODE, DATA, CODE + 6, &[]), &default());
        assert!(out.is_clean());
        assert_eq!(&out.code[..2], &[0x90, new]);
        assert_eq!(rel32_target(CODE + 2, u32_at(&out.code, 2)), sym);
        assert_eq!(out.applied[1].relaxation, Some(relax));
    }
}

#[test]
fn x86_32rx_reads_outside_memory_and_coff_hazard_is_reproduced() {
    // A COFF REL32 direct call `e8 rel32` whose preceding byte happens to be
    // 0x8B: the runtime reads 8 bytes at the callee and, if they look like an
    // in-range address, rewrites the 8B and redirects the call.
    let s = set(Target::X86_64Windows, None);
    let g = group(
        vec![0x90, 0x8B, 0xE8, 0, 0, 0, 0],
        vec![hole(
            3,
            PatchKind::X86_64Rel32x,
            HoleValue::Zero,
            Some("PyCallee"),
            -4,
        )],
        vec![],
        vec![],
    );
    let callee = CODE + 0x5000;
    let v = values(CODE, DATA, &[("PyCallee", callee)]);
    let p = place(CODE, DATA, CODE + 7, &[]);
    // Without knowledge of the callee's bytes: plain rel32 to the callee.
    let out = run(&s, &g, &v, &p, &default());
    assert!(out.is_clean());
    assert_eq!(out.code[1], 0x8B);
    assert_eq!(rel32_target(CODE + 3, u32_at(&out.code, 3)), callee);
    // The callee's first 8 bytes read as a nearby address.
    let first_bytes = CODE + 0x777;
    let mem = move |addr: u64| (addr == callee).then_some(first_bytes);
    let out = patch_group(&s, &g, &v, &p, &default(), &mem);
    assert_eq!(out.code[1], 0x8D, "the byte before the call was rewritten");
    assert_eq!(out.applied[0].relaxation, Some(Relaxation::X86MovToLea));
    assert_eq!(rel32_target(CODE + 3, u32_at(&out.code, 3)), first_bytes);
}

#[test]
fn x86_32rx_at_offset_below_two_does_not_relax() {
    let s = set(Target::X86_64Windows, None);
    let g = group(
        vec![0xE8, 0, 0, 0, 0],
        vec![hole(
            1,
            PatchKind::X86_64Rel32x,
            HoleValue::Zero,
            Some("PyCallee"),
            -4,
        )],
        vec![],
        vec![],
    );
    let callee = CODE + 0x5000;
    let v = values(CODE, DATA, &[("PyCallee", callee)]);
    let mem = |_: u64| Some(CODE + 0x100);
    let out = patch_group(
        &s,
        &g,
        &v,
        &place(CODE, DATA, CODE + 5, &[]),
        &default(),
        &mem,
    );
    assert!(out.is_clean());
    assert_eq!(out.code[0], 0xE8);
    assert_eq!(rel32_target(CODE + 1, u32_at(&out.code, 1)), callee);
}

#[test]
fn x86_continue_jump_target_and_rel32_range() {
    let s = set(Target::X86_64Linux, None);
    let g = group(
        vec![0xE9, 0, 0, 0, 0, 0x0F, 0x84, 0, 0, 0, 0],
        vec![
            hole(1, PatchKind::Rel32, HoleValue::Continue, None, -4),
            hole(7, PatchKind::Rel32, HoleValue::JumpTarget, None, -4),
        ],
        vec![],
        vec![],
    );
    let mut v = values(CODE, DATA, &[]);
    let out = run(&s, &g, &v, &place(CODE, DATA, CODE + 11, &[]), &default());
    assert!(out.is_clean());
    assert_eq!(rel32_target(CODE + 1, u32_at(&out.code, 1)), CODE + 11);
    assert_eq!(rel32_target(CODE + 7, u32_at(&out.code, 7)), CODE + 0x1000);
    // Jump target 2 GiB + 4 away: out of range, not written.
    v.jump_target = CODE + 7 + 4 + (1 << 31);
    let out = run(&s, &g, &v, &place(CODE, DATA, CODE + 11, &[]), &default());
    assert_eq!(out.errors.len(), 1);
    let e = &out.errors[0];
    assert_eq!(
        (e.part, e.hole_index, e.offset, e.written),
        (Part::Code, 1, 7, false)
    );
    assert!(matches!(
        e.kind,
        PatchErrorKind::OutOfRange {
            value: 0x8000_0000,
            ..
        }
    ));
    assert_eq!(u32_at(&out.code, 7), 0, "bytes left as in the body");
    assert!(
        e.to_string()
            .contains("does not fit in 32 signed bits (±2 GiB)"),
        "{e}"
    );
    // A release build truncates: the jump lands 4 GiB short.
    let o = PatchOptions {
        release_writes: true,
        ..default()
    };
    let out = run(&s, &g, &v, &place(CODE, DATA, CODE + 11, &[]), &o);
    assert!(out.errors[0].written);
    assert_eq!(
        rel32_target(CODE + 7, u32_at(&out.code, 7)),
        v.jump_target - (1u64 << 32)
    );
}

#[test]
fn x86_darwin_trampoline_direct_forced_and_far() {
    let map: &[(u32, &str)] = &[(0, "PyNear"), (1, "PyFar")];
    let s = set(Target::X86_64Darwin, Some(map));
    let g = group(
        vec![0xE8, 0, 0, 0, 0, 0xE8, 0, 0, 0, 0],
        vec![
            tramp(1, PatchKind::X86_64Trampoline, 0),
            tramp(6, PatchKind::X86_64Trampoline, 1),
        ],
        vec![],
        vec![],
    );
    let near = CODE + 0x100_0000;
    let far = 0x10_0000u64;
    let v = values(CODE, DATA, &[("PyNear", near), ("PyFar", far)]);
    let tr = CODE + 0x40;
    let p = place(CODE, DATA, tr, &[0b11]);
    let out = run(&s, &g, &v, &p, &default());
    assert!(out.is_clean(), "{:?}", out.errors);
    assert_eq!(rel32_target(CODE + 1, u32_at(&out.code, 1)), near);
    // Ordinal 1 is slot 1.
    assert_eq!(rel32_target(CODE + 6, u32_at(&out.code, 6)), tr + 16);
    assert_eq!(out.applied[1].via_trampoline, Some(tr + 16));
    assert_eq!(out.applied[1].value, far);
    assert_eq!(out.trampolines.len(), 32);
    assert_eq!(&out.trampolines[16..22], &[0xFF, 0x25, 0, 0, 0, 0]);
    assert_eq!(u64_at(&out.trampolines, 22), far);
    assert_eq!(&out.trampolines[0..16], &[0; 16], "slot 0 unused");
    // Forced: both through slots.
    let o = PatchOptions {
        force_trampolines: true,
        ..default()
    };
    let out = run(&s, &g, &v, &p, &o);
    assert_eq!(rel32_target(CODE + 1, u32_at(&out.code, 1)), tr);
    assert_eq!(u64_at(&out.trampolines, 6), near);
}

// ---- i686 -------------------------------------------------------------------

#[test]
fn i686_operand_halves_and_wide_operand() {
    let s = set(Target::I686Windows, None);
    let g = group(
        vec![0; 12],
        vec![
            hole(0, PatchKind::Abs32, HoleValue::Operand0Lo, None, 0),
            hole(4, PatchKind::Abs32, HoleValue::Operand0Hi, None, 0),
            hole(8, PatchKind::Abs32, HoleValue::Operand0, None, 0),
        ],
        vec![],
        vec![],
    );
    let v = values(0x1000_0000, 0x2000_0000, &[]);
    let p = place(0x1000_0000, 0x2000_0000, 0x1000_000C, &[]);
    let out = run(&s, &g, &v, &p, &default());
    assert_eq!(u32_at(&out.code, 0), 0x5566_7788);
    assert_eq!(u32_at(&out.code, 4), 0x1122_3344);
    // The whole 64-bit operand does not fit (gh-117512): not written.
    assert_eq!(out.errors.len(), 1);
    assert!(matches!(
        out.errors[0].kind,
        PatchErrorKind::OutOfRange { .. }
    ));
    assert_eq!(u32_at(&out.code, 8), 0);
    let o = PatchOptions {
        release_writes: true,
        ..default()
    };
    let out = run(&s, &g, &v, &p, &o);
    assert_eq!(
        u32_at(&out.code, 8),
        0x5566_7788,
        "release keeps the low half"
    );
}

#[test]
fn i686_sums_wrap_and_rel32_asserts_beyond_2gib() {
    let s = set(Target::I686Windows, None);
    let g = group(
        vec![0xE8, 0, 0, 0, 0, 0, 0, 0, 0],
        vec![
            hole(
                1,
                PatchKind::X86_64Rel32x,
                HoleValue::Zero,
                Some("PyFoo"),
                -4,
            ),
            hole(5, PatchKind::Abs32, HoleValue::Code, None, 0x20),
        ],
        vec![],
        vec![],
    );
    let code = 0xFFFF_FFF0u64;
    let v = values(code, 0x2000_0000, &[("PyFoo", 0x7000_0000)]);
    let p = place(code, 0x2000_0000, 0, &[]);
    let out = run(&s, &g, &v, &p, &default());
    // code + 0x20 wraps to 0x10.
    assert_eq!(u32_at(&out.code, 5), 0x10);
    // P = 0xFFFFFFF1, V = 0x6FFFFFFC: 64-bit V - P is about -2.25 GiB.
    assert_eq!(out.errors.len(), 1);
    assert!(matches!(
        out.errors[0].kind,
        PatchErrorKind::DisplacementWraps { .. }
    ));
    let o = PatchOptions {
        release_writes: true,
        ..default()
    };
    let out = run(&s, &g, &v, &p, &o);
    let p1 = (code + 1) as u32;
    let target = p1.wrapping_add(4).wrapping_add(u32_at(&out.code, 1));
    assert_eq!(
        target, 0x7000_0000,
        "the wrapped displacement reaches V + 4"
    );
}

// ---- AArch64 ----------------------------------------------------------------

const ADRP_X1: u32 = 0x9000_0001;
const LDR_X1_X1: u32 = 0xF940_0021;
const BL: u32 = 0x9400_0000;
const B: u32 = 0x1400_0000;
const NOP: u32 = 0xD503_201F;

fn words(ws: &[u32]) -> Vec<u8> {
    ws.iter().flat_map(|w| w.to_le_bytes()).collect()
}

const A_CODE: u64 = 0x40_0000_0000;

/// adrp x1; ldr x1, [x1] loading data slot 8, which holds `&PySym`.
fn a64_got(data: u64, sym: u64) -> (StencilSet, Group, HoleValues, Placement) {
    let s = set(Target::Aarch64Linux, Some(&[]));
    let g = group(
        words(&[ADRP_X1, LDR_X1_X1, B]),
        vec![hole(0, PatchKind::Aarch64Pair33x, HoleValue::Data, None, 8)],
        vec![0; 16],
        vec![hole(8, PatchKind::Abs64, HoleValue::Zero, Some("PySym"), 0)],
    );
    let v = values(A_CODE, data, &[("PySym", sym)]);
    let p = place(A_CODE, data, A_CODE + 12, &[]);
    (s, g, v, p)
}

#[test]
fn a64_33rx_relaxes_to_movz() {
    let (s, g, v, p) = a64_got(A_CODE + 0x100, 0x1234);
    let out = run(&s, &g, &v, &p, &default());
    assert!(out.is_clean());
    assert_eq!(u32_at(&out.code, 0), 0xD280_0000 | (0x1234 << 5) | 1);
    assert_eq!(u32_at(&out.code, 4), NOP);
    assert_eq!(
        out.applied[1].relaxation,
        Some(Relaxation::A64AdrpLdrToMovz)
    );
}

#[test]
fn a64_33rx_relaxes_to_movz_movk() {
    let (s, g, v, p) = a64_got(A_CODE + 0x100, 0xCAFE_1234);
    let out = run(&s, &g, &v, &p, &default());
    assert!(out.is_clean());
    let (w0, w1) = (u32_at(&out.code, 0), u32_at(&out.code, 4));
    assert_eq!(w0 & 0xFF80_001F, 0xD280_0001, "movz x1");
    assert_eq!(w1 & 0xFFE0_001F, 0xF2A0_0001, "movk x1, lsl 16");
    assert_eq!(mov_chunk(w0) | mov_chunk(w1), 0xCAFE_1234);
    assert_eq!(
        out.applied[1].relaxation,
        Some(Relaxation::A64AdrpLdrToMovzMovk)
    );
}

#[test]
fn a64_33rx_relaxes_to_ldr_literal() {
    let data = A_CODE + 0x100;
    let (s, g, v, p) = a64_got(data, 0x7F12_3456_7890);
    let out = run(&s, &g, &v, &p, &default());
    assert!(out.is_clean());
    let w0 = u32_at(&out.code, 0);
    assert_eq!(w0 & 0xFF00_001F, 0x5800_0001, "ldr x1, literal");
    assert_eq!(imm19_target(A_CODE, w0), data + 8, "loads the slot");
    assert_eq!(u32_at(&out.code, 4), NOP);
    assert_eq!(
        out.applied[1].relaxation,
        Some(Relaxation::A64AdrpLdrToLdrLiteral)
    );
}

#[test]
fn a64_33rx_falls_back_to_adrp_ldr() {
    // The data 1 MiB away: beyond jit.c's ±512 KiB literal test.
    let data = A_CODE + 0x10_0000;
    let (s, g, v, p) = a64_got(data, 0x7F12_3456_7890);
    let out = run(&s, &g, &v, &p, &default());
    assert!(out.is_clean());
    let (w0, w1) = (u32_at(&out.code, 0), u32_at(&out.code, 4));
    assert_eq!(adrp_page(A_CODE, w0) + ldst_offset(w1), data + 8);
    assert_eq!(out.applied[1].relaxation, None);
    // relax = false: the same fallback even when a movz would do.
    let (s, g, v, p) = a64_got(A_CODE + 0x100, 0x12);
    let o = PatchOptions {
        relax: false,
        ..default()
    };
    let out = run(&s, &g, &v, &p, &o);
    let (w0, w1) = (u32_at(&out.code, 0), u32_at(&out.code, 4));
    assert_eq!(adrp_page(A_CODE, w0) + ldst_offset(w1), A_CODE + 0x108);
}

#[test]
fn a64_33rx_unreadable_slot_is_an_error() {
    let s = set(Target::Aarch64Linux, Some(&[]));
    let g = group(
        words(&[ADRP_X1, LDR_X1_X1]),
        vec![hole(
            0,
            PatchKind::Aarch64Pair33x,
            HoleValue::Zero,
            Some("PyGot"),
            0,
        )],
        vec![],
        vec![],
    );
    let v = values(A_CODE, A_CODE + 0x100, &[("PyGot", 0x1234_0000)]);
    let out = run(
        &s,
        &g,
        &v,
        &place(A_CODE, A_CODE + 0x100, A_CODE + 8, &[]),
        &default(),
    );
    assert_eq!(
        out.errors[0].kind,
        PatchErrorKind::UnreadableGotSlot { addr: 0x1234_0000 }
    );
    assert!(out.applied.is_empty());
}

#[test]
fn a64_mov16_sequence_builds_operand0() {
    let s = set(Target::Aarch64Darwin, Some(&[]));
    let g = group(
        words(&[0xD280_0003, 0xF2A0_0003, 0xF2C0_0003, 0xF2E0_0003]),
        vec![
            hole(0, PatchKind::Aarch64Mov16a, HoleValue::Operand0, None, 0),
            hole(4, PatchKind::Aarch64Mov16b, HoleValue::Operand0, None, 0),
            hole(8, PatchKind::Aarch64Mov16c, HoleValue::Operand0, None, 0),
            hole(12, PatchKind::Aarch64Mov16d, HoleValue::Operand0, None, 0),
        ],
        vec![],
        vec![],
    );
    let v = values(A_CODE, A_CODE + 0x100, &[]);
    let out = run(
        &s,
        &g,
        &v,
        &place(A_CODE, A_CODE + 0x100, A_CODE + 16, &[]),
        &default(),
    );
    assert!(out.is_clean());
    let built = (0..4).fold(0, |acc, i| acc | mov_chunk(u32_at(&out.code, 4 * i)));
    assert_eq!(built, v.operand0);
    // 16b on the hw = 0 word: wrong class, not written.
    let g = group(
        words(&[0xD280_0003]),
        vec![hole(
            0,
            PatchKind::Aarch64Mov16b,
            HoleValue::Operand0,
            None,
            0,
        )],
        vec![],
        vec![],
    );
    let out = run(
        &s,
        &g,
        &v,
        &place(A_CODE, A_CODE + 0x100, A_CODE + 4, &[]),
        &default(),
    );
    assert!(matches!(
        out.errors[0].kind,
        PatchErrorKind::WrongInstructionClass {
            runtime_asserts: true,
            ..
        }
    ));
    assert_eq!(u32_at(&out.code, 0), 0xD280_0003);
}

#[test]
fn a64_branches_adrp_and_lo12_in_a_group() {
    let s = set(Target::Aarch64Linux, Some(&[]));
    let g = group(
        words(&[0x5400_0001, ADRP_X1, 0x9100_0021, 0xF940_0422, B]),
        vec![
            hole(
                0,
                PatchKind::Aarch64Branch19,
                HoleValue::ErrorTarget,
                None,
                0,
            ),
            hole(
                4,
                PatchKind::Aarch64Page21,
                HoleValue::Zero,
                Some("PyObj"),
                0x10,
            ),
            hole(
                8,
                PatchKind::Aarch64Lo12,
                HoleValue::Zero,
                Some("PyObj"),
                0x10,
            ),
            hole(12, PatchKind::Aarch64Lo12x, HoleValue::Data, None, 0x28),
            hole(16, PatchKind::Aarch64Branch26, HoleValue::Continue, None, 0),
        ],
        vec![0; 0x30],
        vec![],
    );
    let mut v = values(A_CODE, A_CODE + 0x2000, &[("PyObj", 0x40_2345_6780)]);
    v.error_target = A_CODE + 0x8_0000;
    let out = run(
        &s,
        &g,
        &v,
        &place(A_CODE, A_CODE + 0x2000, A_CODE + 20, &[]),
        &default(),
    );
    assert!(out.is_clean(), "{:?}", out.errors);
    assert_eq!(
        imm19_target(A_CODE, u32_at(&out.code, 0)),
        A_CODE + 0x8_0000
    );
    let page = adrp_page(A_CODE + 4, u32_at(&out.code, 4));
    assert_eq!(
        page + ((u32_at(&out.code, 8) >> 10) & 0xFFF) as u64,
        0x40_2345_6790
    );
    assert_eq!(ldst_offset(u32_at(&out.code, 12)), 0x28);
    assert_eq!(b_target(A_CODE + 16, u32_at(&out.code, 16)), A_CODE + 20);
    // The error target 1 MiB away is out of 19r's range.
    v.error_target = A_CODE + 0x10_0000;
    let out = run(
        &s,
        &g,
        &v,
        &place(A_CODE, A_CODE + 0x2000, A_CODE + 20, &[]),
        &default(),
    );
    assert_eq!(out.errors.len(), 1);
    assert!(out.errors[0]
        .to_string()
        .contains("21 signed bits (±1 MiB)"));
}

#[test]
fn a64_trampolines_with_a_multi_word_mask() {
    let map: Vec<(u32, String)> = (0..40).map(|i| (i, format!("sym{i}"))).collect();
    let map_ref: Vec<(u32, &str)> = map.iter().map(|(o, s)| (*o, s.as_str())).collect();
    let s = set(Target::Aarch64Linux, Some(&map_ref));
    let g = group(
        words(&[BL, B, BL]),
        vec![
            tramp(0, PatchKind::Aarch64Trampoline, 3),
            tramp(4, PatchKind::Aarch64Trampoline, 37),
            tramp(8, PatchKind::Aarch64Trampoline, 0),
        ],
        vec![],
        vec![],
    );
    let syms: Vec<(String, u64)> = map
        .iter()
        .map(|(o, n)| {
            (
                n.clone(),
                if *o == 37 {
                    0x10_0000
                } else {
                    A_CODE + 0x100_0000 + 4 * *o as u64
                },
            )
        })
        .collect();
    let sym_ref: Vec<(&str, u64)> = syms.iter().map(|(n, a)| (n.as_str(), *a)).collect();
    let v = values(A_CODE, A_CODE + 0x100, &sym_ref);
    // Mask: ordinals 0, 3 (word 0) and 33, 37 (word 1): 37 is slot 3.
    let mask = [0b1001, 0b10_0010];
    let tr = A_CODE + 12;
    let p = place(A_CODE, A_CODE + 0x100, tr, &mask);
    let out = run(&s, &g, &v, &p, &default());
    assert!(out.is_clean(), "{:?}", out.errors);
    assert_eq!(
        b_target(A_CODE, u32_at(&out.code, 0)),
        A_CODE + 0x100_0000 + 12
    );
    assert_eq!(u32_at(&out.code, 0) & 0xFC00_0000, BL, "BL kept");
    assert_eq!(b_target(A_CODE + 4, u32_at(&out.code, 4)), tr + 3 * 16);
    assert_eq!(out.applied[1].via_trampoline, Some(tr + 48));
    assert_eq!(out.trampolines.len(), 4 * 16);
    let slot = &out.trampolines[48..64];
    assert_eq!(u32_at(slot, 0), 0x5800_0048);
    assert_eq!(u32_at(slot, 4), 0xD61F_0100);
    assert_eq!(u64_at(slot, 8), 0x10_0000);
    // force_trampolines: ordinal 3 is slot 1, ordinal 0 slot 0.
    let o = PatchOptions {
        force_trampolines: true,
        ..default()
    };
    let out = run(&s, &g, &v, &p, &o);
    assert!(out.is_clean());
    assert_eq!(b_target(A_CODE, u32_at(&out.code, 0)), tr + 16);
    assert_eq!(b_target(A_CODE + 8, u32_at(&out.code, 8)), tr);
    assert_eq!(u64_at(&out.trampolines, 8), A_CODE + 0x100_0000);
    assert_eq!(u64_at(&out.trampolines, 24), A_CODE + 0x100_0000 + 12);
}

#[test]
fn a64_trampoline_errors() {
    let s = set(
        Target::Aarch64Linux,
        Some(&[(0, "PyFar"), (1, "PyMissing")]),
    );
    let v = values(A_CODE, A_CODE + 0x100, &[("PyFar", 0x10_0000)]);
    let one = |h: Hole| group(words(&[BL]), vec![h], vec![], vec![]);
    let p = place(A_CODE, A_CODE + 0x100, A_CODE + 4, &[0b10]);
    // Far, but the mask lacks bit 0.
    let out = run(
        &s,
        &one(tramp(0, PatchKind::Aarch64Trampoline, 0)),
        &v,
        &p,
        &default(),
    );
    assert_eq!(out.errors[0].kind, PatchErrorKind::NoTrampolineSlot(0));
    assert_eq!(u32_at(&out.code, 0), BL);
    // No address for the symbol.
    let out = run(
        &s,
        &one(tramp(0, PatchKind::Aarch64Trampoline, 1)),
        &v,
        &p,
        &default(),
    );
    assert_eq!(
        out.errors[0].kind,
        PatchErrorKind::UnknownSymbol("PyMissing".into())
    );
    // Not in symbols_map.
    let out = run(
        &s,
        &one(tramp(0, PatchKind::Aarch64Trampoline, 9)),
        &v,
        &p,
        &default(),
    );
    assert_eq!(
        out.errors[0].kind,
        PatchErrorKind::OrdinalNotInSymbolsMap(9)
    );
    // A 3.13 set has no symbols_map at all.
    let s313 = set(Target::Aarch64Linux, None);
    let out = run(
        &s313,
        &one(tramp(0, PatchKind::Aarch64Trampoline, 0)),
        &v,
        &p,
        &default(),
    );
    assert_eq!(
        out.errors[0].kind,
        PatchErrorKind::OrdinalNotInSymbolsMap(0)
    );
    // Operand shapes.
    let out = run(
        &s,
        &one(hole(
            0,
            PatchKind::Aarch64Trampoline,
            HoleValue::Zero,
            Some("PyFar"),
            0,
        )),
        &v,
        &p,
        &default(),
    );
    assert!(matches!(
        out.errors[0].kind,
        PatchErrorKind::OperandMismatch { .. }
    ));
    let out = run(
        &s,
        &one(tramp(0, PatchKind::Aarch64Branch26, 0)),
        &v,
        &p,
        &default(),
    );
    assert!(matches!(
        out.errors[0].kind,
        PatchErrorKind::OperandMismatch { .. }
    ));
}

#[test]
fn location_outside_body() {
    let s = set(Target::Aarch64Linux, Some(&[]));
    let g = group(
        words(&[ADRP_X1]),
        vec![hole(0, PatchKind::Aarch64Pair33x, HoleValue::Data, None, 0)],
        vec![0; 4],
        vec![hole(0, PatchKind::Abs64, HoleValue::Zero, None, 1)],
    );
    let v = values(A_CODE, A_CODE + 0x100, &[]);
    let out = run(
        &s,
        &g,
        &v,
        &place(A_CODE, A_CODE + 0x100, A_CODE + 4, &[]),
        &default(),
    );
    assert_eq!(out.errors.len(), 2);
    assert_eq!(
        out.errors[0].kind,
        PatchErrorKind::LocationOutsideBody {
            offset: 0,
            width: 8,
            body_len: 4
        }
    );
    assert_eq!(out.errors[0].part, Part::Data);
    assert_eq!(out.errors[1].part, Part::Code);
}

#[test]
fn contiguous_placement_follows_jit_c() {
    let g = group(vec![0; 0x44], vec![], vec![0; 8], vec![]);
    let p = Placement::contiguous(0x1000, &g, Target::Aarch64Linux, vec![0b101]);
    assert_eq!(p.trampolines, 0x1044);
    // 0x44 + 32 = 0x64, padded to 0x68.
    assert_eq!(p.data, 0x1068);
    let p = Placement::contiguous(0x1000, &g, Target::X86_64Linux, vec![]);
    assert_eq!(p.data, 0x1045);
}

// ---- the encoder seam -------------------------------------------------------

fn branch26_no_scale(word: u32, delta: i64) -> u32 {
    (word & 0xFC00_0000) | (delta as u32 & 0x3FF_FFFF)
}

fn page21_swapped(word: u32, pages: i64) -> u32 {
    let hi = ((pages as u32) & 0x3) << 5;
    let lo = (((pages >> 2) as u32) & 0x3) << 29;
    (word & !((0x3 << 29) | (0x7FFFF << 5))) | lo | hi
}

fn rel32_from_end(location: u64, value: u64) -> u32 {
    value.wrapping_sub(location + 4) as u32
}

fn lo12_unscaled(word: u32, value: u64) -> u32 {
    (word & !(0xFFF << 10)) | (((value & 0xFFF) as u32) << 10)
}

fn mov16_chunk0(word: u32, value: u64, _chunk: u8) -> u32 {
    (word & !(0xFFFF << 5)) | (((value & 0xFFFF) as u32) << 5)
}

#[test]
fn real_encoders_are_the_default_path() {
    let (s, g, v) = x86_got_load(CODE + 0x10_0000);
    let p = place(CODE, DATA, CODE + 8, &[]);
    let a = patch_group(&s, &g, &v, &p, &default(), &NoMemory);
    let b = patch_group_with(&s, &g, &v, &p, &default(), &NoMemory, &Encoders::REAL);
    assert_eq!(a, b);
}

#[test]
fn wrong_encoders_change_what_the_bytes_mean() {
    let s = set(Target::Aarch64Linux, Some(&[]));
    let g = group(
        words(&[B, ADRP_X1, LDR_X1_X1, 0xF2A0_0003]),
        vec![
            hole(
                0,
                PatchKind::Aarch64Branch26,
                HoleValue::JumpTarget,
                None,
                0,
            ),
            hole(4, PatchKind::Aarch64Page21, HoleValue::Data, None, 0x1008),
            hole(8, PatchKind::Aarch64Lo12, HoleValue::Data, None, 0x1008),
            hole(12, PatchKind::Aarch64Mov16b, HoleValue::Operand0, None, 0),
        ],
        vec![],
        vec![],
    );
    let data = A_CODE + 0x3_0000;
    let v = values(A_CODE, data, &[]);
    let p = place(A_CODE, data, A_CODE + 16, &[]);
    let real = patch_group(&s, &g, &v, &p, &default(), &NoMemory);
    assert!(real.is_clean());
    let bad = Encoders {
        branch26: branch26_no_scale,
        page21: page21_swapped,
        lo12: lo12_unscaled,
        mov16: mov16_chunk0,
        ..Encoders::REAL
    };
    let wrong = patch_group_with(&s, &g, &v, &p, &default(), &NoMemory, &bad);
    assert!(wrong.is_clean(), "checks do not go through the encoders");
    let w = |o: &PatchedGroup, at| u32_at(&o.code, at);
    assert_eq!(b_target(A_CODE, w(&real, 0)), v.jump_target);
    assert_ne!(b_target(A_CODE, w(&wrong, 0)), v.jump_target);
    assert_eq!(adrp_page(A_CODE + 4, w(&real, 4)), (data + 0x1008) & !0xFFF);
    assert_ne!(
        adrp_page(A_CODE + 4, w(&wrong, 4)),
        (data + 0x1008) & !0xFFF
    );
    assert_eq!(ldst_offset(w(&real, 8)), 8);
    assert_ne!(ldst_offset(w(&wrong, 8)), 8);
    assert_eq!(mov_chunk(w(&real, 12)), v.operand0 & 0xFFFF_0000);
    assert_ne!(mov_chunk(w(&wrong, 12)), v.operand0 & 0xFFFF_0000);

    let (s, g, v) = x86_got_load(0x1000);
    let p = place(CODE, DATA, CODE + 8, &[]);
    let bad = Encoders {
        rel32: rel32_from_end,
        ..Encoders::REAL
    };
    let wrong = patch_group_with(&s, &g, &v, &p, &default(), &NoMemory, &bad);
    assert_eq!(rel32_target(CODE + 3, u32_at(&wrong.code, 3)), DATA - 4);
}

#[test]
fn encode_unchecked_matches_release_writes() {
    // 26r out of range: the group records the error; release bytes match the
    // context-free encoder.
    let s = set(Target::Aarch64Linux, Some(&[]));
    let g = group(
        words(&[BL]),
        vec![hole(
            0,
            PatchKind::Aarch64Branch26,
            HoleValue::JumpTarget,
            None,
            0,
        )],
        vec![],
        vec![],
    );
    let mut v = values(A_CODE, A_CODE + 0x100, &[]);
    v.jump_target = A_CODE + (1 << 27);
    let p = place(A_CODE, A_CODE + 0x100, A_CODE + 4, &[]);
    let o = PatchOptions {
        release_writes: true,
        ..default()
    };
    let out = run(&s, &g, &v, &p, &o);
    assert!(out.errors[0].written);
    let alone = encode_unchecked(
        PatchKind::Aarch64Branch26,
        &words(&[BL]),
        A_CODE,
        v.jump_target,
    )
    .unwrap();
    assert_eq!(out.code, alone);
    // "Would jump to X instead of Y".
    assert_eq!(b_target(A_CODE, u32_at(&alone, 0)), A_CODE - (1 << 27));
}

#[test]
fn unchecked_class_mismatch_is_written_asserted_one_is_not() {
    let s = set(Target::Aarch64Linux, Some(&[]));
    // 21r on an ADD: jit.c does not check, so the field is rewritten (and the
    // ADD corrupted) while the error is still reported. 19r on a CBZ: jit.c
    // asserts, so the default leaves it alone; release_writes patches it,
    // correctly as it happens.
    let add = 0x9100_0021u32;
    let cbz = 0xB400_0000u32;
    let g = group(
        words(&[add, cbz]),
        vec![
            hole(0, PatchKind::Aarch64Page21, HoleValue::Data, None, 0),
            hole(4, PatchKind::Aarch64Branch19, HoleValue::Continue, None, 0),
        ],
        vec![],
        vec![],
    );
    let v = values(A_CODE, A_CODE + 0x5000, &[]);
    let p = place(A_CODE, A_CODE + 0x5000, A_CODE + 8, &[]);
    let out = run(&s, &g, &v, &p, &default());
    assert_eq!(out.errors.len(), 2);
    assert!(out.errors[0].written);
    assert!(!out.errors[1].written);
    assert_ne!(u32_at(&out.code, 0), add);
    assert_eq!(u32_at(&out.code, 4), cbz);
    assert!(out.errors[0]
        .to_string()
        .contains("jit.c does not check this"));
    assert!(out.errors[1].to_string().contains("CBZ/CBNZ"));
    let o = PatchOptions {
        release_writes: true,
        ..default()
    };
    let out = run(&s, &g, &v, &p, &o);
    assert_eq!(imm19_target(A_CODE + 4, u32_at(&out.code, 4)), A_CODE + 8);
}
