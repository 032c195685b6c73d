//! x86 (64- and 32-bit) patch functions: absolute 64/32, relative 32, the
//! relaxing GOT load `patch_x86_64_32rx`, and the x86-64 (Darwin) trampoline.
//!
//! Every function is pure: it takes the bytes at the location and the value,
//! and returns the bytes the runtime stores there together with the checks
//! (the runtime's `assert`s) that failed. A release build of CPython stores
//! exactly those bytes even when a check fails.

use super::{Checked, Encoders, PatchErrorKind, Relaxation};
use crate::target::Arch;

/// `jmp qword ptr [rip + 0]`: the first six bytes of an x86-64 trampoline.
pub const JMP_RIP_INDIRECT: [u8; 6] = [0xFF, 0x25, 0x00, 0x00, 0x00, 0x00];
/// `nop`, the filler byte of the call/jmp relaxations.
pub const NOP: u8 = 0x90;
/// `call rel32`.
pub const CALL_REL32: u8 = 0xE8;
/// `jmp rel32`.
pub const JMP_REL32: u8 = 0xE9;
/// `mov r64, r/m64` (with REX.W in front).
pub const MOV_R_RM: u8 = 0x8B;
/// `lea r64, m`.
pub const LEA: u8 = 0x8D;

// ---- Instruction-class tests of patch_x86_64_32rx --------------------------
//
// The runtime looks only at the two bytes before the 32-bit field, P-2 and
// P-1, and in this order:

/// `loc[-2] == 0x8B`: the opcode byte of `mov r64, [rip + disp32]` (REX.W 8B
/// /r). The ModRM byte at P-1 is not inspected.
pub fn is_mov_load(prefix: [u8; 2]) -> bool {
    prefix[0] == MOV_R_RM
}

/// `loc[-2..] == FF 15`: `call qword ptr [rip + disp32]` (FF /2, mod=00 rm=101).
pub fn is_call_indirect(prefix: [u8; 2]) -> bool {
    prefix == [0xFF, 0x15]
}

/// `loc[-2..] == FF 25`: `jmp qword ptr [rip + disp32]` (FF /4, mod=00 rm=101).
pub fn is_jmp_indirect(prefix: [u8; 2]) -> bool {
    prefix == [0xFF, 0x25]
}

// ---- Field encoders (the `Encoders::REAL` entries) --------------------------

/// 64-bit little-endian absolute value.
pub fn encode_abs64(value: u64) -> [u8; 8] {
    value.to_le_bytes()
}

/// Low 32 bits of an absolute value.
pub fn encode_abs32(value: u64) -> u32 {
    value as u32
}

/// 32-bit displacement `V - P`, truncated. The CPU adds it to the address of
/// the *next* instruction; the `- 4` that makes up for that is already in the
/// hole's addend (for a field that ends its instruction).
pub fn encode_rel32(location: u64, value: u64) -> u32 {
    value.wrapping_sub(location) as u32
}

// ---- Patch functions --------------------------------------------------------

/// `patch_64`: `V` as 8 little-endian bytes. Never fails.
pub fn patch_64(value: u64, enc: &Encoders) -> [u8; 8] {
    (enc.abs64)(value)
}

/// `patch_32`: `V` as a 32-bit absolute value (i686 absolute addresses,
/// HI/LO operand halves). Contract: `V < 2^32` (unsigned), else the runtime
/// asserts and a release build keeps the low 32 bits.
pub fn patch_32(value: u64, enc: &Encoders) -> Checked<u32> {
    let mut errors = Vec::new();
    if value > u32::MAX as u64 {
        errors.push(PatchErrorKind::OutOfRange {
            what: "V",
            value: value as i128,
            min: 0,
            max: u32::MAX as i128,
            unit: 1,
        });
    }
    Checked {
        value: (enc.abs32)(value),
        errors,
    }
}

