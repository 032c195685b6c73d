//! AArch64 patch functions: the immediate fields of ADD/LDR/STR (`12`, `12x`),
//! MOVZ/MOVK (`16a`..`16d`), B.cond (`19r`), ADRP (`21r`, `21rx`), B/BL
//! (`26r`), the relaxing ADRP+LDR pair (`33rx`) and trampolines.
//!
//! Each function is pure: it takes the instruction word(s) and the value and
//! returns what the runtime stores plus every check that fails. Two kinds of
//! instruction-class checks are made:
//!
//! - [`runtime`]: the predicates `Python/jit.c` asserts, with its masks.
//!   When one fails a debug build aborts; a release build patches anyway.
//! - [`class`]: the architectural classes whose field the patch rewrites
//!   (Arm ARM encodings). Where jit.c's test is looser than the class (e.g.
//!   its B.cond mask also admits `BR`/`RET`/`SVC`) or absent (21r), the
//!   mismatch is reported with `runtime_asserts: false`: the runtime writes
//!   the field regardless and corrupts the instruction.

use super::{Checked, Encoders, PatchErrorKind, Relaxation};

/// `nop`.
pub const NOP: u32 = 0xD503_201F;
/// `movz xN, #0` (hw = 0): the base of the first word of the 33rx relaxations.
pub const MOVZ_X: u32 = 0xD280_0000;
/// `movk xN, #0, lsl #16` (hw = 1).
pub const MOVK_X_LSL16: u32 = 0xF2A0_0000;
/// `ldr xN, <label>` (literal, 64-bit).
pub const LDR_X_LITERAL: u32 = 0x5800_0000;
/// Trampoline word 0: `ldr x8, #8`.
pub const TRAMPOLINE_LDR_X8: u32 = 0x5800_0048;
/// Trampoline word 1: `br x8`.
pub const TRAMPOLINE_BR_X8: u32 = 0xD61F_0100;

/// The predicates jit.c asserts (`IS_AARCH64_*`), mask and value as written
/// there.
pub mod runtime {
    /// `IS_AARCH64_ADD_OR_SUB`: `(I & 0x11C00000) == 0x11000000`. Looser than
    /// ADD/SUB (immediate): bits 25..27 are not tested.
    pub const fn is_add_or_sub(i: u32) -> bool {
        i & 0x11C0_0000 == 0x1100_0000
    }
    /// `IS_AARCH64_ADRP`: `(I & 0x9F000000) == 0x90000000`.
    pub const fn is_adrp(i: u32) -> bool {
        i & 0x9F00_0000 == 0x9000_0000
    }
    /// `IS_AARCH64_BRANCH`: `(I & 0x7C000000) == 0x14000000`, B and BL.
    pub const fn is_branch(i: u32) -> bool {
        i & 0x7C00_0000 == 0x1400_0000
    }
    /// `IS_AARCH64_BRANCH_COND`: `(I & 0x7C000000) == 0x54000000`. Bit 31 is
    /// not tested, so besides B.cond (0x54..) it also admits 0xD4..0xD7
    /// (SVC/BRK, system instructions, BR/BLR/RET); it rejects CBZ/CBNZ
    /// (0x34/0x35/0xB4/0xB5) and TBZ/TBNZ.
    pub const fn is_branch_cond(i: u32) -> bool {
        i & 0x7C00_0000 == 0x5400_0000
    }
    /// `IS_AARCH64_LDR_OR_STR`: `(I & 0x3B000000) == 0x39000000`, load/store
    /// register (unsigned immediate), integer and SIMD&FP, loads and stores.
    pub const fn is_ldr_or_str(i: u32) -> bool {
        i & 0x3B00_0000 == 0x3900_0000
    }
    /// `IS_AARCH64_MOV`: `(I & 0x9F800000) == 0x92800000`, 64-bit move wide
    /// (MOVN, MOVZ, MOVK, and the unallocated opc = 01).
    pub const fn is_mov(i: u32) -> bool {
        i & 0x9F80_0000 == 0x9280_0000
    }
}

