//! Property tests of the patch functions: for random in-range values and
//! locations, an independent decoder reads back the intended value, and the
//! relaxed forms mean what the unrelaxed ones mean.

use proptest::prelude::*;
use stencil_verify::patch::{aarch64, x86, Encoders, Relaxation};
use stencil_verify::target::Arch;

const E: &Encoders = &Encoders::REAL;

fn sext(v: u64, bits: u32) -> i64 {
    ((v << (64 - bits)) as i64) >> (64 - bits)
}

/// Decodes the PC-relative target of B/BL, B.cond/CBZ, ADRP (page) and LDR
/// (literal), from the Arm ARM field layouts.
fn a64_pc_target(p: u64, w: u32) -> u64 {
    if w & 0x7C00_0000 == 0x1400_0000 {
        p.wrapping_add((sext((w & 0x3FF_FFFF) as u64, 26) << 2) as u64)
    } else if w & 0x9F00_0000 == 0x9000_0000 {
        let imm = ((((w >> 5) & 0x7FFFF) << 2) | ((w >> 29) & 3)) as u64;
        (p & !0xFFF).wrapping_add((sext(imm, 21) << 12) as u64)
    } else {
        p.wrapping_add((sext(((w >> 5) & 0x7FFFF) as u64, 19) << 2) as u64)
    }
}

