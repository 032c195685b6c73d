//! The reference patcher passes the fuzzer: every patch function on every
//! architecture where it is legal, a modest number of cases each, zero
//! failing cases; and the runs reach every outcome the strategies aim at
//! (ranges rejected, every relaxation, trampolines used and not used).

use rayon::prelude::*;
use stencil_verify::fuzz::{fuzz_kind, instruction_classes, kinds_for, FuzzOutcome, ARCHES};
use stencil_verify::model::PatchKind;
use stencil_verify::patch::Encoders;
use stencil_verify::target::Arch;

const SEED: u64 = 0x5743_4e43_494c_0001;
const CASES: u32 = 2_000;

fn all(cases: u32, seed: u64) -> Vec<FuzzOutcome> {
    let jobs: Vec<(PatchKind, Arch)> = ARCHES
        .iter()
        .flat_map(|&a| kinds_for(a).into_iter().map(move |k| (k, a)))
        .collect();
    jobs.par_iter()
        .map(|&(k, a)| fuzz_kind(k, a, cases, seed, &Encoders::REAL))
        .collect()
}

fn get(outcomes: &[FuzzOutcome], kind: PatchKind, arch: Arch) -> &FuzzOutcome {
    outcomes
        .iter()
        .find(|o| o.kind == kind && o.arch == arch)
        .unwrap()
}

#[test]
fn real_patcher_has_no_failing_case() {
    let outcomes = all(CASES, SEED);
    assert_eq!(
        outcomes.len(),
        21,
        "4 x86-64 + 4 i686 + 13 AArch64 patch functions"
    );
    for o in &outcomes {
        assert!(
            o.passed(),
            "{} on {}: {}\nreproduce: {}",
            o.kind,
            o.arch.name(),
            o.failure.as_deref().unwrap_or_default(),
            o.repro_command(None)
        );
        assert_eq!(o.cases_run, u64::from(CASES));
        // Most cases are executed, not just range-checked.
        assert!(o.stats.executed * 2 > o.cases_run, "{o:?}");
        // Every instruction class of the kind is drawn, and nothing else.
        let classes = instruction_classes(o.kind, o.arch);
        let drawn: Vec<&String> = o.stats.classes.keys().collect();
        assert_eq!(
            drawn,
            classes.iter().collect::<Vec<_>>(),
            "{} on {}",
            o.kind,
            o.arch.name()
        );
    }
    use PatchKind as K;
    // Out-of-range values are generated, and rejected, for every ranged kind.
    for (k, a) in [
        (K::Abs32, Arch::I686),
        (K::Rel32, Arch::X86_64),
        (K::Rel32, Arch::I686),
        (K::X86_64Rel32x, Arch::X86_64),
        (K::Aarch64Lo12, Arch::Aarch64),
        (K::Aarch64Branch19, Arch::Aarch64),
        (K::Aarch64Page21, Arch::Aarch64),
        (K::Aarch64Page21x, Arch::Aarch64),
        (K::Aarch64Branch26, Arch::Aarch64),
        (K::Aarch64Pair33x, Arch::Aarch64),
    ] {
        assert!(
            get(&outcomes, k, a).stats.rejected > 0,
            "{k} on {}",
            a.name()
        );
    }
    // Every relaxation happens, and so does the fallback.
    let relaxed = |k, a, what: &str| {
        get(&outcomes, k, a)
            .stats
            .relaxed
            .get(what)
            .copied()
            .unwrap_or(0)
    };
    for what in [
        "mov [rip+X] -> lea",
        "call [rip+X] -> nop; call rel32",
        "jmp [rip+X] -> nop; jmp rel32",
    ] {
        assert!(relaxed(K::X86_64Rel32x, Arch::X86_64, what) > 0, "{what}");
    }
    let pair = get(&outcomes, K::Aarch64Pair33x, Arch::Aarch64);
    let mut relaxations = 0;
    for what in [
        "adrp; ldr -> movz; nop",
        "adrp; ldr -> movz; movk",
        "adrp; ldr -> ldr literal; nop",
    ] {
        let n = relaxed(K::Aarch64Pair33x, Arch::Aarch64, what);
        assert!(n > 0, "{what}");
        relaxations += n;
    }
    assert!(
        pair.stats.executed > relaxations,
        "the adrp + ldr fallback ran"
    );
    // Trampolines: used and not used.
    for (k, a) in [
        (K::X86_64Trampoline, Arch::X86_64),
        (K::Aarch64Trampoline, Arch::Aarch64),
    ] {
        let o = get(&outcomes, k, a);
        assert!(o.stats.via_trampoline > 0 && o.stats.via_trampoline < o.stats.executed);
    }
    // CBZ/CBNZ: jit.c asserts, the release bytes are run and right.
    assert!(
        get(&outcomes, K::Aarch64Branch19, Arch::Aarch64)
            .stats
            .release_only
            > 0
    );
    // LDR/STR Q: jit.c asserts; reported.
    assert!(
        get(&outcomes, K::Aarch64Lo12, Arch::Aarch64)
            .stats
            .class_rejected
            > 0
    );
    // i686: wrapped displacements that a debug build asserts on still reach V.
    assert!(get(&outcomes, K::Rel32, Arch::I686).stats.debug_wraps > 0);
}

#[test]
fn runs_are_reproducible_from_the_seed() {
    let a = fuzz_kind(
        PatchKind::Aarch64Pair33x,
        Arch::Aarch64,
        500,
        7,
        &Encoders::REAL,
    );
    let b = fuzz_kind(
        PatchKind::Aarch64Pair33x,
        Arch::Aarch64,
        500,
        7,
        &Encoders::REAL,
    );
    assert_eq!(a.stats, b.stats);
    let c = fuzz_kind(
        PatchKind::Aarch64Pair33x,
        Arch::Aarch64,
        500,
        8,
        &Encoders::REAL,
    );
    assert_ne!(a.stats, c.stats);
    assert_eq!(
        a.repro_command(None),
        "stencil-verify fuzz --target aarch64-unknown-linux-gnu --patch patch_aarch64_33rx --cases 500 --seed 0x7"
    );
}