/// Architectural instruction classes (Arm ARM), for the fields the patches
/// rewrite.
pub mod class {
    /// ADD/ADDS/SUB/SUBS (immediate), 32/64-bit, unshifted (sh = 0): bits
    /// 28..22 = 1000100.
    pub const fn is_add_sub_imm(i: u32) -> bool {
        i & 0x1FC0_0000 == 0x1100_0000
    }
    /// Load/store register (unsigned immediate): size 111 V 01 opc imm12.
    pub const fn is_ldst_unsigned_imm(i: u32) -> bool {
        super::runtime::is_ldr_or_str(i)
    }
    /// LDR/STR of a 128-bit Q register (V = 1, size = 00, opc = 1x): bits 26
    /// and 23 set. Its imm12 is scaled by 16.
    pub const fn is_ldst_q(i: u32) -> bool {
        is_ldst_unsigned_imm(i) && (i >> 26) & 1 == 1 && (i >> 23) & 1 == 1
    }
    /// `LDR Xt, [Xn, #imm]` (64-bit integer load, unsigned offset).
    pub const fn is_ldr_x_unsigned_imm(i: u32) -> bool {
        i & 0xFFC0_0000 == 0xF940_0000
    }
    /// MOVZ, 64-bit.
    pub const fn is_movz_x(i: u32) -> bool {
        i & 0xFF80_0000 == 0xD280_0000
    }
    /// MOVK, 64-bit.
    pub const fn is_movk_x(i: u32) -> bool {
        i & 0xFF80_0000 == 0xF280_0000
    }
    /// B.cond and BC.cond: `0101 0100 imm19 o0 cond`.
    pub const fn is_b_cond(i: u32) -> bool {
        i & 0xFF00_0000 == 0x5400_0000
    }
    /// CBZ/CBNZ (32/64-bit): imm19 at bits 5..23, like B.cond.
    pub const fn is_cbz_cbnz(i: u32) -> bool {
        i & 0x7E00_0000 == 0x3400_0000
    }
    /// TBZ/TBNZ: imm14 at bits 5..18 (bits 19..23 hold b40). Not a 19r site.
    pub const fn is_tbz_tbnz(i: u32) -> bool {
        i & 0x7E00_0000 == 0x3600_0000
    }
    /// ADRP.
    pub const fn is_adrp(i: u32) -> bool {
        super::runtime::is_adrp(i)
    }
    /// B and BL.
    pub const fn is_b_bl(i: u32) -> bool {
        super::runtime::is_branch(i)
    }
}

/// Destination / transfer register, bits 0..4.
pub const fn rd(i: u32) -> u32 {
    i & 0x1F
}

/// Base register, bits 5..9.
pub const fn rn(i: u32) -> u32 {
    (i >> 5) & 0x1F
}

/// The shift jit.c's `patch_aarch64_12` applies to the low 12 bits: the size
/// field (bits 30..31) for LDR/STR (unsigned offset), 0 for ADD/SUB. It does
/// *not* give the 128-bit Q form its scale of 16 (see [`class::is_ldst_q`]);
/// jit.c asserts that form never occurs.
pub const fn lo12_shift(word: u32) -> u32 {
    if runtime::is_ldr_or_str(word) {
        word >> 30
    } else {
        0
    }
}

// ---- Field encoders (the `Encoders::REAL` entries) --------------------------

/// imm12 (bits 10..21) = `(value & 0xFFF) >> lo12_shift(word)`.
pub fn encode_lo12(word: u32, value: u64) -> u32 {
    let imm = ((value & 0xFFF) >> lo12_shift(word)) as u32;
    (word & !(0xFFF << 10)) | (imm << 10)
}

/// imm16 (bits 5..20) = 16-bit chunk `chunk` (0..3) of `value`.
pub fn encode_mov16(word: u32, value: u64, chunk: u8) -> u32 {
    let imm = ((value >> (16 * chunk as u32)) & 0xFFFF) as u32;
    (word & !(0xFFFF << 5)) | (imm << 5)
}

/// imm19 (bits 5..23) = `delta >> 2` (B.cond, CBZ/CBNZ).
pub fn encode_branch19(word: u32, delta: i64) -> u32 {
    let imm = ((delta >> 2) as u32) & 0x7FFFF;
    (word & !(0x7FFFF << 5)) | (imm << 5)
}

/// ADRP's 21-bit page delta: immlo (bits 29..30) = `pages & 3`, immhi (bits
/// 5..23) = `(pages >> 2) & 0x7FFFF`.
pub fn encode_page21(word: u32, pages: i64) -> u32 {
    let lo = (pages as u32) & 0x3;
    let hi = ((pages >> 2) as u32) & 0x7FFFF;
    (word & !((0x3 << 29) | (0x7FFFF << 5))) | (lo << 29) | (hi << 5)
}

/// imm26 (bits 0..25) = `delta >> 2` (B, BL).
pub fn encode_branch26(word: u32, delta: i64) -> u32 {
    let imm = ((delta >> 2) as u32) & 0x3FF_FFFF;
    (word & 0xFC00_0000) | imm
}

/// `ldr x<reg>, <P + delta>`: 0x58000000 | imm19 = `delta >> 2` | reg.
pub fn encode_ldr_literal19(reg: u32, delta: i64) -> u32 {
    LDR_X_LITERAL | ((((delta >> 2) as u32) & 0x7FFFF) << 5) | (reg & 0x1F)
}

// ---- Checks -----------------------------------------------------------------