/// `patch_32r`: 32-bit `V - P`. Contract: `(int64_t)(V - P)` in
/// `[-2^31, 2^31)` (±2 GiB).
///
/// jit.c computes `V - P` in 64 bits (`value` is `uint64_t`, `P` a
/// `uintptr_t`), also on i686. There the stored 32-bit displacement wraps
/// modulo 2^32 like the CPU's EIP, so a release build still reaches `V` when
/// `V < 2^32`, but a debug build asserts when `|V - P| >= 2 GiB`; that case is
/// reported as [`PatchErrorKind::DisplacementWraps`] rather than `OutOfRange`.
pub fn patch_32r(location: u64, value: u64, arch: Arch, enc: &Encoders) -> Checked<u32> {
    let mut errors = Vec::new();
    let delta = value.wrapping_sub(location) as i64;
    if !(-(1i64 << 31)..(1i64 << 31)).contains(&delta) {
        if arch == Arch::I686 && value <= u32::MAX as u64 {
            errors.push(PatchErrorKind::DisplacementWraps {
                value: delta as i128,
            });
        } else {
            errors.push(PatchErrorKind::OutOfRange {
                what: "V - P",
                value: delta as i128,
                min: -(1i128 << 31),
                max: (1i128 << 31) - 1,
                unit: 1,
            });
        }
    }
    Checked {
        value: (enc.rel32)(location, value),
        errors,
    }
}

/// What `patch_x86_64_32rx` stores.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rel32x {
    /// The two bytes before the field (rewritten by a relaxation, else as
    /// they were).
    pub prefix: [u8; 2],
    /// The 32-bit field.
    pub disp: u32,
    pub relaxation: Option<Relaxation>,
    /// The value finally passed to `patch_32r`: `V`, or the slot's content
    /// minus 4 after a relaxation.
    pub value: u64,
}

/// The relaxation range test of `patch_x86_64_32rx`, exactly as jit.c writes
/// it: with `relaxed = *(V + 4) - 4` and `d = (int64_t)relaxed -
/// (int64_t)location`, relax when `d >= -2^31 && d + 1 < 2^31`.
///
/// Note the `+ 1`: the runtime refuses `d = 2^31 - 1`, which *would* fit the
/// 32-bit displacement, so its test is one byte narrower than the encoding at
/// the top. On i686, `(int64_t)location` converts a 32-bit pointer to a
/// 64-bit integer, which GCC and Clang define as sign-extension; `relaxed`
/// is still a full 8-byte read minus 4.
pub fn relaxation_in_range(relaxed: u64, location: u64, arch: Arch) -> bool {
    let loc = match arch {
        Arch::I686 => location as u32 as i32 as i64,
        _ => location as i64,
    };
    let d = (relaxed as i64).wrapping_sub(loc);
    d >= -(1i64 << 31) && d.wrapping_add(1) < (1i64 << 31)
}

/// `patch_x86_64_32rx`: a RIP-relative load of the 8-byte slot at `V + 4`
/// (a GOT-style data slot; on COFF, REL32 call sites too).
///
/// `prefix` is the two bytes before the field; `slot` is the 8-byte word at
/// `V + 4` (already patched), or `None` when it cannot be read or relaxing is
/// disabled: then the hole is patched as `patch_32r`. With the slot's content
/// `S` and `relaxed = S - 4`, if [`relaxation_in_range`] holds:
/// - `8B` at P-2: `mov r, [rip+X]` → `lea r, [rip+Y]` (`8D`);
/// - `FF 15`: `call [rip+X]` → `nop; call Y` (`90 E8`);
/// - `FF 25`: `jmp [rip+X]` → `nop; jmp Y` (`90 E9`);
///
/// and the field then gets `relaxed - P`, so the instruction computes or
/// reaches `S` itself instead of loading it. Otherwise the field gets `V - P`.
pub fn patch_32rx(
    prefix: [u8; 2],
    location: u64,
    value: u64,
    slot: Option<u64>,
    arch: Arch,
    enc: &Encoders,
) -> Checked<Rel32x> {
    let mut out = Rel32x {
        prefix,
        disp: 0,
        relaxation: None,
        value,
    };
    if let Some(slot) = slot {
        let relaxed = slot.wrapping_sub(4);
        if relaxation_in_range(relaxed, location, arch) {
            if is_mov_load(prefix) {
                out.prefix[0] = LEA;
                out.relaxation = Some(Relaxation::X86MovToLea);
            } else if is_call_indirect(prefix) {
                out.prefix = [NOP, CALL_REL32];
                out.relaxation = Some(Relaxation::X86CallIndirectToDirect);
            } else if is_jmp_indirect(prefix) {
                out.prefix = [NOP, JMP_REL32];
                out.relaxation = Some(Relaxation::X86JmpIndirectToDirect);
            }
            if out.relaxation.is_some() {
                out.value = relaxed;
            }
        }
    }
    let field = patch_32r(location, out.value, arch, enc);
    out.disp = field.value;
    Checked {
        value: out,
        errors: field.errors,
    }
}