/// A tiny interpreter for what the 33rx forms leave in the register.
fn a64_pair_result(p: u64, words: [u32; 2], mem: impl Fn(u64) -> u64) -> u64 {
    let [w0, w1] = words;
    let imm16 = |w: u32| (((w >> 5) & 0xFFFF) as u64) << (16 * ((w >> 21) & 3));
    let first = if w0 & 0xFF80_0000 == 0xD280_0000 {
        imm16(w0)
    } else if w0 & 0xFF00_0000 == 0x5800_0000 {
        mem(a64_pc_target(p, w0))
    } else {
        assert_eq!(w0 & 0x9F00_0000, 0x9000_0000, "adrp");
        a64_pc_target(p, w0)
    };
    if w1 == aarch64::NOP {
        first
    } else if w1 & 0xFF80_0000 == 0xF280_0000 {
        let hw = (w1 >> 21) & 3;
        (first & !(0xFFFF << (16 * hw))) | imm16(w1)
    } else {
        assert_eq!(w1 & 0xFFC0_0000, 0xF940_0000, "ldr x, [x, #imm]");
        mem(first + ((((w1 >> 10) & 0xFFF) as u64) << 3))
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn branch26_round_trips(p in (0u64..1 << 46).prop_map(|p| p << 2), d in -(1i64 << 25)..(1i64 << 25), link: bool) {
        let v = p.wrapping_add((d << 2) as u64);
        let word = if link { 0x9400_0000 } else { 0x1400_0000 };
        let c = aarch64::patch_26r(word, p, v, E);
        prop_assert!(c.errors.is_empty());
        prop_assert_eq!(a64_pc_target(p, c.value), v);
        prop_assert_eq!(c.value & 0xFC00_0000, word);
    }

    #[test]
    fn branch26_out_of_range_is_reported(p in (1u64 << 30..1 << 46).prop_map(|p| p << 2), d in (1i64 << 25)..(1i64 << 40), neg: bool) {
        let d = if neg { -d - 1 } else { d };
        let v = p.wrapping_add((d << 2) as u64);
        prop_assert!(aarch64::patch_26r(0x1400_0000, p, v, E).runtime_asserts());
    }

    #[test]
    fn branch19_round_trips(p in (0u64..1 << 46).prop_map(|p| p << 2), d in -(1i64 << 18)..(1i64 << 18), cond in 0u32..16) {
        let v = p.wrapping_add((d << 2) as u64);
        let c = aarch64::patch_19r(0x5400_0000 | cond, p, v, E);
        prop_assert!(c.errors.is_empty());
        prop_assert_eq!(a64_pc_target(p, c.value), v);
        prop_assert_eq!(c.value & 0x1F, cond);
    }

    #[test]
    fn page21_round_trips(p in 1u64 << 33..1 << 47, pages in -(1i64 << 20)..(1i64 << 20), lo in 0u64..4096, rd in 0u32..31) {
        let v = ((p & !0xFFF).wrapping_add((pages << 12) as u64)) | lo;
        let c = aarch64::patch_21r(0x9000_0000 | rd, p, v, E);
        prop_assert!(c.errors.is_empty());
        prop_assert_eq!(a64_pc_target(p, c.value), v & !0xFFF);
        prop_assert_eq!(c.value & 0x1F, rd);
    }

    #[test]
    fn lo12_round_trips(size in 0u32..4, v in any::<u64>(), base in any::<u32>()) {
        // LDR/STR (unsigned offset) of 1 << size bytes, random registers.
        let word = (size << 30) | 0x3940_0000 | (base & 0x3FF);
        let v = v & !((1u64 << size) - 1);
        let c = aarch64::patch_12(word, v, E);
        prop_assert!(c.errors.is_empty());
        prop_assert_eq!((((c.value >> 10) & 0xFFF) as u64) << size, v & 0xFFF);
        prop_assert_eq!(c.value & 0x3FF, base & 0x3FF);
    }

    #[test]
    fn mov16_chunks_rebuild_the_value(v in any::<u64>(), rd in 0u32..31) {
        let mut built = 0u64;
        for chunk in 0u8..4 {
            let word = if chunk == 0 { 0xD280_0000 } else { 0xF280_0000 } | ((chunk as u32) << 21) | rd;
            let c = aarch64::patch_16(word, v, chunk, E);
            prop_assert!(c.errors.is_empty());
            built |= (((c.value >> 5) & 0xFFFF) as u64) << (16 * chunk);
        }
        prop_assert_eq!(built, v);
    }

    #[test]
    fn rel32_round_trips(p in 0u64..1 << 47, d in i32::MIN as i64..=i32::MAX as i64) {
        let v = p.wrapping_add(d as u64);
        let c = x86::patch_32r(p, v, Arch::X86_64, E);
        prop_assert!(c.errors.is_empty());
        // The field holds V - P: a call at P - 1 with addend -4 reaches V + 4.
        prop_assert_eq!(p.wrapping_add(c.value as i32 as i64 as u64), v);
    }

    #[test]
    fn rel32_i686_always_encodes_v_mod_2_32(p in any::<u32>(), v in any::<u32>()) {
        let c = x86::patch_32r(p as u64, v as u64, Arch::I686, E);
        prop_assert_eq!(p.wrapping_add(c.value), v);
        let d = v as i64 - p as i64;
        let far = !(-(1i64 << 31)..(1i64 << 31)).contains(&d);
        prop_assert_eq!(!c.errors.is_empty(), far);
    }

    /// Whatever form 33rx picks, the register ends up holding the slot's
    /// content, as the unrelaxed `adrp; ldr` would.
    #[test]
    fn pair33_means_the_same(
        p in (1u64 << 32..1 << 46).prop_map(|p| p << 3),
        slot_off in -(1i64 << 21)..(1i64 << 21),
        content_bits in 0u32..64,
        content in any::<u64>(),
        rd in 0u32..31,
    ) {
        let v = p.wrapping_add((slot_off << 3) as u64); // 8-byte aligned slot
        let content = if content_bits == 0 { 0 } else { content >> (64 - content_bits) };
        let adrp = 0x9000_0000 | rd;
        let ldr = 0xF940_0000 | (rd << 5) | rd;
        let mem = |addr: u64| { assert_eq!(addr, v, "loads the slot"); content };
        for relax in [true, false] {
            let slot = relax.then_some(content);
            let c = aarch64::patch_33rx([adrp, ldr], p, v, slot, E);
            prop_assert!(c.errors.is_empty());
            prop_assert_eq!(a64_pair_result(p, c.value.words, mem), content);
            if !relax {
                prop_assert_eq!(c.value.relaxation, None);
            }
            if c.value.relaxation == Some(Relaxation::A64AdrpLdrToLdrLiteral) {
                prop_assert!(content >= 1 << 32);
            }
        }
    }

    /// x86 32rx: the register gets the slot's content either way (lea of the
    /// address it holds, or a load of the slot).
    #[test]
    fn rel32x_means_the_same(
        p in 1u64 << 33..1 << 46,
        slot_off in -(1i64 << 30)..(1i64 << 30),
        content_off in -(1i64 << 32)..(1i64 << 32),
        modrm in any::<u8>(),
    ) {
        let slot_addr = p.wrapping_add(slot_off as u64);
        let content = p.wrapping_add(content_off as u64);
        let c = x86::patch_32rx([0x8B, modrm], p, slot_addr - 4, Some(content), Arch::X86_64, E);
        prop_assert!(c.errors.is_empty());
        let operand = (p + 4).wrapping_add(c.value.disp as i32 as i64 as u64);
        let result = match c.value.prefix[0] {
            0x8D => operand,
            0x8B => { prop_assert_eq!(operand, slot_addr); content }
            other => return Err(TestCaseError::fail(format!("opcode {other:#x}"))),
        };
        prop_assert_eq!(result, content);
        prop_assert_eq!(c.value.prefix[1], modrm);
    }
}