fn signed_range(
    errors: &mut Vec<PatchErrorKind>,
    what: &'static str,
    v: i64,
    bits: u32,
    unit: u64,
) {
    let half = 1i64 << (bits - 1);
    if !(-half..half).contains(&v) {
        errors.push(PatchErrorKind::OutOfRange {
            what,
            value: v as i128,
            min: -(half as i128),
            max: half as i128 - 1,
            unit,
        });
    }
}

fn aligned(errors: &mut Vec<PatchErrorKind>, what: &'static str, v: u64, align: u64) {
    if v & (align - 1) != 0 {
        errors.push(PatchErrorKind::Misaligned {
            what,
            value: v,
            align,
        });
    }
}

fn wrong(word: u32, expected: &'static str, runtime_asserts: bool) -> PatchErrorKind {
    PatchErrorKind::WrongInstructionClass {
        word,
        expected,
        runtime_asserts,
    }
}

// ---- Patch functions --------------------------------------------------------

/// `patch_aarch64_12` / `12x`: the low 12 bits of `V` into imm12 (bits
/// 10..21) of an ADD/SUB (immediate) or LDR/STR (unsigned offset).
///
/// Contract: for LDR/STR, imm12 counts units of the access size `1 << size`
/// (bits 30..31), so `V & 0xFFF` must be a multiple of it (else
/// `Misaligned`). ADD: no scaling. jit.c asserts the instruction is one of
/// the two ([`runtime::is_add_or_sub`] or [`runtime::is_ldr_or_str`]) and
/// that it is not a 128-bit Q load/store (bits 23 and 26 both set), whose
/// scale (16) it does not implement: a release build scales such an offset by
/// `1 << size` = 1.
pub fn patch_12(word: u32, value: u64, enc: &Encoders) -> Checked<u32> {
    let mut errors = Vec::new();
    let ldst = runtime::is_ldr_or_str(word);
    if !ldst && !runtime::is_add_or_sub(word) {
        errors.push(wrong(
            word,
            "ADD/SUB (immediate) or LDR/STR (unsigned offset)",
            true,
        ));
    } else if !ldst && !class::is_add_sub_imm(word) {
        errors.push(wrong(word, "ADD/SUB (immediate, unshifted)", false));
    }
    if class::is_ldst_q(word) {
        errors.push(PatchErrorKind::Vector128LoadStore { word });
    }
    let lo = value & 0xFFF;
    aligned(&mut errors, "V & 0xfff", lo, 1 << lo12_shift(word));
    Checked {
        value: (enc.lo12)(word, value),
        errors,
    }
}

/// Expected-class texts for 16a..16d.
const MOV_HW: [&str; 4] = [
    "MOVZ/MOVK (64-bit) with hw = 0 (no shift)",
    "MOVZ/MOVK (64-bit) with hw = 1 (LSL #16)",
    "MOVZ/MOVK (64-bit) with hw = 2 (LSL #32)",
    "MOVZ/MOVK (64-bit) with hw = 3 (LSL #48)",
];

/// `patch_aarch64_16a`..`16d` (chunk 0..3): bits `16*chunk .. 16*chunk+16`
/// of `V` into imm16 (bits 5..20) of a 64-bit MOVZ/MOVK whose hw field (bits
/// 21..22) must equal `chunk`. jit.c asserts [`runtime::is_mov`] and the hw
/// field; it also admits MOVN (which would load the complement), reported
/// with `runtime_asserts: false`.
pub fn patch_16(word: u32, value: u64, chunk: u8, enc: &Encoders) -> Checked<u32> {
    let mut errors = Vec::new();
    let expected = MOV_HW[chunk as usize & 3];
    if !runtime::is_mov(word) {
        errors.push(wrong(word, expected, true));
    } else if !class::is_movz_x(word) && !class::is_movk_x(word) {
        errors.push(wrong(word, expected, false));
    }
    if (word >> 21) & 3 != chunk as u32 & 3 {
        errors.push(wrong(word, expected, true));
    }
    errors.dedup();
    Checked {
        value: (enc.mov16)(word, value, chunk),
        errors,
    }
}

