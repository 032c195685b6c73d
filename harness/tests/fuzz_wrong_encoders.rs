//! The fuzzer finds deliberately wrong field encoders plugged into the
//! reference patcher through `Encoders`, each within 10 000 cases: the
//! emulated instruction then computes something other than the hole's value.

use stencil_verify::fuzz::{fuzz_kind, FuzzOutcome};
use stencil_verify::model::PatchKind;
use stencil_verify::patch::{aarch64, x86, Encoders};
use stencil_verify::target::Arch;

const SEED: u64 = 0x5743_4e43_494c_0001;
const BUDGET: u32 = 10_000;

/// ADRP with the contents of immlo and immhi swapped.
fn page21_swapped(word: u32, pages: i64) -> u32 {
    let lo = (pages as u32) & 0x3;
    let hi = ((pages >> 2) as u32) & 0x7FFFF;
    (word & !((0x3 << 29) | (0x7FFFF << 5))) | ((hi & 0x3) << 29) | (lo << 5)
}

/// B/BL with the byte delta in imm26 (no division by 4).
fn branch26_bytes(word: u32, delta: i64) -> u32 {
    (word & 0xFC00_0000) | ((delta as u32) & 0x3FF_FFFF)
}

/// rel32 counted from the end of a 4-byte field: `V - (P + 4)`.
fn rel32_from_end(location: u64, value: u64) -> u32 {
    value.wrapping_sub(location.wrapping_add(4)) as u32
}

/// imm12 without the LDR/STR scale shift.
fn lo12_unscaled(word: u32, value: u64) -> u32 {
    (word & !(0xFFF << 10)) | (((value & 0xFFF) as u32) << 10)
}

/// MOVZ/MOVK always given chunk 0 of the value.
fn mov16_chunk0(word: u32, value: u64, _chunk: u8) -> u32 {
    aarch64::encode_mov16(word, value, 0)
}

fn found(name: &str, kind: PatchKind, arch: Arch, enc: Encoders) -> FuzzOutcome {
    let o = fuzz_kind(kind, arch, BUDGET, SEED, &enc);
    let at = o.found_at.unwrap_or_else(|| {
        panic!(
            "{name}: not found in {} cases of {} on {}",
            o.cases_run,
            kind.function(),
            arch.name()
        )
    });
    assert_eq!(o.failures, 1);
    assert!(at <= u64::from(BUDGET));
    let failure = o.failure.as_deref().unwrap_or_default();
    println!(
        "{name}: {} on {} fails at case {at} ({} shrink steps); minimal case:\n{failure}",
        kind.function(),
        arch.name(),
        o.shrink_steps
    );
    // The minimal case is shown with what the CPU computed.
    assert!(failure.contains("CPU:"), "{failure}");
    o
}

#[test]
fn adrp_immlo_immhi_swapped_is_found() {
    let enc = Encoders {
        page21: page21_swapped,
        ..Encoders::REAL
    };
    for kind in [PatchKind::Aarch64Page21, PatchKind::Aarch64Page21x] {
        found("ADRP immlo/immhi swapped", kind, Arch::Aarch64, enc);
    }
}

#[test]
fn branch26_without_divide_by_4_is_found() {
    let enc = Encoders {
        branch26: branch26_bytes,
        ..Encoders::REAL
    };
    found(
        "26r without /4",
        PatchKind::Aarch64Branch26,
        Arch::Aarch64,
        enc,
    );
    found(
        "26r without /4",
        PatchKind::Aarch64Trampoline,
        Arch::Aarch64,
        enc,
    );
}

#[test]
fn rel32_from_the_end_of_the_instruction_is_found() {
    let enc = Encoders {
        rel32: rel32_from_end,
        ..Encoders::REAL
    };
    for arch in [Arch::X86_64, Arch::I686] {
        found("32r from the end", PatchKind::Rel32, arch, enc);
    }
    found(
        "32r from the end",
        PatchKind::X86_64Rel32x,
        Arch::X86_64,
        enc,
    );
    found(
        "32r from the end",
        PatchKind::X86_64Trampoline,
        Arch::X86_64,
        enc,
    );
}

#[test]
fn lo12_without_the_ldr_scale_is_found() {
    let enc = Encoders {
        lo12: lo12_unscaled,
        ..Encoders::REAL
    };
    for kind in [PatchKind::Aarch64Lo12, PatchKind::Aarch64Lo12x] {
        let o = found("12 without the LDR scale", kind, Arch::Aarch64, enc);
        // Only a scaled load or store can show it.
        let failure = o.failure.unwrap();
        assert!(
            failure.contains("ldr") || failure.contains("str"),
            "{failure}"
        );
    }
}

#[test]
fn mov16b_writing_chunk_0_is_found() {
    let enc = Encoders {
        mov16: mov16_chunk0,
        ..Encoders::REAL
    };
    found(
        "16b writing chunk 0",
        PatchKind::Aarch64Mov16b,
        Arch::Aarch64,
        enc,
    );
    // The movz; movk relaxation of 33rx uses chunk 1 too.
    found(
        "16b writing chunk 0",
        PatchKind::Aarch64Pair33x,
        Arch::Aarch64,
        enc,
    );
}

#[test]
fn the_real_encoders_pass_the_same_runs() {
    // The same seeds and budgets with Encoders::REAL: what the tests above
    // find is the encoders, not the harness.
    let runs = [
        (PatchKind::Aarch64Page21, Arch::Aarch64),
        (PatchKind::Aarch64Branch26, Arch::Aarch64),
        (PatchKind::Rel32, Arch::X86_64),
        (PatchKind::Aarch64Lo12, Arch::Aarch64),
        (PatchKind::Aarch64Mov16b, Arch::Aarch64),
    ];
    for (kind, arch) in runs {
        let o = fuzz_kind(kind, arch, 2_000, SEED, &Encoders::REAL);
        assert!(o.passed(), "{}", o.failure.unwrap_or_default());
    }
    // Silence unused-import lints for the encoders referenced only by path.
    let _ = (x86::encode_rel32, aarch64::encode_page21);
}