/// The 16-byte x86-64 trampoline slot for `target`:
/// `ff 25 00 00 00 00` (`jmp qword ptr [rip]`), the 8-byte address, and two
/// bytes of padding (jit.c leaves them as allocated: zero).
pub fn trampoline_bytes(target: u64) -> [u8; 16] {
    let mut t = [0u8; 16];
    t[..6].copy_from_slice(&JMP_RIP_INDIRECT);
    t[6..14].copy_from_slice(&target.to_le_bytes());
    t
}

/// `patch_x86_64_trampoline`'s test for a direct call:
/// `(int64_t)target - 4 - (int64_t)P` in `[-2^31, 2^31)`. When it holds the
/// call site gets `patch_32r(P, target - 4)`.
pub fn trampoline_direct_in_range(location: u64, target: u64) -> bool {
    let range = (target as i64)
        .wrapping_sub(4)
        .wrapping_sub(location as i64);
    (-(1i64 << 31)..(1i64 << 31)).contains(&range)
}

#[cfg(test)]
mod tests {
    use super::*;

    const E: &Encoders = &Encoders::REAL;

    /// Independent decoder: a rel32 field at P whose instruction ends at P+4.
    fn rel32_target(p: u64, disp: u32) -> u64 {
        (p + 4).wrapping_add(disp as i32 as i64 as u64)
    }

    #[test]
    fn abs64_and_abs32() {
        assert_eq!(patch_64(0x0102_0304_0506_0708, E), [8, 7, 6, 5, 4, 3, 2, 1]);
        let c = patch_32(0xffff_ffff, E);
        assert_eq!((c.value, c.errors.len()), (0xffff_ffff, 0));
        let c = patch_32(0x1_0000_0000, E);
        assert_eq!(c.value, 0);
        assert!(matches!(
            c.errors[..],
            [PatchErrorKind::OutOfRange {
                max: 0xffff_ffff,
                ..
            }]
        ));
    }

    #[test]
    fn rel32_decodes_back_and_boundaries() {
        let p = 0x4000_1000u64;
        // A call to T: V = T - 4.
        for t in [0x4000_2000u64, 0x3000_0000, p + 4] {
            let c = patch_32r(p, t - 4, Arch::X86_64, E);
            assert!(c.errors.is_empty());
            assert_eq!(rel32_target(p, c.value), t);
        }
        // Exactly at the limits.
        assert!(patch_32r(p, p + (1 << 31) - 1, Arch::X86_64, E)
            .errors
            .is_empty());
        assert!(patch_32r(p + (1 << 31), p, Arch::X86_64, E)
            .errors
            .is_empty());
        // One past.
        let c = patch_32r(p, p + (1 << 31), Arch::X86_64, E);
        assert!(matches!(
            c.errors[..],
            [PatchErrorKind::OutOfRange {
                value: 0x8000_0000,
                ..
            }]
        ));
        let c = patch_32r(p + (1 << 31) + 1, p, Arch::X86_64, E);
        assert!(matches!(c.errors[..], [PatchErrorKind::OutOfRange { .. }]));
    }

    #[test]
    fn rel32_i686_wraps_but_debug_asserts() {
        // P high, V low: 64-bit V - P is about -3 GiB; the 32-bit field
        // wraps to the right target.
        let p = 0xC000_0000u64;
        let v = 0x1000_0000u64;
        let c = patch_32r(p, v, Arch::I686, E);
        assert!(matches!(
            c.errors[..],
            [PatchErrorKind::DisplacementWraps { .. }]
        ));
        assert_eq!((p as u32).wrapping_add(c.value), v as u32);
        // Within 2 GiB: fine.
        assert!(patch_32r(0x1000, 0x7000_0000, Arch::I686, E)
            .errors
            .is_empty());
        // A 64-bit value (uint64_t operand) is truncated: a real range error.
        let c = patch_32r(0x1000, 0x1_0000_2000, Arch::I686, E);
        assert!(matches!(c.errors[..], [PatchErrorKind::OutOfRange { .. }]));
    }