/// `patch_aarch64_19r`: `(V - P) >> 2` into imm19 (bits 5..23). Contract:
/// `V - P` a multiple of 4 within `[-2^20, 2^20)` (±1 MiB).
///
/// jit.c asserts [`runtime::is_branch_cond`] only. So CBZ/CBNZ, although
/// CONDBR19 sites with the same imm19 field (a release build patches them
/// correctly), make a debug build abort; TBZ/TBNZ (imm14) are rejected by
/// jit.c and would be corrupted; and jit.c's loose mask lets
/// `BR`/`RET`/`SVC`/system words through, reported here with
/// `runtime_asserts: false`.
pub fn patch_19r(word: u32, location: u64, value: u64, enc: &Encoders) -> Checked<u32> {
    let mut errors = Vec::new();
    if !runtime::is_branch_cond(word) {
        let expected = if class::is_cbz_cbnz(word) {
            "B.cond: jit.c's IS_AARCH64_BRANCH_COND rejects CBZ/CBNZ, although they \
             share imm19 at bits 5..23 and a release build patches them correctly"
        } else {
            "B.cond (or CBZ/CBNZ): a branch with imm19 at bits 5..23"
        };
        errors.push(wrong(word, expected, true));
    } else if !class::is_b_cond(word) {
        errors.push(wrong(
            word,
            "B.cond (or CBZ/CBNZ): a branch with imm19 at bits 5..23",
            false,
        ));
    }
    let delta = value.wrapping_sub(location) as i64;
    signed_range(&mut errors, "V - P", delta, 21, 1);
    aligned(&mut errors, "V - P", delta as u64, 4);
    Checked {
        value: (enc.branch19)(word, delta),
        errors,
    }
}

/// `patch_aarch64_21r` / `21rx`: ADRP's page delta `(V >> 12) - (P >> 12)`
/// into immlo (bits 29..30) and immhi (bits 5..23). Contract: the delta
/// within `[-2^20, 2^20)` pages (±4 GiB). jit.c checks only the range, not
/// that the word is an ADRP (reported with `runtime_asserts: false`).
pub fn patch_21r(word: u32, location: u64, value: u64, enc: &Encoders) -> Checked<u32> {
    let mut errors = Vec::new();
    if !class::is_adrp(word) {
        errors.push(wrong(word, "ADRP", false));
    }
    let pages = (value >> 12).wrapping_sub(location >> 12) as i64;
    signed_range(&mut errors, "(V >> 12) - (P >> 12)", pages, 21, 4096);
    Checked {
        value: (enc.page21)(word, pages),
        errors,
    }
}

/// `patch_aarch64_26r`: `(V - P) >> 2` into imm26 of B/BL. Contract: `V - P`
/// a multiple of 4 within `[-2^27, 2^27)` (±128 MiB). jit.c asserts
/// [`runtime::is_branch`], the range and the alignment.
pub fn patch_26r(word: u32, location: u64, value: u64, enc: &Encoders) -> Checked<u32> {
    let mut errors = Vec::new();
    if !runtime::is_branch(word) {
        errors.push(wrong(word, "B or BL", true));
    }
    let delta = value.wrapping_sub(location) as i64;
    signed_range(&mut errors, "V - P", delta, 28, 1);
    aligned(&mut errors, "V - P", delta as u64, 4);
    Checked {
        value: (enc.branch26)(word, delta),
        errors,
    }
}

/// What `patch_aarch64_33rx` stores in its two words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pair33 {
    pub words: [u32; 2],
    pub relaxation: Option<Relaxation>,
}

/// Whether `patch_aarch64_33rx` turns the pair into `ldr xN, <V>; nop`:
/// `d = V - P` (as `int64_t`) with `d & 3 == 0` and `-(1 << 19) <= d < (1 << 19)`.
///
/// Note: jit.c compares the *byte* distance against `1 << 19`, i.e. ±512 KiB,
/// while LDR (literal)'s imm19 counts words and reaches ±1 MiB. The runtime's
/// test is half as wide as the encoding allows (safe, just conservative).
pub fn ldr_literal_in_range(location: u64, value: u64) -> bool {
    let d = value.wrapping_sub(location) as i64;
    d & 3 == 0 && (-(1i64 << 19)..(1i64 << 19)).contains(&d)
}

/// `patch_aarch64_33rx`: an `adrp xN, V@page; ldr xN, [xN, V@pageoff]` pair
/// loading the 8-byte slot at `V`. `slot` is that slot's content (already
/// patched) or `None` to patch without relaxing.
///
/// jit.c asserts: word 0 is ADRP, word 1 is LDR/STR (unsigned offset), and
/// the ADRP destination equals the LDR's Rt and Rn. Then with the slot's
/// content `S`:
/// - `S < 2^16`: `movz xN, #S; nop`;
/// - `S < 2^32`: `movz xN, #S[0:16]; movk xN, #S[16:32], lsl #16`;
/// - [`ldr_literal_in_range`]: `ldr xN, V; nop`;
/// - else the two words are patched as `21rx` (at P) and `12x` (at P + 4).
///
/// The relaxation assumes word 1 is a 64-bit LDR; jit.c's assert also admits
/// stores and narrower loads, reported with `runtime_asserts: false`.
pub fn patch_33rx(
    words: [u32; 2],
    location: u64,
    value: u64,
    slot: Option<u64>,
    enc: &Encoders,
) -> Checked<Pair33> {
    let mut errors = Vec::new();
    let [w0, w1] = words;
    if !runtime::is_adrp(w0) {
        errors.push(wrong(w0, "ADRP", true));
    }
    let reg = rd(w0);
    if !runtime::is_ldr_or_str(w1) {
        errors.push(wrong(w1, "LDR Xt, [Xn, #imm] (unsigned offset)", true));
    } else if !class::is_ldr_x_unsigned_imm(w1) {
        errors.push(wrong(
            w1,
            "LDR Xt, [Xn, #imm] (64-bit load, unsigned offset)",
            false,
        ));
    }
    if rd(w1) != reg || rn(w1) != reg {
        errors.push(PatchErrorKind::RegisterMismatch {
            adrp_rd: reg as u8,
            ldr_rt: rd(w1) as u8,
            ldr_rn: rn(w1) as u8,
        });
    }
    if let Some(s) = slot {
        let relaxed = if s < 1 << 16 {
            Some((
                [(enc.mov16)(MOVZ_X | reg, s, 0), NOP],
                Relaxation::A64AdrpLdrToMovz,
            ))
        } else if s < 1 << 32 {
            Some((
                [
                    (enc.mov16)(MOVZ_X | reg, s, 0),
                    (enc.mov16)(MOVK_X_LSL16 | reg, s, 1),
                ],
                Relaxation::A64AdrpLdrToMovzMovk,
            ))
        } else if ldr_literal_in_range(location, value) {
            let d = value.wrapping_sub(location) as i64;
            Some((
                [(enc.ldr_literal19)(reg, d), NOP],
                Relaxation::A64AdrpLdrToLdrLiteral,
            ))
        } else {
            None
        };
        if let Some((words, relaxation)) = relaxed {
            return Checked {
                value: Pair33 {
                    words,
                    relaxation: Some(relaxation),
                },
                errors,
            };
        }
    }
    // The fallback: 21rx + 12x. Their class checks repeat the ones above.
    let hi = patch_21r(w0, location, value, enc);
    let lo = patch_12(w1, value, enc);
    errors.extend(
        hi.errors
            .into_iter()
            .chain(lo.errors)
            .filter(|e| !matches!(e, PatchErrorKind::WrongInstructionClass { .. })),
    );
    Checked {
        value: Pair33 {
            words: [hi.value, lo.value],
            relaxation: None,
        },
        errors,
    }
}

/// The 16-byte AArch64 trampoline slot for `target`:
/// `ldr x8, #8; br x8; .quad target`.
pub fn trampoline_bytes(target: u64) -> [u8; 16] {
    let mut t = [0u8; 16];
    t[0..4].copy_from_slice(&TRAMPOLINE_LDR_X8.to_le_bytes());
    t[4..8].copy_from_slice(&TRAMPOLINE_BR_X8.to_le_bytes());
    t[8..16].copy_from_slice(&target.to_le_bytes());
    t
}

/// `patch_aarch64_trampoline`'s test for a direct branch: `(int64_t)(target -
/// P)` in `[-2^27, 2^27)`. When it holds the site gets `patch_26r(P, target)`.
pub fn trampoline_direct_in_range(location: u64, target: u64) -> bool {
    let range = target.wrapping_sub(location) as i64;
    (-(1i64 << 27)..(1i64 << 27)).contains(&range)
}

#[cfg(test)]
mod tests {
    use super::*;

    const E: &Encoders = &Encoders::REAL;

    // Independent decoders, written from the Arm ARM field layouts.
    fn sext(v: u64, bits: u32) -> i64 {
        ((v << (64 - bits)) as i64) >> (64 - bits)
    }
    fn b_target(p: u64, w: u32) -> u64 {
        p.wrapping_add((sext((w & 0x3FF_FFFF) as u64, 26) * 4) as u64)
    }
    fn bcond_target(p: u64, w: u32) -> u64 {
        p.wrapping_add((sext(((w >> 5) & 0x7FFFF) as u64, 19) * 4) as u64)
    }
    fn adrp_page(p: u64, w: u32) -> u64 {
        let imm = (((w >> 5) & 0x7FFFF) << 2 | ((w >> 29) & 3)) as u64;
        (p & !0xFFF).wrapping_add((sext(imm, 21) << 12) as u64)
    }
    fn ldst_offset(w: u32) -> u64 {
        let scale = if w & (1 << 26) != 0 && w & (1 << 23) != 0 {
            4
        } else {
            w >> 30
        };
        (((w >> 10) & 0xFFF) as u64) << scale
    }
    fn mov_chunk(w: u32) -> u64 {
        (((w >> 5) & 0xFFFF) as u64) << (16 * ((w >> 21) & 3))
    }