    #[test]
    fn relaxation_range_is_asymmetric_like_jit_c() {
        let p = 0x10_0000_0000u64;
        assert!(relaxation_in_range(p + (1 << 31) - 2, p, Arch::X86_64));
        assert!(!relaxation_in_range(p + (1 << 31) - 1, p, Arch::X86_64));
        assert!(relaxation_in_range(p - (1 << 31), p, Arch::X86_64));
        assert!(!relaxation_in_range(p - (1 << 31) - 1, p, Arch::X86_64));
    }

    #[test]
    fn mov_becomes_lea() {
        let p = 0x5000_0003u64;
        let slot_addr = 0x5000_1000u64;
        let s = 0x5100_0000u64; // the slot's content, in range
        let c = patch_32rx([0x8B, 0x05], p, slot_addr - 4, Some(s), Arch::X86_64, E);
        assert!(c.errors.is_empty());
        assert_eq!(c.value.prefix, [0x8D, 0x05]);
        assert_eq!(c.value.relaxation, Some(Relaxation::X86MovToLea));
        // lea computes P + 4 + disp == S: the value the mov would have loaded.
        assert_eq!(rel32_target(p, c.value.disp), s);
    }

    #[test]
    fn call_and_jmp_become_direct() {
        let p = 0x5000_0002u64;
        let s = 0x4000_0000u64;
        let c = patch_32rx([0xFF, 0x15], p, 0x6000_0000, Some(s), Arch::X86_64, E);
        assert_eq!(c.value.prefix, [0x90, 0xE8]);
        assert_eq!(
            c.value.relaxation,
            Some(Relaxation::X86CallIndirectToDirect)
        );
        assert_eq!(rel32_target(p, c.value.disp), s);
        let c = patch_32rx([0xFF, 0x25], p, 0x6000_0000, Some(s), Arch::X86_64, E);
        assert_eq!(c.value.prefix, [0x90, 0xE9]);
        assert_eq!(c.value.relaxation, Some(Relaxation::X86JmpIndirectToDirect));
        assert_eq!(rel32_target(p, c.value.disp), s);
    }

    #[test]
    fn no_relaxation_keeps_the_got_load() {
        let p = 0x5000_0002u64;
        let slot_addr = 0x5000_1000u64;
        // Out of range slot content.
        let far = 0x7fff_0000_0000u64;
        let c = patch_32rx([0x8B, 0x05], p, slot_addr - 4, Some(far), Arch::X86_64, E);
        assert_eq!(c.value.prefix, [0x8B, 0x05]);
        assert_eq!(c.value.relaxation, None);
        assert_eq!(rel32_target(p, c.value.disp), slot_addr);
        // Unknown slot.
        let c = patch_32rx([0xFF, 0x15], p, slot_addr - 4, None, Arch::X86_64, E);
        assert_eq!(c.value.prefix, [0xFF, 0x15]);
        assert_eq!(rel32_target(p, c.value.disp), slot_addr);
        // In range but an opcode the runtime does not rewrite (e.g. a direct
        // COFF `call rel32`, E8 at P-1).
        let c = patch_32rx(
            [0x00, 0xE8],
            p,
            slot_addr - 4,
            Some(0x5000_0100),
            Arch::X86_64,
            E,
        );
        assert_eq!(c.value.relaxation, None);
        assert_eq!(c.value.prefix, [0x00, 0xE8]);
        assert_eq!(rel32_target(p, c.value.disp), slot_addr);
    }

    #[test]
    fn trampoline_slot_layout() {
        let t = trampoline_bytes(0x1122_3344_5566_7788);
        assert_eq!(
            t,
            [0xFF, 0x25, 0, 0, 0, 0, 0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11, 0, 0]
        );
        let p = 0x1_1000_0000u64;
        assert!(trampoline_direct_in_range(p, p + 4 + (1 << 31) - 1));
        assert!(!trampoline_direct_in_range(p, p + 4 + (1 << 31)));
        assert!(trampoline_direct_in_range(p, p + 4 - (1 << 31)));
        assert!(!trampoline_direct_in_range(p, p + 3 - (1 << 31)));
    }
}