    const ADRP_X1: u32 = 0x9000_0001; // adrp x1, 0
    const LDR_X1_X1: u32 = 0xF940_0021; // ldr x1, [x1]
    const LDR_W1_X1: u32 = 0xB940_0021; // ldr w1, [x1]
    const LDRB_W1_X1: u32 = 0x3940_0021; // ldrb w1, [x1]
    const LDR_Q0_X1: u32 = 0x3DC0_0020; // ldr q0, [x1]
    const ADD_X1_X1: u32 = 0x9100_0021; // add x1, x1, #0
    const B: u32 = 0x1400_0000;
    const BL: u32 = 0x9400_0000;
    const BEQ: u32 = 0x5400_0000;
    const CBZ_X0: u32 = 0xB400_0000;
    const TBZ_X0: u32 = 0x3600_0000;
    const BR_X8: u32 = 0xD61F_0100;
    const MOVZ_X0: u32 = 0xD280_0000;
    const MOVK_X0_16: u32 = 0xF2A0_0000;
    const MOVK_X0_32: u32 = 0xF2C0_0000;
    const MOVK_X0_48: u32 = 0xF2E0_0000;
    const MOVN_X0: u32 = 0x9280_0000;
    const MOVZ_W0: u32 = 0x5280_0000;

    #[test]
    fn branch26_round_trip_and_limits() {
        let p = 0x4000_0000u64;
        for w in [B, BL] {
            for v in [p, p + 4, p - 4, p + (1 << 27) - 4, p - (1 << 27)] {
                let c = patch_26r(w, p, v, E);
                assert!(c.errors.is_empty(), "{v:#x}: {:?}", c.errors);
                assert_eq!(b_target(p, c.value), v);
                assert_eq!(c.value & 0xFC00_0000, w);
            }
        }
        let c = patch_26r(B, p, p + (1 << 27), E);
        assert!(matches!(c.errors[..], [PatchErrorKind::OutOfRange { .. }]));
        let c = patch_26r(B, p, p - (1 << 27) - 4, E);
        assert!(matches!(c.errors[..], [PatchErrorKind::OutOfRange { .. }]));
        let c = patch_26r(B, p, p + 6, E);
        assert!(matches!(
            c.errors[..],
            [PatchErrorKind::Misaligned { align: 4, .. }]
        ));
        let c = patch_26r(BEQ, p, p + 8, E);
        assert!(matches!(
            c.errors[..],
            [PatchErrorKind::WrongInstructionClass {
                runtime_asserts: true,
                ..
            }]
        ));
    }

    #[test]
    fn branch19_round_trip_limits_and_classes() {
        let p = 0x4000_0000u64;
        for v in [p + 8, p - 8, p + (1 << 20) - 4, p - (1 << 20)] {
            let c = patch_19r(BEQ | 0x1, p, v, E); // b.ne
            assert!(c.errors.is_empty());
            assert_eq!(bcond_target(p, c.value), v);
            assert_eq!(c.value & 0x1F, 1, "cond kept");
        }
        assert!(matches!(
            patch_19r(BEQ, p, p + (1 << 20), E).errors[..],
            [PatchErrorKind::OutOfRange { .. }]
        ));
        assert!(matches!(
            patch_19r(BEQ, p, p - (1 << 20) - 4, E).errors[..],
            [PatchErrorKind::OutOfRange { .. }]
        ));
        assert!(matches!(
            patch_19r(BEQ, p, p + 2, E).errors[..],
            [PatchErrorKind::Misaligned { .. }]
        ));
        // CBZ: jit.c asserts, but the release bytes are right.
        let c = patch_19r(CBZ_X0, p, p + 0x100, E);
        assert!(matches!(
            c.errors[..],
            [PatchErrorKind::WrongInstructionClass {
                runtime_asserts: true,
                ..
            }]
        ));
        assert_eq!(bcond_target(p, c.value), p + 0x100);
        // TBZ: rejected too.
        assert!(matches!(
            patch_19r(TBZ_X0, p, p + 0x100, E).errors[..],
            [PatchErrorKind::WrongInstructionClass {
                runtime_asserts: true,
                ..
            }]
        ));
        // BR x8 slips through jit.c's mask.
        assert!(runtime::is_branch_cond(BR_X8));
        assert!(matches!(
            patch_19r(BR_X8, p, p + 0x100, E).errors[..],
            [PatchErrorKind::WrongInstructionClass {
                runtime_asserts: false,
                ..
            }]
        ));
    }

    #[test]
    fn page21_round_trip_and_limits() {
        let p = 0x2_4000_0123u64;
        for v in [
            p,
            p + 0x1000,
            p - 0x2000,
            p + 0x1234_5678,
            (p & !0xFFF) + ((1u64 << 32) - 0x1000),
            (p & !0xFFF) - (1u64 << 32),
        ] {
            let c = patch_21r(ADRP_X1, p, v, E);
            assert!(c.errors.is_empty(), "{v:#x}");
            assert_eq!(adrp_page(p, c.value), v & !0xFFF);
            assert_eq!(rd(c.value), 1);
        }
        let c = patch_21r(ADRP_X1, p, (p & !0xFFF) + (1 << 32), E);
        assert!(matches!(
            c.errors[..],
            [PatchErrorKind::OutOfRange { unit: 4096, .. }]
        ));
        let c = patch_21r(ADRP_X1, p, (p & !0xFFF) - (1 << 32) - 0x1000, E);
        assert!(matches!(c.errors[..], [PatchErrorKind::OutOfRange { .. }]));
        // Not an ADRP: jit.c does not check, we report without asserting.
        assert!(matches!(
            patch_21r(ADD_X1_X1, p, p, E).errors[..],
            [PatchErrorKind::WrongInstructionClass {
                runtime_asserts: false,
                ..
            }]
        ));
    }

    #[test]
    fn lo12_scales_by_access_size() {
        let v = 0x1234_5678u64; // low 12 bits 0x678
        let c = patch_12(ADD_X1_X1, v, E);
        assert!(c.errors.is_empty());
        assert_eq!((c.value >> 10) & 0xFFF, 0x678);
        let c = patch_12(LDRB_W1_X1, v, E);
        assert!(c.errors.is_empty());
        assert_eq!(ldst_offset(c.value), 0x678);
        let c = patch_12(LDR_X1_X1, 0x5ff8, E);
        assert!(c.errors.is_empty());
        assert_eq!(ldst_offset(c.value), 0xff8);
        assert_eq!((c.value >> 10) & 0xFFF, 0x1ff);
        let c = patch_12(LDR_W1_X1, 0x5ffc, E);
        assert!(c.errors.is_empty());
        assert_eq!(ldst_offset(c.value), 0xffc);
        // Misaligned for the access size.
        assert!(matches!(
            patch_12(LDR_X1_X1, 0x1004, E).errors[..],
            [PatchErrorKind::Misaligned {
                align: 8,
                value: 4,
                ..
            }]
        ));
        assert!(matches!(
            patch_12(LDR_W1_X1, 0x1002, E).errors[..],
            [PatchErrorKind::Misaligned { align: 4, .. }]
        ));
        // Wrong class.
        assert!(matches!(
            patch_12(B, 0x10, E).errors[..],
            [PatchErrorKind::WrongInstructionClass {
                runtime_asserts: true,
                ..
            }]
        ));
        // Register fields survive.
        assert_eq!(patch_12(LDR_X1_X1, 0x8, E).value & 0x3FF, LDR_X1_X1 & 0x3FF);
    }

    #[test]
    fn lo12_q_register_is_reported_and_release_misscales() {
        assert!(class::is_ldst_q(LDR_Q0_X1));
        let c = patch_12(LDR_Q0_X1, 0x120, E);
        assert_eq!(
            c.errors,
            vec![PatchErrorKind::Vector128LoadStore { word: LDR_Q0_X1 }]
        );
        // jit.c's shift is the size field (0): the CPU scales by 16.
        assert_eq!((c.value >> 10) & 0xFFF, 0x120);
        assert_eq!(ldst_offset(c.value), 0x1200);
    }

    #[test]
    fn mov16_chunks_and_hw_check() {
        let v = 0x1111_2222_3333_4444u64;
        for (w, chunk) in [
            (MOVZ_X0, 0u8),
            (MOVK_X0_16, 1),
            (MOVK_X0_32, 2),
            (MOVK_X0_48, 3),
        ] {
            let c = patch_16(w, v, chunk, E);
            assert!(c.errors.is_empty());
            assert_eq!(mov_chunk(c.value), v & (0xFFFF << (16 * chunk)));
        }
        // hw mismatch.
        assert!(matches!(
            patch_16(MOVK_X0_16, v, 0, E).errors[..],
            [PatchErrorKind::WrongInstructionClass {
                runtime_asserts: true,
                ..
            }]
        ));
        // 32-bit MOVZ: not jit.c's IS_AARCH64_MOV.
        assert!(matches!(
            patch_16(MOVZ_W0, v, 0, E).errors[..],
            [PatchErrorKind::WrongInstructionClass {
                runtime_asserts: true,
                ..
            }]
        ));
        // MOVN passes jit.c's mask.
        assert!(matches!(
            patch_16(MOVN_X0, v, 0, E).errors[..],
            [PatchErrorKind::WrongInstructionClass {
                runtime_asserts: false,
                ..
            }]
        ));
    }

    #[test]
    fn pair33_relaxations() {
        let p = 0x4000_0000u64;
        let v = 0x4000_8000u64; // the slot's address
                                // movz; nop
        let c = patch_33rx([ADRP_X1, LDR_X1_X1], p, v, Some(0xBEEF), E);
        assert!(c.errors.is_empty());
        assert_eq!(c.value.relaxation, Some(Relaxation::A64AdrpLdrToMovz));
        assert_eq!(c.value.words, [0xD280_0000 | (0xBEEF << 5) | 1, NOP]);
        assert_eq!(mov_chunk(c.value.words[0]), 0xBEEF);
        // movz; movk
        let c = patch_33rx([ADRP_X1, LDR_X1_X1], p, v, Some(0xDEAD_BEEF), E);
        assert_eq!(c.value.relaxation, Some(Relaxation::A64AdrpLdrToMovzMovk));
        assert!(class::is_movz_x(c.value.words[0]) && class::is_movk_x(c.value.words[1]));
        assert_eq!(
            mov_chunk(c.value.words[0]) | mov_chunk(c.value.words[1]),
            0xDEAD_BEEF
        );
        assert_eq!(rd(c.value.words[1]), 1);
        // ldr literal; nop
        let c = patch_33rx([ADRP_X1, LDR_X1_X1], p, v, Some(0x7777_0000_0000), E);
        assert_eq!(c.value.relaxation, Some(Relaxation::A64AdrpLdrToLdrLiteral));
        assert_eq!(c.value.words[1], NOP);
        assert_eq!(c.value.words[0] & 0xFF00_001F, 0x5800_0001);
        assert_eq!(bcond_target(p, c.value.words[0]), v);
        // Fallback: too far for the literal.
        let far = p + (1 << 19);
        let c = patch_33rx([ADRP_X1, LDR_X1_X1], p, far, Some(0x7777_0000_0000), E);
        assert_eq!(c.value.relaxation, None);
        assert!(c.errors.is_empty());
        assert_eq!(adrp_page(p, c.value.words[0]), far & !0xFFF);
        assert_eq!(ldst_offset(c.value.words[1]), far & 0xFFF);
        // No slot (relaxing disabled): the same fallback.
        let c = patch_33rx([ADRP_X1, LDR_X1_X1], p, v, None, E);
        assert_eq!(c.value.relaxation, None);
        assert_eq!(
            adrp_page(p, c.value.words[0]) + ldst_offset(c.value.words[1]),
            v
        );
    }

    #[test]
    fn pair33_literal_bounds_are_jit_cs() {
        let p = 0x4000_0000u64;
        assert!(ldr_literal_in_range(p, p + (1 << 19) - 8));
        assert!(!ldr_literal_in_range(p, p + (1 << 19)));
        assert!(ldr_literal_in_range(p, p - (1 << 19)));
        assert!(!ldr_literal_in_range(p, p - (1 << 19) - 8));
        assert!(!ldr_literal_in_range(p, p + 8 + 4 - 2));
    }

    #[test]
    fn pair33_asserts() {
        let p = 0x4000_0000u64;
        let ldr_x2_x1 = 0xF940_0022u32;
        let c = patch_33rx([ADRP_X1, ldr_x2_x1], p, p + 8, Some(5), E);
        assert!(matches!(
            c.errors[..],
            [PatchErrorKind::RegisterMismatch {
                adrp_rd: 1,
                ldr_rt: 2,
                ldr_rn: 1
            }]
        ));
        let c = patch_33rx([ADD_X1_X1, LDR_X1_X1], p, p + 8, Some(5), E);
        assert!(matches!(
            c.errors[..],
            [PatchErrorKind::WrongInstructionClass {
                runtime_asserts: true,
                ..
            }]
        ));
        let c = patch_33rx([ADRP_X1, LDR_W1_X1], p, p + 8, Some(5), E);
        assert!(matches!(
            c.errors[..],
            [PatchErrorKind::WrongInstructionClass {
                runtime_asserts: false,
                ..
            }]
        ));
    }

    #[test]
    fn trampoline_slot_layout() {
        let t = trampoline_bytes(0x1122_3344_5566_7788);
        assert_eq!(u32::from_le_bytes(t[0..4].try_into().unwrap()), 0x5800_0048);
        assert_eq!(u32::from_le_bytes(t[4..8].try_into().unwrap()), 0xD61F_0100);
        assert_eq!(
            u64::from_le_bytes(t[8..16].try_into().unwrap()),
            0x1122_3344_5566_7788
        );
        // `ldr x8, #8` loads from slot + 8.
        assert_eq!(bcond_target(0, TRAMPOLINE_LDR_X8), 8);
        let p = 0x1000_0000u64;
        assert!(trampoline_direct_in_range(p, p + (1 << 27) - 4));
        assert!(!trampoline_direct_in_range(p, p + (1 << 27)));
        assert!(trampoline_direct_in_range(p, p - (1 << 27)));
        assert!(!trampoline_direct_in_range(p, p - (1 << 27) - 4));
    }
}
